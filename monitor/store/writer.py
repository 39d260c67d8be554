"""Writing one feed's items: everything for a feed lands in one transaction or not at all.

Identity, in order: the same guid in the same feed is the same item (a changed
title or text is a revision, never a new item); otherwise the same canonical URL
or the same content fingerprint as any copy stored before, in any feed, is the
same article seen again, recorded as a new sighting of it. Every copy's URL and
fingerprint stay keys of its item (`monitor.store.identity`), so the outcome does
not depend on which outlet's copy was stored first; a copy whose keys name two
items merges them. A copy also adds its watch hits and tags to the item (the
union, as a merge does), so those do not depend on the order either. A new
article joins the story of an event already stored when `monitor.store.folding`
finds one (a rewrite by another outlet), and starts a story of its own otherwise.

This runs on the one database thread for every item of every pass, so it
only looks up and inserts: sightings and keys are read per feed in bulk
(`monitor.store.batch`), a new item's story profile comes from the parse
worker, and the statements of the common paths are plain SQL
(`monitor.store.rawsql`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import Connection, select

from monitor.models import PreparedItem
from monitor.store.batch import FeedBatch
from monitor.store.db import Database
from monitor.store.folding import find_stories, index_item, prune, refold_alone
from monitor.store.identity import TEXT, claim, keys_of, unite
from monitor.store.profiles import item_profile
from monitor.store.rawsql import dbapi, time_in, time_out, tune_writer
from monitor.store.stories import merge_stories, touch_story
from monitor.store.tables import ItemRow, SightingRow
from monitor.store.tagwrite import add_reading, replace_hits, replace_tags
from monitor.store.timeconv import to_db

__all__ = ["WriteResult", "known_guids", "replace_hits", "write_feed_items", "write_feed_items_in"]

ITEM = ItemRow.__table__
SIGHTING = SightingRow.__table__

_INSERT_STORY = "INSERT INTO story (title, first_seen, last_seen, sources, read, acked) VALUES (?, ?, ?, 1, 0, 0)"
_INSERT_ITEM = (
    "INSERT INTO item (story_id, url, canonical_url, title, summary, author, published, updated, fetched, ts,"
    " content_hash, priority, countries, revisions) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)"
)
_INSERT_SIGHTING = "INSERT INTO sighting (item_id, feed_id, url, guid, seen) VALUES (?, ?, ?, ?, ?)"
_REVISE_ITEM = (
    "UPDATE item SET title = ?, summary = ?, url = ?, canonical_url = ?, updated = ?, content_hash = ?,"
    " priority = ?, countries = ?, revisions = revisions + 1 WHERE id = ?"
)
_STORY_AND_TS = "SELECT story_id, ts FROM item WHERE id = ?"


@dataclass(slots=True)
class WriteResult:
    """What one feed's write changed, so the UI can show exactly the new rows."""

    new_ids: list[int] = field(default_factory=list)
    updated_ids: list[int] = field(default_factory=list)
    new_sightings: int = 0
    unchanged: int = 0


def known_guids(db: Database, feed_id: int, guids: Sequence[str]) -> dict[str, str]:
    """guid -> content hash of the items this feed already gave us, so unchanged ones skip tagging."""
    found: dict[str, str] = {}
    with db.reader.connect() as conn:
        for start in range(0, len(guids), 500):
            chunk = list(guids[start : start + 500])
            rows = conn.execute(
                select(SIGHTING.c.guid, ITEM.c.content_hash)
                .join(ITEM, ITEM.c.id == SIGHTING.c.item_id)
                .where(SIGHTING.c.feed_id == feed_id, SIGHTING.c.guid.in_(chunk))
            )
            found.update({g: h for g, h in rows})
    return found


def write_feed_items(
    db: Database, feed_id: int, items: Sequence[PreparedItem], now: datetime
) -> WriteResult:
    """Store a feed's items in one `BEGIN IMMEDIATE` transaction of their own."""
    with db.writer.begin() as conn:
        return write_feed_items_in(conn, feed_id, items, now)


def write_feed_items_in(
    conn: Connection, feed_id: int, items: Sequence[PreparedItem], now: datetime
) -> WriteResult:
    """Store a feed's items inside the caller's write transaction (`monitor.writequeue` groups feeds).

    Items merged away during the write leave `new_ids` and `updated_ids`; the items that absorbed
    them are listed as updated, so the caller only ever asks for rows that exist.
    """
    result = WriteResult()
    absorbed: set[int] = set()
    now_db = to_db(now)
    assert now_db is not None
    prune(conn, now_db)
    writer = _FeedWriter(conn, feed_id, items, now_db, result, absorbed)
    for item in items:
        writer.write(item)
    if absorbed:
        result.new_ids = [i for i in result.new_ids if i not in absorbed]
        fresh = set(result.new_ids)
        result.updated_ids = [i for i in dict.fromkeys(result.updated_ids) if i not in absorbed and i not in fresh]
    return result


class _FeedWriter:
    """One feed's transaction: its bulk look-ups, and the item-by-item decisions."""

    def __init__(
        self, conn: Connection, feed_id: int, items: Sequence[PreparedItem], now: datetime,
        result: WriteResult, absorbed: set[int],
    ) -> None:  # fmt: skip
        self.conn, self.raw, self.feed_id, self.now = conn, dbapi(conn), feed_id, now
        tune_writer(self.raw)
        self.now_sql = time_in(now)
        self.result, self.absorbed = result, absorbed
        self.batch = FeedBatch(conn, feed_id, items)

    def write(self, item: PreparedItem) -> None:
        keys = keys_of(item)
        existing = self.batch.sighting(item.data.guid)
        if existing is not None:
            self._revise(existing, item, keys)
            return
        found = self.batch.owners(keys)
        if found:
            self._sighting_of(found, item, keys)
        else:
            self._new(item, keys)

    def _new(self, item: PreparedItem, keys: list[tuple[str, str]]) -> None:
        data, now, raw = item.data, self.now, self.raw
        published = to_db(data.published)
        ts = min(published, now) if published else now
        profile, band_keys = item_profile(item, ts)
        found = find_stories(self.conn, profile, keys=band_keys)
        joined = found[0] if found else None
        if joined is None:
            story_id = raw.execute(_INSERT_STORY, (data.title, self.now_sql, self.now_sql)).lastrowid
        else:
            story_id = joined
            for other in found[1:]:  # the stories it shows to be one event with it
                merge_stories(self.conn, joined, other)
        item_id = raw.execute(_INSERT_ITEM, (
            story_id, data.url, item.canonical_url, data.title, data.summary, data.author, time_in(published),
            time_in(to_db(data.updated)), self.now_sql, time_in(ts), item.content_hash, int(item.priority),
            " ".join(item.tags.countries),
        )).lastrowid  # fmt: skip
        assert story_id is not None and item_id is not None
        self._claim(item_id, keys)
        self._insert_sighting(item_id, item)
        replace_tags(self.conn, item_id, item.tags, fresh=True)
        replace_hits(self.conn, item_id, item.hits, fresh=True)
        index_item(self.conn, item_id, profile, band_keys)
        if joined is not None:
            touch_story(self.conn, story_id, now)
        self.result.new_ids.append(item_id)

    def _sighting_of(self, found: list[int], item: PreparedItem, keys: list[tuple[str, str]]) -> None:
        """Another copy of a stored article: a sighting, and its reading added to the item's."""
        item_id = self._unite(found)
        new_wording = not self.batch.holds(item_id, (TEXT, item.content_hash))
        self._claim(item_id, keys)
        self._insert_sighting(item_id, item)
        add_reading(self.conn, item_id, item)
        story_id, item_ts = self.raw.execute(_STORY_AND_TS, (item_id,)).fetchone()
        if new_wording:  # another outlet's wording of it: maybe the full text behind a teaser
            profile, band_keys = item_profile(item, time_out(item_ts))  # type: ignore[arg-type]
            story_id = refold_alone(self.conn, item_id, story_id, profile, band_keys)
        touch_story(self.conn, story_id, self.now)
        self.result.new_sightings += 1

    def _revise(self, item_id: int, item: PreparedItem, keys: list[tuple[str, str]]) -> None:
        """A feed's known guid again: unchanged if its text is one this article was already seen with (so two
        outlets' wordings of one item never flip it back and forth on every poll), else a revision. A revision
        replaces the item's tags and hits with its own reading (a correction may withdraw a watch hit)."""
        if self.batch.holds(item_id, (TEXT, item.content_hash)):
            self.result.unchanged += 1
            return
        found = self.batch.owners(keys)
        if any(other != item_id for other in found):  # the revised text or link is another stored item's
            item_id = self._unite([item_id, *found])
        self._claim(item_id, keys)
        data = item.data
        self.raw.execute(_REVISE_ITEM, (
            data.title, data.summary, data.url, item.canonical_url, time_in(to_db(data.updated) or self.now),
            item.content_hash, int(item.priority), " ".join(item.tags.countries), item_id,
        ))  # fmt: skip
        replace_tags(self.conn, item_id, item.tags)
        replace_hits(self.conn, item_id, item.hits)
        story_id, item_ts = self.raw.execute(_STORY_AND_TS, (item_id,)).fetchone()
        profile, band_keys = item_profile(item, time_out(item_ts))  # type: ignore[arg-type]
        index_item(self.conn, item_id, profile, band_keys)
        touch_story(self.conn, refold_alone(self.conn, item_id, story_id, profile, band_keys), self.now)
        self.result.updated_ids.append(item_id)

    def _unite(self, found: Sequence[int]) -> int:
        """Merge the items one copy proved to be one article; note the merge for the caller's result."""
        survivor = unite(self.conn, found)
        merged = set(found) - {survivor}
        if merged:
            self.batch.merged(survivor, merged)
            self.absorbed.update(merged)
            if survivor not in self.result.new_ids:
                self.result.updated_ids.append(survivor)
        return survivor

    def _claim(self, item_id: int, keys: list[tuple[str, str]]) -> None:
        claim(self.conn, item_id, keys)
        self.batch.claimed(item_id, keys)

    def _insert_sighting(self, item_id: int, item: PreparedItem) -> None:
        self.raw.execute(_INSERT_SIGHTING, (item_id, self.feed_id, item.data.url, item.data.guid, self.now_sql))
        self.batch.seen(item.data.guid, item_id)
