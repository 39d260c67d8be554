"""What a poll did, per feed and per pass: the records the TUI and `monitor fetch` report from.

Kept apart from the service that produces them, so their readers (the
interface, the CLI, tests) depend on plain frozen data, not on the loop.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True, slots=True)
class FeedOutcome:
    """What one poll of one feed did; `warnings` are recoverable (the items were kept)."""

    name: str
    ok: bool
    status: int | None = None
    error: str | None = None
    not_modified: bool = False
    items: int = 0
    new_ids: tuple[int, ...] = ()
    updated_ids: tuple[int, ...] = ()
    new_sightings: int = 0
    warnings: tuple[str, ...] = ()
    next_poll: datetime | None = None
    skipped: int = 0  # malformed entries left out (also named in `warnings`)
    redirect_to: str | None = None  # the feed moved permanently (301/308): the URL to put in feeds.toml


@dataclass(slots=True)
class PassSummary:
    """One pass over the due feeds."""

    started: datetime
    finished: datetime | None = None
    outcomes: list[FeedOutcome] = field(default_factory=list)

    @property
    def ok(self) -> int:
        return sum(1 for o in self.outcomes if o.ok)

    @property
    def failed(self) -> int:
        return sum(1 for o in self.outcomes if not o.ok)

    @property
    def new_items(self) -> int:
        return sum(len(o.new_ids) for o in self.outcomes)

    def line(self) -> str:
        """The one-line summary `monitor fetch --once` prints."""
        text = f"{len(self.outcomes)} feeds: {self.ok} ok, {self.failed} failed; {self.new_items} new items"
        updated = sum(len(o.updated_ids) for o in self.outcomes)
        if updated:
            text += f", {updated} updated"
        return text


FeedCallback = Callable[[FeedOutcome], None]
