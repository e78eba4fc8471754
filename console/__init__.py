"""Platform Console: the PySide6 desktop application and the ``platformctl`` command line."""

__version__ = "0.1.0"
