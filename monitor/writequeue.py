"""Group commit: the feeds that finish while the database thread is busy are written in one transaction.

A cold pass ends hundreds of feeds within seconds, and each wanted two
transactions of its own (its items, then its health). A commit writes every
page the transaction touched to the WAL, and the story-band and tag indexes
put a feed's pages all over the file, so most of that work was writing the
same pages again for the next feed. Here each write is a job, a function of
the open connection; the database thread takes every job waiting when it gets
to them (up to `MAX_JOBS`, and up to `MAX_WEIGHT` items between them) and runs
them in one `BEGIN IMMEDIATE` transaction.

What a transaction promises is kept, only for several feeds at once: a feed's
items and its health land together or not at all, and a crash never leaves
part of a feed. A job that raises rolls the group back; every job of the group
then runs again alone, so one feed's failure costs only that feed. With one
feed at a time (a quiet day, a `refresh`), a group is one job: nothing waits
for company.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from concurrent.futures import Executor
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from sqlalchemy import Connection

from monitor.store.db import Database

__all__ = ["MAX_JOBS", "MAX_WEIGHT", "WriteQueue"]

T = TypeVar("T")
MAX_JOBS = 32  # feeds per transaction at most: a group's commit stays short for readers and the TUI
# ... and items: a user's own write (marking a story read) waits for the group in progress, so a group of
# big feeds stops at about a second of writing (a new item costs 1.3 to 2.6 ms on a cold pass, by machine).
MAX_WEIGHT = 400


@dataclass(slots=True)
class _Job(Generic[T]):
    work: Callable[[Connection], T]
    future: asyncio.Future[T]
    loop: asyncio.AbstractEventLoop
    weight: int


class WriteQueue:
    """Runs write jobs on the one database thread, grouped into shared transactions."""

    def __init__(
        self, db: Database, executor: Executor, max_jobs: int = MAX_JOBS, max_weight: int = MAX_WEIGHT
    ) -> None:
        self.db, self._executor, self.max_jobs, self.max_weight = db, executor, max_jobs, max_weight
        self._pending: list[_Job[Any]] = []
        self._lock = threading.Lock()
        self.transactions = 0  # how many were committed (tests and benchmarks read it)

    async def write(self, work: Callable[[Connection], T], weight: int = 1) -> T:
        """Run `work(conn)` inside a write transaction shared with other waiting jobs; its result.

        `weight`: about how many items it writes (a group stops at `max_weight`; a heavier job goes alone).
        """
        loop = asyncio.get_running_loop()
        job: _Job[T] = _Job(work, loop.create_future(), loop, max(1, weight))
        with self._lock:
            self._pending.append(job)
        # One drain per job: a drain that finds the queue emptied by an earlier one does nothing.
        loop.run_in_executor(self._executor, self._drain)
        return await job.future

    def _drain(self) -> None:
        with self._lock:
            size, weight = 0, 0
            for job in self._pending[: self.max_jobs]:
                if size and weight + job.weight > self.max_weight:
                    break
                size, weight = size + 1, weight + job.weight
            group, self._pending = self._pending[:size], self._pending[size:]
        if not group:
            return
        try:
            with self.db.writer.begin() as conn:
                results = [job.work(conn) for job in group]
        except Exception as exc:
            if len(group) == 1:
                _settle(group[0], error=exc)
                return
            for job in group:  # rolled back: each again on its own, so only the guilty one fails
                self._alone(job)
            return
        self.transactions += 1
        for job, result in zip(group, results):
            _settle(job, result=result)

    def _alone(self, job: _Job[Any]) -> None:
        try:
            with self.db.writer.begin() as conn:
                result = job.work(conn)
        except Exception as exc:
            _settle(job, error=exc)
        else:
            self.transactions += 1
            _settle(job, result=result)


def _settle(job: _Job[Any], *, result: Any = None, error: BaseException | None = None) -> None:
    """Hand the outcome to the waiting coroutine's loop (it may have been cancelled, or the loop closed)."""

    def deliver() -> None:
        if job.future.done():
            return
        if error is not None:
            job.future.set_exception(error)
        else:
            job.future.set_result(result)

    try:
        job.loop.call_soon_threadsafe(deliver)
    except RuntimeError:  # the loop is closed: nobody is waiting any more
        pass
