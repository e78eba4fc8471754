"""Demo data: deterministic for a given seed, additive, and fast at scale.

This file orchestrates: it writes the framework's own tables (platforms and their modules), then
runs each module's demo seed (``ModuleDefinition.demo_seed``, in ``modules/<package>/demo.py``) in
dependency order, all in one transaction, and creates the demo accounts on request. It names no
module and no module's table. Rows are plain tuples written by :class:`core.bulk_load.BulkWriter`;
codes continue after what is already there, so seeding twice never collides.
See docs/architecture.md, "Module contract".
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select

from core.actor import Actor
from core.bulk_load import BulkWriter, analyze
from core.db import Database
from core.definition import ModuleDefinition
from core.demo_context import (  # noqa: F401 - the accounts are core.demo's names too
    CITIES,
    DEMO_ACCOUNTS,
    DEMO_PASSWORD,
    WORDS_A,
    DemoAccount,
    DemoContext,
    Progress,
)
from core.errors import DefinitionError, InvalidInput, PermissionDenied
from core.graph import topological_order
from core.models import AdminUser, Platform
from core.ranges import DEMO_MAX_COUNTS
from core.registry import ModuleRegistry, default_registry
from core.roles import Role
from core.services.auth import AuthService

PLATFORM_COLUMNS = ("id", "code", "name", "created_at")
PLATFORM_MODULE_COLUMNS = ("platform_id", "module_code", "enabled", "config", "enabled_at", "enabled_by")
OPTIONAL_SHARE = 0.45  # the chance of each optional module on a demo platform


@dataclass
class SeedResult:
    counts: dict[str, int] = field(default_factory=dict)
    accounts: list[DemoAccount] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "counts": self.counts,
            "accounts": [
                {"username": a.username, "role": a.role, "password": a.password} for a in self.accounts
            ],
        }


@dataclass(frozen=True)
class SeedSpec:
    platforms: int = 5
    merchants: int = 20
    stores: int = 50
    orders: int = 200
    seed: int = 42
    demo_accounts: bool = False

    def check(self) -> None:
        for name in ("platforms", "merchants", "stores", "orders"):
            if not 0 <= getattr(self, name) <= DEMO_MAX_COUNTS[name]:
                raise InvalidInput(
                    "demo.bad_count",
                    f"--{name} must be from 0 to {DEMO_MAX_COUNTS[name]:,}",
                    {"option": name, "max": DEMO_MAX_COUNTS[name]},
                )
        if self.stores and not (self.merchants or self.platforms):
            raise InvalidInput("demo.bad_count", "stores need merchants and platforms")


def check_seed(actor: Actor, spec: SeedSpec) -> None:
    """The counts, and who may seed: super admins only, as for ``platforms create`` (seeding creates
    platforms and adds to any platform); demo accounts also need ``admin.users.manage``."""
    spec.check()
    actor.require("admin.users.manage" if spec.demo_accounts else "modules.toggle")
    if actor.role is not Role.SUPER_ADMIN:
        raise PermissionDenied(
            "permission.denied",
            f"{actor.name} ({actor.role}) may not seed demo data: it creates platforms",
            {"permission": "platforms.create", "actor": actor.name, "role": actor.role.value},
        )


def plan_seed(db: Database | None, spec: SeedSpec, *, registry: ModuleRegistry | None = None) -> SeedResult:
    """What :func:`seed` would add, writing nothing: the counts asked for and the demo accounts
    that do not exist yet (``db`` None: a database still to be created, so all of them)."""
    spec.check()
    seed_order(registry or default_registry())  # a broken module seed refuses the dry run too
    counts = {k: getattr(spec, k) for k in ("platforms", "merchants", "stores", "orders")}
    existing: set[str] = set()
    if db is not None and spec.demo_accounts:
        with db.sessions() as session:
            existing = set(session.scalars(select(AdminUser.username)))
    accounts = [a for a in DEMO_ACCOUNTS if a.username not in existing] if spec.demo_accounts else []
    return SeedResult(counts, accounts)


def seed(
    db: Database, spec: SeedSpec, *, registry: ModuleRegistry | None = None, progress: Progress | None = None
) -> SeedResult:
    """Add the demo data of ``spec``: platforms, then every module's seed (:func:`seed_order`)."""
    spec.check()
    registry = registry or default_registry()
    seeds = seed_order(registry)
    result = SeedResult()
    now = datetime.now(UTC).replace(microsecond=0)
    with db.engine.begin() as conn:
        writer = BulkWriter(conn)
        ctx = DemoContext(spec, conn, writer, random.Random(spec.seed), now, progress, result.counts)
        _seed_platforms(ctx, registry)
        for module in seeds:
            module.demo_seed.run(ctx)  # type: ignore[union-attr]  # seed_order keeps those with one
    with db.engine.begin() as conn:
        analyze(conn, [table for table, n in result.counts.items() if n])
    if spec.demo_accounts:
        result.accounts = _demo_accounts(db)
    return result


def seed_order(registry: ModuleRegistry) -> list[ModuleDefinition]:
    """The modules with a demo seed, each after the seeds of the modules it requires or uses
    (ties by code, so the order -- and the random data -- is stable)."""
    seeded = {m.code: m for m in registry if m.demo_seed is not None}
    after: dict[str, set[str]] = {}
    for code, module in seeded.items():
        uses = module.demo_seed.uses  # type: ignore[union-attr]
        allowed = registry.requirements_closure(code) | {m.code for m in registry if m.is_core}
        wrong = [u for u in uses if u not in allowed or u not in seeded or u == code]
        if wrong:
            raise DefinitionError(
                "demo.bad_uses",
                f"the demo seed of {code!r} uses {', '.join(map(repr, wrong))}: a demo seed may use only "
                "the seeds of core-tier modules and of the modules it requires",
                {"module": code, "uses": wrong},
            )
        after[code] = {c for c in registry.requirements_closure(code) if c in seeded} | set(uses)
    return [seeded[code] for code in topological_order(after)]


def _seed_platforms(ctx: DemoContext, registry: ModuleRegistry) -> None:
    """The framework's own rows: platforms, each with the core modules and a requirement-closed
    set of optional ones. Publishes ``core.platforms``, every platform id (existing ones first)."""
    spec, rng, writer, now = ctx.spec, ctx.rng, ctx.writer, ctx.ts(ctx.now)
    if writer.pg:
        ctx.connection.exec_driver_sql("LOCK TABLE platforms IN SHARE ROW EXCLUSIVE MODE")
    p0 = writer.next_id("platforms")
    platform_ids = list(range(p0, p0 + spec.platforms))
    existing = list(ctx.connection.exec_driver_sql("SELECT id FROM platforms").scalars())
    optional = [m.code for m in registry if m.tier.value == "optional"]
    core = [m.code for m in registry if m.is_core]
    platforms = (
        (pid, f"demo-{pid:05d}", f"{rng.choice(WORDS_A)} {rng.choice(CITIES)} {pid}", now)
        for pid in platform_ids
    )
    ctx.load("platforms", PLATFORM_COLUMNS, platforms)
    modules = []
    for pid in platform_ids:
        chosen = {c for c in optional if rng.random() < OPTIONAL_SHARE}
        closed = set(core) | chosen
        for code in chosen:
            closed |= registry.requirements_closure(code)
        modules.extend((pid, code, True, "{}", now, "demo") for code in sorted(closed))
    writer.write("platform_modules", PLATFORM_MODULE_COLUMNS, modules)
    ctx.step("platforms", spec.platforms, spec.platforms)
    ctx.publish("core.platforms", existing + platform_ids)


def _demo_accounts(db: Database) -> list[DemoAccount]:
    service = AuthService(db)
    actor = Actor.system("demo")
    with db.sessions() as session:
        existing = set(session.scalars(select(AdminUser.username)))
        own = tuple(session.scalars(select(Platform.code).order_by(Platform.id).limit(2)))
    made = []
    for account in DEMO_ACCOUNTS:
        platforms = own if account.role == "platform_admin" else ()
        if account.username not in existing:
            service.create_user(actor, account.username, account.role, account.password, platforms)
        made.append(DemoAccount(account.username, account.role, account.password, platforms))
    return made
