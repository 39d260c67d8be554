"""Poll scheduling: polite after success, persistent after failure."""

from datetime import UTC, datetime, timedelta

from monitor.schedule import BACKOFF_CAP, MAX_INTERVAL, backoff_seconds, next_poll

NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)


def seconds_until(when: datetime) -> float:
    return (when - NOW).total_seconds()


def test_backoff_doubles_from_a_minute_and_stops_at_six_hours():
    assert [backoff_seconds(n) for n in range(1, 5)] == [60, 120, 240, 480]
    assert backoff_seconds(40) == BACKOFF_CAP == 6 * 3600
    assert backoff_seconds(10_000) == BACKOFF_CAP  # never overflows, never gives up


def test_success_waits_for_the_longest_of_interval_ttl_and_retry_after():
    assert seconds_until(next_poll(NOW, 600, ok=True, jitter=0)) == 600
    assert seconds_until(next_poll(NOW, 600, ok=True, ttl=3600, jitter=0)) == 3600
    assert seconds_until(next_poll(NOW, 600, ok=True, retry_after=7200, jitter=0)) == 7200


def test_nothing_waits_longer_than_a_day():
    assert seconds_until(next_poll(NOW, 600, ok=True, ttl=10 * 86400, jitter=0)) == MAX_INTERVAL


def test_failure_honours_retry_after_when_it_is_longer_than_the_backoff():
    assert seconds_until(next_poll(NOW, 600, ok=False, failures=1, jitter=0)) == 60
    assert seconds_until(next_poll(NOW, 600, ok=False, failures=1, retry_after=900, jitter=0)) == 900


def test_a_gone_feed_is_polled_daily():
    assert seconds_until(next_poll(NOW, 600, ok=False, failures=3, gone=True, jitter=0)) == 86400


def test_jitter_stays_within_ten_percent():
    for _ in range(200):
        delay = seconds_until(next_poll(NOW, 600, ok=True))
        assert 540 <= delay <= 660
    assert next_poll(NOW, 600, ok=True) - NOW < timedelta(seconds=661)


def test_cache_control_max_age_and_expires_are_read_as_freshness():
    import httpx

    from monitor.fetch.messages import parse_freshness

    assert parse_freshness(httpx.Headers({"Cache-Control": "public, max-age=3600"})) == 3600
    assert parse_freshness(httpx.Headers({"Cache-Control": "no-cache"})) is None
    assert parse_freshness(httpx.Headers({"Expires": "Sun, 22 Nov 2026 13:00:00 GMT"}), now=NOW) == 3600
    assert parse_freshness(httpx.Headers({"Expires": "0"})) is None
    assert parse_freshness(httpx.Headers({"Cache-Control": "max-age=60", "Expires": "Sun, 22 Nov 2026 13:00:00 GMT"}),
                           now=NOW) == 60
