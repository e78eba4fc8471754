"""Helpers shared by the service and CLI tests of the foundation (real databases, no mocks)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, insert, select, text

from core.actor import Actor
from core.db import Database, utcnow
from core.definition import ModuleDefinition
from core.models import AdminUser, AuditEntry, Platform, PlatformModule
from core.registry import ModuleRegistry, default_registry
from core.services.auth import AuthService

PASSWORD = "correct horse battery"
SYSTEM = Actor.system("test")


def core_codes() -> list[str]:
    return list(default_registry().by_tier("core"))


def definition(code: str, *requires: str, **fields: Any) -> ModuleDefinition:
    """A test-only module requiring ``requires``; ``fields`` set its name, description, version, ..."""
    values = {"name": code.title(), "description": f"The {code} module.", "version": "1.0.0", **fields}
    return ModuleDefinition(code=code, requires=requires, **values)


def registry_plus(*extra: ModuleDefinition) -> ModuleRegistry:
    """The real definitions and ``extra``."""
    return ModuleRegistry([*default_registry(), *extra])


def walked_requirements(registry: ModuleRegistry, code: str) -> set[str]:
    """What ``code`` requires, directly or through others, found edge by edge (to check closures)."""
    seen: set[str] = set()
    todo = list(registry.requires(code))
    while todo:
        current = todo.pop()
        if current not in seen:
            seen.add(current)
            todo.extend(registry.requires(current))
    return seen


def add_platforms(db: Database, count: int, prefix: str = "p", start: int = 1) -> list[str]:
    """``count`` platforms with their core modules on, written set-based (fast for hundreds)."""
    codes = [f"{prefix}{i:04d}" for i in range(start, start + count)]
    now = utcnow()
    with db.transaction() as session:
        session.execute(
            insert(Platform), [{"code": c, "name": f"Platform {c}", "created_at": now} for c in codes]
        )
        ids = dict(session.execute(select(Platform.code, Platform.id).where(Platform.code.in_(codes))).all())
        session.execute(
            insert(PlatformModule),
            [
                {
                    "platform_id": ids[c],
                    "module_code": m,
                    "enabled": True,
                    "config": {},
                    "enabled_at": now,
                    "enabled_by": "test",
                }
                for c in codes
                for m in core_codes()
            ],
        )
    return codes


def platform_id(db: Database, code: str) -> int:
    with db.sessions() as session:
        return int(session.scalar(select(Platform.id).where(Platform.code == code)))  # type: ignore[arg-type]


def _enabled_rows(db: Database, *where: Any) -> list[tuple[str, str]]:
    """(platform code, module code) of the modules enabled, read fresh, by platform code."""
    stmt = (
        select(Platform.code, PlatformModule.module_code)
        .join(PlatformModule, PlatformModule.platform_id == Platform.id)
        .where(PlatformModule.enabled.is_(True), *where)
        .order_by(Platform.code)
    )
    with db.sessions() as session:
        return [(platform, module) for platform, module in session.execute(stmt)]


def enabled(db: Database, code: str) -> set[str]:
    """The modules enabled on platform ``code``, read fresh from the database."""
    return {module for _, module in _enabled_rows(db, Platform.code == code)}


def enabled_on(db: Database, module: str) -> list[str]:
    """The platforms ``module`` is enabled on, in code order, read fresh from the database."""
    return [platform for platform, _ in _enabled_rows(db, PlatformModule.module_code == module)]


def module_row(db: Database, platform: str, module: str) -> PlatformModule | None:
    with db.sessions() as session:
        return session.scalar(
            select(PlatformModule)
            .join(Platform, Platform.id == PlatformModule.platform_id)
            .where(Platform.code == platform, PlatformModule.module_code == module)
        )


def snapshot(db: Database) -> list[tuple[Any, ...]]:
    """Every platform and platform_modules row, comparable before/after a request."""
    with db.sessions() as session:
        platforms = session.execute(
            select(Platform.id, Platform.code, Platform.name).order_by(Platform.id)
        ).all()
        rows = session.execute(
            select(
                PlatformModule.platform_id,
                PlatformModule.module_code,
                PlatformModule.enabled,
                PlatformModule.config,
                PlatformModule.enabled_at,
                PlatformModule.enabled_by,
                PlatformModule.disabled_at,
                PlatformModule.disabled_by,
            ).order_by(PlatformModule.platform_id, PlatformModule.module_code)
        ).all()
    return [tuple(r) for r in platforms] + [tuple(r) for r in rows]


def audit_entries(db: Database) -> list[AuditEntry]:
    with db.sessions() as session:
        return list(session.scalars(select(AuditEntry).order_by(AuditEntry.id)))


def audit_count(db: Database) -> int:
    with db.sessions() as session:
        return int(session.scalar(select(func.count()).select_from(AuditEntry)) or 0)


def raw_audit_text(db: Database) -> str:
    """Every column of every audit row as text, as the database holds it."""
    with db.engine.connect() as conn:
        rows = conn.execute(text("SELECT * FROM audit_log")).all()
    return "\n".join(repr(tuple(r)) for r in rows)


def make_user(
    db: Database, username: str, role: str, platforms: Sequence[str] = (), password: str = PASSWORD
) -> Actor:
    """Create an admin user and sign in as them (a real Actor, with own platforms from the DB)."""
    service = AuthService(db)
    service.create_user(SYSTEM, username, role, password, platforms)
    return service.authenticate(username, password)


def user_row(db: Database, username: str) -> AdminUser:
    with db.sessions() as session:
        user = session.scalar(select(AdminUser).where(AdminUser.username == username))
        assert user is not None
        return user
