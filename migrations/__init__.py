"""The Alembic environment (``env.py``, the script template) and the framework's base revisions.

Run it through :mod:`core.migrations`; there is no ``alembic.ini``.
"""
