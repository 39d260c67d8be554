"""Editing feeds.toml while the TUI runs: hot reload, mistakes kept harmless, `e`, the add-feed dialog."""

from __future__ import annotations

import asyncio
import sys
import textwrap
from datetime import timedelta

import pytest

from monitor.store.feeds import sync_feeds
from monitor.store.writer import write_feed_items
from monitor.tui.addfeed import AddFeedScreen
from monitor.tui.app import make_app
from monitor.validate import load_checked
from tests.fixtures.store import T0, prepared

SIZE = (120, 36)
BASE = textwrap.dedent(
    """\
    # The officers' feeds. Keep this comment.
    [settings]
    interval = "10m"

    [[feeds]]
    name = "wire"
    url = "https://wire.example/rss"
    """
)
WATCH = '\n[[watches]]\nname = "items"\nkeywords = ["item"]\npriority = "immediate"\n'


async def until(pilot, condition, timeout: float = 10.0) -> None:
    async with asyncio.timeout(timeout):
        while not condition():
            await pilot.pause(0.05)


@pytest.fixture
def setup(tmp_path, db):
    path = tmp_path / "feeds.toml"
    path.write_text(BASE, encoding="utf-8")
    ids = sync_feeds(db, [("wire", "https://wire.example/rss")])
    write_feed_items(db, ids["wire"], [prepared(n) for n in range(5)], T0 + timedelta(hours=1))
    return path, db


async def test_a_saved_edit_is_applied_and_the_new_watch_reaches_stored_items(setup):
    path, db = setup
    app = make_app(load_checked(path), db, fetch=False)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: app.timeline.row_count == 5)
        path.write_text(BASE + WATCH, encoding="utf-8")
        await until(pilot, lambda: [w.name for w in app.config.watches] == ["items"])
        await until(pilot, lambda: all("items" in r.watches for r in app.timeline.rows))
        assert "1 watch added" in app._status_note or "re-applied" in app._status_note


async def test_a_broken_edit_keeps_the_last_good_config_and_shows_where(setup):
    path, db = setup
    app = make_app(load_checked(path), db, fetch=False)
    async with app.run_test(size=SIZE) as pilot:
        good = app.config
        path.write_text(BASE + '\n[[watches]]\nname = "x"\npriority = "urgent"\nkeywords = ["a"]\n', encoding="utf-8")
        banner = app.query_one("#config-error")
        await until(pilot, lambda: banner.has_class("-active"))
        assert f"{path}:11:12:" in str(banner.render())
        assert app.config is good

        path.write_text(BASE + WATCH, encoding="utf-8")
        await until(pilot, lambda: not banner.has_class("-active"))
        # the banner clears at once; the new config is applied by a worker a moment later
        await until(pilot, lambda: [w.name for w in app.config.watches] == ["items"])
        await until(pilot, lambda: "re-applied" in app._status_note)  # the re-match child has finished


async def test_a_vanished_file_is_a_problem_not_an_empty_config(setup):
    path, db = setup
    app = make_app(load_checked(path), db, fetch=False)
    async with app.run_test(size=SIZE) as pilot:
        path.unlink()
        banner = app.query_one("#config-error")
        await until(pilot, lambda: banner.has_class("-active"))
        assert [f.name for f in app.config.feeds] == ["wire"]


async def test_e_opens_the_editor_then_reloads(setup, tmp_path, monkeypatch):
    path, db = setup
    editor = tmp_path / "fake_editor.py"
    editor.write_text(
        "import sys\nwith open(sys.argv[1], 'a', encoding='utf-8') as f:\n"
        f"    f.write({WATCH!r})\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("VISUAL", f"{sys.executable} {editor}")
    app = make_app(load_checked(path), db, fetch=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e")
        await until(pilot, lambda: [w.name for w in app.config.watches] == ["items"])
        await until(pilot, lambda: "re-applied" in app._status_note)  # the re-match child has finished
        assert path.read_text(encoding="utf-8").startswith("# The officers' feeds. Keep this comment.")


async def test_the_add_feed_dialog_checks_the_url_and_writes_the_entry(setup, feed_server):
    path, db = setup
    feed_server.add(
        "/andes.rss",
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Andes Daily</title>'
        "<item><title>Lima summit</title><link>https://a.example/1</link><guid>a1</guid></item></channel></rss>",
    )
    app = make_app(load_checked(path), db, fetch=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("A")
        await until(pilot, lambda: isinstance(app.screen, AddFeedScreen))
        await pilot.click("#feed-url")
        await pilot.press(*feed_server.url("/andes.rss"))
        await pilot.press("enter")
        await until(pilot, lambda: len(app.config.feeds) == 2)
        text = path.read_text(encoding="utf-8")
        assert text.startswith(BASE)  # everything that was there is still there, byte for byte
        assert feed_server.url("/andes.rss") in text


async def test_W_adds_a_watch_on_the_selected_items_organisations_and_people(setup):
    from monitor.models import Entity

    path, db = setup
    ids = sync_feeds(db, [("wire", "https://wire.example/rss")])
    write_feed_items(db, ids["wire"], [prepared(50, title="SOUTHCOM chief meets Noboa", entities=(
        Entity("org", "U.S. Southern Command", "SOUTHCOM"), Entity("person", "Daniel Noboa", "Noboa")))],
        T0 + timedelta(hours=2))
    app = make_app(load_checked(path), db, fetch=False)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: app._current is not None and app._current.title == "SOUTHCOM chief meets Noboa")
        await pilot.press("W")
        await until(pilot, lambda: len(app.config.watches) == 1)
        watch = app.config.watches[0]
        assert watch.entities == ("U.S. Southern Command", "Daniel Noboa")
        await until(pilot, lambda: "re-applied" in app._status_note)
        assert path.read_text(encoding="utf-8").startswith(BASE)
