"""Download feeds politely and defensively: one `Fetcher` per pass, one `FetchResult` per feed.

A feed problem is never an exception here: a refused connection, a 500, a
server trickling a byte a second or a gzip bomb all come back as a
`FetchResult` whose `error` is a sentence a watch officer can read, so one bad
feed never disturbs the others in the pass.

Redirects are followed by hand so that every hop is checked (http/https only,
a hop limit, loop detection) and a permanent move is reported back. The whole
fetch runs under one `asyncio.timeout` deadline, because httpx timeouts apply
per read and a trickling server would otherwise never time out.
"""

from __future__ import annotations

import asyncio
import ssl
import sys
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from functools import cache
from types import TracebackType
from urllib.parse import urljoin, urlsplit

import httpx

from monitor import __version__
from monitor.fetch.body import (
    ACCEPT_ENCODING,
    BodyDecodeError,
    BodyTooLarge,
    read_capped,
)
from monitor.fetch.messages import describe_error, format_bytes, parse_freshness, parse_retry_after

try:
    import sniffio  # noqa: F401
except ImportError:
    # httpcore tries `import sniffio` on every request, and a failed import is never cached: each
    # costs a scan of sys.path (~0.4 ms, several per fetch). None in sys.modules fails it at once.
    sys.modules.setdefault("sniffio", None)  # type: ignore[arg-type]

DEFAULT_USER_AGENT = f"monitor/{__version__} (+terminal news monitor)"
ACCEPT = (
    "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, "
    "application/xml;q=0.8, text/xml;q=0.8, */*;q=0.1"
)
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_PERMANENT = frozenset({301, 308})


@dataclass(frozen=True, slots=True)
class FetchResult:
    """What one fetch of one feed URL came to.

    `permanent_redirect` is only set when the fetch succeeded and every hop up
    to it was permanent (301/308), so a caller may safely store it as the
    feed's new URL.
    """

    url: str  # requested
    final_url: str  # after redirects
    status: int | None  # None when no HTTP answer (DNS, refused, deadline)
    content: bytes | None  # None on 304 and on errors
    content_type: str | None
    etag: str | None  # exactly as received (or as given, on a 304 without one)
    last_modified: str | None  # exactly as received (or as given, on a 304 without one)
    not_modified: bool = False
    permanent_redirect: str | None = None
    retry_after: float | None = None  # seconds, from Retry-After on 429/503
    fresh_for: float | None = None  # seconds, from Cache-Control max-age or Expires on 200/304
    error: str | None = None  # human sentence when the fetch failed; None on success/304
    elapsed: float = 0.0

    @property
    def ok(self) -> bool:
        """True when there is something to parse or nothing changed."""
        return self.content is not None or self.not_modified


@dataclass(slots=True)
class _Trace:
    """How far a fetch got, for the result when it fails part-way."""

    final_url: str
    started: float | None = None

    def elapsed(self) -> float:
        return time.monotonic() - self.started if self.started is not None else 0.0


class _Failed(Exception):
    """Internal: a hop ended the fetch with an error sentence (and maybe a status)."""

    def __init__(self, message: str, status: int | None = None, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.retry_after = retry_after


class Fetcher:
    """Owns one httpx.AsyncClient and the concurrency limits for a pass; use as `async with`."""

    def __init__(
        self,
        *,
        concurrency: int = 16,
        per_host: int = 2,
        timeout: float = 30.0,
        max_bytes: int = 8_000_000,
        user_agent: str | None = None,
        max_redirects: int = 5,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.max_redirects = max_redirects
        self.per_host = max(1, per_host)
        self._user_agent = user_agent or DEFAULT_USER_AGENT
        self._transport = transport
        self._concurrency = max(1, concurrency)
        self._global = asyncio.Semaphore(self._concurrency)
        self._hosts: dict[str, asyncio.Semaphore] = {}
        self._client: httpx.AsyncClient | None = None

    async def __aenter__(self) -> Fetcher:
        self._client = httpx.AsyncClient(
            follow_redirects=False,
            timeout=httpx.Timeout(self.timeout, connect=min(self.timeout, 15.0)),
            limits=httpx.Limits(max_connections=self._concurrency, max_keepalive_connections=self._concurrency),
            headers={"User-Agent": self._user_agent, "Accept": ACCEPT, "Accept-Encoding": ACCEPT_ENCODING},
            transport=self._transport,
            verify=_tls_context(),
        )
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._client is not None:
            await self._client.aclose()
            self._client = None

    async def fetch(self, url: str, *, etag: str | None = None, last_modified: str | None = None) -> FetchResult:
        """GET `url` (conditionally, with the validators exactly as given); never raises for feed problems."""
        if self._client is None:
            raise RuntimeError("Fetcher.fetch() called outside `async with Fetcher(...)`")
        conditional: dict[str, str] = {}
        if etag:
            conditional["If-None-Match"] = etag
        if last_modified:
            conditional["If-Modified-Since"] = last_modified
        trace = _Trace(final_url=url)
        try:
            return await self._follow(url, conditional, etag, last_modified, trace)
        except _Failed as failed:
            return self._failure(url, failed, trace)
        except (TimeoutError, httpx.TimeoutException):
            return self._failure(url, _Failed(f"timed out after {self.timeout:g}s"), trace)
        except Exception as exc:  # whatever the network or a hostile server does, report it, never raise
            return self._failure(url, _Failed(describe_error(exc)), trace)

    async def _follow(
        self,
        url: str,
        conditional: dict[str, str],
        etag: str | None,
        last_modified: str | None,
        trace: _Trace,
    ) -> FetchResult:
        """Follow redirects hop by hop, each under the host's slot and the fetch's one deadline."""
        assert self._client is not None
        current = url
        seen = {url}
        permanent: str | None = None
        all_permanent = True
        deadline: float | None = None
        for _ in range(self.max_redirects + 1):
            parsed = _http_url(current)
            async with self._slot(parsed.host):
                if deadline is None:  # the clock starts once a slot is ours, not while queued for one
                    trace.started = time.monotonic()
                    deadline = asyncio.get_running_loop().time() + self.timeout
                async with asyncio.timeout_at(deadline):
                    request = self._client.build_request("GET", parsed, headers=conditional)
                    response = await self._client.send(request, stream=True)
                    try:
                        if response.status_code in _REDIRECTS:
                            target = _redirect_target(response, current)
                            await _drain(response)
                        else:
                            return await self._finish(url, trace, response, etag, last_modified, permanent)
                    finally:
                        await response.aclose()
            if target in seen:
                raise _Failed(f"redirect loop: {target} was already visited", response.status_code)
            seen.add(target)
            if response.status_code in _PERMANENT and all_permanent:
                permanent = target
            else:
                all_permanent = False
            current = trace.final_url = target
        raise _Failed(f"too many redirects ({self.max_redirects})", response.status_code)

    async def _finish(
        self,
        url: str,
        trace: _Trace,
        response: httpx.Response,
        etag: str | None,
        last_modified: str | None,
        permanent: str | None,
    ) -> FetchResult:
        status = response.status_code
        new_etag = response.headers.get("etag")
        new_modified = response.headers.get("last-modified")
        if status == 304:
            await _drain(response)
            return FetchResult(
                url=url, final_url=trace.final_url, status=status, content=None,
                content_type=response.headers.get("content-type"),
                etag=new_etag or etag, last_modified=new_modified or last_modified, not_modified=True,
                permanent_redirect=permanent, elapsed=trace.elapsed(), fresh_for=parse_freshness(response.headers),
            )  # fmt: skip
        if not 200 <= status < 300:
            retry_after = parse_retry_after(response.headers.get("retry-after")) if status in (429, 503) else None
            reason = response.reason_phrase or ""
            raise _Failed(f"HTTP {status} {reason}".strip(), status, retry_after)
        try:
            content = await read_capped(response, self.max_bytes)
        except BodyTooLarge:
            raise _Failed(f"response larger than {format_bytes(self.max_bytes)}", status) from None
        except BodyDecodeError as exc:
            raise _Failed(str(exc), status) from None
        return FetchResult(
            url=url, final_url=trace.final_url, status=status, content=content,
            content_type=response.headers.get("content-type"), etag=new_etag, last_modified=new_modified,
            permanent_redirect=permanent, elapsed=trace.elapsed(), fresh_for=parse_freshness(response.headers),
        )  # fmt: skip

    def _failure(self, url: str, failed: _Failed, trace: _Trace) -> FetchResult:
        return FetchResult(
            url=url, final_url=trace.final_url, status=failed.status, content=None, content_type=None,
            etag=None, last_modified=None, retry_after=failed.retry_after, error=failed.message,
            elapsed=trace.elapsed(),
        )  # fmt: skip

    @asynccontextmanager
    async def _slot(self, host: str) -> AsyncIterator[None]:
        """Host slot first, then a global one: waiting on a busy host must not hold a global slot."""
        key = host.lower()
        sem = self._hosts.get(key)
        if sem is None:
            sem = self._hosts[key] = asyncio.Semaphore(self.per_host)
        async with sem, self._global:
            yield


@cache
def _tls_context() -> ssl.SSLContext:
    """Built once: loading the CA bundle takes ~0.1 s, which a pass would otherwise spend on the event loop."""
    import certifi

    return ssl.create_default_context(cafile=certifi.where())


async def _drain(response: httpx.Response, limit: int = 64 * 1024) -> None:
    """Read the small unwanted body of a 304 or a redirect, so the connection can serve the next feed.

    Closing a response whose body was not read closes its connection too, so
    every 304 of a warm pass would cost a new TCP (and TLS) handshake. A body
    larger than `limit` is not worth it: that connection is dropped.
    """
    if response.is_stream_consumed:
        return
    size = 0
    try:
        async for chunk in response.aiter_raw():
            size += len(chunk)
            if size > limit:
                return
    except httpx.HTTPError:
        return


def _http_url(url: str) -> httpx.URL:
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError, ValueError) as exc:
        raise _Failed(f"invalid URL {url!r}: {exc}") from None
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise _Failed(f"not an http(s) URL: {url}")
    return parsed


def _redirect_target(response: httpx.Response, current: str) -> str:
    location = response.headers.get("location")
    if not location:
        raise _Failed(f"HTTP {response.status_code} redirect without a Location header", response.status_code)
    try:
        target = urljoin(current, location.strip())
        scheme = urlsplit(target).scheme.lower()
    except ValueError as exc:
        raise _Failed(f"redirect to invalid URL {location!r}: {exc}", response.status_code) from None
    if scheme not in ("http", "https"):
        raise _Failed(f"redirect to non-http URL {target} refused", response.status_code)
    return target
