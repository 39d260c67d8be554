"""The fast writer stores exactly what the item-by-item one did: worker features, bulk look-ups, plain SQL."""

from __future__ import annotations

import random
import sqlite3
from dataclasses import replace
from datetime import timedelta

import pytest
from sqlalchemy import select

from monitor import minhash
from monitor.analysis import story_features
from monitor.dedup import content_fingerprint
from monitor.minhash import STORY_HASHER, MinHasher
from monitor.models import ItemData, PreparedItem
from monitor.store import Database
from monitor.store.feeds import sync_feeds
from monitor.store.profiles import TEXTS, band_keys, item_profile, stored_text_profile
from monitor.store.tables import ItemRow
from monitor.store.writer import write_feed_items
from monitor.stories import make_profile, profile_from_tags
from monitor.storytext import read_text
from monitor.tagging import get_tagger
from tests.fixtures.store import T0, flash_hit
from tests.test_stories import BOMB, BOMB_LOOKALIKE, BOMB_REWRITE

TEXTS_TO_READ = [
    BOMB, BOMB_REWRITE, BOMB_LOOKALIKE,
    ("Live updates", "Ecuador's navy seized 4.2 tonnes of cocaine off Manta; twelve arrested, after a raid killed 3."),
    ("Item 7", ""),
    ("Capturan a 12 presuntos narcotraficantes en Guayaquil",
     "La Policía Nacional detuvo a doce personas tras un operativo contra Los Lobos en el puerto de Guayaquil."),
    ("SOUTHCOM and the Coast Guard interdict a semi-submersible",
     "U.S. Southern Command said the vessel carried about 1,200 kg, the third such seizure since 2024."),
]


def tagged(guid: str, title: str, summary: str, *, url: str | None = None, features: bool = True,
           minutes: int = 0) -> PreparedItem:
    tags = get_tagger().tag(title, summary)
    item = PreparedItem(
        data=ItemData(guid=guid, url=url or f"https://news.example/{guid}", title=title, summary=summary,
                      published=T0 + timedelta(minutes=minutes)),
        canonical_url=url or f"https://news.example/{guid}",
        content_hash=content_fingerprint(title, summary),
        tags=tags,
        hits=(flash_hit(),) if "cocaine" in summary else (),
    )
    return replace(item, features=story_features(title, summary, tags)) if features else item


@pytest.mark.parametrize(("title", "summary"), TEXTS_TO_READ)
def test_the_workers_features_are_the_profile_the_writer_would_read(title, summary):
    tags = get_tagger().tag(title, summary)
    features = story_features(title, summary, tags)
    expected = profile_from_tags(title, summary, T0, tags)
    assert (frozenset(features.words), frozenset(features.core), features.generic) == (
        expected.words, expected.core, expected.generic)
    assert {k: frozenset(v) for k, v in features.counts} == dict(expected.counts)
    assert tuple(map(frozenset, (features.names, features.places, features.countries))) == (
        expected.names, expected.places, expected.countries)
    assert features.band_keys == band_keys(expected)
    with_features = replace(tagged("x", title, summary), tags=tags)
    assert item_profile(with_features, T0) == (expected, features.band_keys)
    assert item_profile(replace(with_features, features=None), T0) == (expected, features.band_keys)


def test_a_stored_items_profile_read_from_the_cache_is_the_same(monkeypatch):
    monkeypatch.setattr(TEXTS, "_entries", {})
    for title, summary in TEXTS_TO_READ:
        fresh = make_profile(title, summary, T0, names=["Los Lobos"], places=["Guayaquil"], countries=["EC"])
        first = stored_text_profile(title, summary, T0, names=["Los Lobos"], places=["Guayaquil"], countries=["EC"])
        cached = stored_text_profile(title, summary, T0, names=["Los Lobos"], places=["Guayaquil"], countries=["EC"])
        assert fresh == first == cached


def test_read_text_gives_the_same_reading_with_its_token_cache_warm():
    for title, summary in TEXTS_TO_READ:
        text = f"{title}.\n{summary}"
        cold, warm = read_text(text), read_text(text)
        assert (cold.words, cold.core, cold.counts) == (warm.words, warm.core, warm.counts)


def test_minhash_signatures_are_the_formula_with_or_without_the_word_cache(monkeypatch):
    monkeypatch.setattr(minhash, "WORD_CACHE", 5)  # evicting all the time
    hasher = MinHasher.create(8, 2)
    rng = random.Random(7)
    vocabulary = [f"w{i}" for i in range(40)]
    for _ in range(50):
        words = set(rng.sample(vocabulary, rng.randrange(1, 20)))
        hashed = [minhash._base_hash(w) for w in words]
        assert hasher.signature(words) == [min((a * x + b) % minhash._PRIME for x in hashed)
                                           for a, b in hasher.coefficients]
    assert len(hasher._values) <= 5
    assert STORY_HASHER.keys_for(set()) == []


def dump(db: Database) -> dict[str, list[tuple]]:  # type: ignore[type-arg]
    path = db.url.removeprefix("sqlite:///")
    tables = ["story", "item", "sighting", "item_key", "item_entity", "item_country", "item_region", "watch_hit",
              "story_band", "story_split"]
    with sqlite3.connect(path) as conn:
        return {t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in tables}


def tricky_feed(*, features: bool) -> list[PreparedItem]:
    """One feed's items that lean on each other inside the transaction: a rewrite folding into an earlier
    item's story, a copy whose link and text name two earlier items (a merge), a revision of an earlier
    guid, an exact repeat of a merged item's text, and an item listed twice."""
    def make(guid: str, title: str, summary: str, **kwargs: object) -> PreparedItem:
        return tagged(guid, title, summary, features=features, **kwargs)  # type: ignore[arg-type]

    return [
        make("a", *BOMB, url="https://wire.example/bomb"),
        make("b", *BOMB_REWRITE, url="https://daily.example/bomb", minutes=5),
        make("c", *BOMB_LOOKALIKE, minutes=9),
        make("d", *TEXTS_TO_READ[3], url="https://wire.example/navy"),
        make("e", BOMB_REWRITE[0], BOMB_REWRITE[1], url="https://wire.example/bomb", minutes=12),  # bridges a and b
        make("a", BOMB[0], BOMB[1] + " Updated.", url="https://wire.example/bomb", minutes=15),  # revision
        make("f", *BOMB_REWRITE, url="https://agg.example/x", minutes=20),  # the merged item's text again
        make("g", *TEXTS_TO_READ[5], minutes=25),
        make("g", *TEXTS_TO_READ[5], minutes=25),
    ]


@pytest.mark.parametrize("features", [True, False])
def test_one_transaction_stores_what_item_by_item_writes_do(tmp_path, features):
    one, each = Database(tmp_path / "one.sqlite3"), Database(tmp_path / "each.sqlite3")
    try:
        feeds = [sync_feeds(db, [("wire", "https://w.example/rss"), ("other", "https://o.example/rss")])
                 for db in (one, each)]
        first = [tagged("w1", *TEXTS_TO_READ[6], url="https://daily.example/bomb")]  # another feed holds a key
        write_feed_items(one, feeds[0]["other"], first, T0)
        write_feed_items(each, feeds[1]["other"], first, T0)
        result = write_feed_items(one, feeds[0]["wire"], tricky_feed(features=features), T0 + timedelta(hours=1))
        for item in tricky_feed(features=features):
            write_feed_items(each, feeds[1]["wire"], [item], T0 + timedelta(hours=1))
        assert dump(one) == dump(each)
        stored = {r[0] for r in dump(one)["item"]}
        assert set(result.new_ids) <= stored and set(result.updated_ids) <= stored
    finally:
        one.close()
        each.close()


def test_worker_features_and_none_store_the_same_rows(tmp_path):
    dbs = [Database(tmp_path / "with.sqlite3"), Database(tmp_path / "without.sqlite3")]
    try:
        for db, features in zip(dbs, (True, False)):
            feed = sync_feeds(db, [("wire", "https://w.example/rss")])["wire"]
            write_feed_items(db, feed, tricky_feed(features=features), T0 + timedelta(hours=1))
        assert dump(dbs[0]) == dump(dbs[1])
    finally:
        for db in dbs:
            db.close()


def test_times_written_as_plain_sql_compare_equal_to_sqlalchemys(db):
    feed = sync_feeds(db, [("wire", "https://w.example/rss")])["wire"]
    write_feed_items(db, feed, [tagged("a", *BOMB)], T0 + timedelta(hours=1))
    table = ItemRow.__table__
    with db.reader.connect() as conn:
        found = conn.execute(select(table.c.ts, table.c.fetched).where(table.c.ts == T0)).all()
    assert found == [(T0, T0 + timedelta(hours=1))]
