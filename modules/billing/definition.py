"""``billing``: subscriptions of merchants to platform plans, and their invoices."""

from __future__ import annotations

import re
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, field_validator

from core.definition import ModuleDefinition
from modules import tables_check

PREFIX_RE = re.compile(r"^[A-Z0-9][A-Z0-9-]{0,11}$")


class BillingConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

    invoice_prefix: str = Field("INV-", title="Invoice number prefix")
    payment_terms_days: int = Field(30, ge=0, le=365, title="Payment terms (days)")

    @field_validator("invoice_prefix")
    @classmethod
    def _prefix(cls, value: str) -> str:
        if not PREFIX_RE.match(value):
            raise ValueError("1 to 12 characters: capital letters, digits and dashes, e.g. 'INV-'")
        return value


DEFINITION = ModuleDefinition(
    code="billing",
    name="Billing",
    description="Subscriptions of merchants to platform plans, and the invoices issued for them.",
    version="1.3.0",
    requires=("payments",),
    config_schema=BillingConfig,
    default_config=BillingConfig().model_dump(mode="json"),
    migrations_path=Path(__file__).parent / "migrations" / "versions",
    health_check=tables_check("billing", "subscriptions", "invoices"),
)
