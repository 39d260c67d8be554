"""What a document must pass before feedparser sees it, and what to say when it is a web page instead.

No XML parser should ever meet an entity declaration, so hostile prologs are
refused here first, on the raw bytes, in every encoding the document could be
decoded with. A URL that turns out to be
an HTML page is the commonest "broken feed" an officer adds; naming the feeds
the page advertises turns that error into the fix.
"""

from __future__ import annotations

import codecs
import re
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

from monitor.errors import FeedParseError
from monitor.textclean import clean_text

PROLOG_LIMIT = 64 * 1024  # characters scanned for the root element; real prologs are a few hundred
HTML_ROOTS = frozenset({"html", "head", "body"})

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


def http_url(value: object, base: str | None) -> str | None:
    """An absolute http(s) URL, resolving relative ones against `base` if given; anything else is dropped.

    Shared by entry links and advertised feed links, so a `javascript:` or
    `file:` URL can reach neither the store nor the officer's browser.
    """
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


def refuse_unsafe(content: bytes, url: str) -> None:
    """Raise `FeedParseError` for entity declarations or an HTML root, before any XML parser runs."""
    if safe_root(content, url) in HTML_ROOTS:
        raise FeedParseError(url, html_page_message(content, url))


# --- The prolog: refuse entity declarations, learn the root element ------------------------------------


class _Unsafe(ValueError):
    """The prolog declares entities; the message says how."""


def safe_root(content: bytes, url: str) -> str | None:
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


def looks_like_html(content: bytes, content_type: str | None) -> bool:
    """Asked only after feedparser found no feed, to tell a web page from a broken feed in the error."""
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
    base = http_url(finder.base, url) or url
    links: list[str] = []
    for href in finder.hrefs:
        absolute = http_url(href, base)
        if absolute and absolute not in links:
            links.append(absolute)
    return links


def html_page_message(content: bytes, url: str) -> str:
    """Names at most five links: a portal page can advertise dozens, and the error must stay one line."""
    links = find_feed_links(content, url)
    if not links:
        return "this is an HTML page, not a feed, and it links to no feed"
    shown = ", ".join(links[:5]) + (f" (and {len(links) - 5} more)" if len(links) > 5 else "")
    return f"this is an HTML page, not a feed; it links to: {shown}"
