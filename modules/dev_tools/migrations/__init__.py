"""Alembic branch of the `dev-tools` module (revisions in `versions/`)."""
