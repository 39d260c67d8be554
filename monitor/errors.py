"""One exception hierarchy, so callers can catch `MonitorError` and know it is ours.

Each subclass carries what a user needs to act on the problem: the feed URL for
fetch and parse failures, the file location for configuration problems.
"""

from __future__ import annotations

from dataclasses import dataclass


class MonitorError(Exception):
    """Root of every error this package raises on purpose."""


@dataclass(frozen=True, slots=True)
class Problem:
    """One configuration problem at a place in a file, printed as PATH:LINE:COL: message."""

    path: str
    line: int
    col: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.col}: {self.message}"


class ConfigError(MonitorError):
    """The configuration cannot be used; `problems` lists every problem found, not just the first."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems) or "invalid configuration")


class StoreError(MonitorError):
    """The database cannot be opened, migrated or written."""


class FeedError(MonitorError):
    """Something went wrong with one feed; the rest of the pass goes on."""

    def __init__(self, url: str, message: str) -> None:
        self.url = url
        self.message = message
        super().__init__(f"{url}: {message}")


class FetchError(FeedError):
    """The feed could not be downloaded (network, HTTP status, limits, deadline)."""


class FeedParseError(FeedError):
    """The downloaded bytes are not a feed we can read (or are hostile)."""


class WatchError(MonitorError):
    """A watch definition cannot be compiled."""
