"""One pass of the whole Service over every hostile server at once, with healthy feeds beside them.

Each hostile feed must fail alone, with a sentence an officer can act on, and
cost no more than its own deadline; the healthy feeds must all be stored; and
the event loop (which the TUI shares) must stay responsive throughout.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import timedelta

import pytest

from monitor.config import Config, parse_config
from monitor.service import PassSummary, Service
from monitor.store import Database
from monitor.store.feeds import feed_health
from monitor.store.queries import timeline_page
from tests.fixtures.feedserver import (
    FeedServer,
    hostile_titles_document,
    rss_document,
    sample_feed,
    slow_document,
)

HEALTHY = {f"healthy-{n}": 3 + n for n in range(5)}  # name -> items
SETTINGS = 'timeout = "2s"\nmax_bytes = "1MB"\nconcurrency = 32\nper_host = 32\n'


def config_for(server: FeedServer, feeds: dict[str, str], settings: str = SETTINGS) -> Config:
    lines = [f"[settings]\n{settings}"]
    lines += [f'[[feeds]]\nname = "{name}"\nurl = "{server.url(path) if path.startswith("/") else path}"\n'
              for name, path in feeds.items()]
    return parse_config("\n".join(lines))


def serve_everything(server: FeedServer) -> dict[str, str]:
    """Every hostile behaviour the issue lists, plus healthy feeds; returns feed name -> path."""
    for name, count in HEALTHY.items():
        server.add(f"/{name}.rss", rss_document(name, count))
    server.gzip_bomb("/bomb", decoded_size=20_000_000)
    server.endless("/endless")
    server.trickle("/trickle", interval=0.2)
    server.redirect_loop("/loop")
    server.redirect("/to-file", "file:///etc/passwd")
    server.add("/busy", b"slow down", status=429, headers={"Retry-After": "120"}, content_type="text/plain")
    server.add("/broken", b"oops", status=500, content_type="text/plain")
    server.add("/gone", b"", status=410, content_type=None)
    server.add("/real.rss", rss_document("real", 1))
    server.html_page("/homepage", [("application/rss+xml", "/real.rss")])
    server.billion_laughs("/laughs")
    server.add("/escapes", hostile_titles_document())
    server.add("/slow-parse", slow_document())  # ~3 MB: under the size cap, far over the parse time limit
    hostile = {
        "gzip-bomb": "/bomb", "endless": "/endless", "trickle": "/trickle", "redirect-loop": "/loop",
        "to-file": "/to-file", "too-many": "/busy", "server-error": "/broken", "gone": "/gone",
        "web-page": "/homepage", "billion-laughs": "/laughs", "escapes": "/escapes", "slow-parse": "/slow-parse",
    }  # fmt: skip
    return {**{name: f"/{name}.rss" for name in HEALTHY}, **hostile}


@pytest.fixture
def db(tmp_path) -> Iterator[Database]:  # type: ignore[no-untyped-def]
    database = Database(tmp_path / "hostile.sqlite3")
    yield database
    database.close()


async def loop_lag_during(work: asyncio.Future[PassSummary]) -> float:
    """The longest the event loop went without running a 10 ms ticker while `work` ran."""
    loop = asyncio.get_running_loop()
    worst = 0.0
    while not work.done():
        before = loop.time()
        await asyncio.sleep(0.01)
        worst = max(worst, loop.time() - before - 0.01)
    return worst


async def test_one_pass_over_every_hostile_server_stores_the_healthy_feeds_and_names_each_failure(
    feed_server: FeedServer, db: Database
) -> None:
    feeds = serve_everything(feed_server)
    config = config_for(feed_server, feeds, SETTINGS.replace("max_bytes = \"1MB\"", "max_bytes = \"4MB\""))
    service = Service(config, db, parse_time_limit=1.0, parse_workers=2)
    try:
        async with asyncio.timeout(45):  # the deadline: a hostile server must not hold the pass hostage
            work = asyncio.ensure_future(service.run_pass(force=True))
            lag = await loop_lag_during(work)
            summary = await work
        assert service.parse_pool.processes <= 2
    finally:
        service.close()
    assert service.parse_pool.processes == 0

    outcomes = {o.name: o for o in summary.outcomes}
    assert set(outcomes) == set(feeds)
    health = {h.name: h for h in feed_health(db)}
    for name, count in HEALTHY.items():
        assert outcomes[name].ok and len(outcomes[name].new_ids) == count, name
        assert health[name].items == count and health[name].last_error is None

    expected_errors = {
        "gzip-bomb": "response larger than 4 MB",
        "endless": "response larger than 4 MB",
        "trickle": "timed out after 2s",
        "redirect-loop": "redirect loop",
        "to-file": "redirect to non-http URL file:///etc/passwd refused",
        "too-many": "HTTP 429",
        "server-error": "HTTP 500",
        "gone": "HTTP 410",
        "web-page": f"this is an HTML page, not a feed; it links to: {feed_server.url('/real.rss')}",
        "billion-laughs": "refused: DOCTYPE with an internal subset",
        "slow-parse": "parsing took longer than 1s; abandoned",
    }
    for name, message in expected_errors.items():
        assert not outcomes[name].ok, name
        assert health[name].last_error is not None and message in health[name].last_error, (name, health[name])
        assert health[name].failures == 1 and health[name].items == 0

    assert health["gone"].gone and health["gone"].next_poll - health["gone"].last_attempt >= timedelta(hours=21)
    assert health["too-many"].next_poll - health["too-many"].last_attempt >= timedelta(seconds=108)  # 120 s, -10% jitter

    # Escape sequences and markup arrive as text: stored without a single control character.
    assert outcomes["escapes"].ok and len(outcomes["escapes"].new_ids) == 4
    rows = timeline_page(db, limit=100).rows
    stored = [r.title for r in rows if r.feed == "escapes"]
    assert len(stored) == 4 and "[bold red]not markup[/] and [link=file:///etc/passwd]x[/link]" in stored
    assert not [t for t in stored if any(ord(c) < 32 or 127 <= ord(c) < 160 for c in t)]
    # The slow parse was abandoned in its worker: the loop the interface shares never stalled on it.
    assert lag < 0.5


async def test_a_hostile_pass_leaves_the_next_pass_healthy(feed_server: FeedServer, db: Database) -> None:
    """After a worker was killed for overrunning, the pool replaces it and the next feeds parse as usual."""
    feed_server.add("/slow", slow_document())
    feed_server.add("/ok.rss", rss_document("ok", 2))
    config = config_for(feed_server, {"slow": "/slow"}, 'max_bytes = "4MB"\n')
    service = Service(config, db, parse_time_limit=0.5, parse_workers=1)
    try:
        first = await service.run_pass(force=True)
        feed_server.add("/slow", sample_feed("rss20.xml"))  # the feed recovers
        second = await service.run_pass(force=True)
    finally:
        service.close()
    assert "parsing took longer than 0.5s" in (first.outcomes[0].error or "")
    assert second.outcomes[0].ok and second.outcomes[0].items == 4
