"""The ORM: the declarative ``Base`` every module's models derive from, and the framework's
classes, mapped onto the Core tables of :mod:`core.tables` (the schema is declared there, once).

The annotations below only type the mapped attributes; the columns come from ``__table__``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON
from sqlalchemy.orm import DeclarativeBase, Mapped, relationship

from core import tables
from core.schema import metadata


class Base(DeclarativeBase):
    metadata = metadata
    type_annotation_map = {dict[str, Any]: JSON}


class Platform(Base):
    __table__ = tables.platforms

    id: Mapped[int]
    code: Mapped[str]
    name: Mapped[str]
    created_at: Mapped[datetime]

    modules: Mapped[list[PlatformModule]] = relationship(back_populates="platform", lazy="raise")


class PlatformModule(Base):
    __table__ = tables.platform_modules

    id: Mapped[int]
    platform_id: Mapped[int]
    module_code: Mapped[str]
    enabled: Mapped[bool]
    config: Mapped[dict[str, Any]]
    enabled_at: Mapped[datetime | None]
    enabled_by: Mapped[str | None]
    disabled_at: Mapped[datetime | None]
    disabled_by: Mapped[str | None]

    platform: Mapped[Platform] = relationship(back_populates="modules", lazy="raise")


class AdminUser(Base):
    __table__ = tables.admin_users

    id: Mapped[int]
    username: Mapped[str]
    role: Mapped[str]
    password_hash: Mapped[str]
    is_active: Mapped[bool]
    failed_signins: Mapped[int]
    locked_until: Mapped[datetime | None]
    last_signin_at: Mapped[datetime | None]
    password_changed_at: Mapped[datetime | None]
    created_at: Mapped[datetime]
    created_by: Mapped[str | None]


class AdminPlatform(Base):
    __table__ = tables.admin_platforms

    admin_id: Mapped[int]
    platform_id: Mapped[int]


class AuditEntry(Base):
    """One entry per request (append-only): :data:`core.tables.audit_log`."""

    __table__ = tables.audit_log

    id: Mapped[int]
    at: Mapped[datetime]
    actor: Mapped[str]
    admin_user_id: Mapped[int | None]
    action: Mapped[str]
    outcome: Mapped[str]
    error_code: Mapped[str | None]
    platform_codes: Mapped[str]
    module_codes: Mapped[str]
    subject: Mapped[str | None]
    request: Mapped[dict[str, Any]]
    plan: Mapped[dict[str, Any] | None]
    message: Mapped[str | None]
