"""Journeys: a real user's tasks, from the sign-in to the result in the database or on disk.

Each journey starts the console's own start-up (:class:`console.app.Console`, what ``main()``
runs) on a seeded database, signs in through the real sign-in dialog and then only clicks,
types and reads what is on screen (:mod:`tests.journeys.harness`). pytest-qt's exception
capture stays on: an exception in any Qt slot, or one handed to ``sys.excepthook`` by an
async slot, fails the journey.

The GUI fixtures (qasync loop, leak check, seeded databases) are those of ``tests/gui``.
"""

# ruff: noqa: F811  (fixtures imported from tests/gui are requested by name)
from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio

from tests.gui.conftest import (  # noqa: F401  (fixtures and hooks shared with the GUI tests)
    _no_leaked_windows,
    demo_db,
    demo_db_any,
    pytest_asyncio_loop_factories,
    pytest_runtest_call,
)
from tests.journeys.harness import Journey

ROLES = ("super_admin", "platform_admin", "support", "operator")


@pytest_asyncio.fixture
async def console(demo_db: Any, tmp_path: Path, qtbot: Any) -> AsyncIterator[Journey]:
    """The console started on a seeded SQLite database, at its sign-in dialog."""
    async with Journey.start(demo_db, tmp_path, qtbot) as journey:
        yield journey


@pytest_asyncio.fixture
async def console_any(demo_db_any: Any, tmp_path: Path, qtbot: Any) -> AsyncIterator[Journey]:
    """The same on SQLite and on PostgreSQL (a representative subset of the journeys)."""
    async with Journey.start(demo_db_any, tmp_path, qtbot) as journey:
        yield journey


@pytest.fixture
def roles() -> Callable[[str], str]:
    from tests.gui.conftest import ROLE_USERS

    return ROLE_USERS.__getitem__
