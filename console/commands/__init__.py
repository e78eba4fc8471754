"""``platformctl`` command implementations: one module per command group."""
