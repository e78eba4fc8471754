"""Alembic branch of the `cms` module (revisions in `versions/`)."""
