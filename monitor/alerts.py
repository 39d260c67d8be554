"""What the watch floor hears about new items: bell, toast, desktop notice, pinned bar.

Only watches at `immediate` or above alert, each as its `alert` setting says
(notify > bell > none). A burst is rolled up ("7 new flash items") and the
noise is rate limited, but nothing is dropped: every alerting item stays
pinned until the officer acknowledges it. Acknowledged is not the same as read.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from monitor.priority import Priority
from monitor.views import TimelineRow

ALERT_RANK = {"none": 0, "bell": 1, "notify": 2}


@dataclass(frozen=True, slots=True)
class Alert:
    item_id: int
    title: str
    priority: Priority
    watches: tuple[str, ...]
    mode: str  # "bell" or "notify"


@dataclass(frozen=True, slots=True)
class Announcement:
    """What to do now for a batch of new items; the UI carries it out."""

    alerts: tuple[Alert, ...]
    bell: bool = False
    notify: tuple[str, str] | None = None  # (title, body) for a desktop notice
    toast: str | None = None
    rolled_up: bool = False


@dataclass(slots=True)
class AlertDesk:
    """Decides, batch by batch, which new items alert and how loudly.

    `burst` announcements are allowed per `window` seconds; past that, items
    are still pinned but announced together once the window has passed.
    """

    modes: Mapping[str, str]  # watch name -> bell | notify | none
    min_priority: Priority = Priority.IMMEDIATE
    window: float = 60.0
    burst: int = 3
    clock: Callable[[], float] = time.monotonic
    pinned: list[Alert] = field(default_factory=list)
    _recent: deque[float] = field(default_factory=deque)
    _held: list[Alert] = field(default_factory=list)
    _seen: set[int] = field(default_factory=set)  # every item that ever alerted: it never alerts twice

    @classmethod
    def for_watches(cls, watches: Iterable[object], **kwargs) -> "AlertDesk":  # type: ignore[no-untyped-def]
        return cls(modes={w.name: getattr(w, "alert", "bell") for w in watches}, **kwargs)  # type: ignore[attr-defined]

    def alert_for(self, row: TimelineRow) -> Alert | None:
        """The alert a new row raises, or None (too low a priority, or its watches are silent)."""
        if row.priority < self.min_priority:
            return None
        mode = max((self.modes.get(w, "bell") for w in row.watches), key=ALERT_RANK.__getitem__, default="none")
        if mode == "none":
            return None
        return Alert(row.item_id, row.title, row.priority, row.watches, mode)

    def offer(self, rows: Sequence[TimelineRow]) -> Announcement | None:
        """New rows arrived; returns what to announce now (None: nothing, or held for the roll-up)."""
        fresh = [a for r in rows if r.item_id not in self._seen and (a := self.alert_for(r)) is not None]
        self._seen.update(a.item_id for a in fresh)
        self.pinned.extend(fresh)
        return self._announce(fresh)

    def tick(self) -> Announcement | None:
        """Called now and then: releases the roll-up of what was held back by the rate limit."""
        return self._announce([])

    def _announce(self, fresh: list[Alert]) -> Announcement | None:
        now = self.clock()
        while self._recent and now - self._recent[0] >= self.window:
            self._recent.popleft()
        batch = self._held + fresh
        if not batch:
            return None
        if len(self._recent) >= self.burst:
            self._held = batch
            return None
        self._held = []
        self._recent.append(now)
        loudest = max(ALERT_RANK[a.mode] for a in batch)
        rolled = len(batch) > 1
        text = _rollup(batch) if rolled else f"{batch[0].priority.label.upper()} {', '.join(batch[0].watches)}: {batch[0].title}"
        notify = ("monitor: " + (_rollup(batch) if rolled else batch[0].priority.label.upper()),
                  "\n".join(a.title for a in batch[:5])) if loudest >= ALERT_RANK["notify"] else None
        return Announcement(tuple(batch), bell=True, notify=notify, toast=text, rolled_up=rolled)

    def acknowledge(self) -> list[Alert]:
        """The officer has seen the pinned alerts: clear the bar, return what was acknowledged."""
        done, self.pinned = self.pinned, []
        return done


def _rollup(batch: Sequence[Alert]) -> str:
    counts: dict[Priority, int] = {}
    for alert in batch:
        counts[alert.priority] = counts.get(alert.priority, 0) + 1
    parts = [f"{n} new {p.label} item{'s' if n != 1 else ''}" for p, n in sorted(counts.items(), reverse=True)]
    return ", ".join(parts)
