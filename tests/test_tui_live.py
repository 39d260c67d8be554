"""The TUI with its real fetcher on the sample feeds: items arrive, live ones slide in on top."""

from __future__ import annotations

import asyncio

from monitor.store import Database
from monitor.tui.app import make_app
from monitor.validate import load_checked

SIZE = (140, 40)


async def until(pilot, condition, timeout: float = 20.0) -> None:
    """Wait for the app to reach a state (an event we cannot subscribe to directly), bounded."""
    async with asyncio.timeout(timeout):
        while not condition():
            await pilot.pause(0.05)


async def test_the_fetcher_fills_the_timeline_and_a_live_item_arrives_on_top(tmp_path, seed_server, seed_config):
    db = Database(tmp_path / "m.sqlite3")
    app = make_app(load_checked(seed_config), db)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: app._last_pass is not None and app.timeline.row_count > 30)
        assert app._failing == 0
        # story B's row: shown by its earliest telling, the Spanish one (09:55 -0500, the wire's 10:40). The pass is
        # done when its feeds are written; the rows load in worker threads after it, so the row is awaited.
        await until(pilot, lambda: any("Comando Sur de EE.UU. lanzan" in r.title for r in app.timeline.rows))

        await pilot.press("j", "j")
        await until(pilot, lambda: app._current is not None and app._current.id == app.timeline.current.item_id)
        watching = app.timeline.current.item_id
        count = app.timeline.row_count

        assert seed_server.release_next()
        app.action_refresh_feeds()
        await until(pilot, lambda: app.timeline.row_count > count)

        assert app.timeline.current.item_id == watching
        assert app.timeline.rows[0].feed == "newsdesk-live"
        status = str(app.query_one("#status").render())
        assert "7 feeds ok" in status
    db.close()


async def test_items_a_separate_daemon_stores_appear_live(tmp_path, seed_server, seed_config):
    """A `monitor fetch` process writes the shared database; the TUI (fetching nothing) shows it."""
    import sys

    db = Database(tmp_path / "m.sqlite3")
    app = make_app(load_checked(seed_config), db, fetch=False)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: app._changes is not None)
        assert app.timeline.row_count == 0
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "monitor", "--config", str(seed_config), "--db", str(tmp_path / "m.sqlite3"),
            "fetch", "--once", stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL,
        )
        assert await proc.wait() == 0
        await until(pilot, lambda: app.timeline.row_count > 30)
        # the status line's total is counted after the rows arrive (`refresh_health`): it follows, an instant later
        await until(pilot, lambda: app._items_total > 30)
    db.close()
