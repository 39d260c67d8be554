"""Feed bytes -> `ParsedFeed`: plain text, UTC datetimes, http(s) links only.

feedparser does the format work (RSS 0.9x/1.0/2.0, Atom, RDF, broken XML);
ordinary well-formed RSS 2.0 and Atom 1.0 documents are read by C expat in
`monitor.fastparse` into the same fields, several times faster. Both paths go
through the same conversion below, so which one read a document never shows.
Around it this module adds what a feed reader learns the hard way: hostile
prologs are refused before any parser sees them and an HTML page is reported
with the feed links it advertises (both in `feedguard`), one bad entry never
loses the rest of the feed, and every string is cleaned for the terminal.
"""

from __future__ import annotations

import hashlib
import io
import time
from datetime import UTC, datetime
from typing import Any

import feedparser

from monitor import fastparse
from monitor.errors import FeedParseError
from monitor.feedguard import (
    PROLOG_LIMIT,
    find_feed_links,
    html_page_message,
    http_url,
    looks_like_html,
    refuse_unsafe,
)
from monitor.models import ItemData, ParsedFeed
from monitor.textclean import clean_text, html_to_text

__all__ = ["PROLOG_LIMIT", "SUMMARY_MAX_CHARS", "find_feed_links", "parse_fast", "parse_feed", "parse_with_feedparser"]

SUMMARY_MAX_CHARS = 4_000
_SUMMARY_MAX_HTML = 100_000  # HTML beyond this cannot matter for a 4,000-character summary
_GUID_MAX_CHARS = 1_000
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})


def parse_feed(content: bytes, url: str, content_type: str | None = None) -> ParsedFeed:
    """Parse one downloaded feed document; raise `FeedParseError` when it is not a usable feed.

    `url` is where the document came from: relative links are resolved against
    it and errors name it. `content_type` (the HTTP header) helps pick the
    character encoding. Ordinary RSS 2.0 and Atom 1.0 documents take the fast
    path (`monitor.fastparse`, C expat); everything else goes to feedparser, and
    both give the same `ParsedFeed` for the same document.
    """
    refuse_unsafe(content, url)
    fast = _fast(content, url, content_type)
    return fast if fast is not None else _via_feedparser(content, url, content_type)


def parse_fast(content: bytes, url: str, content_type: str | None = None) -> ParsedFeed | None:
    """The fast path alone: the `ParsedFeed` feedparser would give, or None where only feedparser can tell."""
    refuse_unsafe(content, url)
    return _fast(content, url, content_type)


def parse_with_feedparser(content: bytes, url: str, content_type: str | None = None) -> ParsedFeed:
    """The feedparser path alone (any RSS, Atom or RDF, broken XML included)."""
    refuse_unsafe(content, url)
    return _via_feedparser(content, url, content_type)


def _fast(content: bytes, url: str, content_type: str | None) -> ParsedFeed | None:
    document = fastparse.extract(content, content_type)
    if document is None:
        return None
    return _parsed_feed(document.feed, document.entries, url, "")


def _via_feedparser(content: bytes, url: str, content_type: str | None) -> ParsedFeed:
    headers = _charset_only(content_type)
    # BytesIO, never bytes or str: feedparser treats a string as a URL or a file path to open.
    result = feedparser.parse(
        io.BytesIO(content), response_headers=headers, sanitize_html=False, resolve_relative_uris=False
    )
    reason = _bozo_reason(result)
    if not result.get("version") and not result.entries:
        if looks_like_html(content, content_type):
            raise FeedParseError(url, html_page_message(content, url))
        raise FeedParseError(url, f"not a feed: {reason}" if reason else "not a feed (no RSS or Atom content)")
    return _parsed_feed(result.get("feed", {}), result.entries, url, reason)


def _parsed_feed(feed: Any, entries: Any, url: str, reason: str) -> ParsedFeed:
    """feedparser's `result.feed` and `result.entries`, or the fast path's dicts of the same keys -> ParsedFeed."""
    items: list[ItemData] = []
    skipped = 0
    for entry in entries:
        try:
            items.append(_item(entry, url))
        except Exception:  # one malformed entry must not cost the rest of the feed
            skipped += 1
    return ParsedFeed(
        title=_text_field(feed, "title") or None,
        link=http_url(feed.get("link"), url),
        items=tuple(items),
        ttl_seconds=_ttl_seconds(feed.get("ttl")),
        warnings=(reason,) if reason else (),
        skipped=skipped,
    )


def _charset_only(content_type: str | None) -> dict[str, str] | None:
    """Hand feedparser only the HTTP charset, if any.

    Servers label feeds text/html, text/plain or text/xml; feedparser takes the
    first two as "not XML" and the last (without charset) as US-ASCII, and warns
    on every poll. The one useful part of the header is an explicit charset.
    """
    charset = fastparse.http_charset(content_type)
    return {"content-type": f"application/xml; charset={charset}"} if charset else None


# --- feedparser's fields (or the fast path's identical dicts) -> plain text --------------------------------------


def _item(entry: Any, base: str) -> ItemData:
    title = _text_field(entry, "title")
    # With no <link>, feedparser copies a permalink guid there; "1234" is an id, not a relative link.
    link = http_url(entry.get("link"), None if entry.get("guidislink") else base)
    guid = clean_text(entry.get("id"))[:_GUID_MAX_CHARS]
    has_guid = bool(guid)
    published = _utc(entry.get("published_parsed"))
    updated = _utc(dict.get(entry, "updated_parsed"))  # dict.get: no feedparser fallback to published
    if not has_guid:
        guid = "h:" + hashlib.sha1(f"{link or ''}\n{title}".encode("utf-8", "surrogatepass")).hexdigest()
    return ItemData(
        guid=guid,
        url=link,
        title=title,
        summary=_summary(entry),
        # RSS 1.0 dc:date and Atom entries without <published> carry only an updated date: use it.
        published=published or updated,
        updated=updated,
        author=clean_text(entry.get("author")) or None,
        has_guid=has_guid,
    )


def _text_field(obj: Any, key: str) -> str:
    """A text construct as plain text; only fields feedparser saw as HTML go through the HTML parser."""
    value = obj.get(key)
    if not isinstance(value, str):
        return ""
    detail = obj.get(f"{key}_detail") or {}
    if detail.get("type") in _HTML_TYPES:
        return html_to_text(value)
    return clean_text(value)


def _summary(entry: Any) -> str:
    detail = entry.get("summary_detail")
    value = entry.get("summary")
    if not value:
        contents = entry.get("content") or []
        detail = contents[0] if contents else None
        value = detail.get("value") if detail else None
    if not isinstance(value, str) or not value:
        return ""
    value = value[:_SUMMARY_MAX_HTML]
    is_html = detail is None or detail.get("type") in _HTML_TYPES
    text = html_to_text(value) if is_html else clean_text(value)
    if len(text) > SUMMARY_MAX_CHARS:
        text = text[: SUMMARY_MAX_CHARS - 1].rstrip() + "…"
    return text


def _utc(value: object) -> datetime | None:
    """feedparser's `*_parsed` struct_time is already UTC; keep it so, aware."""
    if not isinstance(value, time.struct_time):
        return None
    try:
        return datetime(*value[:5], min(value.tm_sec, 59), tzinfo=UTC)
    except (ValueError, OverflowError):
        return None


def _ttl_seconds(value: object) -> int | None:
    try:
        minutes = int(str(value).strip())
    except (TypeError, ValueError):
        return None
    return minutes * 60 if 0 < minutes <= 525_600 else None  # at most a year


def _bozo_reason(result: Any) -> str:
    if not result.get("bozo"):
        return ""
    exc = result.get("bozo_exception")
    message = clean_text(str(exc)) if exc is not None else ""
    return message or (type(exc).__name__ if exc is not None else "malformed document")
