"""``python -m console`` opens the desktop console."""

from console.app import main

raise SystemExit(main())
