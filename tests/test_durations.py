"""Durations as people type them in feeds.toml and `--since`."""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from monitor.durations import format_duration, parse_duration, parse_since

NOW = datetime(2025, 3, 10, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("90s", 90),
        ("10m", 600),
        ("1h30m", 5400),
        ("1h 30m", 5400),
        ("2d", 172_800),
        ("1w", 604_800),
        ("1.5h", 5400),
        ("10M", 600),
        ("30", 30),
        (" 2.5 ", 2.5),
        (45, 45),
        (0.5, 0.5),
    ],
)
def test_durations_read_as_seconds(text: str | int | float, seconds: float) -> None:
    assert parse_duration(text) == seconds


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("", "invalid duration"),
        ("soon", "invalid duration"),
        ("10x", "unknown unit 'x'"),
        ("5ms", "unknown unit 'ms'"),
        ("30m1h", "largest first"),
        ("1h1h", "largest first"),
        ("0", "must be positive"),
        ("0s", "must be positive"),
        (-5, "must be positive"),
        ("-1", "must be positive"),
        (True, "invalid duration"),
        (math.inf, "invalid duration"),
        (math.nan, "invalid duration"),
        ("inf", "invalid duration"),
    ],
)
def test_bad_durations_say_what_is_wrong(value: object, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_duration(value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(600, "10m"), (5400, "1h30m"), (45, "45s"), (0.5, "0.5s"), (691_200, "1w1d"), (3601, "1h1s"), (0, "0s")],
)
def test_durations_are_written_as_typed(seconds: float, text: str) -> None:
    assert format_duration(seconds) == text


@given(st.integers(min_value=1, max_value=10 * 365 * 86_400))
def test_whole_seconds_round_trip_exactly(seconds: int) -> None:
    assert parse_duration(format_duration(seconds)) == seconds


@given(st.floats(min_value=0.001, max_value=10 * 365 * 86_400, allow_nan=False))
@example(32.0625)  # exactly half a millisecond off once rounded, and 32.0625 - 32.062 is a hair over 0.0005 in floats
def test_fractional_seconds_round_trip_to_the_millisecond(seconds: float) -> None:
    assert parse_duration(format_duration(seconds)) == pytest.approx(seconds, abs=0.0005 + 1e-9)


def test_since_a_duration_counts_back_from_now() -> None:
    assert parse_since("8h", NOW) == NOW - timedelta(hours=8)


def test_since_a_naive_now_is_taken_as_utc() -> None:
    assert parse_since("1d", NOW.replace(tzinfo=None)) == NOW - timedelta(days=1)


def test_since_a_date_is_midnight_utc() -> None:
    assert parse_since("2025-03-01", NOW) == datetime(2025, 3, 1, tzinfo=UTC)


def test_since_a_naive_datetime_is_utc_and_an_offset_is_converted() -> None:
    assert parse_since("2025-03-01T06:30", NOW) == datetime(2025, 3, 1, 6, 30, tzinfo=UTC)
    assert parse_since("2025-03-01T06:30Z", NOW) == datetime(2025, 3, 1, 6, 30, tzinfo=UTC)
    eastern = timezone(timedelta(hours=-5))
    assert parse_since("2025-03-01T06:30-05:00", NOW) == datetime(2025, 3, 1, 6, 30, tzinfo=eastern)
    assert parse_since("2025-03-01T06:30-05:00", NOW).tzinfo == UTC


@pytest.mark.parametrize(("text", "message"), [("2024", "ambiguous"), ("yesterday", "invalid --since"), ("", "empty")])
def test_since_refuses_what_it_cannot_read(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_since(text, NOW)
