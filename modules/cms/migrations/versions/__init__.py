"""Revisions of the `cms` branch (a package only so that it ships with the code)."""
