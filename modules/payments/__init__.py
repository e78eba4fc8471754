"""The ``payments`` module: payments through gateways, and refunds."""
