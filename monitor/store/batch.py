"""One feed's write, looked up in bulk: its items' sightings and identity keys in a few set queries.

Asking per item (is this guid known? who holds this link? this text?) took
three or four primary-key reads per item, each a statement round trip. A
feed's items are known before its transaction starts, so `FeedBatch` reads
every row they can match at the start (one `IN` query per kind, 500 values a
chunk) and then keeps its copy in step with each write of the transaction:
a new sighting, a claimed key, a merge that moves rows from one item to
another. The writer is the only one writing (`BEGIN IMMEDIATE`), so the copy
is exactly what a fresh query would return.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import Connection

from monitor.models import PreparedItem
from monitor.store.identity import TEXT, URL, Key, keys_of
from monitor.store.rawsql import dbapi, rows_in


class FeedBatch:
    """The sighting (guid -> item) and key (key -> item) rows one feed's items can match."""

    def __init__(self, conn: Connection, feed_id: int, items: Sequence[PreparedItem]) -> None:
        raw = dbapi(conn)
        guids = list(dict.fromkeys(i.data.guid for i in items))
        self._sightings: dict[str, int] = dict(rows_in(  # type: ignore[arg-type]
            raw, "SELECT guid, item_id FROM sighting WHERE feed_id = ? AND guid IN ({})", guids, feed_id
        ))  # fmt: skip
        wanted = dict.fromkeys(k for i in items for k in keys_of(i))
        self._owner: dict[Key, int] = {}
        for kind in (URL, TEXT):
            values = [value for k, value in wanted if k == kind]
            sql = 'SELECT "key", item_id FROM item_key WHERE kind = ? AND "key" IN ({})'
            self._owner.update(((kind, key), item) for key, item in rows_in(raw, sql, values, kind))

    def sighting(self, guid: str) -> int | None:
        """The item this feed already gave under this guid."""
        return self._sightings.get(guid)

    def owners(self, keys: Iterable[Key]) -> list[int]:
        """The items holding any of these keys, oldest first (as `identity.owners`)."""
        return sorted({self._owner[k] for k in keys if k in self._owner})

    def holds(self, item_id: int, key: Key) -> bool:
        """Whether the item holds this key (as `identity.holds`)."""
        return self._owner.get(key) == item_id

    def claimed(self, item_id: int, keys: Iterable[Key]) -> None:
        """`identity.claim` wrote these keys (INSERT OR IGNORE: a held key keeps its item)."""
        for key in keys:
            self._owner.setdefault(key, item_id)

    def seen(self, guid: str, item_id: int) -> None:
        """A sighting of this feed was inserted."""
        self._sightings[guid] = item_id

    def merged(self, survivor: int, gone: Iterable[int]) -> None:
        """`identity.unite` moved the gone items' sightings and keys onto the survivor."""
        moved = set(gone)
        if moved:
            self._sightings.update({g: survivor for g, item in self._sightings.items() if item in moved})
            self._owner.update({k: survivor for k, item in self._owner.items() if item in moved})
