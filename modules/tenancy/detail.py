"""Around a merchant's or a store's detail: what other modules contribute, and the audit trail.

Tenancy reads no table of the orders or payments modules: their ``detail_sections`` give the
recent rows (core/contributions.py), assembled here from the registered modules whose tables
exist; docs/architecture.md, "Module contract".
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.actor import Actor
from core.contributions import StoresContext, detail_sections, present, table_names
from core.registry import ModuleRegistry, default_registry
from core.services.audit import AuditFilter, entry_to_dict, list_entries
from modules.customers.services import pii_masked_for
from modules.tenancy.models import Store
from modules.tenancy.rows import Detail

DETAIL_STORES = 200  # stores listed in a merchant's detail, at most
DETAIL_RECENT = 20  # rows of each contributed section
DETAIL_AUDIT = 50


def fill_activity(
    session: Session, actor: Actor, detail: Detail, registry: ModuleRegistry | None, store_ids: Any
) -> None:
    """The contributed sections (recent orders, payments...) of the stores ``store_ids`` (a SELECT),
    whether personal data is masked, and the audit trail."""
    stores = dict(session.execute(select(Store.id, Store.code).where(Store.id.in_(store_ids))).all())
    platform_ids = set(session.scalars(select(Store.platform_id).where(Store.id.in_(store_ids)).distinct()))
    detail.pii_masked = any(pii_masked_for(actor, pid) for pid in platform_ids)
    have = table_names(session)
    context = StoresContext(session, actor, store_ids, stores, DETAIL_RECENT)
    for section in detail_sections(registry if registry is not None else default_registry()):
        shown = present(section, have) and (section.permission is None or actor.can(section.permission))
        detail.sections[section.name] = section.rows(context) if shown else None
    if actor.can("audit.view"):
        entries = list_entries(session, actor, AuditFilter(subject=detail.subject, limit=DETAIL_AUDIT))
        detail.audit = [entry_to_dict(e) for e in entries]
