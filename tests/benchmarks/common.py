"""Benchmark plumbing: registration, results, scratch databases, timing."""

from __future__ import annotations

import os
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import make_url, text

BENCHMARKS: dict[str, Callable[[], list[Result]]] = {}


@dataclass
class Result:
    name: str
    database: str
    scale: str
    measured: float
    unit: str
    goal: str
    baseline: float | None = None
    baseline_name: str | None = None
    passed: bool | None = None
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.baseline in (None, 0):
            return None
        return self.measured / self.baseline  # type: ignore[operator]

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["ratio"] = round(self.ratio, 3) if self.ratio is not None else None
        return out


def benchmark(name: str) -> Callable[[Callable[[], list[Result]]], Callable[[], list[Result]]]:
    def register(fn: Callable[[], list[Result]]) -> Callable[[], list[Result]]:
        BENCHMARKS[name] = fn
        return fn

    return register


def postgres_base_url() -> str:
    return (
        os.environ.get("PLATFORM_BENCH_POSTGRES_URL")
        or os.environ.get("PLATFORM_TEST_POSTGRES_URL")
        or "postgresql://postgres@127.0.0.1:5432/platform_test"
    )


@contextmanager
def postgres_schema() -> Iterator[str]:
    """A fresh schema on the benchmark server; yields a URL whose search_path points at it."""
    from core.db import make_engine

    base = postgres_base_url()
    schema = f"bench_{uuid.uuid4().hex[:10]}"
    admin = make_engine(base)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = make_url(base)
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    url = url.update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        admin.dispose()


@contextmanager
def postgres_database() -> Iterator[str]:
    """A database of its own on the benchmark server, created and dropped here: for benchmarks
    long enough that a test run dropping its database (``test``) must not meet them."""
    base = make_url(postgres_base_url())
    if base.drivername in ("postgresql", "postgres"):
        base = base.set(drivername="postgresql+psycopg")
    name = f"bench_{uuid.uuid4().hex[:10]}"
    from core.db import make_engine

    admin = make_engine(base, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        try:
            yield base.set(database=name).render_as_string(hide_password=False)
        finally:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()


@contextmanager
def sqlite_file() -> Iterator[str]:
    with tempfile.TemporaryDirectory(prefix="platform-bench-") as tmp:
        yield f"sqlite:///{Path(tmp) / 'bench.db'}"


@contextmanager
def database(kind: str) -> Iterator[str]:
    if kind == "postgresql":
        with postgres_schema() as url:
            yield url
    else:
        with sqlite_file() as url:
            yield url


def median_time(fn: Callable[[], Any], repeat: int = 5, setup: Callable[[], Any] | None = None) -> float:
    """Median wall time of ``fn`` in seconds; ``setup`` runs untimed before each call."""
    samples = []
    for _ in range(repeat):
        if setup is not None:
            setup()
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)
