"""The long-running loop: which feeds are due, fetch them, ingest, record health, repeat.

The TUI runs it in-process (as a worker) and `monitor fetch` runs it alone;
both hear about progress through callbacks, one per feed and one per pass,
so neither has to poll the database to learn what changed.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime

import httpx

from monitor.config import Config, FeedConfig
from monitor.errors import FeedError
from monitor.fetch import Fetcher, FetchResult
from monitor.pipeline import Analyzer, ingest_bytes
from monitor.schedule import next_poll
from monitor.store.db import Database
from monitor.store.feeds import FeedState, feed_states, record_attempt, sync_feeds
from monitor.store.timeconv import utcnow

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class FeedOutcome:
    """What one poll of one feed did."""

    name: str
    ok: bool
    status: int | None = None
    error: str | None = None
    not_modified: bool = False
    items: int = 0
    new_ids: tuple[int, ...] = ()
    updated_ids: tuple[int, ...] = ()
    new_sightings: int = 0
    warnings: tuple[str, ...] = ()
    next_poll: datetime | None = None


@dataclass(slots=True)
class PassSummary:
    """One pass over the due feeds."""

    started: datetime
    finished: datetime | None = None
    outcomes: list[FeedOutcome] = field(default_factory=list)

    @property
    def ok(self) -> int:
        return sum(1 for o in self.outcomes if o.ok)

    @property
    def failed(self) -> int:
        return sum(1 for o in self.outcomes if not o.ok)

    @property
    def new_items(self) -> int:
        return sum(len(o.new_ids) for o in self.outcomes)

    def line(self) -> str:
        """The one-line summary `monitor fetch --once` prints."""
        text = f"{len(self.outcomes)} feeds: {self.ok} ok, {self.failed} failed; {self.new_items} new items"
        updated = sum(len(o.updated_ids) for o in self.outcomes)
        if updated:
            text += f", {updated} updated"
        return text


FeedCallback = Callable[[FeedOutcome], None]


class Service:
    """Polls the configured feeds into the store, on schedule or on demand."""

    def __init__(
        self,
        config: Config,
        db: Database,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.db = db
        self._transport = transport
        self._clock = clock
        self._wake = asyncio.Event()
        self._force = False
        # one worker thread: parsing and writing stay off the event loop, and writes stay in order
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="monitor-ingest")
        self.config = config
        self.analyzer = Analyzer(config)
        self._feed_ids = sync_feeds(db, [(f.name, f.url) for f in config.feeds if f.enabled])
        self.last_pass: PassSummary | None = None

    def apply_config(self, config: Config) -> None:
        """Switch to a new configuration (already validated): feeds synced, watches recompiled."""
        analyzer = Analyzer(config)
        self._feed_ids = sync_feeds(self.db, [(f.name, f.url) for f in config.feeds if f.enabled])
        self.config, self.analyzer = config, analyzer
        self.wake()

    def wake(self) -> None:
        """Cut the current wait short, so due feeds (new ones, say) are polled now."""
        self._wake.set()

    def refresh(self) -> None:
        """Poll every feed now, whatever its schedule (the TUI's `R`)."""
        self._force = True
        self._wake.set()

    def due_feeds(self, now: datetime, *, force: bool = False) -> list[FeedState]:
        states = [s for s in feed_states(self.db) if s.name in self._feed_ids]
        if force:
            return states
        return [s for s in states if s.next_poll is None or s.next_poll <= now]

    def next_due(self) -> datetime | None:
        polls = [s.next_poll for s in feed_states(self.db) if s.name in self._feed_ids]
        if not polls:
            return None
        if any(p is None for p in polls):
            return self._clock()
        return min(p for p in polls if p is not None)

    async def run_pass(self, *, force: bool = False, on_feed: FeedCallback | None = None) -> PassSummary:
        """Poll every due feed (every feed with `force`) once, concurrently."""
        now = self._clock()
        summary = PassSummary(started=now)
        due = self.due_feeds(now, force=force)
        settings = self.config.settings
        async with Fetcher(
            concurrency=settings.concurrency,
            per_host=settings.per_host,
            timeout=settings.timeout,
            max_bytes=settings.max_bytes,
            user_agent=settings.user_agent,
            transport=self._transport,
        ) as fetcher:

            async def one(state: FeedState) -> None:
                outcome = await self._poll(fetcher, state)
                summary.outcomes.append(outcome)
                if on_feed is not None:
                    on_feed(outcome)

            await asyncio.gather(*(one(s) for s in due))
        summary.finished = self._clock()
        self.last_pass = summary
        return summary

    async def _poll(self, fetcher: Fetcher, state: FeedState) -> FeedOutcome:
        feed = self.config.feed_by_name(state.name)
        assert feed is not None
        interval = self.config.feed_interval(feed)
        result: FetchResult = await fetcher.fetch(state.url, etag=state.etag, last_modified=state.last_modified)
        when = self._clock()
        if not result.ok:
            failures = state.failures + 1
            gone = result.status == 410
            poll_at = next_poll(when, interval, ok=False, failures=failures, retry_after=result.retry_after, gone=gone)
            await self._in_thread(
                record_attempt, self.db, state.id, when=when, ok=False, status=result.status,
                error=result.error, next_poll=poll_at, redirect_to=result.permanent_redirect, gone=gone,
            )
            return FeedOutcome(state.name, False, result.status, result.error, next_poll=poll_at)
        if result.not_modified:
            poll_at = next_poll(when, interval, ok=True)
            await self._in_thread(
                record_attempt, self.db, state.id, when=when, ok=True, status=result.status, error=None,
                next_poll=poll_at, etag=result.etag or state.etag,
                last_modified=result.last_modified or state.last_modified, redirect_to=result.permanent_redirect,
            )
            return FeedOutcome(state.name, True, result.status, not_modified=True, next_poll=poll_at)
        try:
            ingested = await self._in_thread(
                ingest_bytes, self.db, state.id, feed, result.content or b"", result.content_type,
                self.analyzer, when,
            )
        except FeedError as exc:
            failures = state.failures + 1
            poll_at = next_poll(when, interval, ok=False, failures=failures)
            await self._in_thread(
                record_attempt, self.db, state.id, when=when, ok=False, status=result.status,
                error=exc.message, next_poll=poll_at, redirect_to=result.permanent_redirect,
            )
            return FeedOutcome(state.name, False, result.status, exc.message, next_poll=poll_at)
        parsed, written = ingested.parsed, ingested.written
        poll_at = next_poll(when, interval, ok=True, ttl=parsed.ttl_seconds)
        await self._in_thread(
            record_attempt, self.db, state.id, when=when, ok=True, status=result.status, error=None,
            next_poll=poll_at, etag=result.etag, last_modified=result.last_modified, title=parsed.title,
            redirect_to=result.permanent_redirect,
        )
        return FeedOutcome(
            state.name, True, result.status, items=len(parsed.items), new_ids=tuple(written.new_ids),
            updated_ids=tuple(written.updated_ids), new_sightings=written.new_sightings,
            warnings=parsed.warnings, next_poll=poll_at,
        )

    async def _in_thread(self, fn, *args, **kwargs):  # type: ignore[no-untyped-def]
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, lambda: fn(*args, **kwargs))

    async def run_forever(
        self,
        stop: asyncio.Event,
        *,
        on_feed: FeedCallback | None = None,
        on_pass: Callable[[PassSummary], None] | None = None,
    ) -> None:
        """Poll on schedule until `stop` is set; `wake` and `refresh` cut a wait short."""
        while not stop.is_set():
            self._wake.clear()
            force, self._force = self._force, False
            summary = await self.run_pass(force=force, on_feed=on_feed)
            if on_pass is not None and summary.outcomes:
                on_pass(summary)
            due = self.next_due()
            delay = 60.0 if due is None else max(0.5, (due - self._clock()).total_seconds())
            waiters = {asyncio.ensure_future(stop.wait()), asyncio.ensure_future(self._wake.wait())}
            done, pending = await asyncio.wait(waiters, timeout=delay, return_when=asyncio.FIRST_COMPLETED)
            for task in pending:
                task.cancel()

    def close(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)
