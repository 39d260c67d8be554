"""The writer's hot statements as plain SQL on the DBAPI connection, inside SQLAlchemy's transaction.

A cold pass writes about a dozen statements per new item. Built as SQLAlchemy
expressions, each cost ~0.25 ms of construction, cache-key generation and
result wrapping, several times what SQLite takes to run it; a fixed SQL string
on the `sqlite3` connection costs microseconds (and `sqlite3` keeps it
prepared). The transaction is still the one `Database.writer.begin()` opened
with `BEGIN IMMEDIATE`: these statements run on that same connection.

Times go in and come out exactly as the table columns store them (the column
type's own processors), so rows written here and rows written through
SQLAlchemy compare and sort alike.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Connection
from sqlalchemy.dialects import sqlite as sqlite_dialect

from monitor.store.tables import ItemRow

_DIALECT = sqlite_dialect.dialect()
_TIME = ItemRow.__table__.c.ts.type  # type: ignore[attr-defined]
_TIME_IN = _TIME._cached_bind_processor(_DIALECT)  # aware datetime -> the stored text
_TIME_OUT = _TIME._cached_result_processor(_DIALECT, None)  # stored text -> aware UTC datetime
CHUNK = 500  # values per IN (...) list, well under SQLite's variable limit


def dbapi(conn: Connection) -> sqlite3.Connection:
    """The `sqlite3` connection under a SQLAlchemy one (same transaction)."""
    return cast(sqlite3.Connection, conn.connection.driver_connection)


def time_in(value: datetime | None) -> str | None:
    """An aware datetime as the column stores it (`timeconv.to_db` first, as every writer does)."""
    return None if value is None else _TIME_IN(value)  # type: ignore[no-any-return]


def time_out(value: str | None) -> datetime | None:
    return None if value is None else _TIME_OUT(value)  # type: ignore[no-any-return]


def marks(count: int) -> str:
    """`?, ?, ?` for an IN list of `count` values."""
    return ", ".join("?" * count)


def chunks(values: Sequence[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def rows_in(raw: sqlite3.Connection, sql: str, values: Sequence[Any], *before: Any) -> list[tuple[Any, ...]]:
    """Run `sql` (with one `{}` for the IN list's marks) over `values` in chunks; `before` are the
    parameters that precede the list."""
    if len(values) <= CHUNK:
        return raw.execute(sql.format(marks(len(values))), (*before, *values)).fetchall() if values else []
    return [row for chunk in chunks(values) for row in raw.execute(sql.format(marks(len(chunk))), (*before, *chunk))]


# The writer's connection holds the pages it keeps revisiting (the band index, recent items) in its own
# cache rather than re-reading them from the OS, and lets the WAL grow to ~40 MB between checkpoints: a
# feed's transaction rewrites pages all over the band index, and checkpointing after every feed (the
# default 1000 pages) wrote and synced the same pages again and again (8 s of a 10k-item cold pass).
WRITER_PRAGMAS = {"cache_size": -16000, "wal_autocheckpoint": 10000}


def tune_writer(raw: sqlite3.Connection) -> None:
    """Apply `WRITER_PRAGMAS` to a writer connection once (both are per connection, so cheap to check)."""
    if raw.execute("PRAGMA cache_size").fetchone()[0] != WRITER_PRAGMAS["cache_size"]:
        for name, value in WRITER_PRAGMAS.items():
            raw.execute(f"PRAGMA {name} = {int(value)}")
