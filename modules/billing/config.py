"""The settings of ``billing`` (imported when a platform's settings are read or changed)."""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict, Field, field_validator
from pydantic_core import PydanticCustomError

from core.i18n import QT_TRANSLATE_NOOP

PREFIX_MAX = 12
PREFIX_RE = re.compile(rf"^[A-Z0-9][A-Z0-9-]{{0,{PREFIX_MAX - 1}}}$")


class BillingConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

    invoice_prefix: str = Field("INV-", title=QT_TRANSLATE_NOOP("modules", "Invoice number prefix"))
    payment_terms_days: int = Field(
        30, ge=0, le=365, title=QT_TRANSLATE_NOOP("modules", "Payment terms (days)")
    )

    @field_validator("invoice_prefix")
    @classmethod
    def _prefix(cls, value: str) -> str:
        if not PREFIX_RE.match(value):
            raise PydanticCustomError(
                "billing_invoice_prefix",
                "{min_length} to {max_length} characters: capital letters, digits and dashes, "
                "e.g. '{example}'",
                {"min_length": 1, "max_length": PREFIX_MAX, "example": "INV-"},
            )
        return value
