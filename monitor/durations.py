"""Human durations ("10m", "1h30m") for feeds.toml and the `--since` option.

People write poll intervals and look-back windows by hand, so the same small
grammar is accepted everywhere and every mistake says what would have worked.
Plain numbers are seconds, because that is what a TOML integer most plausibly means.
"""

from __future__ import annotations

import math
import re
from datetime import UTC, date, datetime, timedelta

_UNITS: dict[str, int] = {"w": 604_800, "d": 86_400, "h": 3_600, "m": 60, "s": 1}
_ORDER = list(_UNITS)
_PART = re.compile(r"\s*(\d+(?:\.\d+)?|\.\d+)\s*([a-zA-Z]+)")
_NUMBER = re.compile(r"\s*[+-]?(\d+(\.\d*)?|\.\d+)\s*")
_HINT = 'use seconds or a duration like "90s", "10m", "1h30m", "2d", "1w"'


def parse_duration(value: str | int | float) -> float:
    """Read a duration as seconds; zero and negative durations are refused because no caller can use one."""
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise ValueError(f"invalid duration {value!r} ({_HINT})")
    if isinstance(value, str) and _NUMBER.fullmatch(value):
        seconds = float(value)
    elif isinstance(value, str) and value.strip().startswith("-"):
        seconds = -_parse_units(value.strip()[1:])
    elif isinstance(value, str):
        seconds = _parse_units(value)
    else:
        seconds = float(value)
    if not math.isfinite(seconds):
        raise ValueError(f"invalid duration {value!r} ({_HINT})")
    if seconds <= 0:
        raise ValueError(f"duration must be positive, got {value!r}")
    return seconds


def _parse_units(text: str) -> float:
    """Sum "1h30m"-style parts, largest unit first, so "30m1h" or "1h1h" read as the typos they are."""
    total, pos, last = 0.0, 0, -1
    stripped = text.rstrip()
    while pos < len(stripped):
        match = _PART.match(stripped, pos)
        if match is None:
            raise ValueError(f"invalid duration {text!r} ({_HINT})")
        number, unit = match.group(1), match.group(2).lower()
        if unit not in _UNITS:
            raise ValueError(f"unknown unit {match.group(2)!r} in duration {text!r} (units: w, d, h, m, s)")
        rank = _ORDER.index(unit)
        if rank <= last:
            raise ValueError(f"invalid duration {text!r}: write units once each, largest first (e.g. \"1h30m\")")
        last = rank
        total += float(number) * _UNITS[unit]
        pos = match.end()
    if pos == 0:
        raise ValueError(f"invalid duration {text!r} ({_HINT})")
    return total


def format_duration(seconds: float) -> str:
    """Write seconds the way a person would type them, so that parse_duration reads it back."""
    if seconds < 0:
        return "-" + format_duration(-seconds)
    millis = round(seconds * 1000)
    whole, frac = divmod(millis, 1000)
    parts: list[str] = []
    for unit, size in _UNITS.items():
        count, whole = divmod(whole, size)
        if unit == "s":
            count_text = f"{count}.{frac:03d}".rstrip("0").rstrip(".") if frac else str(count)
            if count or frac:
                parts.append(f"{count_text}s")
        elif count:
            parts.append(f"{count}{unit}")
    return "".join(parts) or "0s"


def parse_since(text: str, now: datetime) -> datetime:
    """Read `--since`: a duration back from `now` ("8h") or an ISO date/datetime, as an aware UTC datetime.

    A bare number is refused: "--since 2024" could mean a year or 2024 seconds.
    Naive datetimes (and `now`, if naive) are taken as UTC.
    """
    stripped = text.strip()
    if not stripped:
        raise ValueError("empty --since: give a duration like '8h' or a date like '2024-05-01'")
    when = _parse_iso(stripped)
    if when is not None:
        return when
    if _NUMBER.fullmatch(stripped):
        raise ValueError(f"ambiguous --since {text!r}: give a unit ('8h') or a full date ('2024-05-01')")
    try:
        seconds = parse_duration(stripped)
    except ValueError:
        raise ValueError(f"invalid --since {text!r}: give a duration like '8h' or a date like '2024-05-01'") from None
    base = now if now.tzinfo is not None else now.replace(tzinfo=UTC)
    return base.astimezone(UTC) - timedelta(seconds=seconds)


def _parse_iso(text: str) -> datetime | None:
    """An ISO date or datetime (a trailing Z allowed) as aware UTC, or None if it is not one."""
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        try:
            day = date.fromisoformat(text)
        except ValueError:
            return None
        return datetime(day.year, day.month, day.day, tzinfo=UTC)
    if when.tzinfo is None:
        return when.replace(tzinfo=UTC)
    return when.astimezone(UTC)
