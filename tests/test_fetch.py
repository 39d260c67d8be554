"""The fetcher against a real loopback server: conditional GET, redirects, limits, hostile servers."""

from __future__ import annotations

import asyncio
import gzip
import socket
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import httpx

from monitor import __version__
from monitor.fetch import Fetcher, FetchResult, parse_retry_after
from tests.fixtures.feedserver import FeedServer, sample_feed

RSS = sample_feed("rss20.xml")


async def fetch(url: str, **kwargs: object) -> FetchResult:
    limits = {k: kwargs.pop(k) for k in ("timeout", "max_bytes", "max_redirects") if k in kwargs}
    async with Fetcher(**limits) as fetcher:  # type: ignore[arg-type]
        return await fetcher.fetch(url, **kwargs)  # type: ignore[arg-type]


async def test_a_feed_is_fetched_with_its_validators(feed_server: FeedServer) -> None:
    feed_server.add("/rss", RSS, etag='"v1"', last_modified="Mon, 06 Jan 2025 10:00:00 GMT")

    result = await fetch(feed_server.url("/rss"))

    assert result.ok and result.error is None
    assert result.status == 200
    assert result.content == RSS
    assert result.content_type == "application/rss+xml"
    assert result.etag == '"v1"'
    assert result.last_modified == "Mon, 06 Jan 2025 10:00:00 GMT"
    assert result.final_url == result.url == feed_server.url("/rss")
    sent = feed_server.requests[-1][2]
    assert sent["user-agent"] == f"monitor/{__version__} (+terminal news monitor)"
    assert "application/rss+xml" in sent["accept"]
    assert sent["accept-encoding"] == "gzip, deflate"
    assert "if-none-match" not in sent and "if-modified-since" not in sent


async def test_conditional_get_round_trip_echoes_validators_exactly(feed_server: FeedServer) -> None:
    etag, modified = 'W/"abc, 1"', "Mon, 06 Jan 2025 10:00:00 GMT"
    feed_server.add("/rss", RSS, etag=etag, last_modified=modified)

    async with Fetcher() as fetcher:
        first = await fetcher.fetch(feed_server.url("/rss"))
        second = await fetcher.fetch(feed_server.url("/rss"), etag=first.etag, last_modified=first.last_modified)

    sent = feed_server.requests[-1][2]
    assert sent["if-none-match"] == etag
    assert sent["if-modified-since"] == modified
    assert second.not_modified and second.ok
    assert second.status == 304 and second.content is None and second.error is None
    assert (second.etag, second.last_modified) == (etag, modified)


async def test_a_304_without_validators_keeps_the_ones_given(feed_server: FeedServer) -> None:
    feed_server.add("/rss", b"", status=304, content_type=None)

    result = await fetch(feed_server.url("/rss"), etag='"old"', last_modified="Sun, 05 Jan 2025 00:00:00 GMT")

    assert result.not_modified
    assert (result.etag, result.last_modified) == ('"old"', "Sun, 05 Jan 2025 00:00:00 GMT")


async def test_a_gzipped_feed_is_decoded(feed_server: FeedServer) -> None:
    feed_server.gzipped("/rss.gz", RSS)

    result = await fetch(feed_server.url("/rss.gz"))

    assert result.content == RSS


async def test_a_gzip_bomb_is_cut_at_the_decoded_size_cap(feed_server: FeedServer) -> None:
    feed_server.gzip_bomb("/bomb", decoded_size=20_000_000)

    result = await fetch(feed_server.url("/bomb"), max_bytes=1_000_000)

    assert not result.ok
    assert result.error == "response larger than 1 MB"
    assert result.content is None


async def test_an_endless_body_is_cut_at_the_cap(feed_server: FeedServer) -> None:
    feed_server.endless("/endless")

    result = await fetch(feed_server.url("/endless"), max_bytes=2_000_000)

    assert result.error == "response larger than 2 MB"


async def test_a_declared_length_over_the_cap_is_refused_before_reading(feed_server: FeedServer) -> None:
    feed_server.add("/big", b"x" * 300_000)

    result = await fetch(feed_server.url("/big"), max_bytes=100_000)

    assert result.error == "response larger than 100 kB"


async def test_a_trickling_server_is_cut_by_the_total_deadline(feed_server: FeedServer) -> None:
    # Each byte arrives well within httpx's per-read timeout: only the whole-fetch deadline can stop this.
    feed_server.trickle("/slow", interval=0.1)

    result = await fetch(feed_server.url("/slow"), timeout=1.0)

    assert result.error == "timed out after 1s"
    assert result.status is None
    assert 0.9 <= result.elapsed < 3.0


async def test_a_redirect_is_followed_and_the_final_url_reported(feed_server: FeedServer) -> None:
    feed_server.add("/rss", RSS)
    feed_server.redirect("/moved", "/rss", status=302)

    result = await fetch(feed_server.url("/moved"))

    assert result.content == RSS
    assert result.final_url == feed_server.url("/rss")
    assert result.permanent_redirect is None


async def test_a_301_is_recorded_as_a_permanent_redirect(feed_server: FeedServer) -> None:
    feed_server.add("/new", RSS)
    feed_server.redirect("/old", "/new", status=301)

    result = await fetch(feed_server.url("/old"))

    assert result.ok
    assert result.permanent_redirect == feed_server.url("/new")


async def test_a_permanent_move_counts_only_up_to_the_first_temporary_hop(feed_server: FeedServer) -> None:
    feed_server.add("/final", RSS)
    feed_server.redirect("/a", "/b", status=308)
    feed_server.redirect("/b", "/c", status=301)
    feed_server.redirect("/c", "/final", status=302)
    feed_server.redirect("/temp", "/b", status=307)

    moved = await fetch(feed_server.url("/a"))
    temporary_first = await fetch(feed_server.url("/temp"))

    assert moved.permanent_redirect == feed_server.url("/c")
    assert temporary_first.permanent_redirect is None


async def test_a_redirect_loop_is_detected(feed_server: FeedServer) -> None:
    feed_server.redirect_loop("/loop")

    result = await fetch(feed_server.url("/loop"))

    assert not result.ok
    assert result.error is not None and result.error.startswith("redirect loop")
    assert result.permanent_redirect is None


async def test_too_many_redirects_stop_at_the_limit(feed_server: FeedServer) -> None:
    for i in range(7):
        feed_server.redirect(f"/r{i}", f"/r{i + 1}")
    feed_server.add("/r7", RSS)

    result = await fetch(feed_server.url("/r0"), max_redirects=5)

    assert result.error == "too many redirects (5)"
    assert len(feed_server.requests) == 6


async def test_a_redirect_to_a_file_url_is_refused(feed_server: FeedServer) -> None:
    feed_server.redirect("/sneaky", "file:///etc/passwd", status=301)

    result = await fetch(feed_server.url("/sneaky"))

    assert result.error == "redirect to non-http URL file:///etc/passwd refused"
    assert result.content is None and result.permanent_redirect is None


async def test_429_gives_retry_after_in_seconds(feed_server: FeedServer) -> None:
    feed_server.add("/busy", b"slow down", status=429, headers={"Retry-After": "120"})

    result = await fetch(feed_server.url("/busy"))

    assert result.status == 429
    assert result.error == "HTTP 429 Too Many Requests"
    assert result.retry_after == 120.0


async def test_503_gives_retry_after_from_an_http_date(feed_server: FeedServer) -> None:
    when = datetime.now(UTC) + timedelta(seconds=300)
    feed_server.add("/down", b"", status=503, headers={"Retry-After": format_datetime(when, usegmt=True)})

    result = await fetch(feed_server.url("/down"))

    assert result.status == 503
    assert result.retry_after is not None and 290 <= result.retry_after <= 300


def test_retry_after_forms() -> None:
    now = datetime(2025, 1, 6, 10, 0, tzinfo=UTC)
    assert parse_retry_after("0") == 0.0
    assert parse_retry_after("Mon, 06 Jan 2025 10:02:00 GMT", now=now) == 120.0
    assert parse_retry_after("Mon, 06 Jan 2025 09:00:00 GMT", now=now) == 0.0  # in the past: no wait
    assert parse_retry_after("soon") is None
    assert parse_retry_after(None) is None


async def test_server_errors_are_reported_not_raised(feed_server: FeedServer) -> None:
    feed_server.add("/boom", b"oops", status=500)
    feed_server.add("/gone", b"", status=410)

    boom = await fetch(feed_server.url("/boom"))
    gone = await fetch(feed_server.url("/gone"))

    assert (boom.status, boom.error, boom.ok) == (500, "HTTP 500 Internal Server Error", False)
    assert (gone.status, gone.error, gone.retry_after) == (410, "HTTP 410 Gone", None)


async def test_a_refused_connection_is_a_result_not_an_exception() -> None:
    with socket.socket() as sock:  # a port that was just free and has no listener
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]

    result = await fetch(f"http://127.0.0.1:{port}/rss")

    assert result.status is None
    assert result.error == "connection refused"


async def test_a_non_http_url_is_refused_without_a_request() -> None:
    result = await fetch("file:///etc/passwd")

    assert result.error == "not an http(s) URL: file:///etc/passwd"


async def test_no_more_than_per_host_requests_reach_one_host_at_once(feed_server: FeedServer) -> None:
    gate = feed_server.gate("/held")
    feed_server.add("/probe", RSS)

    async with Fetcher(per_host=2, concurrency=16) as fetcher:
        held = [asyncio.create_task(fetcher.fetch(feed_server.url("/held"))) for _ in range(5)]
        assert await asyncio.to_thread(gate.wait_arrived, 2)
        # A request issued after the five has gone all the way round: had the limit leaked, the
        # other three would have reached the gate by now.
        async with Fetcher() as other:
            assert (await other.fetch(feed_server.url("/probe"))).ok
        assert gate.arrived == 2
        gate.release()
        results = await asyncio.gather(*held)

    assert all(r.ok for r in results)
    assert gate.arrived == 5
    assert gate.max_active == 2


async def test_the_global_limit_caps_requests_across_the_pass(feed_server: FeedServer) -> None:
    gate = feed_server.gate("/held")
    feed_server.add("/probe", RSS)

    async with Fetcher(per_host=10, concurrency=3) as fetcher:
        held = [asyncio.create_task(fetcher.fetch(feed_server.url(f"/held?n={i}"))) for i in range(6)]
        assert await asyncio.to_thread(gate.wait_arrived, 3)
        async with Fetcher() as other:
            assert (await other.fetch(feed_server.url("/probe"))).ok
        assert gate.arrived == 3
        gate.release()
        results = await asyncio.gather(*held)

    assert all(r.ok for r in results)
    assert gate.max_active == 3


async def test_an_injected_transport_is_used_for_every_hop() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/old":
            return httpx.Response(301, headers={"Location": "/new"})
        return httpx.Response(200, content=gzip.compress(RSS), headers={"Content-Encoding": "gzip"})

    async with Fetcher(transport=httpx.MockTransport(answer)) as fetcher:
        result = await fetcher.fetch("https://feeds.example.org/old")

    assert result.content == RSS
    assert result.permanent_redirect == "https://feeds.example.org/new"
