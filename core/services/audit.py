"""The audit log: one entry per request, append-only.

A successful change writes its entry inside the change's own transaction; a refusal or a
failure is written afterwards in a separate transaction, after the rollback. Secret values
never reach an entry (callers mask them; :func:`scrub` is a last line of defence).
"""

from __future__ import annotations

import logging
import math
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from core.actor import Actor
from core.db import Database
from core.errors import InvalidInput, PlatformError, Refused
from core.graph import Plan
from core.models import AuditEntry, Platform
from core.paging import Page, id_page
from core.ranges import AUDIT_MAX_LIMIT, INT64_MAX
from core.roles import Role
from core.search import LIKE_ESCAPE, like_escape
from core.secrets import MASK

log = logging.getLogger(__name__)

SECRET_KEYS = ("password", "secret", "api_key", "token", "key")
PLAN_DETAIL_LIMIT = 100


@dataclass
class AuditDraft:
    """What an entry will say; filled in while the use case runs."""

    action: str
    request: dict[str, Any] = field(default_factory=dict)
    platforms: Sequence[str] = ()
    modules: Sequence[str] = ()
    subject: str | None = None
    plan: dict[str, Any] | None = None
    message: str | None = None


_LEAVES = frozenset({str, int, float, bool, type(None)})


def scrub(value: Any) -> Any:
    """Mask values under keys that look secret, recursively."""
    if isinstance(value, dict):
        return {  # plain leaves (a gate's 100,000 values) without a call each
            k: (
                MASK
                if isinstance(k, str) and _secret_key(k) and v not in (None, "")
                else v
                if type(v) in _LEAVES
                else scrub(v)
            )
            for k, v in value.items()
        }
    if isinstance(value, list | tuple):
        return [scrub(v) for v in value]
    return value


_SECRET_NAMES = "|".join(map(re.escape, SECRET_KEYS))
# One of them alone, as the last word after "_" or the first before it (a gate's 100,000 values
# are keyed by platform code: one search each, not fifteen string tests).
_SECRET_KEY = re.compile(rf"(?:^|_)(?:{_SECRET_NAMES})\Z|^(?:{_SECRET_NAMES})_")


def _secret_key(key: str) -> bool:
    return _SECRET_KEY.search(key.lower()) is not None


def _codes(values: Sequence[str]) -> str:
    return "," + ",".join(storable_text(v) for v in values) + "," if values else ""


TRUNCATED = "…[truncated]"
MAX_TEXT = 2000  # characters kept of one string inside request/plan
MAX_DEPTH = 20  # levels kept of a nested request value


def storable_text(value: str, limit: int | None = None) -> str:
    """Text any back end stores: no NUL (PostgreSQL refuses it), at most ``limit`` characters
    with a visible mark where it was cut."""
    text = value.replace("\x00", "\\x00")
    if limit is not None and len(text) > limit:
        text = text[: limit - len(TRUNCATED)] + TRUNCATED
    return text


def storable(value: Any, depth: int = 0) -> Any:
    """A request or plan as JSON both back ends store: non-finite numbers (NaN, 1e400) and other
    types as text, long strings truncated with a mark, deep nesting cut (PostgreSQL's JSON rejects
    NaN and NUL; a 300-character value or a 100,000-deep list must not lose the entry)."""
    if (
        value is None
        or isinstance(value, bool)
        or (isinstance(value, int) and -INT64_MAX <= value <= INT64_MAX)
    ):
        return value
    if isinstance(value, int):  # past 64 bits: as text, the same on both back ends
        try:
            return storable_text(str(value), MAX_TEXT)
        except ValueError:  # past Python's 4,300 digits
            return f"(an integer of {value.bit_length():,} bits)"
    if isinstance(value, float):
        return value if math.isfinite(value) else str(value)
    if isinstance(value, str):
        return storable_text(value, MAX_TEXT)
    if depth >= MAX_DEPTH and isinstance(value, dict | list | tuple | set | frozenset):
        return TRUNCATED
    if isinstance(value, dict):
        return {  # finite floats (a gate's 100,000 values) kept without a call each
            storable_text(str(k), MAX_TEXT): v
            if type(v) is float and math.isfinite(v)
            else storable(v, depth + 1)
            for k, v in value.items()
        }
    if isinstance(value, list | tuple | set | frozenset):
        return [storable(v, depth + 1) for v in value]
    return storable_text(str(value), MAX_TEXT)


def _column_text(value: str | None, column: Any) -> str | None:
    return None if value is None else storable_text(value, column.type.length)


def write_entry(
    session: Session,
    actor: Actor,
    draft: AuditDraft,
    outcome: str,
    error: PlatformError | None = None,
) -> AuditEntry:
    columns = AuditEntry.__table__.c
    message = error.message if error else draft.message
    entry = AuditEntry(
        actor=_column_text(actor.name, columns.actor),
        admin_user_id=actor.user_id,
        action=_column_text(draft.action, columns.action),
        outcome=outcome,
        error_code=_column_text(error.code, columns.error_code) if error else None,
        platform_codes=_codes(draft.platforms),
        module_codes=_codes(draft.modules),
        subject=_column_text(draft.subject, columns.subject),
        request=storable(scrub(draft.request)),
        plan=storable(scrub(draft.plan)) if draft.plan is not None else None,
        message=None if message is None else storable_text(message),
    )
    session.add(entry)
    session.flush()
    return entry


def write_separately(
    db: Database, actor: Actor, draft: AuditDraft, outcome: str, error: PlatformError | None
) -> None:
    try:
        with db.transaction() as session:
            write_entry(session, actor, draft, outcome, error)
    except Exception:  # the original error matters more than its audit entry
        log.exception("could not write the audit entry for %s", draft.action)


def outcome_of(exc: BaseException) -> str:
    if isinstance(exc, Refused):
        return "refused"
    if isinstance(exc, PlatformError):
        return "invalid"
    return "failed"


@contextmanager
def audited(db: Database, actor: Actor, draft: AuditDraft, *, dry_run: bool = False) -> Iterator[Session]:
    """One transaction for the use case plus its audit entry; refusals audited after rollback.

    ``dry_run``: the same checks in a session that is rolled back, and no entry at all (neither
    for success nor for a refusal): a dry run leaves the database as it found it.
    """
    if dry_run:
        with db.sessions() as session:  # closed without commit: anything added is rolled back
            yield session
        return
    try:
        with db.transaction() as session:
            yield session
            write_entry(session, actor, draft, "succeeded")
    except PlatformError as exc:
        write_separately(db, actor, draft, outcome_of(exc), exc)
        raise
    except Exception as exc:
        error = PlatformError("unexpected", f"unexpected error: {type(exc).__name__}: {exc}")
        write_separately(db, actor, draft, "failed", error)
        raise


def summarize_plan(plan: Plan) -> dict[str, Any]:
    """Large plans are kept as totals plus the first platforms and the refused platforms' codes."""
    summary = plan.to_dict(limit=PLAN_DETAIL_LIMIT)
    if summary["truncated"]:
        summary["refused_platforms"] = [p.platform for p in plan.refused]
    return summary


@dataclass(frozen=True)
class AuditFilter:
    actor: str | None = None
    platform: str | None = None
    module: str | None = None
    subject: str | None = None
    action: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    limit: int = 200
    before_id: int | None = None  # keyset paging, newest first


def list_entries(session: Session, actor: Actor, flt: AuditFilter) -> list[AuditEntry]:
    """Newest first, restricted to what ``actor`` may read (``audit.view``: docs/architecture.md, Roles)."""
    return list(session.scalars(_select(session, actor, flt, flt.limit)))


def page_entries(session: Session, actor: Actor, flt: AuditFilter) -> Page[AuditEntry]:
    """A page as :func:`list_entries`, keyed by id (one row more is read: whether older ones follow)."""
    entries = list(session.scalars(_select(session, actor, flt, flt.limit + 1)))
    return id_page(entries, flt.limit, lambda e: e.id)


def _select(session: Session, actor: Actor, flt: AuditFilter, rows: int) -> Any:
    actor.require("audit.view")
    if isinstance(flt.limit, bool) or not 1 <= flt.limit <= AUDIT_MAX_LIMIT:
        raise InvalidInput(
            "audit.bad_limit",
            f"limit must be between 1 and {AUDIT_MAX_LIMIT:,}",
            {"limit": flt.limit, "max": AUDIT_MAX_LIMIT},
        )
    stmt = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(rows)
    if flt.actor:
        stmt = stmt.where(AuditEntry.actor.in_(_actor_names(flt.actor)))
    if flt.platform:
        stmt = stmt.where(
            AuditEntry.platform_codes.like(f"%,{like_escape(flt.platform)},%", escape=LIKE_ESCAPE)
        )
    if flt.module:
        stmt = stmt.where(AuditEntry.module_codes.like(f"%,{like_escape(flt.module)},%", escape=LIKE_ESCAPE))
    if flt.subject:
        stmt = stmt.where(AuditEntry.subject == flt.subject)
    if flt.action:
        stmt = stmt.where(AuditEntry.action == flt.action)
    if flt.since:
        stmt = stmt.where(AuditEntry.at >= flt.since)
    if flt.until:
        stmt = stmt.where(AuditEntry.at < flt.until)
    if flt.before_id:
        stmt = stmt.where(AuditEntry.id < flt.before_id)
    return _restrict(session, actor, stmt)


def _actor_names(who: str) -> list[str]:
    """The actor names a filter matches: the name as shown (``demo``, ``cli:ann``), or a user name
    without its prefix (``ann`` is ``admin:ann`` or ``cli:ann``)."""
    who = who.strip()
    return [who] if ":" in who else [who, f"admin:{who}", f"cli:{who}"]


def _restrict(session: Session, actor: Actor, stmt: Any) -> Any:
    if actor.role is Role.SUPER_ADMIN:
        return stmt
    own_actions = AuditEntry.actor == actor.name
    if actor.role is Role.SUPPORT:
        trails = or_(AuditEntry.subject.like("merchant:%"), AuditEntry.subject.like("store:%"))
        return stmt.where(or_(own_actions, trails))
    # Platform admins: their own actions and entries touching one of their platforms.
    codes = session.scalars(select(Platform.code).where(Platform.id.in_(actor.own_platform_ids))).all()
    touching = [AuditEntry.platform_codes.like(f"%,{like_escape(c)},%", escape=LIKE_ESCAPE) for c in codes]
    return stmt.where(or_(own_actions, *touching))


def entry_to_dict(entry: AuditEntry) -> dict[str, Any]:
    return {
        "id": entry.id,
        "at": entry.at.isoformat(),
        "actor": entry.actor,
        "action": entry.action,
        "outcome": entry.outcome,
        "error_code": entry.error_code,
        "platforms": [c for c in entry.platform_codes.split(",") if c],
        "modules": [c for c in entry.module_codes.split(",") if c],
        "subject": entry.subject,
        "request": entry.request,
        "plan": entry.plan,
        "message": entry.message,
    }
