"""The ``core`` module: the framework itself, declared like any other module."""
