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
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import Connection, insert, select, update

from monitor.models import PreparedItem, Tags, WatchHit
from monitor.store.db import Database
from monitor.store.folding import find_story, index_item, prune, refold_alone
from monitor.store.identity import (
    TEXT,
    add_entities,
    add_facets,
    add_hits,
    claim,
    holds,
    keys_of,
    owners,
    unite,
)
from monitor.store.stories import touch_story
from monitor.store.tables import (
    FeedRow,
    ItemCountryRow,
    ItemEntityRow,
    ItemRegionRow,
    ItemRow,
    SightingRow,
    StoryRow,
    WatchHitRow,
)
from monitor.store.timeconv import from_db, to_db
from monitor.stories import profile_from_tags

ITEM = ItemRow.__table__
STORY = StoryRow.__table__
SIGHTING = SightingRow.__table__
ENTITY = ItemEntityRow.__table__
COUNTRY = ItemCountryRow.__table__
REGION = ItemRegionRow.__table__
HIT = WatchHitRow.__table__
FEED = FeedRow.__table__


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
    """Store a feed's items in one `BEGIN IMMEDIATE` transaction.

    Items merged away during the write leave `new_ids` and `updated_ids`; the items that absorbed
    them are listed as updated, so the caller only ever asks for rows that exist.
    """
    result = WriteResult()
    absorbed: set[int] = set()
    now_db = to_db(now)
    assert now_db is not None
    with db.writer.begin() as conn:
        prune(conn, now_db)
        for item in items:
            _write_one(conn, feed_id, item, now_db, result, absorbed)
    if absorbed:
        result.new_ids = [i for i in result.new_ids if i not in absorbed]
        fresh = set(result.new_ids)
        result.updated_ids = [i for i in dict.fromkeys(result.updated_ids) if i not in absorbed and i not in fresh]
    return result


def _write_one(
    conn: Connection, feed_id: int, item: PreparedItem, now: datetime, result: WriteResult, absorbed: set[int]
) -> None:
    data = item.data
    keys = keys_of(item.canonical_url, item.content_hash)
    existing = conn.execute(
        select(SIGHTING.c.item_id)
        .where(SIGHTING.c.feed_id == feed_id, SIGHTING.c.guid == data.guid)
    ).scalar()
    if existing is not None:
        _revise(conn, existing, item, keys, now, result, absorbed)
        return

    found = owners(conn, keys)
    if found:
        item_id = _unite(conn, found, result, absorbed)
        new_wording = not holds(conn, item_id, (TEXT, item.content_hash))
        claim(conn, item_id, keys)
        _insert_sighting(conn, item_id, feed_id, item, now)
        _add_reading(conn, item_id, item)
        story_id, item_ts = conn.execute(select(ITEM.c.story_id, ITEM.c.ts).where(ITEM.c.id == item_id)).one()
        if new_wording:  # another outlet's wording of it: maybe the full text behind a teaser
            profile = profile_from_tags(data.title, data.summary, from_db(item_ts), item.tags)  # type: ignore[arg-type]
            story_id = refold_alone(conn, item_id, story_id, profile)
        touch_story(conn, story_id, now)
        result.new_sightings += 1
        return

    published = to_db(data.published)
    ts = min(published, now) if published else now
    profile = profile_from_tags(data.title, data.summary, ts, item.tags)
    joined = find_story(conn, profile)
    story_id = joined if joined is not None else conn.execute(
        insert(STORY).values(title=data.title, first_seen=now, last_seen=now, sources=1).returning(STORY.c.id)
    ).scalar_one()
    item_id = conn.execute(
        insert(ITEM)
        .values(
            story_id=story_id,
            url=data.url,
            canonical_url=item.canonical_url,
            title=data.title,
            summary=data.summary,
            author=data.author,
            published=published,
            updated=to_db(data.updated),
            fetched=now,
            ts=ts,
            content_hash=item.content_hash,
            priority=int(item.priority),
            countries=" ".join(item.tags.countries),
        )
        .returning(ITEM.c.id)
    ).scalar_one()
    claim(conn, item_id, keys)
    _insert_sighting(conn, item_id, feed_id, item, now)
    _replace_tags(conn, item_id, item.tags, fresh=True)
    replace_hits(conn, item_id, item.hits, fresh=True)
    index_item(conn, item_id, profile)
    if joined is not None:
        touch_story(conn, story_id, now)
    result.new_ids.append(item_id)


def _revise(
    conn: Connection, item_id: int, item: PreparedItem, keys: list[tuple[str, str]], now: datetime,
    result: WriteResult, absorbed: set[int],
) -> None:
    """A feed's known guid again: unchanged if its text is one this article was already seen with (so two
    outlets' wordings of one item never flip it back and forth on every poll), else a revision. A revision
    replaces the item's tags and hits with its own reading (a correction may withdraw a watch hit)."""
    if holds(conn, item_id, (TEXT, item.content_hash)):
        result.unchanged += 1
        return
    found = owners(conn, keys)
    if any(other != item_id for other in found):  # the revised text or link is another stored item's
        item_id = _unite(conn, [item_id, *found], result, absorbed)
    claim(conn, item_id, keys)
    data = item.data
    conn.execute(
        update(ITEM)
        .where(ITEM.c.id == item_id)
        .values(
            title=data.title,
            summary=data.summary,
            url=data.url,
            canonical_url=item.canonical_url,
            updated=to_db(data.updated) or now,
            content_hash=item.content_hash,
            priority=int(item.priority),
            countries=" ".join(item.tags.countries),
            revisions=ITEM.c.revisions + 1,
        )
    )
    _replace_tags(conn, item_id, item.tags)
    replace_hits(conn, item_id, item.hits)
    story_id, item_ts = conn.execute(select(ITEM.c.story_id, ITEM.c.ts).where(ITEM.c.id == item_id)).one()
    profile = profile_from_tags(data.title, data.summary, from_db(item_ts), item.tags)  # type: ignore[arg-type]
    index_item(conn, item_id, profile)
    touch_story(conn, refold_alone(conn, item_id, story_id, profile), now)
    result.updated_ids.append(item_id)


def _unite(conn: Connection, found: Sequence[int], result: WriteResult, absorbed: set[int]) -> int:
    """Merge the items one copy proved to be one article; note the merge for the caller's result."""
    survivor = unite(conn, found)
    merged = set(found) - {survivor}
    if merged:
        absorbed.update(merged)
        if survivor not in result.new_ids:
            result.updated_ids.append(survivor)
    return survivor


def _add_reading(conn: Connection, item_id: int, item: PreparedItem) -> None:
    """Add another copy's tags and watch hits to its item (the union; a merge does the same)."""
    add_entities(conn, item_id, _entity_rows(item.tags))
    add_facets(conn, item_id, item.tags.countries, item.tags.regions)
    add_hits(conn, item_id, [(h.name, int(h.priority), json.dumps(list(h.terms))) for h in item.hits])


def _insert_sighting(conn: Connection, item_id: int, feed_id: int, item: PreparedItem, now: datetime) -> None:
    conn.execute(
        insert(SIGHTING).values(item_id=item_id, feed_id=feed_id, url=item.data.url, guid=item.data.guid, seen=now)
    )


def _replace_tags(conn: Connection, item_id: int, tags: Tags, *, fresh: bool = False) -> None:
    if not fresh:
        for table in (ENTITY, COUNTRY, REGION):
            conn.execute(table.delete().where(table.c.item_id == item_id))
    entity_rows = [{**row, "item_id": item_id} for row in _entity_rows(tags)]
    if entity_rows:
        conn.execute(insert(ENTITY), entity_rows)
    if tags.countries:
        conn.execute(insert(COUNTRY), [{"iso2": c, "item_id": item_id} for c in dict.fromkeys(tags.countries)])
    if tags.regions:
        conn.execute(insert(REGION), [{"region": r, "item_id": item_id} for r in dict.fromkeys(tags.regions)])


def _entity_rows(tags: Tags) -> list[dict[str, object]]:
    """Entity rows (without item id) for an item's tags; places carry their country and GeoNames id."""
    places_by_text = {(p.name, p.text): p for p in tags.places}
    rows: list[dict[str, object]] = []
    for entity in tags.entities:
        place = places_by_text.get((entity.name, entity.text)) if entity.type == "place" else None
        rows.append(
            {
                "type": entity.type,
                "name": entity.name,
                "text": entity.text,
                "country": place.country if place else None,
                "geonameid": place.geonameid if place else None,
            }
        )
    listed = {(e.name, e.text) for e in tags.entities if e.type == "place"}
    for place in tags.places:  # places the tagger did not also list as entities
        if (place.name, place.text) not in listed:
            listed.add((place.name, place.text))
            rows.append(
                {"type": "place", "name": place.name, "text": place.text,
                 "country": place.country, "geonameid": place.geonameid}
            )
    return rows


def replace_hits(conn: Connection, item_id: int, hits: Sequence[WatchHit], *, fresh: bool = False) -> None:
    """Store the watches that fired on an item (and why), replacing what was there."""
    if not fresh:
        conn.execute(HIT.delete().where(HIT.c.item_id == item_id))
    unique = {h.name: h for h in hits}
    if unique:
        conn.execute(
            insert(HIT),
            [
                {"watch": h.name, "item_id": item_id, "priority": int(h.priority), "terms": json.dumps(list(h.terms))}
                for h in unique.values()
            ],
        )
