"""``payments``: payments through Stripe, PayPal or a manual gateway, and their refunds."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from core.contributions import DetailSection, StoresContext
from core.definition import ModuleDefinition, PermissionDefinition
from core.identifiers import is_identifier
from modules import tables_check
from modules.payments.demo import DEMO_SEED

Gateway = Literal["stripe", "paypal", "manual"]
CURRENCY_RE = re.compile(r"[A-Z]{3}")


class PaymentsConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

    enabled_gateways: list[Gateway] = Field(
        default_factory=lambda: ["manual"], min_length=1, title="Enabled gateways"
    )
    # ISO 4217 alphabetic code; the number of decimals comes from the currency, not from here.
    default_currency: str = Field("EUR", title="Default currency")

    @field_validator("enabled_gateways")
    @classmethod
    def _unique(cls, value: list[str]) -> list[str]:
        if len(set(value)) != len(value):
            raise ValueError("lists a gateway twice")
        return value

    @field_validator("default_currency", mode="before")
    @classmethod
    def _currency(cls, value: object) -> object:
        if isinstance(value, str):
            value = unicodedata.normalize("NFKC", value.strip(" ").upper())
            if not is_identifier(value, CURRENCY_RE):
                raise ValueError(f"{value!r} is not an ISO 4217 currency code (three letters, e.g. EUR)")
        return value


def _recent_payments(context: StoresContext) -> list[Any]:
    # Imported when first used: loading the registry imports no tables.
    # lazy: the payments tables (SQLAlchemy): not when the registry loads
    from modules.payments.activity import recent_payments

    return recent_payments(context)


DEFINITION = ModuleDefinition(
    code="payments",
    name="Payments",
    description=(
        "Payments through Stripe, PayPal or a manual gateway, with refunds that are idempotent "
        "and, above the support limit, approved by a platform admin."
    ),
    version="2.3.0",
    permissions=(
        PermissionDefinition(
            code="payments.view", label="View payments", description="Read payments and refunds."
        ),
        PermissionDefinition(
            code="payments.refund",
            label="Refund payments",
            description="Request refunds; support staff up to the support limit.",
        ),
        PermissionDefinition(
            code="payments.refund.approve",
            label="Approve refunds",
            description="Approve or reject refunds awaiting approval.",
        ),
    ),
    config_schema=PaymentsConfig,
    default_config=PaymentsConfig().model_dump(mode="json"),
    migrations_path=Path(__file__).parent / "migrations" / "versions",
    health_check=tables_check("payments", "payments", "refunds"),
    detail_sections=(
        DetailSection("payments", _recent_payments, tables=("payments",), permission="payments.view"),
    ),
    demo_seed=DEMO_SEED,
)
