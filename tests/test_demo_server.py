"""SeedServer acts like a well-behaved feed host, on loopback only, and drips live items on demand."""

from __future__ import annotations

import http.client
import socket
import struct
import threading
from collections.abc import Iterator
from pathlib import Path

import feedparser
import httpx
import pytest

import monitor
from monitor.demo import SeedServer, seeds_dir
from monitor.errors import MonitorError

SEEDS = seeds_dir()
LIVE = "/feeds/live/newsdesk.rss"


@pytest.fixture
def server() -> Iterator[SeedServer]:
    with SeedServer(SEEDS) as running:
        yield running


@pytest.fixture
def live_server() -> Iterator[SeedServer]:
    with SeedServer(SEEDS, live=True, drip_seconds=None) as running:
        yield running


def get(server: SeedServer, path: str, **headers: str) -> httpx.Response:
    return httpx.get(server.base_url + path, headers=headers)


def raw_status(server: SeedServer, path: str) -> int:
    """Send the path byte for byte: httpx would resolve '..' before it left the client."""
    host, port = server.base_url.removeprefix("http://").split(":")
    conn = http.client.HTTPConnection(host, int(port), timeout=5)
    try:
        conn.request("GET", path)
        return conn.getresponse().status
    finally:
        conn.close()


def titles(response: httpx.Response) -> list[str]:
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    return [entry.title for entry in feed.entries]


def test_listens_on_loopback_with_an_ephemeral_port(server: SeedServer) -> None:
    assert server.base_url.startswith("http://127.0.0.1:")
    assert not server.base_url.endswith(":0")


@pytest.mark.parametrize(
    ("path", "content_type"),
    [("/feeds/wire.rss", "application/rss+xml"), ("/feeds/andes-daily.atom", "application/atom+xml")],
)
def test_feeds_are_served_whole_with_their_content_type(server: SeedServer, path: str, content_type: str) -> None:
    response = get(server, path)
    assert response.status_code == 200
    assert response.headers["content-type"].split(";")[0] == content_type
    assert response.content == (SEEDS / path.lstrip("/")).read_bytes()
    assert response.headers["etag"].startswith('"')
    assert response.headers["last-modified"].endswith("GMT")


def test_matching_if_none_match_gets_304_without_a_body(server: SeedServer) -> None:
    first = get(server, "/feeds/wire.rss")
    again = get(server, "/feeds/wire.rss", **{"If-None-Match": first.headers["etag"]})
    assert again.status_code == 304
    assert again.content == b""
    assert again.headers["etag"] == first.headers["etag"]


def test_stale_etag_gets_the_feed_even_if_the_date_matches(server: SeedServer) -> None:
    first = get(server, "/feeds/wire.rss")
    response = get(
        server,
        "/feeds/wire.rss",
        **{"If-None-Match": '"stale"', "If-Modified-Since": first.headers["last-modified"]},
    )
    assert response.status_code == 200


def test_if_modified_since_alone_is_honoured(server: SeedServer) -> None:
    first = get(server, "/feeds/quito-tribune.rss")
    assert get(server, "/feeds/quito-tribune.rss", **{"If-Modified-Since": first.headers["last-modified"]}).status_code == 304
    old = "Sun, 01 Jan 2006 00:00:00 GMT"
    assert get(server, "/feeds/quito-tribune.rss", **{"If-Modified-Since": old}).status_code == 200
    assert get(server, "/feeds/quito-tribune.rss", **{"If-Modified-Since": "not a date"}).status_code == 200


def test_head_gets_headers_only(server: SeedServer) -> None:
    response = httpx.head(server.base_url + "/feeds/wire.rss")
    assert response.status_code == 200
    assert int(response.headers["content-length"]) == (SEEDS / "feeds/wire.rss").stat().st_size
    assert response.content == b""


@pytest.mark.parametrize("path", ["/", "/feeds/", "/feeds/missing.rss", "/nothing/here"])
def test_unknown_paths_and_directories_are_404(server: SeedServer, path: str) -> None:
    assert get(server, path).status_code == 404


@pytest.mark.parametrize(
    "path",
    [
        "/../secret.txt",
        "/feeds/../../secret.txt",
        "/%2e%2e/secret.txt",
        "/feeds/%2E%2E/%2e%2e/secret.txt",
        "/..%2fsecret.txt",
        "/%2fsecret.txt",
        "//secret.txt",
        "/link-out/secret.txt",
        "/feeds/..%5c..%5csecret.txt",
        "/feeds/wire.rss%00.txt",
    ],
)
def test_nothing_outside_the_root_is_served(tmp_path: Path, path: str) -> None:
    root = tmp_path / "root"
    (root / "feeds").mkdir(parents=True)
    (root / "feeds" / "wire.rss").write_text("<rss/>")
    (tmp_path / "secret.txt").write_text("secret")
    (root / "link-out").symlink_to(tmp_path, target_is_directory=True)
    with SeedServer(root) as server:
        assert raw_status(server, path) in (403, 404)
        assert raw_status(server, "/feeds/wire.rss") == 200


def reset_after_response(server: SeedServer, path: str) -> None:
    """Read the response, then hang up with a TCP reset, as a client closing with unread data does."""
    host, port = server.base_url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=5) as sock:
        sock.sendall(f"GET {path} HTTP/1.1\r\nHost: {host}\r\n\r\n".encode())
        assert sock.recv(65536).startswith(b"HTTP/1.1 ")
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))


def test_nothing_is_written_to_stderr(server: SeedServer, capfd: pytest.CaptureFixture[str]) -> None:
    before = set(threading.enumerate())
    get(server, "/feeds/wire.rss")
    get(server, "/missing")
    raw_status(server, "/../x")
    reset_after_response(server, "/feeds/wire.rss")  # socketserver's default handle_error prints a traceback
    # Each connection has its own handler thread; once they have all ended, all they could write is written.
    for thread in set(threading.enumerate()) - before:
        thread.join(timeout=5)
        assert not thread.is_alive(), thread
    assert capfd.readouterr().err == ""


def test_closing_stops_the_server() -> None:
    with SeedServer(SEEDS) as server:
        url = server.base_url + "/feeds/wire.rss"
    with pytest.raises(httpx.ConnectError):
        httpx.get(url)


# --- live drip -----------------------------------------------------------------------------------


def test_without_live_mode_the_live_feed_is_served_whole(server: SeedServer) -> None:
    assert len(titles(get(server, LIVE))) == 6


def test_live_feed_starts_empty_and_releases_oldest_first(live_server: SeedServer) -> None:
    assert titles(get(live_server, LIVE)) == []
    assert live_server.live_total == 6

    assert live_server.release_next()
    assert titles(get(live_server, LIVE)) == [
        "FLASH: Explosions reported near Guayaquil port as joint U.S.-Ecuador operation continues"
    ]

    assert live_server.release_next()
    shown = titles(get(live_server, LIVE))
    assert shown[0] == "SOUTHCOM says second phase of Ecuador operation is under way"  # newest first, like any feed
    assert len(shown) == 2


def test_every_release_changes_the_validators(live_server: SeedServer) -> None:
    before = get(live_server, LIVE)
    assert get(live_server, LIVE, **{"If-None-Match": before.headers["etag"]}).status_code == 304

    live_server.release_next()
    after = get(live_server, LIVE, **{"If-None-Match": before.headers["etag"]})
    assert after.status_code == 200
    assert after.headers["etag"] != before.headers["etag"]
    assert after.headers["last-modified"] != before.headers["last-modified"]
    since = get(live_server, LIVE, **{"If-Modified-Since": before.headers["last-modified"]})
    assert since.status_code == 200


def test_release_stops_when_everything_is_out(live_server: SeedServer) -> None:
    released = [live_server.release_next() for _ in range(8)]
    assert released == [True] * 6 + [False, False]
    assert live_server.released == 6
    assert titles(get(live_server, LIVE)) == titles(httpx.Response(200, content=(SEEDS / LIVE.lstrip("/")).read_bytes()))


def test_static_feeds_are_unaffected_by_live_mode(live_server: SeedServer) -> None:
    assert get(live_server, "/feeds/wire.rss").content == (SEEDS / "feeds/wire.rss").read_bytes()


def test_the_drip_thread_releases_on_its_own() -> None:
    with SeedServer(SEEDS, live=True, drip_seconds=0.01) as server:
        assert server.wait_released(server.live_total, timeout=10)
        assert len(titles(get(server, LIVE))) == 6


def test_seeds_dir_names_the_problem_when_seeds_are_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(monitor, "__file__", str(tmp_path / "monitor" / "__init__.py"))
    with pytest.raises(MonitorError, match="sample feeds not found"):
        seeds_dir()
