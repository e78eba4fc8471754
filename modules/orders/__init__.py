"""The ``orders`` module: orders and their lines."""
