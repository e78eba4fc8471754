"""Files written whole or not at all: the one way the platform replaces a file it exports.

An :class:`AtomicFile` writes ``.<name>.<random>.part`` beside its target (same file system, so
the final rename is atomic), flushes it to disk and renames it over the target on
:meth:`AtomicFile.commit`; :meth:`AtomicFile.abort` (or leaving the ``with`` block without
committing) removes it. A reader never sees half a file, and a failed or cancelled write leaves
what was there before. :func:`replaced_atomically` is the same for a ``with`` block that commits
when it ends normally. Imports no Qt.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
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
        fd, name = tempfile.mkstemp(prefix=f".{self.target.name}.", suffix=".part", dir=self.target.parent)
        self.temp = Path(name)
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
        return self.target

    def abort(self) -> None:
        """Close and remove the temporary file (the target, if it existed, is untouched); nothing
        after a commit."""
        if self._file is not None:
            self._file.close()
            self._file = None
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
