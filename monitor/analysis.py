"""Feed bytes -> items ready to store: parse, fingerprint, tag, match. Pure CPU, no database.

This is the part of ingest that can take long on a hostile or huge document,
so it is kept free of the store (and of httpx and SQLAlchemy) to run in a
parse-pool worker process with a time limit. Which items the store already
holds unchanged is passed in as a hint (`known`: guid -> content hash), so a
re-poll of a busy feed tags only what is new; the writer still compares
hashes itself, so a stale or partial hint costs time, never correctness.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from monitor.config import Config
from monitor.dedup import canonical_url, content_fingerprint
from monitor.models import ItemData, MatchContext, PreparedItem, StoryFeatures, Tags
from monitor.outlets import is_outlet
from monitor.parse import parse_feed
from monitor.storykeys import story_keys
from monitor.storytext import bureau_of, read_story
from monitor.tagging import Tagger, get_tagger
from monitor.textfold import fold
from monitor.watches import MatchInput, WatchSet

# Texts whose tags and story features an Analyzer keeps (~3 KB each, and pages pinned around them: 1,024 cost a
# worker ~6 MB of peak memory). Copies of one wire story arrive within minutes of each other, so a few hundred do.
READINGS_KEPT = 256


class Analyzer:
    """The tagger and the compiled watches for one configuration, built once and reused.

    The same title and text often come again: a wire story carried by several of the officer's feeds,
    one outlet's story in its "world" and its "top stories" feeds. Tags and story features are pure
    functions of the two (for this configuration's tagger), so the latest texts' are kept and reused;
    watches are matched every time, since a watch may be scoped to a feed.
    """

    def __init__(self, config: Config) -> None:
        self.tagger: Tagger = get_tagger(config.entities, config.regions)
        self.watches: WatchSet = WatchSet.compile(config.watches, area_key=self.tagger.area_key)
        self._readings: dict[tuple[str, str], tuple[Tags, StoryFeatures]] = {}

    def read(self, title: str, summary: str) -> tuple[Tags, StoryFeatures]:
        """The tags and story features of a text (`tagger.tag` and `story_features`), from the cache if kept."""
        key = (title, summary)
        reading = self._readings.get(key)
        if reading is None:
            tags = self.tagger.tag(title, summary)
            reading = (tags, story_features(title, summary, tags))
            readings = self._readings
            if len(readings) >= READINGS_KEPT:
                try:
                    del readings[next(iter(readings))]  # the oldest
                except (KeyError, StopIteration, RuntimeError):  # another thread evicted first
                    pass
            readings[key] = reading
        return reading

    def prepare(self, item: ItemData, context: MatchContext, content_hash: str | None = None) -> PreparedItem:
        tags, features = self.read(item.title, item.summary)
        hits = self.watches.match(
            MatchInput(title=item.title, text=item.summary, tags=tags, feed=context.feed, feed_tags=context.tags)
        )
        return PreparedItem(
            data=item,
            canonical_url=canonical_url(item.url) if item.url else None,
            content_hash=content_hash or content_fingerprint(item.title, item.summary),
            tags=tags,
            hits=hits,
            features=features,
        )


def story_features(title: str, summary: str, tags: Tags) -> StoryFeatures:
    """What story folding reads in an item, computed here (in the parse worker) so the single database
    thread only looks up and inserts; the writer derives exactly this itself when it is absent.

    The same reading as `monitor.stories.make_profile` / `profile_from_tags` (tests hold them equal),
    without its cache: a worker reads each item once, and that cache only cost it ~20 MB.
    """
    reading, generic = read_story(title, summary)
    words = tuple(dict.fromkeys(reading.words))
    core = tuple(dict.fromkeys(reading.core))
    names = tuple({fold(e.name): None for e in tags.entities if e.type != "place" and not is_outlet(e.name)})
    bureau = bureau_of(reading.core)
    places = tuple({fold(p.name): None for p in tags.places if fold(p.name) != bureau})
    return StoryFeatures(
        words=words,
        core=core,
        counts=tuple((k, tuple(v)) for k, v in reading.counts.items()),
        generic=generic,
        names=names,
        places=places,
        countries=tuple(dict.fromkeys(tags.countries)),
        band_keys=story_keys(words, core, names, places, generic, tags.countries),
    )


def analysis_config(config: Config) -> Config:
    """The part of a config an Analyzer needs, in a form that pickles (for worker processes)."""
    return replace(config, feeds=(), regions=dict(config.regions))


@dataclass(frozen=True, slots=True)
class Analysis:
    """One document, analysed: feed facts, and the items that need writing (new or changed)."""

    title: str | None
    ttl_seconds: int | None
    warnings: tuple[str, ...]
    skipped: int  # entries the parser could not read (the rest of the feed is kept)
    items: int  # entries read, repeats included
    prepared: tuple[PreparedItem, ...]
    unchanged: int  # known to the store with the same content: not tagged again


def prepare_items(
    items: Sequence[ItemData], analyzer: Analyzer, context: MatchContext, known: Mapping[str, str]
) -> tuple[list[PreparedItem], int]:
    """Tag and match the items that are new or changed; returns them and how many were skipped as unchanged."""
    prepared: list[PreparedItem] = []
    seen: set[str] = set()
    unchanged = 0
    for item in items:
        if item.guid in seen:  # a feed listing one entry twice: keep the first
            continue
        seen.add(item.guid)
        fingerprint = content_fingerprint(item.title, item.summary)
        if known.get(item.guid) == fingerprint:
            unchanged += 1
            continue
        prepared.append(analyzer.prepare(item, context, fingerprint))
    return prepared, unchanged


def analyze_document(
    content: bytes,
    url: str,
    content_type: str | None,
    analyzer: Analyzer,
    context: MatchContext,
    known: Mapping[str, str],
) -> Analysis:
    """Parse and prepare one fetched document; raises `FeedParseError` when it is not a usable feed."""
    parsed = parse_feed(content, url, content_type)
    prepared, unchanged = prepare_items(parsed.items, analyzer, context, known)
    warnings = parsed.warnings
    if parsed.skipped:
        plural = "entry" if parsed.skipped == 1 else "entries"
        warnings += (f"{parsed.skipped} malformed {plural} skipped; the rest of the feed was kept",)
    return Analysis(
        title=parsed.title,
        ttl_seconds=parsed.ttl_seconds,
        warnings=warnings,
        skipped=parsed.skipped,
        items=len(parsed.items),
        prepared=tuple(prepared),
        unchanged=unchanged,
    )
