"""core.atomic_file: the one writer of files that appear whole or not at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.atomic_file import AtomicFile, replaced_atomically
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


def test_a_missing_folder_is_an_os_error_and_writes_nothing(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError), replaced_atomically(tmp_path / "no" / "such.csv"):
        pass
    assert list(tmp_path.iterdir()) == []
