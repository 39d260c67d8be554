"""Exact-duplicate identity that does not depend on the order copies arrive in.

Feeds are fetched concurrently, so the wire's original, a verbatim copy under
another link and an aggregator's tracking link to the original with its own
teaser can be stored in any order. Matching a new copy only against the link
and text of an item's first sighting made the result depend on that order (6
of the 24 orders of seed story B's four copies gave one item). So every
sighting's canonical URL and content hash is kept as a key of its item in
`item_key` (one item per key), a new copy is matched against all of them, and
a copy whose keys name two items proves those are one article: `unite` merges
them into the oldest, and the same set of copies ends as one item in any order.

The statements every copy takes (key look-ups and claims, the union of its
reading) are plain SQL on the DBAPI connection (`monitor.store.rawsql`); a
merge is rare and stays in SQLAlchemy.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection, delete, func, insert, literal, select, update

from monitor.dedup import canonical_url
from monitor.models import PreparedItem
from monitor.store.rawsql import dbapi
from monitor.store.stories import refresh_story
from monitor.store.tables import (
    ItemCountryRow,
    ItemEntityRow,
    ItemKeyRow,
    ItemRegionRow,
    ItemRow,
    SightingRow,
    StoryBandRow,
    StoryRow,
    StorySplitRow,
    WatchHitRow,
)
from monitor.storytext import has_generic_head, is_generic_title

URL, TEXT = "url", "text"
KEY = ItemKeyRow.__table__
ITEM = ItemRow.__table__
STORY = StoryRow.__table__
SIGHTING = SightingRow.__table__
ENTITY = ItemEntityRow.__table__
COUNTRY = ItemCountryRow.__table__
REGION = ItemRegionRow.__table__
HIT = WatchHitRow.__table__
BAND = StoryBandRow.__table__
SPLIT = StorySplitRow.__table__

Key = tuple[str, str]
_OWNER = 'SELECT item_id FROM item_key WHERE kind = ? AND "key" = ?'


def keys_of(item: PreparedItem) -> list[Key]:
    """A copy's keys: its canonical URL (when it has a link) and its content hash, unless its title is a generic
    one ("Morning briefing: What you need to know today"): a recurring item repeats its boilerplate word for word
    edition after edition, so its text proves nothing, and next week's would be taken for a copy of this week's.
    Its link still identifies it, and a verbatim copy of it folds into its story as any telling does."""
    url = item.canonical_url
    keys: list[Key] = [(URL, url)] if url else []
    title = item.data.title
    if not (is_generic_title(title) or has_generic_head(title)):
        keys.append((TEXT, item.content_hash))
    return keys


def owners(conn: Connection, keys: Sequence[Key]) -> list[int]:
    """The items holding any of these keys, oldest first (one primary-key read per key)."""
    raw = dbapi(conn)
    found: set[int] = set()
    for kind, key in keys:
        found.update(r[0] for r in raw.execute(_OWNER, (kind, key)))
    return sorted(found)


def holds(conn: Connection, item_id: int, key: Key) -> bool:
    """Whether the item was already seen with this key (a known wording is no revision, and no news)."""
    row = dbapi(conn).execute(_OWNER, key).fetchone()
    return row is not None and row[0] == item_id


def claim(conn: Connection, item_id: int, keys: Sequence[Key]) -> None:
    """Record keys for an item; call `unite` first, so no key can belong to another item."""
    if keys:
        dbapi(conn).executemany(
            'INSERT OR IGNORE INTO item_key (kind, "key", item_id) VALUES (?, ?, ?)', [(k, v, item_id) for k, v in keys]
        )


def unite(conn: Connection, item_ids: Sequence[int]) -> int:
    """Merge items proven to be one article into the oldest (lowest id); returns the survivor."""
    keep, *others = sorted(set(item_ids))
    for gone in others:
        _absorb(conn, keep, gone)
    return keep


def _absorb(conn: Connection, keep: int, gone: int) -> None:
    """Move everything of `gone` onto `keep`, then delete `gone` (its FTS entry goes with the row's trigger)."""
    columns = select(ITEM.c.story_id, ITEM.c.priority, ITEM.c.countries, ITEM.c.revisions)
    a = conn.execute(columns.where(ITEM.c.id == keep)).one()
    b = conn.execute(columns.where(ITEM.c.id == gone)).one()
    for table in (SIGHTING, KEY):
        conn.execute(update(table).where(table.c.item_id == gone).values(item_id=keep))
    conn.execute(update(BAND).prefix_with("OR IGNORE").where(BAND.c.item_id == gone).values(item_id=keep))
    conn.execute(
        insert(SPLIT).prefix_with("OR IGNORE").from_select(
            ["story_id", "item_id"], select(SPLIT.c.story_id, literal(keep)).where(SPLIT.c.item_id == gone)
        )
    )
    fields = [c for c in ENTITY.c if c.name not in ("id", "item_id")]
    entities = conn.execute(select(*fields).where(ENTITY.c.item_id == gone).order_by(ENTITY.c.id))
    add_entities(conn, keep, [r._asdict() for r in entities])
    hits = conn.execute(select(HIT.c.watch, HIT.c.priority, HIT.c.terms).where(HIT.c.item_id == gone))
    add_hits(conn, keep, [tuple(h) for h in hits])
    facet = conn.execute(select(COUNTRY.c.iso2).where(COUNTRY.c.item_id == gone)).scalars().all()
    regions = conn.execute(select(REGION.c.region).where(REGION.c.item_id == gone)).scalars().all()
    add_facets(conn, keep, [*b.countries.split(), *facet], regions)
    for table in (ENTITY, COUNTRY, REGION, HIT, SPLIT, BAND):
        conn.execute(delete(table).where(table.c.item_id == gone))
    story = _story_for(conn, keep, (a.story_id, b.story_id))
    conn.execute(
        update(ITEM).where(ITEM.c.id == keep)
        .values(story_id=story, priority=func.max(ITEM.c.priority, b.priority), revisions=a.revisions + b.revisions)
    )
    conn.execute(delete(ITEM).where(ITEM.c.id == gone))
    for story_id in dict.fromkeys((a.story_id, b.story_id, story)):
        refresh_story(conn, story_id)  # recounts sources; deletes a story left empty


_ENTITY_FIELDS = ("type", "name", "text", "country", "geonameid")


def add_entities(conn: Connection, item_id: int, rows: Sequence[dict[str, object]]) -> None:
    """Add entity rows (type, name, text, country, geonameid) the item lacks: one reading is kept once."""
    raw = dbapi(conn)
    have = set(raw.execute(
        "SELECT type, name, text, country, geonameid FROM item_entity WHERE item_id = ?", (item_id,)
    ))  # fmt: skip
    new: dict[tuple[object, ...], tuple[object, ...]] = {}
    for row in rows:
        key = tuple(row[f] for f in _ENTITY_FIELDS)
        if key not in have:
            new.setdefault(key, (item_id, *key))
    if new:
        raw.executemany(
            "INSERT INTO item_entity (item_id, type, name, text, country, geonameid) VALUES (?, ?, ?, ?, ?, ?)",
            list(new.values()),
        )


def add_hits(conn: Connection, item_id: int, hits: Sequence[tuple[str, int, str]]) -> None:
    """Union (watch, priority, terms JSON) into the item's hits; a watch on both keeps its higher priority
    and those terms. The item's own priority follows its highest hit."""
    raw = dbapi(conn)
    mine = dict(raw.execute("SELECT watch, priority FROM watch_hit WHERE item_id = ?", (item_id,)).fetchall())
    for watch, priority, terms in hits:
        if watch not in mine:
            raw.execute(
                "INSERT INTO watch_hit (watch, item_id, priority, terms) VALUES (?, ?, ?, ?)",
                (watch, item_id, priority, terms),
            )
        elif priority > mine[watch]:
            raw.execute(
                "UPDATE watch_hit SET priority = ?, terms = ? WHERE item_id = ? AND watch = ?",
                (priority, terms, item_id, watch),
            )
        else:
            continue
        mine[watch] = priority
    if mine:
        top = max(mine.values())
        raw.execute("UPDATE item SET priority = ? WHERE id = ? AND priority < ?", (top, item_id, top))


def add_facets(conn: Connection, item_id: int, countries: Sequence[str], regions: Sequence[str]) -> None:
    """Union countries and regions into the item's facet rows and its denormalised `countries` column."""
    raw = dbapi(conn)
    for sql, values in (
        ("INSERT OR IGNORE INTO item_country (iso2, item_id) VALUES (?, ?)", dict.fromkeys(countries)),
        ("INSERT OR IGNORE INTO item_region (region, item_id) VALUES (?, ?)", dict.fromkeys(regions)),
    ):
        if values:
            raw.executemany(sql, [(v, item_id) for v in values])
    (old,) = raw.execute("SELECT countries FROM item WHERE id = ?", (item_id,)).fetchone()
    joined = " ".join(dict.fromkeys([*old.split(), *countries]))
    if joined != old:
        raw.execute("UPDATE item SET countries = ? WHERE id = ?", (joined, item_id))


def _story_for(conn: Connection, keep: int, stories: tuple[int, int]) -> int:
    """The survivor's story, unless a user split either copy out of it: a split says this article is not
    part of that event, so the merged item goes to the absorbed copy's story, or to a story of its own."""
    refused = set(conn.execute(select(SPLIT.c.story_id).where(SPLIT.c.item_id == keep)).scalars())
    for story_id in stories:
        if story_id not in refused:
            return story_id
    row = conn.execute(select(ITEM.c.title, ITEM.c.fetched).where(ITEM.c.id == keep)).one()
    return conn.execute(
        insert(STORY).values(title=row.title, first_seen=row.fetched, last_seen=row.fetched, sources=1)
        .returning(STORY.c.id)
    ).scalar_one()


def backfill_sighting_urls(conn: Connection) -> int:
    """Keys for the links of sightings stored before v3 (the item rows' own keys are back-filled in SQL):
    an aggregator's copy filed under the original keeps answering to its tracking link."""
    rows = conn.execute(
        select(SIGHTING.c.item_id, SIGHTING.c.url).where(SIGHTING.c.url.is_not(None)).order_by(SIGHTING.c.item_id)
    )
    keys = [{"kind": URL, "key": key, "item_id": item_id} for item_id, url in rows if (key := canonical_url(url))]
    for start in range(0, len(keys), 5000):
        conn.execute(insert(KEY).prefix_with("OR IGNORE"), keys[start : start + 5000])
    return len(keys)
