"""Bytes in, stored items out: parse, identify, tag, match, store.

Everything here is synchronous and CPU-bound; the service runs it off the
event loop. Items a feed already gave us, unchanged, skip tagging entirely,
so a re-poll of a busy feed costs a lookup, not an analysis.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from monitor.config import Config, FeedConfig
from monitor.dedup import canonical_url, content_fingerprint
from monitor.models import ItemData, MatchContext, ParsedFeed, PreparedItem
from monitor.parse import parse_feed
from monitor.store.db import Database
from monitor.store.writer import WriteResult, known_guids, write_feed_items
from monitor.tagging import Tagger, get_tagger
from monitor.watches import MatchInput, WatchSet


class Analyzer:
    """The tagger and the compiled watches for one configuration, built once and reused."""

    def __init__(self, config: Config) -> None:
        self.tagger: Tagger = get_tagger(config.entities, config.regions)
        self.watches: WatchSet = WatchSet.compile(config.watches, area_key=self.tagger.area_key)

    def prepare(self, item: ItemData, context: MatchContext, content_hash: str | None = None) -> PreparedItem:
        tags = self.tagger.tag(item.title, item.summary)
        hits = self.watches.match(
            MatchInput(title=item.title, text=item.summary, tags=tags, feed=context.feed, feed_tags=context.tags)
        )
        return PreparedItem(
            data=item,
            canonical_url=canonical_url(item.url) if item.url else None,
            content_hash=content_hash or content_fingerprint(item.title, item.summary),
            tags=tags,
            hits=hits,
        )


@dataclass(frozen=True, slots=True)
class IngestResult:
    parsed: ParsedFeed
    written: WriteResult


def ingest_items(
    db: Database, feed_id: int, items: Sequence[ItemData], analyzer: Analyzer, context: MatchContext, now: datetime
) -> WriteResult:
    """Analyse the new or changed items of one feed and store them in one transaction."""
    known = known_guids(db, feed_id, [i.guid for i in items])
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
    result = write_feed_items(db, feed_id, prepared, now) if prepared else WriteResult()
    result.unchanged += unchanged
    return result


def ingest_bytes(
    db: Database,
    feed_id: int,
    feed: FeedConfig,
    content: bytes,
    content_type: str | None,
    analyzer: Analyzer,
    now: datetime,
) -> IngestResult:
    """Parse a fetched document and store what is new in it; raises FeedParseError for a bad feed."""
    parsed = parse_feed(content, feed.url, content_type)
    written = ingest_items(db, feed_id, parsed.items, analyzer, MatchContext(feed.name, feed.tags), now)
    return IngestResult(parsed, written)
