"""Connection profiles: the embedded SQLite default plus any number of PostgreSQL profiles.

Profiles live in QSettings; their passwords never do: they are kept in the OS keyring
(:func:`core.secrets.keyring_set`, entry ``db-profile:<name>`` of the service
``platform-console``). Without a keyring entry, libpq's own sources still apply
(``PGPASSWORD``, ``~/.pgpass``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from PySide6.QtCore import QSettings
from sqlalchemy.engine import URL

from core.db import default_sqlite_path, redact_url
from core.errors import InvalidInput
from core.secrets import keyring_get, keyring_set
from core.settings import data_dir, get_settings

LOCAL_PROFILE = "local"
CONFIGURED_PROFILE = "configured"
SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")
NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 ._-]{0,63}$")
CONNECT_TIMEOUT_S = 5


def demo_database_path() -> Path:
    """``--demo`` uses its own file in the data directory, never the configured database."""
    return data_dir() / "demo.db"


def keyring_entry(profile_name: str) -> str:
    return f"db-profile:{profile_name}"


@dataclass(frozen=True)
class ConnectionProfile:
    name: str
    kind: str = "sqlite"  # sqlite | postgresql | url (the configured PLATFORM_DATABASE_URL)
    path: str = ""
    host: str = "localhost"
    port: int = 5432
    database: str = ""
    user: str = ""
    sslmode: str = "prefer"
    ca_file: str = ""
    builtin: bool = False
    raw_url: str = field(default="", repr=False)

    @property
    def is_postgres(self) -> bool:
        return self.kind == "postgresql"

    def url(self, password: str | None = None) -> URL | str:
        if self.kind == "url":
            return self.raw_url
        if self.kind == "sqlite":
            return URL.create("sqlite", database=self.path or str(default_sqlite_path()))
        query: dict[str, str] = {"connect_timeout": str(CONNECT_TIMEOUT_S)}
        if self.sslmode:
            query["sslmode"] = self.sslmode
        if self.ca_file:
            query["sslrootcert"] = self.ca_file
        return URL.create(
            "postgresql+psycopg",
            username=self.user or None,
            password=password or None,
            host=self.host or None,
            port=self.port or None,
            database=self.database or None,
            query=query,
        )

    def describe(self) -> str:
        if self.kind == "sqlite":
            return f"SQLite {self.path or default_sqlite_path()}"
        if self.kind == "url":
            return redact_url(self.raw_url)
        who = f"{self.user}@" if self.user else ""
        return f"PostgreSQL {who}{self.host}:{self.port}/{self.database}"

    def check(self) -> None:
        if not NAME_RE.match(self.name):
            raise InvalidInput("profile.bad_name", "a profile name has 1-64 letters, digits, spaces, . _ -")
        if self.kind == "postgresql":
            if not self.host.strip():
                raise InvalidInput("profile.no_host", "a PostgreSQL profile needs a host")
            if not self.database.strip():
                raise InvalidInput("profile.no_database", "a PostgreSQL profile needs a database name")
            if not 0 < self.port < 65536:
                raise InvalidInput("profile.bad_port", "the port must be between 1 and 65535")
            if self.sslmode not in SSL_MODES:
                raise InvalidInput(
                    "profile.bad_sslmode",
                    f"TLS mode must be one of {', '.join(SSL_MODES)}",
                    {"sslmode": self.sslmode, "modes": list(SSL_MODES)},
                )
            if self.ca_file and not Path(self.ca_file).is_file():
                raise InvalidInput(
                    "profile.no_ca_file", f"the CA file {self.ca_file} does not exist", {"path": self.ca_file}
                )


def local_profile() -> ConnectionProfile:
    return ConnectionProfile(LOCAL_PROFILE, "sqlite", str(default_sqlite_path()), builtin=True)


class ProfileStore:
    """Profiles in QSettings (group ``profiles/<name>``), passwords in the keyring."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self.qs = settings if settings is not None else QSettings()

    def builtin(self) -> list[ConnectionProfile]:
        out = [local_profile()]
        configured = get_settings().database_url
        if configured:
            out.insert(0, ConnectionProfile(CONFIGURED_PROFILE, "url", builtin=True, raw_url=configured))
        return out

    def names(self) -> list[str]:
        self.qs.beginGroup("profiles")
        try:
            return sorted(self.qs.childGroups())
        finally:
            self.qs.endGroup()

    def list(self) -> list[ConnectionProfile]:
        return [*self.builtin(), *(p for n in self.names() if (p := self.get(n)) is not None)]

    def default(self) -> ConnectionProfile:
        return self.builtin()[0]

    def get(self, name: str) -> ConnectionProfile | None:
        for p in self.builtin():
            if p.name == name:
                return p
        if name not in self.names():
            return None
        self.qs.beginGroup(f"profiles/{name}")
        try:
            value = self.qs.value
            return ConnectionProfile(
                name=name,
                kind=str(value("kind", "postgresql")),
                path=str(value("path", "")),
                host=str(value("host", "localhost")),
                port=int(value("port", 5432) or 5432),
                database=str(value("database", "")),
                user=str(value("user", "")),
                sslmode=str(value("sslmode", "prefer")),
                ca_file=str(value("ca_file", "")),
            )
        finally:
            self.qs.endGroup()

    def save(
        self, profile: ConnectionProfile, password: str | None = None, *, old_name: str | None = None
    ) -> None:
        """Store ``profile``; a non-empty ``password`` goes to the keyring (never to QSettings)."""
        profile.check()
        if profile.builtin or profile.name in (LOCAL_PROFILE, CONFIGURED_PROFILE):
            raise InvalidInput(
                "profile.builtin",
                f"{profile.name!r} is a built-in profile; choose another name",
                {"profile": profile.name},
            )
        if old_name and old_name != profile.name:
            self.delete(old_name)
        if password:
            keyring_set(keyring_entry(profile.name), password)
        self.qs.beginGroup(f"profiles/{profile.name}")
        try:
            for key in ("kind", "path", "host", "port", "database", "user", "sslmode", "ca_file"):
                self.qs.setValue(key, getattr(profile, key))
        finally:
            self.qs.endGroup()
        self.qs.sync()

    def delete(self, name: str) -> None:
        self.qs.remove(f"profiles/{name}")
        self.qs.sync()

    def password(self, profile: ConnectionProfile) -> str | None:
        return keyring_get(keyring_entry(profile.name)) if profile.is_postgres else None

    def url(self, profile: ConnectionProfile) -> URL | str:
        return profile.url(self.password(profile))


def profile_from_url(name: str, url: str) -> ConnectionProfile:
    """A transient profile for ``--db URL``."""
    return ConnectionProfile(name, "url", builtin=True, raw_url=url)


def demo_profile() -> ConnectionProfile:
    return ConnectionProfile("demo", "sqlite", str(demo_database_path()), builtin=True)


def renamed(profile: ConnectionProfile, name: str) -> ConnectionProfile:
    return replace(profile, name=name, builtin=False)
