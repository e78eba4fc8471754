"""Demo data: deterministic for a given seed, additive, and fast at scale.

Rows are generated as plain tuples and written with ``COPY`` on PostgreSQL and
``executemany`` on SQLite (no ORM objects): 1,000,000 stores take seconds, not minutes.
Codes continue after what is already there, so seeding twice never collides.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Table, func, select, text

from core.actor import Actor
from core.db import Base, Database
from core.errors import InvalidInput
from core.registry import ModuleRegistry, default_registry
from core.search import search_text

Progress = Callable[[str, int, int], None]
BULK_ROWS = 10_000  # from this many new merchants and stores, their indexes are built once at the end
BULK_CACHE_KIB = 131_072  # SQLite page cache during such a load (the default 2 MB thrashes)

WORDS_A = (
    "Alpine",
    "Blue",
    "Cedar",
    "Delta",
    "Ember",
    "Fjord",
    "Golden",
    "Harbor",
    "Iris",
    "Juniper",
    "Kestrel",
    "Linden",
    "Moselle",
    "Nordic",
    "Oak",
    "Pine",
    "Quartz",
    "River",
    "Silver",
    "Tulip",
    "Upland",
    "Velvet",
    "Willow",
    "Yarrow",
    "Zephyr",
    "Amber",
    "Birch",
    "Copper",
    "Dune",
    "Echo",
)
WORDS_B = (
    "Books",
    "Coffee",
    "Design",
    "Electronics",
    "Flowers",
    "Garden",
    "Home",
    "Jewels",
    "Kitchen",
    "Leather",
    "Market",
    "Noodles",
    "Outdoor",
    "Paper",
    "Records",
    "Shoes",
    "Tea",
    "Toys",
    "Wine",
    "Yoga",
    "Bakery",
    "Cycles",
    "Deli",
    "Fashion",
    "Games",
    "Herbs",
    "Optics",
    "Pets",
    "Sports",
    "Textiles",
)
CITIES = (
    "Luxembourg",
    "Esch-sur-Alzette",
    "Differdange",
    "Dudelange",
    "Ettelbruck",
    "Diekirch",
    "Wiltz",
    "Echternach",
    "Remich",
    "Mersch",
    "Vianden",
    "Clervaux",
)
CURRENCIES = (("EUR", 0.82), ("USD", 0.08), ("GBP", 0.05), ("CHF", 0.03), ("JPY", 0.02))
GATEWAYS = ("stripe", "paypal", "manual")
ID_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
DEMO_PASSWORD = "demo-password-1"


@dataclass(frozen=True)
class DemoAccount:
    username: str
    role: str
    password: str
    platforms: tuple[str, ...] = ()


DEMO_ACCOUNTS = (
    DemoAccount("admin", "super_admin", DEMO_PASSWORD),
    DemoAccount("padmin", "platform_admin", DEMO_PASSWORD),
    DemoAccount("support", "support", DEMO_PASSWORD),
    DemoAccount("operator", "operator", DEMO_PASSWORD),
)


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


MAX_COUNTS = {"platforms": 100_000, "merchants": 1_000_000, "stores": 1_000_000, "orders": 10_000_000}


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
            if not 0 <= getattr(self, name) <= MAX_COUNTS[name]:
                raise InvalidInput("demo.bad_count", f"--{name} must be from 0 to {MAX_COUNTS[name]:,}")
        if self.stores and not (self.merchants or self.platforms):
            raise InvalidInput("demo.bad_count", "stores need merchants and platforms")


def _table(name: str) -> Table:
    # Every module's models, through the registry (core never imports ``modules`` by name).
    from core.registry import default_registry as _reg

    for module in _reg():
        try:
            __import__(f"modules.{module.package}.models")
        except ModuleNotFoundError as exc:
            if exc.name != f"modules.{module.package}.models":
                raise
    return Base.metadata.tables[name]


class _Writer:
    """Bulk insert of tuples: COPY on PostgreSQL, executemany on SQLite; one transaction."""

    def __init__(self, connection: Any) -> None:
        self.conn = connection
        self.pg = connection.dialect.name == "postgresql"

    def write(
        self, table: str, columns: Sequence[str], rows: Iterator[tuple[Any, ...]] | list[tuple[Any, ...]]
    ) -> None:
        raw = self.conn.connection.driver_connection
        cols = ", ".join(columns)
        if self.pg:
            with raw.cursor() as cur, cur.copy(f"COPY {table} ({cols}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
        else:
            marks = ", ".join("?" for _ in columns)
            cur = raw.cursor()
            batch: list[tuple[Any, ...]] = []
            for row in rows:
                batch.append(row)
                if len(batch) >= 50_000:
                    cur.executemany(f"INSERT INTO {table} ({cols}) VALUES ({marks})", batch)
                    batch.clear()
            if batch:
                cur.executemany(f"INSERT INTO {table} ({cols}) VALUES ({marks})", batch)
            cur.close()

    def next_id(self, table: str) -> int:
        return int(self.conn.execute(select(func.coalesce(func.max(_table(table).c.id), 0))).scalar_one()) + 1

    def fix_sequence(self, table: str) -> None:
        if self.pg:
            self.conn.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                    f"(SELECT COALESCE(MAX(id), 1) FROM {table}), (SELECT MAX(id) IS NOT NULL FROM {table}))"
                )
            )


def _ts(value: datetime) -> Any:
    return value


def seed(
    db: Database, spec: SeedSpec, *, registry: ModuleRegistry | None = None, progress: Progress | None = None
) -> SeedResult:
    spec.check()
    registry = registry or default_registry()
    rng = random.Random(spec.seed)
    result = SeedResult()
    now = datetime.now(UTC).replace(microsecond=0)
    sqlite_ts = db.is_sqlite

    def ts(value: datetime) -> Any:
        # SQLite stores DateTime as ISO text; format it ourselves for executemany on the raw driver.
        return value.strftime("%Y-%m-%d %H:%M:%S.000000") if sqlite_ts else value

    def step(name: str, done: int, total: int) -> None:
        if progress:
            progress(name, done, total)

    with db.engine.begin() as conn:
        w = _Writer(conn)
        if w.pg:
            conn.execute(text("LOCK TABLE platforms, merchants, stores IN SHARE ROW EXCLUSIVE MODE"))
        # -- platforms, each with the core modules and a requirement-closed set of optional ones
        p0 = w.next_id("platforms")
        platform_ids = list(range(p0, p0 + spec.platforms))
        existing_platforms = list(conn.execute(select(_table("platforms").c.id)).scalars())
        optional = [m.code for m in registry if m.tier.value == "optional"]
        core = [m.code for m in registry if m.is_core]
        w.write(
            "platforms",
            ("id", "code", "name", "created_at"),
            (
                (pid, f"demo-{pid:05d}", f"{rng.choice(WORDS_A)} {rng.choice(CITIES)} {pid}", ts(now))
                for pid in platform_ids
            ),
        )
        pm_rows = []
        for pid in platform_ids:
            chosen = {c for c in optional if rng.random() < 0.45}
            closed = set(core) | chosen
            for code in chosen:
                closed |= registry.requirements_closure(code)
            for code in sorted(closed):
                pm_rows.append((pid, code, True, "{}", ts(now), "demo"))
        w.write(
            "platform_modules",
            ("platform_id", "module_code", "enabled", "config", "enabled_at", "enabled_by"),
            pm_rows,
        )
        w.fix_sequence("platforms")
        step("platforms", spec.platforms, spec.platforms)
        all_platforms = existing_platforms + platform_ids
        result.counts["platforms"] = spec.platforms

        # -- merchants and stores (their secondary indexes built once at the end of a large load)
        deferred = _defer_indexes(conn, ("merchants", "stores"), spec.merchants + spec.stores >= BULK_ROWS)
        m0 = w.next_id("merchants")
        merchant_ids = list(range(m0, m0 + spec.merchants))

        def merchants() -> Iterator[tuple[Any, ...]]:
            for mid in merchant_ids:
                a, b = rng.choice(WORDS_A), rng.choice(WORDS_B)
                slug = f"{a}-{b}-{mid}".lower()
                code, name, email = f"M{mid:07d}", f"{a} {b} {mid}", f"contact@{slug}.example"
                yield (
                    mid,
                    code,
                    name,
                    email,
                    f"+352 6{mid % 100_000_000:08d}",
                    "active",
                    ts(now - timedelta(days=rng.randint(0, 900))),
                    search_text(name, code, email),
                )

        w.write(
            "merchants",
            ("id", "code", "name", "email", "phone", "status", "created_at", "search_text"),
            merchants(),
        )
        w.fix_sequence("merchants")
        step("merchants", spec.merchants, spec.merchants)
        result.counts["merchants"] = spec.merchants
        all_merchants = merchant_ids or list(conn.execute(select(_table("merchants").c.id)).scalars())

        # -- stores
        s0 = w.next_id("stores")
        store_ids = list(range(s0, s0 + spec.stores))
        store_platform: dict[int, int] = {}
        if spec.stores and (not all_merchants or not all_platforms):
            raise InvalidInput("demo.bad_count", "stores need at least one merchant and one platform")

        def stores() -> Iterator[tuple[Any, ...]]:
            n_m, n_p = len(all_merchants), len(all_platforms)
            rand = rng.random
            for i, sid in enumerate(store_ids):
                mid = all_merchants[int(rand() * n_m)]
                pid = all_platforms[int(rand() * n_p)]
                if i < 100_000:
                    store_platform[sid] = pid
                a, b = WORDS_A[sid % 30], WORDS_B[(sid // 30) % 30]
                code, name = f"S{sid:08d}", f"{a} {b} {rng.choice(CITIES)} {sid}"
                domain, email = f"{a}-{b}-{sid}.shop.example".lower(), f"shop{sid}@{b.lower()}.example"
                yield (
                    sid,
                    code,
                    mid,
                    pid,
                    name,
                    domain,
                    email,
                    "active",
                    ts(now - timedelta(minutes=int(rand() * 1_000_000))),
                    search_text(name, code, email, domain),
                )
                if progress and sid % 100_000 == 0:
                    progress("stores", i, spec.stores)

        w.write(
            "stores",
            (
                "id",
                "code",
                "merchant_id",
                "platform_id",
                "name",
                "domain",
                "email",
                "status",
                "created_at",
                "search_text",
            ),
            stores(),
        )
        w.fix_sequence("stores")
        _restore_indexes(conn, deferred)
        step("stores", spec.stores, spec.stores)
        result.counts["stores"] = spec.stores

        # -- customers, payments, orders and their lines
        if spec.orders:
            _seed_orders(w, conn, rng, spec, store_platform, now, ts, result)
            step("orders", spec.orders, spec.orders)

    _analyze(db, [name for name, n in result.counts.items() if n])
    if spec.demo_accounts:
        result.accounts = _demo_accounts(db)
    return result


def _analyze(db: Database, tables: Sequence[str]) -> None:
    """Fresh planner statistics: the lists' plans and row estimates depend on them (a second or so
    for a million rows; PostgreSQL's autovacuum would get there later, SQLite never by itself)."""
    if not tables:
        return
    with db.engine.begin() as conn:
        if db.is_sqlite:
            conn.exec_driver_sql("ANALYZE")
        else:
            known = [t for t in tables if t in Base.metadata.tables]
            if known:
                conn.exec_driver_sql("ANALYZE " + ", ".join(known))


@dataclass
class _DeferredIndexes:
    """Secondary indexes taken off for a bulk load (:func:`_defer_indexes`)."""

    pg: list[tuple[str, str]] = field(default_factory=list)  # PostgreSQL: (name, definition)
    fts: list[str] = field(default_factory=list)  # SQLite: FTS5 tables to rebuild
    triggers: list[tuple[str, str]] = field(default_factory=list)  # SQLite: (name, sql)
    indexes: list[tuple[str, str]] = field(default_factory=list)  # SQLite: (name, sql)
    cache_size: int | None = None  # SQLite: the connection's page cache before the load


def _defer_indexes(conn: Any, tables: Sequence[str], enabled: bool) -> _DeferredIndexes:
    """Build the secondary indexes of ``tables`` once, after a large load, not row by row.

    Indexing a million rows one by one costs minutes (SQLite FTS5 triggers; random-order B-tree
    inserts) or doubles the load (PostgreSQL GIN); building them afterwards takes seconds. Inside
    the load's transaction (all or nothing with it): the non-unique indexes are dropped, to be
    created again from their definitions (unique ones stay: they guard the load); SQLite's
    external-content FTS5 tables over these tables lose their triggers, to be rebuilt and get them
    back (:func:`_restore_indexes`).
    """
    deferred = _DeferredIndexes()
    if not enabled:
        return deferred
    if conn.dialect.name == "postgresql":
        deferred.pg = [
            (name, definition)
            for name, definition in conn.execute(
                text(
                    "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() "
                    "AND tablename = ANY(:tables) AND indexdef NOT ILIKE 'CREATE UNIQUE%'"
                ),
                {"tables": list(tables)},
            )
        ]
        for name, _ in deferred.pg:
            conn.exec_driver_sql(f'DROP INDEX "{name}"')
        conn.exec_driver_sql("SET LOCAL maintenance_work_mem = '256MB'")  # for building them again
        return deferred
    virtual = conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'"
    ).all()
    for name, sql in virtual:
        match = re.search(r"content\s*=\s*['\"]?(\w+)", sql or "")
        if match and match[1] in tables and "fts5" in sql.lower():
            deferred.fts.append(name)
    deferred.triggers = [
        (name, sql)
        for name, sql in conn.exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
        if any(re.search(rf"\b{re.escape(f)}\b", sql or "") for f in deferred.fts)
    ]
    for name, _ in deferred.triggers:
        conn.exec_driver_sql(f'DROP TRIGGER "{name}"')
    # Secondary B-tree indexes too: SQLite inserts keys in random order one page at a time, while
    # CREATE INDEX sorts them (unique ones stay: they guard the load).
    marks = ", ".join("?" for _ in tables)
    deferred.indexes = [
        (name, sql)
        for name, sql in conn.exec_driver_sql(
            f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
            f"AND tbl_name IN ({marks})",
            tuple(tables),
        )
        if not re.match(r"\s*CREATE\s+UNIQUE", sql, re.I)
    ]
    for name, _ in deferred.indexes:
        conn.exec_driver_sql(f'DROP INDEX "{name}"')
    deferred.cache_size = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    conn.exec_driver_sql(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")  # sorting the index keys
    return deferred


def _restore_indexes(conn: Any, deferred: _DeferredIndexes) -> None:
    for _, definition in deferred.pg:
        conn.exec_driver_sql(definition)
    for _, sql in deferred.indexes:
        conn.exec_driver_sql(sql)
    for name in deferred.fts:
        conn.exec_driver_sql(f'INSERT INTO "{name}"("{name}") VALUES (\'rebuild\')')
    for _, sql in deferred.triggers:
        conn.exec_driver_sql(sql)
    if deferred.cache_size is not None:
        conn.exec_driver_sql(f"PRAGMA cache_size = {int(deferred.cache_size)}")


def _seed_orders(
    w: _Writer,
    conn: Any,
    rng: random.Random,
    spec: SeedSpec,
    store_platform: dict[int, int],
    now: datetime,
    ts: Callable[[datetime], Any],
    result: SeedResult,
) -> None:
    if not store_platform:
        rows = conn.execute(
            select(_table("stores").c.id, _table("stores").c.platform_id).limit(100_000)
        ).all()
        store_platform.update(dict(rows))
    if not store_platform:
        raise InvalidInput("demo.bad_count", "orders need stores: add --stores")
    stores = list(store_platform)
    n_customers = max(1, spec.orders // 3)
    c0 = w.next_id("customers")
    customer_ids = list(range(c0, c0 + n_customers))
    customer_platform = {}

    def customers() -> Iterator[tuple[Any, ...]]:
        for cid in customer_ids:
            pid = store_platform[stores[int(rng.random() * len(stores))]]
            customer_platform[cid] = pid
            first = rng.choice(("Anna", "Luc", "Marie", "Paul", "Sofia", "Tom", "Lea", "Max", "Nina", "Jo"))
            last = rng.choice(
                ("Muller", "Schmit", "Weber", "Hoffmann", "Wagner", "Becker", "Schroeder", "Klein")
            )
            yield (
                cid,
                pid,
                f"{first.lower()}.{last.lower()}{cid}@mail.example",
                f"{first} {last}",
                f"+352 691 {cid % 1_000_000:06d}",
                f"{rng.randint(1, 99)} rue {rng.choice(WORDS_A)}, "
                f"L-{rng.randint(1000, 9999)} {rng.choice(CITIES)}",
                ts(now),
            )

    w.write(
        "customers", ("id", "platform_id", "email", "name", "phone", "address", "created_at"), customers()
    )
    w.fix_sequence("customers")
    result.counts["customers"] = n_customers

    pay0, o0, l0 = w.next_id("payments"), w.next_id("orders"), w.next_id("order_lines")
    payments, orders, lines = [], [], []
    line_id = l0
    currencies = [c for c, _ in CURRENCIES]
    weights = [wt for _, wt in CURRENCIES]
    for i in range(spec.orders):
        oid, pay_id = o0 + i, pay0 + i
        sid = stores[int(rng.random() * len(stores))]
        pid = store_platform[sid]
        currency = rng.choices(currencies, weights)[0]
        created = now - timedelta(minutes=rng.randint(0, 200_000))
        total = 0
        for _ in range(rng.randint(1, 3)):
            qty = rng.randint(1, 4)
            unit = rng.randint(2, 400) * (1 if currency == "JPY" else 100) + (
                0 if currency == "JPY" else rng.choice((0, 50, 95, 99))
            )
            total += qty * unit
            lines.append(
                (
                    line_id,
                    oid,
                    f"SKU-{rng.randint(1000, 99999)}",
                    f"{rng.choice(WORDS_A)} {rng.choice(WORDS_B)}",
                    qty,
                    unit,
                )
            )
            line_id += 1
        gateway = GATEWAYS[i % 3]
        gid = _gateway_id(rng, gateway)
        status = "awaiting_funds" if gateway == "manual" and rng.random() < 0.3 else "captured"
        captured = 0 if status == "awaiting_funds" else total
        payments.append((pay_id, pid, sid, gateway, gid, total, currency, captured, status, ts(created)))
        customer = customer_ids[int(rng.random() * len(customer_ids))]
        orders.append(
            (
                oid,
                pid,
                sid,
                customer,
                pay_id,
                f"ORD-{oid:08d}",
                "paid" if captured else "pending",
                total,
                currency,
                ts(created),
            )
        )
    w.write(
        "payments",
        (
            "id",
            "platform_id",
            "store_id",
            "gateway",
            "gateway_payment_id",
            "amount_minor",
            "currency",
            "captured_minor",
            "status",
            "created_at",
        ),
        payments,
    )
    w.write(
        "orders",
        (
            "id",
            "platform_id",
            "store_id",
            "customer_id",
            "payment_id",
            "number",
            "status",
            "total_minor",
            "currency",
            "created_at",
        ),
        orders,
    )
    w.write("order_lines", ("id", "order_id", "sku", "description", "quantity", "unit_price_minor"), lines)
    for name in ("payments", "orders", "order_lines"):
        w.fix_sequence(name)
    result.counts.update(payments=len(payments), orders=len(orders), order_lines=len(lines))


def _gateway_id(rng: random.Random, gateway: str) -> str:
    if gateway == "stripe":
        return "pi_" + "".join(
            rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(24)
        )
    if gateway == "paypal":
        return "".join(rng.choice(ID_ALPHABET) for _ in range(17))  # a PayPal capture id
    return f"MAN-{rng.randint(100000, 999999)}"


def _demo_accounts(db: Database) -> list[DemoAccount]:
    from sqlalchemy import select as _select

    from core.models import AdminUser, Platform
    from core.services.auth import AuthService

    service = AuthService(db)
    actor = Actor.system("demo")
    with db.sessions() as session:
        existing = set(session.scalars(_select(AdminUser.username)))
        own = tuple(session.scalars(_select(Platform.code).order_by(Platform.id).limit(2)))
    made = []
    for account in DEMO_ACCOUNTS:
        platforms = own if account.role == "platform_admin" else ()
        if account.username not in existing:
            service.create_user(actor, account.username, account.role, account.password, platforms)
        made.append(DemoAccount(account.username, account.role, account.password, platforms))
    return made
