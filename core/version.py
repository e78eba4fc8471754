"""The program's version: one source, the installed package's metadata (``pyproject.toml``)."""

from __future__ import annotations

from importlib import metadata


def version() -> str:
    """The installed ``platform-console`` distribution's version; ``0+unknown`` when it is not
    installed (a bare checkout on ``PYTHONPATH``)."""
    try:
        return metadata.version("platform-console")
    except metadata.PackageNotFoundError:
        return "0+unknown"
