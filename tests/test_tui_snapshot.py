"""What the screen shows, pinned as SVG snapshots (update with `pytest --snapshot-update`)."""

from __future__ import annotations

import time
from datetime import timedelta

import pytest

from monitor.config import empty_config
from monitor.models import Entity, WatchHit
from monitor.priority import Priority
from monitor.store.feeds import sync_feeds
from monitor.store.writer import write_feed_items
from monitor.tui.app import make_app
from tests.fixtures.store import T0, prepared


@pytest.fixture
def utc(monkeypatch):
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def shift(db):
    """A small, fixed shift: every priority, countries, organisations, a folded copy, a hostile title."""
    ids = sync_feeds(db, [("hemisphere-wire", "https://w.example/rss"), ("quito-tribune", "https://q.example/rss")])
    southcom = Entity("org", "U.S. Southern Command", "SOUTHCOM")
    items = [
        prepared(1, title="Chile's copper output dips as strike enters second week", countries=("CL",)),
        prepared(2, title="Argentina's Congress debates security reform", countries=("AR",),
                 hits=(WatchHit("latam-security", Priority.PRIORITY, ("security",)),)),
        prepared(3, title="Southern Command hosts Caribbean partners for planning conference", countries=("US",),
                 entities=(southcom,), hits=(WatchHit("southcom", Priority.IMMEDIATE, ("Southern Command",)),)),
        prepared(4, title="[bold red]ALERT[/] Guayaquil port terminals reopen", countries=("EC",)),
        prepared(5, title="U.S. Southern Command and Ecuadorian forces launch joint operation against narco-terrorists",
                 summary="The U.S. Southern Command, in collaboration with Ecuadorian forces, has initiated a joint "
                         "operation targeting suspected narco-terrorists in Ecuador.",
                 countries=("EC", "US"), entities=(southcom,),
                 hits=(WatchHit("ecuador-narco", Priority.FLASH, ("narco-terrorists", "Ecuador")),
                       WatchHit("southcom", Priority.IMMEDIATE, ("U.S. Southern Command",)))),
        prepared(6, title="Bolivia: Santa Cruz census protests enter fifth day", countries=("BO",),
                 hits=(WatchHit("andes", Priority.ROUTINE, ("Southern Andes",)),)),
    ]
    write_feed_items(db, ids["hemisphere-wire"], items, T0 + timedelta(hours=1))
    write_feed_items(db, ids["quito-tribune"], [prepared(5, guid="qt-5", title=items[4].data.title,
                                                         summary=items[4].data.summary)], T0 + timedelta(hours=1))
    return db


async def settle(pilot) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def test_the_timeline_with_the_detail_of_a_flash_item(snap_compare, shift, utc):
    app = make_app(empty_config(), shift, fetch=False)

    async def select_flash(pilot) -> None:
        await settle(pilot)
        await pilot.press("j")
        await settle(pilot)

    assert snap_compare(app, terminal_size=(120, 30), run_before=select_flash)


def test_the_help_screen(snap_compare, shift, utc):
    app = make_app(empty_config(), shift, fetch=False)

    async def open_help(pilot) -> None:
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()

    assert snap_compare(app, terminal_size=(100, 30), run_before=open_help)
