"""The plain, frozen types handed from one pipeline stage to the next.

Each stage has its own type so that no stage depends on another's internals:
the parser makes `ItemData`, the tagger makes `Tags`, the watch matcher makes
`WatchHit`s. Store rows (SQLModel) and the TUI's view models live elsewhere.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

from monitor.priority import Priority

EntityType = Literal["person", "org", "place"]


@dataclass(frozen=True, slots=True)
class ItemData:
    """One feed entry as the parser understood it: plain text, UTC datetimes, no markup.

    `guid` is the feed's own id when it gives one (`has_guid`), otherwise a stable
    hash of link and title so that a re-fetch finds the same item again.
    """

    guid: str
    url: str | None
    title: str
    summary: str
    published: datetime | None = None
    updated: datetime | None = None
    author: str | None = None
    has_guid: bool = True


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    """What a feed document holds; `warnings` are recoverable parser complaints."""

    title: str | None
    link: str | None
    items: tuple[ItemData, ...]
    ttl_seconds: int | None = None
    warnings: tuple[str, ...] = ()
    skipped: int = 0


@dataclass(frozen=True, slots=True)
class Place:
    """A place mentioned in an item, resolved to its country and the regions that contain it."""

    name: str  # canonical name, e.g. "Guayaquil" or "Ecuador"
    country: str  # ISO 3166-1 alpha-2, e.g. "EC"
    geonameid: int | None
    text: str  # as written in the item
    regions: tuple[str, ...] = ()  # e.g. ("South America", "Latin America and the Caribbean", "Americas")


@dataclass(frozen=True, slots=True)
class Entity:
    """A person, organisation or place; `name` is canonical, `text` is as written."""

    type: EntityType
    name: str
    text: str


@dataclass(frozen=True, slots=True)
class Tags:
    """Everything the tagger read in an item.

    `areas` holds the folded (lower-case, accent-free) names that a watch's
    `regions` list is matched against: place names, country names and codes,
    regions and custom regions.
    """

    places: tuple[Place, ...] = ()
    countries: tuple[str, ...] = ()  # ISO2, in order of first mention
    regions: tuple[str, ...] = ()
    entities: tuple[Entity, ...] = ()
    areas: frozenset[str] = field(default_factory=frozenset)


@dataclass(frozen=True, slots=True)
class WatchHit:
    """One watch that fired on an item, and the terms that made it fire."""

    name: str
    priority: Priority
    terms: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class StoryFeatures:
    """What story folding reads in a new item (`monitor.stories.Profile` without its time, and the
    item's LSH band keys): pure CPU, so the parse worker computes it and the writer only looks up.

    Sets travel as tuples (each value once): a quarter of the memory and of the pickle.
    """

    words: tuple[str, ...]
    core: tuple[str, ...]
    counts: tuple[tuple[str, tuple[str, ...]], ...]
    generic: bool
    names: tuple[str, ...]
    places: tuple[str, ...]
    countries: tuple[str, ...]
    band_keys: tuple[int, ...]  # its story-index keys (`monitor.storykeys`); empty when too few words to fold on


@dataclass(frozen=True, slots=True)
class PreparedItem:
    """An item ready to store: parsed, identified, tagged and matched, all off the event loop.

    `features` is an optional shortcut: when absent (tests, tools) the writer derives the same from
    the text and tags itself, so it never changes what is stored.
    """

    data: ItemData
    canonical_url: str | None
    content_hash: str
    tags: Tags
    hits: tuple[WatchHit, ...] = ()
    features: StoryFeatures | None = field(default=None, compare=False, repr=False)

    @property
    def priority(self) -> Priority:
        return max((h.priority for h in self.hits), default=Priority.NONE)


@dataclass(frozen=True, slots=True)
class MatchContext:
    """Where an item came from, for watches scoped by feed or tag."""

    feed: str = ""
    tags: tuple[str, ...] = ()
