"""Stories as the officer handles them: expand one into its outlets, split a wrong fold, mark read/acknowledged.

A story's title is its earliest-told item's (the one the timeline shows), `first_seen`
its first item's arrival, `last_seen` its latest sighting or revision, and
`sources` the number of distinct feeds over every sighting of every member.
Read and acknowledged belong to the story, so acknowledging a flash once
covers every outlet that repeats it.
"""

from __future__ import annotations

from datetime import datetime
from typing import NamedTuple

from sqlalchemy import Connection, delete, func, insert, select, update

from monitor.errors import StoreError
from monitor.store.db import Database
from monitor.store.rawsql import dbapi, time_in
from monitor.store.tables import FeedRow, ItemRow, SightingRow, StoryRow, StorySplitRow
from monitor.store.timeconv import from_db, to_db

ITEM = ItemRow.__table__
STORY = StoryRow.__table__
SIGHTING = SightingRow.__table__
FEED = FeedRow.__table__
SPLIT = StorySplitRow.__table__


class StoryMember(NamedTuple):
    """One outlet's telling: an item as one feed gave it (a syndicated copy appears once per feed)."""

    item_id: int
    feed: str
    title: str
    url: str | None
    published: datetime | None


class StoryState(NamedTuple):
    read: bool
    acked: bool
    sources: int


def story_members(db: Database, story_id: int) -> list[StoryMember]:
    """Every (item, feed) of the story, oldest telling first: what expanding a timeline row lists."""
    query = (
        select(ITEM.c.id, FEED.c.name, ITEM.c.title, SIGHTING.c.url, ITEM.c.url.label("item_url"), ITEM.c.published)
        .join(SIGHTING, SIGHTING.c.item_id == ITEM.c.id)
        .join(FEED, FEED.c.id == SIGHTING.c.feed_id)
        .where(ITEM.c.story_id == story_id)
        .order_by(ITEM.c.ts, ITEM.c.id, SIGHTING.c.seen, SIGHTING.c.id)
    )
    members: dict[tuple[int, str], StoryMember] = {}
    with db.reader.connect() as conn:
        for r in conn.execute(query):
            members.setdefault((r.id, r.name), StoryMember(r.id, r.name, r.title, r.url or r.item_url, from_db(r.published)))
    return list(members.values())


def story_state(db: Database, story_ids: list[int]) -> dict[int, StoryState]:
    """Read, acknowledged and source count for the stories on screen."""
    with db.reader.connect() as conn:
        rows = conn.execute(
            select(STORY.c.id, STORY.c.read, STORY.c.acked, STORY.c.sources).where(STORY.c.id.in_(story_ids))
        )
        return {r.id: StoryState(bool(r.read), bool(r.acked), r.sources) for r in rows}


def mark_read(db: Database, story_id: int, read: bool = True) -> None:
    with db.writer.begin() as conn:
        conn.execute(update(STORY).where(STORY.c.id == story_id).values(read=read))


def mark_acked(db: Database, story_id: int, acked: bool = True) -> None:
    """Acknowledging implies having read it; un-acknowledging leaves it read."""
    values = {"acked": True, "read": True} if acked else {"acked": False}
    with db.writer.begin() as conn:
        conn.execute(update(STORY).where(STORY.c.id == story_id).values(**values))


def split_item(db: Database, item_id: int) -> int:
    """Move an item (with all its sightings) out of its story into a new one; returns the new story's id.

    The split is recorded, so the item is never folded back into that story.
    The new story starts unread and unacknowledged: it is an event the officer
    has not yet judged on its own. An item alone in its story stays where it is.
    """
    with db.writer.begin() as conn:
        row = conn.execute(select(ITEM.c.story_id, ITEM.c.title, ITEM.c.fetched).where(ITEM.c.id == item_id)).first()
        if row is None:
            raise StoreError(f"no item {item_id}")
        old = row.story_id
        if conn.execute(select(func.count()).where(ITEM.c.story_id == old)).scalar_one() < 2:
            return old
        new = conn.execute(
            insert(STORY)
            .values(title=row.title, first_seen=row.fetched, last_seen=row.fetched, sources=1)
            .returning(STORY.c.id)
        ).scalar_one()
        conn.execute(update(ITEM).where(ITEM.c.id == item_id).values(story_id=new))
        conn.execute(insert(SPLIT).prefix_with("OR IGNORE").values(item_id=item_id, story_id=old))
        refresh_story(conn, old)
        refresh_story(conn, new)
    return new


def refresh_story(conn: Connection, story_id: int) -> None:
    """Recompute title, first/last seen and sources from the members (after members moved)."""
    first = conn.execute(
        select(ITEM.c.title, ITEM.c.fetched).where(ITEM.c.story_id == story_id).order_by(ITEM.c.ts, ITEM.c.id).limit(1)
    ).first()
    if first is None:
        conn.execute(delete(STORY).where(STORY.c.id == story_id))
        return
    last = conn.execute(
        select(func.max(SIGHTING.c.seen)).join(ITEM, ITEM.c.id == SIGHTING.c.item_id).where(ITEM.c.story_id == story_id)
    ).scalar()
    arrived = conn.execute(select(func.min(ITEM.c.fetched)).where(ITEM.c.story_id == story_id)).scalar()
    conn.execute(
        update(STORY)
        .where(STORY.c.id == story_id)
        .values(title=first.title, first_seen=arrived, last_seen=last or arrived, sources=_sources(story_id))
    )


_TOUCH = (
    "UPDATE story SET sources = (SELECT count(DISTINCT sighting.feed_id) FROM sighting"
    " JOIN item ON item.id = sighting.item_id WHERE item.story_id = :story),"
    " title = (SELECT title FROM item WHERE story_id = :story ORDER BY ts, id LIMIT 1), last_seen = :now"
    " WHERE id = :story"
)


def touch_story(conn: Connection, story_id: int, now: datetime) -> None:
    """A member arrived, changed or was seen again: recount the outlets, retitle, move `last_seen`.

    Plain SQL on the DBAPI connection: the writer runs it for most items it stores (monitor.store.rawsql)."""
    dbapi(conn).execute(_TOUCH, {"story": story_id, "now": time_in(to_db(now))})


def move_alone_item(conn: Connection, item_id: int, old: int, new: int) -> None:
    """Fold a stored item that was alone in its story into another story (the emptied story goes)."""
    conn.execute(update(ITEM).where(ITEM.c.id == item_id).values(story_id=new))
    refresh_story(conn, old)
    refresh_story(conn, new)


def merge_stories(conn: Connection, story: int, other: int) -> None:
    """Move every member of `other` into `story` (`monitor.store.folding.find_stories` found them one event).

    The merged story is read, or acknowledged, only if both were: a part the officer has not judged keeps it in
    view. A user's split out of `other` now holds for `story`, so the item is never folded back into either."""
    state = conn.execute(select(func.min(STORY.c.read), func.min(STORY.c.acked)).where(STORY.c.id.in_((story, other))))
    read, acked = state.one()
    conn.execute(update(ITEM).where(ITEM.c.story_id == other).values(story_id=story))
    conn.execute(update(SPLIT).prefix_with("OR IGNORE").where(SPLIT.c.story_id == other).values(story_id=story))
    conn.execute(delete(SPLIT).where(SPLIT.c.story_id == other))
    conn.execute(update(STORY).where(STORY.c.id == story).values(read=bool(read), acked=bool(acked)))
    refresh_story(conn, other)  # empty now: deleted
    refresh_story(conn, story)


def _sources(story_id: int):  # type: ignore[no-untyped-def]
    return (
        select(func.count(SIGHTING.c.feed_id.distinct()))
        .join(ITEM, ITEM.c.id == SIGHTING.c.item_id)
        .where(ITEM.c.story_id == story_id)
        .scalar_subquery()
    )
