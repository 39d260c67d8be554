"""Schema checks that turn a parsed feeds.toml into models, collecting every problem rather than stopping at the first.

People fix the file by hand while the monitor runs, so one run must list all mistakes,
each at the exact key or value (found through `Locator`) and, where a typo is likely,
with a suggestion.
"""

from __future__ import annotations

import difflib
import re
from types import MappingProxyType
from typing import Any, Literal
from urllib.parse import urlsplit

from monitor.configmodels import ALERTS, ENTITY_TYPES, Config, EntityConfig, FeedConfig, Settings, WatchConfig
from monitor.durations import parse_duration
from monitor.errors import Problem
from monitor.priority import Priority
from monitor.textfold import fold
from monitor.tomlpos import Key, Locator

_TOP = ("settings", "feeds", "watches", "regions", "entities")
_SETTINGS = ("interval", "concurrency", "per_host", "timeout", "max_bytes", "user_agent")
_FEED = ("name", "url", "interval", "tags", "enabled")
_WATCH = ("name", "keywords", "regions", "entities", "exclude", "feeds", "tags", "query", "priority", "alert")
_WATCH_LISTS = ("keywords", "regions", "entities", "exclude", "feeds", "tags")
_ENTITY = ("name", "type", "aliases")
_SIZE = re.compile(r"\s*(\d+(?:\.\d+)?)\s*([kmg]i?b|b)?\s*", re.IGNORECASE)
_SIZE_UNITS = {"b": 1, "kb": 10**3, "mb": 10**6, "gb": 10**9, "kib": 2**10, "mib": 2**20, "gib": 2**30}


def _type_name(value: object) -> str:
    """TOML's names for Python values, so messages speak the language of the file."""
    names = {bool: "a boolean", int: "an integer", float: "a float", str: "a string", list: "an array", dict: "a table"}
    return names.get(type(value), "a date/time")


def _did_you_mean(word: str, choices: tuple[str, ...] | list[str]) -> str:
    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def _light_url(url: str) -> str:
    """Lower-case scheme and host, no trailing slash: enough to catch the same feed added twice."""
    parts = urlsplit(url.strip())
    return parts._replace(scheme=parts.scheme.lower(), netloc=parts.netloc.lower(), path=parts.path.rstrip("/")).geturl()


class Checker:
    """Walks the parsed document, building models and collecting every problem it can find."""

    def __init__(self, doc: dict[str, Any], locator: Locator, source: str) -> None:
        self.doc = doc
        self.loc = locator
        self.source = source
        self.problems: list[Problem] = []

    def report(self, path: Key, message: str, at: Literal["key", "value", "table"] = "value") -> None:
        line, col = self.loc.find(path, at)
        self.problems.append(Problem(self.source, line, col, message))

    def line_of(self, path: Key) -> int:
        return self.loc.find(path, "table")[0]

    def check(self) -> Config | None:
        self.unknown_keys(self.doc, (), _TOP, "at top level")
        settings = self.settings()
        feeds = self.feeds()
        watches = self.watches({feed.name for feed in feeds})
        regions = self.regions()
        entities = self.entities()
        if self.problems:
            return None
        return Config(None, settings, feeds, watches, MappingProxyType(regions), entities)

    # generic readers: each reports its own problem and returns None (or a default) on failure

    def unknown_keys(self, table: dict[str, Any], path: Key, allowed: tuple[str, ...], where: str) -> None:
        for key in table:
            if key not in allowed:
                self.report(path + (key,), f"unknown key '{key}' {where}{_did_you_mean(key, allowed)}", at="key")

    def table(self, name: str) -> dict[str, Any]:
        value = self.doc.get(name, {})
        if isinstance(value, dict):
            return value
        self.report((name,), f"{name} must be a table: write [{name}]")
        return {}

    def array_of_tables(self, name: str) -> list[tuple[int, dict[str, Any]]]:
        value = self.doc.get(name, [])
        if not isinstance(value, list):
            self.report((name,), f"{name} must be an array of tables: write [[{name}]]")
            return []
        tables = []
        for index, item in enumerate(value):
            if isinstance(item, dict):
                tables.append((index, item))
            else:
                self.report((name, index), f"each of {name} must be a table, not {_type_name(item)}")
        return tables

    def string(self, table: dict[str, Any], path: Key, key: str, where: str, required: bool = False) -> str | None:
        if key not in table:
            if required:
                self.report(path, f"missing required key '{key}' in {where}", at="table")
            return None
        value = table[key]
        if not isinstance(value, str):
            self.report(path + (key,), f"{key} must be a string, not {_type_name(value)}")
            return None
        if not value.strip():
            self.report(path + (key,), f"{key} must not be empty")
            return None
        return value

    def strings(self, table: dict[str, Any], path: Key, key: str, label: str = "") -> tuple[str, ...]:
        label = label or key
        value = table.get(key, [])
        if isinstance(value, str):
            self.report(path + (key,), f'{label} must be a list of strings (write ["{value}"])')
            return ()
        if not isinstance(value, list):
            self.report(path + (key,), f"{label} must be a list of strings, not {_type_name(value)}")
            return ()
        good = True
        for index, item in enumerate(value):
            if not isinstance(item, str):
                self.report(path + (key, index), f"{label} must be a list of strings (item {index + 1} is {_type_name(item)})")
                good = False
            elif not item.strip():
                self.report(path + (key, index), f"{label} item {index + 1} must not be empty")
                good = False
        return tuple(value) if good else ()

    def duration(self, table: dict[str, Any], path: Key, key: str) -> float | None:
        if key not in table:
            return None
        try:
            return parse_duration(table[key])
        except ValueError as exc:
            self.report(path + (key,), f"{key}: {exc}")
            return None

    def positive_int(self, table: dict[str, Any], path: Key, key: str) -> int | None:
        if key not in table:
            return None
        value = table[key]
        if isinstance(value, bool) or not isinstance(value, int):
            self.report(path + (key,), f"{key} must be an integer, not {_type_name(value)}")
            return None
        if value < 1:
            self.report(path + (key,), f"{key} must be at least 1, got {value}")
            return None
        return value

    def size(self, table: dict[str, Any], path: Key, key: str) -> int | None:
        if key not in table:
            return None
        value = table[key]
        number: float | None = None
        if isinstance(value, int) and not isinstance(value, bool):
            number = value
        elif isinstance(value, str) and (match := _SIZE.fullmatch(value)):
            number = float(match[1]) * _SIZE_UNITS[(match[2] or "b").lower()]
        if number is None:
            self.report(path + (key,), f'{key} must be a number of bytes or a size like "8MB" or "512KB", got {value!r}')
            return None
        if number < 1:
            self.report(path + (key,), f"{key} must be at least 1 byte, got {value!r}")
            return None
        return int(number)

    def choice(self, table: dict[str, Any], path: Key, key: str, choices: tuple[str, ...]) -> str | None:
        value = self.string(table, path, key, "")
        if value is None:
            return None
        if value not in choices:
            self.report(path + (key,), f"{key} must be one of {', '.join(choices)}, got {value!r}{_did_you_mean(value, choices)}")
            return None
        return value

    # the sections

    def settings(self) -> Settings:
        table, path = self.table("settings"), ("settings",)
        self.unknown_keys(table, path, _SETTINGS, "in [settings]")
        found: dict[str, Any] = {
            "interval": self.duration(table, path, "interval"),
            "concurrency": self.positive_int(table, path, "concurrency"),
            "per_host": self.positive_int(table, path, "per_host"),
            "timeout": self.duration(table, path, "timeout"),
            "max_bytes": self.size(table, path, "max_bytes"),
            "user_agent": self.string(table, path, "user_agent", "[settings]"),
        }
        return Settings(**{k: v for k, v in found.items() if v is not None})

    def feeds(self) -> tuple[FeedConfig, ...]:
        feeds: list[FeedConfig] = []
        names: dict[str, Key] = {}
        urls: dict[str, tuple[str, Key]] = {}
        for index, table in self.array_of_tables("feeds"):
            path: Key = ("feeds", index)
            self.unknown_keys(table, path, _FEED, "in [[feeds]]")
            name = self.string(table, path, "name", "[[feeds]]", required=True)
            url = self.url(table, path)
            interval = self.duration(table, path, "interval")
            tags = self.strings(table, path, "tags")
            enabled = table.get("enabled", True)
            if not isinstance(enabled, bool):
                self.report(path + ("enabled",), f"enabled must be true or false, not {_type_name(enabled)}")
            if name is not None:
                if name in names:
                    self.report(path + ("name",), f"duplicate feed name '{name}': already used at line {self.line_of(names[name])}")
                else:
                    names[name] = path
            if url is not None:
                key = _light_url(url)
                if key in urls:
                    first_name, first_path = urls[key]
                    self.report(path + ("url",), f"duplicate url: already used by feed '{first_name}' at line {self.line_of(first_path)}")
                else:
                    urls[key] = (name or "?", path)
            if name is not None and url is not None:
                feeds.append(FeedConfig(name, url, interval, tags, enabled is not False))
        return tuple(feeds)

    def url(self, table: dict[str, Any], path: Key) -> str | None:
        url = self.string(table, path, "url", "[[feeds]]", required=True)
        if url is None:
            return None
        try:
            parts = urlsplit(url.strip())
            ok = parts.scheme.lower() in ("http", "https") and bool(parts.hostname) and not any(c.isspace() for c in url.strip())
        except ValueError:
            ok = False
        if not ok:
            self.report(path + ("url",), f"url must be an http or https URL with a host, got {url!r}")
            return None
        return url.strip()

    def watches(self, feed_names: set[str]) -> tuple[WatchConfig, ...]:
        watches: list[WatchConfig] = []
        names: dict[str, Key] = {}
        for index, table in self.array_of_tables("watches"):
            path: Key = ("watches", index)
            self.unknown_keys(table, path, _WATCH, "in [[watches]]")
            name = self.string(table, path, "name", "[[watches]]", required=True)
            lists = {key: self.strings(table, path, key) for key in _WATCH_LISTS}
            query = self.string(table, path, "query", "[[watches]]")
            priority = Priority.ROUTINE
            if (raw := self.string(table, path, "priority", "[[watches]]")) is not None:
                try:
                    priority = Priority.parse(raw)
                except ValueError as exc:
                    self.report(path + ("priority",), str(exc))
            alert = self.choice(table, path, "alert", ALERTS) or "bell"
            if name is not None:
                if name in names:
                    self.report(path + ("name",), f"duplicate watch name '{name}': already used at line {self.line_of(names[name])}")
                else:
                    names[name] = path
            if not any(key in table for key in ("keywords", "regions", "entities", "query")):
                label = f"watch '{name}'" if name else "watch"
                self.report(path, f"{label} matches nothing: give at least one of keywords, regions, entities or query", at="table")
            for n, feed in enumerate(lists["feeds"]):
                if feed not in feed_names:
                    self.report(path + ("feeds", n), f"unknown feed '{feed}'{_did_you_mean(feed, sorted(feed_names))}")
            if name is not None:
                watches.append(WatchConfig(name, query=query, priority=priority, alert=alert, line=self.line_of(path), **lists))
        return tuple(watches)

    def regions(self) -> dict[str, tuple[str, ...]]:
        regions: dict[str, tuple[str, ...]] = {}
        table = self.table("regions")
        for name in table:
            if not name.strip():
                self.report(("regions", name), "region name must not be empty", at="key")
                continue
            members = self.strings(table, ("regions",), name, label=f"region '{name}'")
            if table[name] == []:
                self.report(("regions", name), f"region '{name}' has no members")
            if members:
                regions[name] = members
        self.region_cycles(regions)
        return regions

    def region_cycles(self, regions: dict[str, tuple[str, ...]]) -> None:
        """A custom region that contains itself (through others) would never finish rolling up."""
        by_fold = {fold(name): name for name in regions}
        for start in regions:
            seen, todo = set(), [start]
            while todo:
                current = todo.pop()
                for member in regions.get(current, ()):
                    target = by_fold.get(fold(member))
                    if target == start:
                        self.report(("regions", start), f"region '{start}' contains itself (through '{current}')", at="key")
                        todo = []
                        break
                    if target is not None and target not in seen:
                        seen.add(target)
                        todo.append(target)

    def entities(self) -> tuple[EntityConfig, ...]:
        entities: list[EntityConfig] = []
        names: dict[str, Key] = {}
        for index, table in self.array_of_tables("entities"):
            path: Key = ("entities", index)
            self.unknown_keys(table, path, _ENTITY, "in [[entities]]")
            name = self.string(table, path, "name", "[[entities]]", required=True)
            kind = self.choice(table, path, "type", ENTITY_TYPES)
            aliases = self.strings(table, path, "aliases")
            if name is None:
                continue
            if fold(name) in names:
                self.report(path + ("name",), f"duplicate entity name '{name}': already used at line {self.line_of(names[fold(name)])}")
                continue
            names[fold(name)] = path
            entities.append(EntityConfig(name, kind or "org", aliases))
        return tuple(entities)
