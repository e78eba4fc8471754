"""Framework tables, owned by ``core`` and created by the ``framework`` migration branch."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from core.db import Base, UTCDateTime, utcnow


class Platform(Base):
    __tablename__ = "platforms"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    modules: Mapped[list[PlatformModule]] = relationship(back_populates="platform", lazy="raise")


class PlatformModule(Base):
    __tablename__ = "platform_modules"
    __table_args__ = (
        UniqueConstraint("platform_id", "module_code", name="uq_platform_modules_platform_module"),
        Index("ix_platform_modules_module_enabled", "module_code", "enabled"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    platform_id: Mapped[int] = mapped_column(ForeignKey("platforms.id", ondelete="CASCADE"))
    module_code: Mapped[str] = mapped_column(String(64))
    enabled: Mapped[bool] = mapped_column(Boolean, default=False)
    config: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    enabled_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    enabled_by: Mapped[str | None] = mapped_column(String(120))
    disabled_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    disabled_by: Mapped[str | None] = mapped_column(String(120))

    platform: Mapped[Platform] = relationship(back_populates="modules", lazy="raise")


class AdminUser(Base):
    __tablename__ = "admin_users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    role: Mapped[str] = mapped_column(String(32))
    password_hash: Mapped[str] = mapped_column(String(255))
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_signins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_signin_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    password_changed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    created_by: Mapped[str | None] = mapped_column(String(120))


class AdminPlatform(Base):
    __tablename__ = "admin_platforms"

    admin_id: Mapped[int] = mapped_column(ForeignKey("admin_users.id", ondelete="CASCADE"), primary_key=True)
    platform_id: Mapped[int] = mapped_column(ForeignKey("platforms.id", ondelete="CASCADE"), primary_key=True)


class AuditEntry(Base):
    """One entry per request. Append-only (triggers refuse UPDATE/DELETE on PostgreSQL and SQLite)."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_at", "at"), Index("ix_audit_log_actor", "actor"))

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    actor: Mapped[str] = mapped_column(String(120))
    admin_user_id: Mapped[int | None] = mapped_column(ForeignKey("admin_users.id", ondelete="SET NULL"))
    action: Mapped[str] = mapped_column(String(64))
    outcome: Mapped[str] = mapped_column(String(16))  # succeeded | refused | failed
    error_code: Mapped[str | None] = mapped_column(String(64))
    # Delimited ",a,b," so that "entries touching platform a" is a portable LIKE.
    platform_codes: Mapped[str] = mapped_column(Text, default="")
    module_codes: Mapped[str] = mapped_column(Text, default="")
    # Subjects other than platforms/modules (a merchant, a store, a user): "merchant:M001".
    subject: Mapped[str | None] = mapped_column(String(120))
    request: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    plan: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    message: Mapped[str | None] = mapped_column(Text)
