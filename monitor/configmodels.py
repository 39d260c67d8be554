"""The frozen shapes a valid feeds.toml becomes, kept apart so the checker and the loader share them without a cycle.

Everything downstream (service, pipeline, TUI) holds these; they are immutable so a
reload can swap a whole Config atomically while readers keep the old one.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from monitor.priority import Priority

ALERTS = ("bell", "notify", "none")
ENTITY_TYPES = ("org", "person", "place")


@dataclass(frozen=True, slots=True)
class Settings:
    """The `[settings]` table; every field has a default so the table is optional."""

    interval: float = 600.0  # seconds between polls of a feed without its own interval
    concurrency: int = 16  # fetches in flight at once, all hosts together
    per_host: int = 2  # fetches in flight per host, to stay polite to one server
    timeout: float = 30.0  # total deadline per fetch (httpx's own timeouts are per read)
    max_bytes: int = 8_000_000  # decoded body cap; TOML takes an int or "8MB"/"512KB"
    user_agent: str | None = None  # None: the fetcher's own default


@dataclass(frozen=True, slots=True)
class FeedConfig:
    """One `[[feeds]]` entry; `interval` None means the settings' interval."""

    name: str
    url: str
    interval: float | None = None
    tags: tuple[str, ...] = ()
    enabled: bool = True


@dataclass(frozen=True, slots=True)
class WatchConfig:
    """One `[[watches]]` entry; `line` lets later stages (watch compiler, gazetteer) point back at it."""

    name: str
    keywords: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    entities: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    feeds: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    query: str | None = None
    priority: Priority = Priority.ROUTINE
    alert: str = "bell"  # bell | notify | none
    line: int = 0


@dataclass(frozen=True, slots=True)
class EntityConfig:
    """One `[[entities]]` entry: a person, organisation or place known by several names."""

    name: str
    type: str = "org"  # org | person | place
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Config:
    """The whole file; `path` is None when parsed from text rather than loaded from a file."""

    path: Path | None
    settings: Settings
    feeds: tuple[FeedConfig, ...]
    watches: tuple[WatchConfig, ...]
    regions: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: MappingProxyType({}))
    entities: tuple[EntityConfig, ...] = ()

    def feed_interval(self, feed: FeedConfig) -> float:
        return feed.interval if feed.interval is not None else self.settings.interval

    def feed_by_name(self, name: str) -> FeedConfig | None:
        return next((feed for feed in self.feeds if feed.name == name), None)
