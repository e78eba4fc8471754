"""core.atomic_file: the one writer of files that appear whole or not at all."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from core.atomic_file import AtomicFile, CannotWrite, replaced_atomically
from core.errors import InvalidInput


def test_a_block_that_ends_normally_replaces_the_target(tmp_path: Path) -> None:
    target = tmp_path / "report.png"
    target.write_bytes(b"old")
    with replaced_atomically(target, binary=True) as handle:
        handle.write(b"\x89PNG new")
        assert target.read_bytes() == b"old"  # the new bytes are beside it until the block ends
    assert target.read_bytes() == b"\x89PNG new"
    assert [p.name for p in tmp_path.iterdir()] == ["report.png"]


def test_an_error_in_the_block_leaves_the_old_file_and_no_temporary_one(tmp_path: Path) -> None:
    target = tmp_path / "audit.csv"
    target.write_text("before\n", encoding="utf-8")
    with pytest.raises(RuntimeError), replaced_atomically(target) as handle:
        handle.write("half of it")
        raise RuntimeError("the database went away")
    assert target.read_text(encoding="utf-8") == "before\n"
    assert [p.name for p in tmp_path.iterdir()] == ["audit.csv"]


def test_a_failed_rename_leaves_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    out = AtomicFile(target)
    out.file.write("{}")
    target.mkdir()  # a folder appeared where the file goes: the rename fails
    (target / "inside").write_text("x")
    with pytest.raises(OSError):
        out.commit()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.json"]
    assert target.is_dir()


@pytest.mark.parametrize("path", ["", "   ", "FOLDER"])
def test_an_empty_path_or_a_folder_is_bad_input(tmp_path: Path, path: str) -> None:
    given = str(tmp_path) if path == "FOLDER" else path
    with (
        pytest.raises(InvalidInput) as raised,
        replaced_atomically(given, code="export.bad_path", what="--out"),
    ):
        pass
    assert raised.value.code == "export.bad_path" and "--out needs a file name" in str(raised.value)
    assert list(tmp_path.iterdir()) == []


def test_a_missing_folder_is_one_clear_error_and_writes_nothing(tmp_path: Path) -> None:
    target = tmp_path / "no" / "such.csv"
    with pytest.raises(CannotWrite) as raised, replaced_atomically(target):
        pass
    error = raised.value
    assert isinstance(error, InvalidInput) and error.code == "file.cannot_write"
    assert str(error) == f"cannot write {target}: No such file or directory"
    # Still an OSError, so a caller's own wording (and code) for an unwritable file applies.
    assert isinstance(error, OSError) and error.errno == errno.ENOENT
    assert error.strerror == "No such file or directory"
    assert list(tmp_path.iterdir()) == []


@pytest.fixture
def umask_027() -> Iterator[None]:
    old = os.umask(0o027)
    try:
        yield
    finally:
        os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.usefixtures("umask_027")
def test_a_new_file_gets_the_mode_open_gives_and_a_replaced_one_keeps_its_own(tmp_path: Path) -> None:
    plain = tmp_path / "plain.csv"
    plain.write_text("x")  # what open() makes under this umask
    assert _mode(plain) == 0o640
    with replaced_atomically(tmp_path / "new.csv") as handle:
        handle.write("new")
    assert _mode(tmp_path / "new.csv") == _mode(plain)
    kept = tmp_path / "shared.csv"
    kept.write_text("old")
    kept.chmod(0o664)
    with replaced_atomically(kept) as handle:
        handle.write("new")
    assert kept.read_text() == "new" and _mode(kept) == 0o664


def test_the_folder_is_flushed_after_the_rename(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    synced: list[str] = []
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        synced.append("folder" if stat.S_ISDIR(os.fstat(fd).st_mode) else "file")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    with replaced_atomically(tmp_path / "out.json") as handle:
        handle.write("{}")
    assert synced == ["file", "folder"]


def test_abort_removes_the_temporary_file_when_closing_it_fails(tmp_path: Path) -> None:
    out = AtomicFile(tmp_path / "out.csv")
    out.file.write("buffered, not yet written")
    os.close(out.file.fileno())  # the flush on close fails (EBADF), as on a full disk
    out.abort()
    assert list(tmp_path.iterdir()) == []
