"""What a module contributes to the views of other modules, through its ``ModuleDefinition``.

A module never imports another module it does not require (docs/architecture.md, "Module
contract"): tenancy's merchant and store detail cannot read the orders or payments tables, and
customers cannot ask orders who ordered where. Instead the orders and payments modules contribute,
the way they contribute a ``health_check``:

* :class:`DetailSection` (``detail_sections``): rows shown in a merchant's or a store's detail,
  e.g. its recent orders;
* :class:`CustomerLink` (``customer_links``): the customers a module links to a set of stores,
  e.g. those who ordered there.

The module owning the view assembles the contributions of the registered modules whose tables
exist (:func:`present`), so a platform without the orders tables shows no orders section.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import inspect

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from core.actor import Actor


@dataclass(frozen=True)
class StoresContext:
    """What a contribution to a merchant's or a store's detail receives."""

    session: Session
    actor: Actor
    store_ids: Any  # a SELECT of the ids of the stores shown (the merchant's visible ones, or one)
    store_codes: Mapping[int, str]  # their codes, by id
    limit: int  # rows to return at most (the most recent first)

    def recent(self, stmt: Any, model: Any) -> list[Any]:
        """The rows of ``stmt`` whose ``model`` (a table with ``store_id``, ``created_at`` and
        ``id``) belongs to the stores, the most recent first, :attr:`limit` at most."""
        stmt = stmt.where(model.store_id.in_(self.store_ids))
        stmt = stmt.order_by(model.created_at.desc(), model.id.desc()).limit(self.limit)
        return list(self.session.execute(stmt).all())


@dataclass(frozen=True)
class DetailSection:
    """Rows a module shows in a merchant's or a store's detail (``name``: the section's key; the
    rows: dataclasses or named tuples, which the detail's JSON dumps field by field)."""

    name: str
    rows: Callable[[StoresContext], list[Any]]
    tables: tuple[str, ...] = ()  # read only when these tables exist
    permission: str | None = None  # shown only to whoever holds it (else the section is None)


@dataclass(frozen=True)
class CustomerLink:
    """Customers a module links to stores: ``customers(store_ids)`` is a SELECT of customer ids
    given a SELECT of store ids."""

    customers: Callable[[Any], Any]
    tables: tuple[str, ...] = ()  # used only when these tables exist


def table_names(session: Session) -> frozenset[str]:
    return frozenset(inspect(session.connection()).get_table_names())


def present(contribution: DetailSection | CustomerLink, tables: frozenset[str]) -> bool:
    """Whether the tables a contribution reads exist."""
    return set(contribution.tables) <= tables


def detail_sections(definitions: Iterable[Any]) -> list[DetailSection]:
    """Every section the ``definitions`` contribute, in name order (the order of the JSON keys)."""
    return sorted((s for d in definitions for s in d.detail_sections), key=lambda s: s.name)


def customer_links(definitions: Iterable[Any]) -> list[CustomerLink]:
    return [link for d in definitions for link in d.customer_links]
