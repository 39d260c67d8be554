"""SQLModel tables: the stored shape of feeds, items, sightings, stories, entities and watch hits.

Rows stay inside the store package; what leaves it are the frozen view models in
`monitor.views`, so the TUI and exports never hold a live ORM object.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, UniqueConstraint
from sqlmodel import Field, SQLModel


class FeedRow(SQLModel, table=True):
    """A feed and its health; `name` is the identity the config uses."""

    __tablename__ = "feed"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    url: str
    active: bool = True  # false once the feed leaves the config; its items stay
    title: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    last_attempt: datetime | None = None
    last_success: datetime | None = None
    last_status: int | None = None
    last_error: str | None = None
    failures: int = 0
    next_poll: datetime | None = None
    last_warning: str | None = None  # the last parsed document's recoverable problems (it was still read)
    redirect_to: str | None = None
    gone: bool = False


class StoryRow(SQLModel, table=True):
    """One event, however many outlets told it; each item belongs to exactly one story.

    `title` is its first item's; `sources` counts distinct feeds over every sighting
    of every item; `read` and `acked` are the officer's, shared by all its items.
    """

    __tablename__ = "story"

    id: int | None = Field(default=None, primary_key=True)
    title: str
    first_seen: datetime
    last_seen: datetime
    sources: int = 1
    read: bool = Field(default=False, sa_column_kwargs={"server_default": "0"})
    acked: bool = Field(default=False, sa_column_kwargs={"server_default": "0"})


class ItemRow(SQLModel, table=True):
    """One article: the same article seen in several feeds is one row with several sightings.

    `ts` is the timeline's sort key: when it was published, but never later than
    when we first saw it, so a future-dated entry cannot pin itself to the top.
    """

    __tablename__ = "item"
    # ix_item_id_story (version 5): folding's candidate ranking reads an item's story ~100 times per new item
    __table_args__ = (Index("ix_item_ts_id", "ts", "id"), Index("ix_item_id_story", "id", "story_id"))

    id: int | None = Field(default=None, primary_key=True)
    story_id: int = Field(foreign_key="story.id", index=True)
    url: str | None = None
    canonical_url: str | None = None  # identity looks keys up in item_key, never here
    title: str
    summary: str = ""
    author: str | None = None
    published: datetime | None = None
    updated: datetime | None = None
    fetched: datetime
    ts: datetime
    content_hash: str  # likewise: unindexed, a random-key index cost every insert a scattered page write
    priority: int = Field(default=0, index=True)
    countries: str = ""  # ISO2 codes joined by spaces, denormalised for the timeline row
    revisions: int = 0


class SightingRow(SQLModel, table=True):
    """An item seen in one feed: the same article in two feeds has two sightings."""

    __tablename__ = "sighting"
    __table_args__ = (UniqueConstraint("feed_id", "guid", name="uq_sighting_feed_guid"),)

    id: int | None = Field(default=None, primary_key=True)
    item_id: int = Field(foreign_key="item.id", index=True)
    feed_id: int = Field(foreign_key="feed.id")  # uq_sighting_feed_guid leads with it: no index of its own
    url: str | None = None
    guid: str
    seen: datetime


class ItemKeyRow(SQLModel, table=True):
    """An exact-duplicate identity of an item: a canonical URL (`kind` "url") or a content hash ("text").

    Every sighting adds its own keys, so an item answers to all the links and
    texts any outlet gave it, not just its first sighting's; which feed came
    first then no longer decides what is the same article. The primary key
    makes a key belong to one item at most: a copy whose keys name two items
    proves they are one, and the writer merges them (`monitor.store.identity`).
    """

    __tablename__ = "item_key"
    __table_args__ = ({"sqlite_with_rowid": False},)

    kind: str = Field(primary_key=True)
    key: str = Field(primary_key=True)
    item_id: int = Field(foreign_key="item.id", index=True)


class ItemEntityRow(SQLModel, table=True):
    """A person, organisation or place read in an item (places carry country and GeoNames id)."""

    __tablename__ = "item_entity"
    __table_args__ = (Index("ix_item_entity_type_name", "type", "name"),)

    id: int | None = Field(default=None, primary_key=True)
    item_id: int = Field(foreign_key="item.id", index=True)
    type: str
    name: str
    text: str
    country: str | None = None
    geonameid: int | None = None


class ItemCountryRow(SQLModel, table=True):
    """Country facet: indexed by country first, so filtering the timeline by one is cheap."""

    __tablename__ = "item_country"

    iso2: str = Field(primary_key=True)
    item_id: int = Field(foreign_key="item.id", primary_key=True, index=True)


class ItemRegionRow(SQLModel, table=True):
    """Region facet (M49 regions, everyday names, custom regions)."""

    __tablename__ = "item_region"

    region: str = Field(primary_key=True)
    item_id: int = Field(foreign_key="item.id", primary_key=True, index=True)


class WatchHitRow(SQLModel, table=True):
    """A watch that fired on an item, with the terms that fired (JSON list) for explanations."""

    __tablename__ = "watch_hit"

    watch: str = Field(primary_key=True)
    item_id: int = Field(foreign_key="item.id", primary_key=True, index=True)
    priority: int
    terms: str = "[]"


class StoryBandRow(SQLModel, table=True):
    """The story-folding index: one MinHash LSH band key per recent item and band (see monitor.minhash).

    Keyed by band first, so a new item's candidates are a few index range reads
    bounded by time (`ts`, epoch seconds of the item's timeline time). It names
    the item, not the story, so moving an item between stories never touches it.
    No index on `ts`: a new item writes ~38 rows here, and a second index doubled
    that write for the sake of a prune that a scan does as well once an hour
    (`monitor.store.folding.prune`).
    """

    __tablename__ = "story_band"
    __table_args__ = ({"sqlite_with_rowid": False},)

    band_hash: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    ts: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    item_id: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})


class StorySplitRow(SQLModel, table=True):
    """A user's "wrong fold": this item was split out of that story and must never be folded back into it."""

    __tablename__ = "story_split"

    item_id: int = Field(foreign_key="item.id", primary_key=True, sa_column_kwargs={"autoincrement": False})
    story_id: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})


class MetaRow(SQLModel, table=True):
    """Key/value facts about the database itself, such as the schema version."""

    __tablename__ = "meta"

    key: str = Field(primary_key=True)
    value: str
