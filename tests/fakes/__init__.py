"""Loopback servers that answer as Stripe and PayPal do, for tests driving the real clients."""
