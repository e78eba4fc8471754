"""Alembic branch of the `payments` module (revisions in `versions/`)."""
