"""Add and remove feeds.toml entries without disturbing a byte of the rest of the file.

The file belongs to the people who maintain it: their comments, blank lines and
order must survive every edit the program makes. tomlkit renders the new entry
(quoting and escaping right), but the entry is spliced into the text
(`configsplice`) rather than through tomlkit's document tree, because tomlkit
files the comments *above* a table under the table before it: appending a
`[[feeds]]` through the tree lands it after the comment that introduces
`[[watches]]`, and deleting a feed deletes the comment that introduces the next
one. Splicing keeps the rest of the file identical by construction; the result
is then parsed and compared with the data expected, so a splice that went
wrong is never written.

Every edit is checked like a reload would check it (`validate.load_checked`),
on a temporary file in the same directory, and only then moved over the
original with `os.replace`: a reader (the running monitor) sees the old file
or the new one, never half of one, and an edit that would make the file invalid
is refused with the problems. The original's permissions are kept; a symlinked
feeds.toml stays a symlink (its target is replaced).
"""

from __future__ import annotations

import copy
import os
import re
import tempfile
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from monitor.config import empty_config
from monitor.configmodels import FeedConfig
from monitor.configsplice import SpliceError, append_entry, remove_entry
from monitor.dedup import canonical_url
from monitor.errors import ConfigError, Problem
from monitor.priority import Priority
from monitor.textfold import fold
from monitor.tomlpos import Locator
from monitor.validate import load_checked

__all__ = ["NewFeed", "Skipped", "add_feed", "add_feeds", "add_watch", "remove_feed", "suggest_name", "url_key"]

_SLUG = re.compile(r"[^a-z0-9]+")
_BY_HAND = "cannot edit this file safely (is the section written inline?); please edit it by hand"


@dataclass(frozen=True, slots=True)
class NewFeed:
    """A feed to add; `interval` is written as given ("5m"), None leaves the settings' interval."""

    name: str
    url: str
    tags: tuple[str, ...] = ()
    interval: str | None = None


@dataclass(frozen=True, slots=True)
class Skipped:
    """A feed `add_feeds` left out, and why ("already present as feed 'x'")."""

    feed: NewFeed
    reason: str


def url_key(url: str) -> str:
    """When two feed URLs are the same feed: `canonical_url`, and (as the config check does) no trailing "/"."""
    parts = urlsplit(canonical_url(url))
    return parts._replace(path=parts.path.rstrip("/")).geturl()


def suggest_name(title: str | None, url: str, taken: set[str] | frozenset[str] = frozenset()) -> str:
    """A short, unique, ASCII name: from the title, else the URL's host; "-2", "-3"... if taken."""
    base = _SLUG.sub("-", fold(title or "")).strip("-")[:40].strip("-")
    if not base:
        try:
            host = (urlsplit(url.strip()).hostname or "").removeprefix("www.")
        except ValueError:
            host = ""
        base = _SLUG.sub("-", host).strip("-") or "feed"
    name, n = base, 2
    while name in taken:
        name, n = f"{base}-{n}", n + 1
    return name


def add_feed(path: Path | str, name: str, url: str, tags: Sequence[str] = (), interval: str | None = None) -> None:
    """Append one `[[feeds]]` entry; refused (ConfigError) if its name or canonical URL is already there."""
    add_feeds(path, [NewFeed(name, url, tuple(tags), interval)])


def add_feeds(path: Path | str, feeds: Sequence[NewFeed], *, skip_duplicates: bool = False) -> list[Skipped]:
    """Append several feeds in one write; duplicates are refused, or skipped and returned."""
    doc = _Document(Path(path))
    skipped: list[Skipped] = []
    names: dict[str, int | str] = {f.name: i for i, f in enumerate(doc.config.feeds)}
    urls: dict[str, int | str] = {url_key(f.url): i for i, f in enumerate(doc.config.feeds)}
    text = doc.text
    for feed in feeds:
        clash = doc.duplicate(feed, names, urls)
        if clash is not None:
            if not skip_duplicates:
                raise ConfigError([clash])
            skipped.append(Skipped(feed, clash.message))
            continue
        names[feed.name] = urls[url_key(feed.url)] = feed.name  # added in this call: no line to point at
        entry: dict[str, Any] = {"name": feed.name, "url": feed.url}
        if feed.interval is not None:
            entry["interval"] = feed.interval
        if feed.tags:
            entry["tags"] = list(feed.tags)
        text = doc.append(text, "feeds", entry)
    if text != doc.text:
        doc.write(text)
    return skipped


def remove_feed(path: Path | str, name: str) -> FeedConfig:
    """Remove the named feed's entry (header to last key); comments around it stay. Returns the feed."""
    doc = _Document(Path(path))
    feed = doc.config.feed_by_name(name)
    if feed is None:
        known = ", ".join(f.name for f in doc.config.feeds) or "none"
        raise ConfigError([Problem(str(doc.path), 1, 1, f"no feed named '{name}' (feeds: {known})")])
    users = [w for w in doc.config.watches if name in w.feeds]
    if users:
        line, col = doc.locator.find(("watches", doc.config.watches.index(users[0]), "feeds"))
        message = f"feed '{name}' is named by watch '{users[0].name}': remove it from the watch first"
        raise ConfigError([Problem(str(doc.path), line, col, message)])
    index = next(i for i, f in enumerate(doc.data["feeds"]) if f.get("name") == name)
    doc.write(doc.remove(doc.text, "feeds", index))
    return feed


def add_watch(
    path: Path | str,
    name: str,
    keywords: Sequence[str] = (),
    regions: Sequence[str] = (),
    entities: Sequence[str] = (),
    priority: Priority | str | None = None,
) -> None:
    """Append one `[[watches]]` entry (the TUI's "watch these entities"); refused if the name is taken."""
    doc = _Document(Path(path))
    for index, watch in enumerate(doc.config.watches):
        if watch.name == name:
            line, col = doc.locator.find(("watches", index, "name"))
            raise ConfigError([Problem(str(doc.path), line, col, f"a watch named '{name}' already exists")])
    entry: dict[str, Any] = {"name": name}
    for key, values in (("keywords", keywords), ("regions", regions), ("entities", entities)):
        if values:
            entry[key] = list(values)
    if priority is not None:
        entry["priority"] = priority.name.lower() if isinstance(priority, Priority) else str(priority)
    doc.write(doc.append(doc.text, "watches", entry))


class _Document:
    """The file as it is now: text, parsed data, positions, and the validated config."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.target = path.resolve() if path.is_symlink() else path
        if not self.target.exists():
            self.raw, self.text, self.data = b"", "", {}
            self.config = replace(empty_config(), path=path)
        else:
            self.config = load_checked(path)  # an invalid file is refused with its own problems
            self.raw = self.target.read_bytes()
            self.text = self.raw.decode("utf-8-sig")
            self.data = tomllib.loads(self.text)
        # Windows line endings throughout: edit with "\n", write "\r\n" back (mixed files are left as they are)
        self.crlf = b"\r\n" in self.raw and self.raw.count(b"\r\n") == self.raw.count(b"\n")
        if self.crlf:
            self.text = self.text.replace("\r\n", "\n")
        self.locator = Locator(self.text)
        self.expected = copy.deepcopy(self.data)

    def duplicate(self, feed: NewFeed, names: dict[str, int | str], urls: dict[str, int | str]) -> Problem | None:
        """A Problem at the existing feed's name or url when `feed` repeats one (None when it is new)."""
        if feed.name in names:
            return self._problem(names[feed.name], "name", f"a feed named '{feed.name}' already exists")
        owner = urls.get(url_key(feed.url))
        if owner is None:
            return None
        name = self.config.feeds[owner].name if isinstance(owner, int) else owner
        return self._problem(owner, "url", f"{feed.url} is already present as feed '{name}'")

    def _problem(self, owner: int | str, key: str, message: str) -> Problem:
        line, col = self.locator.find(("feeds", owner, key)) if isinstance(owner, int) else (1, 1)
        return Problem(str(self.path), line, col, message)

    def append(self, text: str, section: str, entry: dict[str, Any]) -> str:
        self.expected.setdefault(section, []).append(entry)
        return append_entry(text, section, entry)

    def remove(self, text: str, section: str, index: int) -> str:
        del self.expected[section][index]
        if not self.expected[section]:
            del self.expected[section]
        try:
            return remove_entry(text, section, index)
        except SpliceError:
            raise ConfigError([Problem(str(self.path), 1, 1, _BY_HAND)]) from None

    def write(self, text: str) -> None:
        try:
            same = tomllib.loads(text) == self.expected
        except tomllib.TOMLDecodeError:
            same = False
        if not same:
            raise ConfigError([Problem(str(self.path), 1, 1, _BY_HAND)])
        data = text.replace("\n", "\r\n") if self.crlf else text
        raw = (b"\xef\xbb\xbf" if self.raw.startswith(b"\xef\xbb\xbf") else b"") + data.encode("utf-8")
        _replace_checked(self.path, self.target, raw)


def _replace_checked(path: Path, target: Path, raw: bytes) -> None:
    """Write `raw` next to `target`, validate it as the monitor would, then atomically move it in place."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(raw)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, target.stat().st_mode & 0o7777 if target.exists() else 0o644)
        try:
            load_checked(tmp)
        except ConfigError as exc:
            prefix = "the edit would make the file invalid: "
            raise ConfigError([Problem(str(path), p.line, p.col, prefix + p.message) for p in exc.problems]) from None
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
