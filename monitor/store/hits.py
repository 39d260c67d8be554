"""The watch hits already stored for items, to tell what a re-match changes."""

from __future__ import annotations

import json
from collections.abc import Sequence

from sqlalchemy import select

from monitor.store.db import Database
from monitor.store.tables import WatchHitRow

HIT = WatchHitRow.__table__


def item_hits(db: Database, item_ids: Sequence[int]) -> dict[int, set[tuple[str, int, tuple[str, ...]]]]:
    """item id -> {(watch, priority, terms)}; items without hits are absent."""
    found: dict[int, set[tuple[str, int, tuple[str, ...]]]] = {}
    if not item_ids:
        return found
    with db.reader.connect() as conn:
        for r in conn.execute(select(HIT).where(HIT.c.item_id.in_(list(item_ids)))):
            found.setdefault(r.item_id, set()).add((r.watch, r.priority, tuple(json.loads(r.terms))))
    return found
