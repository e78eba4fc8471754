"""What the journeys look up in the seeded demo data (before the console opens)."""

from __future__ import annotations

from typing import Any, NamedTuple

from sqlalchemy import select

from core.models import Platform
from modules.tenancy.models import Store


class StoreRef(NamedTuple):
    platform_id: int
    id: int
    code: str
    name: str


def first_store(db: Any, platform: str) -> StoreRef:
    """The store of ``platform`` with the lowest id (demo-00001 is owned by padmin)."""
    with db.sessions() as session:
        row = session.execute(
            select(Platform.id, Store.id, Store.code, Store.name)
            .join(Store, Store.platform_id == Platform.id)
            .where(Platform.code == platform)
            .order_by(Store.id)
        ).first()
    assert row is not None, f"no store on {platform}"
    return StoreRef(*row)
