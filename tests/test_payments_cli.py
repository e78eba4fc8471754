"""platformctl payments | refunds | orders on SQLite and PostgreSQL, against the loopback gateways.

Includes the crash test: a ``refunds create`` process killed with SIGKILL after Stripe made the
refund, then ``refunds resolve-pending`` in a new process settles it — one refund at the gateway.
"""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

from core.db import Database
from tests.fakes.stripe_server import FakeStripe
from tests.foundation_helpers import make_user
from tests.payments_helpers import (  # noqa: F401 - the *_fixture names register fixtures
    LIMIT,
    add_payment,
    add_shop,
    fake_paypal_fixture,
    fake_stripe_fixture,
    gateway_env,
    gateway_payment_id,
    gateways_cli_fixture,
    refunds_of,
)
from tests.test_cli import url_of
from tests.waiting import wait_for

ROOT = Path(__file__).resolve().parents[1]


def test_payments_list_and_show(db: Database, cli: Any, fake_stripe: FakeStripe) -> None:
    a, b = add_shop(db, suffix="a"), add_shop(db, suffix="b")
    p1 = add_payment(db, a, "stripe", 12_345, fake=fake_stripe)
    p2 = add_payment(db, b, "manual", 5_000, "JPY")
    p3 = add_payment(db, b, "paypal", 1_234, "KWD")
    run = cli("payments", "list")
    assert run.code == 0 and "EUR 123.45" in run.out and "JPY 5,000" in run.out and "KWD 1.234" in run.out
    doc = cli("payments", "list", "--json").doc
    assert [p["id"] for p in doc["payments"]] == [p3, p2, p1]
    assert cli("payments", "list", "--gateway", "stripe", "--json").doc["payments"][0]["id"] == p1
    assert [p["id"] for p in cli("payments", "list", "--merchant", b.merchant, "--json").doc["payments"]] == [
        p3,
        p2,
    ]
    assert [
        p["id"]
        for p in cli("payments", "list", "--limit", "1", "--before", str(p3), "--json").doc["payments"]
    ] == [p2]
    run = cli("payments", "list", "--merchant", "NOPE", "--json")
    assert run.code == 2 and run.error["code"] == "merchant.not_found"
    show = cli("payments", "show", str(p1))
    assert show.code == 0 and "refundable        EUR 123.45" in show.out and "stripe" in show.out
    doc = cli("payments", "show", str(p1), "--json").doc
    assert doc["remaining"] == "EUR 123.45" and doc["gateway_payment_id"] == gateway_payment_id(db, p1)
    missing = cli("payments", "show", "999999", "--json")
    assert missing.code == 2 and missing.error["code"] == "payment.not_found"


def test_refunds_create_list_and_exit_codes(db: Database, cli: Any, fake_stripe: FakeStripe) -> None:
    shop = add_shop(db)
    pid = add_payment(db, shop, "stripe", 10_000, fake=fake_stripe)
    run = cli("refunds", "create", "--payment", str(pid), "--amount", "2500", "--reason", "broken", "--json")
    assert run.code == 0, run.err
    refund = run.doc["refund"]
    assert refund["state"] == "succeeded" and refund["amount"] == "EUR 25.00" and refund["gateway_refund_id"]
    human = cli("refunds", "create", "--payment", str(pid), "--amount", "500", "--reason", "again")
    assert human.code == 0 and "succeeded" in human.out and "EUR 5.00" in human.out
    over = cli(
        "refunds", "create", "--payment", str(pid), "--amount", "9000", "--reason", "too much", "--json"
    )
    assert over.code == 3 and over.error["code"] == "refund.exceeds_refundable"
    assert "EUR 90.00" in over.error["message"] and "EUR 70.00" in over.error["message"]
    assert over.error["details"]["remaining_minor"] == 7_000 and "Traceback" not in over.err
    no_reason = cli("refunds", "create", "--payment", str(pid), "--reason", " ", "--json")
    assert no_reason.code == 2 and no_reason.error["code"] == "refund.reason_required"
    usage = cli("refunds", "create", "--payment", str(pid), "--json")
    assert usage.code == 2 and usage.error["code"] == "usage"
    listed = cli("refunds", "list", "--payment", str(pid), "--json").doc["refunds"]
    assert [r["amount_minor"] for r in listed] == [500, 2_500]
    assert cli("refunds", "list", "--state", "pending", "--json").doc["refunds"] == []
    shown = cli("refunds", "show", str(listed[0]["id"]), "--json").doc
    assert shown["state"] == "succeeded"
    table = cli("refunds", "list")
    assert table.code == 0 and "EUR 25.00" in table.out and "succeeded" in table.out
    assert len(fake_stripe.refunds_for(gateway_payment_id(db, pid))) == 2


def test_gateway_refusal_and_unknown_outcome(db: Database, cli: Any, fake_stripe: FakeStripe) -> None:
    shop = add_shop(db)
    pid = add_payment(db, shop, "stripe", 10_000, fake=fake_stripe)
    fake_stripe.decline_next()
    declined = cli("refunds", "create", "--payment", str(pid), "--amount", "100", "--reason", "x", "--json")
    assert declined.code == 3 and declined.error["code"] == "gateway.declined"
    assert (
        declined.error["details"]["state"] == "failed"
        and declined.error["details"]["gateway_code"] == "card_declined"
    )
    fake_stripe.rate_limit_next(9)
    limited = cli("refunds", "create", "--payment", str(pid), "--amount", "100", "--reason", "x", "--json")
    assert limited.code == 1 and limited.error["code"] == "gateway.rate_limited"
    assert limited.error["details"]["retry_after"] == 9
    fake_stripe.garble_next()
    unknown = cli("refunds", "create", "--payment", str(pid), "--amount", "100", "--reason", "x", "--json")
    assert unknown.code == 1 and unknown.error["code"] == "gateway.unavailable"
    assert unknown.error["details"]["state"] == "pending" and "resolve-pending" in unknown.error["message"]
    resolved = cli("refunds", "resolve-pending", "--json")
    assert resolved.code == 0 and resolved.doc["counts"] == {"succeeded": 1}
    again = cli("refunds", "resolve-pending")
    assert again.code == 0 and "no pending refund" in again.out
    assert [r.state for r in refunds_of(db, pid)] == ["failed", "failed", "succeeded"]


def test_support_limit_approve_and_reject(db: Database, cli: Any, fake_stripe: FakeStripe) -> None:
    shop = add_shop(db)
    pid = add_payment(db, shop, "stripe", 50_000, fake=fake_stripe)
    make_user(db, "sally", "support")
    make_user(db, "paula", "platform_admin", [shop.platform])
    make_user(db, "otto", "operator")
    big = cli(
        "refunds",
        "create",
        "--payment",
        str(pid),
        "--amount",
        str(LIMIT + 1),
        "--reason",
        "big",
        user="sally",
    )
    assert big.code == 0 and "awaiting approval" in big.out
    doc = cli(
        "refunds",
        "create",
        "--payment",
        str(pid),
        "--amount",
        str(LIMIT + 2),
        "--reason",
        "big2",
        "--json",
        user="sally",
    ).doc
    assert doc["refund"]["state"] == "awaiting_approval"
    waiting = cli("refunds", "list", "--state", "awaiting_approval", "--json").doc["refunds"]
    first, second = sorted(r["id"] for r in waiting)
    assert fake_stripe.refunds_for(gateway_payment_id(db, pid)) == []
    denied = cli("refunds", "approve", str(first), "--json", user="sally")
    assert denied.code == 3 and denied.error["code"] == "permission.denied"
    operator = cli(
        "refunds", "create", "--payment", str(pid), "--amount", "1", "--reason", "x", "--json", user="otto"
    )
    assert operator.code == 3 and operator.error["code"] == "permission.denied"
    unconfirmed = cli("refunds", "approve", str(first), "--json", user="paula")
    assert unconfirmed.code == 3 and unconfirmed.error["code"] == "confirm.needed"
    assert "add --yes" in unconfirmed.error["message"] and "EUR 100.01" in unconfirmed.error["message"]
    assert fake_stripe.refunds_for(gateway_payment_id(db, pid)) == []
    approved = cli("refunds", "approve", str(first), "--yes", "--json", user="paula")
    assert approved.code == 0 and approved.doc["refund"]["state"] == "succeeded"
    assert approved.doc["refund"]["approved_by"] == "admin:paula"
    rejected = cli("refunds", "reject", str(second), "--note", "no", user="paula")
    assert rejected.code == 0 and "rejected" in rejected.out
    twice = cli("refunds", "reject", str(second), "--json", user="paula")
    assert twice.code == 3 and twice.error["code"] == "refund.not_awaiting_approval"
    assert len(fake_stripe.refunds_for(gateway_payment_id(db, pid))) == 1
    unknown = cli("refunds", "approve", "999999", "--json")
    assert unknown.code == 2 and unknown.error["code"] == "refund.not_found"


def test_approve_asks_on_a_terminal_and_refuses_without_one(
    db: Database, cli: Any, fake_stripe: FakeStripe
) -> None:
    from console.cli import main
    from tests.test_cli import Terminal

    shop = add_shop(db)
    pid = add_payment(db, shop, "stripe", 50_000, fake=fake_stripe)
    make_user(db, "sally", "support")
    ids = [
        cli(
            "refunds",
            "create",
            "--payment",
            str(pid),
            "--amount",
            str(amount),
            "--reason",
            "big",
            "--json",
            user="sally",
        ).doc["refund"]["id"]
        for amount in (12_345, 20_000)
    ]
    url = url_of(db)

    def approve(refund_id: int, answer: str) -> tuple[int, str]:
        err = io.StringIO()
        code = main(
            ["--db", url, "refunds", "approve", str(refund_id)],
            stdout=io.StringIO(),
            stderr=err,
            stdin=Terminal(answer),
        )
        return code, err.getvalue()

    code, question = approve(ids[0], "n\n")
    assert code == 3 and "[y/N]" in question and "not confirmed" in question
    for word in ("EUR 123.45", f"payment #{pid}", shop.merchant, "admin:sally", "stripe"):
        assert word in question, question
    assert fake_stripe.refunds_for(gateway_payment_id(db, pid)) == []
    code, _ = approve(ids[0], "y\n")
    assert code == 0 and len(fake_stripe.refunds_for(gateway_payment_id(db, pid))) == 1
    # No terminal, no --yes: one clear line, exit 3, nothing sent.
    run = cli("refunds", "approve", str(ids[1]))
    assert run.code == 3 and run.out == "" and len(run.err.strip().splitlines()) == 1
    assert "add --yes" in run.err and "EUR 200.00" in run.err
    assert [r.state for r in refunds_of(db, pid)] == ["succeeded", "awaiting_approval"]


def test_what_awaits_approval(db: Database, cli: Any) -> None:
    shop = add_shop(db)
    quiet, waiting = add_payment(db, shop, "manual", 50_000), add_payment(db, shop, "manual", 50_000)
    make_user(db, "sally", "support")
    made = cli(
        "refunds",
        "create",
        "--payment",
        str(waiting),
        "--amount",
        "20000",
        "--reason",
        "big",
        "--json",
        user="sally",
    )
    assert made.doc["refund"]["state"] == "awaiting_approval"
    [refund] = cli("refunds", "list", "--state", "awaiting_approval", "--json").doc["refunds"]
    assert refund["payment_id"] == waiting and refund["state"] == "awaiting_approval"
    payments = cli("payments", "list", "--refund-state", "awaiting_approval", "--json").doc["payments"]
    assert [p["id"] for p in payments] == [waiting] and payments[0]["awaiting_approval"] == "EUR 200.00"
    assert payments[0]["remaining"] == "EUR 300.00"
    shown = cli("payments", "show", str(waiting))
    assert "awaiting approval EUR 200.00" in shown.out and "refundable        EUR 300.00" in shown.out
    bad = cli("refunds", "list", "--state", "awaiting", "--json")
    assert bad.code == 2 and "awaiting_approval" in bad.error["message"]
    # The CLI's choices are the database's values, and the README lists them too.
    from modules.payments.models import REFUND_STATE_CHECK, RefundState

    readme = (ROOT / "README.md").read_text()
    for state in RefundState:
        assert f"'{state.value}'" in REFUND_STATE_CHECK and state.value in readme
        assert cli("refunds", "list", "--state", state.value, "--json").code == 0
    assert quiet not in [
        p["id"] for p in cli("payments", "list", "--json").doc["payments"] if p["awaiting_approval_minor"]
    ]


def test_orders_list_and_show(db: Database, cli: Any) -> None:
    from core.demo import SeedSpec, seed

    seed(db, SeedSpec(platforms=2, merchants=2, stores=3, orders=6))
    listed = cli("orders", "list", "--json").doc["orders"]
    assert len(listed) == 6 and all(o["total"].split()[0] == o["currency"] for o in listed)
    number = listed[0]["number"]
    shown = cli("orders", "show", number, "--json").doc
    assert shown["number"] == number and shown["lines"] and shown["payment_id"]
    human = cli("orders", "show", number)
    assert human.code == 0 and number in human.out
    assert cli("orders", "show", "ORD-NOPE", "--json").code == 2
    # The demo's payments fit the refund flow: ids per gateway.
    payments = cli("payments", "list", "--json", "--limit", "50").doc["payments"]
    by_gateway = {p["gateway"]: p["gateway_payment_id"] for p in payments}
    assert by_gateway["stripe"].startswith("pi_") and len(by_gateway["paypal"]) == 17


# -- the crash test ---------------------------------------------------------------------------------------
def _cli_process(url: str, env: dict[str, str], *args: str) -> list[str]:
    return [sys.executable, "-m", "console.cli", "--db", url, *args]


def test_killed_after_the_gateway_refunded_then_resolved_in_a_new_process(
    db: Database, fake_stripe: FakeStripe
) -> None:
    shop = add_shop(db)
    pid = add_payment(db, shop, "stripe", 10_000, fake=fake_stripe)
    pi = gateway_payment_id(db, pid)
    url = url_of(db)
    env = {
        **os.environ,
        **gateway_env(fake_stripe),
        "PLATFORM_GATEWAY_TIMEOUT_SECONDS": "60",  # the answer is slow, not lost: the process waits
        "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
    }
    env.pop("PLATFORM_PASSWORD", None)
    fake_stripe.delay_after("/v1/refunds", 60)  # Stripe refunds at once, answers a minute later
    proc = subprocess.Popen(
        _cli_process(
            url, env, "refunds", "create", "--payment", str(pid), "--amount", "2500", "--reason", "crash"
        ),
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        wait_for(lambda: fake_stripe.refunds_for(pi) or proc.poll() is not None, timeout=60)
        assert proc.poll() is None, proc.communicate()
        [local] = refunds_of(db, pid)
        assert local.state == "pending" and local.claimed_by and f":{proc.pid}:" in local.claimed_by
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.communicate(timeout=30)
    assert proc.returncode == -signal.SIGKILL

    done = subprocess.run(
        _cli_process(url, env, "refunds", "resolve-pending", "--json"),
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    [resolution] = json.loads(done.stdout)["resolved"]
    assert (resolution["outcome"], resolution["how"]) == ("succeeded", "resent")
    [local] = refunds_of(db, pid)
    [held] = fake_stripe.refunds_for(pi)  # exactly one refund at the gateway
    assert local.state == "succeeded" and local.gateway_refund_id == held["id"] and held["amount"] == 2_500
    posts = fake_stripe.requests_to("POST", "/v1/refunds")
    assert len(posts) == 2 and posts[0].header("Idempotency-Key") == posts[1].header("Idempotency-Key")
