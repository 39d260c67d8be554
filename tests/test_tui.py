"""The TUI driven as a person would: keys, live arrivals, hostile titles."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest

from monitor.config import empty_config
from monitor.service import FeedOutcome
from monitor.store.feeds import sync_feeds
from monitor.store.writer import write_feed_items
from monitor.tui.app import FeedPolled, make_app
from monitor.tui.screens import HelpScreen, ItemScreen
from tests.fixtures.store import T0, flash_hit, prepared

SIZE = (120, 36)


@pytest.fixture
def stocked(db):
    """A database with 30 items from one feed, newest 'Item 29'."""
    ids = sync_feeds(db, [("wire", "https://wire.example/rss")])
    write_feed_items(db, ids["wire"], [prepared(n) for n in range(30)], T0 + timedelta(hours=2))
    db.feed_ids = ids
    return db


async def settle(pilot) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def line_text(timeline, y: int) -> str:
    return timeline.render_line(y).text


async def test_the_timeline_shows_stored_items_newest_first(stocked):
    app = make_app(empty_config(), stocked, fetch=False)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        timeline = app.timeline
        assert [r.title for r in timeline.rows[:3]] == ["Item 29", "Item 28", "Item 27"]
        assert "Item 29" in line_text(timeline, 0)
        assert "wire" in line_text(timeline, 0)


async def test_j_and_k_move_and_the_detail_pane_follows(stocked):
    app = make_app(empty_config(), stocked, fetch=False)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j", "j", "down")
        await settle(pilot)
        assert app.timeline.current.title == "Item 26"
        assert app._current.title == "Item 26"
        await pilot.press("k")
        await settle(pilot)
        assert app.timeline.current.title == "Item 27"


async def test_a_new_item_arrives_live_without_moving_the_cursor(stocked):
    app = make_app(empty_config(), stocked, fetch=False)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j", "j", "j")
        await settle(pilot)
        before = app.timeline.current
        assert before.title == "Item 26"
        scroll_before = app.timeline.scroll_offset.y

        result = write_feed_items(
            stocked, stocked.feed_ids["wire"], [prepared(100, title="Breaking: SOUTHCOM strike")],
            T0 + timedelta(hours=3),
        )
        app.post_message(FeedPolled(FeedOutcome("wire", True, 200, new_ids=tuple(result.new_ids))))
        await settle(pilot)

        assert app.timeline.rows[0].title == "Breaking: SOUTHCOM strike"
        assert app.timeline.current.item_id == before.item_id
        assert app.timeline.cursor == 4
        assert app.timeline.scroll_offset.y == scroll_before


async def test_scrolled_down_the_view_does_not_jump_when_items_arrive(stocked):
    ids = stocked.feed_ids
    write_feed_items(stocked, ids["wire"], [prepared(n) for n in range(30, 120)], T0 + timedelta(hours=4))
    app = make_app(empty_config(), stocked, fetch=False)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        for _ in range(40):
            await pilot.press("j")
        await settle(pilot)
        current = app.timeline.current
        top_line = line_text(app.timeline, 0)
        result = write_feed_items(stocked, ids["wire"], [prepared(500), prepared(501)], T0 + timedelta(hours=5))
        app.post_message(FeedPolled(FeedOutcome("wire", True, 200, new_ids=tuple(result.new_ids))))
        await settle(pilot)
        assert app.timeline.current.item_id == current.item_id
        assert line_text(app.timeline, 0) == top_line


async def test_enter_reads_the_item_and_escape_comes_back(stocked):
    app = make_app(empty_config(), stocked, fetch=False)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ItemScreen)
        assert app.screen.item.title == "Item 29"
        await pilot.press("escape")
        assert not isinstance(app.screen, ItemScreen)


async def test_question_mark_shows_the_keys(stocked):
    app = make_app(empty_config(), stocked, fetch=False)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


async def test_o_opens_the_selected_link_through_the_safe_opener(stocked):
    opened = []
    app = make_app(empty_config(), stocked, fetch=False, opener=lambda url: opened.append(url))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j", "o")
        await settle(pilot)
        assert opened == ["https://example.org/28"]


async def test_q_quits(stocked):
    app = make_app(empty_config(), stocked, fetch=False)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0 or app.return_code is None
    assert not app.is_running


async def test_next_pages_load_as_the_cursor_nears_the_bottom(db):
    ids = sync_feeds(db, [("wire", "https://wire.example/rss")])
    write_feed_items(db, ids["wire"], [prepared(n) for n in range(450)], T0 + timedelta(days=1))
    app = make_app(empty_config(), db, fetch=False)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.timeline.row_count == 200
        await pilot.press("G")
        await settle(pilot)
        assert app.timeline.row_count == 400
        await pilot.press("G")
        await settle(pilot)
        assert app.timeline.row_count == 450 and app.timeline.exhausted


async def test_a_title_full_of_markup_and_escapes_renders_literally(db):
    ids = sync_feeds(db, [("wire", "https://wire.example/rss")])
    hostile = "[bold red]ALERT[/bold red] [link=file:///etc/passwd]click[/link] \x1b[2J\x9b31m\x07"
    write_feed_items(db, ids["wire"], [prepared(1, title=hostile, hits=(flash_hit(),))], T0)
    app = make_app(empty_config(), db, fetch=False)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        line = line_text(app.timeline, 0)
        assert "[bold red]ALERT[/bold red] [link=file:///etc/passwd]click[/link]" in line
        assert "\x1b" not in line and "\x9b" not in line and "\x07" not in line
        body = str(app.query_one("#detail-body").render())
        assert "[bold red]ALERT[/bold red]" in body


async def test_a_flash_item_arriving_rings_pins_an_alert_and_a_acknowledges_it(stocked):
    from monitor.config import parse_config
    from monitor.tui.alertbar import AlertBar

    config = parse_config('[[watches]]\nname = "ecuador-narco"\nkeywords = ["narco*"]\npriority = "flash"\nalert = "notify"\n')
    notices = []
    app = make_app(config, stocked, fetch=False, notifier=lambda title, body: notices.append((title, body)))
    rung = []
    app.bell = lambda: rung.append(True)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert not app.query_one(AlertBar).has_class("-active")
        result = write_feed_items(
            stocked, stocked.feed_ids["wire"],
            [prepared(200, title="Narco sub seized off Manta", hits=(flash_hit(),))], T0 + timedelta(hours=3),
        )
        app.post_message(FeedPolled(FeedOutcome("wire", True, 200, new_ids=tuple(result.new_ids))))
        async with asyncio.timeout(10):
            while not rung:  # announcements wait a moment to gather what arrives together
                await pilot.pause(0.05)
        await settle(pilot)
        assert rung == [True]
        assert notices == [("monitor: FLASH", "Narco sub seized off Manta")]
        bar = app.query_one(AlertBar)
        assert bar.has_class("-active") and "Narco sub seized off Manta" in str(bar.render())
        await pilot.press("a")
        await settle(pilot)
        assert not bar.has_class("-active")


async def test_p_raises_the_priority_floor_and_w_picks_a_watch(db):
    from monitor.config import parse_config
    from monitor.models import WatchHit
    from monitor.priority import Priority
    from monitor.tui.filters import WatchFilterScreen

    ids = sync_feeds(db, [("wire", "https://wire.example/rss")])
    write_feed_items(db, ids["wire"], [
        prepared(1, title="Routine item", hits=(WatchHit("andes", Priority.ROUTINE, ("Peru",)),)),
        prepared(2, title="Flash item", hits=(flash_hit(),)),
        prepared(3, title="Nothing matched"),
    ], T0)
    config = parse_config('[[watches]]\nname = "ecuador-narco"\nkeywords = ["narco*"]\npriority = "flash"\n\n'
                          '[[watches]]\nname = "andes"\nkeywords = ["peru"]\n')
    app = make_app(config, db, fetch=False)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.timeline.row_count == 3
        await pilot.press("p")
        await settle(pilot)
        assert [r.title for r in app.timeline.rows] == ["Flash item", "Routine item"]
        for _ in range(3):
            await pilot.press("p")
        await settle(pilot)
        assert [r.title for r in app.timeline.rows] == ["Flash item"]
        assert "flash only" in str(app.query_one("#status").render())
        await pilot.press("c")
        await settle(pilot)
        assert app.timeline.row_count == 3

        await pilot.press("w")
        await settle(pilot)
        assert isinstance(app.screen, WatchFilterScreen)
        await pilot.press("down", "down", "enter")  # All items, ecuador-narco, andes
        await settle(pilot)
        assert [r.title for r in app.timeline.rows] == ["Routine item"]
        assert app.filter.watch == "andes"


async def test_an_item_older_than_the_top_arrives_live_in_its_place(stocked):
    app = make_app(empty_config(), stocked, fetch=False)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j")
        await settle(pilot)
        watching = app.timeline.current.item_id
        # a late feed: published between Item 20 and Item 21, fetched now
        late = prepared(999, title="Late wire item", published=T0 + timedelta(minutes=20, seconds=30))
        result = write_feed_items(stocked, stocked.feed_ids["wire"], [late], T0 + timedelta(hours=5))
        app.post_message(FeedPolled(FeedOutcome("wire", True, 200, new_ids=tuple(result.new_ids))))
        await settle(pilot)
        titles = [r.title for r in app.timeline.rows]
        assert titles.index("Late wire item") == titles.index("Item 21") + 1
        assert app.timeline.current.item_id == watching


async def test_an_item_below_the_loaded_pages_waits_for_paging_instead_of_breaking_it(db):
    ids = sync_feeds(db, [("wire", "https://wire.example/rss")])
    write_feed_items(db, ids["wire"], [prepared(n) for n in range(1, 400)], T0 + timedelta(days=1))
    app = make_app(empty_config(), db, fetch=False)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.timeline.row_count == 200 and not app.timeline.exhausted
        old = prepared(5000, title="Very old item", published=T0 - timedelta(days=3))
        result = write_feed_items(db, ids["wire"], [old], T0 + timedelta(days=2))
        app.post_message(FeedPolled(FeedOutcome("wire", True, 200, new_ids=tuple(result.new_ids))))
        await settle(pilot)
        assert "Very old item" not in [r.title for r in app.timeline.rows]
        while not app.timeline.exhausted:
            await pilot.press("G")
            await settle(pilot)
        titles = [r.title for r in app.timeline.rows]
        assert titles[-1] == "Very old item" and len(titles) == len(set(titles)) == 400
