"""The settings of ``payments`` (imported when a platform's settings are read or changed)."""

from __future__ import annotations

import re
import unicodedata
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator
from pydantic_core import PydanticCustomError

from core.i18n import QT_TRANSLATE_NOOP
from core.identifiers import is_identifier

Gateway = Literal["stripe", "paypal", "manual"]
CURRENCY_RE = re.compile(r"[A-Z]{3}")


class PaymentsConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

    enabled_gateways: list[Gateway] = Field(
        default_factory=lambda: ["manual"],
        min_length=1,
        title=QT_TRANSLATE_NOOP("modules", "Enabled gateways"),
    )
    # ISO 4217 alphabetic code; the number of decimals comes from the currency, not from here.
    default_currency: str = Field("EUR", title=QT_TRANSLATE_NOOP("modules", "Default currency"))

    @field_validator("enabled_gateways")
    @classmethod
    def _unique(cls, value: list[str]) -> list[str]:
        twice = [gateway for i, gateway in enumerate(value) if gateway in value[:i]]
        if twice:
            raise PydanticCustomError(
                "payments_duplicate_gateway", "lists a gateway twice", {"gateway": twice[0]}
            )
        return value

    @field_validator("default_currency", mode="before")
    @classmethod
    def _currency(cls, value: object) -> object:
        if isinstance(value, str):
            value = unicodedata.normalize("NFKC", value.strip(" ").upper())
            if not is_identifier(value, CURRENCY_RE):
                raise PydanticCustomError(
                    "payments_default_currency",
                    "{value} is not an ISO 4217 currency code (three letters, e.g. EUR)",
                    {"value": repr(value)},
                )
        return value
