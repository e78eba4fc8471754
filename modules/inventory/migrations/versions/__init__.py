"""Revisions of the `inventory` branch (a package only so that it ships with the code)."""
