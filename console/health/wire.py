"""Messages between the console and its poller process: length-prefixed pickles on a pipe.

Both ends are this code base and the pipe is private to the pair (never a socket others can
reach), so pickle is safe here and the cheapest way to move batches of samples. A frame is a
4-byte big-endian length and a pickled tuple ``(kind, *payload)``.

Console to poller: ``config``, ``targets``, ``poll_now``, ``record`` (samples of the in-process
local checks, for the history file), ``call`` (a one-off request), ``flush``, ``stop``.
Poller to console: ``batch`` (counters and every sample and event since the last one), ``reply``,
``log``.
"""

from __future__ import annotations

import pickle
import struct
import threading
from typing import Any, BinaryIO

HEADER = struct.Struct("!I")
MAX_FRAME = 256 * 1024 * 1024

CONFIG = "config"
TARGETS = "targets"
POLL_NOW = "poll_now"
RECORD = "record"
CALL = "call"
FLUSH = "flush"
STOP = "stop"
BATCH = "batch"
REPLY = "reply"
LOG = "log"


class ProtocolError(Exception):
    pass


class FrameWriter:
    """Writes whole frames from any thread (one lock, so frames never interleave)."""

    def __init__(self, stream: BinaryIO) -> None:
        self.stream = stream
        self._lock = threading.Lock()

    def send(self, *message: Any) -> None:
        data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
        with self._lock:
            self.stream.write(HEADER.pack(len(data)))
            self.stream.write(data)
            self.stream.flush()

    def close(self) -> None:
        with self._lock:
            self.stream.close()


def read_frame(stream: BinaryIO) -> tuple[Any, ...] | None:
    """The next message, or None at the end of the stream (the other side is gone)."""
    header = _read_exactly(stream, HEADER.size)
    if header is None:
        return None
    (size,) = HEADER.unpack(header)
    if size > MAX_FRAME:
        raise ProtocolError(f"frame of {size:,} bytes (limit {MAX_FRAME:,})")
    data = _read_exactly(stream, size)
    if data is None:
        return None
    message = pickle.loads(data)
    if not isinstance(message, tuple) or not message or not isinstance(message[0], str):
        raise ProtocolError(f"not a message: {type(message).__name__}")
    return message


def _read_exactly(stream: BinaryIO, size: int) -> bytes | None:
    chunks = []
    remaining = size
    while remaining:
        chunk = stream.read(remaining)
        if not chunk:
            return None
        chunks.append(chunk)
        remaining -= len(chunk)
    return b"".join(chunks)
