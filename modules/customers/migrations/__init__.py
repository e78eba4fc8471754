"""Alembic branch of the `customers` module (revisions in `versions/`)."""
