"""AuthService on SQLite and PostgreSQL: argon2 hashes, sign-in, lockout, user management."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import update

from core.actor import Actor
from core.db import Database, utcnow
from core.errors import InvalidInput, NotFound, Refused
from core.models import AdminPlatform, AdminUser
from core.roles import Role
from core.services.auth import AuthService
from tests.foundation_helpers import (
    PASSWORD,
    SYSTEM,
    add_platforms,
    audit_entries,
    make_user,
    platform_id,
    raw_audit_text,
    user_row,
)


@pytest.fixture
def auth(db: Database) -> AuthService:
    return AuthService(db)


@pytest.fixture
def alice(auth: AuthService) -> str:
    auth.create_user(SYSTEM, "alice", "support", PASSWORD)
    return "alice"


def set_locked_until(db: Database, username: str, when) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as session:
        session.execute(update(AdminUser).where(AdminUser.username == username).values(locked_until=when))


# -- hashes and sign-in ------------------------------------------------------------------


def test_passwords_are_argon2id_hashes(db, auth, alice):
    row = user_row(db, "alice")
    assert row.password_hash.startswith("$argon2id$")
    assert PASSWORD not in row.password_hash
    auth.create_user(SYSTEM, "bob", "support", PASSWORD)
    assert user_row(db, "bob").password_hash != row.password_hash  # salted
    assert PASSWORD not in raw_audit_text(db)


def test_sign_in(db, auth, alice):
    actor = auth.authenticate("alice", PASSWORD)
    assert actor.name == "admin:alice"
    assert actor.role is Role.SUPPORT
    assert actor.user_id == user_row(db, "alice").id
    row = user_row(db, "alice")
    assert row.last_signin_at is not None and row.failed_signins == 0


def test_wrong_password_and_unknown_user_look_the_same(db, auth, alice):
    with pytest.raises(Refused) as wrong:
        auth.authenticate("alice", "not the password")
    with pytest.raises(Refused) as unknown:
        auth.authenticate("nobody", "not the password")
    assert wrong.value.code == unknown.value.code == "auth.invalid"
    assert wrong.value.message == unknown.value.message
    assert user_row(db, "alice").failed_signins == 1
    refused = [e for e in audit_entries(db) if e.action == "auth.sign_in"]
    assert [(e.outcome, e.subject) for e in refused] == [
        ("refused", "user:alice"),
        ("refused", "user:nobody"),
    ]
    assert "not the password" not in raw_audit_text(db)


def test_success_resets_the_failure_count(db, auth, alice):
    for _ in range(4):
        with pytest.raises(Refused):
            auth.authenticate("alice", "wrong password!")
    assert user_row(db, "alice").failed_signins == 4
    auth.authenticate("alice", PASSWORD)
    assert user_row(db, "alice").failed_signins == 0
    # Four more failures do not lock: the count restarted.
    for _ in range(4):
        with pytest.raises(Refused) as err:
            auth.authenticate("alice", "wrong password!")
        assert err.value.code == "auth.invalid"
    assert user_row(db, "alice").locked_until is None


def test_five_failures_lock_for_fifteen_minutes(db, auth, alice):
    for _ in range(4):
        with pytest.raises(Refused) as err:
            auth.authenticate("alice", "wrong password!")
        assert err.value.code == "auth.invalid"
    before = utcnow()
    with pytest.raises(Refused) as err:
        auth.authenticate("alice", "wrong password!")
    after = utcnow()
    # The failure that locks answers like any other: a stranger learns nothing.
    assert err.value.code == "auth.invalid" and err.value.message == "wrong user name or password"

    locked_until = user_row(db, "alice").locked_until
    assert locked_until is not None
    assert before + timedelta(minutes=15) - timedelta(seconds=1) <= locked_until
    assert locked_until <= after + timedelta(minutes=15) + timedelta(seconds=1)
    assert "now locked for 15 minutes" in audit_entries(db)[-1].message

    # While locked the right password is refused, and only it is told why.
    with pytest.raises(Refused) as err:
        auth.authenticate("alice", PASSWORD)
    assert err.value.code == "auth.locked"
    assert "platformctl admin unlock alice" in err.value.message
    assert user_row(db, "alice").last_signin_at is None


def test_lock_expires(db, auth, alice):
    set_locked_until(db, "alice", utcnow() + timedelta(minutes=5))
    with pytest.raises(Refused) as err:
        auth.authenticate("alice", PASSWORD)
    assert err.value.code == "auth.locked"
    set_locked_until(db, "alice", utcnow() - timedelta(seconds=1))
    assert auth.authenticate("alice", PASSWORD).name == "admin:alice"
    assert user_row(db, "alice").locked_until is None


def test_guesses_while_locked_extend_the_lock(db, auth, alice):
    soon = utcnow() + timedelta(minutes=1)
    set_locked_until(db, "alice", soon)
    for _ in range(5):
        with pytest.raises(Refused) as err:
            auth.authenticate("alice", "wrong password!")
        assert err.value.code == "auth.invalid"
    assert user_row(db, "alice").locked_until > soon + timedelta(minutes=10)


def test_unlock(db, auth, alice):
    for _ in range(5):
        with pytest.raises(Refused):
            auth.authenticate("alice", "wrong password!")
    assert user_row(db, "alice").locked_until is not None

    auth.unlock(SYSTEM, "alice")

    row = user_row(db, "alice")
    assert row.locked_until is None and row.failed_signins == 0
    assert auth.authenticate("alice", PASSWORD).name == "admin:alice"
    assert audit_entries(db)[-1].action == "admin.unlock"


def test_disabled_account(db, auth, alice):
    auth.set_active(SYSTEM, "alice", False)
    assert user_row(db, "alice").is_active is False
    with pytest.raises(Refused) as err:
        auth.authenticate("alice", PASSWORD)
    assert err.value.code == "auth.disabled"
    auth.set_active(SYSTEM, "alice", True)
    assert auth.authenticate("alice", PASSWORD).name == "admin:alice"


def test_before_the_password_is_verified_every_failure_answers_the_same(db, auth, alice):
    auth.create_user(SYSTEM, "root", "super_admin", PASSWORD)
    auth.create_user(SYSTEM, "su", "super_admin", PASSWORD)
    auth.create_user(SYSTEM, "locky", "support", PASSWORD)
    auth.set_active(SYSTEM, "su", False)
    set_locked_until(db, "locky", utcnow() + timedelta(minutes=5))
    answers = {}
    for username in ("su", "locky", "alice", "nobody"):
        with pytest.raises(Refused) as err:
            auth.authenticate(username, "a wrong password")
        answers[username] = (err.value.code, err.value.message, err.value.details)
        assert err.value.details == {"username": username}
    assert {(code, message) for code, message, _ in answers.values()} == {
        ("auth.invalid", "wrong user name or password")
    }
    # The real reasons are in the audit log, never the password tried.
    reasons = {e.subject: (e.error_code, e.message) for e in audit_entries(db) if e.action == "auth.sign_in"}
    assert reasons["user:su"] == ("auth.wrong_password", "wrong password (account disabled)")
    assert reasons["user:locky"] == ("auth.wrong_password", "wrong password (account locked)")
    assert reasons["user:alice"] == ("auth.wrong_password", "wrong password")
    assert reasons["user:nobody"] == ("auth.unknown_user", "no admin user 'nobody'")
    assert "a wrong password" not in raw_audit_text(db)
    # With the right password the state is told.
    with pytest.raises(Refused) as err:
        auth.authenticate("su", PASSWORD)
    assert err.value.code == "auth.disabled" and "'su' is disabled" in err.value.message
    with pytest.raises(Refused) as err:
        auth.authenticate("locky", PASSWORD)
    assert err.value.code == "auth.locked"


def test_refresh_sees_role_changes_and_disabling(db, auth, alice):
    actor = auth.authenticate("alice", PASSWORD)
    auth.set_role(SYSTEM, "alice", "operator")
    assert auth.refresh(actor).role is Role.OPERATOR
    auth.set_active(SYSTEM, "alice", False)
    with pytest.raises(Refused) as err:
        auth.refresh(actor)
    assert err.value.code == "auth.disabled"


# -- the last super admin ------------------------------------------------------------------


def test_last_super_admin_cannot_be_demoted_or_disabled(db, auth):
    root = make_user(db, "root", "super_admin")
    with pytest.raises(Refused) as err:
        auth.set_role(SYSTEM, "root", "platform_admin")
    assert err.value.code == "user.last_super_admin"
    with pytest.raises(Refused) as err:
        auth.set_active(SYSTEM, "root", False)
    assert err.value.code == "user.last_super_admin"
    row = user_row(db, "root")
    assert row.role == "super_admin" and row.is_active

    # A disabled second super admin does not count.
    auth.create_user(SYSTEM, "root2", "super_admin", PASSWORD)
    auth.set_active(root, "root2", False)
    with pytest.raises(Refused) as err:
        auth.set_role(SYSTEM, "root", "support")
    assert err.value.code == "user.last_super_admin"

    # An active one does: now root may be demoted (by root2).
    auth.set_active(root, "root2", True)
    root2 = auth.authenticate("root2", PASSWORD)
    auth.set_role(root2, "root", "support")
    assert user_row(db, "root").role == "support"


def test_cannot_disable_own_account(db, auth):
    root = make_user(db, "root", "super_admin")
    auth.create_user(SYSTEM, "root2", "super_admin", PASSWORD)
    with pytest.raises(Refused) as err:
        auth.set_active(root, "root", False)
    assert err.value.code == "user.self_disable"
    assert user_row(db, "root").is_active


# -- validation ------------------------------------------------------------------------------


@pytest.mark.parametrize("password", ["short", "123456789", " leading space!", "trailing space! ", " " * 12])
def test_password_policy(db, auth, password):
    with pytest.raises(InvalidInput) as err:
        auth.create_user(SYSTEM, "carol", "support", password)
    assert err.value.code == "user.weak_password"
    auth.create_user(SYSTEM, "dave", "support", PASSWORD)
    with pytest.raises(InvalidInput) as err:
        auth.reset_password(SYSTEM, "dave", password)
    assert err.value.code == "user.weak_password"
    assert [u.username for u in auth.list_users(SYSTEM)] == ["dave"]
    assert auth.authenticate("dave", PASSWORD).name == "admin:dave"  # unchanged


@pytest.mark.parametrize("username", ["Alice", "a", "1abc", "a b", "", "al!ce", "é", "x" * 65, "-dash"])
def test_username_validation(db, auth, username):
    with pytest.raises(InvalidInput) as err:
        auth.create_user(SYSTEM, username, "support", PASSWORD)
    assert err.value.code == "user.bad_username"
    assert auth.list_users(SYSTEM) == []


def test_valid_usernames(db, auth):
    for name in ("ab", "alice.b-2", "o_neil", "x" * 64):
        auth.create_user(SYSTEM, name, "operator", PASSWORD)
    assert len(auth.list_users(SYSTEM)) == 4


def test_duplicate_user_bad_role_unknown_platform(db, auth, alice):
    with pytest.raises(Refused) as err:
        auth.create_user(SYSTEM, "alice", "support", PASSWORD)
    assert err.value.code == "user.exists"
    with pytest.raises(InvalidInput) as err:
        auth.create_user(SYSTEM, "bob", "root", PASSWORD)
    assert err.value.code == "user.bad_role"
    with pytest.raises(NotFound) as err:
        auth.create_user(SYSTEM, "bob", "platform_admin", PASSWORD, ["ghost"])
    assert err.value.code == "platform.not_found"
    # All or nothing: the user was not created without its platforms.
    assert [u.username for u in auth.list_users(SYSTEM)] == ["alice"]
    with pytest.raises(NotFound) as err:
        auth.set_role(SYSTEM, "nobody", "support")
    assert err.value.code == "user.not_found"


# -- passwords -----------------------------------------------------------------------------


def test_change_own_password_checks_the_old_one(db, auth, alice):
    actor = auth.authenticate("alice", PASSWORD)
    with pytest.raises(Refused) as err:
        auth.change_own_password(actor, "not the old one", "a brand new password")
    assert err.value.code == "auth.invalid"
    assert user_row(db, "alice").failed_signins == 1  # counts towards the lockout
    with pytest.raises(InvalidInput):
        auth.change_own_password(actor, PASSWORD, "short")

    auth.change_own_password(actor, PASSWORD, "a brand new password")

    assert auth.authenticate("alice", "a brand new password").name == "admin:alice"
    with pytest.raises(Refused):
        auth.authenticate("alice", PASSWORD)
    assert "a brand new password" not in raw_audit_text(db)
    assert any(e.action == "admin.change_password" and e.outcome == "succeeded" for e in audit_entries(db))


def test_sign_in_and_change_password_asks_for_the_new_one_after_the_check(db, auth, alice):
    asked: list[str] = []

    def new_password() -> str:
        asked.append("new")
        return "a brand new password"

    with pytest.raises(Refused) as err:
        auth.sign_in_and_change_password("alice", "not the old one", new_password)
    assert err.value.code == "auth.invalid" and asked == []
    assert user_row(db, "alice").failed_signins == 1

    actor = auth.sign_in_and_change_password("alice", PASSWORD, new_password)
    assert actor.name == "admin:alice" and asked == ["new"]
    assert user_row(db, "alice").failed_signins == 0
    assert auth.authenticate("alice", "a brand new password").name == "admin:alice"


def test_change_own_password_needs_a_signed_in_user(db, auth):
    with pytest.raises(Refused) as err:
        auth.change_own_password(Actor.cli(), PASSWORD, "a brand new password")
    assert err.value.code == "user.not_signed_in"


def test_reset_password_clears_the_lock(db, auth, alice):
    for _ in range(5):
        with pytest.raises(Refused):
            auth.authenticate("alice", "wrong password!")
    auth.reset_password(SYSTEM, "alice", "reset password 123")
    row = user_row(db, "alice")
    assert row.locked_until is None and row.failed_signins == 0
    assert row.password_hash.startswith("$argon2id$")
    assert auth.authenticate("alice", "reset password 123").name == "admin:alice"
    assert "reset password 123" not in raw_audit_text(db)


# -- platform admins -----------------------------------------------------------------------


def test_platform_admin_own_platforms_come_from_admin_platforms(db, auth):
    p1, p2, p3 = add_platforms(db, 3)
    actor = make_user(db, "padmin", "platform_admin", [p1, p2])
    assert actor.own_platform_ids == {platform_id(db, p1), platform_id(db, p2)}

    auth.assign_platforms(SYSTEM, "padmin", [p3, p1])  # adds, no duplicate link
    assert auth.refresh(actor).own_platform_ids == {platform_id(db, c) for c in (p1, p2, p3)}
    with db.sessions() as session:
        links = session.query(AdminPlatform).filter_by(admin_id=actor.user_id).count()
    assert links == 3

    auth.assign_platforms(SYSTEM, "padmin", [p2], replace=True)
    assert auth.authenticate("padmin", PASSWORD).own_platform_ids == {platform_id(db, p2)}
    (info,) = [u for u in auth.list_users(SYSTEM) if u.username == "padmin"]
    assert info.platforms == (p2,)

    with pytest.raises(NotFound) as err:
        auth.assign_platforms(SYSTEM, "padmin", ["ghost"])
    assert err.value.code == "platform.not_found"


def test_list_users(db, auth):
    (p,) = add_platforms(db, 1)
    auth.create_user(SYSTEM, "zed", "operator", PASSWORD)
    auth.create_user(SYSTEM, "amy", "platform_admin", PASSWORD, [p])
    users = auth.list_users(SYSTEM)
    assert [(u.username, u.role, u.platforms, u.is_active) for u in users] == [
        ("amy", "platform_admin", (p,), True),
        ("zed", "operator", (), True),
    ]
    assert "password" not in str(users[0].to_dict()).lower()
    assert auth.has_users()


def test_administrators_are_the_active_super_admins(auth: AuthService, db: Database) -> None:
    """Whom a role without a permission is told to ask (the key dialogs name them)."""
    make_user(db, "zoe", "super_admin")
    make_user(db, "abe", "super_admin")
    support = make_user(db, "sam", "support")
    make_user(db, "pat", "platform_admin")
    assert auth.administrators(support) == ["abe", "zoe"]
    auth.set_active(SYSTEM, "zoe", False)
    assert auth.administrators(support) == ["abe"]
