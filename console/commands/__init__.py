"""``platformctl`` command implementations: one module per command group."""

from __future__ import annotations

# The one-line help of each command word: each group's parser takes its help from here, and
# `platformctl --help` lists the words from here without importing any command module.
COMMAND_HELP: dict[str, str] = {
    "db": "the database itself",
    "modules": "module tiers, graph and per-platform toggles",
    "migrate": "schema migrations, one branch per module",
    "platforms": "list and create platforms",
    "admin": "admin users of the console",
    "audit": "the audit log: list and export",
    "demo": "demo data",
    "serve": "serve /health, /health/live, /health/ready, /metrics and /health/tools as a platform process",
    "health": "health checks, the console's health targets and reports",
    "payments": "payments through Stripe, PayPal or the manual gateway",
    "refunds": "refunds: create, approve, reject, resolve after a crash",
    "orders": "orders of the stores",
    "merchants": "find merchants, show one, suspend or reactivate",
    "stores": "find stores, show one, suspend or reactivate",
    "customers": "customers of the platforms, personal data as the role allows",
    "account": "your own account: change your password",
    "rollouts": "module changes going out in waves, watched by gates, halted or rolled back on their own",
    "completion": "print the shell completion script for bash, zsh or fish",
}
