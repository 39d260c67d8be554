"""Noticing change: what another process committed, and what a feed already gave us.

A TUI and a `monitor fetch` daemon can share one database file. The daemon's
commits reach the TUI through SQLite itself: `PRAGMA data_version` changes
whenever any other connection commits, and reading it costs microseconds, so
the interface can ask a few times a second instead of re-reading its pages.
"""

from __future__ import annotations

from sqlalchemy import Connection, select

from monitor.store.db import Database
from monitor.store.tables import ItemRow, SightingRow

ITEM = ItemRow.__table__
SIGHTING = SightingRow.__table__


class ChangeWatcher:
    """`changed()` is True when anyone else (another process, or this process's writer) committed since last asked.

    `data_version` is per connection, so the watcher keeps one reader connection
    for its lifetime; each look ends its read transaction at once, so it never
    pins a WAL snapshot (which would stop checkpoints and let the WAL grow).
    """

    def __init__(self, db: Database) -> None:
        self._conn: Connection | None = db.reader.connect()
        self._version = self._read()

    def _read(self) -> int:
        assert self._conn is not None
        try:
            return int(self._conn.exec_driver_sql("PRAGMA data_version").scalar_one())
        finally:
            self._conn.rollback()

    def changed(self) -> bool:
        """True once per batch of foreign commits; then False until the next one."""
        if self._conn is None:
            return False
        version = self._read()
        if version == self._version:
            return False
        self._version = version
        return True

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None


def recent_hashes(db: Database, feed_id: int, limit: int) -> dict[str, str]:
    """guid -> content hash of the `limit` items this feed gave us last (its current document, as a rule).

    The fetcher sends this with a document to the parse worker so unchanged
    items skip tagging; it is a hint (the writer compares hashes itself).
    """
    with db.reader.connect() as conn:
        rows = conn.execute(
            select(SIGHTING.c.guid, ITEM.c.content_hash)
            .join(ITEM, ITEM.c.id == SIGHTING.c.item_id)
            .where(SIGHTING.c.feed_id == feed_id)
            .order_by(SIGHTING.c.id.desc())
            .limit(limit)
        )
        return {guid: content_hash for guid, content_hash in rows}
