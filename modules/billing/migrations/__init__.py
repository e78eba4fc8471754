"""Alembic branch of the `billing` module (revisions in `versions/`)."""
