"""Revisions of the `dev-tools` branch (a package only so that it ships with the code)."""
