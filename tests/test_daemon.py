"""`monitor fetch` as a daemon in its own process: polls, stores, and stops cleanly on SIGTERM or SIGINT."""

from __future__ import annotations

import asyncio
import signal
import sys
from pathlib import Path

import pytest

from monitor.store import Database
from monitor.store.changes import ChangeWatcher
from monitor.store.queries import timeline_page
from tests.fixtures.feedserver import (
    FeedServer,
    child_pids,
    process_alive,
    rss_document,
)

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc to find the parse workers")
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
async def test_the_daemon_polls_until_signalled_then_exits_0_leaving_no_workers(
    feed_server: FeedServer, tmp_path: Path, sig: signal.Signals
) -> None:
    feed_server.add("/a.rss", rss_document("alpha", 3))
    feed_server.add("/b.rss", rss_document("bravo", 2))
    config = tmp_path / "feeds.toml"
    config.write_text(
        f'[[feeds]]\nname = "a"\nurl = "{feed_server.url("/a.rss")}"\n'
        f'[[feeds]]\nname = "b"\nurl = "{feed_server.url("/b.rss")}"\n',
        encoding="utf-8",
    )
    db_path = tmp_path / "daemon.sqlite3"
    tui_side = Database(db_path)  # opened before the daemon, as an officer's TUI would be
    watcher = ChangeWatcher(tui_side)
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "monitor", "--config", str(config), "--db", str(db_path), "fetch",
        cwd=ROOT, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    try:
        async with asyncio.timeout(30):
            line = (await proc.stdout.readline()).decode()  # type: ignore[union-attr]
        assert line.strip() == "2 feeds: 2 ok, 0 failed; 5 new items"
        workers = child_pids(proc.pid)
        assert workers, "the daemon parses in worker processes"

        proc.send_signal(sig)
        async with asyncio.timeout(10):
            code = await proc.wait()
        errors = (await proc.stderr.read()).decode()  # type: ignore[union-attr]
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()
    assert code == 0, errors
    assert "Traceback" not in errors
    assert not [pid for pid in workers if process_alive(pid)]

    # The TUI's connection notices the daemon's commits and reads what it stored.
    assert watcher.changed()
    assert {r.title for r in timeline_page(tui_side, limit=10).rows} >= {"alpha story 0", "bravo story 1"}
    watcher.close()
    tui_side.close()
