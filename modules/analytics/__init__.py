"""The ``analytics`` module: sales and traffic reporting."""
