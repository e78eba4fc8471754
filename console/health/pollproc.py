"""The poller process: remote targets polled, parsed and written to the history file away from the
console's GIL, so the GUI thread never waits for the poller's Python code.

Run by :class:`console.health.pollclient.PollClient` as ``python -m console.health.pollproc``:
commands arrive on stdin, batches of samples leave on stdout (:mod:`console.health.wire`), stderr
is the console's. The process exits when stdin closes: the console stopped it or died.
"""

from __future__ import annotations

import contextlib
import logging
import os
import pickle
import signal
import sys
import threading
from typing import Any, BinaryIO

from console.health import wire
from console.health.history import HistoryWriter
from console.health.parsing import BadAnswer
from console.health.poller import MAX_BODY, PollEngine

log = logging.getLogger(__name__)

# One-off requests the console may make (run on the poller's loop).
CALLS = frozenset({"metric_families", "query_range"})
STOP_TIMEOUT = 2.0


class _ShipLogs(logging.Handler):
    """Log records go to the console, which logs them as its own (stderr, the log file)."""

    def __init__(self, out: wire.FrameWriter) -> None:
        super().__init__(logging.INFO)
        self.out = out
        self.setFormatter(logging.Formatter("%(message)s"))

    def emit(self, record: logging.LogRecord) -> None:
        with contextlib.suppress(OSError, ValueError):  # the console is gone
            self.out.send(wire.LOG, record.levelno, record.name, self.format(record))


class Poller:
    """A :class:`PollEngine` and a history writer, driven by the console's commands."""

    def __init__(self, out: wire.FrameWriter, config: dict[str, Any]) -> None:
        self.out = out
        self.batch_interval = float(config.get("batch_interval", 0.1))
        path = config.get("history_path")
        self.history = HistoryWriter(path) if path else None
        self.engine = PollEngine(
            writer=self.history,
            max_body=int(config.get("max_body") or MAX_BODY),
            last_status=config.get("last_status") or {},
            spread=bool(config.get("spread", True)),
        )
        self._done = threading.Event()
        self._parent = os.getppid()
        self._sender = threading.Thread(target=self._send_batches, name="health-batches", daemon=True)

    def start(self) -> None:
        if self.history is not None:
            self.history.start()
            if self.history.error:
                log.error("%s", self.history.error)
        self.engine.start()
        self._sender.start()

    def stop(self) -> None:
        self._done.set()
        self.engine.stop(STOP_TIMEOUT)
        self._sender.join(STOP_TIMEOUT)
        if self.history is not None:
            self.history.close()  # writes what is queued

    # -- commands ------------------------------------------------------------------------------
    def handle(self, message: tuple[Any, ...]) -> bool:
        """Act on one command; False when it asks to stop."""
        kind, args = message[0], message[1:]
        if kind == wire.STOP:
            return False
        if kind == wire.TARGETS:
            self.engine.set_targets(args[0])
        elif kind == wire.POLL_NOW:
            self.engine.poll_now(args[0])
        elif kind == wire.RECORD:
            if self.history is not None:
                for item in args[0]:
                    self.history.submit(item)
        elif kind == wire.CALL:
            self._call(*args)
        elif kind == wire.FLUSH:
            threading.Thread(target=self._flush, args=args, name="health-flush", daemon=True).start()
        else:
            log.warning("unknown command from the console: %r", kind)
        return True

    def _call(self, call_id: int, method: str, call_args: tuple[Any, ...]) -> None:
        if method not in CALLS:
            self._reply(call_id, False, ("error", f"unknown request {method!r}"))
            return
        engine = self.engine
        future = engine.submit(lambda: getattr(engine, method)(*call_args))

        def done(f: Any) -> None:
            if f.cancelled():
                self._reply(call_id, False, ("error", "cancelled: the poller is stopping"))
            elif (exc := f.exception()) is not None:
                self._reply(call_id, False, _error(exc))
            else:
                self._reply(call_id, True, f.result())

        future.add_done_callback(done)

    def _flush(self, call_id: int, timeout: float) -> None:
        if self.history is None:
            self._reply(call_id, True, (True, 0))
            return
        ok = self.history.flush(timeout)
        self._reply(call_id, True, (ok, self.history.written))

    def _reply(self, call_id: int, ok: bool, value: Any) -> None:
        with contextlib.suppress(OSError, ValueError):  # OSError: the console is gone
            try:
                self.out.send(wire.REPLY, call_id, ok, value)
            except (pickle.PicklingError, TypeError, AttributeError) as exc:  # an answer that cannot travel
                self.out.send(wire.REPLY, call_id, False, ("error", f"cannot send the answer: {exc}"))

    # -- results -------------------------------------------------------------------------------
    def _send_batches(self) -> None:
        """Every ``batch_interval``: one frame with the counters and everything polled since."""
        sent: tuple[int, int, str | None] | None = None
        while not self._done.wait(self.batch_interval):
            if os.getppid() != self._parent:  # orphaned (the console died without closing stdin)
                log.warning("the console is gone: the poller stops")
                os.kill(os.getpid(), signal.SIGTERM)
                return
            items = self.engine.drain()
            history = self.history
            counters = (
                self.engine.polls,
                history.written if history is not None else 0,
                history.error if history is not None else None,
            )
            if not items and counters == sent:
                continue
            try:
                self.out.send(wire.BATCH, *counters, items)
            except (OSError, ValueError):  # the console is gone; stdin's end stops the process
                return
            sent = counters


def _error(exc: BaseException) -> tuple[str, str]:
    if isinstance(exc, BadAnswer):
        return "bad_answer", str(exc)
    if isinstance(exc, TimeoutError):
        return "timeout", str(exc) or "timed out"
    return "error", f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


def serve(inp: BinaryIO, out: wire.FrameWriter) -> int:
    """Read commands until ``stop`` or the end of ``inp``; the exit code."""
    first = wire.read_frame(inp)
    if first is None:
        return 0
    if first[0] != wire.CONFIG:
        raise wire.ProtocolError(f"expected {wire.CONFIG!r} first, got {first[0]!r}")
    config: dict[str, Any] = first[1]
    level = int(config.get("log_level", logging.WARNING))
    logging.getLogger().setLevel(level)
    for noisy in ("httpx", "httpcore"):  # a line per request, hundreds a second: not over the pipe
        logging.getLogger(noisy).setLevel(max(level, logging.WARNING))
    poller = Poller(out, config)
    poller.start()
    try:
        while (message := wire.read_frame(inp)) is not None:
            if not poller.handle(message):
                break
    finally:
        poller.stop()
    return 0


def _terminate(_signum: int, _frame: Any) -> None:
    raise SystemExit(0)  # in the main thread: the history file is closed on the way out


POLLER_NICENESS = 5


def main() -> int:
    # The console stops the poller (Ctrl+C in its terminal reaches this process too); SIGTERM
    # (also what the orphan watch sends) ends it like the end of stdin.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _terminate)
    # Background work: when the CPUs are busy, the console's GUI process goes first.
    with contextlib.suppress(OSError, AttributeError):  # AttributeError: no os.nice (Windows)
        os.nice(POLLER_NICENESS)
    # Frames own the real stdout; whatever a library prints goes to stderr instead.
    out = wire.FrameWriter(os.fdopen(os.dup(1), "wb"))
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    root = logging.getLogger()
    root.handlers[:] = [_ShipLogs(out)]
    try:
        return serve(sys.stdin.buffer, out)
    except Exception:
        log.exception("the poller process failed")
        return 1
    finally:
        with contextlib.suppress(OSError, ValueError):
            out.close()


if __name__ == "__main__":
    code = main()
    # Everything is written and closed by now: skip the interpreter's teardown (about 100 ms of
    # unloading httpx, numpy, sqlite3) that the console's stop() would wait for.
    sys.stderr.flush()
    os._exit(code)
