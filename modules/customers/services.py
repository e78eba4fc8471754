"""Customers for support staff: personal data masked unless the role may see it, revealed one
record at a time.

One rule (docs/architecture.md, "Roles and secrets"): e-mail, phone and address are shown in
clear to whoever holds ``customers.pii.view`` on the customer's platform, masked to everyone else.
Whoever sees them masked and holds ``customers.pii.reveal`` there may reveal one customer's clear
values: a deliberate action, written to the audit log (``customers.reveal``, subject
``customer:<id>``) with who asked and why, never with the values themselves.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from core.actor import Actor
from core.contributions import customer_links, present, table_names
from core.db import Database
from core.errors import InvalidInput, NotFound
from core.models import Platform
from core.paging import Page, check_limit, id_page
from core.ranges import check_id, check_optional_id
from core.registry import ModuleRegistry, default_registry
from core.services.audit import AuditDraft, audited
from modules.customers.models import Customer
from modules.customers.terms import MAX_PAGE
from modules.tenancy.models import Merchant, Store

VIEW = "customers.pii.view"
REVEAL = "customers.pii.reveal"
MASK = "***"
REASON_MAX = 500


def pii_masked_for(actor: Actor, platform_id: int | None = None) -> bool:
    """Whether ``actor`` sees customers' e-mail, phone and address masked (on that platform)."""
    return not actor.can(VIEW, platform_id)


def may_reveal(actor: Actor, platform_id: int) -> bool:
    """Whether ``actor`` sees the platform's customers masked and may reveal one of them."""
    return pii_masked_for(actor, platform_id) and actor.can(REVEAL, platform_id)


def mask_email(value: str | None) -> str | None:
    """``anna.muller12@mail.example`` -> ``a***@mail.example`` (the domain says little about a person)."""
    if not value:
        return value
    local, at, domain = value.partition("@")
    if not at:
        return (value[:1] + MASK) if value else value
    return f"{local[:1]}{MASK}@{domain}"


_DIGIT = re.compile(r"\d")


def mask_phone(value: str | None) -> str | None:
    """``+352 691 123456`` -> ``+352 *** **56``: the country code and the last two digits stay."""
    if not value:
        return value
    text = value.strip()
    country = ""
    if text.startswith("+"):
        head, _, rest = text.partition(" ")
        if rest and len(head) <= 4:
            country, text = head + " ", rest
        else:
            country, text = text[:4] + " ", text[4:]
    digits = _DIGIT.findall(text)
    return f"{country}{MASK} **{''.join(digits[-2:])}"


def mask_address(value: str | None) -> str | None:
    """``12 rue Alpine, L-1234 Luxembourg`` -> ``***, Luxembourg``: only the town stays."""
    if not value:
        return value
    last = value.rsplit(",", 1)[-1].split()
    town = [w for w in last if not any(ch.isdigit() for ch in w)]
    return f"{MASK}, {' '.join(town)}" if town else MASK


@dataclass(frozen=True)
class CustomerRow:
    id: int
    platform: str
    merchant: str | None
    name: str
    email: str | None
    phone: str | None
    address: str | None
    created_at: datetime
    masked: bool = False
    revealable: bool = False  # masked, and the caller may reveal it (one record, audited)

    def masked_copy(self, revealable: bool = False) -> CustomerRow:
        return replace(
            self,
            email=mask_email(self.email),
            phone=mask_phone(self.phone),
            address=mask_address(self.address),
            masked=True,
            revealable=revealable,
        )

    def shown_to(self, actor: Actor, platform_id: int) -> CustomerRow:
        """This row as ``actor`` may see it: clear with ``customers.pii.view``, else masked."""
        if not pii_masked_for(actor, platform_id):
            return self
        return self.masked_copy(revealable=may_reveal(actor, platform_id))

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "created_at": self.created_at.isoformat()}


def _row(customer: Customer, platform: str, merchant: str | None) -> CustomerRow:
    return CustomerRow(
        customer.id,
        platform,
        merchant,
        customer.name,
        customer.email,
        customer.phone,
        customer.address,
        customer.created_at,
    )


def customers_of_merchant_clause(
    session: Session, merchant_id: int, registry: ModuleRegistry | None = None
) -> Any:
    """Customers attached to the merchant, or linked to one of its stores by another module (the
    orders module: who ordered there; its ``customer_links``, core/contributions.py)."""
    clauses = [Customer.merchant_id == merchant_id]
    links = customer_links(registry if registry is not None else default_registry())
    if links:
        stores = select(Store.id).where(Store.merchant_id == merchant_id)
        have = table_names(session)
        clauses.extend(Customer.id.in_(link.customers(stores)) for link in links if present(link, have))
    return or_(*clauses)


class CustomerService:
    def __init__(self, db: Database, registry: ModuleRegistry | None = None) -> None:
        self.db = db
        self.registry = registry  # whose modules link customers to stores; None: the installed ones

    def list_customers(self, actor: Actor, **filters: Any) -> list[CustomerRow]:
        """The rows of :meth:`customers_page` (same filters)."""
        return self.customers_page(actor, **filters).rows

    def customers_page(
        self,
        actor: Actor,
        *,
        merchant: str | None = None,
        platform: str | None = None,
        after_id: int | None = None,
        limit: int = 100,
    ) -> Page[CustomerRow]:
        """Customers by id (keyset ``after_id``), masked where the caller lacks ``customers.pii.view``,
        knowing whether more follow (keys: the ids)."""
        actor.require("merchants.view")
        check_limit(limit, MAX_PAGE, "customers.bad_limit")
        check_optional_id(after_id, "--after")
        with self.db.sessions() as session:
            stmt = _with_places().order_by(Customer.id).limit(limit + 1)
            if merchant:
                merchant_id = session.scalar(select(Merchant.id).where(Merchant.code == merchant))
                if merchant_id is None:
                    raise NotFound("merchant.not_found", f"no merchant {merchant!r}", {"merchant": merchant})
                stmt = stmt.where(customers_of_merchant_clause(session, merchant_id, self.registry))
            if platform:
                stmt = stmt.where(Platform.code == platform)
            own = actor.platform_filter("merchants.view")
            if own is not None:
                stmt = stmt.where(Customer.platform_id.in_(own))
            if after_id:
                stmt = stmt.where(Customer.id > after_id)
            rows = [_row(c, p, m).shown_to(actor, c.platform_id) for c, p, m in session.execute(stmt)]
        return id_page(rows, limit, lambda c: c.id)

    def get_customer(self, actor: Actor, customer_id: int) -> CustomerRow:
        """One customer as ``actor`` may see it (masked without ``customers.pii.view``; not audited:
        nothing is revealed)."""
        check_id(customer_id, "a customer id")
        actor.require("merchants.view")
        with self.db.sessions() as session:
            customer, platform, merchant = _find(session, customer_id)
        actor.require("merchants.view", customer.platform_id, platform)
        return _row(customer, platform, merchant).shown_to(actor, customer.platform_id)

    def reveal(self, actor: Actor, customer_id: int, reason: str | None = None) -> CustomerRow:
        """One customer's clear e-mail, phone and address: audited (who, which record, why)."""
        check_id(customer_id, "a customer id")
        reason = (reason or "").strip() or None
        draft = AuditDraft(
            "customers.reveal",
            {"customer": customer_id, "reason": reason},
            subject=f"customer:{customer_id}",
            message=f"revealed the personal data of customer {customer_id}"
            + (f": {reason}" if reason else ""),
        )
        with audited(self.db, actor, draft) as session:
            actor.require("merchants.view")
            if reason and len(reason) > REASON_MAX:
                raise InvalidInput(
                    "customers.bad_reason",
                    f"the reason is limited to {REASON_MAX} characters",
                    {"max": REASON_MAX, "length": len(reason)},
                )
            customer, platform, merchant = _find(session, customer_id)
            draft.platforms = [platform]
            actor.require("merchants.view", customer.platform_id, platform)
            actor.require(REVEAL, customer.platform_id, platform)
            return _row(customer, platform, merchant)


def _with_places() -> Any:
    """Customers with their platform's code and their merchant's code (None: no merchant)."""
    return (
        select(Customer, Platform.code, Merchant.code)
        .join(Platform, Platform.id == Customer.platform_id)
        .outerjoin(Merchant, Merchant.id == Customer.merchant_id)
    )


def _find(session: Session, customer_id: int) -> Any:
    found = session.execute(_with_places().where(Customer.id == customer_id)).first()
    if found is None:
        raise NotFound("customer.not_found", f"no customer {customer_id}", {"customer": customer_id})
    return found
