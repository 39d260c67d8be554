"""Ingest throughput on a synthetic corpus: cold, warm (304s), beside feedparser alone and newsboat.

    .venv/bin/python bench/bench_ingest.py [--feeds 200] [--items 50] [--no-newsboat] [--no-hostile]

The corpus (bench/corpus.py, ~11 MB for 200 x 50) is generated into a
temporary directory and served on loopback from a separate process. Every
number is measured in this run, on this machine, and the goals from issue 3
are printed as ratios next to what they compare with; nothing here asserts.

- cold: a fresh database, one forced pass of `Service` (fetch, parse and tag in
  the worker pool, write), timed from constructing the Service (its tagger and
  workers start inside the timing); interpreter start-up and imports are
  printed separately.
- warm: the same pass again; every feed has validators, so the server answers 304.
- feedparser alone: `feedparser.parse(path)` with its default options over the
  same files, one after another, in this process.
- newsboat: `newsboat -x reload` with `reload-threads 16` on the same URLs.
- hostile: one pass over the hostile loopback server of the test suite (gzip
  bomb, endless body, trickle, billion laughs...), for peak memory.
"""

from __future__ import annotations

import time

T_START = time.perf_counter()

import argparse
import asyncio
import os
import resource
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

import corpus
import feedparser

import monitor.pipeline
import monitor.service
from monitor.config import Config, parse_config
from monitor.models import MatchContext
from monitor.parsepool import ParsePool
from monitor.service import PassSummary, Service
from monitor.store import Database

IMPORTS = time.perf_counter() - T_START


def mb(kilobytes: int) -> float:
    return kilobytes / 1024  # ru_maxrss is in KiB on Linux


def config_for(urls: list[str]) -> Config:
    settings = '[settings]\nconcurrency = 16\nper_host = 16\ntimeout = "60s"\n'
    feeds = "".join(f'[[feeds]]\nname = "f{i:03d}"\nurl = "{url}"\n' for i, url in enumerate(urls))
    watches = (
        '[[watches]]\nname = "ecuador-narco"\nkeywords = ["narco*", "cocaine", "cartel"]\n'
        'regions = ["Ecuador"]\npriority = "flash"\n'
        '[[watches]]\nname = "maritime"\nkeywords = ["semi-submersible", "maritime patrol", "Coast Guard"]\n'
    )
    return parse_config(settings + watches + feeds)


def worker_peaks(pool: ParsePool) -> list[float]:
    """Peak RSS (MB) of each live worker, from /proc (Linux); empty elsewhere."""
    peaks = []
    for worker in pool._idle:
        try:
            status = Path(f"/proc/{worker.process.pid}/status").read_text()
        except OSError:
            continue
        peaks += [int(line.split()[1]) / 1024 for line in status.splitlines() if line.startswith("VmHWM:")]
    return peaks


TRANSACTIONS = [0, 0]  # write transactions of the cold and the warm pass (feeds finishing together share one)


async def ingest(config: Config, db_path: Path) -> tuple[float, PassSummary, float, PassSummary, list[float]]:
    """(cold seconds, cold summary, warm seconds, warm summary, peak RSS of each worker)."""
    started = time.perf_counter()
    db = Database(db_path)
    service = Service(config, db)
    try:
        cold = await service.run_pass(force=True)
        cold_time = time.perf_counter() - started
        TRANSACTIONS[0] = service.writes.transactions
        started = time.perf_counter()
        warm = await service.run_pass(force=True)
        warm_time = time.perf_counter() - started
        TRANSACTIONS[1] = service.writes.transactions - TRANSACTIONS[0]
        workers = worker_peaks(service.parse_pool)
    finally:
        service.close()
        db.close()
    return cold_time, cold, warm_time, warm, workers


WRITER = [0.0]  # seconds spent storing analysed documents (the database thread)
WRITES = [0.0]  # ... of which in `write_feed_items_in` (commits are not in either: they are per group)


def _timed(fn, total: list[float]):  # type: ignore[no-untyped-def]
    def timed(*args, **kwargs):  # type: ignore[no-untyped-def]
        started = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            total[0] += time.perf_counter() - started

    return timed


monitor.service.store_analysis_in = _timed(monitor.service.store_analysis_in, WRITER)
monitor.pipeline.write_feed_items_in = _timed(monitor.pipeline.write_feed_items_in, WRITES)


async def pool_alone(config: Config, paths: list[Path]) -> tuple[float, int]:
    """Parse and tag every document in the worker pool, nothing stored: the CPU half of ingest."""
    documents = [p.read_bytes() for p in paths]
    pool = ParsePool(config)
    try:
        await pool.analyze(documents[0], "https://warm.example/", None, MatchContext(), {})  # start-up not timed
        started = time.perf_counter()
        done = await asyncio.gather(*(
            pool.analyze(doc, f"https://outlet{i}.example/", "application/xml", MatchContext(f"f{i}"), {})
            for i, doc in enumerate(documents)
        ))  # fmt: skip
        return time.perf_counter() - started, sum(a.items for a in done)
    finally:
        pool.close()


def feedparser_alone(paths: list[Path]) -> tuple[float, int]:
    started = time.perf_counter()
    entries = sum(len(feedparser.parse(str(p)).entries) for p in paths)
    return time.perf_counter() - started, entries


def newsboat(urls: list[str], tmp: Path) -> tuple[float, float] | str:
    exe = shutil.which("newsboat")
    if exe is None:
        return "newsboat is not installed (apt-get install newsboat); no comparison"
    (tmp / "urls").write_text("".join(u + "\n" for u in urls), encoding="utf-8")
    (tmp / "config").write_text("reload-threads 16\n", encoding="utf-8")
    cmd = [exe, "-x", "reload", "-u", str(tmp / "urls"), "-c", str(tmp / "cache.db"), "-C", str(tmp / "config")]
    env = {**os.environ, "HOME": str(tmp)}
    times = []
    for _ in range(2):  # cold, then warm
        started = time.perf_counter()
        done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=600, check=False)
        times.append(time.perf_counter() - started)
        if done.returncode != 0:
            return f"newsboat failed (exit {done.returncode}): {done.stderr.strip()[:200]}"
    return times[0], times[1]


async def hostile_pass(tmp: Path) -> str:
    from tests.fixtures.feedserver import FeedServer
    from tests.test_hostile import SETTINGS, serve_everything
    from tests.test_hostile import config_for as hostile_config

    server = FeedServer().start()
    try:
        feeds = serve_everything(server)
        db = Database(tmp / "hostile.sqlite3")
        settings = SETTINGS.replace('max_bytes = "1MB"', 'max_bytes = "4MB"')  # as the test: the slow parse fits
        service = Service(hostile_config(server, feeds, settings), db, parse_time_limit=2.0)
        started = time.perf_counter()
        try:
            summary = await service.run_pass(force=True)
        finally:
            service.close()
            db.close()
        took = time.perf_counter() - started
    finally:
        server.close()
    return f"{len(summary.outcomes)} feeds ({summary.ok} ok, {summary.failed} failed) in {took:.1f} s"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--feeds", type=int, default=200)
    parser.add_argument("--items", type=int, default=50)
    parser.add_argument("--no-newsboat", action="store_true")
    parser.add_argument("--no-hostile", action="store_true")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="monitor-bench-") as tmp_name:
        tmp = Path(tmp_name)
        paths = corpus.generate(tmp / "feeds", feeds=args.feeds, items=args.items)
        size = sum(p.stat().st_size for p in paths)
        print(f"corpus: {len(paths)} feeds x {args.items} items, {size / 1e6:.1f} MB; {os.cpu_count()} cores")
        print(f"imports (interpreter start excluded): {IMPORTS:.2f} s")
        with corpus.serve(tmp / "feeds") as base:
            urls = [f"{base}/{p.name}" for p in paths]
            cold, cold_summary, warm, warm_summary, peaks = asyncio.run(ingest(config_for(urls), tmp / "m.sqlite3"))
            main_peak = mb(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
            alone, entries = feedparser_alone(paths)
            pooled, pooled_entries = asyncio.run(pool_alone(config_for(urls), paths))
            boat = None if args.no_newsboat else newsboat(urls, tmp)

        ingested = sum(o.items for o in cold_summary.outcomes)
        failed = [o for o in cold_summary.outcomes if not o.ok]
        ours = ingested / cold
        theirs = entries / alone
        print(f"\ncold ingest: {ingested} entries ({cold_summary.new_items} new items) in {cold:.2f} s = "
              f"{ours:,.0f} entries/s; {len(failed)} feeds failed")
        print(f"feedparser.parse alone: {entries} entries in {alone:.2f} s = {theirs:,.0f} entries/s")
        print(f"  ratio ours / feedparser alone: {ours / theirs:.2f}x   (goal >= 1.5x, {len(peaks)} parse workers)")
        print(f"  of the cold pass: {WRITER[0]:.2f} s storing (one database thread: {ingested / WRITER[0]:,.0f} "
              f"entries/s); parse+tag in the pool alone: {pooled_entries / pooled:,.0f} entries/s "
              f"({pooled_entries / pooled / theirs:.2f}x feedparser alone)")
        new = max(1, cold_summary.new_items)
        print(f"  writer (write_feed_items_in, commits excluded): {WRITES[0]:.2f} s = {new / WRITES[0]:,.0f} new items/s "
              f"({WRITES[0] / new * 1000:.2f} ms per new item); {len(cold_summary.outcomes)} feeds written in "
              f"{TRANSACTIONS[0]} transactions (warm pass: {TRANSACTIONS[1]})")
        not_modified = sum(1 for o in warm_summary.outcomes if o.not_modified)
        share = not_modified / max(1, len(warm_summary.outcomes))
        print(f"warm re-poll: {warm:.2f} s, {share:.0%} answered 304; warm / cold = {warm / cold:.1%}"
              f"   (goals >= 95% and < 10%)")
        if boat is None:
            print("newsboat: skipped (--no-newsboat)")
        elif isinstance(boat, str):
            print(f"newsboat: {boat}")
        else:
            print(f"newsboat -x reload (16 threads): cold {boat[0]:.2f} s, warm {boat[1]:.2f} s")
            print(f"  ratio ours / newsboat, cold: {cold / boat[0]:.2f}   (goal <= 0.5); "
                  f"with our imports: {(cold + IMPORTS) / boat[0]:.2f}")
        shown = ", ".join(f"{p:.0f}" for p in peaks) or "unknown"
        print(f"peak RSS: main process {main_peak:.0f} MB, parse workers {shown} MB, "
              f"all together at most {main_peak + sum(peaks):.0f} MB   (goal < 300 MB)")
        if not args.no_hostile:
            line = asyncio.run(hostile_pass(tmp))
            main_peak = mb(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
            print(f"hostile pass: {line}; peak RSS of this process {main_peak:.0f} MB over the whole run "
                  "(the hostile server's threads run in it too)")


if __name__ == "__main__":
    main()
