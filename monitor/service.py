"""The long-running loop: which feeds are due, fetch them, ingest, record health, repeat.

The TUI runs it in-process (as a worker) and `monitor fetch` runs it alone;
both hear about progress through callbacks, one per feed and one per pass,
so neither has to poll the database to learn what changed.

Three kinds of work, three places: downloads on the event loop (httpx),
parsing and tagging in a process pool under a time limit (`ParsePool`: a
hostile document can stall neither the interface nor the other feeds), and
database writes on one thread (they stay in order; a feed is never split across
transactions, and feeds finishing together share one: `monitor.writequeue`).
What a parse needs to know of its feed is read on a thread of its own, so parsing
never queues behind a group of writes.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import suppress
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

import httpx
from sqlalchemy import Connection

from monitor.config import Config, FeedConfig
from monitor.errors import FeedError
from monitor.fetch import Fetcher, FetchResult
from monitor.models import MatchContext
from monitor.outcomes import FeedCallback, FeedOutcome, PassSummary
from monitor.parsepool import TIME_LIMIT, ParsePool
from monitor.pipeline import Analysis, Analyzer, known_hashes, store_analysis_in
from monitor.schedule import next_poll
from monitor.store.db import Database
from monitor.store.feeds import FeedState, feed_states, record_attempt_in, sync_feeds
from monitor.store.timeconv import utcnow
from monitor.store.writer import WriteResult
from monitor.writequeue import WriteQueue

__all__ = ["FeedCallback", "FeedOutcome", "PassSummary", "Service"]

log = logging.getLogger(__name__)
WRITE_BACKLOG = 12  # analysed feeds waiting for the database thread at most (each holds its tagged items)


@dataclass(frozen=True, slots=True)
class _Stages:
    """The pass's two bounds on feeds past their download: being parsed, and waiting to be written."""

    parsing: asyncio.Semaphore
    writing: asyncio.Semaphore


class Service:
    """Polls the configured feeds into the store, on schedule or on demand; `close()` when done."""

    def __init__(
        self,
        config: Config,
        db: Database,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        clock: Callable[[], datetime] = utcnow,
        parse_workers: int | None = None,
        parse_time_limit: float = TIME_LIMIT,
    ) -> None:
        self.db = db
        self._transport = transport
        self._clock = clock
        self._wake = asyncio.Event()
        self._force = False
        # one worker thread for the database: writes stay in order and off the event loop
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="monitor-ingest")
        self.writes = WriteQueue(db, self._executor)  # feeds finishing together share a transaction
        # ... and a reading thread, so a parse never waits behind a write for what its feed already holds (WAL)
        self._readers = ThreadPoolExecutor(max_workers=1, thread_name_prefix="monitor-read")
        self.config = config
        self._analyzer: Analyzer | None = None
        self.parse_pool = ParsePool(config, workers=parse_workers, time_limit=parse_time_limit)
        self._feed_ids = sync_feeds(db, [(f.name, f.url) for f in config.feeds if f.enabled])
        self.last_pass: PassSummary | None = None

    def apply_config(self, config: Config) -> None:
        """Switch to a new configuration (already validated): feeds synced, watches recompiled."""
        self._feed_ids = sync_feeds(self.db, [(f.name, f.url) for f in config.feeds if f.enabled])
        self.config, self._analyzer = config, None
        self.parse_pool.configure(config)
        self.wake()

    @property
    def analyzer(self) -> Analyzer:
        """The current config's tagger and watches in this process (the TUI's re-match uses them).

        Built on first use: ingest tags in the parse workers, so a daemon never
        pays the tagger's ~35 MB twice.
        """
        if self._analyzer is None:
            self._analyzer = Analyzer(self.config)
        return self._analyzer

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
        due = await self._in_thread(self.due_feeds, now, force=force)
        settings = self.config.settings
        by_name = {f.name: f for f in self.config.feeds}
        # Back-pressure: downloaded documents waiting for a parse stay few (each may be up to `max_bytes`),
        # and so do analysed feeds waiting for the database thread, so a slow disk or a big pass cannot pile
        # every feed up in memory. The second bound is wider: feeds that wait together are written together
        # (`WriteQueue`), and a commit per feed or two was a tenth of a cold pass.
        stages = _Stages(asyncio.Semaphore(2 * self.parse_pool.size), asyncio.Semaphore(WRITE_BACKLOG))
        async with Fetcher(
            concurrency=settings.concurrency,
            per_host=settings.per_host,
            timeout=settings.timeout,
            max_bytes=settings.max_bytes,
            user_agent=settings.user_agent,
            transport=self._transport,
        ) as fetcher:

            async def one(state: FeedState) -> None:
                try:
                    outcome = await self._poll(fetcher, state, by_name[state.name], stages)
                except Exception as exc:  # a bug or a database problem costs this feed's poll, not the pass
                    log.exception("polling %s failed", state.name)
                    outcome = await self._internal_error(state, by_name[state.name], exc)
                summary.outcomes.append(outcome)
                for warning in outcome.warnings:
                    log.info("%s: %s", state.name, warning)
                if on_feed is not None:
                    on_feed(outcome)

            await asyncio.gather(*(one(s) for s in due))
        summary.finished = self._clock()
        self.last_pass = summary
        return summary

    async def _poll(
        self, fetcher: Fetcher, state: FeedState, feed: FeedConfig, stages: _Stages
    ) -> FeedOutcome:
        interval = self.config.feed_interval(feed)
        result: FetchResult = await fetcher.fetch(state.url, etag=state.etag, last_modified=state.last_modified)
        moved = result.permanent_redirect
        if not result.ok:
            gone = result.status == 410
            return await self._failed(state, interval, result.status, result.error or "failed", moved,
                                      retry_after=result.retry_after, gone=gone)  # fmt: skip
        if result.not_modified:
            when = self._clock()
            poll_at = next_poll(when, interval, ok=True, ttl=result.fresh_for)
            await self.writes.write(lambda conn: record_attempt_in(
                conn, state.id, when=when, ok=True, status=result.status, error=None,
                next_poll=poll_at, etag=result.etag or state.etag,
                last_modified=result.last_modified or state.last_modified, redirect_to=moved,
            ))  # fmt: skip
            return FeedOutcome(state.name, True, result.status, not_modified=True, next_poll=poll_at, redirect_to=moved)
        document = [result.content or b""]  # handed over: dropped once parsed, not held through the write
        result = replace(result, content=None)
        return await self._ingest(state, feed, interval, result, document, stages)

    async def _ingest(
        self, state: FeedState, feed: FeedConfig, interval: float, result: FetchResult, document: list[bytes],
        stages: _Stages,
    ) -> FeedOutcome:  # fmt: skip
        """Parse and tag in a worker, then write the new items and the feed's health in the database thread."""
        moved = result.permanent_redirect
        async with stages.writing:  # taken first: a parsed feed always has its place in the write backlog
            async with stages.parsing:
                loop = asyncio.get_running_loop()
                known = await loop.run_in_executor(self._readers, known_hashes, self.db, state.id)
                try:
                    analysis = await self.parse_pool.analyze(
                        document.pop(), result.final_url, result.content_type, MatchContext(feed.name, feed.tags),
                        known,
                    )  # fmt: skip
                except FeedError as exc:
                    failure: str | None = exc.message
                else:
                    failure = None
            if failure is not None:
                return await self._failed(state, interval, result.status, failure, moved)
            return await self._store(state, interval, result, analysis)

    async def _store(self, state: FeedState, interval: float, result: FetchResult, analysis: Analysis) -> FeedOutcome:
        moved = result.permanent_redirect
        when = self._clock()
        poll_at = next_poll(when, interval, ok=True, ttl=max(analysis.ttl_seconds or 0, result.fresh_for or 0) or None)

        def store(conn: Connection) -> WriteResult:
            written = store_analysis_in(conn, state.id, analysis, when)
            record_attempt_in(
                conn, state.id, when=when, ok=True, status=result.status, error=None, next_poll=poll_at,
                etag=result.etag, last_modified=result.last_modified, title=analysis.title, redirect_to=moved,
                warnings=analysis.warnings,
            )  # fmt: skip
            return written

        written = await self.writes.write(store, weight=len(analysis.prepared))
        return FeedOutcome(
            state.name, True, result.status, items=analysis.items, new_ids=tuple(written.new_ids),
            updated_ids=tuple(written.updated_ids), new_sightings=written.new_sightings,
            warnings=analysis.warnings, next_poll=poll_at, skipped=analysis.skipped, redirect_to=moved,
        )  # fmt: skip

    async def _failed(
        self,
        state: FeedState,
        interval: float,
        status: int | None,
        error: str,
        moved: str | None,
        *,
        retry_after: float | None = None,
        gone: bool = False,
    ) -> FeedOutcome:
        """Record a failed poll: backoff (or a day, for 410 Gone), never giving up on the feed."""
        when = self._clock()
        poll_at = next_poll(
            when, interval, ok=False, failures=state.failures + 1, retry_after=retry_after, gone=gone
        )
        await self.writes.write(lambda conn: record_attempt_in(
            conn, state.id, when=when, ok=False, status=status, error=error,
            next_poll=poll_at, redirect_to=moved, gone=gone,
        ))  # fmt: skip
        return FeedOutcome(state.name, False, status, error, next_poll=poll_at, redirect_to=moved)

    async def _internal_error(self, state: FeedState, feed: FeedConfig, exc: Exception) -> FeedOutcome:
        """Back the feed off like any failure (so a persistent fault cannot spin the loop), if the store lets us."""
        message = f"internal error: {type(exc).__name__}: {exc}"
        try:
            return await self._failed(state, self.config.feed_interval(feed), None, message, None)
        except Exception:  # noqa: BLE001 (the store itself is what failed: report, do not raise)
            return FeedOutcome(state.name, False, error=message)

    async def _in_thread(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, lambda: fn(*args, **kwargs))

    async def run_forever(
        self,
        stop: asyncio.Event,
        *,
        on_feed: FeedCallback | None = None,
        on_pass: Callable[[PassSummary], None] | None = None,
    ) -> None:
        """Poll on schedule until `stop` is set; `wake` and `refresh` cut a wait short.

        Setting `stop` mid-pass abandons the downloads and parses in flight (a
        feed being written still finishes its one transaction); those feeds
        keep their schedule and are polled on the next start.
        """
        while not stop.is_set():
            self._wake.clear()
            force, self._force = self._force, False
            pass_task = asyncio.ensure_future(self.run_pass(force=force, on_feed=on_feed))
            try:
                if not await _first(pass_task, stop):
                    return
            finally:
                if not pass_task.done():
                    pass_task.cancel()
                    with suppress(asyncio.CancelledError):
                        await pass_task
            try:
                summary = pass_task.result()
                if on_pass is not None and summary.outcomes:
                    on_pass(summary)
                due = await self._in_thread(self.next_due)
            except Exception:  # the database is locked or gone: say so, and try again in a while
                log.exception("fetch pass failed")
                due = None
            delay = 60.0 if due is None else max(0.5, (due - self._clock()).total_seconds())
            waiters = {asyncio.ensure_future(stop.wait()), asyncio.ensure_future(self._wake.wait())}
            try:
                await asyncio.wait(waiters, timeout=delay, return_when=asyncio.FIRST_COMPLETED)
            finally:
                for task in waiters:
                    task.cancel()

    def close(self) -> None:
        """End the parse workers and the database thread (waiting for a write in progress)."""
        self.parse_pool.close()
        self._readers.shutdown(wait=True, cancel_futures=True)
        self._executor.shutdown(wait=True, cancel_futures=True)


async def _first(task: asyncio.Future[Any], stop: asyncio.Event) -> bool:
    """Wait for `task` or `stop`; True when the task finished first."""
    stopper = asyncio.ensure_future(stop.wait())
    try:
        await asyncio.wait({task, stopper}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        stopper.cancel()
    return task.done()
