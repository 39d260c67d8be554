"""kill -9 in the middle of an ingest: the database stays sound, each feed is all there or not at all,
and the next run completes the job with nothing lost and nothing doubled."""

from __future__ import annotations

import asyncio
import signal
import sqlite3
import sys
from pathlib import Path

from click.testing import CliRunner

from monitor.cli import main
from monitor.store import Database
from tests.fixtures.feedserver import (
    FeedServer,
    child_pids,
    process_alive,
    rss_document,
)

ROOT = Path(__file__).resolve().parent.parent
FEEDS = 5
ITEMS = 160


def counts(db_path: Path) -> dict[str, int]:
    """Sightings per feed name (every item here is in exactly one feed)."""
    with sqlite3.connect(db_path) as conn:
        rows = conn.execute(
            "SELECT feed.name, count(sighting.id) FROM feed LEFT JOIN sighting ON sighting.feed_id = feed.id "
            "GROUP BY feed.name"
        ).fetchall()
    return dict(rows)


def totals(db_path: Path) -> tuple[int, int, int]:
    with sqlite3.connect(db_path) as conn:
        items = conn.execute("SELECT count(*) FROM item").fetchone()[0]
        sightings = conn.execute("SELECT count(*) FROM sighting").fetchone()[0]
        distinct = conn.execute("SELECT count(DISTINCT feed_id || ' ' || guid) FROM sighting").fetchone()[0]
    return items, sightings, distinct


async def test_a_fetch_killed_mid_ingest_leaves_whole_feeds_and_the_rerun_completes(
    feed_server: FeedServer, tmp_path: Path
) -> None:
    names = [f"bulk{n}" for n in range(FEEDS)]
    for name in names:
        feed_server.add(f"/{name}.rss", rss_document(name, ITEMS))
    config = tmp_path / "feeds.toml"
    config.write_text(
        "".join(f'[[feeds]]\nname = "{n}"\nurl = "{feed_server.url(f"/{n}.rss")}"\n' for n in names),
        encoding="utf-8",
    )
    db_path = tmp_path / "crash.sqlite3"
    args = ["--config", str(config), "--db", str(db_path), "fetch", "--once", "--verbose"]
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "monitor", *args, cwd=ROOT, stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.DEVNULL,
    )  # fmt: skip
    try:
        async with asyncio.timeout(60):
            first = (await proc.stdout.readline()).decode()  # type: ignore[union-attr]
        # One feed is stored; the others are being parsed or written right now.
        workers = child_pids(proc.pid)
        proc.send_signal(signal.SIGKILL)
        await proc.wait()
        async with asyncio.timeout(10):  # orphaned workers notice their closed pipe and exit by themselves
            while any(process_alive(pid) for pid in workers):
                await asyncio.sleep(0.05)
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()
    assert ": ok: " in first and proc.returncode == -signal.SIGKILL and workers

    db = Database(db_path)  # opening runs WAL recovery, as the next real start would
    try:
        assert db.integrity_ok()
    finally:
        db.close()
    after_crash = counts(db_path)
    assert set(after_crash.values()) <= {0, ITEMS}, after_crash  # never half a feed
    assert ITEMS in after_crash.values() and sum(after_crash.values()) < FEEDS * ITEMS

    rerun = await asyncio.to_thread(CliRunner().invoke, main, args, catch_exceptions=False)

    assert rerun.exit_code == 0 and f"{FEEDS} feeds: {FEEDS} ok, 0 failed" in rerun.output
    assert totals(db_path) == (FEEDS * ITEMS, FEEDS * ITEMS, FEEDS * ITEMS)
    assert counts(db_path) == {name: ITEMS for name in names}
