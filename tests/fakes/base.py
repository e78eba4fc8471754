"""A threaded HTTP server on 127.0.0.1 (a free port) with fault hooks shared by the fakes.

Hooks act on the next matching request(s):

* :meth:`FakeServer.fail_next` answers with the given status, JSON body and headers instead of
  performing the request;
* :meth:`FakeServer.drop_after` performs the request, then closes the connection without a word
  (the client sees the connection reset: the answer is lost, the work is done);
* :meth:`FakeServer.delay_after` performs the request, then waits before answering (a client with a
  shorter timeout gives up; a killed client never reads it).
"""

from __future__ import annotations

import contextlib
import json
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

DROP = object()


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: bytes

    def header(self, name: str) -> str | None:
        for key, value in self.headers.items():
            if key.lower() == name.lower():
                return value
        return None


@dataclass
class Response:
    status: int
    body: Any = None  # dict/list -> JSON; bytes -> as is
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class _Hook:
    kind: str  # fail | drop | delay
    method: str
    prefix: str
    times: int
    response: Response | None = None
    seconds: float = 0.0


class FakeServer:
    """Subclasses implement :meth:`route` (the API) and may call the hooks."""

    def __init__(self) -> None:
        self.lock = threading.RLock()
        self.log: list[Request] = []
        self._hooks: list[_Hook] = []
        self._stop = threading.Event()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle --------------------------------------------------------------------------------
    def start(self) -> FakeServer:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                fake._serve(self, "GET")

            def do_POST(self) -> None:
                fake._serve(self, "POST")

            def do_DELETE(self) -> None:
                fake._serve(self, "DELETE")

            def log_message(self, format: str, *args: Any) -> None:  # quiet
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(0.05,), name=type(self).__name__, daemon=True
        )
        self._thread.start()
        return self

    @property
    def url(self) -> str:
        assert self._server is not None
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def stop(self) -> None:
        self._stop.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> FakeServer:
        return self.start()

    def __exit__(self, *exc: Any) -> None:
        self.stop()

    # -- hooks ------------------------------------------------------------------------------------
    def fail_next(
        self,
        prefix: str,
        status: int,
        body: Any,
        headers: dict[str, str] | None = None,
        *,
        method: str = "POST",
        times: int = 1,
    ) -> None:
        with self.lock:
            self._hooks.append(_Hook("fail", method, prefix, times, Response(status, body, headers or {})))

    def drop_after(self, prefix: str, *, method: str = "POST", times: int = 1) -> None:
        with self.lock:
            self._hooks.append(_Hook("drop", method, prefix, times))

    def delay_after(self, prefix: str, seconds: float, *, method: str = "POST", times: int = 1) -> None:
        with self.lock:
            self._hooks.append(_Hook("delay", method, prefix, times, seconds=seconds))

    def _take(self, kinds: tuple[str, ...], method: str, path: str) -> _Hook | None:
        with self.lock:
            for hook in self._hooks:
                if hook.kind in kinds and hook.method == method and path.startswith(hook.prefix):
                    hook.times -= 1
                    if hook.times <= 0:
                        self._hooks.remove(hook)
                    return hook
        return None

    def requests_to(self, method: str, prefix: str) -> list[Request]:
        with self.lock:
            return [r for r in self.log if r.method == method and r.path.startswith(prefix)]

    # -- serving ----------------------------------------------------------------------------------
    def route(self, request: Request) -> Response:  # pragma: no cover - subclasses
        raise NotImplementedError

    def _serve(self, handler: BaseHTTPRequestHandler, method: str) -> None:
        parts = urlsplit(handler.path)
        length = int(handler.headers.get("Content-Length") or 0)
        body = handler.rfile.read(length) if length else b""
        request = Request(
            method, parts.path, dict(parse_qsl(parts.query)), dict(handler.headers.items()), body
        )
        with self.lock:
            self.log.append(request)
        fault = self._take(("fail",), method, parts.path)
        if fault is not None:
            assert fault.response is not None
            self._write(handler, fault.response)
            return
        response = self.route(request)
        after = self._take(("drop", "delay"), method, parts.path)
        if after is not None and after.kind == "drop":
            handler.close_connection = True
            return  # the work is done; the answer never leaves
        if after is not None and after.kind == "delay":
            self._stop.wait(after.seconds)
        with contextlib.suppress(OSError):  # the client went away (timed out, or was killed)
            self._write(handler, response)

    def _write(self, handler: BaseHTTPRequestHandler, response: Response) -> None:
        if isinstance(response.body, bytes):
            payload = response.body
            content_type = "text/plain"
        else:
            payload = json.dumps(response.body).encode()
            content_type = "application/json"
        handler.send_response(response.status)
        handler.send_header("Content-Type", content_type)
        handler.send_header("Content-Length", str(len(payload)))
        for key, value in response.headers.items():
            handler.send_header(key, value)
        handler.end_headers()
        handler.wfile.write(payload)
        handler.wfile.flush()
