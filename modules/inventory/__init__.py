"""The ``inventory`` module: stock per store and SKU."""
