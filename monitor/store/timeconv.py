"""SQLite has no time zones: every time goes in as aware UTC and comes out as aware UTC.

Recent sqlmodel stores aware values itself and refuses naive ones; older
releases store naive ones. Converting at this one seam keeps both right.
"""

from __future__ import annotations

from datetime import UTC, datetime


def to_db(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def from_db(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def utcnow() -> datetime:
    return datetime.now(UTC)
