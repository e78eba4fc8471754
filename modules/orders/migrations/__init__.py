"""Alembic branch of the `orders` module (revisions in `versions/`)."""
