"""The settings of ``orders`` (imported when a platform's settings are read or changed)."""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict, Field, field_validator

from core.i18n import QT_TRANSLATE_NOOP

PREFIX_RE = re.compile(r"^[A-Z0-9][A-Z0-9-]{0,11}$")


class OrdersConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

    number_prefix: str = Field("ORD-", title=QT_TRANSLATE_NOOP("modules", "Order number prefix"))

    @field_validator("number_prefix")
    @classmethod
    def _prefix(cls, value: str) -> str:
        if not PREFIX_RE.match(value):
            raise ValueError("1 to 12 characters: capital letters, digits and dashes, e.g. 'ORD-'")
        return value
