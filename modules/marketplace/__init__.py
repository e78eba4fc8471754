"""The ``marketplace`` module: the Letzshop integration."""
