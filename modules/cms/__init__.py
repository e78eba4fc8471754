"""The ``cms`` module: content pages per platform."""
