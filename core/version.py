"""The version of Platform Console: one source, the installed package's metadata (pyproject.toml).

Qt-free and cheap (no SQLAlchemy): ``platformctl --version`` and ``platform-console --version``
both read it here.
"""

from __future__ import annotations

import os
import sys
from functools import cache

DISTRIBUTION = "platform-console"
UNKNOWN = "0+unknown"  # run from a source tree that was never installed
_DIST_INFO = "platform_console-"  # the wheel's ``{name}-{version}.dist-info`` folder


@cache
def version() -> str:
    """The installed version, or ``0+unknown`` when the package is not installed."""
    # The metadata folder's name carries the version (the packaging standard): reading it is a
    # directory listing, where importlib.metadata parses the METADATA file with the email package
    # (25 ms, a quarter of the start-up budget of ``--version``).
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for name in names:
            if name.startswith(_DIST_INFO) and name.endswith(".dist-info"):
                return name[len(_DIST_INFO) : -len(".dist-info")]
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed

    try:
        return installed(DISTRIBUTION)
    except PackageNotFoundError:
        return UNKNOWN
