"""The Service end to end on loopback: conditional GETs, moves, gone feeds, host limits, the parse pool."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Iterator
from datetime import timedelta

import pytest
from click.testing import CliRunner

from monitor.analysis import Analyzer, analyze_document
from monitor.cli import main
from monitor.config import Config, parse_config
from monitor.errors import FeedParseError
from monitor.models import MatchContext
from monitor.parsepool import ParsePool
from monitor.service import FeedOutcome, Service
from monitor.store import Database
from monitor.store.changes import ChangeWatcher
from monitor.store.feeds import feed_health, sync_feeds
from monitor.store.queries import rows_by_id
from tests.fixtures.feedserver import (
    FeedServer,
    process_alive,
    rss_document,
    sample_feed,
    slow_document,
)


def config_for(server: FeedServer, feeds: dict[str, str], settings: str = "") -> Config:
    """feeds: name -> path on the server (or a full URL)."""
    lines = [f"[settings]\n{settings}"] + [
        f'[[feeds]]\nname = "{name}"\nurl = "{path if "://" in path else server.url(path)}"\n'
        for name, path in feeds.items()
    ]
    return parse_config("\n".join(lines))


@pytest.fixture
def db_path(tmp_path):  # type: ignore[no-untyped-def]
    return tmp_path / "service.sqlite3"


@pytest.fixture
def db(db_path) -> Iterator[Database]:  # type: ignore[no-untyped-def]
    database = Database(db_path)
    yield database
    database.close()


async def one_pass(config: Config, db: Database, **kwargs: object) -> dict[str, FeedOutcome]:
    service = Service(config, db, **kwargs)  # type: ignore[arg-type]
    try:
        summary = await service.run_pass(force=True)
    finally:
        service.close()
    return {o.name: o for o in summary.outcomes}


async def test_an_unchanged_feed_is_answered_304_and_costs_no_parse(feed_server: FeedServer, db: Database) -> None:
    feed_server.add("/rss", rss_document("wire", 3), etag='W/"v1, a"', last_modified="Sat, 21 Nov 2026 10:00:00 GMT")
    config = config_for(feed_server, {"wire": "/rss"})

    first = await one_pass(config, db)
    service = Service(config, db)
    try:
        second = (await service.run_pass(force=True)).outcomes[0]
        assert service.parse_pool.processes == 0  # no worker was ever started
    finally:
        service.close()

    assert len(first["wire"].new_ids) == 3
    sent = feed_server.requests[-1][2]
    assert (sent["if-none-match"], sent["if-modified-since"]) == ('W/"v1, a"', "Sat, 21 Nov 2026 10:00:00 GMT")
    assert second.ok and second.not_modified and second.status == 304 and not second.new_ids
    assert feed_health(db)[0].items == 3


async def test_a_changed_feed_stores_only_what_is_new(feed_server: FeedServer, db: Database) -> None:
    feed_server.add("/rss", rss_document("wire", 3))
    config = config_for(feed_server, {"wire": "/rss"})
    await one_pass(config, db)
    feed_server.add("/rss", rss_document("wire", 5))

    again = (await one_pass(config, db))["wire"]

    assert again.items == 5 and len(again.new_ids) == 2 and not again.updated_ids


async def test_a_permanent_redirect_is_recorded_and_shown_by_monitor_feeds(
    feed_server: FeedServer, db: Database, db_path
) -> None:  # type: ignore[no-untyped-def]
    feed_server.add("/new.rss", rss_document("moved", 2))
    feed_server.redirect("/old.rss", "/new.rss", status=301)
    feed_server.redirect("/temp.rss", "/new.rss", status=302)
    outcomes = await one_pass(config_for(feed_server, {"moved": "/old.rss", "visiting": "/temp.rss"}), db)

    assert outcomes["moved"].ok and outcomes["moved"].redirect_to == feed_server.url("/new.rss")
    assert outcomes["visiting"].ok and outcomes["visiting"].redirect_to is None
    health = {h.name: h for h in feed_health(db)}
    assert health["moved"].redirect_to == feed_server.url("/new.rss") and health["visiting"].redirect_to is None
    shown = CliRunner().invoke(main, ["--db", str(db_path), "feeds"], catch_exceptions=False).output
    moved_line = next(line for line in shown.splitlines() if line.startswith("moved "))
    assert f"(moved permanently to {feed_server.url('/new.rss')})" in moved_line


async def test_a_410_marks_the_feed_gone_polled_daily_until_it_returns(
    feed_server: FeedServer, db: Database, db_path
) -> None:  # type: ignore[no-untyped-def]
    feed_server.add("/rss", b"", status=410, content_type=None)
    config = config_for(feed_server, {"retired": "/rss"}, 'interval = "5m"\n')

    gone = (await one_pass(config, db))["retired"]

    assert not gone.ok and gone.status == 410 and gone.error == "HTTP 410 Gone"
    health = feed_health(db)[0]
    assert health.gone and health.next_poll - health.last_attempt >= timedelta(hours=21.6)  # a day, -10% jitter
    shown = CliRunner().invoke(main, ["--db", str(db_path), "feeds"], catch_exceptions=False).output
    assert "retired" in shown and "gone" in shown and "HTTP 410" in shown

    feed_server.add("/rss", rss_document("back", 1))
    back = (await one_pass(config, db))["retired"]
    assert back.ok and not feed_health(db)[0].gone


async def test_a_busy_host_waits_at_its_limit_while_other_hosts_go_on(feed_server: FeedServer, db: Database) -> None:
    gate = feed_server.gate("/held")
    feed_server.add("/other.rss", rss_document("other", 1))
    feeds = {f"held-{i}": f"/held?n={i}" for i in range(5)}
    feeds["elsewhere"] = f"http://localhost:{feed_server.port}/other.rss"  # same server, another host name
    service = Service(config_for(feed_server, feeds, "per_host = 2\n"), db)
    elsewhere_done = asyncio.Event()

    def seen(outcome: FeedOutcome) -> None:
        if outcome.name == "elsewhere":
            elsewhere_done.set()

    try:
        work = asyncio.ensure_future(service.run_pass(force=True, on_feed=seen))
        assert await asyncio.to_thread(gate.wait_arrived, 2)
        async with asyncio.timeout(10):
            await elsewhere_done.wait()  # fetched, parsed and stored while 127.0.0.1 stayed full
        assert gate.arrived == 2
        gate.release()
        summary = await work
    finally:
        service.close()
    assert summary.ok == 6 and gate.max_active == 2 and gate.arrived == 5


async def test_a_recoverable_bozo_is_a_warning_and_the_items_are_kept(feed_server: FeedServer, db: Database) -> None:
    feed_server.add("/sloppy", sample_feed("recoverable.xml"))
    feed_server.add("/junk", b"<rss><channel><item><title>unterminated", content_type="application/xml")
    outcomes = await one_pass(config_for(feed_server, {"sloppy": "/sloppy", "junk": "/junk"}), db)

    sloppy = outcomes["sloppy"]
    assert sloppy.ok and len(sloppy.new_ids) == 2
    assert len(sloppy.warnings) == 1 and "not well-formed" in sloppy.warnings[0]
    health = {h.name: h for h in feed_health(db)}["sloppy"]
    assert health.last_error is None and "not well-formed" in (health.last_warning or "")
    assert health.problem().startswith("warning: ") and not health.failing  # shown, but it works

    feed_server.add("/sloppy", sample_feed("rss20.xml"))  # fixed at the source: the warning goes
    await one_pass(config_for(feed_server, {"sloppy": "/sloppy"}), db)
    assert {h.name: h.last_warning for h in feed_health(db)}["sloppy"] is None


def test_a_broken_entry_is_skipped_and_named_in_the_warnings(broken_entry: str) -> None:
    analysis = analyze_document(
        sample_feed("rss20.xml"), "https://example.org/rss", None, Analyzer(parse_config("")), MatchContext(), {}
    )

    assert analysis.skipped == 1 and analysis.items == 3 and len(analysis.prepared) == 3
    assert analysis.warnings == ("1 malformed entry skipped; the rest of the feed was kept",)


async def test_an_overrunning_parse_is_abandoned_its_worker_killed_and_replaced(feed_server: FeedServer) -> None:
    pool = ParsePool(parse_config(""), workers=1, time_limit=0.5)
    try:
        with pytest.raises(FeedParseError, match=r"parsing took longer than 0.5s; abandoned"):
            await pool.analyze(slow_document(), "https://slow.example/", None, MatchContext(), {})
        assert pool.processes == 0
        ok = await pool.analyze(rss_document("after", 2), "https://after.example/", None, MatchContext(), {})
        assert ok.items == 2 and pool.processes == 1
        pid = pool._idle[0].process.pid
    finally:
        pool.close()
    assert pool.processes == 0
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)  # exited and reaped: nothing left behind


async def test_a_worker_retires_after_its_share_of_documents() -> None:
    pool = ParsePool(parse_config(""), workers=1, max_jobs=1)
    try:
        first = await pool.analyze(rss_document("a", 1), "https://a.example/", None, MatchContext(), {})
        retired = pool._retired[0].process.pid
        second = await pool.analyze(rss_document("b", 2), "https://b.example/", None, MatchContext(), {})
        assert pool._retired[-1].process.pid != retired  # a fresh worker took the second document
    finally:
        pool.close()
    assert (first.items, second.items) == (1, 2) and pool.processes == 0
    assert not process_alive(retired)


async def test_a_worker_that_dies_mid_parse_fails_only_that_feed() -> None:
    pool = ParsePool(parse_config(""), workers=1, time_limit=30)
    try:
        work = asyncio.ensure_future(pool.analyze(slow_document(), "https://slow.example/", None, MatchContext(), {}))
        async with asyncio.timeout(10):
            while not pool._busy or pool._busy.copy().pop().generation < 0:  # configured and parsing
                await asyncio.sleep(0.02)
        pool._busy.copy().pop().process.kill()
        with pytest.raises(FeedParseError, match=r"the parser process died while parsing"):
            await work
        again = await pool.analyze(rss_document("next", 1), "https://next.example/", None, MatchContext(), {})
        assert again.items == 1
    finally:
        pool.close()


async def test_new_watches_reach_the_workers(feed_server: FeedServer, db: Database) -> None:
    feed_server.add("/a.rss", rss_document("cartel", 1))
    config = config_for(feed_server, {"a": "/a.rss"})
    service = Service(config, db)
    try:
        first = (await service.run_pass(force=True)).outcomes[0]
        watching = parse_config(
            f'[[feeds]]\nname = "a"\nurl = "{feed_server.url("/a.rss")}"\n'
            '[[watches]]\nname = "w"\nkeywords = ["cartel"]\npriority = "flash"\n'
        )
        service.apply_config(watching)
        feed_server.add("/a.rss", rss_document("cartel", 2))
        second = (await service.run_pass(force=True)).outcomes[0]
    finally:
        service.close()
    assert not rows_by_id(db, first.new_ids)[0].watches
    assert rows_by_id(db, second.new_ids)[0].watches == ("w",)


async def test_stop_abandons_a_pass_in_flight_and_returns_promptly(feed_server: FeedServer, db: Database) -> None:
    feed_server.trickle("/slow", interval=0.2)
    feed_server.add("/ok.rss", rss_document("ok", 1))
    service = Service(config_for(feed_server, {"slow": "/slow", "ok": "/ok.rss"}, 'timeout = "60s"\n'), db)
    stop = asyncio.Event()
    ok_done = asyncio.Event()
    try:
        running = asyncio.ensure_future(
            service.run_forever(stop, on_feed=lambda o: ok_done.set() if o.name == "ok" else None)
        )
        async with asyncio.timeout(10):
            await ok_done.wait()
        stop.set()
        async with asyncio.timeout(5):  # not the 60 s the trickle would take
            await running
    finally:
        service.close()
    health = {h.name: h for h in feed_health(db)}
    assert health["ok"].items == 1 and health["slow"].last_attempt is None  # abandoned: polled again next start


async def test_a_change_watcher_sees_commits_made_through_other_connections(db: Database, db_path) -> None:  # type: ignore[no-untyped-def]
    watcher = ChangeWatcher(db)
    try:
        assert not watcher.changed()
        other = Database(db_path)  # another process would look the same to SQLite
        try:
            sync_feeds(other, [("late", "https://late.example/rss")])
        finally:
            other.close()
        assert watcher.changed()
        assert not watcher.changed()
    finally:
        watcher.close()
