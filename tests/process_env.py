"""The environment of a console started in a subprocess by a test or a benchmark."""

from __future__ import annotations

import os
from pathlib import Path


def console_env(home: Path, root: Path, config_file: Path | None = None) -> dict[str, str]:
    """This environment with Qt offscreen, the XDG folders and the config file under ``home``,
    ``root`` importable, and no database URL inherited from whoever runs the tests."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_STATE_HOME": str(home / "state"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "PLATFORM_CONFIG_FILE": str(config_file or home / "none.toml"),
        "PYTHONPATH": str(root),
    }
    env.pop("PLATFORM_DATABASE_URL", None)
    return env
