"""``python -m tests.screens OUT``: see :mod:`tests.screens`."""

import sys

from tests.screens import main

sys.exit(main())
