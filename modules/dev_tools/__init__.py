"""The ``dev-tools`` module: feature flags and diagnostics for platform staff."""
