"""Paging the same everywhere: ``--limit`` and ``--after CURSOR`` on merchants, stores, payments,
orders, refunds and customers, the JSON's ``next`` (null on the last page), the deprecated
``--before ID``, and hostile cursors -- on SQLite and PostgreSQL."""

from __future__ import annotations

import base64
import json
from typing import Any

import pytest
from sqlalchemy import func, select

from core.db import Database, utcnow
from core.demo import SeedSpec, seed
from modules.customers.models import Customer
from modules.orders.models import Order
from modules.payments.models import Payment, Refund
from modules.tenancy.models import Merchant, Store
from tests.test_cli import Run, invoke, url_of

SPEC = SeedSpec(platforms=3, merchants=7, stores=23, orders=37, seed=11, demo_accounts=True)

# list command -> (JSON key, model, the row's identity in the JSON)
LISTS: dict[str, tuple[str, Any, str]] = {
    "merchants": ("merchants", Merchant, "code"),
    "stores": ("stores", Store, "code"),
    "payments": ("payments", Payment, "id"),
    "orders": ("orders", Order, "id"),
    "refunds": ("refunds", Refund, "id"),
    "customers": ("customers", Customer, "id"),
}


@pytest.fixture
def cli(db: Database, monkeypatch: pytest.MonkeyPatch) -> Any:
    for name in ("PLATFORM_PASSWORD", "PLATFORM_DATABASE_URL"):
        monkeypatch.delenv(name, raising=False)
    seed(db, SPEC)
    _add_refunds(db, 9)
    url = url_of(db)

    def run(*args: str) -> Run:
        return invoke(url, *args)

    return run


def _add_refunds(db: Database, count: int) -> None:
    """``count`` small succeeded refunds on the demo's first payments (the demo seeds none)."""
    with db.transaction() as session:
        payments = session.scalars(select(Payment).order_by(Payment.id).limit(count)).all()
        for i, payment in enumerate(payments):
            session.add(
                Refund(
                    payment_id=payment.id,
                    amount_minor=1,
                    currency=payment.currency,
                    state="succeeded",
                    reason="paging test",
                    idempotency_key=f"paging-{i}",
                    requested_by="test",
                    created_at=utcnow(),
                    updated_at=utcnow(),
                )
            )


def _walk(cli: Any, command: str, limit: int) -> tuple[list[Any], int]:
    """Every page of ``command list`` from the first: the rows' identities and the pages read."""
    key, _, ident = LISTS[command]
    seen: list[Any] = []
    after: list[str] = []
    for pages in range(1, 1000):
        run = cli(command, "list", "--limit", str(limit), *after, "--json")
        assert run.code == 0, run.err
        doc = run.doc
        assert len(doc[key]) <= limit and "next" in doc
        seen += [row[ident] for row in doc[key]]
        if doc["next"] is None:
            return seen, pages
        assert doc[key], "a page before the last one is never empty"
        after = ["--after", doc["next"]]
    raise AssertionError("the pages never ended")


@pytest.mark.parametrize("command", list(LISTS))
def test_walking_every_page_gives_every_row_once(cli: Any, db: Database, command: str) -> None:
    _, model, ident = LISTS[command]
    with db.sessions() as session:
        total = int(session.scalar(select(func.count()).select_from(model)) or 0)
        everything = set(session.scalars(select(getattr(model, ident))))
    assert total >= 7
    limit = 4
    seen, pages = _walk(cli, command, limit)
    assert len(seen) == total and set(seen) == everything  # each row exactly once
    assert pages == -(-total // limit)  # no empty page after a full last one
    # One page holding everything: `next` is null at once.
    whole = cli(command, "list", "--limit", str(total), "--json").doc
    assert whole["next"] is None and len(whole[LISTS[command][0]]) == total
    # The human table says where the next page starts, on stderr.
    human = cli(command, "list", "--limit", "2")
    assert human.code == 0 and "more: --after " in human.err


@pytest.mark.parametrize("command", ["payments", "orders", "refunds"])
def test_before_is_a_deprecated_alias(cli: Any, command: str) -> None:
    key = LISTS[command][0]
    first = cli(command, "list", "--limit", "3", "--json").doc
    last_id = first[key][-1]["id"]
    old = cli(command, "list", "--limit", "3", "--before", str(last_id), "--json")
    new = cli(command, "list", "--limit", "3", "--after", first["next"], "--json")
    assert old.code == new.code == 0
    assert [r["id"] for r in old.doc[key]] == [r["id"] for r in new.doc[key]]
    assert old.doc["next"] == new.doc["next"]  # stdout is still exactly one document
    assert "--before is deprecated" in old.err and "--before is deprecated" not in new.err
    both = cli(command, "list", "--before", "5", "--after", first["next"], "--json")
    assert both.code == 2 and both.error["code"] == "usage"
    helped = cli(command, "list", "--help").out
    assert "--after CURSOR" in helped and "deprecated" in helped


def _cursor(doc: Any) -> str:
    return base64.urlsafe_b64encode(json.dumps(doc).encode()).decode().rstrip("=")


HOSTILE = [
    "garbage",
    "a\x01\x1b[31mred",
    "%",
    "*",
    "A" * 5000,
    _cursor({"id": 10**30}),
    _cursor({"id": 2**31}),
    _cursor({"id": -1}),
    _cursor({"id": 0}),
    _cursor({"id": True}),
    _cursor({"id": "5"}),
    _cursor({"id": 1.5}),
    _cursor([1, 2]),
    _cursor({"v": "x\u0000y", "id": 3}),
    _cursor({"v": 10**40, "id": 3}),
    _cursor({"v": {"deep": [1]}, "id": 3}),
    _cursor({"v": "2026-01-01", "t": "dt", "id": 10**12}),
    _cursor({"v": "not a time", "t": "dt", "id": 3}),
    base64.urlsafe_b64encode(b"\xff\xfe not utf-8").decode(),
]


@pytest.mark.parametrize("command", list(LISTS))
def test_hostile_cursors_are_one_line_and_exit_2(cli: Any, command: str) -> None:
    for cursor in HOSTILE:
        run = cli(command, "list", "--after", cursor)
        assert run.code == 2, (command, cursor, run.err)
        assert run.out == "" and len(run.err.strip().splitlines()) == 1, run.err
        assert "\x1b" not in run.err and "\x01" not in run.err and len(run.err) < 300
        doc = cli(command, "list", "--after", cursor, "--json")
        assert doc.code == 2 and doc.error["code"] in ("cursor.bad", "usage")


def test_a_cursor_of_another_list_or_sort_is_refused(cli: Any) -> None:
    by_code = cli("merchants", "list", "--limit", "2", "--json").doc["next"]
    by_id = cli("payments", "list", "--limit", "2", "--json").doc["next"]
    assert cli("payments", "list", "--after", by_code, "--json").error["code"] == "cursor.bad"
    assert cli("merchants", "list", "--after", by_id, "--json").error["code"] == "cursor.bad"
    # A name cursor where a time is compared: one line, exit 2 (on PostgreSQL a driver error before).
    wrong = cli("stores", "list", "--sort", "created", "--after", by_code, "--json")
    assert wrong.code == 2 and wrong.error["code"] == "cursor.bad"
    by_time = cli("stores", "list", "--sort", "created", "--desc", "--limit", "5", "--json").doc["next"]
    more = cli("stores", "list", "--sort", "created", "--desc", "--after", by_time, "--json")
    assert more.code == 0 and more.doc["stores"]
