"""Revisions of the `billing` branch (a package only so that it ships with the code)."""
