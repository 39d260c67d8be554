"""Applying changed watches to what is already stored, and trying a query before saving it.

When the officer's watches change mid-shift, items of the last days are
matched again (in the background, in batches, cancellable) so the timeline
and the alerts reflect the watches as they are now, not as they were.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from monitor.config import Config, WatchConfig
from monitor.models import WatchHit
from monitor.pipeline import Analyzer
from monitor.store.db import Database
from monitor.store.hits import item_hits
from monitor.store.rematch import StoredText, store_hits, stored_since
from monitor.store.timeconv import utcnow
from monitor.watches import MatchInput, WatchSet, highest_priority

DEFAULT_WINDOW = timedelta(days=7)


@dataclass(slots=True)
class RematchResult:
    items: int = 0
    changed_ids: list[int] = field(default_factory=list)
    cancelled: bool = False


def _hits_for(analyzer: Analyzer, watches: WatchSet, config: Config, item: StoredText) -> tuple[WatchHit, ...]:
    feed = config.feed_by_name(item.feed)
    tags = analyzer.tagger.tag(item.title, item.summary)
    return watches.match(
        MatchInput(item.title, item.summary, tags, item.feed, feed.tags if feed is not None else ())
    )


def rematch_stored(
    db: Database,
    config: Config,
    analyzer: Analyzer,
    *,
    since: datetime | None = None,
    batch: int = 500,
    cancel: threading.Event | None = None,
    progress: Callable[[int], None] | None = None,
) -> RematchResult:
    """Match stored items of the window against `analyzer`'s watches and store what changed.

    Every item's hits are rewritten when they differ; an item whose watches
    did not change is left alone, so a re-match after a small edit writes little.
    """
    result = RematchResult()
    window_start = since or utcnow() - DEFAULT_WINDOW
    for chunk in stored_since(db, window_start, batch):
        if cancel is not None and cancel.is_set():
            result.cancelled = True
            break
        before = item_hits(db, [i.item_id for i in chunk])
        changes = []
        for item in chunk:
            hits = _hits_for(analyzer, analyzer.watches, config, item)
            new = {(h.name, int(h.priority), h.terms) for h in hits}
            if new != before.get(item.item_id, set()):
                changes.append((item.item_id, hits, int(highest_priority(hits))))
        store_hits(db, changes)
        result.items += len(chunk)
        result.changed_ids.extend(c[0] for c in changes)
        if progress is not None:
            progress(result.items)
    return result


@dataclass(frozen=True, slots=True)
class TrialHit:
    item: StoredText
    hit: WatchHit


def try_query(
    db: Database, config: Config, query: str, *, since: datetime | None = None
) -> Iterator[TrialHit]:
    """A dry run of a query over stored items: what would match, with why; nothing is written.

    Raises WatchCompileError (with the position inside the query) for a bad query.
    """
    analyzer = Analyzer(config)
    trial = WatchSet.compile([WatchConfig(name="query", query=query, alert="none")], area_key=analyzer.tagger.area_key)
    for chunk in stored_since(db, since or utcnow() - DEFAULT_WINDOW):
        for item in chunk:
            for hit in _hits_for(analyzer, trial, config, item):
                yield TrialHit(item, hit)
