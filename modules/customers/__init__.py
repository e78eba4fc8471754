"""The ``customers`` module: customer accounts of a platform."""
