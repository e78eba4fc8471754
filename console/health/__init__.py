"""The health page's logic without widgets: targets, the poller, parsing, the history file,
ring buffers and the report. Only :mod:`console.health.targets`' store touches QSettings."""
