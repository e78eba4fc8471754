"""The framework's tables as SQLAlchemy Core ``Table`` objects, created by the ``framework``
migration branch.

Reads that need no ORM (``platformctl platforms list``, ``modules status``) query these on a
Connection (:meth:`core.db.Database.read`); the ORM classes of :mod:`core.models` are mapped
onto the very same objects, so the schema is declared once.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from core.schema import UTCDateTime, metadata, utcnow

platforms = Table(
    "platforms",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("code", String(64), nullable=False, unique=True),
    Column("name", String(200), nullable=False),
    Column("created_at", UTCDateTime(), nullable=False, default=utcnow),
)

platform_modules = Table(
    "platform_modules",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("platform_id", ForeignKey("platforms.id", ondelete="CASCADE"), nullable=False),
    Column("module_code", String(64), nullable=False),
    Column("enabled", Boolean, nullable=False, default=False),
    Column("config", JSON, nullable=False, default=dict),
    Column("enabled_at", UTCDateTime()),
    Column("enabled_by", String(120)),
    Column("disabled_at", UTCDateTime()),
    Column("disabled_by", String(120)),
    UniqueConstraint("platform_id", "module_code", name="uq_platform_modules_platform_module"),
    Index("ix_platform_modules_module_enabled", "module_code", "enabled"),
)

admin_users = Table(
    "admin_users",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("username", String(64), nullable=False, unique=True),
    Column("role", String(32), nullable=False),
    Column("password_hash", String(255), nullable=False),
    Column("is_active", Boolean, nullable=False, default=True),
    Column("failed_signins", Integer, nullable=False, default=0),
    Column("locked_until", UTCDateTime()),
    Column("last_signin_at", UTCDateTime()),
    Column("password_changed_at", UTCDateTime()),
    Column("created_at", UTCDateTime(), nullable=False, default=utcnow),
    Column("created_by", String(120)),
)

admin_platforms = Table(
    "admin_platforms",
    metadata,
    Column("admin_id", ForeignKey("admin_users.id", ondelete="CASCADE"), primary_key=True),
    Column("platform_id", ForeignKey("platforms.id", ondelete="CASCADE"), primary_key=True),
)

# Labels that aim a change at a group of platforms (``canary``, ``country:lu``).
platform_tags = Table(
    "platform_tags",
    metadata,
    Column("platform_id", ForeignKey("platforms.id", ondelete="CASCADE"), primary_key=True),
    Column("tag", String(64), primary_key=True),
    Index("ix_platform_tags_tag", "tag", "platform_id"),
)

# One entry per request. Append-only (triggers refuse UPDATE/DELETE on PostgreSQL and SQLite).
audit_log = Table(
    "audit_log",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("at", UTCDateTime(), nullable=False, default=utcnow),
    Column("actor", String(120), nullable=False),
    Column("admin_user_id", ForeignKey("admin_users.id", ondelete="SET NULL")),
    Column("action", String(64), nullable=False),
    Column("outcome", String(16), nullable=False),  # succeeded | refused | failed
    Column("error_code", String(64)),
    # Delimited ",a,b," so that "entries touching platform a" is a portable LIKE.
    Column("platform_codes", Text, nullable=False, default=""),
    Column("module_codes", Text, nullable=False, default=""),
    # Subjects other than platforms/modules (a merchant, a store, a user): "merchant:M001".
    Column("subject", String(120)),
    Column("request", JSON, nullable=False, default=dict),
    Column("plan", JSON),
    Column("message", Text),
    Index("ix_audit_log_at", "at"),
    Index("ix_audit_log_actor", "actor"),
)
