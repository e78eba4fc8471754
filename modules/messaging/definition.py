"""``messaging``: transactional e-mail and notifications to merchants and customers."""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict, Field, field_validator

from core.definition import ModuleDefinition
from modules import static_check

# Deliberately simple: one @, no spaces, a dot in the domain (no email-validator dependency).
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class MessagingConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

    sender_address: str = Field("no-reply@example.com", title="Sender e-mail address")
    sender_name: str = Field("Platform", title="Sender name")

    @field_validator("sender_address")
    @classmethod
    def _email(cls, value: str) -> str:
        value = value.strip()
        if not EMAIL_RE.match(value):
            raise ValueError(f"{value!r} is not an e-mail address")
        return value


DEFINITION = ModuleDefinition(
    code="messaging",
    name="Messaging",
    description="Transactional e-mail and notifications to merchants and customers (orders, invoices).",
    version="1.1.0",
    config_schema=MessagingConfig,
    default_config=MessagingConfig().model_dump(mode="json"),
    health_check=static_check("message templates loaded"),
)
