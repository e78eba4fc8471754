"""Revisions of the ``framework`` branch (a package only so that it ships with the code)."""
