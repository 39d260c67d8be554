"""The sample feeds of `monitor demo`, served on loopback so a new user sees the monitor work offline.

`SeedServer` behaves like a polite real feed host (content types, ETag,
Last-Modified, 304s) so the demo exercises the same conditional-GET path as
production, and it can "drip" the items of `feeds/live/` one at a time so the
timeline visibly fills while someone watches. Releases are counted, never
timed from feed dates, which keeps tests deterministic: they call
`release_next()` or wait for a count with `wait_released()`.
"""

from __future__ import annotations

import hashlib
import logging
import re
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from email.message import Message
from email.utils import formatdate, parsedate_to_datetime
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from urllib.parse import unquote, urlsplit

import monitor
from monitor.errors import MonitorError

BASE_URL_PLACEHOLDER = "{base_url}"
LIVE_DIR = "feeds/live"  # relative to the server root

_CONTENT_TYPES = {
    ".rss": "application/rss+xml; charset=utf-8",
    ".atom": "application/atom+xml; charset=utf-8",
    ".xml": "application/xml; charset=utf-8",
    ".toml": "application/toml; charset=utf-8",
    ".md": "text/markdown; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
}
_ENTRY = re.compile(r"<(item|entry)\b.*?</\1>", re.DOTALL)

log = logging.getLogger(__name__)


def seeds_dir() -> Path:
    """The seeds/ folder: next to the package in a source checkout, or inside it as monitor/seeds in an
    installed wheel (pyproject.toml ships it there)."""
    package = Path(monitor.__file__).resolve().parent
    for candidate in (package.parent / "seeds", package / "seeds"):
        if (candidate / "feeds").is_dir():
            return candidate
    raise MonitorError(
        f"sample feeds not found (looked in {package.parent / 'seeds'}); "
        "`monitor demo` needs the seeds/ folder of a source checkout or of the installed package"
    )


def demo_config_text(base_url: str) -> str:
    """seeds/demo.toml pointed at a running server; plain replacement because TOML braces are not a template."""
    if any(ch in base_url for ch in '"\\\r\n'):
        raise ValueError(f"base_url cannot go inside a TOML string: {base_url!r}")
    text = (seeds_dir() / "demo.toml").read_text(encoding="utf-8")
    return text.replace(BASE_URL_PLACEHOLDER, base_url.rstrip("/"))


@dataclass(frozen=True, slots=True)
class _LiveFeed:
    """A feed document split around its entries, so that any number of the oldest can be served.

    Files list entries newest first, like every feed; release order is the
    reverse, so releasing k entries shows the last k blocks of the file.
    """

    head: str
    entries: tuple[str, ...]  # file order: newest first
    tail: str

    @classmethod
    def read(cls, path: Path) -> "_LiveFeed":
        text = path.read_text(encoding="utf-8")
        found = list(_ENTRY.finditer(text))
        if not found:
            return cls(text, (), "")
        return cls(text[: found[0].start()], tuple(m.group(0) for m in found), text[found[-1].end() :])

    def render(self, released: int) -> bytes:
        shown = self.entries[len(self.entries) - min(released, len(self.entries)) :]
        return (self.head + "\n\n    ".join(shown) + self.tail).encode("utf-8")


@dataclass(frozen=True, slots=True)
class _Body:
    data: bytes
    content_type: str
    last_modified: float  # POSIX seconds

    @property
    def etag(self) -> str:
        return '"' + hashlib.sha1(self.data).hexdigest()[:20] + '"'


class SeedServer:
    """Serves the files under `root` on loopback from a daemon thread; use it as a context manager.

    With `live=True`, feeds under `root/feeds/live/` start empty and gain one
    entry per `release_next()` call, and every `drip_seconds` when that is set
    (None: only by hand). Without it they are served whole like any other file.
    """

    def __init__(
        self,
        root: Path,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        live: bool = False,
        drip_seconds: float | None = 20.0,
    ) -> None:
        self.root = Path(root).resolve()
        self.live = live
        self.drip_seconds = drip_seconds
        self._address = (host, port)
        self._httpd: ThreadingHTTPServer | None = None
        self._threads: list[threading.Thread] = []
        self._stop = threading.Event()
        self._changed = threading.Condition()
        self._released = 0
        self._released_at = time.time()
        live_dir = self.root / LIVE_DIR
        self._live: dict[Path, _LiveFeed] = {}
        if live and live_dir.is_dir():
            self._live = {p.resolve(): _LiveFeed.read(p) for p in sorted(live_dir.iterdir()) if p.is_file()}
        self.base_url = ""

    # lifecycle

    def __enter__(self) -> "SeedServer":
        self.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def start(self) -> None:
        httpd = _Server(self._address, _Handler)
        httpd.seed = self  # type: ignore[attr-defined]
        self._httpd = httpd
        host, port = httpd.server_address[:2]
        self.base_url = f"http://{host}:{port}"
        # A short poll keeps close() quick: shutdown() waits for the loop to look at its flag.
        self._spawn(lambda: httpd.serve_forever(poll_interval=0.05), "seed-server")
        if self.live and self.drip_seconds:
            self._spawn(self._drip, "seed-drip")

    def close(self) -> None:
        self._stop.set()
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None
        for thread in self._threads:
            thread.join(timeout=5)
        self._threads.clear()

    def _spawn(self, target: Callable[[], object], name: str) -> None:
        thread = threading.Thread(target=target, name=name, daemon=True)
        thread.start()
        self._threads.append(thread)

    # the live drip

    @property
    def live_total(self) -> int:
        """How many releases it takes to show every live entry."""
        return max((len(feed.entries) for feed in self._live.values()), default=0)

    @property
    def released(self) -> int:
        with self._changed:
            return self._released

    def release_next(self) -> bool:
        """Show one more entry in each live feed; False once everything is out."""
        with self._changed:
            if self._released >= self.live_total:
                return False
            self._released += 1
            # Last-Modified has whole seconds: keep it rising even for two releases in one second,
            # or a client sending only If-Modified-Since would be told nothing changed.
            self._released_at = max(time.time(), self._released_at + 1.0)
            self._changed.notify_all()
            return True

    def wait_released(self, count: int, timeout: float | None = None) -> bool:
        """Block until at least `count` entries are out (the drip thread's progress, for tests and demos)."""
        with self._changed:
            return self._changed.wait_for(lambda: self._released >= count, timeout)

    def _drip(self) -> None:
        assert self.drip_seconds is not None
        while not self._stop.wait(self.drip_seconds):
            if not self.release_next():
                return

    # what a request gets

    def body_for(self, url_path: str) -> _Body | None:
        """The response for a request path, or None when nothing under root answers to it."""
        relative = unquote(urlsplit(url_path).path).lstrip("/")
        if not relative or "\x00" in relative or "\\" in relative:
            return None
        target = (self.root / relative).resolve()
        if not target.is_relative_to(self.root) or not target.is_file():
            return None
        content_type = _CONTENT_TYPES.get(target.suffix.lower(), "application/octet-stream")
        if target in self._live:
            with self._changed:
                released, at = self._released, self._released_at
            return _Body(self._live[target].render(released), content_type, at)
        return _Body(target.read_bytes(), content_type, target.stat().st_mtime)


def _not_modified(headers: Message, body: _Body) -> bool:
    """RFC 9110 13.2.2: If-None-Match decides when present; If-Modified-Since only without it."""
    if (tags := headers.get("If-None-Match")) is not None:
        wanted = {tag.strip().removeprefix("W/") for tag in tags.split(",")}
        return "*" in wanted or body.etag in wanted
    if (since := headers.get("If-Modified-Since")) is not None:
        try:
            return int(body.last_modified) <= parsedate_to_datetime(since).timestamp()
        except (TypeError, ValueError, IndexError, OverflowError):
            return False
    return False


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: tuple[str, int]) -> None:
        """socketserver's default prints a traceback to stderr, which would tear the demo's TUI.

        A client that hangs up mid-response, or resets a keep-alive connection
        (closing it with unread data is enough), is ordinary traffic for a feed
        host: nothing to report. Anything else is a bug in this module and goes
        to logging, where the application decides what to do with it.
        """
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        log.error("seed server failed on a request from %s", client_address, exc_info=True)


class _Handler(BaseHTTPRequestHandler):
    """GET and HEAD only; everything not served is a bare 404, so the root's layout is not revealed."""

    server_version = "monitor-seeds/1"
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        self._respond(send_body=True)

    def do_HEAD(self) -> None:
        self._respond(send_body=False)

    def _respond(self, send_body: bool) -> None:
        seed: SeedServer = self.server.seed  # type: ignore[attr-defined]
        body = seed.body_for(self.path)
        if body is None:
            self._bare(HTTPStatus.NOT_FOUND, b"not found\n")
            return
        common = {
            "ETag": body.etag,
            "Last-Modified": formatdate(body.last_modified, usegmt=True),
            "Cache-Control": "no-cache",
        }
        if _not_modified(self.headers, body):
            self.send_response(HTTPStatus.NOT_MODIFIED)
            for name, value in common.items():
                self.send_header(name, value)
            self.end_headers()
            return
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", body.content_type)
        self.send_header("Content-Length", str(len(body.data)))
        for name, value in common.items():
            self.send_header(name, value)
        self.end_headers()
        if send_body:
            self.wfile.write(body.data)

    def _bare(self, status: HTTPStatus, text: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(text)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(text)

    def log_message(self, format: str, *args: object) -> None:
        """Silent: the demo's TUI owns the terminal, and stray stderr lines would tear it."""
