"""The settings of ``messaging`` (imported when a platform's settings are read or changed)."""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict, Field, field_validator
from pydantic_core import PydanticCustomError

from core.i18n import QT_TRANSLATE_NOOP

# Deliberately simple: one @, no spaces, a dot in the domain (no email-validator dependency).
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class MessagingConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

    sender_address: str = Field(
        "no-reply@example.com", title=QT_TRANSLATE_NOOP("modules", "Sender e-mail address")
    )
    sender_name: str = Field("Platform", title=QT_TRANSLATE_NOOP("modules", "Sender name"))

    @field_validator("sender_address")
    @classmethod
    def _email(cls, value: str) -> str:
        value = value.strip()
        if not EMAIL_RE.match(value):
            raise PydanticCustomError(
                "messaging_sender_address", "{value} is not an e-mail address", {"value": repr(value)}
            )
        return value
