"""Opening the database: engines, pragmas, schema creation, version and migrations.

Two engines share one SQLite file. Readers use deferred transactions and never
block the fetcher; the writer starts every transaction with `BEGIN IMMEDIATE`,
so two writers (the TUI's fetcher and a `monitor fetch` daemon) queue on the
lock up front instead of failing half-way through a feed with SQLITE_BUSY.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Engine, Table, create_engine, event, text
from sqlalchemy.dialects import sqlite as sqlite_dialect
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.schema import CreateIndex, CreateTable
from sqlmodel import SQLModel

from monitor.errors import StoreError
from monitor.store import tables  # importing it registers the tables on SQLModel.metadata

SCHEMA_VERSION = 7

_FTS = [
    "CREATE VIRTUAL TABLE IF NOT EXISTS item_fts USING fts5("
    "title, summary, content='item', content_rowid='id', tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER IF NOT EXISTS item_fts_ai AFTER INSERT ON item BEGIN "
    "INSERT INTO item_fts(rowid, title, summary) VALUES (new.id, new.title, new.summary); END",
    "CREATE TRIGGER IF NOT EXISTS item_fts_ad AFTER DELETE ON item BEGIN "
    "INSERT INTO item_fts(item_fts, rowid, title, summary) VALUES ('delete', old.id, old.title, old.summary); END",
    "CREATE TRIGGER IF NOT EXISTS item_fts_au AFTER UPDATE OF title, summary ON item BEGIN "
    "INSERT INTO item_fts(item_fts, rowid, title, summary) VALUES ('delete', old.id, old.title, old.summary); "
    "INSERT INTO item_fts(rowid, title, summary) VALUES (new.id, new.title, new.summary); END",
]



def _create_sql(table: Table, *, if_not_exists: bool = False) -> list[str]:
    """DDL for a table added by a migration, compiled from its model so new and migrated files agree
    (SQLite drops IF NOT EXISTS from the stored schema text, so that option leaves them alike too)."""
    dialect = sqlite_dialect.dialect()
    return [str(CreateTable(table, if_not_exists=if_not_exists).compile(dialect=dialect)).strip()] + [
        str(CreateIndex(index, if_not_exists=if_not_exists).compile(dialect=dialect))
        for index in sorted(table.indexes, key=lambda i: str(i.name))
    ]


# version -> statements that bring a database of that version to version + 1
MIGRATIONS: dict[int, list[str]] = {
    # 1 -> 2: stories fold rewrites (LSH band index, user splits) and carry read/acknowledged state.
    1: [
        "ALTER TABLE story ADD COLUMN read BOOLEAN DEFAULT '0' NOT NULL",
        "ALTER TABLE story ADD COLUMN acked BOOLEAN DEFAULT '0' NOT NULL",
        *_create_sql(tables.StoryBandRow.__table__),  # type: ignore[attr-defined]
        *_create_sql(tables.StorySplitRow.__table__),  # type: ignore[attr-defined]
    ],
    # 2 -> 3: exact-duplicate identity answers to every sighting's link and text, not the first one's
    # (monitor.store.identity). Keys come from the item rows here, oldest item first, and from the
    # sightings' own links after (in Python: canonical_url). IF NOT EXISTS: re-running it is harmless.
    2: [
        *_create_sql(tables.ItemKeyRow.__table__, if_not_exists=True),  # type: ignore[attr-defined]
        (
            'INSERT OR IGNORE INTO item_key(kind, "key", item_id) SELECT \'url\', canonical_url, id FROM item'
            " WHERE canonical_url IS NOT NULL AND canonical_url != '' ORDER BY id"
        ),
        'INSERT OR IGNORE INTO item_key(kind, "key", item_id) SELECT \'text\', content_hash, id FROM item ORDER BY id',
    ],
    # 3 -> 4: indexes no query uses, each a cost on every insert. Identity finds links and texts through
    # item_key (3), so the item's own canonical_url and content_hash indexes (random keys: a scattered page
    # write per insert) served nothing; the unique (feed_id, guid) constraint already indexes feed_id.
    # And feed health keeps the last document's recoverable problems, which were only logged.
    3: [
        "ALTER TABLE feed ADD COLUMN last_warning VARCHAR",
        "DROP INDEX IF EXISTS ix_item_canonical_url",
        "DROP INDEX IF EXISTS ix_item_content_hash",
        "DROP INDEX IF EXISTS ix_sighting_feed_id",
    ],
    # 4 -> 5: an item's story from a small covering index. Folding's candidate ranking reads it for every
    # band hit (~100 per new item), and the item rows themselves are large and spread over many pages.
    4: ["CREATE INDEX IF NOT EXISTS ix_item_id_story ON item (id, story_id)"],
    # 5 -> 6: the story index keys each name too (`monitor.storykeys`); recent items are indexed again below.
    5: [],
    # 6 -> 7: the band index loses its `ts` index (written ~38 times per new item, read by an hourly prune that
    # now scans instead: `monitor.store.folding.prune`).
    6: ["DROP INDEX IF EXISTS ix_story_band_ts"],
}


def database_url(path_or_url: str | Path) -> str:
    """Accept a plain path (the common case) or a full `sqlite:///...` URL."""
    text_value = str(path_or_url)
    if text_value.startswith("sqlite:"):
        return text_value
    return f"sqlite:///{Path(text_value).expanduser()}"


def _make_engine(url: str, *, immediate: bool) -> Engine:
    engine = create_engine(url, connect_args={"timeout": 30, "check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves (pysqlite's own is broken)
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.close()

    begin_sql = "BEGIN IMMEDIATE" if immediate else "BEGIN"

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:  # type: ignore[no-untyped-def]
        conn.exec_driver_sql(begin_sql)

    return engine


class Database:
    """The two engines over one file, created and migrated on open."""

    def __init__(self, path_or_url: str | Path) -> None:
        self.url = database_url(path_or_url)
        if self.url.startswith("sqlite:///") and self.url != "sqlite:///:memory:":
            parent = Path(self.url.removeprefix("sqlite:///")).parent
            try:
                parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(f"cannot create the database folder {parent}: {exc}") from exc
        try:
            self.writer = _make_engine(self.url, immediate=True)
            self.reader = _make_engine(self.url, immediate=False)
            self._prepare()
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot open database {self.url}: {exc.orig if hasattr(exc, 'orig') else exc}") from exc

    def _prepare(self) -> None:
        with self.writer.begin() as conn:
            has_meta = conn.exec_driver_sql(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name='meta'"
            ).first()
            if not has_meta:
                SQLModel.metadata.create_all(conn)
                for stmt in _FTS:
                    conn.exec_driver_sql(stmt)
                conn.execute(
                    text("INSERT INTO meta(key, value) VALUES ('schema_version', :v)"), {"v": str(SCHEMA_VERSION)}
                )
                return
            row = conn.exec_driver_sql("SELECT value FROM meta WHERE key='schema_version'").first()
            version = int(row[0]) if row else 0
            if version > SCHEMA_VERSION:
                raise StoreError(
                    f"database {self.url} has schema version {version}, newer than this monitor "
                    f"understands ({SCHEMA_VERSION}); upgrade monitor"
                )
            start = version
            while version < SCHEMA_VERSION:
                for stmt in MIGRATIONS[version]:
                    conn.exec_driver_sql(stmt)
                version += 1
                conn.execute(
                    text("UPDATE meta SET value=:v WHERE key='schema_version'"), {"v": str(version)}
                )
            if start < 6:  # the index began (2), or gained its name keys (6): it needs Python, not just SQL
                from monitor.store.folding import index_recent_items

                index_recent_items(conn)
            if start < 3 <= version:
                from monitor.store.identity import backfill_sighting_urls

                backfill_sighting_urls(conn)

    def schema_version(self) -> int:
        with self.reader.connect() as conn:
            row = conn.exec_driver_sql("SELECT value FROM meta WHERE key='schema_version'").first()
            return int(row[0]) if row else 0

    def integrity_ok(self) -> bool:
        with self.reader.connect() as conn:
            return conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"

    def close(self) -> None:
        self.writer.dispose()
        self.reader.dispose()
