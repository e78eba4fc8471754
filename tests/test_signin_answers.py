"""Sign-in answers through `platformctl --user` on SQLite and PostgreSQL: every failure before the
password is verified reads the same; the account's state only after the right password."""

from __future__ import annotations

from typing import Any

import pytest

from core.db import Database
from core.demo import DEMO_PASSWORD
from tests.test_cli import invoke, url_of


@pytest.fixture
def cli(db: Database, monkeypatch: pytest.MonkeyPatch) -> Any:
    for name in ("PLATFORM_PASSWORD", "PLATFORM_DATABASE_URL"):
        monkeypatch.delenv(name, raising=False)
    url = url_of(db)
    seed = ("demo", "seed", "--platforms", "2", "--merchants", "1", "--stores", "1", "--orders", "0")
    assert invoke(url, *seed, "--demo-accounts").code == 0
    return lambda *args, user=None: invoke(url, *args, user=user)


def _sign_in(cli: Any, monkeypatch: pytest.MonkeyPatch, user: str, password: str) -> Any:
    monkeypatch.setenv("PLATFORM_PASSWORD", password)
    try:
        return cli("modules", "list", "--json", user=user)
    finally:
        monkeypatch.delenv("PLATFORM_PASSWORD")


def test_cli_user_never_tells_a_stranger_the_account_state(cli: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    assert cli("admin", "disable", "operator").code == 0
    for _ in range(5):
        _sign_in(cli, monkeypatch, "support", "a wrong password")
    answers = {
        name: _sign_in(cli, monkeypatch, name, "a wrong password")
        for name in ("operator", "support", "ghost")
    }
    for run in answers.values():
        assert run.code == 3
        assert run.error["code"] == "auth.invalid"
        assert run.error["message"] == "wrong user name or password"
    assert len({(r.out.replace(n, "NAME")) for n, r in answers.items()}) == 1
    human = {name: _sign_in(cli, monkeypatch, name, "a wrong password").err for name in ("operator", "ghost")}
    assert "disabled" not in human["operator"] and human["operator"] == human["ghost"].replace(
        "ghost", "operator"
    )

    disabled = _sign_in(cli, monkeypatch, "operator", DEMO_PASSWORD)
    assert disabled.code == 3 and disabled.error["code"] == "auth.disabled"
    locked = _sign_in(cli, monkeypatch, "support", DEMO_PASSWORD)
    assert locked.code == 3 and locked.error["code"] == "auth.locked"
    assert "platformctl admin unlock support" in locked.error["message"]

    audit = cli("audit", "list", "--json", "--limit", "100").doc
    reasons = {(e["subject"], e.get("error_code")) for e in audit["entries"] if e["action"] == "auth.sign_in"}
    assert {("user:operator", "auth.wrong_password"), ("user:ghost", "auth.unknown_user")} <= reasons
