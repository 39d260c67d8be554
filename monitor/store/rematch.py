"""Reading stored items back for a new set of watches, and writing the new hits in batches.

Batches keep each write transaction short, so a re-match of 100k items never
holds the lock long enough to stall the fetcher or the interface.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, tuple_, update

from monitor.models import WatchHit
from monitor.store.db import Database
from monitor.store.queries import first_feed_name
from monitor.store.tables import ItemRow
from monitor.store.timeconv import from_db, to_db
from monitor.store.writer import replace_hits

ITEM = ItemRow.__table__


@dataclass(frozen=True, slots=True)
class StoredText:
    item_id: int
    ts: datetime
    title: str
    summary: str
    feed: str
    url: str | None
    priority: int


def stored_since(db: Database, since: datetime | None, batch: int = 500) -> Iterator[list[StoredText]]:
    """Items newer than `since`, newest first, a batch at a time (keyset on ts, id)."""
    first_feed = first_feed_name()
    query = select(
        ITEM.c.id, ITEM.c.ts, ITEM.c.title, ITEM.c.summary, first_feed.label("feed"), ITEM.c.url, ITEM.c.priority
    ).order_by(ITEM.c.ts.desc(), ITEM.c.id.desc())
    if since is not None:
        query = query.where(ITEM.c.ts >= to_db(since))
    after: tuple[datetime, int] | None = None
    while True:
        page = query if after is None else query.where(tuple_(ITEM.c.ts, ITEM.c.id) < tuple_(to_db(after[0]), after[1]))
        with db.reader.connect() as conn:
            rows = conn.execute(page.limit(batch)).all()
        if not rows:
            return
        yield [StoredText(r.id, from_db(r.ts), r.title, r.summary, r.feed or "", r.url, r.priority) for r in rows]  # type: ignore[arg-type]
        after = (from_db(rows[-1].ts), rows[-1].id)  # type: ignore[assignment]


def store_hits(db: Database, changes: Sequence[tuple[int, Sequence[WatchHit], int]]) -> None:
    """Replace the hits and priority of each (item_id, hits, priority) in one short transaction."""
    if not changes:
        return
    with db.writer.begin() as conn:
        for item_id, hits, priority in changes:
            replace_hits(conn, item_id, hits)
            conn.execute(update(ITEM).where(ITEM.c.id == item_id).values(priority=priority))
