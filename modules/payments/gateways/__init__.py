"""Payment gateways: Stripe (the official SDK), PayPal (REST over httpx) and a manual gateway.

One file per gateway, beside what they share and the registry that builds them:

* :mod:`.base` — the :class:`Gateway` protocol every gateway implements (refund with an
  idempotency key, find a refund again by its local reference, take a payment), the gateways' names;
* :mod:`.refs` — what a gateway gets and gives (:class:`PaymentRef`, :class:`RefundRef`, the results);
* :mod:`.errors` — :class:`GatewayError`: stable codes, sentences, CLI exit codes;
* :mod:`.stripe`, :mod:`.paypal`, :mod:`.manual` — the gateways;
* :mod:`.registry` — :class:`GatewayService`, the gateways this installation can use, their keys
  read from the environment, the OS keyring or the settings file (:func:`core.secrets.get_secret`).
  Keys are never logged, never put in an error, never shown by ``repr``.

A new gateway is a class with the protocol's three calls in its own file here, a name in
``GATEWAY_NAMES`` and ``LABELS`` (and in ``Gateway`` of :mod:`modules.payments.config`, which a
platform's configuration is checked against), and its construction in
:meth:`GatewayService.from_settings` (docs/architecture.md, "Where to add things").
This package re-exports the names the rest of the project uses.
"""

from modules.payments.gateways.base import DEFAULT_TIMEOUT, GATEWAY_NAMES, LABELS, Gateway
from modules.payments.gateways.errors import REFUSAL_CODES, GatewayError, GatewayRefused, gateway_error
from modules.payments.gateways.manual import ManualGateway
from modules.payments.gateways.paypal import (
    PAYPAL_NO_DECIMALS,
    PayPalGateway,
    from_paypal_value,
    paypal_value,
)
from modules.payments.gateways.refs import GatewayPaymentResult, GatewayRefundResult, PaymentRef, RefundRef
from modules.payments.gateways.registry import GatewayService
from modules.payments.gateways.stripe import (
    STRIPE_REASONS,
    STRIPE_TWO_DECIMAL_ZERO,
    StripeGateway,
    from_stripe_amount,
    stripe_amount,
)

__all__ = [
    "DEFAULT_TIMEOUT",
    "GATEWAY_NAMES",
    "LABELS",
    "PAYPAL_NO_DECIMALS",
    "REFUSAL_CODES",
    "STRIPE_REASONS",
    "STRIPE_TWO_DECIMAL_ZERO",
    "Gateway",
    "GatewayError",
    "GatewayPaymentResult",
    "GatewayRefundResult",
    "GatewayRefused",
    "GatewayService",
    "ManualGateway",
    "PayPalGateway",
    "PaymentRef",
    "RefundRef",
    "StripeGateway",
    "from_paypal_value",
    "from_stripe_amount",
    "gateway_error",
    "paypal_value",
    "stripe_amount",
]
