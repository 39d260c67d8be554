"""Sentences for what went wrong, and the one header (Retry-After) that needs real parsing.

A watch officer reads these in the feed health view, so they name the cause
("connection refused", "could not resolve host x") rather than an exception class.
"""

from __future__ import annotations

import errno
import socket
import ssl
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import httpx


def parse_retry_after(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds to wait, from delta-seconds ("120") or an HTTP-date; None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def parse_freshness(headers: httpx.Headers, *, now: datetime | None = None) -> float | None:
    """How long the server says its answer stays fresh: Cache-Control max-age, else Expires.

    A polite poller waits at least that long; `no-cache`/`no-store` say nothing
    about when to come back, so they give None (our own interval applies).
    """
    control = headers.get("cache-control", "")
    for part in control.split(","):
        name, _, value = part.strip().partition("=")
        if name.lower() in ("max-age", "s-maxage") and value.strip().strip('"').isdigit():
            return float(value.strip().strip('"'))
    expires = headers.get("expires")
    if not expires:
        return None
    try:
        when = parsedate_to_datetime(expires)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None  # "Expires: 0" and other junk mean "already stale"
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def format_bytes(n: int) -> str:
    """8_000_000 -> "8 MB", 100_000 -> "100 kB", as people write limits."""
    if n >= 1_000_000:
        return f"{n / 1_000_000:g} MB"
    if n >= 1_000:
        return f"{n / 1_000:g} kB"
    return f"{n} bytes"


def describe_error(exc: BaseException) -> str:
    """One sentence for an exception raised while talking to a server."""
    cause = _root_os_error(exc)
    if isinstance(cause, socket.gaierror):
        return "could not resolve host" + _host_suffix(exc)
    if isinstance(cause, ConnectionRefusedError) or (cause is not None and cause.errno == errno.ECONNREFUSED):
        return "connection refused"
    if isinstance(cause, ConnectionResetError):
        return "connection reset by the server"
    if isinstance(cause, ssl.SSLError):
        return f"TLS error: {cause.reason or cause}"
    text = str(exc).strip()
    if isinstance(exc, httpx.ConnectError):
        if "refused" in text.lower():
            return "connection refused"
        if "name or service not known" in text.lower() or "nodename nor servname" in text.lower():
            return "could not resolve host" + _host_suffix(exc)
        return f"could not connect: {text or type(exc).__name__}"
    if isinstance(exc, httpx.RemoteProtocolError):
        return f"server broke the HTTP protocol: {text or 'connection closed early'}"
    if isinstance(exc, httpx.ReadError):
        return f"connection lost while reading: {text or type(exc).__name__}"
    if isinstance(exc, (httpx.UnsupportedProtocol, httpx.InvalidURL)):
        return f"invalid URL: {text}"
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _root_os_error(exc: BaseException) -> OSError | None:
    """The deepest OSError in the chain: httpx wraps "All connection attempts failed" around the real cause."""
    seen: set[int] = set()
    found: OSError | None = None
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, OSError):
            found = current
        current = current.__cause__ or current.__context__
    return found


def _host_suffix(exc: BaseException) -> str:
    request = getattr(exc, "_request", None)
    return f" {request.url.host}" if request is not None else ""
