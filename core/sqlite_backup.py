"""Verified copies of a SQLite database file, and the marker of a migration run in progress.

A copy is taken with SQLite's online backup API into a hidden temporary name, switched to a
self-contained rollback journal, checked (``PRAGMA integrity_check``), synced to disk, and
described by a small JSON manifest beside it (revisions, size, SHA-256, when, from where). Only
then are the manifest and the copy renamed into place (manifest first: a visible ``.bak`` always
has its manifest) and the folder synced. A copy that a kill cut short therefore never appears
under a backup's name.

:func:`verify` checks a copy before it replaces a database: manifest present and matching (size,
SHA-256), integrity check passed, and tables in it. A copy without a manifest (taken by an older
release) is accepted only when forced, and still only when its integrity check passes.
:func:`copy_into` writes a copy into the live file with the online backup API (one transaction:
other connections see the old or the new content, never a mix; a kill rolls it back).

The run marker (``<db>.migrate-run.json``) is written before a run changes anything and removed
after it ends: one found at the next start, from a process that is gone, is an interrupted run.
Nothing here imports Alembic (the console's start-up reads the marker).
"""

from __future__ import annotations

import hashlib
import json
import os
import socket
import sqlite3
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from core.errors import NotFound, Refused

MANIFEST_FORMAT = 1
CHUNK = 1 << 20
MARKER_SUFFIX = ".migrate-run.json"


@dataclass(frozen=True)
class Manifest:
    """What a backup holds, written beside it as ``<backup>.json``."""

    revisions: tuple[str, ...]
    size: int
    sha256: str
    created_at: str  # ISO 8601, UTC
    source: str
    integrity: tuple[str, ...] = ("ok",)  # PRAGMA integrity_check of the copy
    format: int = MANIFEST_FORMAT

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "revisions": list(self.revisions), "integrity": list(self.integrity)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Manifest:
        return cls(
            revisions=tuple(str(r) for r in data["revisions"]),
            size=int(data["size"]),
            sha256=str(data["sha256"]),
            created_at=str(data["created_at"]),
            source=str(data["source"]),
            integrity=tuple(str(i) for i in data.get("integrity", ("ok",))),
            format=int(data.get("format", MANIFEST_FORMAT)),
        )


@dataclass(frozen=True)
class BackupCheck:
    """A backup that passed :func:`verify`."""

    path: Path
    revisions: tuple[str, ...]
    manifest: Manifest | None  # None: an older backup, accepted because forced


def manifest_path(backup: Path) -> Path:
    return backup.with_name(backup.name + ".json")


def _partial(path: Path) -> Path:
    """The hidden name a file is written under before it is renamed into place."""
    return path.with_name(f".{path.name}.partial")


# -- taking a copy ---------------------------------------------------------------------------------
def take(source: Path, destination: Path, *, refuse_corrupt: bool = True) -> Manifest:
    """Copy the live database ``source`` to ``destination`` (see the module's docstring).

    A source failing its integrity check is refused (``refuse_corrupt``), or copied as it is with
    the problems in the manifest (the copy of a damaged database kept before a restore).
    """
    temp, temp_manifest = _partial(destination), _partial(manifest_path(destination))
    try:
        online_copy(source, temp)
        dst = sqlite3.connect(temp)
        try:
            dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, no -wal beside it
            problems = _integrity_problems(dst)
            if problems and refuse_corrupt:
                raise Refused(
                    "migrations.source_corrupt",
                    f"the database {source} fails its integrity check, so no backup was taken and "
                    f"nothing was run: {'; '.join(problems)}",
                    {"database": str(source), "problems": problems},
                )
            revisions = () if problems else _revisions(dst)
        finally:
            dst.close()
        _fsync(temp)
        size, digest = _size_and_hash(temp)
        manifest = Manifest(revisions, size, digest, utc_stamp(), str(source), tuple(problems or ["ok"]))
        _write_synced(temp_manifest, json.dumps(manifest.to_dict(), indent=2) + "\n")
        os.replace(temp_manifest, manifest_path(destination))
        os.replace(temp, destination)
        _fsync_dir(destination.parent)
    except BaseException:
        temp.unlink(missing_ok=True)
        temp_manifest.unlink(missing_ok=True)
        raise
    return manifest


def unique_path(database: Path, kind: str) -> Path:
    """``<db>.<kind>-<UTC timestamp>.bak`` beside the database, not taken yet."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    path = database.with_name(f"{database.name}.{kind}-{stamp}.bak")
    counter = 1
    while path.exists() or manifest_path(path).exists():
        path = database.with_name(f"{database.name}.{kind}-{stamp}-{counter}.bak")
        counter += 1
    return path


# -- checking and restoring ------------------------------------------------------------------------
def verify(backup: Path, *, force: bool = False) -> BackupCheck:
    """Check ``backup`` before it replaces a database; raise :class:`Refused` naming the fault."""
    if not backup.is_file():
        raise NotFound("migrations.backup_not_found", f"no backup file at {backup}", {"path": str(backup)})
    manifest = _read_manifest(backup)
    if manifest is None and not force:
        raise Refused(
            "migrations.backup_unverified",
            f"{backup} has no manifest ({manifest_path(backup).name}): it was taken by an older "
            "release, or its run was killed before the copy was complete. Restore it only if you "
            "trust it, with --force (it must still pass SQLite's integrity check)",
            {"backup": str(backup), "manifest": str(manifest_path(backup))},
        )
    if manifest is not None:
        size, digest = _size_and_hash(backup)
        if size != manifest.size or digest != manifest.sha256:
            raise Refused(
                "migrations.backup_mismatch",
                f"{backup} does not match its manifest: {size:,} bytes with SHA-256 {digest[:12]}…, "
                f"the manifest recorded {manifest.size:,} bytes with SHA-256 {manifest.sha256[:12]}…; "
                "the file was changed or cut short after it was taken. Nothing was restored",
                {"backup": str(backup), "size": size, "sha256": digest, "manifest": manifest.to_dict()},
            )
    problems, revisions, tables = _inspect(backup)
    if problems:
        raise Refused(
            "migrations.backup_corrupt",
            f"{backup} fails SQLite's integrity check: {'; '.join(problems[:5])}. Nothing was restored",
            {"backup": str(backup), "problems": problems[:20]},
        )
    if not tables:
        raise Refused(
            "migrations.backup_empty",
            f"{backup} holds no tables (an empty or unfinished copy): restoring it would leave an "
            "empty database. Nothing was restored",
            {"backup": str(backup)},
        )
    return BackupCheck(backup, revisions, manifest)


def online_copy(source: Path, destination: Path) -> None:
    """Copy ``source`` into ``destination`` with SQLite's online backup API, in one transaction
    (WAL content included; other connections to ``destination`` see the old or the new database)."""
    src = sqlite3.connect(source, timeout=30)
    dst = sqlite3.connect(destination, timeout=30)
    try:
        with dst:
            src.backup(dst)
    finally:
        dst.close()
        src.close()


# -- the run marker --------------------------------------------------------------------------------
@dataclass
class RunMarker:
    """A migration run in progress, as written beside the database before it starts."""

    action: str
    direction: str
    target: str
    actor: str
    actor_id: int | None
    revisions: list[str]
    pid: int = field(default_factory=os.getpid)
    pid_started: int | None = field(default_factory=lambda: process_start(os.getpid()))
    host: str = field(default_factory=socket.gethostname)
    started_at: str = field(default_factory=lambda: utc_stamp())
    state: str = "copying"  # copying: the backup is being taken | running: revisions are running
    backup: str | None = None
    audited_at: str | None = None  # set once an interrupted run was audited

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @property
    def alive(self) -> bool:
        """Is the process that wrote it still running (on this machine)?"""
        if self.host != socket.gethostname():
            return False
        try:
            os.kill(self.pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            pass
        # The same pid reused by a later process is not the run.
        return self.pid_started is None or process_start(self.pid) in (None, self.pid_started)


def marker_path(database: Path) -> Path:
    return database.with_name(database.name + MARKER_SUFFIX)


def write_marker(database: Path, marker: RunMarker) -> None:
    path = marker_path(database)
    temp = _partial(path)
    _write_synced(temp, json.dumps(marker.to_dict(), indent=2) + "\n")
    os.replace(temp, path)


def read_marker(database: Path) -> RunMarker | None:
    """The marker beside ``database``; an unreadable one counts as an interrupted unknown run."""
    path = marker_path(database)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        known = {k: data[k] for k in RunMarker.__dataclass_fields__ if k in data}
        return RunMarker(**known)
    except FileNotFoundError:
        return None
    except (OSError, ValueError, TypeError):
        return RunMarker("migrations.run", "upgrade", "unknown", "unknown", None, [], pid=-1)


def clear_marker(database: Path) -> None:
    marker_path(database).unlink(missing_ok=True)


# -- helpers ---------------------------------------------------------------------------------------
def utc_stamp() -> str:
    """Now, UTC, ISO 8601 to the second."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def process_start(pid: int) -> int | None:
    """When process ``pid`` started, in clock ticks since boot (Linux; None elsewhere)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    try:
        return int(stat.rsplit(")", 1)[1].split()[19])  # field 22, counted after "pid (comm)"
    except (IndexError, ValueError):
        return None


def _read_manifest(backup: Path) -> Manifest | None:
    path = manifest_path(backup)
    try:
        return Manifest.from_dict(json.loads(path.read_text(encoding="utf-8")))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise Refused(
            "migrations.backup_mismatch",
            f"the manifest {path} of {backup} cannot be read ({type(exc).__name__}: {exc}); "
            "nothing was restored",
            {"backup": str(backup), "manifest": str(path)},
        ) from None


def _inspect(backup: Path) -> tuple[list[str], tuple[str, ...], list[str]]:
    """Integrity problems, revisions and table names of a backup, opened read-only."""
    conn = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        problems = _integrity_problems(conn)
        if problems:
            return problems, (), []
        tables = [
            row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
        ]
        return [], _revisions(conn), tables
    finally:
        conn.close()


def _integrity_problems(conn: sqlite3.Connection) -> list[str]:
    try:
        rows = [str(row[0]) for row in conn.execute("PRAGMA integrity_check").fetchall()]
    except sqlite3.DatabaseError as exc:  # not a database at all, or a damaged header
        return [str(exc)]
    return [] if rows == ["ok"] else rows


def _revisions(conn: sqlite3.Connection) -> tuple[str, ...]:
    found = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).fetchone()
    if not found:
        return ()
    return tuple(sorted(row[0] for row in conn.execute("SELECT version_num FROM alembic_version")))


def _size_and_hash(path: Path) -> tuple[int, str]:
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return size, digest.hexdigest()


def _write_synced(path: Path, text: str) -> None:
    with path.open("w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:  # not possible everywhere (Windows): the renames are still atomic
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def leftovers(paths: Iterable[Path]) -> None:
    """Remove the hidden partial files of copies a kill cut short."""
    for path in paths:
        _partial(path).unlink(missing_ok=True)
        _partial(manifest_path(path)).unlink(missing_ok=True)


__all__ = [
    "BackupCheck",
    "Manifest",
    "RunMarker",
    "clear_marker",
    "leftovers",
    "manifest_path",
    "marker_path",
    "online_copy",
    "process_start",
    "read_marker",
    "take",
    "unique_path",
    "utc_stamp",
    "verify",
    "write_marker",
]
