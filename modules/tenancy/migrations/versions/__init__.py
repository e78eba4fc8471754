"""Revisions of the `tenancy` branch (a package only so that it ships with the code)."""
