"""OPML in and out: subscription lists from other feed readers, and ours for them.

Readers disagree on shape. newsboat (`newsboat -e`) writes OPML 1.0, a flat
list with `title` but no `text`; Miniflux and FreshRSS write OPML 2.0 with one
level of category folders (`<outline text="News">` around the feeds), Miniflux
with both `title` and `text`, FreshRSS with `text` and its own namespaced
attributes. So: any outline with `xmlUrl` is a feed, named by `title`, else
`text`; every enclosing outline without one is a folder whose name becomes a
tag (except the catch-alls "All" and "Uncategorized"); OPML 2.0's
`category="/a/b,/c"` adds its path parts as tags too. Outlines of other types
(FreshRSS's web-scraping "HTML+XPath" sources) are skipped, with the reason.

An OPML file comes from elsewhere, so it is parsed as hostile: expat with no
DOCTYPE at all (OPML never needs one) and no entity declarations, read from
a size-capped file.
"""

from __future__ import annotations

import re
import xml.parsers.expat
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import quoteattr

from monitor.configmodels import Config
from monitor.configwrite import NewFeed, Skipped, suggest_name, url_key
from monitor.errors import ConfigError, Problem
from monitor.feedguard import http_url
from monitor.textclean import clean_text

__all__ = ["OpmlFeed", "export_opml", "parse_opml", "plan_import", "read_opml"]

MAX_OPML_BYTES = 10_000_000
FEED_TYPES = frozenset({"rss", "atom", "rdf", ""})
DEFAULT_FOLDERS = frozenset({"all", "uncategorized", "uncategorised"})  # Miniflux's and FreshRSS's catch-alls
_TAG = re.compile(r"[^\w.+-]+")


@dataclass(frozen=True, slots=True)
class OpmlFeed:
    """One subscription found in an OPML file."""

    url: str
    title: str | None
    tags: tuple[str, ...] = ()
    kind: str = "rss"  # the outline's `type`; FreshRSS also exports web-scraping sources ("HTML+XPath")

    @property
    def is_feed(self) -> bool:
        return self.kind.lower() in FEED_TYPES


class _Refused(Exception):
    pass


def read_opml(path: Path | str) -> list[OpmlFeed]:
    """The feeds in an OPML file; ConfigError (PATH:LINE:COL) when it is unreadable or not OPML."""
    path = Path(path)
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_OPML_BYTES + 1)
    except OSError as exc:
        raise ConfigError([Problem(str(path), 1, 1, f"cannot read OPML file: {exc.strerror or exc}")]) from None
    if len(data) > MAX_OPML_BYTES:
        raise ConfigError([Problem(str(path), 1, 1, f"OPML file larger than {MAX_OPML_BYTES // 1_000_000} MB")])
    return parse_opml(data, str(path))


def parse_opml(data: bytes, source: str = "opml") -> list[OpmlFeed]:
    """Feeds in document order, folders flattened into tags; `source` names the file in problems."""
    feeds: list[OpmlFeed] = []
    folders: list[str | None] = []  # one entry per open <outline>: its folder name, or None for a feed
    root: list[str] = []
    parser = xml.parsers.expat.ParserCreate()
    parser.SetParamEntityParsing(xml.parsers.expat.XML_PARAM_ENTITY_PARSING_NEVER)

    def refuse(*_args: object) -> None:
        raise _Refused("DOCTYPE and entity declarations are not allowed in OPML")

    def start(name: str, attrs: dict[str, str]) -> None:
        if not root:
            root.append(name)
            if name.lower() != "opml":
                raise _Refused(f"not an OPML file (the root element is <{name}>)")
        if name != "outline":
            return
        url = attrs.get("xmlUrl") or attrs.get("xmlurl") or attrs.get("url")
        if not url:
            folder = clean_text(attrs.get("text") or attrs.get("title") or "")
            folders.append(folder or None)
            return
        folders.append(None)
        title = clean_text(attrs.get("title") or attrs.get("text") or "") or None
        tags = [f for f in folders if f] + _categories(attrs.get("category", ""))
        absolute = http_url(url, None)
        if absolute is not None:
            feeds.append(OpmlFeed(absolute, title, _tags(tags), attrs.get("type", "rss")))

    def end(name: str) -> None:
        if name == "outline" and folders:
            folders.pop()

    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    try:
        parser.Parse(data, True)
    except _Refused as exc:
        where = (parser.CurrentLineNumber, parser.CurrentColumnNumber + 1)
        raise ConfigError([Problem(source, *where, str(exc))]) from None
    except xml.parsers.expat.ExpatError as exc:
        message = xml.parsers.expat.ErrorString(exc.code)
        raise ConfigError([Problem(source, exc.lineno, exc.offset + 1, f"not valid XML: {message}")]) from None
    if not root:
        raise ConfigError([Problem(source, 1, 1, "not an OPML file (empty)")])
    return feeds


def _categories(value: str) -> list[str]:
    """OPML 2.0: comma-separated, slash-delimited category paths ("/News/Latam,/Tech")."""
    return [part for path in value.split(",") for part in path.split("/") if part.strip()]


def _tags(names: Iterable[str]) -> tuple[str, ...]:
    """Folder names as tags watches and queries can use: lower case, no spaces, no repeats."""
    tags: list[str] = []
    for name in names:
        tag = _TAG.sub("-", name.strip().lower()).strip("-")
        if tag and tag not in tags and tag not in DEFAULT_FOLDERS:
            tags.append(tag)
    return tuple(tags)


def plan_import(found: Iterable[OpmlFeed], config: Config) -> tuple[list[NewFeed], list[Skipped]]:
    """What to add (with unique names) and what to skip: URLs already configured or repeated in the file."""
    taken = {f.name for f in config.feeds}
    owners = {url_key(f.url): f"already present as feed '{f.name}'" for f in config.feeds}
    new: list[NewFeed] = []
    skipped: list[Skipped] = []
    for feed in found:
        name = suggest_name(feed.title, feed.url, taken)
        entry = NewFeed(name, feed.url, feed.tags)
        key = url_key(feed.url)
        if not feed.is_feed:
            skipped.append(Skipped(entry, f"not an RSS or Atom feed (type {feed.kind})"))
            continue
        if key in owners:
            skipped.append(Skipped(entry, owners[key]))
            continue
        owners[key] = f"repeated in the OPML file (added as '{name}')"
        taken.add(name)
        new.append(entry)
    return new, skipped


def export_opml(config: Config, title: str = "monitor feeds") -> str:
    """OPML 2.0: each feed in a folder named for its first tag, every tag also in `category`."""
    folders: dict[str, list[str]] = {}
    loose: list[str] = []
    for feed in config.feeds:
        attrs = f"type=\"rss\" text={quoteattr(feed.name)} title={quoteattr(feed.name)} xmlUrl={quoteattr(feed.url)}"
        if feed.tags:
            attrs += f" category={quoteattr(','.join('/' + t for t in feed.tags))}"
            folders.setdefault(feed.tags[0], []).append(f"      <outline {attrs}/>")
        else:
            loose.append(f"    <outline {attrs}/>")
    body: list[str] = []
    for tag, lines in folders.items():
        body += [f"    <outline text={quoteattr(tag)} title={quoteattr(tag)}>", *lines, "    </outline>"]
    body += loose
    return "\n".join([
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<opml version="2.0">',
        "  <head>",
        f"    <title>{_escape(title)}</title>",
        f"    <dateCreated>{format_datetime(datetime.now(UTC), usegmt=True)}</dateCreated>",
        "  </head>",
        "  <body>",
        *body,
        "  </body>",
        "</opml>",
        "",
    ])


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
