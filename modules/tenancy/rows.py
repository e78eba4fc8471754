"""What the merchants and stores lists and their detail return: rows, and a :class:`Detail`."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any, NamedTuple


class MerchantRow(NamedTuple):
    id: int
    code: str
    name: str
    email: str
    phone: str | None
    status: str
    suspended_reason: str | None
    created_at: datetime
    stores: int

    def to_dict(self) -> dict[str, Any]:
        return {**self._asdict(), "created_at": self.created_at.isoformat()}


class StoreRow(NamedTuple):
    id: int
    code: str
    name: str
    domain: str | None
    email: str | None
    status: str
    suspended_reason: str | None
    created_at: datetime
    merchant: str
    merchant_name: str
    platform: str

    def to_dict(self) -> dict[str, Any]:
        return {**self._asdict(), "created_at": self.created_at.isoformat()}


@dataclass(frozen=True)
class PlatformInfo:
    code: str
    name: str
    stores: int


@dataclass
class Detail:
    """A merchant or a store with what support needs around it.

    ``sections`` hold what other modules contribute to the detail (``detail_sections`` of their
    definitions: recent orders, recent payments), by name, in name order; a section reads as an
    attribute too (``detail.orders``). A section is None when its module's tables are not there or
    the caller lacks its permission.
    """

    kind: str  # merchant | store
    merchant: MerchantRow
    store: StoreRow | None = None
    stores: list[StoreRow] = field(default_factory=list)
    stores_total: int = 0
    platforms: list[PlatformInfo] = field(default_factory=list)
    sections: dict[str, list[Any] | None] = field(default_factory=dict)
    audit: list[dict[str, Any]] | None = None  # None: no audit.view
    pii_masked: bool = False

    def __getattr__(self, name: str) -> Any:
        sections = self.__dict__.get("sections") or {}
        if name in sections:
            return sections[name]
        raise AttributeError(f"{type(self).__name__!r} has no attribute or section {name!r}")

    @property
    def subject(self) -> str:
        return f"store:{self.store.code}" if self.store else f"merchant:{self.merchant.code}"

    def to_dict(self) -> dict[str, Any]:
        def dump(items: Sequence[Any] | None) -> list[dict[str, Any]] | None:
            if items is None:
                return None
            return [_jsonable(i._asdict() if hasattr(i, "_asdict") else asdict(i)) for i in items]

        return {
            "kind": self.kind,
            "merchant": self.merchant.to_dict(),
            "store": self.store.to_dict() if self.store else None,
            "stores": dump(self.stores),
            "stores_total": self.stores_total,
            "platforms": dump(self.platforms),
            **{name: dump(rows) for name, rows in self.sections.items()},
            "audit": self.audit,
            "pii_masked": self.pii_masked,
        }


def _jsonable(value: dict[str, Any]) -> dict[str, Any]:
    return {k: v.isoformat() if isinstance(v, datetime) else v for k, v in value.items()}
