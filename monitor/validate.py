"""The whole check of a configuration: the file's schema, then whether its watches compile.

Schema problems come from `config`; watch problems (an unknown region, a bad
query) need the tagger's gazetteer, so they are found here, one layer up, and
pointed at the same `feeds.toml:LINE:COL` — inside the query string when the
problem is in a query.
"""

from __future__ import annotations

from pathlib import Path

from monitor.config import Config, load_config
from monitor.errors import ConfigError, Problem
from monitor.tagging import get_tagger
from monitor.tomlpos import Locator
from monitor.watches import WatchProblem, WatchSet


def watch_problems(config: Config, text: str | None = None, path: str | None = None) -> list[Problem]:
    """The watches' compile problems as located Problems (`text` is the file, for positions)."""
    tagger = get_tagger(config.entities, config.regions)
    found = WatchSet.problems(config.watches, tagger.area_key)
    if not found:
        return []
    source = path or (str(config.path) if config.path else "feeds.toml")
    locator = Locator(text) if text is not None else None
    index = {w.name: i for i, w in enumerate(config.watches)}
    return sorted(
        (_locate(p, index.get(p.watch), locator, source) for p in found), key=lambda p: (p.line, p.col)
    )


def _locate(problem: WatchProblem, index: int | None, locator: Locator | None, source: str) -> Problem:
    message = f"watch '{problem.watch}': {problem.message}"
    if locator is None or index is None:
        return Problem(source, max(problem.line, 1), 1, message)
    key = ("watches", index, problem.where) if problem.where else ("watches", index)
    line, col = locator.find(key)
    if problem.where == "query" and problem.position is not None and (line, col) != locator.find(("watches", index)):
        col += 1 + problem.position  # past the opening quote, to the offending token
    return Problem(source, line, col, message)


def load_checked(path: Path) -> Config:
    """Load a config and compile its watches; every problem of both kinds raises one ConfigError."""
    config = load_config(path)
    problems = watch_problems(config, Path(path).read_text(encoding="utf-8-sig"), str(path))
    if problems:
        raise ConfigError(problems)
    return config


def check_path(path: Path) -> list[Problem]:
    """Every problem in the file, schema first, then watches; [] when the monitor can run on it."""
    try:
        load_checked(path)
    except ConfigError as exc:
        return exc.problems
    return []
