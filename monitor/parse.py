"""Feed bytes -> `ParsedFeed`: plain text, UTC datetimes, http(s) links only.

feedparser does the format work (RSS 0.9x/1.0/2.0, Atom, RDF, broken XML).
Around it this module adds what a feed reader learns the hard way: hostile
prologs are refused before any parser sees them, an HTML page is reported with
the feed links it advertises, one bad entry never loses the rest of the feed,
and every string is cleaned for the terminal.
"""

from __future__ import annotations

import codecs
import hashlib
import io
import re
import time
from datetime import UTC, datetime
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urljoin, urlsplit

import feedparser

from monitor.errors import FeedParseError
from monitor.models import ItemData, ParsedFeed
from monitor.textclean import clean_text, html_to_text

SUMMARY_MAX_CHARS = 4_000
_SUMMARY_MAX_HTML = 100_000  # HTML beyond this cannot matter for a 4,000-character summary
_GUID_MAX_CHARS = 1_000
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_HTML_ROOTS = frozenset({"html", "head", "body"})
_CHARSET = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9._:-]{1,40})""", re.IGNORECASE)


def parse_feed(content: bytes, url: str, content_type: str | None = None) -> ParsedFeed:
    """Parse one downloaded feed document; raise `FeedParseError` when it is not a usable feed.

    `url` is where the document came from: relative links are resolved against
    it and errors name it. `content_type` (the HTTP header) helps feedparser
    pick the character encoding.
    """
    root = _safe_root(content, url)
    if root in _HTML_ROOTS:
        raise FeedParseError(url, _html_page_message(content, url))
    headers = _charset_only(content_type)
    # BytesIO, never bytes or str: feedparser treats a string as a URL or a file path to open.
    result = feedparser.parse(
        io.BytesIO(content), response_headers=headers, sanitize_html=False, resolve_relative_uris=False
    )
    reason = _bozo_reason(result)
    if not result.get("version") and not result.entries:
        if _looks_like_html(content, content_type):
            raise FeedParseError(url, _html_page_message(content, url))
        raise FeedParseError(url, f"not a feed: {reason}" if reason else "not a feed (no RSS or Atom content)")
    items: list[ItemData] = []
    skipped = 0
    for entry in result.entries:
        try:
            items.append(_item(entry, url))
        except Exception:  # one malformed entry must not cost the rest of the feed
            skipped += 1
    feed = result.get("feed", {})
    return ParsedFeed(
        title=_text_field(feed, "title") or None,
        link=_http_url(feed.get("link"), url),
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
    match = _CHARSET.search(content_type or "")
    return {"content-type": f"application/xml; charset={match.group(1)}"} if match else None


def _item(entry: Any, base: str) -> ItemData:
    title = _text_field(entry, "title")
    # With no <link>, feedparser copies a permalink guid there; "1234" is an id, not a relative link.
    link = _http_url(entry.get("link"), None if entry.get("guidislink") else base)
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


def _http_url(value: object, base: str | None) -> str | None:
    """An absolute http(s) URL, resolving relative ones against `base` if given; anything else is dropped."""
    if not isinstance(value, str):
        return None
    value = clean_text(value)
    if not value or " " in value:
        return None
    try:
        absolute = urljoin(base, value) if base else value
        parts = urlsplit(absolute)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return absolute


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


# --- The prolog: refuse entity declarations, learn the root element ------------------------------------

PROLOG_LIMIT = 64 * 1024  # characters scanned for the root element; real prologs are a few hundred

_ENCODING_DECL = re.compile(r"""<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]{1,40})["']""")
_NAME_START = re.compile(r"[A-Za-z_:\u0080-\uffff]")
_NAME = re.compile(r"[^\s/>]+")
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_NUL_PATTERNS = (
    (b"<\x00\x00\x00", "utf-32-le"),
    (b"\x00\x00\x00<", "utf-32-be"),
    (b"<\x00", "utf-16-le"),
    (b"\x00<", "utf-16-be"),
)


class _Unsafe(ValueError):
    """The prolog declares entities; the message says how."""


def _safe_root(content: bytes, url: str) -> str | None:
    """Return the root element's name (lower-case), refusing entity declarations before any parser runs.

    Entities are how a few hundred bytes become gigabytes (billion laughs) or a
    parser is talked into reading local files (XXE); feeds never need them. The
    prolog is read in every encoding the document could be decoded with (BOM,
    NUL pattern, declared encoding, Latin-1), so declaring UTF-7 or UTF-16
    cannot hide a DOCTYPE from this check.
    """
    head = content[: PROLOG_LIMIT * 4]
    root: str | None = None
    try:
        for text in _decodings(head):
            found = _scan_prolog(text[:PROLOG_LIMIT])
            root = root or found
    except _Unsafe as exc:
        raise FeedParseError(url, f"refused: {exc}") from None
    if root is None and len(head) > PROLOG_LIMIT and b"<" in head[:PROLOG_LIMIT]:
        raise FeedParseError(url, f"refused: no root element in the first {PROLOG_LIMIT // 1024} KB")
    return root


def _decodings(head: bytes) -> list[str]:
    latin = head.decode("latin-1")
    names = [name for bom, name in _BOMS if head.startswith(bom)][:1]
    names += [name for pattern, name in _NUL_PATTERNS if head.startswith(pattern)][:1]
    declared = _ENCODING_DECL.search(latin[:1024])
    if declared:
        names.append(declared.group(1))
    texts = [latin]
    for name in names:
        try:
            texts.append(head.decode(name, errors="replace"))
        except (LookupError, ValueError):
            continue
    return texts


def _scan_prolog(text: str) -> str | None:
    """Walk the markup before the root; return the root's name, or None if the text ends first."""
    i = 0
    while True:
        j = text.find("<", i)
        if j < 0 or j + 1 >= len(text):
            return None
        nxt = text[j + 1]
        if nxt == "?":
            end = text.find("?>", j + 2)
            i = end + 2 if end >= 0 else len(text)
        elif text.startswith("<!--", j):
            end = text.find("-->", j + 4)
            i = end + 3 if end >= 0 else len(text)
        elif nxt == "!":
            keyword = text[j + 2 : j + 9].upper()
            if keyword.startswith("ENTITY"):
                raise _Unsafe("entity declarations (<!ENTITY) are not allowed")
            i = _skip_doctype(text, j + 9) if keyword == "DOCTYPE" else j + 2
        elif _NAME_START.match(nxt):
            name = _NAME.match(text, j + 1)
            return name.group(0).casefold() if name else None
        else:
            i = j + 1


def _skip_doctype(text: str, i: int) -> int:
    """Return the index after the DOCTYPE's `>`, raising if an internal subset `[` comes first."""
    quote: str | None = None
    for k in range(i, len(text)):
        ch = text[k]
        if quote:
            if ch == quote:
                quote = None
        elif ch in "\"'":
            quote = ch
        elif ch == "[":
            raise _Unsafe("DOCTYPE with an internal subset (entity declarations) is not allowed")
        elif ch == ">":
            return k + 1
    return len(text)


# --- HTML pages: say which feeds they link to --------------------------------------------------------

_FEED_LINK_TYPES = frozenset({"application/rss+xml", "application/atom+xml", "application/rdf+xml"})
_HTML_SCAN_LIMIT = 512 * 1024
_HTML_SNIFF = re.compile(rb"<(?:!doctype\s+html|html|head|body)[\s>]", re.IGNORECASE)


class _FeedLinkFinder(HTMLParser):
    """Collects `<link rel="alternate" type="application/rss+xml" href>` targets (and `<base href>`)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.base: str | None = None
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: (v or "") for k, v in attrs}
        if tag == "base" and self.base is None and values.get("href"):
            self.base = values["href"]
        elif tag == "link" and values.get("href"):
            rels = values.get("rel", "").lower().split()
            kind = values.get("type", "").lower().split(";")[0].strip()
            if "alternate" in rels and kind in _FEED_LINK_TYPES:
                self.hrefs.append(values["href"])


def _looks_like_html(content: bytes, content_type: str | None) -> bool:
    if content_type and content_type.split(";")[0].strip().lower() in ("text/html", "application/xhtml+xml"):
        return True
    return _HTML_SNIFF.search(content[:4096]) is not None


def find_feed_links(content: bytes, url: str) -> list[str]:
    """The feeds an HTML page advertises, as absolute http(s) URLs, in page order without repeats."""
    finder = _FeedLinkFinder()
    try:
        finder.feed(content[:_HTML_SCAN_LIMIT].decode("utf-8", errors="replace"))
        finder.close()
    except Exception:  # a garbled page just yields the links found so far
        pass
    base = _http_url(finder.base, url) or url
    links: list[str] = []
    for href in finder.hrefs:
        absolute = _http_url(href, base)
        if absolute and absolute not in links:
            links.append(absolute)
    return links


def _html_page_message(content: bytes, url: str) -> str:
    links = find_feed_links(content, url)
    if not links:
        return "this is an HTML page, not a feed, and it links to no feed"
    shown = ", ".join(links[:5]) + (f" (and {len(links) - 5} more)" if len(links) > 5 else "")
    return f"this is an HTML page, not a feed; it links to: {shown}"
