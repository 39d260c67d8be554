"""When to poll a feed next: polite to servers, persistent with broken feeds.

The next poll after a success is the longest of what we and the server asked
for (our interval, the feed's <ttl>, Cache-Control max-age / Expires,
Retry-After), capped at a day. After a
failure it backs off exponentially, capped at six hours, and never gives up:
a feed that comes back is picked up again without anyone touching it.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta

MAX_INTERVAL = 24 * 3600.0
BACKOFF_START = 60.0
BACKOFF_CAP = 6 * 3600.0
GONE_INTERVAL = 24 * 3600.0


def backoff_seconds(failures: int) -> float:
    """1 min, 2 min, 4 min ... up to 6 h for the 1st, 2nd, 3rd ... consecutive failure."""
    if failures <= 0:
        return 0.0
    return min(BACKOFF_START * 2 ** min(failures - 1, 30), BACKOFF_CAP)


def next_poll(
    now: datetime,
    interval: float,
    *,
    ok: bool,
    failures: int = 0,
    ttl: float | None = None,
    retry_after: float | None = None,
    gone: bool = False,
    jitter: float = 0.1,
    rng: random.Random | None = None,
) -> datetime:
    """The time of the next poll; `failures` counts this failure too when `ok` is false."""
    if gone:
        delay = GONE_INTERVAL
    elif ok:
        delay = max(interval, ttl or 0.0, retry_after or 0.0)
    else:
        delay = max(backoff_seconds(failures), retry_after or 0.0)
    delay = min(delay, MAX_INTERVAL)
    if jitter and delay > 0:
        delay *= 1.0 + (rng or random).uniform(-jitter, jitter)
    return now + timedelta(seconds=delay)
