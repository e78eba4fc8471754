"""``Database.read()``: Core reads on a Connection, on SQLite and PostgreSQL (no mocks)."""

from __future__ import annotations

from sqlalchemy import select, text

from core.actor import Actor
from core.db import Database
from core.services.platforms import PlatformService, all_platforms, resolve_platforms
from core.tables import platforms


def test_a_read_sees_committed_rows_and_writes_nothing(db: Database) -> None:
    PlatformService(db).create_platform(Actor.system(), "shop-1", "Shop 1")
    with db.read() as conn:
        assert conn.execute(select(platforms.c.code)).scalars().all() == ["shop-1"]
        conn.execute(platforms.update().values(name="changed"))
    # Rolled back at the end: a read never commits what was written through it.
    with db.read() as conn:
        assert conn.execute(select(platforms.c.name)).scalar_one() == "Shop 1"


def test_platform_lookups_take_a_connection_or_a_session(db: Database) -> None:
    PlatformService(db).create_platform(Actor.system(), "shop-1", "Shop 1")
    with db.read() as conn:
        on_connection = (resolve_platforms(conn, ["shop-1"]), all_platforms(conn))
    with db.sessions() as session:
        on_session = (resolve_platforms(session, ["shop-1"]), all_platforms(session))
    assert on_connection == on_session
    assert on_connection[0][0].code == "shop-1"


def test_a_read_on_sqlite_goes_on_while_a_writer_holds_the_lock(sqlite_db: Database) -> None:
    """Reads begin deferred: in WAL mode they never queue behind a writer's BEGIN IMMEDIATE."""
    PlatformService(sqlite_db).create_platform(Actor.system(), "shop-1", "Shop 1")
    with sqlite_db.engine.connect() as writer:
        writer.execute(text("UPDATE platforms SET name = 'being renamed'"))  # holds the write lock
        with sqlite_db.read() as conn:  # BEGIN IMMEDIATE would wait here, then fail "locked"
            assert conn.execute(select(platforms.c.name)).scalar_one() == "Shop 1"
        writer.rollback()


def test_the_orm_is_mapped_onto_the_core_tables() -> None:
    from core.db import Base
    from core.models import Platform
    from core.schema import metadata

    assert Base.metadata is metadata and Platform.__table__ is platforms
