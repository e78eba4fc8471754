"""Admin users: sign-in with lockout, argon2 hashes, roles and platform assignments.

Failed sign-ins are counted in the database, so the command line's ``--user`` and every
console share one count: five in a row lock the account for fifteen minutes (settings).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache
from typing import TYPE_CHECKING

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from core.actor import Actor
from core.db import Database, utcnow
from core.errors import InvalidInput, NotFound, Refused
from core.identifiers import IdentifierRule
from core.models import AdminPlatform, AdminUser, Platform
from core.roles import Role, parse_role
from core.services.audit import AuditDraft, audited, write_separately
from core.settings import get_settings

if TYPE_CHECKING:
    from argon2 import PasswordHasher

USERNAME_RE = re.compile(r"[a-z][a-z0-9._-]{1,63}")
USERNAME = IdentifierRule(
    USERNAME_RE,
    "user name",
    "user.bad_username",
    "2-64 characters: lower case letters, digits, . _ -; starting with a letter",
)
MIN_PASSWORD_LENGTH = 10


@cache
def _hasher(time_cost: int, memory_cost: int, parallelism: int) -> PasswordHasher:
    from argon2 import PasswordHasher

    return PasswordHasher(time_cost=time_cost, memory_cost=memory_cost, parallelism=parallelism)


def password_hasher() -> PasswordHasher:
    s = get_settings()
    return _hasher(s.argon2_time_cost, s.argon2_memory_cost, s.argon2_parallelism)


def check_password_policy(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InvalidInput(
            "user.weak_password",
            f"a password needs at least {MIN_PASSWORD_LENGTH} characters",
            {"minimum": MIN_PASSWORD_LENGTH},
        )
    if password.strip() != password or not password.strip():
        raise InvalidInput(
            "user.weak_password", "a password may not start or end with spaces", {"edge_spaces": True}
        )


def check_username(username: str) -> str:
    """The user name normalised (NFKC), or InvalidInput (control characters, a trailing newline ...)."""
    return USERNAME.check(username)


def _lookup_name(username: str) -> str | None:
    """The user name as stored (NFKC), or None when no account can have it (NUL, newline ...)."""
    try:
        return check_username(username)
    except InvalidInput:
        return None


@dataclass(frozen=True)
class UserInfo:
    id: int
    username: str
    role: str
    is_active: bool
    locked_until: datetime | None
    failed_signins: int
    last_signin_at: datetime | None
    platforms: tuple[str, ...]

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "username": self.username,
            "role": self.role,
            "active": self.is_active,
            "locked_until": self.locked_until.isoformat() if self.locked_until else None,
            "failed_signins": self.failed_signins,
            "last_signin_at": self.last_signin_at.isoformat() if self.last_signin_at else None,
            "platforms": list(self.platforms),
        }


def _denied(username: str) -> Refused:
    """The one answer to every sign-in failure before the password is verified."""
    return Refused("auth.invalid", "wrong user name or password", {"username": username})


class AuthService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- sign-in ------------------------------------------------------------------
    def has_users(self) -> bool:
        with self.db.sessions() as session:
            return bool(session.scalar(select(func.count()).select_from(AdminUser)))

    def authenticate(self, username: str, password: str) -> Actor:
        """The signed-in actor, or a refusal.

        Until the password is verified every failure answers the same ("wrong user name or
        password": unknown user, wrong password, a disabled or locked account), so a stranger learns
        nothing about an account; the real reason is audited. Only with the right password is a
        disabled or locked account told so.
        """
        settings = get_settings()
        with self.db.transaction() as session:
            name = _lookup_name(username)  # a name no account can have is not looked up
            user = (
                session.scalar(select(AdminUser).where(AdminUser.username == name).with_for_update())
                if name
                else None
            )
            if user is None:
                password_hasher().hash(password)  # same cost as a real check: no user enumeration by timing
                reason: Refused | None = Refused(
                    "auth.unknown_user", f"no admin user {username!r}", {"username": username}
                )
                shown: Refused | None = _denied(username)
            else:
                reason, shown = self._check(
                    user, password, settings.lockout_attempts, settings.lockout_minutes
                )
            actor = None if reason else self._actor(session, user)  # type: ignore[arg-type]
        if reason is not None:
            write_separately(
                self.db,
                Actor(name=f"admin:{username}", role=Role.OPERATOR),
                AuditDraft("auth.sign_in", {"username": username}, subject=f"user:{username}"),
                "refused",
                reason,
            )
            assert shown is not None
            raise shown
        assert actor is not None
        return actor

    def _check(
        self, user: AdminUser, password: str, attempts: int, minutes: int
    ) -> tuple[Refused | None, Refused | None]:
        """(the real reason, what the caller is told); (None, None) when the sign-in succeeds.

        The password is verified first, whatever the account's state. A wrong one counts towards
        the lockout even while locked (``attempts`` wrong ones extend the lock), so a lock keeps
        limiting guesses although the right password would learn that the account is locked.
        """
        from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

        now = utcnow()
        locked = user.locked_until is not None and user.locked_until > now
        hasher = password_hasher()
        try:
            hasher.verify(user.password_hash, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            user.failed_signins += 1
            details = {"username": user.username}
            if user.failed_signins >= attempts:
                user.locked_until = now + timedelta(minutes=minutes)
                user.failed_signins = 0
                reason = Refused(
                    "auth.wrong_password",
                    f"wrong password; the account {user.username!r} is now locked for {minutes} minutes",
                    {**details, "locked_until": user.locked_until.isoformat(), "minutes": minutes},
                )
            else:
                state = " (account disabled)" if not user.is_active else " (account locked)" if locked else ""
                reason = Refused("auth.wrong_password", f"wrong password{state}", details)
            return reason, _denied(user.username)
        if not user.is_active:
            disabled = Refused(
                "auth.disabled", f"the account {user.username!r} is disabled", {"username": user.username}
            )
            return disabled, disabled
        if locked:
            assert user.locked_until is not None
            lock = Refused(
                "auth.locked",
                f"the account {user.username!r} is locked after {attempts} failed sign-ins until "
                f"{user.locked_until.isoformat(timespec='minutes')} UTC; an admin can unlock it "
                f"(`platformctl admin unlock {user.username}`)",
                {"username": user.username, "locked_until": user.locked_until.isoformat()},
            )
            return lock, lock
        user.failed_signins = 0
        user.locked_until = None
        user.last_signin_at = now
        if hasher.check_needs_rehash(user.password_hash):
            user.password_hash = hasher.hash(password)
        return None, None

    def _actor(self, session: Session, user: AdminUser) -> Actor:
        own = session.scalars(
            select(AdminPlatform.platform_id).where(AdminPlatform.admin_id == user.id)
        ).all()
        return Actor(
            name=f"admin:{user.username}",
            role=Role(user.role),
            user_id=user.id,
            own_platform_ids=frozenset(own),
        )

    def refresh(self, actor: Actor) -> Actor:
        """Re-read the actor's role and platforms (after an admin changed them)."""
        with self.db.sessions() as session:
            user = self._get(session, actor.username)
            if not user.is_active:
                raise Refused(
                    "auth.disabled", f"the account {user.username!r} is disabled", {"username": user.username}
                )
            return self._actor(session, user)

    # -- management -----------------------------------------------------------------
    def _get(self, session: Session, username: str, *, lock: bool = False) -> AdminUser:
        stmt = select(AdminUser).where(AdminUser.username == username)
        user = session.scalar(stmt.with_for_update() if lock else stmt)
        if user is None:
            raise NotFound(
                "user.not_found",
                f"no admin user {username!r}; `platformctl admin list` shows them",
                {"username": username},
            )
        return user

    def _platform_ids(self, session: Session, codes: Iterable[str]) -> list[int]:
        codes = list(dict.fromkeys(codes))
        rows = dict(session.execute(select(Platform.code, Platform.id).where(Platform.code.in_(codes))).all())
        missing = [c for c in codes if c not in rows]
        if missing:
            raise NotFound(
                "platform.not_found",
                f"unknown platform(s): {', '.join(missing)}; `platformctl platforms list` shows them",
                {"platforms": missing},
            )
        return [rows[c] for c in codes]

    def administrators(self, actor: Actor) -> list[str]:
        """User names of the active super admins: whom anyone signed in (``actor``) may ask for
        what their role may not do, such as storing a key on their computer."""
        with self.db.sessions() as session:
            return list(
                session.scalars(
                    select(AdminUser.username)
                    .where(AdminUser.role == Role.SUPER_ADMIN.value, AdminUser.is_active.is_(True))
                    .order_by(AdminUser.username)
                )
            )

    def list_users(self, actor: Actor) -> list[UserInfo]:
        actor.require("admin.users.manage")
        with self.db.sessions() as session:
            users = session.scalars(select(AdminUser).order_by(AdminUser.username)).all()
            links = session.execute(
                select(AdminPlatform.admin_id, Platform.code)
                .join(Platform, Platform.id == AdminPlatform.platform_id)
                .order_by(Platform.code)
            ).all()
        by_user: dict[int, list[str]] = {}
        for admin_id, code in links:
            by_user.setdefault(admin_id, []).append(code)
        return [
            UserInfo(
                u.id,
                u.username,
                u.role,
                u.is_active,
                u.locked_until,
                u.failed_signins,
                u.last_signin_at,
                tuple(by_user.get(u.id, ())),
            )
            for u in users
        ]

    def create_user(
        self,
        actor: Actor,
        username: str,
        role: str,
        password: str,
        platforms: Sequence[str] = (),
        *,
        dry_run: bool = False,
    ) -> UserInfo:
        """The new user; ``dry_run`` (as for every write below): every check, nothing written, no
        audit entry (the id is then 0)."""
        role_value = parse_role(role)
        username = check_username(username)
        check_password_policy(password)
        draft = AuditDraft(
            "admin.create_user",
            {"username": username, "role": role_value.value, "platforms": list(platforms)},
            platforms=list(platforms),
            subject=f"user:{username}",
        )
        with audited(self.db, actor, draft, dry_run=dry_run) as session:
            actor.require("admin.users.manage")
            if session.scalar(select(AdminUser.id).where(AdminUser.username == username)):
                raise Refused(
                    "user.exists", f"an admin user {username!r} already exists", {"username": username}
                )
            platform_ids = self._platform_ids(session, platforms)
            if dry_run:
                return UserInfo(0, username, role_value.value, True, None, 0, None, tuple(platforms))
            user = AdminUser(
                username=username,
                role=role_value.value,
                password_hash=password_hasher().hash(password),
                password_changed_at=utcnow(),
                created_by=actor.name,
                is_active=True,
                failed_signins=0,
            )
            session.add(user)
            session.flush()
            for pid in platform_ids:
                session.add(AdminPlatform(admin_id=user.id, platform_id=pid))
            info = UserInfo(user.id, username, role_value.value, True, None, 0, None, tuple(platforms))
        return info

    def set_role(self, actor: Actor, username: str, role: str, *, dry_run: bool = False) -> None:
        role_value = parse_role(role)
        draft = AuditDraft(
            "admin.set_role", {"username": username, "role": role_value.value}, subject=f"user:{username}"
        )
        with audited(self.db, actor, draft, dry_run=dry_run) as session:
            actor.require("admin.users.manage")
            user = self._get(session, username, lock=True)
            if user.role == Role.SUPER_ADMIN and role_value != Role.SUPER_ADMIN:
                self._keep_one_super_admin(session, user)
            if not dry_run:
                user.role = role_value.value

    def assign_platforms(
        self,
        actor: Actor,
        username: str,
        platforms: Sequence[str],
        *,
        replace: bool = False,
        dry_run: bool = False,
    ) -> None:
        draft = AuditDraft(
            "admin.assign",
            {"username": username, "platforms": list(platforms), "replace": replace},
            platforms=list(platforms),
            subject=f"user:{username}",
        )
        with audited(self.db, actor, draft, dry_run=dry_run) as session:
            actor.require("admin.users.manage")
            user = self._get(session, username, lock=True)
            ids = self._platform_ids(session, platforms)
            if dry_run:
                return
            if replace:
                session.execute(delete(AdminPlatform).where(AdminPlatform.admin_id == user.id))
                session.flush()
                have: set[int] = set()
            else:
                have = set(
                    session.scalars(
                        select(AdminPlatform.platform_id).where(AdminPlatform.admin_id == user.id)
                    )
                )
            for pid in ids:
                if pid not in have:
                    session.add(AdminPlatform(admin_id=user.id, platform_id=pid))

    def set_active(self, actor: Actor, username: str, active: bool, *, dry_run: bool = False) -> None:
        action = "admin.enable" if active else "admin.disable"
        draft = AuditDraft(action, {"username": username}, subject=f"user:{username}")
        with audited(self.db, actor, draft, dry_run=dry_run) as session:
            actor.require("admin.users.manage")
            user = self._get(session, username, lock=True)
            if not active and user.role == Role.SUPER_ADMIN:
                self._keep_one_super_admin(session, user)
            if not active and actor.user_id == user.id:
                raise Refused("user.self_disable", "you cannot disable your own account")
            if not dry_run:
                user.is_active = active

    def unlock(self, actor: Actor, username: str, *, dry_run: bool = False) -> None:
        draft = AuditDraft("admin.unlock", {"username": username}, subject=f"user:{username}")
        with audited(self.db, actor, draft, dry_run=dry_run) as session:
            actor.require("admin.users.manage")
            user = self._get(session, username, lock=True)
            if dry_run:
                return
            user.locked_until = None
            user.failed_signins = 0

    def reset_password(
        self, actor: Actor, username: str, new_password: str, *, dry_run: bool = False
    ) -> None:
        check_password_policy(new_password)
        draft = AuditDraft("admin.reset_password", {"username": username}, subject=f"user:{username}")
        with audited(self.db, actor, draft, dry_run=dry_run) as session:
            actor.require("admin.users.manage")
            user = self._get(session, username, lock=True)
            if dry_run:
                return
            user.password_hash = password_hasher().hash(new_password)
            user.password_changed_at = utcnow()
            user.locked_until = None
            user.failed_signins = 0

    def change_own_password(
        self, actor: Actor, old_password: str, new_password: str, *, dry_run: bool = False
    ) -> None:
        """Any signed-in admin, whatever their role (no ``admin.users.manage`` needed); the old
        password is checked (and counts towards the lockout, a sign-in as any other)."""
        if actor.user_id is None:
            raise Refused("user.not_signed_in", "only a signed-in admin user has a password to change")
        check_password_policy(new_password)
        self.authenticate(actor.username, old_password)
        self._store_own_password(actor, new_password, dry_run)

    def sign_in_and_change_password(
        self, username: str, old_password: str, new_password: Callable[[], str], *, dry_run: bool = False
    ) -> Actor:
        """:meth:`change_own_password` for a caller not yet signed in (platformctl): the old password
        is checked once, by the sign-in, and ``new_password`` asked for only after it passed."""
        actor = self.authenticate(username, old_password)
        new = new_password()
        check_password_policy(new)
        self._store_own_password(actor, new, dry_run)
        return actor

    def _store_own_password(self, actor: Actor, new_password: str, dry_run: bool) -> None:
        draft = AuditDraft(
            "admin.change_password", {"username": actor.username}, subject=f"user:{actor.username}"
        )
        with audited(self.db, actor, draft, dry_run=dry_run) as session:
            user = self._get(session, actor.username, lock=True)
            if dry_run:
                return
            user.password_hash = password_hasher().hash(new_password)
            user.password_changed_at = utcnow()

    def _keep_one_super_admin(self, session: Session, user: AdminUser) -> None:
        others = session.scalar(
            select(func.count())
            .select_from(AdminUser)
            .where(
                AdminUser.role == Role.SUPER_ADMIN.value,
                AdminUser.is_active.is_(True),
                AdminUser.id != user.id,
            )
        )
        if not others:
            raise Refused(
                "user.last_super_admin",
                f"{user.username!r} is the last active super admin; create another one first",
                {"username": user.username},
            )
