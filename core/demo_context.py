"""What a module's demo seed receives and declares (``ModuleDefinition.demo_seed``).

``core/demo.py`` runs the seeds in dependency order inside one transaction; each module writes its
own tables through :attr:`DemoContext.writer` and publishes what later seeds may build on (ids,
rows to reference) under keys named after itself. Nothing here touches a table.
See docs/architecture.md, "Module contract".
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from core.bulk_load import BulkWriter
    from core.demo import SeedSpec

Progress = Callable[[str, int, int], None]

# The demo's sign-in accounts (``demo seed --demo-accounts``, the console's ``--demo``): here, not
# in core.demo, so that the console's sign-in and ``platformctl --help`` read them cheaply.
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


# The demo's words: names of platforms, merchants, stores and goods, addresses.
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


@dataclass(frozen=True)
class DemoSeed:
    """A module's demo seed: ``run`` writes the module's own tables.

    ``uses`` names the modules whose published demo data ``run`` reads: core-tier modules or
    modules this one requires. Their seeds run first, as do the seeds of the modules it requires.
    """

    run: Callable[[DemoContext], None]
    uses: tuple[str, ...] = ()


@dataclass
class DemoContext:
    """One seed run: the spec, the open connection, the random generator and what is published."""

    spec: SeedSpec
    connection: Any
    writer: BulkWriter
    rng: random.Random
    now: datetime
    progress: Progress | None = None
    counts: dict[str, int] = field(default_factory=dict)
    _published: dict[str, Any] = field(default_factory=dict)
    _lazy: dict[str, Callable[[], Any]] = field(default_factory=dict)

    @property
    def sqlite(self) -> bool:
        return not self.writer.pg

    def ts(self, value: datetime) -> Any:
        """A timestamp as the bulk writer takes it: SQLite's ISO text (the raw driver does not
        format DateTime as SQLAlchemy would), PostgreSQL's datetime."""
        if self.writer.pg:
            return value
        # = strftime("%Y-%m-%d %H:%M:%S.000000"), at a third of its cost (a million rows a load)
        return value.isoformat(" ", "seconds")[:19] + ".000000"

    def step(self, name: str, done: int, total: int) -> None:
        if self.progress:
            self.progress(name, done, total)

    def load(self, table: str, columns: Sequence[str], rows: Iterable[tuple[Any, ...]]) -> int:
        """Write ``rows`` (with their ids) into ``table``, move its id sequence past them and count
        them (``counts``, in the order of the summary the CLI prints)."""
        written = self.writer.write(table, columns, rows)
        self.writer.fix_sequence(table)
        self.counts[table] = self.counts.get(table, 0) + written
        return written

    def publish(self, key: str, value: Any) -> None:
        """Offer ``value`` to later seeds under ``key`` (``"<module>.<what>"``)."""
        self._published[key] = value

    def publish_lazy(self, key: str, make: Callable[[], Any]) -> None:
        """Like :meth:`publish`, computed on first :meth:`get` (a query no later seed may need)."""
        self._lazy[key] = make

    def get(self, key: str) -> Any:
        if key not in self._published and key in self._lazy:
            self._published[key] = self._lazy.pop(key)()
        try:
            return self._published[key]
        except KeyError:
            raise LookupError(
                f"demo data {key!r} is not published: the seed reading it must name its module in "
                "`uses` (or `requires`) so that module's seed runs first"
            ) from None
