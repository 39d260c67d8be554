"""Stories in the TUI: one row for many outlets, expand to see them, split a wrong fold, shared read/ack."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import pytest
from click.testing import CliRunner

from monitor.cli import main
from monitor.config import empty_config
from monitor.store import Database
from monitor.store.feeds import sync_feeds
from monitor.store.stories import story_members, story_state
from monitor.store.writer import write_feed_items
from monitor.tui.app import make_app
from monitor.tui.screens import ItemScreen
from monitor.tui.story import StoryScreen
from tests.test_stories import bridged, item  # noqa: F401 (a fixture)

SIZE = (140, 40)


async def until(pilot, condition, timeout: float = 10.0) -> None:
    async with asyncio.timeout(timeout):
        while not condition():
            await pilot.pause(0.05)


@pytest.fixture
def demo_db(tmp_path, seed_config):
    path = tmp_path / "m.sqlite3"
    assert CliRunner().invoke(main, ["--config", str(seed_config), "--db", str(path), "fetch", "--once"]).exit_code == 0
    db = Database(path)
    yield db
    db.close()


def multi_item_story(app, db) -> int:
    """Position of a row whose story holds several different items (not just copies)."""
    for index, row in enumerate(app.timeline.rows):
        if len({m.item_id for m in story_members(db, row.story_id)}) > 1:
            return index
    raise AssertionError("the sample feeds should give at least one story told in other words")


async def test_x_lists_the_outlets_and_s_splits_a_wrong_fold_into_its_own_row(demo_db):
    app = make_app(empty_config(), demo_db, fetch=False)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: app.timeline.row_count > 20)
        rows_before = app.timeline.row_count
        app.timeline.cursor = multi_item_story(app, demo_db)
        story_id = app.timeline.current.story_id
        await pilot.press("x")
        await until(pilot, lambda: isinstance(app.screen, StoryScreen))
        screen = app.screen
        members = screen.members
        assert len({m.feed for m in members}) >= 2
        moved = next(m for m in members if m.item_id != members[0].item_id)
        screen.query_one("#story-members").highlighted = members.index(moved)
        await pilot.press("s")
        await until(pilot, lambda: not isinstance(app.screen, StoryScreen) and app.timeline.row_count == rows_before + 1)
        assert moved.item_id not in {m.item_id for m in story_members(demo_db, story_id)}


async def test_reading_marks_the_whole_story_read_and_acknowledging_is_kept(demo_db, seed_config):
    from monitor.validate import load_checked

    app = make_app(load_checked(seed_config), demo_db, fetch=False)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: app.timeline.row_count > 20)
        first = app.timeline.current
        assert not first.read and "•" in app.timeline.render_line(0).text
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, ItemScreen))
        await pilot.press("escape")
        await until(pilot, lambda: app.timeline.rows[0].read)
        assert story_state(demo_db, [first.story_id])[first.story_id].read

        flash = next(r for r in app.timeline.rows if r.priority.label == "flash")
        app._announce(app.alerts.offer([flash]))
        await pilot.press("a")
        await until(pilot, lambda: story_state(demo_db, [flash.story_id])[flash.story_id].acked)


async def test_a_row_whose_item_another_write_merged_away_leaves_the_timeline(tmp_path):
    """A copy carrying one stored item's link and another's text proves them one article: the timeline
    keeps one row for it, whichever process wrote the copy."""
    db = Database(tmp_path / "m.sqlite3")
    feeds = sync_feeds(db, [(f, f"https://{f}.example/rss") for f in ("wire", "monitor", "aggregator")])
    at = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    quake = ("Magnitude 6.1 earthquake shakes northern Chile",
             ("A magnitude 6.1 earthquake struck near Antofagasta on Monday, Chile's seismological centre said; "
              "no damage was reported."))
    port = ("Peru's Callao port reopens after dockworkers end strike",
            ("Dockworkers at Callao ended a three-day strike on Monday after a pay deal with the port operator, "
             "the transport ministry said."))
    first = write_feed_items(db, feeds["wire"], [item("a", *quake, at=at, url="https://wire.example/quake")], at)
    write_feed_items(db, feeds["monitor"], [item("b", *port, at=at, url="https://monitor.example/port")], at)
    app = make_app(empty_config(), db, fetch=False)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: app.timeline.row_count == 2 and app._changes is not None)
        mixed = item("c", *port, at=at, url="https://wire.example/quake")  # the quake's link, the port's text
        await asyncio.to_thread(write_feed_items, db, feeds["aggregator"], [mixed], at)
        await until(pilot, lambda: app.timeline.row_count == 1)
        assert app.timeline.rows[0].item_id == first.new_ids[0]  # the survivor: the older item
    db.close()


@pytest.mark.usefixtures("bridged")
async def test_two_stories_a_new_telling_merges_show_as_one_row(tmp_path):
    """Another process's write merges two stories on screen (`monitor.store.folding.find_stories`): their two
    rows become the one row of the story, which now counts three outlets."""
    from tests.test_stories import ARRESTS, BRIDGE, PORT, T0

    db = Database(tmp_path / "m.sqlite3")
    feeds = sync_feeds(db, [(f, f"https://{f}.example/rss") for f in ("wire", "monitor", "local")])
    write_feed_items(db, feeds["wire"], [item("w1", *PORT, at=T0)], T0)
    write_feed_items(db, feeds["local"], [item("l1", *ARRESTS, at=T0)], T0)
    app = make_app(empty_config(), db, fetch=False)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: app.timeline.row_count == 2 and app._changes is not None)
        await asyncio.to_thread(write_feed_items, db, feeds["monitor"], [item("m1", *BRIDGE, at=T0)], T0)
        await until(pilot, lambda: app.timeline.row_count == 1)
        story = app.timeline.rows[0].story_id
        assert story_state(db, [story])[story].sources == 3
        assert len(story_members(db, story)) == 3
    db.close()
