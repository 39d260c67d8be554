"""The store: items round-trip, duplicates fold into sightings, the timeline pages by keyset."""

from __future__ import annotations

from datetime import timedelta

from monitor.models import Entity
from monitor.priority import Priority
from monitor.store import SCHEMA_VERSION, Database
from monitor.store.feeds import feed_health, feed_states, record_attempt, sync_feeds
from monitor.store.queries import (
    count_items,
    item_detail,
    iter_details,
    newer_rows,
    timeline_page,
    watch_counts,
)
from monitor.store.writer import write_feed_items
from monitor.views import TimelineFilter
from tests.fixtures.store import T0, flash_hit, prepared


def test_a_new_database_records_its_schema_version_and_uses_wal(db):
    assert db.schema_version() == SCHEMA_VERSION
    with db.reader.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


def test_a_database_from_a_newer_monitor_is_refused(tmp_path):
    import pytest

    from monitor.errors import StoreError

    path = tmp_path / "m.sqlite3"
    Database(path).close()
    import sqlite3

    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE meta SET value='999' WHERE key='schema_version'")
    with pytest.raises(StoreError, match="newer"):
        Database(path)


def test_a_version_3_database_migrates_to_exactly_the_schema_of_a_new_one(tmp_path):
    """Through 3 -> 4 (indexes dropped, a column added) and 4 -> 5 (an index added)."""
    import sqlite3

    def schema(path) -> set[tuple[str, ...]]:  # type: ignore[no-untyped-def]
        """Every table, index and trigger by name, and every column (ALTER TABLE appends where CREATE orders)."""
        with sqlite3.connect(path) as conn:
            objects = set(conn.execute("SELECT type, name FROM sqlite_master WHERE sql IS NOT NULL"))
            columns = {
                (table, name, kind, str(notnull))
                for _, table in objects if _ == "table"
                for _, name, kind, notnull, *_ in conn.execute(f"PRAGMA table_info('{table}')")
            }
        return objects | columns

    old = tmp_path / "v3.sqlite3"
    Database(old).close()
    with sqlite3.connect(old) as conn:  # as a version 3 monitor left it: three more indexes, no feed warning
        conn.executescript(
            "ALTER TABLE feed DROP COLUMN last_warning; DROP INDEX ix_item_id_story;"
            "CREATE INDEX ix_item_canonical_url ON item (canonical_url);"
            "CREATE INDEX ix_item_content_hash ON item (content_hash);"
            "CREATE INDEX ix_sighting_feed_id ON sighting (feed_id);"
            "UPDATE meta SET value='3' WHERE key='schema_version';"
        )
    migrated = Database(old)
    assert migrated.schema_version() == SCHEMA_VERSION and migrated.integrity_ok()
    migrated.close()
    fresh = tmp_path / "new.sqlite3"
    Database(fresh).close()
    assert schema(old) == schema(fresh)
    assert not {row[1] for row in schema(old)} & {"ix_item_canonical_url", "ix_item_content_hash", "ix_sighting_feed_id"}
    assert ("index", "ix_item_id_story") in schema(old)


def test_an_item_round_trips_with_its_places_entities_and_watch_hits(db):
    ids = sync_feeds(db, [("wire", "https://wire.example/rss")])
    item = prepared(
        1,
        title="Joint operation in Ecuador",
        summary="SOUTHCOM and Ecuadorian forces",
        countries=("EC",),
        hits=(flash_hit("ecuador-narco", "narco-terrorists"),),
        entities=(Entity("org", "U.S. Southern Command", "SOUTHCOM"),),
    )
    result = write_feed_items(db, ids["wire"], [item], T0)
    assert len(result.new_ids) == 1

    detail = item_detail(db, result.new_ids[0])
    assert detail is not None
    assert detail.title == "Joint operation in Ecuador"
    assert detail.priority is Priority.FLASH
    assert detail.countries == ("EC",)
    assert [h.terms for h in detail.hits] == [("narco-terrorists",)]
    assert ("org", "U.S. Southern Command", "SOUTHCOM") in [(e.type, e.name, e.text) for e in detail.entities]
    assert detail.published == item.data.published
    assert detail.published.tzinfo is not None


def test_the_same_guid_with_new_text_is_a_revision_not_a_new_item(db):
    ids = sync_feeds(db, [("wire", "https://wire.example/rss")])
    first = write_feed_items(db, ids["wire"], [prepared(1, title="Draft")], T0)
    second = write_feed_items(db, ids["wire"], [prepared(1, title="Final")], T0 + timedelta(minutes=5))
    assert second.new_ids == [] and second.updated_ids == first.new_ids
    detail = item_detail(db, first.new_ids[0])
    assert detail.title == "Final" and detail.revisions == 1
    assert count_items(db) == 1


def test_an_unchanged_item_is_left_alone(db):
    ids = sync_feeds(db, [("wire", "https://wire.example/rss")])
    write_feed_items(db, ids["wire"], [prepared(1)], T0)
    again = write_feed_items(db, ids["wire"], [prepared(1)], T0)
    assert again.unchanged == 1 and not again.new_ids and not again.updated_ids


def test_the_same_article_in_two_feeds_is_one_item_with_two_sightings(db):
    ids = sync_feeds(db, [("wire", "https://a.example/rss"), ("aggregator", "https://b.example/rss")])
    write_feed_items(db, ids["wire"], [prepared(1, url="https://news.example/story")], T0)
    other = write_feed_items(
        db, ids["aggregator"], [prepared(1, guid="agg-77", url="https://news.example/story")], T0
    )
    assert other.new_sightings == 1 and other.new_ids == []
    (row,) = timeline_page(db).rows
    assert row.sources == 2
    detail = item_detail(db, row.item_id)
    assert [(s.feed, s.guid) for s in detail.sightings] == [("wire", "guid-1"), ("aggregator", "agg-77")]


def test_timeline_pages_newest_first_by_keyset_without_gaps_or_repeats(db):
    ids = sync_feeds(db, [("wire", "https://a.example/rss")])
    write_feed_items(db, ids["wire"], [prepared(n) for n in range(250)], T0 + timedelta(days=1))
    seen = []
    after = None
    while True:
        page = timeline_page(db, after=after, limit=60)
        seen.extend(r.title for r in page.rows)
        if page.next is None:
            break
        after = page.next
    assert seen == [f"Item {n}" for n in reversed(range(250))]


def test_items_sharing_a_timestamp_still_page_exactly_once(db):
    ids = sync_feeds(db, [("wire", "https://a.example/rss")])
    write_feed_items(db, ids["wire"], [prepared(n, published=T0) for n in range(30)], T0)
    titles = []
    after = None
    while True:
        page = timeline_page(db, after=after, limit=7)
        titles += [r.title for r in page.rows]
        if page.next is None:
            break
        after = page.next
    assert sorted(titles) == sorted(f"Item {n}" for n in range(30))
    assert len(titles) == 30


def test_the_timeline_uses_its_index_rather_than_sorting_every_row(db):
    with db.reader.connect() as conn:
        plan = " ".join(
            str(r[-1])
            for r in conn.exec_driver_sql(
                "EXPLAIN QUERY PLAN SELECT id FROM item ORDER BY ts DESC, id DESC LIMIT 100"
            )
        )
    assert "ix_item_ts_id" in plan and "TEMP B-TREE" not in plan


def test_a_future_dated_entry_cannot_pin_itself_above_newer_news(db):
    ids = sync_feeds(db, [("wire", "https://a.example/rss")])
    write_feed_items(db, ids["wire"], [prepared(1, published=T0 + timedelta(days=365))], T0)
    write_feed_items(db, ids["wire"], [prepared(2)], T0 + timedelta(hours=1))
    assert [r.title for r in timeline_page(db).rows] == ["Item 2", "Item 1"]


def test_filters_by_feed_watch_priority_country_and_text(db):
    ids = sync_feeds(db, [("wire", "https://a.example/rss"), ("local", "https://b.example/rss")])
    write_feed_items(db, ids["wire"], [
        prepared(1, title="Narco raid in Guayaquil", countries=("EC",), hits=(flash_hit(),)),
        prepared(2, title="Football results", countries=("GB",)),
    ], T0)
    write_feed_items(db, ids["local"], [prepared(3, title="Bolivia election", countries=("BO",))], T0)

    def titles(**kw):
        return [r.title for r in timeline_page(db, TimelineFilter(**kw)).rows]

    assert titles(feed="local") == ["Bolivia election"]
    assert titles(watch="ecuador-narco") == ["Narco raid in Guayaquil"]
    assert titles(min_priority=Priority.IMMEDIATE) == ["Narco raid in Guayaquil"]
    assert titles(country="ec") == ["Narco raid in Guayaquil"]
    assert titles(query="football") == ["Football results"]
    assert titles(query="guayaq*") == ["Narco raid in Guayaquil"]
    assert watch_counts(db) == {"ecuador-narco": 1}


def test_search_text_is_never_read_as_fts_syntax(db):
    ids = sync_feeds(db, [("wire", "https://a.example/rss")])
    write_feed_items(db, ids["wire"], [prepared(1, title='He said "NEAR" (AND) OR')], T0)
    for hostile in ['"unbalanced', "NEAR(", "a OR", "*", "title:x", "AND AND", "'; DROP TABLE item; --", '""']:
        count_items(db, TimelineFilter(query=hostile))  # must not raise
    assert count_items(db, TimelineFilter(query="(AND)")) == 1


def test_newer_rows_are_what_arrived_above_the_top(db):
    ids = sync_feeds(db, [("wire", "https://a.example/rss")])
    write_feed_items(db, ids["wire"], [prepared(n) for n in range(5)], T0)
    top = timeline_page(db, limit=5).rows[0].cursor
    write_feed_items(db, ids["wire"], [prepared(10), prepared(11)], T0 + timedelta(hours=1))
    assert [r.title for r in newer_rows(db, top)] == ["Item 11", "Item 10"]


def test_export_iteration_reads_every_item_in_batches(db):
    ids = sync_feeds(db, [("wire", "https://a.example/rss")])
    write_feed_items(db, ids["wire"], [prepared(n) for n in range(1203)], T0 + timedelta(days=2))
    assert sum(1 for _ in iter_details(db, batch=100)) == 1203


def test_a_feed_that_leaves_the_config_keeps_its_items(db):
    ids = sync_feeds(db, [("wire", "https://a.example/rss"), ("old", "https://b.example/rss")])
    write_feed_items(db, ids["old"], [prepared(1)], T0)
    sync_feeds(db, [("wire", "https://a.example/rss")])
    assert [s.name for s in feed_states(db)] == ["wire"]
    assert count_items(db) == 1
    assert {f.name for f in feed_health(db, include_inactive=True)} == {"wire", "old"}


def test_feed_health_is_sorted_worst_first_and_keeps_validators_from_successes_only(db):
    ids = sync_feeds(db, [("good", "https://a.example/rss"), ("bad", "https://b.example/rss")])
    record_attempt(db, ids["good"], when=T0, ok=True, status=200, error=None, next_poll=T0,
                   etag='W/"abc"', last_modified="Sat, 21 Nov 2026 12:00:00 GMT")
    record_attempt(db, ids["good"], when=T0, ok=False, status=500, error="HTTP 500", next_poll=T0)
    record_attempt(db, ids["bad"], when=T0, ok=False, status=None, error="connection refused", next_poll=T0)
    record_attempt(db, ids["bad"], when=T0, ok=False, status=None, error="connection refused", next_poll=T0)
    health = feed_health(db)
    assert [(h.name, h.failures) for h in health] == [("bad", 2), ("good", 1)]
    good = {s.name: s for s in feed_states(db)}["good"]
    assert good.etag == 'W/"abc"' and good.last_modified == "Sat, 21 Nov 2026 12:00:00 GMT"


def test_a_story_row_shows_the_highest_priority_of_its_items(db):
    from sqlalchemy import update

    from monitor.store.tables import ItemRow

    ids = sync_feeds(db, [("wire", "https://a.example/rss")])
    first = write_feed_items(db, ids["wire"], [prepared(1, title="Routine telling")], T0).new_ids[0]
    second = write_feed_items(db, ids["wire"], [prepared(2, title="Flash rewrite", hits=(flash_hit(),))], T0).new_ids[0]
    story = item_detail(db, first).story_id
    with db.writer.begin() as conn:  # fold the rewrite into the first story, as the story folder would
        conn.execute(update(ItemRow.__table__).where(ItemRow.__table__.c.id == second).values(story_id=story))
    (row,) = timeline_page(db).rows
    assert row.title == "Routine telling" and row.priority is Priority.FLASH
