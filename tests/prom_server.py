"""A small Prometheus-compatible server on 127.0.0.1: ``/api/v1/query`` answers what the test sets.

    with PromServer().start() as prom:
        prom.set_values({"p1": 0.01, "p2": 0.2})        # one series per platform (label `platform`)
        prom.set_values(lambda query: {...})              # or per query
        prom.delay_after("/api/v1/query", 5, method="GET")  # slow (the hooks of FakeServer)
        prom.fail_next("/api/v1/query", 400, prom.error("bad_data", "parse error"), method="GET")
        prom.stop()                                       # unreachable from now on

A fixed vector is encoded once, when set: 100,000 series (about 8 MB) then cost the server only
the writing, so a benchmark measures the client.
"""

from __future__ import annotations

import json
import math
import time
from collections.abc import Callable, Mapping
from http.server import BaseHTTPRequestHandler
from typing import Any

from tests.fakes.base import FakeServer, Request, Response

Values = Mapping[str, float]


def _sample(value: float) -> str:
    """A sample value as Prometheus writes it (``NaN``, ``+Inf``, ``-Inf``, else the number)."""
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "+Inf" if value > 0 else "-Inf"
    return repr(float(value))


def vector_body(values: Values, *, name: str = "gate_metric", ts: float | None = None) -> bytes:
    """A ``/api/v1/query`` success answer: one series per platform."""
    stamp = round(time.time() if ts is None else ts, 3)
    result = [
        {"metric": {"__name__": name, "platform": code}, "value": [stamp, _sample(value)]}
        for code, value in values.items()
    ]
    return json.dumps(
        {"status": "success", "data": {"resultType": "vector", "result": result}}, separators=(",", ":")
    ).encode()


class PromServer(FakeServer):
    """Answers instant queries with a vector the test controls; every query is kept in ``queries``."""

    def __init__(self, values: Values | Callable[[str], Values] | None = None) -> None:
        super().__init__()
        self.queries: list[str] = []
        self._fixed: bytes | None = None
        self._per_query: Callable[[str], Values] | None = None
        self.set_values(values or {})

    def set_values(self, values: Values | Callable[[str], Values]) -> None:
        with self.lock:
            if callable(values):
                self._per_query, self._fixed = values, None
            else:
                self._per_query, self._fixed = None, vector_body(values)

    def set_body(self, body: bytes) -> None:
        """Answer exactly these bytes (a malformed answer, a huge one)."""
        with self.lock:
            self._per_query, self._fixed = None, body

    @staticmethod
    def error(kind: str, message: str) -> dict[str, Any]:
        """Prometheus's error document (sent with HTTP 400, 422 or 503)."""
        return {"status": "error", "errorType": kind, "error": message}

    def route(self, request: Request) -> Response:
        if request.path != "/api/v1/query":
            return Response(404, b"404 page not found\n", {"Content-Type": "text/plain"})
        query = request.query.get("query", "")
        with self.lock:
            self.queries.append(query)
            fixed, per_query = self._fixed, self._per_query
        if not query:
            return Response(400, self.error("bad_data", 'invalid parameter "query": empty query'))
        if fixed is not None:
            return Response(200, fixed, {"Content-Type": "application/json"})
        assert per_query is not None
        return Response(200, vector_body(per_query(query)), {"Content-Type": "application/json"})

    def _write(self, handler: BaseHTTPRequestHandler, response: Response) -> None:
        """As FakeServer writes, with the content type of the response when it names one."""
        body = response.body
        payload = body if isinstance(body, bytes) else json.dumps(body).encode()
        headers = {"Content-Type": "application/json", **response.headers}
        handler.send_response(response.status)
        for key, value in headers.items():
            handler.send_header(key, value)
        handler.send_header("Content-Length", str(len(payload)))
        handler.end_headers()
        handler.wfile.write(payload)
        handler.wfile.flush()

    def __enter__(self) -> PromServer:
        self.start()
        return self


def main(argv: list[str] | None = None) -> None:
    """``python -m tests.prom_server --platforms N [--value V] [--demo]``: serve ``platform-000000``
    ... (``--demo``: the codes of ``platformctl demo seed``, ``demo-00001`` ...) with the value V
    until killed (benchmarks run it in its own process); prints its URL on stdout."""
    import argparse
    import sys
    import threading

    parser = argparse.ArgumentParser(prog="python -m tests.prom_server")
    parser.add_argument("--platforms", type=int, default=1000)
    parser.add_argument("--value", type=float, default=0.0)
    parser.add_argument("--prefix", default="platform-")
    parser.add_argument("--demo", action="store_true", help="the demo seed's platform codes")
    args = parser.parse_args(argv)
    codes = demo_codes(args.platforms) if args.demo else platform_codes(args.platforms, args.prefix)
    server = PromServer(dict.fromkeys(codes, args.value)).start()
    print(server.url, flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
        sys.stdout.flush()


def platform_codes(count: int, prefix: str = "platform-") -> list[str]:
    return [f"{prefix}{i:06d}" for i in range(count)]


def demo_codes(count: int) -> list[str]:
    """The codes ``platformctl demo seed --platforms N`` gives an empty database's platforms."""
    return [f"demo-{i:05d}" for i in range(1, count + 1)]


def platform_values(count: int, value: float = 0.0, prefix: str = "platform-") -> dict[str, float]:
    return dict.fromkeys(platform_codes(count, prefix), value)


if __name__ == "__main__":
    main()
