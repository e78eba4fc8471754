"""core.db's PostgreSQL helpers against a real server: ``pg_array`` (one array literal bound for
``CAST(:x AS integer[] / text[])``, read back exactly as the Python values were, hostile text
included) and ``compress_quickly`` (lz4 for the transaction's large values)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Connection, text

from core.db import Database, compress_quickly, pg_array

HOSTILE = [
    "plain",
    "",
    " ",
    "  leading and trailing  ",
    'a "quoted" word',
    '"',
    '""',
    "back\\slash",
    "\\",
    "\\\\",
    '\\"',
    "ends with a backslash\\",
    "a,comma",
    ",",
    "{braces}",
    "{",
    "}",
    "{}",
    "NULL",
    "null",
    "(parens)",
    "tab\there",
    "new\nline",
    "Bestellungen aktivieren — é, ü, ß",
    "日本語",
    "emoji 🚀",
    "'single' quotes",
    "semi;colon",
]


@pytest.fixture
def backend() -> str:
    return "postgres"  # the round trips are PostgreSQL's (the db fixture of tests/conftest.py)


@pytest.fixture
def pg(db: Database) -> Iterator[Connection]:
    with db.engine.connect() as conn:
        yield conn


def _texts(conn: Connection, values: list[str]) -> list[str]:
    stmt = text("SELECT CAST(:a AS text[])")
    return list(conn.execute(stmt, {"a": pg_array(values)}).scalar_one())


def test_the_literals_themselves() -> None:
    assert pg_array([]) == "{}"
    assert pg_array([1, -2, 30]) == "{1,-2,30}"
    assert pg_array(["a", "b c"]) == '{"a","b c"}'
    assert pg_array(['say "hi"', "a\\b"]) == '{"say \\"hi\\"","a\\\\b"}'
    with pytest.raises(TypeError):
        pg_array([1, "2"])  # type: ignore[list-item]
    with pytest.raises(TypeError):
        pg_array(["1", 2])  # type: ignore[list-item]
    with pytest.raises(TypeError):
        pg_array([1.5])  # type: ignore[list-item]


def test_hostile_text_round_trips_through_postgresql(pg: Connection) -> None:
    assert _texts(pg, HOSTILE) == HOSTILE
    for value in HOSTILE:  # one by one too: a lone element is where quoting mistakes show
        assert _texts(pg, [value]) == [value]
    assert _texts(pg, []) == []
    assert (
        pg.execute(text("SELECT CAST(:a AS text[]) IS NULL"), {"a": pg_array(["NULL"])}).scalar_one() is False
    )


def test_integers_and_unnest_pairs_round_trip(pg: Connection) -> None:
    ids = [1, 0, -7, 2_147_483_647, -2_147_483_648, 42]
    assert list(pg.execute(text("SELECT CAST(:a AS integer[])"), {"a": pg_array(ids)}).scalar_one()) == ids
    assert list(pg.execute(text("SELECT CAST(:a AS integer[])"), {"a": pg_array([])}).scalar_one()) == []
    rows = pg.execute(
        text(
            "SELECT r.pid, r.code "
            "FROM unnest(CAST(:pids AS integer[]), CAST(:codes AS text[])) AS r(pid, code)"
        ),
        {"pids": pg_array(ids), "codes": pg_array(HOSTILE[: len(ids)])},
    ).all()
    assert [tuple(r) for r in rows] == list(zip(ids, HOSTILE[: len(ids)], strict=True))


# One connection for every example: nothing is written, so nothing leaks from one to the next.
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=12))
)
def test_any_text_round_trips(pg: Connection, values: list[str]) -> None:
    assert _texts(pg, values) == values


def test_compress_quickly_for_the_transaction_only(pg: Connection, sqlite_db: Database) -> None:
    lz4 = pg.execute(
        text("SELECT 'lz4' = ANY(enumvals) FROM pg_settings WHERE name = 'default_toast_compression'")
    ).scalar_one()
    before = pg.execute(text("SHOW default_toast_compression")).scalar_one()
    pg.execute(text("CREATE TEMPORARY TABLE big (g json)"))
    pg.commit()
    big = '{"values": [' + ",".join(str(i / 7) for i in range(20_000)) + "]}"
    compress_quickly(pg)
    pg.execute(text("INSERT INTO big VALUES (CAST(:g AS json))"), {"g": big})
    method = pg.execute(text("SELECT pg_column_compression(g) FROM big")).scalar_one()
    pg.commit()
    assert method == ("lz4" if lz4 else before)
    assert pg.execute(text("SHOW default_toast_compression")).scalar_one() == before  # SET LOCAL
    assert pg.execute(text("SELECT g::text FROM big")).scalar_one() == big
    with sqlite_db.engine.connect() as conn:
        compress_quickly(conn)  # nothing to do on SQLite, and no error
