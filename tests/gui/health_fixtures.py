"""The health page opened as the tests need it, at 1280x800, and shut down after the test."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import pytest_asyncio

from console.pages.health import HealthPage


@pytest_asyncio.fixture
async def health_pages(qtbot: Any) -> AsyncIterator[Callable[..., Awaitable[HealthPage]]]:
    """``await health_pages(session, **page_options)``: a shown, loaded page."""
    pages: list[HealthPage] = []

    async def make(session: Any = None, **kw: Any) -> HealthPage:
        page = HealthPage(session, **kw)
        pages.append(page)
        page.resize(1280, 800)
        page.show()
        await page.ready()
        return page

    yield make
    for page in pages:
        page.shutdown()
        page.close()
        page.deleteLater()
