"""Revisions of the `payments` branch (a package only so that it ships with the code)."""
