"""The settings of ``orders`` (imported when a platform's settings are read or changed)."""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict, Field, field_validator
from pydantic_core import PydanticCustomError

from core.i18n import QT_TRANSLATE_NOOP

PREFIX_MAX = 12
PREFIX_RE = re.compile(rf"^[A-Z0-9][A-Z0-9-]{{0,{PREFIX_MAX - 1}}}$")


class OrdersConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

    number_prefix: str = Field("ORD-", title=QT_TRANSLATE_NOOP("modules", "Order number prefix"))

    @field_validator("number_prefix")
    @classmethod
    def _prefix(cls, value: str) -> str:
        if not PREFIX_RE.match(value):
            raise PydanticCustomError(
                "orders_number_prefix",
                "{min_length} to {max_length} characters: capital letters, digits and dashes, "
                "e.g. '{example}'",
                {"min_length": 1, "max_length": PREFIX_MAX, "example": "ORD-"},
            )
        return value
