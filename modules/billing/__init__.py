"""The ``billing`` module: merchant subscriptions and invoices."""
