"""``messaging``: transactional e-mail and notifications to merchants and customers."""

from __future__ import annotations

from core.definition import ModuleDefinition
from core.i18n import QT_TRANSLATE_NOOP
from modules import static_check

DEFINITION = ModuleDefinition(
    code="messaging",
    name=QT_TRANSLATE_NOOP("modules", "Messaging"),
    description=QT_TRANSLATE_NOOP(
        "modules",
        "Transactional e-mail and notifications to merchants and customers (orders, invoices).",
    ),
    version="1.1.0",
    config_schema="modules.messaging.config:MessagingConfig",
    default_config={"sender_address": "no-reply@example.com", "sender_name": "Platform"},
    secret_fields=(),
    health_check=static_check("message templates loaded"),
)
