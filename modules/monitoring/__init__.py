"""The ``monitoring`` module: health checks and metrics of the platform's processes."""
