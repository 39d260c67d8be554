"""Feeds in the database: kept in step with the config, and their fetch health recorded.

A feed's identity is its name: a feed that leaves the config is marked
inactive, never deleted, so its items and their history stay.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, insert, select, update

from monitor.store.db import Database
from monitor.store.tables import FeedRow, SightingRow
from monitor.store.timeconv import from_db, to_db
from monitor.views import FeedHealth

FEED = FeedRow.__table__
SIGHTING = SightingRow.__table__


@dataclass(frozen=True, slots=True)
class FeedState:
    """What the fetcher needs to poll a feed politely."""

    id: int
    name: str
    url: str
    etag: str | None
    last_modified: str | None
    failures: int
    next_poll: datetime | None
    gone: bool


def sync_feeds(db: Database, feeds: Sequence[tuple[str, str]]) -> dict[str, int]:
    """Make the stored feeds match the config's (name, url) pairs; returns name -> id.

    A changed URL drops the old validators: they belong to the old server.
    """
    wanted = dict(feeds)
    ids: dict[str, int] = {}
    with db.writer.begin() as conn:
        rows = conn.execute(select(FEED.c.id, FEED.c.name, FEED.c.url, FEED.c.active)).all()
        for feed_id, name, url, active in rows:
            if name in wanted:
                ids[name] = feed_id
                if url != wanted[name] or not active:
                    values: dict[str, object] = {"active": True}
                    if url != wanted[name]:
                        values.update(
                            url=wanted[name], etag=None, last_modified=None, next_poll=None, gone=False,
                            failures=0, redirect_to=None,
                        )
                    conn.execute(update(FEED).where(FEED.c.id == feed_id).values(**values))
            elif active:
                conn.execute(update(FEED).where(FEED.c.id == feed_id).values(active=False))
        for name, url in feeds:
            if name not in ids:
                ids[name] = conn.execute(insert(FEED).values(name=name, url=url).returning(FEED.c.id)).scalar_one()
    return ids


def feed_states(db: Database) -> list[FeedState]:
    with db.reader.connect() as conn:
        rows = conn.execute(
            select(
                FEED.c.id, FEED.c.name, FEED.c.url, FEED.c.etag, FEED.c.last_modified,
                FEED.c.failures, FEED.c.next_poll, FEED.c.gone,
            ).where(FEED.c.active.is_(True))
        ).all()
    return [
        FeedState(r.id, r.name, r.url, r.etag, r.last_modified, r.failures, from_db(r.next_poll), r.gone)
        for r in rows
    ]


def record_attempt(
    db: Database,
    feed_id: int,
    *,
    when: datetime,
    ok: bool,
    status: int | None,
    error: str | None,
    next_poll: datetime,
    etag: str | None = None,
    last_modified: str | None = None,
    title: str | None = None,
    redirect_to: str | None = None,
    gone: bool = False,
) -> None:
    """Record one fetch's outcome; validators are only replaced by a successful answer."""
    values: dict[str, object] = {
        "last_attempt": to_db(when),
        "last_status": status,
        "next_poll": to_db(next_poll),
        "gone": gone,
    }
    if ok:
        values.update(last_success=to_db(when), last_error=None, failures=0, etag=etag, last_modified=last_modified)
        if title:
            values["title"] = title
    else:
        values.update(last_error=error, failures=FEED.c.failures + 1)
    if redirect_to is not None:
        values["redirect_to"] = redirect_to
    with db.writer.begin() as conn:
        conn.execute(update(FEED).where(FEED.c.id == feed_id).values(**values))


def feed_health(db: Database, *, include_inactive: bool = False) -> list[FeedHealth]:
    """Every feed's health, worst first (gone, then most consecutive failures), then by name."""
    counts = (
        select(SIGHTING.c.feed_id, func.count().label("n")).group_by(SIGHTING.c.feed_id).subquery()
    )
    query = select(FEED, func.coalesce(counts.c.n, 0).label("items")).outerjoin(
        counts, counts.c.feed_id == FEED.c.id
    )
    if not include_inactive:
        query = query.where(FEED.c.active.is_(True))
    with db.reader.connect() as conn:
        rows = conn.execute(query).all()
    health = [
        FeedHealth(
            name=r.name, url=r.url, active=r.active, title=r.title,
            last_attempt=from_db(r.last_attempt), last_success=from_db(r.last_success),
            last_status=r.last_status, last_error=r.last_error, failures=r.failures,
            next_poll=from_db(r.next_poll), redirect_to=r.redirect_to, gone=r.gone, items=r.items,
        )
        for r in rows
    ]
    health.sort(key=lambda h: (not h.gone, -h.failures, h.name))
    return health
