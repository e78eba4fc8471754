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
from core.services.platform_tags import check_tags, tagged_ids, tags_in_use, tags_of
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


def platform_columns(conn: Connection) -> tuple[list[int], list[str]]:
    """Every platform's id and code in id order, as two lists, read through the driver's own
    cursor: for 100,000 platforms SQLAlchemy's rows and the refs built from them cost twice the
    read."""
    if not conn.in_transaction():
        conn.begin()  # the caller's transaction (SQLite's BEGIN is issued by its begin event)
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute("SELECT id, code FROM platforms ORDER BY id")
        rows = cursor.fetchall()
    finally:
        cursor.close()
    return [row[0] for row in rows], [row[1] for row in rows]


def _locks(session: Session | Connection) -> bool:
    """Row locks (``SELECT ... FOR UPDATE``) on PostgreSQL.

    On SQLite the ``BEGIN IMMEDIATE`` that opened the transaction already holds the write lock.
    """
    return dialect_name(session) == "postgresql"


def _chunks(items: Sequence, size: int) -> Iterable[Sequence]:  # type: ignore[type-arg]
    for i in range(0, len(items), size):
        yield items[i : i + size]


MAX_TAGS_PER_PLATFORM = 100


class TagChange(NamedTuple):
    """What a change of tags did (or would do) on one platform."""

    platform: str
    added: tuple[str, ...]
    removed: tuple[str, ...]
    unchanged: tuple[str, ...]  # asked to add but already there, or to remove but not there
    tags: tuple[str, ...]  # the platform's tags afterwards, sorted
    dry_run: bool = False

    def headline(self) -> str:
        would = "would " if self.dry_run else ""
        parts = [f"{would}add {', '.join(self.added)}"] if self.added else []
        parts += [f"{would}remove {', '.join(self.removed)}"] if self.removed else []
        return f"{self.platform}: " + ("; ".join(parts) or "no change")

    def to_dict(self) -> dict[str, object]:
        return {
            "dry_run": self.dry_run,
            "platform": self.platform,
            "added": list(self.added),
            "removed": list(self.removed),
            "unchanged": list(self.unchanged),
            "tags": list(self.tags),
        }


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
        self,
        actor: Actor,
        search: str | None = None,
        limit: int | None = None,
        tag: str | Sequence[str] | None = None,
    ) -> list[PlatformRef]:
        """Platforms by code; ``search`` in code or name, ``tag``: those with any of these tags."""
        actor.require("modules.view")
        check_length(search or "", MAX_SEARCH_LENGTH, "the search text")
        stmt = select(platforms.c.id, platforms.c.code, platforms.c.name).order_by(platforms.c.code)
        if tag:
            stmt = stmt.where(
                platforms.c.id.in_(tagged_ids(check_tags([tag] if isinstance(tag, str) else tag)))
            )
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

    def tags(self, actor: Actor, refs: Sequence[PlatformRef] | None = None) -> dict[str, tuple[str, ...]]:
        """platform code -> its tags (sorted; platforms without tags left out); ``refs`` None: all."""
        actor.require("modules.view")
        with self.db.read() as conn:
            if refs is None:
                codes = dict(conn.execute(select(platforms.c.id, platforms.c.code)).all())
                return {codes[pid]: found for pid, found in tags_of(conn, None).items() if pid in codes}
            by_id = {r.id: r.code for r in refs}
            # Many platforms: one read of every tag (few platforms carry tags), not a query per 5,000.
            found = tags_of(conn, None if len(by_id) > 5000 else list(by_id))
            return {by_id[pid]: tags for pid, tags in found.items() if pid in by_id}

    def tags_in_use(self, actor: Actor) -> list[str]:
        """Every tag on at least one platform the actor may see, sorted (the console's tag filter)."""
        actor.require("modules.view")
        with self.db.read() as conn:
            return tags_in_use(conn, actor.platform_filter("modules.view"))

    def tag(self, actor: Actor, code: str, tags: Sequence[str], *, dry_run: bool = False) -> TagChange:
        """Add ``tags`` to the platform ``code`` (those it has already stay as they are)."""
        return self.retag(actor, code, add=check_tags(tags), dry_run=dry_run)

    def untag(self, actor: Actor, code: str, tags: Sequence[str], *, dry_run: bool = False) -> TagChange:
        """Remove ``tags`` from the platform ``code`` (those it does not have: reported, no error)."""
        return self.retag(actor, code, remove=check_tags(tags), dry_run=dry_run)

    def retag(
        self,
        actor: Actor,
        code: str,
        *,
        add: Sequence[str] = (),
        remove: Sequence[str] = (),
        dry_run: bool = False,
    ) -> TagChange:
        """Add and remove tags on one platform in one transaction, audited (``platforms.tag``, or
        ``platforms.untag`` for a removal only); permission ``platforms.tag`` on that platform."""
        from core.services.audit import AuditDraft, audited  # lazy: the ORM, for writes only
        from core.services.platform_tags import tags_of
        from core.tables import platform_tags

        code = check_platform_code(code)
        adding, removing = check_tags(add, required=False), check_tags(remove, required=False)
        if not adding and not removing:
            raise InvalidInput("platform.no_tags", "name at least one tag (canary, country:lu)")
        both = sorted(set(adding) & set(removing))
        if both:
            raise InvalidInput(
                "platform.tag_both", f"{', '.join(both)}: both added and removed", {"tags": both}
            )
        action = "platforms.untag" if removing and not adding else "platforms.tag"
        request = {"platform": code, "add": list(adding), "remove": list(removing)}
        draft = AuditDraft(action, request, platforms=[code])
        with audited(self.db, actor, draft, dry_run=dry_run) as session:
            actor.require("platforms.tag")  # the role holds it somewhere (else: no need to look)
            ref = resolve_platforms(session, [code], lock=not dry_run)[0]
            actor.require("platforms.tag", ref.id, ref.code)
            before = tags_of(session, [ref.id]).get(ref.id, ())
            added = tuple(t for t in adding if t not in before)
            removed = tuple(t for t in removing if t in before)
            unchanged = tuple(t for t in (*adding, *removing) if t not in added and t not in removed)
            after = tuple(sorted({*before, *added} - set(removed)))
            if len(after) > MAX_TAGS_PER_PLATFORM:
                raise Refused(
                    "platform.too_many_tags",
                    f"{code} would carry {len(after)} tags; at most {MAX_TAGS_PER_PLATFORM}",
                    {"platform": code, "count": len(after), "limit": MAX_TAGS_PER_PLATFORM},
                )
            result = TagChange(code, added, removed, unchanged, after, dry_run)
            draft.request.update(added=list(added), removed=list(removed))
            draft.message = result.headline()
            if dry_run:
                return result
            table = platform_tags
            if removed:
                session.execute(
                    table.delete().where(table.c.platform_id == ref.id, table.c.tag.in_(list(removed)))
                )
            if added:
                session.execute(table.insert(), [{"platform_id": ref.id, "tag": t} for t in added])
            if added or removed:
                notify_consoles(session, "platforms", platform=code, tags=list(after))
            return result

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
