"""A fast path for ordinary RSS 2.0 / 0.9x and Atom 1.0 documents: the C expat tree, read the way feedparser reads it.

feedparser drives a Python callback per element and per text chunk and costs
about half a millisecond per entry; most of ingest's CPU went there. Most feeds
are plain, well-formed documents, so this module parses them with the stdlib's
C expat (`xml.etree.ElementTree`) and extracts the few fields `monitor.parse`
keeps, in the same shapes feedparser gives them (`entries[i]["title"]`,
`["summary_detail"]["type"]`, `["guidislink"]`, ...), so that both paths share
one conversion to `ParsedFeed` and produce exactly the same result.

"Exactly" is the contract, so anything this module is not sure to read the way
feedparser does is *declined* (`extract` returns None) and the caller falls
back to feedparser: any XML error, a DOCTYPE, an encoding feedparser would
override or an HTTP charset that disagrees with the document, RSS 1.0 / RDF,
xml:base, unknown elements in feedparser's known namespaces (media:title,
itunes:summary, ...), repeated titles, ids, authors or summaries, text
elements with child elements (except Atom's plain `type="xhtml"` div), and so
on. The rules below are feedparser 6.0's (`feedparser/mixin.py` and
`namespaces/_base.py`), restricted to what they do for such documents:

* text is the element's character data, `strip()`ed, then "un-double-encoded"
  (`s.encode("latin-1").decode("utf-8")` when that works) and with C1 controls
  mapped as cp1252 (U+0080-U+009F -> euro, quotes, ...); Atom author names and
  emails skip those last two steps.
* RSS titles are plain text unless they look like HTML (feedparser's
  `looks_like_html`); RSS descriptions and content:encoded are HTML; Atom text
  constructs carry their `type` (text, html or xhtml; xhtml is re-serialized).
* a guid (or Atom id) with isPermaLink absent or "true" becomes the link when
  no link came before it, and `guidislink` records that.
* dates go through feedparser's own `_parse_date` (the two common shapes by an
  equivalent shortcut); the last published-like and the last updated-like
  element of an entry win, even when unparseable.
"""

from __future__ import annotations

import codecs
import io
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache
from typing import Any
from xml.sax.saxutils import escape

from feedparser.api import StrictFeedParser
from feedparser.datetimes import _parse_date
from feedparser.datetimes.rfc822 import timezone_names as rfc822_zones
from feedparser.encodings import RE_XML_PI_ENCODING, convert_to_utf8
from feedparser.html import _cp1252
from feedparser.mixin import _FeedParserMixin
from feedparser.urls import _urifixer as _URIFIXER
from feedparser.util import FeedParserDict

__all__ = ["FastDocument", "extract", "http_charset"]

Entry = dict[str, Any]

_ATOM_NS = "http://www.w3.org/2005/Atom"
_ATOM_FEED = "{" + _ATOM_NS + "}feed"
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_RSS_VERSIONS = frozenset({"0.91", "0.92", "0.93", "0.94"})  # and any "2.x"
_CHARSET = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9._:-]{1,40})""", re.IGNORECASE)
_FIRST_ELEMENT = re.compile(rb"<\w")
_MARKUP_DECLARATION = re.compile(rb"<!(?!--)")
_C1 = re.compile("[\x80-\x9f]")
_ENTITY_LIKE = re.compile("&([A-Za-z0-9_]+);")  # feedparser "repairs" these in links
_ASCII_SUPERSETS = frozenset({"ascii", "utf-8", "latin-1", "iso8859-1", "cp1252", "iso8859-15"})

# feedparser's namespace table (lower-cased URI -> canonical prefix, "" for RSS/Atom themselves).
_KNOWN_NS: dict[str, str] = {uri.lower(): prefix for uri, prefix in _FeedParserMixin.namespaces.items()}
_CANONICAL = frozenset(prefix.lower() for prefix in _KNOWN_NS.values() if prefix)
_REFUSED_NS = frozenset(
    {"http://purl.org/rss/1.0/", "http://my.netscape.com/rdf/simple/0.9/", "http://www.w3.org/1999/xlink"}
)  # the first two make feedparser read the document as RSS 1.0 / 0.90; xlink declarations leak into attributes
# Element names feedparser dispatches to a handler method (`_start_x` / `_end_x`), lower-cased.
_HANDLED = frozenset(
    name.split("_", 2)[2].lower() for name in dir(StrictFeedParser) if name.startswith(("_start_", "_end_"))
)
# Keys of feedparser's result that `monitor.parse` reads: an unhandled element of that name would be stored there.
_ENTRY_KEYS = frozenset(
    "title title_detail link guidislink id published_parsed updated_parsed author summary summary_detail "
    "content".split()
)
_FEED_KEYS = frozenset({"title", "title_detail", "link", "ttl"})


def _stored_as(name: str) -> str:
    """The key `FeedParserDict` stores `name` under ("description_detail" is "summary_detail", ...)."""
    key = FeedParserDict.keymap.get(name, name)
    return key[0] if isinstance(key, list) else key


# Names an element without a handler must not have: feedparser would store its text where we read.
_ENTRY_RESERVED = frozenset(n for n in {*_ENTRY_KEYS, *FeedParserDict.keymap} if _stored_as(n) in _ENTRY_KEYS)
_FEED_RESERVED = frozenset(n for n in {*_FEED_KEYS, *FeedParserDict.keymap} if _stored_as(n) in _FEED_KEYS)

# Handled elements that cannot touch any key `monitor.parse` reads, wherever they are (leaves only).
_HARMLESS_LEAVES = frozenset(
    "category keywords tags dc_subject media_category media_keywords itunes_keywords enclosure media_thumbnail "
    "media_credit media_rating media_restriction media_license media_player cloud language dc_language generator "
    "webmaster dc_publisher dc_contributor info feedburner_browserfriendly itunes_image itunes_explicit itunes_block "
    "rights copyright dc_rights subtitle tagline created dcterms_created expirationdate".split()
)
_HARMLESS_CONTAINERS = frozenset({"media_content", "media_group", "itunes_category"})
# Handled elements that only write feed-level keys we do not read (at channel / feed level only).
_FEED_LEAVES = frozenset(
    "pubdate lastbuilddate published updated issued modified dc_date dcterms_issued dcterms_modified description "
    "newlocation".split()
)
_AUTHORS = frozenset({"author", "dc_creator", "dc_author", "itunes_author", "managingeditor"})
_PUBLISHED = frozenset({"pubdate", "published", "issued", "dcterms_issued"})
_UPDATED = frozenset({"updated", "modified", "dc_date", "lastbuilddate", "dcterms_modified"})
_PERSON_PARTS = {"name": "name", "email": "email", "uri": "href", "url": "href", "homepage": "href"}
_IMAGE_PARTS = frozenset({"title", "url", "link", "width", "height", "description"})
_TEXTINPUT_PARTS = frozenset({"title", "description", "name", "link"})
_TEXT_TYPES = {
    "text": "text/plain",
    "plain": "text/plain",
    "text/plain": "text/plain",
    "html": "text/html",
    "text/html": "text/html",
    "xhtml": "application/xhtml+xml",
    "application/xhtml+xml": "application/xhtml+xml",
}
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_feedparser_looks_like_html = _FeedParserMixin.looks_like_html


def _looks_like_html(text: str) -> bool:
    """feedparser's heuristic for RSS text; it needs a close tag or an entity, so plain text is quickly not HTML."""
    return ("<" in text or "&" in text) and _feedparser_looks_like_html(text)


class _Decline(Exception):
    """Not certain to read this the way feedparser does: let feedparser do it."""


@dataclass(frozen=True, slots=True)
class FastDocument:
    """feedparser's `result.feed` and `result.entries`, reduced to the keys `monitor.parse` reads."""

    feed: Entry
    entries: list[Entry]


def extract(content: bytes, content_type: str | None = None) -> FastDocument | None:
    """Read an ordinary RSS 2.0 / 0.9x or Atom 1.0 document, or return None when feedparser must.

    The caller must already have refused hostile prologs (`feedguard.refuse_unsafe`).
    """
    try:
        return _extract(content, content_type)
    except Exception:  # _Decline, an XML error, or a case not foreseen: feedparser decides
        return None


def _extract(content: bytes, content_type: str | None) -> FastDocument:
    data = _utf8(content, content_type)
    first = _FIRST_ELEMENT.search(data)
    if first is None or _MARKUP_DECLARATION.search(data, 0, first.start()):
        raise _Decline("DOCTYPE or other markup declaration")  # feedparser rewrites those
    parser = ET.iterparse(io.BytesIO(data), events=("start-ns",))
    names = _Names([decl for _, decl in parser])
    root = parser.root  # type: ignore[attr-defined]  # documented, missing from typeshed
    if root.tag == "rss":
        return _Rss(names).document(root)
    if root.tag == _ATOM_FEED:
        return _Atom(names).document(root)
    raise _Decline("not RSS 2.0 or Atom 1.0")


def http_charset(content_type: str | None) -> str | None:
    """The charset parameter of an HTTP Content-Type, if any: the only part of it either path uses."""
    match = _CHARSET.search(content_type or "")
    return match.group(1) if match else None


def _utf8(content: bytes, content_type: str | None) -> bytes:
    """The document as feedparser hands it to expat (UTF-8, XML declaration rewritten), if it would not warn."""
    charset = http_charset(content_type)
    if charset and not _same_encoding(charset, _own_encoding(content), content):
        raise _Decline("HTTP charset disagrees with the document")
    headers = {"content-type": f"application/xml; charset={charset}"} if charset else {}
    result: dict[str, Any] = {}
    data: bytes = convert_to_utf8(headers, content, result)
    if result.get("bozo") or not result.get("encoding"):
        raise _Decline("feedparser would override the encoding")
    return data


_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))


def _own_encoding(content: bytes) -> str:
    for bom, name in _BOMS:
        if content.startswith(bom):
            return name
    declared = RE_XML_PI_ENCODING.match(content)
    return declared.group(1).decode("latin-1") if declared else "utf-8"


def _same_encoding(a: str, b: str, content: bytes) -> bool:
    try:
        a, b = codecs.lookup(a).name, codecs.lookup(b).name
    except LookupError:
        return False
    return a == b or (a in _ASCII_SUPERSETS and b in _ASCII_SUPERSETS and content.isascii())


# --- Element names the way feedparser dispatches them ---------------------------------------------------------


class _Names:
    """Maps ElementTree tags ("{uri}local") to feedparser's handler names ("dc_creator", "title", ...).

    feedparser names an element by the canonical prefix of a namespace it knows
    ("" for RSS and Atom), or else by the prefix the document declared for it;
    the declarations are checked once so that neither can be confused.
    """

    def __init__(self, declarations: list[tuple[str, str]]) -> None:
        bound: dict[str, str] = {}
        known_prefixes: list[tuple[str, str]] = []
        unknown: dict[str, list[str]] = {}
        for prefix, uri in declarations:
            lower = uri.lower()
            if lower in _REFUSED_NS or "backend.userland.com/rss" in lower:
                raise _Decline(f"namespace {uri}")
            if prefix and bound.setdefault(prefix, uri) != uri:
                raise _Decline(f"prefix {prefix} bound twice")
            canonical = _KNOWN_NS.get(lower)
            if canonical is None:
                unknown.setdefault(uri, []).append(prefix)
            elif prefix:
                known_prefixes.append((prefix, canonical))
        remapped = {prefix for prefix, _ in known_prefixes}  # feedparser's `namespacemap` keys
        for prefix, canonical in known_prefixes:
            if prefix in _CANONICAL and prefix != canonical.lower():
                raise _Decline(f"prefix {prefix} declared for another namespace")
        # An unknown namespace's elements are named "prefix_local" after a prefix declared for it, or plain
        # "local" when it was only ever the default namespace (<post-id xmlns="com-wordpress:...">).
        self._unknown: dict[str, tuple[list[str], bool] | None] = {}
        for uri, prefixes in unknown.items():
            named = [p.lower() for p in prefixes if p]
            safe = all(_safe_unknown_prefix(p, remapped) for p in named)
            self._unknown[uri] = (named, "" in prefixes) if safe else None
        self.cache: dict[str, str] = {}

    def __call__(self, tag: str) -> str:
        name = self.cache.get(tag)
        if name is None:
            name = self.cache[tag] = self._name(tag)
        return name

    def _name(self, tag: str) -> str:
        if tag[0] != "{":
            return tag.lower()
        uri, local = tag[1:].split("}", 1)
        local = local.lower()
        canonical = _KNOWN_NS.get(uri.lower())
        if canonical is not None:
            return f"{canonical.lower()}_{local}" if canonical else local
        unknown = self._unknown.get(uri)
        if unknown is None:
            raise _Decline(f"element in namespace {uri} without a safe prefix")
        prefixes, default = unknown
        candidates = [f"{p}_{local}" for p in prefixes] + ([local] if default else [])
        if any(c in _HANDLED or c in _ENTRY_RESERVED or c in _FEED_RESERVED for c in candidates):
            raise _Decline(f"element {tag} collides with a feedparser name")
        return candidates[0]


def _safe_unknown_prefix(prefix: str, remapped: set[str]) -> bool:
    """feedparser names elements of an unknown namespace "prefix_local": the prefix must not mean anything to it."""
    return prefix not in _CANONICAL and prefix not in remapped and prefix not in _HANDLER_PREFIXES


# "dc", "dc_foo", "media", ...: every "x" such that some handled name starts with "x_".
_HANDLER_PREFIXES = frozenset(name[:i] for name in _HANDLED for i, ch in enumerate(name) if ch == "_")


# --- Text the way feedparser's `pop()` leaves it ---------------------------------------------------------------


def _fix(text: str) -> str:
    """feedparser's last two steps: undo UTF-8 read as Latin-1, map C1 controls as cp1252."""
    if text.isascii():
        return text
    try:
        text = text.encode("iso-8859-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        pass
    # str.translate looks up every character in the dict: scan for the 32 C1 controls first.
    return text.translate(_cp1252) if _C1.search(text) else text


def _resolve(uri: str) -> str:
    """feedparser's `resolve_uri` with its base of "" (`_urljoin("", uri)`): "http:///x" -> "http://x", else as is."""
    match = _URIFIXER.match(uri)
    return match.group(1) + uri[match.end(2) :] if match is not None and match.end(2) > match.start(2) else uri


def _value(elem: ET.Element, *, uri: bool = False) -> str:
    """A leaf's text the way feedparser's `pop()` leaves it (`uri`: for elements it resolves as URIs)."""
    if len(elem):
        raise _Decline(f"child elements in {elem.tag}")
    text = elem.text
    if not text:
        return ""
    text = text.strip()
    if uri and text:
        text = _resolve(text)
    return text if text.isascii() else _fix(text)


# --- The formats ---------------------------------------------------------------------------------------------


def _attrs(elem: ET.Element, allowed: tuple[str, ...] = ()) -> dict[str, str]:
    """The element's attributes as feedparser's handlers see them (names lower-cased; rel and type values too).

    The elements this module interprets accept only the plain attributes in `allowed`, and xml:lang.
    """
    attrib = elem.attrib
    if not attrib:
        return attrib
    attrs: dict[str, str] = {}
    for key, value in attrib.items():
        if key == _XML_LANG:
            continue
        name = key.lower()
        if name not in allowed or name in attrs:
            raise _Decline(f"attribute {key} on {elem.tag}")
        attrs[name] = value.lower() if name in ("rel", "type") else value
    return attrs


def _no_base(elem: ET.Element) -> None:
    """xml:base (or any attribute named base) moves feedparser's base URI, and on a leaf it never moves back."""
    if elem.attrib:
        for key in elem.attrib:
            if key.rpartition("}")[2].lower() == "base":
                raise _Decline("xml:base")


def _link(elem: ET.Element, ctx: Entry, entry: bool) -> None:
    """feedparser's `_start_link`/`pop("link")`: an alternate HTML href, or the element's text."""
    attrs = _attrs(elem, ("href", "rel", "type", "title", "hreflang", "length"))
    if "href" in attrs:
        if len(elem):
            raise _Decline("link with children")
        rel = attrs.get("rel", "alternate")
        kind = attrs.get("type", "application/atom+xml" if rel == "self" else "text/html")
        if rel == "alternate" and _TEXT_TYPES.get(kind, kind) in _HTML_TYPES:
            ctx["link"] = _resolve(attrs["href"])
        return
    value = _value(elem, uri=True)
    if "&" in value:  # feedparser "repairs" what looks like an entity in a link
        if entry:
            value = value.replace("&amp;", "&")
        value = _ENTITY_LIKE.sub(r"&\g<1>", value)
    ctx["link"] = value


def _guid(elem: ET.Element, ctx: Entry) -> None:
    """feedparser's `_start_guid`/`_end_guid` (Atom's id too): a permalink guid is the link when none came first."""
    is_link = _attrs(elem, ("ispermalink",)).get("ispermalink", "true") == "true"
    value = _value(elem, uri=is_link)
    ctx["id"] = value
    if "guidislink" not in ctx:
        ctx["guidislink"] = is_link and "link" not in ctx
    if is_link and "link" not in ctx:
        ctx["link"] = value


def _date(elem: ET.Element) -> Any:
    _no_base(elem)
    value = _value(elem)
    return _parse_date_cached(value) if value else None


@lru_cache(maxsize=4096)
def _parse_date_cached(value: str) -> Any:
    """feedparser's date parser (struct_time results are immutable: a re-polled feed repeats its dates)."""
    match = _RFC822_DATE.match(value) or _W3C_DATE.match(value)
    if match is not None:
        try:
            return _canonical_date(match)
        except (ValueError, OverflowError):
            pass  # an impossible date: feedparser's other handlers get their turn
    return _parse_date(value)


# The two shapes nearly every feed uses. For these strings feedparser's handler chain ends in its RFC 822
# handler (the W3C-DTF handler, tried first, cannot read "Sat, 21 Nov 2026 ...") or its W3C-DTF handler,
# which compute `(datetime(...) - offset).utctimetuple()` as below; the equivalence is tested exhaustively.
_RFC822_DATE = re.compile(
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun), )?(\d{1,2}) (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec) (\d{4}) "
    r"(\d\d):(\d\d):(\d\d) (?:(gmt|ut|z|[ecmp][sd]t)|([+-])(\d\d)(\d\d))\Z",
    re.IGNORECASE | re.ASCII,
)
_W3C_DATE = re.compile(
    r"(\d{4})-(\d\d)-(\d\d)t(\d\d):(\d\d):(\d\d)(?:(z)|([+-])(\d\d):(\d\d))\Z", re.IGNORECASE | re.ASCII
)
_MONTHS = {name: n for n, name in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}


def _canonical_date(match: re.Match[str]) -> Any:
    if match.re is _RFC822_DATE:
        day, month, year, hour, minute, second, zone, sign, zone_h, zone_m = match.groups()
        month = _MONTHS[month.lower()]
        offset_h = rfc822_zones[zone.lower()] if zone else 0
    else:
        year, month, day, hour, minute, second, zone, sign, zone_h, zone_m = match.groups()
        offset_h = 0
    offset_m = 0
    if sign:
        offset_h, offset_m = int(zone_h), int(zone_m)
        if sign == "-":
            offset_h, offset_m = -offset_h, -offset_m
    stamp = datetime(int(year), int(month), int(day), int(hour), int(minute), int(second))
    return (stamp - timedelta(minutes=offset_m, hours=offset_h)).utctimetuple()


def _leaf(elem: ET.Element) -> None:
    _no_base(elem)
    if len(elem):
        raise _Decline(f"{elem.tag} with children")


class _Reader:
    """What RSS and Atom share: entries, links, ids, titles, authors, dates and the elements that change nothing."""

    atom = False

    def __init__(self, names: _Names) -> None:
        self.names = names

    def name(self, tag: str) -> str:
        return self.names(tag)

    def text_construct(self, elem: ET.Element, default: str) -> tuple[str, str]:
        """(value, type) of a title, summary or content, as feedparser's `push_content`/`pop` leave them."""
        if self.atom:
            kind = _TEXT_TYPES.get(_attrs(elem, ("type",)).get("type", default))
            if kind is None:
                raise _Decline(f"content type on {elem.tag}")
            if kind == "application/xhtml+xml":
                return _fix(self.xhtml(elem)), kind
        else:
            if elem.attrib:
                _attrs(elem)
            kind = _TEXT_TYPES[default]
        if len(elem):
            raise _Decline(f"child elements in {elem.tag}")
        raw = (elem.text or "").strip()
        # RSS only: a "text/plain" construct that looks like HTML is HTML (feedparser's `looks_like_html`).
        if not self.atom and kind == "text/plain" and ("<" in raw or "&" in raw) and _looks_like_html(raw):
            kind = "text/html"
        return (raw if raw.isascii() else _fix(raw)), kind

    def author(self, elem: ET.Element) -> str:
        """The `author` feedparser leaves: the text, or for Atom's parts "name (email)", "name" or "email"."""
        _no_base(elem)
        if not len(elem):
            return _value(elem)
        if (elem.text or "").strip():
            raise _Decline("author with text and children")
        detail: dict[str, str] = {}
        for child in elem:
            key = _PERSON_PARTS.get(self.name(child.tag))
            if key is None or key in detail or (child.tail or "").strip():
                raise _Decline("unusual author")
            _no_base(child)
            if len(child):
                raise _Decline("unusual author")
            detail[key] = (child.text or "").strip()  # pushed without expecting text: no further steps
        name, email = detail.get("name"), detail.get("email")
        if name and email:
            return f"{name} ({email})"
        return name or email or ""

    def xhtml(self, elem: ET.Element) -> str:
        """An Atom `type="xhtml"` construct: one xhtml div, re-serialized and unwrapped as feedparser does."""
        if len(elem) != 1 or (elem.text or "").strip() or (elem[0].tail or "").strip():
            raise _Decline("xhtml content that is not one div")
        div = elem[0]
        if self.name(div.tag) != "xhtml_div":
            raise _Decline("xhtml content that is not one div")
        _xhtml_attrs(div)
        return "".join(self._xhtml_inner(div)).strip()

    def _xhtml_inner(self, elem: ET.Element) -> list[str]:
        pieces = [escape(elem.text)] if elem.text else []
        for child in elem:
            name = self.name(child.tag)
            tag = name[6:]
            # feedparser still dispatches end tags in xhtml: </body> would end the content itself.
            if not name.startswith("xhtml_") or tag in ("svg", "math") or name in _HANDLED:
                raise _Decline(f"xhtml element {child.tag}")
            pieces.append(f"<{tag}{_xhtml_attrs(child)}>")
            pieces += self._xhtml_inner(child)
            pieces.append(f"</{tag}>")
            if child.tail:
                pieces.append(escape(child.tail))
        return pieces

    def harmless(self, elem: ET.Element, name: str, *, feed: bool) -> None:
        """Raise unless `elem` (named `name`) and everything in it leave every key we read untouched."""
        _no_base(elem)
        if name in _HARMLESS_LEAVES or (feed and name in _FEED_LEAVES):
            if len(elem):
                raise _Decline(f"{elem.tag} with children")
        elif name == "contributor" or (feed and name in _AUTHORS):
            self.author(elem)  # only checked: these write contributors / the feed's author
        elif name in _HANDLED or name in (_FEED_RESERVED if feed else _ENTRY_RESERVED):
            if name not in _HARMLESS_CONTAINERS:
                raise _Decline(f"element {elem.tag}")
            for child in elem:
                self.harmless(child, self.name(child.tag), feed=feed)
        else:  # no feedparser handler: stored under its own name, which we never read
            for child in elem:
                self.harmless(child, self.name(child.tag), feed=feed)

    def entry(self, elem: ET.Element) -> Entry:
        """One item / entry as feedparser's entry dict, reduced to the keys `monitor.parse` reads."""
        if elem.attrib:
            _attrs(elem)  # rdf:about, href and lastmod would set id, link and updated
        entry: Entry = {}
        cache = self.names.cache
        for child in elem:
            tag = child.tag
            name = cache.get(tag) or self.name(tag)
            if name == "title":
                if "title" in entry:
                    raise _Decline("several titles")
                entry["title"], kind = self.text_construct(child, "text")
                entry["title_detail"] = {"type": kind}
            elif name == "link":
                _link(child, entry, True)
            elif name == "guid" or name == "id":
                if "id" in entry:
                    raise _Decline("several ids")
                _guid(child, entry)
            elif name in _PUBLISHED:
                entry["published_parsed"] = _date(child)
            elif name in _UPDATED:
                entry["updated_parsed"] = _date(child)
            elif name in _AUTHORS:
                # Several: the last wins, unless one with parts (Atom's name/email) follows another, when
                # feedparser mixes the earlier one's email into it.
                if "author" in entry and len(child):
                    raise _Decline("an author with parts after another")
                entry["author"] = self.author(child)
            elif not self.summary(child, name, entry):
                self.harmless(child, name, feed=False)
        return entry

    def summary(self, elem: ET.Element, name: str, entry: Entry) -> bool:
        """Handle the format's summary and content elements; False for any other element."""
        raise NotImplementedError

    def feed_child(self, elem: ET.Element, name: str, feed: Entry) -> None:
        """A child of the channel (RSS) or feed (Atom) other than an entry."""
        if name == "title":
            if "title" in feed:
                raise _Decline("several feed titles")
            feed["title"], kind = self.text_construct(elem, "text")
            feed["title_detail"] = {"type": kind}
        elif name == "link":
            _link(elem, feed, False)
        elif name == "guid" or name == "id":
            _guid(elem, feed)
        elif name == "ttl":
            _no_base(elem)
            feed["ttl"] = _value(elem)
        else:
            self.harmless(elem, name, feed=True)


def _xhtml_attrs(elem: ET.Element) -> str:
    """feedparser's `strattrs` for an xhtml element's (plain) attributes."""
    out = []
    seen = set()
    for key, value in elem.attrib.items():
        name = key.lower()
        if key[0] == "{" or name in seen or name == "base":
            raise _Decline(f"attribute {key} in xhtml")
        seen.add(name)
        if name in ("rel", "type"):
            value = value.lower()
        quoted = escape(value, {'"': "&quot;"})
        out.append(f' {name}="{quoted}"')
    return "".join(out)


class _Rss(_Reader):
    def document(self, root: ET.Element) -> FastDocument:
        _no_base(root)
        version = root.get("version", "")
        if any(key not in ("version", _XML_LANG) for key in root.attrib) or not (
            version in _RSS_VERSIONS or version.startswith("2.")
        ):
            raise _Decline("not an RSS 2.0 / 0.9x root")
        if len(root) != 1 or self.name(root[0].tag) != "channel":
            raise _Decline("rss without exactly one channel")
        channel = root[0]
        if channel.attrib:
            _attrs(channel)  # href and lastmod would set the link and updated date
        feed: Entry = {}
        entries: list[Entry] = []
        for child in channel:
            name = self.name(child.tag)
            if name == "item":
                entries.append(self.entry(child))
            elif name == "image":
                self.parts(child, _IMAGE_PARTS)
            elif name == "textinput":
                self.parts(child, _TEXTINPUT_PARTS)
            else:
                self.feed_child(child, name, feed)
        return FastDocument(feed, entries)

    def parts(self, elem: ET.Element, allowed: frozenset[str]) -> None:
        """<image> and <textInput>: plain leaves feedparser files under their own keys."""
        _no_base(elem)
        for child in elem:
            if self.name(child.tag) not in allowed:  # any other element ends feedparser's "in image" state
                raise _Decline(f"{child.tag} in {elem.tag}")
            _leaf(child)

    def summary(self, elem: ET.Element, name: str, entry: Entry) -> bool:
        if name == "description":
            if "summary_detail" in entry:
                raise _Decline("several descriptions")
            if elem.attrib:
                _attrs(elem)
            entry["summary"] = _value(elem)
            entry["summary_detail"] = {"type": "text/html"}
        elif name == "content_encoded":
            if "content" in entry:
                raise _Decline("several content:encoded")
            if elem.attrib:
                _attrs(elem)
            value = _value(elem)
            entry["content"] = [{"type": "text/html", "value": value}]
            entry.setdefault("summary", value)  # without summary_detail, as feedparser's `_save`
        elif name == "source":  # resets feedparser's title depth, which matters only with several titles
            _leaf(elem)
        else:
            return False
        return True


class _Atom(_Reader):
    atom = True

    def document(self, root: ET.Element) -> FastDocument:
        _no_base(root)
        if any(key not in ("version", _XML_LANG) for key in root.attrib):
            raise _Decline("attributes on feed")
        feed: Entry = {}
        entries: list[Entry] = []
        for child in root:
            name = self.name(child.tag)
            if name == "entry":
                entries.append(self.entry(child))
            else:
                self.feed_child(child, name, feed)
        return FastDocument(feed, entries)

    def summary(self, elem: ET.Element, name: str, entry: Entry) -> bool:
        if name == "summary":
            if "summary_detail" in entry:
                raise _Decline("several summaries")
            entry["summary"], kind = self.text_construct(elem, "text")
            entry["summary_detail"] = {"type": kind}
        elif name == "content":
            if "content" in entry:
                raise _Decline("several contents")
            if "src" in elem.attrib:
                raise _Decline("out-of-line content")
            value, kind = self.text_construct(elem, "text")
            entry["content"] = [{"type": kind, "value": value}]
            entry.setdefault("summary", value)  # without summary_detail, as feedparser's `_save`
        else:
            return False
        return True
