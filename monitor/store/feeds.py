"""Feeds in the database: kept in step with the config, and their fetch health recorded.

A feed's identity is its name: a feed that leaves the config is marked
inactive, never deleted, so its items and their history stay.

Renames keep the history too. The config has no stable id key, so a rename is
recognised the way `configdiff` recognises it: a name new to the store whose
URL is exactly that of a stored feed the config no longer names is that feed,
renamed (`sync_feeds` does this by itself, so a rename made while the monitor
was not running is kept as well). `rename_feed` does it explicitly. A changed
URL under the same name is the same feed with new validators.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, func, insert, select, update

from monitor.errors import StoreError
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

    A changed URL drops the old validators: they belong to the old server. A
    new name on the URL of a stored feed that is no longer wanted renames that
    feed, so its items stay with it.
    """
    wanted = dict(feeds)
    ids: dict[str, int] = {}
    with db.writer.begin() as conn:
        _follow_renames(conn, wanted)
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


def _follow_renames(conn: Connection, wanted: dict[str, str]) -> None:
    """Rename stored feeds the config now calls by another name (same URL); active ones first."""
    rows = conn.execute(select(FEED.c.id, FEED.c.name, FEED.c.url, FEED.c.active)).all()
    stored = {r.name for r in rows}
    spare = sorted((r for r in rows if r.name not in wanted), key=lambda r: (not r.active, -r.id))
    for name, url in wanted.items():
        if name in stored:
            continue
        match = next((r for r in spare if r.url == url), None)
        if match is not None:
            spare.remove(match)
            values: dict[str, object] = {"name": name}
            if not match.active:  # back after a while: poll it now, give a gone feed another chance
                values.update(next_poll=None, gone=False, failures=0)
            conn.execute(update(FEED).where(FEED.c.id == match.id).values(**values))


def rename_feed(db: Database, old: str, new: str) -> None:
    """Give a stored feed a new name, keeping its id and so its items, sightings and health.

    For callers that know a rename happened (`ConfigDiff.renamed`); `sync_feeds`
    already follows renames that keep the URL. Raises `StoreError` when `old` is
    unknown or `new` is taken.
    """
    if old == new:
        return
    with db.writer.begin() as conn:
        names = set(conn.execute(select(FEED.c.name).where(FEED.c.name.in_([old, new]))).scalars())
        if old not in names:
            raise StoreError(f"cannot rename feed '{old}': no such feed")
        if new in names:
            raise StoreError(f"cannot rename feed '{old}' to '{new}': a feed with that name exists")
        conn.execute(update(FEED).where(FEED.c.name == old).values(name=new))


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


def record_attempt(db: Database, feed_id: int, **outcome: Any) -> None:
    """`record_attempt_in` (same keywords) in a transaction of its own."""
    with db.writer.begin() as conn:
        record_attempt_in(conn, feed_id, **outcome)


def record_attempt_in(
    conn: Connection,
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
    warnings: tuple[str, ...] | None = None,
) -> None:
    """Record one fetch's outcome in the caller's write transaction; validators are only replaced by a
    successful answer. `warnings`: a parsed document's recoverable problems (none clears the last ones);
    None when nothing was parsed (a 304, a failure), which keeps them."""
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
    if warnings is not None:
        values["last_warning"] = "; ".join(warnings) or None
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
            last_status=r.last_status, last_error=r.last_error, last_warning=r.last_warning, failures=r.failures,
            next_poll=from_db(r.next_poll), redirect_to=r.redirect_to, gone=r.gone, items=r.items,
        )
        for r in rows
    ]
    health.sort(key=lambda h: (not h.gone, -h.failures, h.name))
    return health
