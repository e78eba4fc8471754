"""Revisions of the `customers` branch (a package only so that it ships with the code)."""
