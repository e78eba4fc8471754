"""The local checks of the health page: what the poller's thread calls to make them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from core.errors import PlatformError


def local_checks_factory(session: Any | None, url: str | None) -> Callable[[], Any]:
    """A factory of the local checks, called in the thread that runs them: on the database of
    ``session`` when there is one (signed in, not offline), else on a health-only connection to
    ``url`` (the default database when None)."""

    def make() -> Any:
        # lazy: 0.2 s, imported in the worker that runs the checks, off the GUI thread
        from core.observability import health_database, local_checks

        if session is not None:
            return local_checks(session.db)
        from core.db import default_url  # lazy: SQLAlchemy, as above: in the worker

        try:
            database = health_database(url or default_url())
        except PlatformError as exc:
            raise RuntimeError(exc.message) from None
        return local_checks(database)

    return make
