"""Parsing and analysis in worker processes, each document under a time limit.

feedparser and the tagger are pure Python: a pathological document (or just a
huge one) holds the GIL for as long as it takes, which in-process would freeze
the interface and every other feed of the pass. Here each document goes to a
child process (`monitor.parseworker`); one that overruns its time limit is
abandoned, its worker killed and, on the next demand, replaced. The caller
gets a `FeedParseError` with a sentence for the feed-health view.

`concurrent.futures.ProcessPoolExecutor` cannot do this: it has no way to kill
one busy worker, and a killed worker breaks the whole pool. Workers are
started lazily (fresh interpreters, never `fork`: the parent has threads) and are
configured before their first job, so their start-up never counts against a
document's time limit.
"""

from __future__ import annotations

import asyncio
import itertools
import os
import subprocess
import sys
from collections.abc import Mapping
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from monitor.analysis import Analysis, analysis_config
from monitor.config import Config
from monitor.errors import FeedParseError
from monitor.models import MatchContext
from monitor.poolwire import Unpacker

TIME_LIMIT = 30.0  # seconds per document, analysis included; a large legitimate feed takes a few
START_LIMIT = 60.0  # seconds for a new worker to import and build its tagger
MAX_JOBS = 500  # a worker is retired after this many documents, so a long run never accumulates heap

_PACKAGE_ROOT = str(Path(__file__).resolve().parent.parent)  # so the worker imports this very package


class _Worker:
    """One child process (`python -m monitor.parseworker`) and our ends of its two pipes.

    A plain subprocess rather than `multiprocessing`: no re-import of the
    parent's `__main__`, no resource-tracker process, and nothing inherited but
    the two pipe ends (stdio is /dev/null, so a chatty library cannot scribble
    over the TUI). The worker exits when its input pipe closes, so it cannot
    outlive the parent, even one killed with SIGKILL.
    """

    def __init__(self) -> None:
        child_in, parent_out = os.pipe()
        parent_in, child_out = os.pipe()
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (_PACKAGE_ROOT, env.get("PYTHONPATH")) if p)
        try:
            self.process = subprocess.Popen(
                [sys.executable, "-P", "-m", "monitor.parseworker", str(child_in), str(child_out)],
                pass_fds=(child_in, child_out), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL, env=env,
            )  # fmt: skip
        except BaseException:
            for fd in (parent_in, parent_out):
                os.close(fd)
            raise
        finally:
            os.close(child_in)
            os.close(child_out)
        self.reader = Connection(parent_in, writable=False)
        self.writer = Connection(parent_out, readable=False)
        self.generation = -1
        self.jobs = 0
        self.unpacker = Unpacker()  # this worker's numbered tags and hits (see monitor.poolwire)

    def alive(self) -> bool:
        return self.process.poll() is None

    def stop(self, *, kill: bool = False) -> None:
        """End the process: politely (close its input, it exits) or with SIGKILL when it is busy or stuck."""
        if kill and self.alive():
            self.process.kill()
        self.writer.close()
        try:
            self.process.wait(timeout=0.5 if not kill else 5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=5)
        self.reader.close()


class ParsePool:
    """Up to `workers` child processes, started on demand; `close()` ends them all."""

    def __init__(
        self,
        config: Config,
        *,
        workers: int | None = None,
        time_limit: float = TIME_LIMIT,
        start_limit: float = START_LIMIT,
        max_jobs: int = MAX_JOBS,
    ) -> None:
        self.size = max(1, workers if workers is not None else min(4, os.cpu_count() or 1))
        self.time_limit = time_limit
        self.start_limit = start_limit
        self.max_jobs = max_jobs
        self._config = analysis_config(config)
        self._generation = 0
        self._idle: list[_Worker] = []
        self._busy: set[_Worker] = set()
        self._retired: list[_Worker] = []  # told to exit; reaped without blocking the event loop
        self._ids = itertools.count()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._slots: asyncio.Semaphore | None = None
        self._closed = False

    def configure(self, config: Config) -> None:
        """Use a new configuration from the next document on (each worker rebuilds its tagger once)."""
        self._config = analysis_config(config)
        self._generation += 1

    @property
    def processes(self) -> int:
        """Worker processes alive now (for tests and the health view)."""
        return sum(1 for w in [*self._idle, *self._busy, *self._retired] if w.alive())

    async def analyze(
        self, content: bytes, url: str, content_type: str | None, context: MatchContext, known: Mapping[str, str]
    ) -> Analysis:
        """Analyse one document in a worker; raises `FeedParseError` for a bad feed, an overrun or a crash."""
        if self._closed:
            raise RuntimeError("ParsePool.analyze() after close()")
        async with self._slots_for(asyncio.get_running_loop()):
            self._reap()
            worker = self._idle.pop() if self._idle else _start(url)
            self._busy.add(worker)
            healthy = False
            try:
                await self._configure(worker, url)
                worker.jobs += 1
                job_id = next(self._ids)
                _send(worker, ("job", job_id, content, url, content_type, context, dict(known)), url)
                reply = await self._receive(worker, self.time_limit, url, "parsing")
                if reply[0] == "done" and reply[1] == job_id:  # unpacked before the worker is used again
                    reply = ("done", job_id, _unpack(worker, reply[2], url))
                # after a crash (say MemoryError) start afresh; out of turn, its table is out of step too
                healthy = reply[0] in ("done", "failed") and reply[1] == job_id
            finally:
                self._busy.discard(worker)
                if not healthy:  # overran, crashed or was cancelled mid-job: SIGKILL (reaped at once)
                    worker.stop(kill=True)
                elif worker.jobs >= self.max_jobs or self._closed:  # done its share: it exits on EOF
                    worker.writer.close()
                    self._retired.append(worker)
                else:
                    self._idle.append(worker)
        return _result(reply, job_id, url)

    async def _configure(self, worker: _Worker, url: str) -> None:
        if worker.generation == self._generation:
            return
        generation = self._generation
        _send(worker, ("config", generation, self._config), url)
        reply = await self._receive(worker, self.start_limit, url, "starting the parser")
        if reply[0] != "ready" or reply[1] != generation:
            raise FeedParseError(url, f"the parser could not start: {reply[2] if len(reply) > 2 else reply[0]}")
        worker.generation = generation

    async def _receive(self, worker: _Worker, limit: float, url: str, doing: str) -> tuple[Any, ...]:
        try:
            async with asyncio.timeout(limit):
                await _readable(worker.reader)
            return worker.reader.recv()  # type: ignore[no-any-return]
        except TimeoutError:
            raise FeedParseError(url, f"{doing} took longer than {limit:g}s; abandoned") from None
        except (EOFError, OSError):
            try:
                code = worker.process.wait(timeout=1)
            except subprocess.TimeoutExpired:
                code = None
            raise FeedParseError(url, f"the parser process died while {doing} (exit code {code})") from None

    def _slots_for(self, loop: asyncio.AbstractEventLoop) -> asyncio.Semaphore:
        """The semaphore for this event loop (a pool outlives `asyncio.run` calls in tests and scripts)."""
        if self._slots is None or self._loop is not loop:
            for worker in list(self._busy):  # jobs of a loop that is gone will never be collected
                self._busy.discard(worker)
                worker.stop(kill=True)
            self._loop, self._slots = loop, asyncio.Semaphore(self.size)
        return self._slots

    def _reap(self) -> None:
        for worker in [w for w in self._retired if not w.alive()]:
            self._retired.remove(worker)
            worker.stop()

    def close(self) -> None:
        """End every worker (busy ones are killed); safe to call twice."""
        self._closed = True
        idle, busy = self._idle + self._retired, list(self._busy)
        self._idle, self._retired = [], []
        self._busy.clear()
        for worker in idle:  # an idle worker exits as soon as its input closes: close them all, then wait
            worker.writer.close()
        for worker in idle:
            worker.stop()
        for worker in busy:
            worker.stop(kill=True)


def _start(url: str) -> _Worker:
    try:
        return _Worker()
    except OSError as exc:  # out of processes or file descriptors: this feed fails, the pass goes on
        raise FeedParseError(url, f"could not start a parser process: {exc}") from None


def _send(worker: _Worker, message: tuple[Any, ...], url: str) -> None:
    try:
        worker.writer.send(message)
    except OSError:
        raise FeedParseError(url, "the parser process died before it could be given the document") from None


def _unpack(worker: _Worker, packed: Any, url: str) -> Analysis:
    try:
        return worker.unpacker.unpack(packed)
    except Exception as exc:  # noqa: BLE001 (the worker is killed: its table may be out of step)
        raise FeedParseError(url, f"the parser's answer could not be read: {type(exc).__name__}: {exc}") from None


def _result(reply: tuple[Any, ...], job_id: int, url: str) -> Analysis:
    kind = reply[0]
    if reply[1] != job_id:
        raise FeedParseError(url, "the parser answered out of turn")
    if kind == "done":
        return reply[2]  # type: ignore[no-any-return]
    if kind == "failed":
        raise FeedParseError(url, reply[2])
    raise FeedParseError(url, f"the parser failed: {reply[2]}")


async def _readable(conn: Connection) -> None:
    """Wait until the pipe has data (or is closed) without a thread, where the event loop allows it."""
    loop = asyncio.get_running_loop()
    fd = conn.fileno()
    ready: asyncio.Future[None] = loop.create_future()

    def wake() -> None:
        if not ready.done():
            ready.set_result(None)

    try:
        loop.add_reader(fd, wake)
    except NotImplementedError:  # e.g. the Windows proactor loop: poll from a thread in short slices
        while not await asyncio.to_thread(conn.poll, 0.2):
            pass
        return
    try:
        await ready
    finally:
        loop.remove_reader(fd)
