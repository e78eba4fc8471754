"""Platforms: listing, lookup and creation (a new platform starts with every core module on).

Reads go through SQLAlchemy Core on the framework's tables (:mod:`core.tables`), on a Connection
or a Session alike; only creating a platform loads the ORM.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, NamedTuple

from sqlalchemy import Connection, func, select

from core.actor import Actor
from core.db import Database, connection_of, dialect_name, notify_consoles, utcnow
from core.errors import InvalidInput, NotFound, PermissionDenied, Refused
from core.identifiers import IdentifierRule
from core.ranges import INT64_MAX, MAX_SEARCH_LENGTH, check_int, check_length
from core.roles import Role
from core.search import LIKE_ESCAPE, contains_pattern
from core.tables import platforms

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from core.registry import ModuleRegistry

PLATFORM_CODE_RE = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")
PLATFORM_CODE = IdentifierRule(
    PLATFORM_CODE_RE, "platform code", "platform.bad_code", "lower case letters, digits and dashes, up to 64"
)


def check_platform_code(code: str) -> str:
    """The platform code normalised (NFKC), or InvalidInput."""
    return PLATFORM_CODE.check(code)


class PlatformRef(NamedTuple):
    id: int
    code: str
    name: str


def resolve_platforms(
    session: Session | Connection, codes: Iterable[str], *, lock: bool = False
) -> list[PlatformRef]:
    """Platforms by code, in the order given (duplicates dropped); unknown codes are one error."""
    wanted = list(dict.fromkeys(codes))
    if not wanted:
        raise InvalidInput(
            "platform.none", "name at least one platform (--platform CODE) or use --all-platforms"
        )
    rows: dict[str, PlatformRef] = {}
    for chunk in _chunks(wanted, 5000):
        stmt = select(platforms.c.id, platforms.c.code, platforms.c.name).where(platforms.c.code.in_(chunk))
        stmt = stmt.order_by(platforms.c.id)
        if lock and _locks(session):
            stmt = stmt.with_for_update()  # in id order: two bulk changes never deadlock
        for pid, code, name in session.execute(stmt):
            rows[code] = PlatformRef(pid, code, name)
    missing = [c for c in wanted if c not in rows]
    if missing:
        shown = ", ".join(missing[:10]) + (f" and {len(missing) - 10} more" if len(missing) > 10 else "")
        raise NotFound(
            "platform.not_found",
            f"unknown platform(s): {shown}; `platformctl platforms list` shows them",
            {"platforms": missing},
        )
    return [rows[c] for c in wanted]


def all_platforms(
    session: Session | Connection, only_ids: frozenset[int] | None = None, *, lock: bool = False
) -> list[PlatformRef]:
    stmt = select(platforms.c.id, platforms.c.code, platforms.c.name).order_by(platforms.c.id)
    if only_ids is not None:
        stmt = stmt.where(platforms.c.id.in_(only_ids))
    if lock and _locks(session):
        stmt = stmt.with_for_update()
    return [PlatformRef._make(row) for row in connection_of(session).execute(stmt).all()]


def _locks(session: Session | Connection) -> bool:
    """Row locks (``SELECT ... FOR UPDATE``) on PostgreSQL.

    On SQLite the ``BEGIN IMMEDIATE`` that opened the transaction already holds the write lock.
    """
    return dialect_name(session) == "postgresql"


def _chunks(items: Sequence, size: int) -> Iterable[Sequence]:  # type: ignore[type-arg]
    for i in range(0, len(items), size):
        yield items[i : i + size]


class PlatformService:
    def __init__(self, db: Database, registry: ModuleRegistry | None = None) -> None:
        self.db = db
        self._registry = registry

    @property
    def registry(self) -> ModuleRegistry:
        """The registry, discovered when first needed: listing platforms needs none (start-up
        time: the discovery loads pydantic and every module's definition)."""
        if self._registry is None:
            from core.registry import default_registry  # lazy: see above

            self._registry = default_registry()
        return self._registry

    def list_platforms(
        self, actor: Actor, search: str | None = None, limit: int | None = None
    ) -> list[PlatformRef]:
        actor.require("modules.view")
        check_length(search or "", MAX_SEARCH_LENGTH, "the search text")
        stmt = select(platforms.c.id, platforms.c.code, platforms.c.name).order_by(platforms.c.code)
        if search:
            # Wildcards are literal (``%`` finds platforms with a ``%`` in them, not all).
            pattern = contains_pattern(search.lower())
            stmt = stmt.where(
                func.lower(platforms.c.code).like(pattern, escape=LIKE_ESCAPE)
                | func.lower(platforms.c.name).like(pattern, escape=LIKE_ESCAPE)
            )
        if limit is not None:
            stmt = stmt.limit(check_int(limit, 1, INT64_MAX, "--limit"))
        with self.db.read() as conn:
            return [PlatformRef(*row) for row in conn.execute(stmt)]

    def count(self, actor: Actor) -> int:
        actor.require("modules.view")
        with self.db.read() as conn:
            return int(conn.scalar(select(func.count()).select_from(platforms)) or 0)

    def create_platform(self, actor: Actor, code: str, name: str, *, dry_run: bool = False) -> PlatformRef:
        """The new platform; ``dry_run``: every check, nothing written (its id is then 0)."""
        from core.models import Platform, PlatformModule  # lazy: the ORM, for writes only
        from core.services.audit import AuditDraft, audited  # lazy: the ORM, for writes only

        code = check_platform_code(code)
        if not name.strip():
            raise InvalidInput("platform.bad_name", "a platform needs a name (--name)")
        check_length(name.strip(), platforms.c.name.type.length, "a platform name")
        draft = AuditDraft("platforms.create", {"code": code, "name": name}, platforms=[code])
        with audited(self.db, actor, draft, dry_run=dry_run) as session:
            if actor.role is not Role.SUPER_ADMIN:
                raise PermissionDenied(
                    "permission.denied",
                    f"{actor.name} ({actor.role}) may not create platforms",
                    {"permission": "platforms.create"},
                )
            if session.scalar(select(Platform.id).where(Platform.code == code)):
                raise Refused("platform.exists", f"a platform {code!r} already exists", {"platform": code})
            if dry_run:
                return PlatformRef(0, code, name.strip())
            platform = Platform(code=code, name=name.strip(), created_at=utcnow())
            session.add(platform)
            session.flush()
            now = utcnow()
            for module in self.registry.by_tier("core").values():
                session.add(
                    PlatformModule(
                        platform_id=platform.id,
                        module_code=module.code,
                        enabled=True,
                        config={},
                        enabled_at=now,
                        enabled_by=actor.name,
                    )
                )
            notify_consoles(session, "platforms")
            return PlatformRef(platform.id, code, platform.name)
