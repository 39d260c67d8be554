"""Frozen view models: what the store hands to the TUI and to exports.

They are plain values, safe to pass between threads and to keep in widgets,
and they carry no database session (SQLModel rows never leave the store).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from monitor.priority import Priority


@dataclass(frozen=True, slots=True, order=True)
class Cursor:
    """A keyset position in the timeline: (sort time, item id), newest first."""

    ts: datetime
    item_id: int


@dataclass(frozen=True, slots=True)
class TimelineFilter:
    """What the timeline (and export) is narrowed to; every field optional."""

    feed: str | None = None
    watch: str | None = None
    min_priority: Priority = Priority.NONE
    country: str | None = None
    region: str | None = None
    query: str | None = None
    since: datetime | None = None


@dataclass(frozen=True, slots=True)
class TimelineRow:
    """One timeline line: enough to draw the row without another query."""

    item_id: int
    story_id: int
    ts: datetime
    fetched: datetime
    priority: Priority
    feed: str
    title: str
    url: str | None
    countries: tuple[str, ...] = ()
    entities: tuple[str, ...] = ()  # canonical names of organisations and people
    watches: tuple[str, ...] = ()
    terms: tuple[str, ...] = ()
    sources: int = 1
    read: bool = False  # the story's, shared by every outlet's copy
    acked: bool = False

    @property
    def cursor(self) -> Cursor:
        return Cursor(self.ts, self.item_id)


@dataclass(frozen=True, slots=True)
class Page:
    rows: tuple[TimelineRow, ...]
    next: Cursor | None  # None when there is nothing older


@dataclass(frozen=True, slots=True)
class SightingView:
    feed: str
    url: str | None
    guid: str
    seen: datetime


@dataclass(frozen=True, slots=True)
class HitView:
    name: str
    priority: Priority
    terms: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PlaceView:
    name: str
    country: str | None
    geonameid: int | None
    text: str


@dataclass(frozen=True, slots=True)
class EntityView:
    type: str
    name: str
    text: str


@dataclass(frozen=True, slots=True)
class ItemDetail:
    """Everything known about one item: the detail pane and the JSONL export both read this."""

    id: int
    story_id: int
    title: str
    url: str | None
    summary: str
    author: str | None
    published: datetime | None
    fetched: datetime
    ts: datetime
    priority: Priority
    feed: str
    revisions: int = 0
    sightings: tuple[SightingView, ...] = ()
    hits: tuple[HitView, ...] = ()
    places: tuple[PlaceView, ...] = ()
    countries: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    entities: tuple[EntityView, ...] = field(default_factory=tuple)

    def to_record(self) -> dict[str, Any]:
        """The JSONL export object (field list fixed by the export contract in DESIGN.md)."""
        return {
            "id": self.id,
            "title": self.title,
            "url": self.url,
            "feed": self.feed,
            "published": _iso(self.published),
            "fetched": _iso(self.fetched),
            "story": self.story_id,
            "sightings": [
                {"feed": s.feed, "url": s.url, "guid": s.guid, "seen": _iso(s.seen)} for s in self.sightings
            ],
            "priority": self.priority.label or None,
            "watches": [{"name": h.name, "priority": h.priority.label, "terms": list(h.terms)} for h in self.hits],
            "places": [{"name": p.name, "country": p.country, "geonameid": p.geonameid} for p in self.places],
            "countries": list(self.countries),
            "regions": list(self.regions),
            "entities": [{"type": e.type, "name": e.name, "text": e.text} for e in self.entities],
        }


@dataclass(frozen=True, slots=True)
class FeedHealth:
    """One feed's state as the fetcher last left it."""

    name: str
    url: str
    active: bool
    title: str | None
    last_attempt: datetime | None
    last_success: datetime | None
    last_status: int | None
    last_error: str | None
    failures: int
    next_poll: datetime | None
    redirect_to: str | None
    gone: bool
    items: int
    last_warning: str | None = None  # read, with recoverable problems (a feed that works, sloppily)

    def problem(self) -> str:
        """What the health table's last column says: the error, else the warning; and a moved URL."""
        text = self.last_error or (f"warning: {self.last_warning}" if self.last_warning else "")
        if self.redirect_to:
            text = (text + " " if text else "") + f"(moved permanently to {self.redirect_to})"
        return text

    @property
    def failing(self) -> bool:
        return self.active and (self.failures > 0 or self.gone)


def _iso(value: datetime | None) -> str | None:
    return value.isoformat().replace("+00:00", "Z") if value else None
