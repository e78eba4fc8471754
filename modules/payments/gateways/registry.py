"""The gateways this installation can use: built from the settings, the environment and the keyring."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from modules.payments.gateways.base import DEFAULT_TIMEOUT, GATEWAY_NAMES, LABELS, Gateway
from modules.payments.gateways.errors import gateway_error
from modules.payments.gateways.manual import ManualGateway
from modules.payments.gateways.paypal import PayPalGateway
from modules.payments.gateways.stripe import StripeGateway


@dataclass
class GatewayService:
    """The gateways this installation can use. Built from settings unless given explicitly (tests)."""

    gateways: dict[str, Gateway] = field(default_factory=dict)

    @classmethod
    def from_settings(cls, settings: Any = None) -> GatewayService:
        # lazy: cryptography, keyring: only when the gateways are built
        from core.secrets import get_secret, keyring_get
        from core.settings import get_settings  # lazy: pydantic-settings (0.13 s): as above

        settings = settings or get_settings()
        timeout = float(getattr(settings, "gateway_timeout_seconds", DEFAULT_TIMEOUT))
        found: dict[str, Gateway] = {}
        stripe_key = get_secret("stripe-api-key", "PLATFORM_STRIPE_API_KEY") or _secret(
            settings.stripe_api_key
        )
        if stripe_key:
            found["stripe"] = StripeGateway(stripe_key, settings.stripe_api_base, timeout=timeout)
        paypal_id = settings.paypal_client_id or keyring_get("paypal-client-id")
        paypal_secret = get_secret("paypal-client-secret", "PLATFORM_PAYPAL_CLIENT_SECRET") or _secret(
            settings.paypal_client_secret
        )
        if paypal_id and paypal_secret:
            found["paypal"] = PayPalGateway(
                paypal_id, paypal_secret, settings.paypal_api_base, timeout=timeout
            )
        found["manual"] = ManualGateway()
        return cls(found)

    def get_available_gateways(self) -> list[str]:
        """stripe (a key is set), paypal (client id and secret are set), manual (always)."""
        return [name for name in GATEWAY_NAMES if name in self.gateways]

    def get(self, name: str) -> Gateway:
        gateway = self.gateways.get(name)
        if gateway is None:
            hint = {
                "stripe": "set PLATFORM_STRIPE_API_KEY or the keyring entry platform-console/stripe-api-key",
                "paypal": "set PLATFORM_PAYPAL_CLIENT_ID and PLATFORM_PAYPAL_CLIENT_SECRET (or the keyring)",
            }.get(name, f"unknown gateway {name!r}")
            raise gateway_error(
                "gateway.not_configured",
                f"{LABELS.get(name, name)} is not configured on this console: {hint}",
                gateway=name,
            )
        return gateway


def _secret(value: Any) -> str | None:
    if value is None:
        return None
    return value.get_secret_value() if hasattr(value, "get_secret_value") else str(value)
