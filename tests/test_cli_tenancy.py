"""platformctl merchants | stores on SQLite and PostgreSQL: output, paging, exit codes, audit."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from core.actor import Actor
from core.db import Database
from core.demo import DEMO_PASSWORD, SeedSpec, seed
from core.models import AuditEntry
from core.roles import Role
from tests.test_cli import Run, invoke, url_of

SPEC = SeedSpec(platforms=4, merchants=12, stores=120, orders=40, seed=5, demo_accounts=True)


@pytest.fixture(autouse=True)
def _no_passwords_in_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("PLATFORM_PASSWORD", "PLATFORM_DATABASE_URL"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def cli(db: Database) -> Any:
    seed(db, SPEC)
    url = url_of(db)

    def run(*args: str, user: str | None = None) -> Run:
        return invoke(url, *args, user=user)

    return run


def test_list_pages_with_the_cursor_and_counts(cli: Any) -> None:
    first = cli("stores", "list", "--limit", "50", "--json")
    assert first.code == 0
    doc = first.doc
    assert [s["code"] for s in doc["stores"]] == [f"S{i:08d}" for i in range(1, 51)]
    assert doc["count"] == {"value": 120, "exact": True} and doc["next"]
    second = cli("stores", "list", "--limit", "50", "--after", doc["next"], "--json").doc
    third = cli("stores", "list", "--limit", "50", "--after", second["next"], "--json").doc
    assert [s["code"] for s in second["stores"] + third["stores"]] == [f"S{i:08d}" for i in range(51, 121)]
    assert third["next"] is None
    human = cli("merchants", "list", "--sort", "name", "--desc", "--limit", "5")
    assert human.code == 0 and human.out.startswith("CODE") and "5 shown of 12 merchants" in human.out
    assert "more: --after " in human.err
    exact = cli("stores", "list", "--count", "--status", "active", "--json").doc
    assert exact["count"] == {"value": 120, "exact": True}
    by_platform = cli("stores", "list", "--platform", "demo-00002", "--limit", "500", "--json").doc
    assert by_platform["stores"] and {s["platform"] for s in by_platform["stores"]} == {"demo-00002"}
    mine = cli("stores", "list", "--merchant", "M0000004", "--json").doc
    assert mine["stores"] and {s["merchant"] for s in mine["stores"]} == {"M0000004"}


def test_search_kinds(cli: Any) -> None:
    by_code = cli("stores", "list", "--search", "s0000001", "--json").doc
    assert [s["code"] for s in by_code["stores"]] == [f"S{i:08d}" for i in range(10, 20)]
    email = cli("stores", "list", "--search", "shop77@", "--json").doc
    assert [s["code"] for s in email["stores"]] == ["S00000077"]
    domain = cli("merchants", "list", "--search=-77.shop", "--by", "domain", "--json").doc
    assert len(domain["merchants"]) == 1
    name = cli("merchants", "list", "--search", "m0000003", "--by", "code", "--json").doc
    assert [m["code"] for m in name["merchants"]] == ["M0000003"]


def test_show_suspend_reactivate_and_exit_codes(cli: Any, db: Database) -> None:
    shown = cli("merchants", "show", "M0000001", "--json")
    assert shown.code == 0 and shown.doc["merchant"]["code"] == "M0000001" and shown.doc["kind"] == "merchant"
    human = cli("stores", "show", "S00000010")
    assert human.code == 0 and human.out.startswith("store S00000010") and "merchant" in human.out
    done = cli("merchants", "suspend", "M0000001", "--reason", "KYC documents missing", "--json")
    assert done.code == 0 and done.doc["merchant"]["status"] == "suspended"
    again = cli("merchants", "suspend", "M0000001", "--reason", "twice", "--json")
    assert again.code == 3 and again.error["code"] == "merchant.already_suspended"
    no_reason = cli("stores", "suspend", "S00000002", "--json")
    assert no_reason.code == 2 and no_reason.error["code"] == "usage"
    blank = cli("stores", "suspend", "S00000002", "--reason", "  ", "--json")
    assert blank.code == 2 and blank.error["code"] == "tenancy.reason_required"
    unknown = cli("stores", "show", "S55555555", "--json")
    assert unknown.code == 2 and unknown.error["code"] == "store.not_found"
    short = cli("stores", "list", "--search", "ab", "--by", "email")
    assert short.code == 2 and "at least 3 characters" in short.err
    human = cli("merchants", "reactivate", "M0000001", "--reason", "documents received")
    assert human.code == 0 and "reactivated merchant M0000001" in human.out
    trail = cli("merchants", "show", "M0000001")
    assert "merchants.reactivate" in trail.out and "merchants.suspend" in trail.out
    with db.sessions() as session:
        actors = set(
            session.scalars(select(AuditEntry.actor).where(AuditEntry.subject == "merchant:M0000001"))
        )
    assert actors == {Actor.cli().name}


def test_permissions_through_the_command_line(cli: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PLATFORM_PASSWORD", DEMO_PASSWORD)
    denied = cli("stores", "list", "--json", user="operator")
    assert denied.code == 3 and denied.error["code"] == "permission.denied"
    listed = cli("stores", "list", "--limit", "500", "--json", user="padmin")
    assert listed.code == 0 and {s["platform"] for s in listed.doc["stores"]} <= {"demo-00001", "demo-00002"}
    other = next(
        s
        for s in cli("stores", "list", "--limit", "500", "--json").doc["stores"]
        if s["platform"] == "demo-00004"
    )
    refused = cli("stores", "suspend", other["code"], "--reason", "not mine", "--json", user="padmin")
    assert refused.code == 3 and refused.error["code"] == "permission.denied"
    ok = cli("stores", "suspend", other["code"], "--reason", "support can", "--json", user="support")
    assert ok.code == 0


def test_personal_data_in_the_cli_follows_the_roles(cli: Any, db: Database, monkeypatch: Any) -> None:
    """customers list / merchants show: clear for the roles with customers.pii.view, masked
    otherwise; customers reveal for support (audited), refused for the operator."""
    monkeypatch.setenv("PLATFORM_PASSWORD", DEMO_PASSWORD)
    clear = cli("customers", "list", "--platform", "demo-00001", "--json")
    assert clear.code == 0 and clear.doc["customers"]
    first = clear.doc["customers"][0]
    assert "***" not in first["email"] and not first["masked"] and not first["revealable"]
    mine = cli("customers", "list", "--platform", "demo-00001", "--json", user="padmin").doc["customers"]
    assert [c["email"] for c in mine] == [c["email"] for c in clear.doc["customers"]]
    support = cli("customers", "list", "--platform", "demo-00001", "--json", user="support")
    masked = support.doc["customers"]
    assert masked and all(c["masked"] and c["revealable"] and "***@" in c["email"] for c in masked)
    human = cli("customers", "list", "--platform", "demo-00001", user="support")
    assert human.code == 0 and first["email"] not in human.out and "customers show ID --reveal" in human.err
    # show: masked as in the list, not audited; --reveal: in clear, audited (customers.pii.reveal).
    subject = f"customer:{first['id']}"
    masked_one = cli("customers", "show", str(first["id"]), "--json", user="support")
    assert masked_one.code == 0 and masked_one.doc["customer"] == masked[0]
    assert not masked_one.doc["revealed"] and _entries(db, subject) == []
    text = cli("customers", "show", str(first["id"]), user="support")
    assert text.code == 0 and first["email"] not in text.out and "--reveal" in text.err
    shown = cli(
        "customers",
        "show",
        str(first["id"]),
        "--reveal",
        "--reason",
        "on the phone",
        "--json",
        user="support",
    )
    assert shown.code == 0 and shown.doc["customer"]["email"] == first["email"] and shown.doc["revealed"]
    [entry] = _entries(db, subject)
    assert entry.actor == "admin:support" and first["email"] not in str(entry.request)
    # The console's "Reveal personal data…" makes the very same call: the same entry.
    from modules.customers.services import CustomerService

    support = Actor(name="admin:support", role=Role.SUPPORT, user_id=entry.admin_user_id)
    CustomerService(db).reveal(support, first["id"], "on the phone")
    gui = _entries(db, subject)[-1]
    for column in ("actor", "action", "outcome", "subject", "platform_codes", "request", "message"):
        assert getattr(gui, column) == getattr(entry, column), column
    # The operator sees no customers at all; unknown ids and stray options are exit 2.
    for args in (("list",), ("show", str(first["id"])), ("show", str(first["id"]), "--reveal")):
        refused = cli("customers", *args, "--json", user="operator")
        assert refused.code == 3 and refused.error["code"] == "permission.denied", args
    assert len(_entries(db, subject)) == 2 + 1  # the operator's refused reveal is audited too
    old = cli("customers", "reveal", str(first["id"]), "--reason", "old words", "--json", user="support")
    assert old.code == 0 and old.doc["customer"]["email"] == first["email"] and "deprecated" in old.err
    assert cli("customers", "show", "999999", "--json").code == 2
    assert cli("customers", "show", "999999", "--reveal", "--json").code == 2
    assert cli("customers", "show", str(first["id"]), "--reason", "x", "--json").code == 2
    # A merchant's recent orders show the customers' e-mails by the same rule.
    merchant = next(
        m["code"]
        for m in cli("merchants", "list", "--limit", "100", "--json").doc["merchants"]
        if cli("merchants", "show", m["code"], "--json").doc["orders"]
    )
    as_admin = cli("merchants", "show", merchant, "--json").doc["orders"]
    as_support = cli("merchants", "show", merchant, "--json", user="support").doc["orders"]
    emails = [o["customer_email"] for o in as_admin if o["customer_email"]]
    assert emails and all("***" not in e for e in emails)
    assert all("***@" in o["customer_email"] for o in as_support if o["customer_email"])
    text = cli("merchants", "show", merchant, user="support").out
    assert not any(e in text for e in emails)


def test_search_is_contains_without_accents_or_case(cli: Any, db: Database) -> None:
    """`--search` finds a word anywhere in the name, code, e-mail or domain; accents and case
    do not matter; orders by number, store or merchant."""
    from modules.tenancy.models import Merchant, Store

    with db.transaction() as session:
        merchant = session.scalar(select(Merchant).where(Merchant.code == "M0000002"))
        merchant.name = "Brûlerie du Café"
        store = session.scalar(select(Store).where(Store.code == "S00000003"))
        store.name = "Épicerie Wïltz"
    coffee = cli("merchants", "list", "--search", "cafe", "--json").doc
    assert [m["code"] for m in coffee["merchants"]] == ["M0000002"]
    wiltz = cli("stores", "list", "--search", "WILTZ", "--limit", "500", "--json").doc
    assert "S00000003" in [s["code"] for s in wiltz["stores"]]
    assert all("wiltz" in s["name"].lower().replace("ï", "i") for s in wiltz["stores"])
    domain = cli("stores", "list", "--search=-3.SHOP.exa", "--json").doc
    assert [s["code"] for s in domain["stores"]] == ["S00000003"]
    short = cli("stores", "list", "--search", "ép", "--json").doc  # two characters: a name prefix
    assert [s["code"] for s in short["stores"]] == ["S00000003"]
    orders = cli("orders", "list", "--search", "epicerie", "--json")
    assert orders.code == 0 and {o["store"] for o in orders.doc["orders"]} <= {"S00000003"}
    by_merchant = cli("orders", "list", "--search", "BRULERIE", "--limit", "500", "--json").doc["orders"]
    assert {o["merchant"] for o in by_merchant} <= {"M0000002"}
    numbered = cli("orders", "list", "--search", "d-0000001", "--json").doc["orders"]
    assert sorted(o["number"] for o in numbered) == [f"ORD-{n:08d}" for n in range(10, 20)]


@pytest.mark.parametrize("text", ["%", "_", "\\"])
def test_wildcards_in_searches_are_literal(cli: Any, text: str) -> None:
    for command in (("platforms", "list"), ("merchants", "list"), ("stores", "list"), ("orders", "list")):
        run = cli(*command, "--search", text, "--json")
        assert run.code == 0, run.err
        (rows,) = (v for k, v in run.doc.items() if isinstance(v, list))
        assert rows == [], (command, text)
    assert cli("platforms", "list", "--json").doc["platforms"]  # there are platforms to find


def _entries(db: Database, subject: str) -> list[AuditEntry]:
    with db.sessions() as session:
        return list(
            session.scalars(select(AuditEntry).where(AuditEntry.subject == subject).order_by(AuditEntry.id))
        )
