"""Alembic branch of the `inventory` module (revisions in `versions/`)."""
