"""Hostile values on SQLite and PostgreSQL: identifiers, out-of-range numbers, what the audit keeps.

Each attack is the one seen in the hardening review; each answer is exit 2 with one clear line
(or one JSON document), the same on both back ends, and nothing written.
"""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from core.db import Database
from core.models import AdminUser, Platform
from tests.foundation_helpers import PASSWORD
from tests.test_cli import Run, invoke, url_of


@pytest.fixture
def cli(db: Database):  # type: ignore[no-untyped-def]
    url = url_of(db)

    def run(*args: str, stdin: str = "") -> Run:
        return invoke(url, *args, stdin=stdin)

    return run


def one_clear_line(run: Run, code: int = 2) -> str:
    assert run.code == code, (run.code, run.out, run.err)
    lines = run.err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), run.err
    assert "unexpected" not in run.err
    return lines[0]


def count(db: Database, column) -> int:  # type: ignore[no-untyped-def]
    with db.sessions() as session:
        return int(session.scalar(select(func.count(column))) or 0)


# -- identifiers (§2.5) ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    ["sa\n", "sa\r", "s\u200ba", "sa\u2028", "\u202esa", "sa\x85", "sa\t", "s\u00a0a"],
    ids=["newline", "cr", "zero-width", "line-sep", "bidi", "nel", "tab", "nbsp"],
)
def test_a_user_name_with_a_hidden_character_is_refused(db, cli, name):
    assert cli("admin", "create-user", "sa", "--role", "super_admin", stdin=PASSWORD + "\n").code == 0
    line = one_clear_line(cli("admin", "create-user", name, "--role", "super_admin", stdin=PASSWORD + "\n"))
    assert "control or invisible" in line
    assert count(db, AdminUser.id) == 1
    doc = cli("admin", "create-user", name, "--role", "super_admin", "--json", stdin=PASSWORD + "\n")
    assert doc.code == 2 and doc.error["code"] == "user.bad_username"


def test_a_full_width_user_name_is_the_same_name(db, cli):
    assert cli("admin", "create-user", "sa", "--role", "super_admin", stdin=PASSWORD + "\n").code == 0
    again = cli("admin", "create-user", "\uff53\uff41", "--role", "super_admin", stdin=PASSWORD + "\n")
    assert again.code == 3 and "already exists" in again.err
    assert count(db, AdminUser.id) == 1


@pytest.mark.parametrize("code", ["demo-00001\n", "demo-00001\u200b", "\x1bdemo", "demo\u2029"])
def test_a_platform_code_with_a_hidden_character_is_refused(db, cli, code):
    assert cli("platforms", "create", "demo-00001", "--name", "Demo").code == 0
    line = one_clear_line(cli("platforms", "create", code, "--name", "Lookalike"))
    assert "platform code" in line
    assert count(db, Platform.id) == 1


def test_a_full_width_platform_code_is_normalised(db, cli):
    run = cli("platforms", "create", "\uff44\uff45\uff4d\uff4f", "--name", "Demo", "--json")
    assert run.code == 0 and run.doc["platform"]["code"] == "demo"


def test_currency_and_module_codes_follow_the_same_rule():
    from core.definition import CODE_RE
    from core.errors import InvalidInput
    from core.identifiers import is_identifier
    from core.services.auth import check_username
    from core.services.platforms import check_platform_code
    from modules.payments.money import normalize_currency

    assert normalize_currency("\uff45\uff55\uff52") == "EUR"
    for attack in ("EUR\n", "E\u200bUR", "EUR\x00"):
        with pytest.raises(InvalidInput, match="control or invisible"):
            normalize_currency(attack)
    assert is_identifier("payments", CODE_RE) and not is_identifier("payments\n", CODE_RE)
    with pytest.raises(InvalidInput, match="control or invisible"):
        check_username("sa\x00")  # the CLI refuses a NUL earlier; the service does too
    with pytest.raises(InvalidInput, match="control or invisible"):
        check_platform_code("demo\x00")


def test_a_nul_or_undecodable_argument_is_refused_by_the_cli(db, cli):
    for attack in ("p\x00", "p\udcff"):
        line = one_clear_line(cli("platforms", "list", "--search", attack))
        assert "NUL or a byte that is not UTF-8" in line


# -- out-of-range numbers and dates (§2.7) -------------------------------------------------------

HUGE = "99999999999999999999"


@pytest.mark.parametrize(
    "args",
    [
        ["payments", "show", HUGE],
        ["payments", "list", "--before", HUGE],
        ["payments", "list", "--limit", "-1"],
        ["refunds", "reject", HUGE],
        ["refunds", "approve", HUGE, "--yes"],
        ["refunds", "show", "0"],
        ["refunds", "create", "--payment", HUGE, "--reason", "r"],
        ["refunds", "create", "--payment", "1", "--amount", HUGE, "--reason", "r"],
        ["refunds", "list", "--payment", HUGE],
        ["refunds", "list", "--before", "-5"],
        ["refunds", "resolve-pending", "--refund", HUGE],
        ["refunds", "resolve-pending", "--refund", str(2**31)],  # past PostgreSQL's INTEGER id
        ["payments", "show", str(2**31)],
        ["orders", "list", "--before", HUGE],
        ["customers", "reveal", HUGE],
        ["customers", "show", HUGE],
        ["customers", "list", "--limit", HUGE],
        ["platforms", "list", "--limit", "-1"],
        ["platforms", "list", "--limit", "0"],
        ["audit", "list", "--limit", "-1"],
        ["merchants", "list", "--limit", "0"],
        ["demo", "seed", "--orders", str(10**20)],
        ["demo", "seed", "--platforms", "-1"],
        ["serve", "--port", "70000"],
    ],
    ids=lambda a: " ".join(a)[:40],
)
def test_an_out_of_range_number_is_refused_with_its_range(db, cli, args):
    line = one_clear_line(cli(*args))
    assert " to " in line, line  # the range is named
    doc = cli(*args, "--json")
    assert doc.code == 2 and doc.error["code"] == "usage"


@pytest.mark.parametrize(
    "when",
    ["99999999999w", "9999-12-31T23:59-05:00", "0001-01-01T00:00+05:00", "1" * 5000 + "d"],
    ids=["weeks", "end-of-calendar", "start-of-calendar", "5000-digits"],
)
def test_a_time_off_the_calendar_is_refused(db, cli, when):
    line = one_clear_line(cli("audit", "list", "--since", when))
    assert "calendar" in line or "too far back" in line or "not a time" in line


@pytest.mark.parametrize("zone", ["Asia/Tokyo", "America/New_York"])
def test_a_local_date_at_the_calendar_edge_is_refused(db, cli, monkeypatch, zone):
    import time

    monkeypatch.setenv("TZ", zone)
    time.tzset()
    try:
        edge = "0001-01-01" if zone == "Asia/Tokyo" else "9999-12-31T23:59"
        assert "outside the calendar" in one_clear_line(cli("audit", "list", "--until", edge))
    finally:
        monkeypatch.undo()
        time.tzset()


def test_a_deeply_nested_set_value_is_refused(db, cli):
    assert cli("platforms", "create", "p1", "--name", "P1").code == 0
    deep = "[" * 100_000 + "]" * 100_000
    line = one_clear_line(
        cli("modules", "configure", "marketplace", "--platform", "p1", "--set", f"x={deep}")
    )
    assert "nested" in line


def test_a_platform_name_longer_than_its_column_is_refused(db, cli):
    line = one_clear_line(cli("platforms", "create", "p1", "--name", "N" * 300))
    assert "200 characters" in line
    assert count(db, Platform.id) == 0
    assert cli("platforms", "create", "p1", "--name", "N" * 200).code == 0


def test_a_search_longer_than_sqlite_takes_is_refused(db, cli):
    line = one_clear_line(cli("platforms", "list", "--search", "[" * 60_000))  # found by the fuzzing test
    assert "limited to 200 characters" in line


def test_services_check_ids_and_amounts_themselves(db):
    from core.actor import Actor
    from core.errors import InvalidInput
    from modules.payments.services import PaymentFilter, PaymentService

    service, actor = PaymentService(db), Actor.cli()
    for call in (
        lambda: service.get_payment(actor, 10**20),
        lambda: service.get_refund(actor, -1),
        lambda: service.list_payments(actor, PaymentFilter(before_id=10**20)),
        lambda: service.list_refunds(actor, before_id=2**31),
        lambda: service.resolve_pending(actor, [2**31]),
        lambda: service.reject(actor, 10**20),
        lambda: service.create_refund(actor, 1, 10**20, "too much"),
    ):
        with pytest.raises(InvalidInput):
            call()


# -- what the audit log keeps (§2.8) -------------------------------------------------------------


@pytest.mark.parametrize("value", ["NaN", "1e400", "-Infinity"])
def test_an_invalid_non_finite_setting_is_audited(db, cli, value):
    from tests.foundation_helpers import audit_entries

    assert cli("platforms", "create", "p1", "--name", "P1").code == 0
    run = cli(
        "modules", "configure", "marketplace", "--platform", "p1", "--set", f"sync_interval_minutes={value}"
    )
    assert run.code == 2, run.err
    entry = audit_entries(db)[-1]
    assert (entry.action, entry.outcome) == ("modules.configure", "invalid")
    assert isinstance(entry.request["values"]["sync_interval_minutes"], str)


def test_a_failed_sign_in_with_a_long_name_is_audited(db, monkeypatch):
    from core.errors import PlatformError
    from core.services.audit import TRUNCATED
    from core.services.auth import AuthService
    from tests.foundation_helpers import audit_entries

    name = "x" * 300 + "\x00"
    with pytest.raises(PlatformError):
        AuthService(db).authenticate(name, "wrong password 123")
    entry = audit_entries(db)[-1]
    assert entry.action == "auth.sign_in" and entry.outcome != "succeeded"
    assert entry.actor.endswith(TRUNCATED) and len(entry.actor) == 120
    assert entry.subject.endswith(TRUNCATED)
    assert "\x00" not in entry.request["username"] and entry.request["username"].startswith("x" * 290)


def test_the_audit_writer_stores_any_request(db):
    from core.actor import Actor
    from core.services.audit import AuditDraft, write_separately
    from tests.foundation_helpers import audit_entries

    deep: list = []
    for _ in range(200):
        deep = [deep]
    request = {
        "nan": float("nan"),
        "inf": float("inf"),
        "long": "y" * 10_000,
        "deep": deep,
        "nul": "a\x00b",
        "big": 10**30,
        "huge": 10**5000,
    }
    write_separately(db, Actor.cli(), AuditDraft("test.any", request, subject="s" * 500), "invalid", None)
    entry = audit_entries(db)[-1]
    assert entry.request["nan"] == "nan" and entry.request["inf"] == "inf"
    assert len(entry.request["long"]) < 10_000 and entry.request["long"].endswith("[truncated]")
    assert entry.request["nul"] == "a\\x00b" and len(entry.subject) == 120
    assert entry.request["big"] == str(10**30) and "bits" in entry.request["huge"]


def test_a_set_number_past_python_digits_is_refused_cleanly(db, cli):
    assert cli("platforms", "create", "p1", "--name", "P1").code == 0
    configure = ("modules", "configure", "marketplace", "--platform", "p1")
    line = one_clear_line(cli(*configure, "--set", "sync_interval_minutes=" + "1" * 5000))
    assert "sync_interval_minutes" in line
