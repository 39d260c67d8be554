"""Bytes in, stored items out: parse, identify, tag, match, store.

The CPU-bound half (parse, tag, match) lives in `monitor.analysis` so that the
service can run it in a worker process under a time limit; this module joins
it to the store. Items a feed already gave us, unchanged, skip tagging
entirely, so a re-poll of a busy feed costs a lookup, not an analysis.
Everything here is synchronous; the service runs it off the event loop.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection

from monitor.analysis import Analysis, Analyzer, analyze_document, prepare_items
from monitor.config import FeedConfig
from monitor.models import ItemData, MatchContext, ParsedFeed
from monitor.parse import parse_feed
from monitor.store.changes import recent_hashes
from monitor.store.db import Database
from monitor.store.writer import (
    WriteResult,
    known_guids,
    write_feed_items,
    write_feed_items_in,
)

__all__ = [
    "Analysis",
    "Analyzer",
    "IngestResult",
    "analyze_document",
    "ingest_bytes",
    "ingest_items",
    "known_hashes",
    "store_analysis",
    "store_analysis_in",
]

KNOWN_HINT = 2_000  # guids of a feed's latest sightings sent with a document, so unchanged items skip tagging


@dataclass(frozen=True, slots=True)
class IngestResult:
    parsed: ParsedFeed
    written: WriteResult


def known_hashes(db: Database, feed_id: int) -> dict[str, str]:
    """guid -> content hash of this feed's latest items: the hint a worker needs to skip unchanged ones."""
    return recent_hashes(db, feed_id, KNOWN_HINT)


def store_analysis(db: Database, feed_id: int, analysis: Analysis, now: datetime) -> WriteResult:
    """Write an analysed document's new and changed items in one transaction."""
    with db.writer.begin() as conn:
        return store_analysis_in(conn, feed_id, analysis, now)


def store_analysis_in(conn: Connection, feed_id: int, analysis: Analysis, now: datetime) -> WriteResult:
    """Write an analysed document's new and changed items inside the caller's write transaction."""
    result = write_feed_items_in(conn, feed_id, analysis.prepared, now) if analysis.prepared else WriteResult()
    result.unchanged += analysis.unchanged
    return result


def ingest_items(
    db: Database, feed_id: int, items: Sequence[ItemData], analyzer: Analyzer, context: MatchContext, now: datetime
) -> WriteResult:
    """Analyse the new or changed items of one feed and store them in one transaction."""
    known = known_guids(db, feed_id, [i.guid for i in items])
    prepared, unchanged = prepare_items(items, analyzer, context, known)
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
    """In-process ingest (no time limit): for tools and tests; the service uses the parse pool."""
    parsed = parse_feed(content, feed.url, content_type)
    written = ingest_items(db, feed_id, parsed.items, analyzer, MatchContext(feed.name, feed.tags), now)
    return IngestResult(parsed, written)
