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
    ["sa\n", "sa\r", "s\u200ba", "sa\u2028", "\u202esa", "sa\x00", "sa\t", "s\u00a0a"],
    ids=["newline", "cr", "zero-width", "line-sep", "bidi", "nul", "tab", "nbsp"],
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


@pytest.mark.parametrize("code", ["demo-00001\n", "demo-00001\u200b", "\u0000demo", "demo\u2029"])
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
    from modules.payments.money import normalize_currency

    assert normalize_currency("\uff45\uff55\uff52") == "EUR"
    for attack in ("EUR\n", "E\u200bUR", "EUR\x00"):
        with pytest.raises(InvalidInput, match="control or invisible"):
            normalize_currency(attack)
    assert is_identifier("payments", CODE_RE) and not is_identifier("payments\n", CODE_RE)
