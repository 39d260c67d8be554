"""feeds.toml -> validated, frozen configuration, with every problem at its file:line:col.

People edit this file by hand while the monitor runs, so a mistake must be
reported all at once (not one per run) and point at the exact key or value.
The work is split so each part stays small: `tomlpos` learns where things are
(tomllib gives no positions), `configcheck` decides what is allowed, and
`configmodels` holds the frozen results; this module is the public face.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import replace
from pathlib import Path

from platformdirs import user_config_dir

from monitor.configcheck import Checker
from monitor.configmodels import ALERTS, ENTITY_TYPES, Config, EntityConfig, FeedConfig, Settings, WatchConfig
from monitor.errors import ConfigError, Problem
from monitor.tomlpos import Locator

__all__ = [
    "ALERTS",
    "ENTITY_TYPES",
    "Config",
    "EntityConfig",
    "FeedConfig",
    "Settings",
    "WatchConfig",
    "check_config",
    "default_config_path",
    "empty_config",
    "load_config",
    "parse_config",
]


def empty_config() -> Config:
    return Config(path=None, settings=Settings(), feeds=(), watches=())


def default_config_path() -> Path:
    """./feeds.toml when present (a project-local setup wins), else the user config dir."""
    local = Path("feeds.toml")
    if local.is_file():
        return local
    return Path(user_config_dir("monitor")) / "feeds.toml"


def load_config(path: Path) -> Config:
    """Read and validate a file; any problem, including a missing file, raises ConfigError."""
    source = str(path)
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise ConfigError([Problem(source, 1, 1, "config file not found")]) from None
    except OSError as exc:
        raise ConfigError([Problem(source, 1, 1, f"cannot read config file: {exc.strerror or exc}")]) from None
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        col = len(data[data.rfind(b"\n", 0, exc.start) + 1 : exc.start].decode("utf-8", "replace")) + 1
        raise ConfigError([Problem(source, line, col, "file is not valid UTF-8")]) from None
    return replace(parse_config(text, source), path=Path(path))


def check_config(path: Path) -> list[Problem]:
    """Every problem in the file, sorted by position; [] when it loads."""
    try:
        load_config(path)
    except ConfigError as exc:
        return exc.problems
    return []


def parse_config(text: str, path: str = "feeds.toml") -> Config:
    """Validate TOML text; `path` only names the file in problems (the result's `path` is None)."""
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError([_syntax_problem(exc, text, path)]) from None
    checker = Checker(doc, Locator(text), path)
    config = checker.check()
    if config is None or checker.problems:
        raise ConfigError(sorted(checker.problems, key=lambda p: (p.line, p.col)))
    return config


_AT = re.compile(r"^(?P<msg>.*) \(at line (?P<line>\d+), column (?P<col>\d+)\)$", re.DOTALL)
_AT_END = re.compile(r"^(?P<msg>.*) \(at end of document\)$", re.DOTALL)


def _syntax_problem(exc: tomllib.TOMLDecodeError, text: str, path: str) -> Problem:
    """tomllib only puts the position in its message; "end of document" means just after the last text."""
    message = str(exc)
    if match := _AT.match(message):
        return Problem(path, int(match["line"]), int(match["col"]), f"invalid TOML: {match['msg']}")
    body = text.rstrip()
    line = body.count("\n") + 1
    col = len(body) - (body.rfind("\n") + 1) + 1
    if match := _AT_END.match(message):
        message = match["msg"]
    return Problem(path, line, col, f"invalid TOML: {message} (at end of file)")
