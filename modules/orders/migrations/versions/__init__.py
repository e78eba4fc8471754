"""Revisions of the `orders` branch (a package only so that it ships with the code)."""
