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
    Float,
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


# A module change going out in waves (issue "Guarded rollouts"): core/services/rollouts.py.
# ``change`` holds the request (kind, modules, cascade, config values with secret values
# encrypted); ``targets`` how the targets were named (codes, all, tags, exclude_tags).
# ``version`` grows with every transition: a runner that read version N and finds another
# one recorded is late and writes nothing; ``lease_by``/``lease_until`` keep two runners from
# evaluating the same gates at once.
rollouts = Table(
    "rollouts",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), nullable=False),
    Column("state", String(16), nullable=False),
    Column("reason", Text),
    Column("change", JSON, nullable=False),
    Column("targets", JSON, nullable=False),
    Column("waves_spec", String(500), nullable=False),
    Column("bake_seconds", Integer, nullable=False),
    Column("gates", JSON, nullable=False, default=list),
    Column("on_fail", String(16), nullable=False),
    Column("gate_timeout_seconds", Integer, nullable=False),
    Column("compare_alpha", Float, nullable=False),
    Column("start_at", UTCDateTime()),
    Column("windows", JSON, nullable=False, default=list),
    Column("created_by", String(120), nullable=False),
    Column("created_by_id", ForeignKey("admin_users.id", ondelete="SET NULL")),
    Column("started_by", String(120)),
    Column("started_by_id", ForeignKey("admin_users.id", ondelete="SET NULL")),
    Column("created_at", UTCDateTime(), nullable=False, default=utcnow),
    Column("started_at", UTCDateTime()),
    Column("updated_at", UTCDateTime(), nullable=False, default=utcnow),
    Column("finished_at", UTCDateTime()),
    Column("current_wave", Integer, nullable=False, default=0),  # the last wave applied (0: none)
    Column("wave_count", Integer, nullable=False),
    Column("target_count", Integer, nullable=False),
    Column("next_check_at", UTCDateTime()),  # due for a runner from then on (NULL: not due)
    Column("waiting_for", String(16)),  # waiting: gate | approval | window
    Column("waiting_since", UTCDateTime()),  # first "unknown" of the current wave's gates
    Column("version", Integer, nullable=False, default=0),
    Column("lease_by", String(120)),
    Column("lease_until", UTCDateTime()),
    Column("conflicts", JSON),  # rollback: what was left alone, [{"platform", "module", "key", "why"}]
    Index("ix_rollouts_due", "next_check_at", "state"),
    Index("ix_rollouts_state", "state", "id"),
)

rollout_waves = Table(
    "rollout_waves",
    metadata,
    Column("rollout_id", ForeignKey("rollouts.id", ondelete="CASCADE"), primary_key=True),
    Column("number", Integer, primary_key=True),
    Column("state", String(16), nullable=False),  # pending applied baking passed failed rolled_back
    Column("size", Integer, nullable=False),
    # The wave's targets (assigned at creation), by id (ascending) and by code (in the same
    # order); a target that needed no change stays listed. Filled for earlier rollouts by
    # framework_005's upgrade.
    Column("platform_ids", JSON),
    Column("platforms", JSON),
    Column("applied_at", UTCDateTime()),
    Column("bake_until", UTCDateTime()),
    Column("finished_at", UTCDateTime()),
    Column("gates", JSON, nullable=False, default=list),  # GateResult.to_dict() + "at"
    Column("approved_by", String(120)),
    Column("approved_at", UTCDateTime()),
)

# What a rollout changed, one row per (wave, group of platforms it changed the same way): the
# platforms by id and by code, the module codes it enabled or disabled on them (pulled-in and
# cascaded ones too) or, configure, each key's value before and after (secrets encrypted). A
# wave's 50,000 changed platforms are a handful of rows, not 50,000 (written and read at fleet
# scale in the time a plain change takes). Written in the transaction that applies the wave.
rollout_changes = Table(
    "rollout_changes",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("rollout_id", ForeignKey("rollouts.id", ondelete="CASCADE"), nullable=False),
    Column("wave", Integer, nullable=False),
    Column("size", Integer, nullable=False),
    Column("platform_ids", JSON, nullable=False),  # ascending
    Column("platforms", JSON, nullable=False),  # their codes, sorted
    Column("enabled", JSON),
    Column("disabled", JSON),
    Column("previous", JSON),  # configure: key -> {"before", "after"} ({"$absent": true}: none)
    Column("applied_at", UTCDateTime(), nullable=False),
    Column("rolled_back_at", UTCDateTime()),
    Index("ix_rollout_changes_wave", "rollout_id", "wave"),
)

# Before framework_005 a rollout kept one row per target here. The upgrade copies them into
# rollout_waves.platform_ids and rollout_changes and leaves the table (no longer written) for a
# later revision to drop, so the upgrade drops nothing; the downgrade rebuilds it.
legacy_rollout_platforms = Table(
    "rollout_platforms",
    metadata,
    Column("rollout_id", ForeignKey("rollouts.id", ondelete="CASCADE"), primary_key=True),
    Column("platform_id", ForeignKey("platforms.id", ondelete="CASCADE"), primary_key=True),
    Column("wave", Integer, nullable=False),
    Column("changed", Boolean, nullable=False, default=False),
    Column("enabled", JSON),
    Column("disabled", JSON),
    Column("previous", JSON),
    Column("applied_at", UTCDateTime()),
    Column("rolled_back_at", UTCDateTime()),
    Index("ix_rollout_platforms_wave", "rollout_id", "wave", "platform_id"),
)
