"""Alembic branch of the `tenancy` module (revisions in `versions/`)."""
