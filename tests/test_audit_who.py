"""The audit log's "who" filter matches what the Who column shows, on SQLite and PostgreSQL."""

from __future__ import annotations

from core.actor import Actor
from core.db import Database
from core.roles import Role
from core.services.audit import AuditDraft, AuditFilter, list_entries, write_separately

READER = Actor("admin:root", Role.SUPER_ADMIN, user_id=1)


def _write(db: Database, actor: Actor) -> None:
    write_separately(db, actor, AuditDraft("test.who", {"n": 1}, message="who"), "succeeded", None)


def _who(db: Database, text: str) -> list[str]:
    with db.sessions() as session:
        return sorted({e.actor for e in list_entries(session, READER, AuditFilter(actor=text))})


def test_filter_by_the_name_shown(db: Database) -> None:
    for actor in (
        Actor.system("demo"),
        Actor("admin:ann", Role.SUPPORT),
        Actor("cli:ann", Role.SUPER_ADMIN),
        Actor("admin:demo-admin", Role.SUPPORT),
    ):
        _write(db, actor)
    assert _who(db, "demo") == ["demo"]  # shown as "demo": found as "demo"
    assert _who(db, " demo ") == ["demo"]
    assert _who(db, "ann") == ["admin:ann", "cli:ann"]
    assert _who(db, "admin:ann") == ["admin:ann"]
    assert _who(db, "cli:ann") == ["cli:ann"]
    assert _who(db, "nobody") == []
