"""Files written whole or not at all: the one way the platform replaces a file it exports.

An :class:`AtomicFile` writes ``.<name>.<random>.part`` beside its target (same file system, so
the final rename is atomic), flushes it to disk and renames it over the target on
:meth:`AtomicFile.commit`; :meth:`AtomicFile.abort` (or leaving the ``with`` block without
committing) removes it. A reader never sees half a file, and a failed or cancelled write leaves
what was there before. The new file gets the mode a plain ``open()`` would give it (``0666``
less the umask), or the replaced file's mode; after the rename the folder is flushed to disk too,
so the rename itself survives a power cut (POSIX). :func:`replaced_atomically` is the same for a
``with`` block that commits when it ends normally. Imports no Qt.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import IO, Any, Self

from core.errors import InvalidInput


def checked_target(
    path: str | os.PathLike[str], *, code: str = "file.bad_path", what: str = "the path"
) -> Path:
    """``path`` as a file to write, or :class:`InvalidInput` (``code``) for an empty one or a folder."""
    text = os.fspath(path)
    if not text.strip() or os.path.isdir(text):
        raise InvalidInput(code, f"{what} needs a file name, not {text!r}", {"path": text})
    return Path(text)


class CannotWrite(InvalidInput, OSError):
    """The file cannot be made beside its target (a missing folder, no permission, a full disk):
    an :class:`InvalidInput` (``file.cannot_write``) naming the path and the cause, and an
    :class:`OSError` (``errno``, ``strerror``), so a caller that words its own error for an
    unwritable file (its own code) goes on catching it as one."""

    def __init__(self, target: Path, exc: OSError) -> None:
        reason = exc.strerror or str(exc)
        super().__init__("file.cannot_write", f"cannot write {target}: {reason}", {"path": str(target)})
        self.errno, self.strerror, self.filename = exc.errno, exc.strerror, str(target)

    def __str__(self) -> str:
        return self.message


def _create_beside(target: Path) -> tuple[int, Path]:
    """A new temporary file beside ``target``, created as ``open()`` creates one (the umask
    applies), with the mode of the file it replaces when there is one."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
    for _ in range(100):
        temp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")
        try:
            fd = os.open(temp, flags, 0o666)
        except FileExistsError:
            continue
        except OSError as exc:
            raise CannotWrite(target, exc) from None
        try:
            kept = stat.S_IMODE(os.stat(target).st_mode)
        except OSError:
            return fd, temp  # a new file: 0666 less the umask
        with contextlib.suppress(OSError):
            os.chmod(temp, kept)
        return fd, temp
    raise CannotWrite(target, FileExistsError(17, "no free temporary name beside it"))


def _sync_folder(folder: Path) -> None:
    """Flush a folder's entries (the rename) to disk; not possible, nor needed, on Windows."""
    if os.name == "nt":  # pragma: no cover - Windows
        return
    with contextlib.suppress(OSError):  # some file systems refuse a folder's fsync
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


class AtomicFile:
    """A file being written: ``with AtomicFile(path) as out: out.file.write(...); out.commit()``.

    ``binary``: the file takes bytes; else UTF-8 text with newlines as written (what the csv
    module wants). ``code`` and ``what`` word the error for an empty path or a folder.
    """

    def __init__(
        self,
        target: str | os.PathLike[str],
        *,
        binary: bool = False,
        code: str = "file.bad_path",
        what: str = "the path",
    ) -> None:
        self.target = checked_target(target, code=code, what=what)
        fd, self.temp = _create_beside(self.target)
        try:
            mode: dict[str, Any] = (
                {"mode": "wb"} if binary else {"mode": "w", "encoding": "utf-8", "newline": ""}
            )
            self._file: IO[Any] | None = os.fdopen(fd, **mode)
        except BaseException:
            os.close(fd)
            self.temp.unlink(missing_ok=True)
            raise

    @property
    def file(self) -> IO[Any]:
        if self._file is None:
            raise ValueError("this file was closed already")
        return self._file

    def commit(self) -> Path:
        """Flush to disk and rename over the target; returns the target."""
        handle = self.file
        try:
            handle.flush()
            os.fsync(handle.fileno())
            handle.close()
            os.replace(self.temp, self.target)
        except BaseException:
            self.abort()  # the target as it was, no temporary file
            raise
        self._file = None
        _sync_folder(self.target.parent)
        return self.target

    def abort(self) -> None:
        """Close and remove the temporary file (the target, if it existed, is untouched); nothing
        after a commit."""
        handle, self._file = self._file, None
        if handle is not None:
            try:
                with contextlib.suppress(OSError):  # a failed flush (full disk): removed all the same
                    handle.close()
            finally:
                with contextlib.suppress(FileNotFoundError):
                    self.temp.unlink()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.abort()


@contextlib.contextmanager
def replaced_atomically(
    path: str | os.PathLike[str], *, binary: bool = False, code: str = "file.bad_path", what: str = "the path"
) -> Iterator[IO[Any]]:
    """A file written beside ``path`` and renamed onto it when the block ends normally; an error
    inside the block leaves what was there before (and no temporary file)."""
    with AtomicFile(path, binary=binary, code=code, what=what) as out:
        yield out.file
        out.commit()
