"""Read queries shared by the TUI and the exports.

The timeline pages by keyset on (ts, id), newest first: a page costs the same
at a million stored items as at a thousand, and no caller ever holds every row.

It shows one row per story: the story's first stored member (lowest item id)
among those the filter lets through, so a story keeps its place and its row
when other outlets' tellings join it; `sources` counts the story's feeds.
Exports (`iter_details`) still list every item.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence

from sqlalchemy import ColumnElement, Select, Table, and_, exists, func, or_, select, text, tuple_

from monitor.priority import Priority
from monitor.store.db import Database
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
from monitor.views import (
    Cursor,
    EntityView,
    HitView,
    ItemDetail,
    Page,
    PlaceView,
    SightingView,
    TimelineFilter,
    TimelineRow,
)

ITEM = ItemRow.__table__
STORY = StoryRow.__table__
SIGHTING = SightingRow.__table__
FEED = FeedRow.__table__
ENTITY = ItemEntityRow.__table__
COUNTRY = ItemCountryRow.__table__
REGION = ItemRegionRow.__table__
HIT = WatchHitRow.__table__

_FTS_TOKEN = re.compile(r'"([^"]*)"|(\S+)')


def fts_query(user_text: str) -> str | None:
    """Quote every user term for FTS5, so no input is ever read as FTS syntax.

    Words and "quoted phrases" are ANDed; a trailing * keeps its prefix meaning.
    """
    parts: list[str] = []
    for phrase, word in _FTS_TOKEN.findall(user_text):
        if phrase:
            cleaned = phrase.replace('"', " ").strip()
            if cleaned:
                parts.append(f'"{cleaned}"')
        elif word:
            prefix = word.endswith("*")
            cleaned = word.rstrip("*").replace('"', "")
            if cleaned:
                parts.append(f'"{cleaned}"' + ("*" if prefix else ""))
    return " ".join(parts) or None


def _conditions(item: Table, filt: TimelineFilter) -> list[ColumnElement[bool]]:
    """The filter as conditions on `item` (the item table or an alias of it)."""
    conditions: list[ColumnElement[bool]] = []
    if filt.feed:
        conditions.append(
            exists().where(
                SIGHTING.c.item_id == item.c.id, SIGHTING.c.feed_id == FEED.c.id, FEED.c.name == filt.feed
            )
        )
    if filt.watch:
        conditions.append(exists().where(HIT.c.item_id == item.c.id, HIT.c.watch == filt.watch))
    if filt.min_priority > Priority.NONE:
        conditions.append(item.c.priority >= int(filt.min_priority))
    if filt.country:
        conditions.append(exists().where(COUNTRY.c.item_id == item.c.id, COUNTRY.c.iso2 == filt.country.upper()))
    if filt.region:
        conditions.append(exists().where(REGION.c.item_id == item.c.id, REGION.c.region == filt.region))
    if filt.since:
        conditions.append(item.c.ts >= to_db(filt.since))
    if filt.query:
        if fts_query(filt.query) is None:
            conditions.append(text("0"))  # type: ignore[arg-type]
        else:
            conditions.append(
                item.c.id.in_(select(text("rowid")).select_from(text("item_fts")).where(text("item_fts MATCH :fts")))
            )
    return conditions


def _filtered(query: Select, filt: TimelineFilter, *, stories: bool = False) -> Select:
    """`query` narrowed by the filter; with `stories`, to each story's first matching member only: the earliest
    told (by timeline time, then id), so a story is shown by its original report whichever outlet's copy or
    analysis happened to be stored first (feeds finish in any order)."""
    conditions = _conditions(ITEM, filt)
    if stories:
        earlier = ITEM.alias("earlier")
        conditions.append(
            ~exists().where(
                earlier.c.story_id == ITEM.c.story_id,
                or_(earlier.c.ts < ITEM.c.ts, and_(earlier.c.ts == ITEM.c.ts, earlier.c.id < ITEM.c.id)),
                *_conditions(earlier, filt),
            )
        )
    match = fts_query(filt.query) if filt.query else None
    if match is not None:
        query = query.params(fts=match)
    return query.where(and_(*conditions)) if conditions else query


def first_feed_name():  # type: ignore[no-untyped-def]
    """The feed that gave us an item first: the name a row and a re-match show for it."""
    return (
        select(FEED.c.name)
        .join(SIGHTING, SIGHTING.c.feed_id == FEED.c.id)
        .where(SIGHTING.c.item_id == ITEM.c.id)
        .order_by(SIGHTING.c.seen, SIGHTING.c.id)
        .limit(1)
        .scalar_subquery()
    )


def _row_columns() -> Select:
    first_feed = first_feed_name()
    return select(
        ITEM.c.id, ITEM.c.story_id, ITEM.c.ts, ITEM.c.fetched, ITEM.c.priority, ITEM.c.title, ITEM.c.url,
        ITEM.c.countries, first_feed.label("feed"), STORY.c.sources, STORY.c.read, STORY.c.acked,
        _story_priority().label("story_priority"),
    ).join(STORY, STORY.c.id == ITEM.c.story_id)


def _story_priority():  # type: ignore[no-untyped-def]
    """A story's row shows its most urgent telling: a flash rewrite lifts a routine story."""
    member = ITEM.alias("member")
    return select(func.max(member.c.priority)).where(member.c.story_id == ITEM.c.story_id).scalar_subquery()


def timeline_page(
    db: Database,
    filt: TimelineFilter = TimelineFilter(),
    *,
    after: Cursor | None = None,
    limit: int = 100,
    stories: bool = True,
) -> Page:
    """The `limit` newest rows strictly older than `after` (or the newest of all): one per story,
    or with `stories=False` one per item."""
    query = _filtered(_row_columns(), filt, stories=stories)
    if after is not None:
        query = query.where(tuple_(ITEM.c.ts, ITEM.c.id) < tuple_(to_db(after.ts), after.item_id))
    query = query.order_by(ITEM.c.ts.desc(), ITEM.c.id.desc()).limit(limit + 1)
    with db.reader.connect() as conn:
        rows = conn.execute(query).all()
        more = len(rows) > limit
        built = _build_rows(conn, rows[:limit])
    return Page(tuple(built), built[-1].cursor if more and built else None)


def newer_rows(
    db: Database, top: Cursor | None, filt: TimelineFilter = TimelineFilter(), limit: int = 500, *, stories: bool = True
) -> list[TimelineRow]:
    """Rows that sort above `top` (stories that arrived since the timeline was drawn), newest first.

    A rewrite that joined a story already on screen is not a new row: the story's row gets a new
    source count through `rows_by_id`."""
    query = _filtered(_row_columns(), filt, stories=stories)
    if top is not None:
        query = query.where(tuple_(ITEM.c.ts, ITEM.c.id) > tuple_(to_db(top.ts), top.item_id))
    query = query.order_by(ITEM.c.ts.desc(), ITEM.c.id.desc()).limit(limit)
    with db.reader.connect() as conn:
        return _build_rows(conn, conn.execute(query).all())


def story_rows(db: Database, item_ids: Sequence[int], filt: TimelineFilter = TimelineFilter()) -> list[TimelineRow]:
    """The timeline row (the story's lead under `filt`) of every story these items belong to.

    What a live update needs: new items may start stories or join ones on screen, and may be
    older than the top row (feeds finish in any order), so they are fetched by id, not by time.
    """
    if not item_ids:
        return []
    return _lead_rows(db, select(ITEM.c.story_id).where(ITEM.c.id.in_(list(item_ids))), filt)


def rows_of_stories(
    db: Database, story_ids: Sequence[int], filt: TimelineFilter = TimelineFilter()
) -> list[TimelineRow]:
    """The timeline row of each of these stories that still exists (its lead under `filt` may have changed)."""
    return _lead_rows(db, list(story_ids), filt) if story_ids else []


def _lead_rows(db: Database, story_ids, filt: TimelineFilter) -> list[TimelineRow]:  # type: ignore[no-untyped-def]
    query = (
        _filtered(_row_columns(), filt, stories=True)
        .where(ITEM.c.story_id.in_(story_ids))
        .order_by(ITEM.c.ts.desc(), ITEM.c.id.desc())
    )
    with db.reader.connect() as conn:
        return _build_rows(conn, conn.execute(query).all())


def rows_by_id(db: Database, item_ids: Sequence[int]) -> list[TimelineRow]:
    """Fresh rows for items that changed (a revision, a new sighting) and for the rows of their stories
    (whose source count changed when a member joined), in timeline order."""
    if not item_ids:
        return []
    ids = list(item_ids)
    story_ids = select(ITEM.c.story_id).where(ITEM.c.id.in_(ids))
    leads = _filtered(_row_columns(), TimelineFilter(), stories=True).where(ITEM.c.story_id.in_(story_ids))
    query = (
        _row_columns()
        .where(ITEM.c.id.in_(ids) | ITEM.c.id.in_(leads.with_only_columns(ITEM.c.id)))
        .order_by(ITEM.c.ts.desc(), ITEM.c.id.desc())
    )
    with db.reader.connect() as conn:
        return _build_rows(conn, conn.execute(query).all())


def _build_rows(conn, rows: Sequence) -> list[TimelineRow]:  # type: ignore[no-untyped-def]
    ids = [r.id for r in rows]
    entities: dict[int, list[str]] = defaultdict(list)
    hits: dict[int, list[tuple[str, list[str]]]] = defaultdict(list)
    if ids:
        for item_id, name in conn.execute(
            select(ENTITY.c.item_id, ENTITY.c.name)
            .where(ENTITY.c.item_id.in_(ids), ENTITY.c.type != "place")
            .order_by(ENTITY.c.id)
        ):
            if name not in entities[item_id]:
                entities[item_id].append(name)
        for item_id, watch, terms in conn.execute(
            select(HIT.c.item_id, HIT.c.watch, HIT.c.terms)
            .where(HIT.c.item_id.in_(ids))
            .order_by(HIT.c.priority.desc(), HIT.c.watch)
        ):
            hits[item_id].append((watch, json.loads(terms)))
    built = []
    for r in rows:
        item_hits = hits.get(r.id, [])
        terms = tuple(dict.fromkeys(t for _, ts in item_hits for t in ts))
        built.append(
            TimelineRow(
                item_id=r.id, story_id=r.story_id, ts=from_db(r.ts), fetched=from_db(r.fetched),  # type: ignore[arg-type]
                priority=Priority(max(r.priority, getattr(r, "story_priority", None) or 0)),
                feed=r.feed or "", title=r.title, url=r.url,
                countries=tuple(r.countries.split()), entities=tuple(entities.get(r.id, ())),
                watches=tuple(w for w, _ in item_hits), terms=terms, sources=r.sources,
                read=bool(r.read), acked=bool(r.acked),
            )
        )
    return built


def item_detail(db: Database, item_id: int) -> ItemDetail | None:
    details = list(_details(db, [item_id]))
    return details[0] if details else None


def iter_details(db: Database, filt: TimelineFilter = TimelineFilter(), batch: int = 500) -> Iterator[ItemDetail]:
    """Every matching item, newest first, read in keyset batches so memory stays flat."""
    after: Cursor | None = None
    while True:
        page = timeline_page(db, filt, after=after, limit=batch, stories=False)
        yield from _details(db, [r.item_id for r in page.rows])
        if page.next is None:
            return
        after = page.next


def _details(db: Database, ids: Sequence[int]) -> Iterable[ItemDetail]:
    if not ids:
        return []
    with db.reader.connect() as conn:
        items = {r.id: r for r in conn.execute(select(ITEM).where(ITEM.c.id.in_(ids)))}
        sightings: dict[int, list[SightingView]] = defaultdict(list)
        for r in conn.execute(
            select(SIGHTING.c.item_id, FEED.c.name, SIGHTING.c.url, SIGHTING.c.guid, SIGHTING.c.seen)
            .join(FEED, FEED.c.id == SIGHTING.c.feed_id)
            .where(SIGHTING.c.item_id.in_(ids))
            .order_by(SIGHTING.c.seen, SIGHTING.c.id)
        ):
            sightings[r.item_id].append(SightingView(r.name, r.url, r.guid, from_db(r.seen)))  # type: ignore[arg-type]
        hits: dict[int, list[HitView]] = defaultdict(list)
        for r in conn.execute(
            select(HIT).where(HIT.c.item_id.in_(ids)).order_by(HIT.c.priority.desc(), HIT.c.watch)
        ):
            hits[r.item_id].append(HitView(r.watch, Priority(r.priority), tuple(json.loads(r.terms))))
        places: dict[int, list[PlaceView]] = defaultdict(list)
        entities: dict[int, list[EntityView]] = defaultdict(list)
        for r in conn.execute(select(ENTITY).where(ENTITY.c.item_id.in_(ids)).order_by(ENTITY.c.id)):
            entities[r.item_id].append(EntityView(r.type, r.name, r.text))
            if r.type == "place":
                places[r.item_id].append(PlaceView(r.name, r.country, r.geonameid, r.text))
        regions: dict[int, list[str]] = defaultdict(list)
        for r in conn.execute(select(REGION).where(REGION.c.item_id.in_(ids))):
            regions[r.item_id].append(r.region)
    out = []
    for item_id in ids:
        r = items.get(item_id)
        if r is None:
            continue
        seen = sightings.get(item_id, [])
        out.append(
            ItemDetail(
                id=r.id, story_id=r.story_id, title=r.title, url=r.url, summary=r.summary, author=r.author,
                published=from_db(r.published), fetched=from_db(r.fetched), ts=from_db(r.ts),  # type: ignore[arg-type]
                priority=Priority(r.priority), feed=seen[0].feed if seen else "", revisions=r.revisions,
                sightings=tuple(seen), hits=tuple(hits.get(item_id, ())), places=tuple(places.get(item_id, ())),
                countries=tuple(r.countries.split()), regions=tuple(sorted(regions.get(item_id, ()))),
                entities=tuple(entities.get(item_id, ())),
            )
        )
    return out


def count_items(db: Database, filt: TimelineFilter = TimelineFilter()) -> int:
    """Items (not stories) matching the filter."""
    query = _filtered(select(func.count()).select_from(ITEM), filt)
    with db.reader.connect() as conn:
        return int(conn.execute(query).scalar_one())


def watch_counts(db: Database) -> dict[str, int]:
    """Hit counts per watch, for the filter menu."""
    with db.reader.connect() as conn:
        return {w: n for w, n in conn.execute(select(HIT.c.watch, func.count()).group_by(HIT.c.watch))}


def item_ids_after(db: Database, after_id: int, limit: int = 2000) -> list[int]:
    """Items stored after `after_id` (ids only grow): what another process added since we last looked."""
    with db.reader.connect() as conn:
        return list(
            conn.execute(select(ITEM.c.id).where(ITEM.c.id > after_id).order_by(ITEM.c.id).limit(limit)).scalars()
        )


def max_item_id(db: Database) -> int:
    with db.reader.connect() as conn:
        return int(conn.execute(select(func.max(ITEM.c.id))).scalar() or 0)


def item_stories(db: Database, item_ids: Sequence[int]) -> dict[int, int]:
    """item id -> story id for those of these items that still exist: what a screen showing them checks
    after a write (a copy can merge two items into one, and a lone item can join another story)."""
    found: dict[int, int] = {}
    ids = list(item_ids)
    with db.reader.connect() as conn:
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            rows = conn.execute(select(ITEM.c.id, ITEM.c.story_id).where(ITEM.c.id.in_(chunk)))
            found.update((item_id, story_id) for item_id, story_id in rows)
    return found
