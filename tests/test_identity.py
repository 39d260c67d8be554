"""Exact-duplicate identity: the same copies give the same item whatever order the feeds are stored in."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from functools import cache
from itertools import permutations
from pathlib import Path

import pytest

from monitor.dedup import canonical_url, content_fingerprint
from monitor.models import Entity, PreparedItem, WatchHit
from monitor.parse import parse_feed
from monitor.priority import Priority
from monitor.store import SCHEMA_VERSION, Database
from monitor.store.feeds import sync_feeds
from monitor.store.queries import count_items, item_detail, timeline_page
from monitor.store.stories import split_item
from monitor.store.writer import write_feed_items
from monitor.tagging import get_tagger
from monitor.views import TimelineFilter
from tests.fixtures.store import T0, prepared
from tests.test_stories import BOMB, BOMB_REWRITE
from tests.test_stories import item as told

SEEDS = Path(__file__).resolve().parent.parent / "seeds" / "feeds"
NOW = datetime(2026, 11, 22, 7, tzinfo=UTC)
# Seed story B (seeds/README.md): the wire's original (URL X, text H), two verbatim copies under their own
# links (Y, H) and (Z, H), and the aggregator's tracking link to the original with its own teaser (X, H').
STORY_B = {
    "wire": ("wire.rss", "hws-2026-11-21-0904"),
    "andes-daily": ("andes-daily.atom", "tag:andesdaily.example,2026-11-21:/wire/hws-2026-11-21-0904"),
    "hemisphere-defense": ("hemisphere-defense.rss", "hdr-wire-20261121-0904"),
    "aggregator": ("aggregator.rss", "latamnow-20261121-0398"),
}
SOUTHCOM = WatchHit("southcom", Priority.IMMEDIATE, ("SOUTHCOM",))
# Watches can depend on the feed: the aggregator's copy fires what the others do not.
HITS = {
    "wire": (SOUTHCOM,),
    "aggregator": (WatchHit("southcom", Priority.ROUTINE, ("Southern Command",)),
                   WatchHit("ecuador-narco", Priority.FLASH, ("narco",))),
}


@cache
def story_b_copy(feed: str) -> PreparedItem:
    """One outlet's copy of story B, parsed from the sample feed and tagged as the pipeline would."""
    name, guid = STORY_B[feed]
    parsed = parse_feed((SEEDS / name).read_bytes(), f"https://seeds.example/{name}", None)
    i = next(i for i in parsed.items if i.guid == guid)
    return PreparedItem(data=i, canonical_url=canonical_url(i.url) if i.url else None,
                        content_hash=content_fingerprint(i.title, i.summary),
                        tags=get_tagger().tag(i.title, i.summary), hits=HITS.get(feed, ()))


def scalar(db: Database, sql: str, *args: object) -> object:
    with db.reader.connect() as conn:
        return conn.exec_driver_sql(sql, args).scalar()


def rows(db: Database, sql: str, *args: object) -> list[tuple]:  # type: ignore[type-arg]
    with db.reader.connect() as conn:
        return [tuple(r) for r in conn.exec_driver_sql(sql, args)]


def assert_consistent(db: Database) -> None:
    """Nothing points at a deleted item, the full-text index matches the item table, no story is empty."""
    assert db.integrity_ok()
    with sqlite3.connect(db.url.removeprefix("sqlite:///")) as conn:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        conn.execute("INSERT INTO item_fts(item_fts, rank) VALUES ('integrity-check', 1)")
    assert scalar(db, "SELECT count(*) FROM story WHERE id NOT IN (SELECT story_id FROM item)") == 0
    assert scalar(db, "SELECT count(*) FROM story_band WHERE item_id NOT IN (SELECT id FROM item)") == 0


def test_the_copies_of_the_sample_fixture_are_what_the_seeds_readme_says():
    copies = {feed: story_b_copy(feed) for feed in STORY_B}
    assert copies["wire"].canonical_url == copies["aggregator"].canonical_url
    assert len({c.canonical_url for c in copies.values()}) == 3
    assert {c.content_hash for f, c in copies.items() if f != "aggregator"} == {copies["wire"].content_hash}
    assert copies["aggregator"].content_hash != copies["wire"].content_hash


@pytest.mark.parametrize("order", list(permutations(STORY_B)), ids="-".join)
def test_story_b_is_one_item_with_four_sightings_in_every_order(tmp_path, order):
    db = Database(tmp_path / "m.sqlite3")
    ids = sync_feeds(db, [(f, f"https://{f}.example/rss") for f in STORY_B])
    for n, feed in enumerate(order):
        write_feed_items(db, ids[feed], [story_b_copy(feed)], NOW + timedelta(minutes=n))
    assert count_items(db) == 1
    (row,) = timeline_page(db).rows
    assert row.sources == 4
    detail = item_detail(db, row.item_id)
    assert detail is not None
    assert sorted(s.guid for s in detail.sightings) == sorted(g for _, g in STORY_B.values())  # none lost, none twice
    assert {(h.name, h.priority) for h in detail.hits} == {("southcom", Priority.IMMEDIATE),
                                                         ("ecuador-narco", Priority.FLASH)}
    assert detail.priority == Priority.FLASH
    assert rows(db, "SELECT DISTINCT item_id FROM item_key") == [(row.item_id,)]
    assert scalar(db, "SELECT count(*) FROM item_key") == 5  # three links, two texts
    assert scalar(db, "SELECT count(*) FROM story") == 1
    names = rows(db, "SELECT type, name, text FROM item_entity")
    assert len(names) == len(set(names)) and ("org", "U.S. Southern Command") in {n[:2] for n in names}
    assert count_items(db, TimelineFilter(query="Southern Command")) == 1
    assert_consistent(db)
    db.close()


def test_a_copy_bridging_two_items_merges_them_into_the_older(db):
    ids = sync_feeds(db, [(f, f"https://{f}.example/rss") for f in ("wire", "copy", "agg")])
    cocaine = Entity("org", "Los Lobos", "Los Lobos")
    a = write_feed_items(db, ids["wire"], [prepared(
        1, title="Raid in Guayaquil", url="https://x.example/a", countries=("EC",), entities=(cocaine,),
        hits=(WatchHit("w1", Priority.ROUTINE, ("raid",)),))], T0).new_ids[0]
    b = write_feed_items(db, ids["copy"], [prepared(
        2, title="Raid copy", url="https://y.example/b", countries=("EC", "CO"), entities=(cocaine,),
        hits=(WatchHit("w1", Priority.FLASH, ("narco",)), WatchHit("w2", Priority.ROUTINE, ("port",))))],
        T0).new_ids[0]
    assert count_items(db) == 2
    bridge = prepared(3, title="Raid copy", url="https://x.example/a?utm_source=x", guid="agg-1")
    bridge = replace(bridge, canonical_url="https://x.example/a")  # the fixture does not canonicalise
    result = write_feed_items(db, ids["agg"], [bridge], T0 + timedelta(minutes=5))
    assert result.new_ids == [] and result.updated_ids == [a] and result.new_sightings == 1
    assert count_items(db) == 1
    detail = item_detail(db, a)
    assert detail is not None and item_detail(db, b) is None
    assert detail.title == "Raid in Guayaquil"  # the older item's telling survives
    assert sorted(s.guid for s in detail.sightings) == ["agg-1", "guid-1", "guid-2"]
    assert {(h.name, h.priority, h.terms) for h in detail.hits} == {
        ("w1", Priority.FLASH, ("narco",)), ("w2", Priority.ROUTINE, ("port",))}
    assert detail.priority == Priority.FLASH
    assert sorted(detail.countries) == ["CO", "EC"]
    assert rows(db, "SELECT countries FROM item") == [("EC CO",)]
    assert rows(db, "SELECT name FROM item_entity WHERE type = 'org'") == [("Los Lobos",)]
    (row,) = timeline_page(db).rows
    assert row.sources == 3 and scalar(db, "SELECT count(*) FROM story") == 1
    assert count_items(db, TimelineFilter(query="copy")) == 0  # the absorbed row left the index with it
    assert count_items(db, TimelineFilter(query="Guayaquil")) == 1
    assert_consistent(db)


def test_a_merge_moves_only_the_copy_and_recounts_both_stories(db):
    """The absorbed item leaves its story for the survivor's; a rewrite it had drawn stays behind."""
    ids = sync_feeds(db, [(f, f"https://{f}.example/rss") for f in ("wire", "monitor", "local", "agg")])
    bomb = car_bomb("w1", "https://wire.example/bomb", 0)
    first = write_feed_items(db, ids["wire"], [prepared(1, url="https://x.example/a")], T0).new_ids[0]
    second = write_feed_items(db, ids["monitor"], [bomb], T0).new_ids[0]
    rewrite = write_feed_items(db, ids["local"], [car_bomb("l1", "https://local.example/r", 1)], T0).new_ids[0]
    assert story(db, second) == story(db, rewrite) != story(db, first)
    old_story = story(db, second)
    bridge = replace(bomb, data=replace(bomb.data, guid="agg-1"), canonical_url="https://x.example/a")
    write_feed_items(db, ids["agg"], [bridge], T0 + timedelta(minutes=5))
    assert count_items(db) == 2 and story(db, first) != old_story
    assert rows(db, "SELECT id, sources FROM story ORDER BY id") == sorted(
        [(story(db, first), 3), (old_story, 1)])
    assert_consistent(db)


def test_a_merge_never_lands_the_article_in_a_story_a_user_split_it_out_of(db):
    ids = sync_feeds(db, [(f, f"https://{f}.example/rss") for f in ("wire", "local", "agg")])
    first = write_feed_items(db, ids["wire"], [car_bomb("w1", "https://wire.example/bomb", 0)], T0).new_ids[0]
    rewrite = car_bomb("l1", "https://local.example/r", 1)
    second = write_feed_items(db, ids["local"], [rewrite], T0).new_ids[0]
    shared = story(db, first)
    assert story(db, second) == shared
    own = split_item(db, second)  # the user: the rewrite is another event
    bridge = replace(rewrite, data=replace(rewrite.data, guid="agg-1"), canonical_url="https://wire.example/bomb")
    write_feed_items(db, ids["agg"], [bridge], T0 + timedelta(minutes=5))
    assert count_items(db) == 1 and story(db, first) == own
    assert rows(db, "SELECT item_id, story_id FROM story_split") == [(first, shared)]
    assert rows(db, "SELECT id, sources FROM story") == [(own, 3)]
    assert_consistent(db)


def test_an_item_absorbed_in_the_same_write_is_not_reported_as_new(db):
    ids = sync_feeds(db, [("wire", "https://wire.example/rss"), ("agg", "https://agg.example/rss")])
    old = write_feed_items(db, ids["wire"], [prepared(1, url="https://x.example/a")], T0).new_ids[0]
    fresh = prepared(2, url="https://z.example/z", guid="agg-1")
    bridge = prepared(1, url="https://z.example/z", guid="agg-2")  # the wire's text under the new link
    result = write_feed_items(db, ids["agg"], [fresh, bridge], T0)
    assert result.new_ids == [] and result.updated_ids == [old] and result.new_sightings == 1
    assert count_items(db) == 1 and scalar(db, "SELECT count(*) FROM sighting") == 3


def test_revisions_still_update_and_two_wordings_never_flip_the_item(db):
    ids = sync_feeds(db, [(f, f"https://{f}.example/rss") for f in STORY_B])
    for n, feed in enumerate(STORY_B):
        write_feed_items(db, ids[feed], [story_b_copy(feed)], NOW + timedelta(minutes=n))
    (item_id,) = rows(db, "SELECT id FROM item")[0]
    for feed in STORY_B:  # every outlet polled again, unchanged: the teaser is not a revision of the original
        again = write_feed_items(db, ids[feed], [story_b_copy(feed)], NOW + timedelta(hours=1))
        assert again.unchanged == 1 and again.updated_ids == [] and again.new_ids == []
    wire = story_b_copy("wire")
    revised = replace(wire, data=replace(wire.data, title=wire.data.title + " (updated)"),
                      content_hash=content_fingerprint(wire.data.title + " (updated)", wire.data.summary))
    result = write_feed_items(db, ids["wire"], [revised], NOW + timedelta(hours=2))
    assert result.updated_ids == [item_id] and result.new_ids == []
    detail = item_detail(db, item_id)
    assert detail is not None and detail.title.endswith("(updated)") and detail.revisions == 1
    assert count_items(db) == 1 and scalar(db, "SELECT count(*) FROM sighting") == 4
    # the old text still names the article: a late copy of it is a sighting, not a new item
    late = replace(wire, data=replace(wire.data, guid="late-1", url="https://late.example/x"),
                   canonical_url="https://late.example/x")
    assert write_feed_items(db, ids["aggregator"], [late], NOW + timedelta(hours=3)).new_sightings == 1
    assert count_items(db) == 1
    assert_consistent(db)


def test_a_revision_that_takes_another_items_text_merges_them(db):
    ids = sync_feeds(db, [("wire", "https://wire.example/rss"), ("copy", "https://copy.example/rss")])
    a = write_feed_items(db, ids["wire"], [prepared(1, title="Draft")], T0).new_ids[0]
    b = write_feed_items(db, ids["copy"], [prepared(2, title="Final")], T0).new_ids[0]
    result = write_feed_items(db, ids["wire"], [prepared(1, title="Final")], T0 + timedelta(minutes=5))
    assert result.updated_ids == [a] and count_items(db) == 1 and item_detail(db, b) is None
    assert scalar(db, "SELECT count(*) FROM sighting") == 2
    assert_consistent(db)


def test_a_version_2_database_migrates_and_keeps_every_copys_link(tmp_path):
    path = tmp_path / "v2.sqlite3"
    db = Database(path)
    ids = sync_feeds(db, [(f, f"https://{f}.example/rss") for f in STORY_B])
    for feed in ("wire", "andes-daily"):  # one item: the wire's row, and the verbatim copy as a sighting
        write_feed_items(db, ids[feed], [story_b_copy(feed)], NOW)
    db.close()
    with sqlite3.connect(path) as conn:  # back to the version 2 schema, as a v2 monitor left it
        conn.executescript(
            "DROP TABLE item_key; ALTER TABLE feed DROP COLUMN last_warning;"
            " UPDATE meta SET value='2' WHERE key='schema_version';"
        )
    db = Database(path)
    assert db.schema_version() == SCHEMA_VERSION and db.integrity_ok()
    wire, andes = story_b_copy("wire"), story_b_copy("andes-daily")
    assert set(rows(db, "SELECT kind, key, item_id FROM item_key")) == {
        ("url", wire.canonical_url, 1), ("text", wire.content_hash, 1),
        ("url", andes.canonical_url, 1)}  # the copy's link, from its sighting
    teaser = replace(story_b_copy("aggregator"), data=replace(andes.data, guid="agg-9", summary="Teaser."),
                     canonical_url=andes.canonical_url, content_hash="teaser")
    for n, copy in enumerate((teaser, story_b_copy("aggregator"), story_b_copy("hemisphere-defense"))):
        feed = "hemisphere-defense" if copy.data.guid.startswith("hdr") else "aggregator"
        assert write_feed_items(db, ids[feed], [copy], NOW + timedelta(minutes=n + 1)).new_sightings == 1
    assert count_items(db) == 1 and scalar(db, "SELECT count(*) FROM sighting") == 5
    assert_consistent(db)
    db.close()
    Database(tmp_path / "fresh.sqlite3").close()
    schema = "SELECT type, name, sql FROM sqlite_master WHERE tbl_name = 'item_key' ORDER BY name"
    with sqlite3.connect(path) as migrated, sqlite3.connect(tmp_path / "fresh.sqlite3") as new:
        moved, normal = ([(t, n, " ".join(sql.split())) for t, n, sql in c.execute(schema)] for c in (migrated, new))
        assert moved == normal


def test_the_migration_gives_a_key_two_v2_items_shared_to_the_older(tmp_path):
    """An item row's own keys are claimed oldest first; two items a v2 store already shared a key
    between stay two (they are merged when the next copy names both)."""
    path = tmp_path / "v2.sqlite3"
    db = Database(path)
    ids = sync_feeds(db, [("wire", "https://wire.example/rss"), ("copy", "https://copy.example/rss")])
    write_feed_items(db, ids["wire"], [prepared(1)], T0)
    write_feed_items(db, ids["copy"], [prepared(2)], T0)
    db.close()
    with sqlite3.connect(path) as conn:
        conn.executescript("DROP TABLE item_key; ALTER TABLE feed DROP COLUMN last_warning;"
                           " UPDATE meta SET value='2' WHERE key='schema_version';"
                           " UPDATE item SET canonical_url = 'https://example.org/1';")
    db = Database(path)
    assert rows(db, "SELECT kind, key, item_id FROM item_key WHERE kind = 'url'") == [
        ("url", "https://example.org/1", 1), ("url", "https://example.org/2", 2)]  # the second from its sighting
    db.close()


# --- helpers ------------------------------------------------------------------------------------------


def story(db: Database, item_id: int) -> int:
    return scalar(db, "SELECT story_id FROM item WHERE id = ?", item_id)  # type: ignore[return-value]


def car_bomb(guid: str, link: str, which: int) -> PreparedItem:
    """The car bomb (0) or another outlet's rewrite of it (1), tagged by the real tagger: the two fold."""
    return told(guid, *(BOMB, BOMB_REWRITE)[which], at=T0, url=link)


def test_a_recurring_briefing_with_the_same_boilerplate_is_a_new_item_each_edition(db):
    """Next week's "Morning briefing" repeats this week's text word for word: under a generic title the text is
    no identity, so it is a new item (and, a week on, its own story), never a sighting of the old one."""
    ids = sync_feeds(db, [("paper", "https://paper.example/rss")])
    title = "Morning briefing: What you need to know today"
    text = "Good morning. Here are the stories making headlines this Tuesday, plus the weather."
    week = timedelta(days=7)
    first = write_feed_items(db, ids["paper"], [prepared(1, title=title, summary=text)], T0).new_ids
    later = write_feed_items(db, ids["paper"], [prepared(2, title=title, summary=text, published=T0 + week)],
                             T0 + week).new_ids
    assert len(first) == len(later) == 1 and first != later
    assert count_items(db) == 2 and len(timeline_page(db).rows) == 2


def test_a_verbatim_copy_under_another_link_is_still_one_item(db):
    ids = sync_feeds(db, [("wire", "https://wire.example/rss"), ("copy", "https://copy.example/rss")])
    story = {"title": "Car bomb kills 12 in Guayaquil", "summary": "A car bomb exploded near a market on Monday."}
    write_feed_items(db, ids["wire"], [prepared(1, **story)], T0)
    result = write_feed_items(db, ids["copy"], [prepared(2, **story, url="https://copy.example/2")], T0)
    assert result.new_ids == [] and count_items(db) == 1
