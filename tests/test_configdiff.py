"""What a reload says changed, and renames that keep a feed's stored history."""

from __future__ import annotations

import pytest

from monitor.config import parse_config
from monitor.configdiff import diff_configs
from monitor.errors import StoreError
from monitor.store.feeds import feed_health, rename_feed, sync_feeds
from monitor.store.writer import write_feed_items
from tests.fixtures.store import T0, prepared

BASE = """
[settings]
interval = "10m"

[[feeds]]
name = "wire"
url = "https://wire.example/rss"
tags = ["latam"]

[[feeds]]
name = "local"
url = "https://local.example/rss"

[[watches]]
name = "ecuador"
keywords = ["narco*"]
regions = ["Ecuador"]

[regions]
"Southern Andes" = ["Peru", "Bolivia"]

[[entities]]
name = "U.S. Southern Command"
aliases = ["SOUTHCOM"]
"""


def edited(*pairs: tuple[str, str]) -> str:
    text = BASE
    for old, new in pairs:
        assert old in text
        text = text.replace(old, new)
    return text


def diff(text: str):  # type: ignore[no-untyped-def]
    return diff_configs(parse_config(BASE), parse_config(text))


def test_no_edit_is_no_change_and_moving_a_watch_in_the_file_is_not_a_change():
    assert diff(BASE).empty and diff(BASE).summary() == "no changes"
    moved = edited(('[[watches]]', '\n\n[[watches]]'))
    assert diff(moved).empty


def test_added_removed_and_changed_feeds_and_watches_are_counted():
    text = edited(
        ('tags = ["latam"]', 'tags = ["latam", "wire"]\ninterval = "5m"'),
        ('[[feeds]]\nname = "local"\nurl = "https://local.example/rss"\n', ""),
        ('[[watches]]', ('[[feeds]]\nname = "a"\nurl = "https://a.example/rss"\n\n'
                         '[[feeds]]\nname = "b"\nurl = "https://b.example/rss"\n\n[[watches]]')),
        ('keywords = ["narco*"]', 'keywords = ["narco*", "cartel"]'),
    ) + '\n[[watches]]\nname = "new"\nkeywords = ["x"]\n'
    d = diff(text)
    assert [f.name for f in d.feeds_added] == ["a", "b"]
    assert [f.name for f in d.feeds_removed] == ["local"]
    assert [(c.after.name, c.fields) for c in d.feeds_changed] == [("wire", ("interval", "tags"))]
    assert d.watches_added == ("new",) and d.watches_changed == ("ecuador",)
    assert d.summary() == "2 feeds added, 1 feed removed, 1 feed changed, 1 watch added, 1 watch changed"


def test_regions_entities_and_settings_changes_are_named():
    text = edited(
        ('interval = "10m"', 'interval = "15m"\nconcurrency = 4'),
        ('["Peru", "Bolivia"]', '["Peru", "Bolivia", "Chile"]'),
        ('aliases = ["SOUTHCOM"]', 'aliases = ["SOUTHCOM", "Southern Command"]'),
    )
    d = diff(text)
    assert d.settings_changed == ("interval", "concurrency")
    assert d.regions_changed == ("Southern Andes",) and d.entities_changed == ("U.S. Southern Command",)
    assert d.summary() == "1 region changed, 1 entity changed, settings changed"


def test_a_new_name_on_the_same_url_is_a_rename_and_a_new_url_under_the_same_name_a_url_change():
    text = edited(('name = "wire"', 'name = "hemisphere-wire"'), ("https://local.example/rss", "https://local.example/atom"))
    d = diff(text)
    assert not d.feeds_added and not d.feeds_removed
    assert d.renamed == (("wire", "hemisphere-wire"),)
    assert {c.after.name: c.fields for c in d.feeds_changed} == {"hemisphere-wire": ("name",), "local": ("url",)}
    assert d.summary() == "1 feed renamed, 1 feed changed"


def test_a_rename_keeps_the_stored_history_with_the_feed(db):
    ids = sync_feeds(db, [("wire", "https://wire.example/rss"), ("local", "https://local.example/rss")])
    write_feed_items(db, ids["wire"], [prepared(1), prepared(2)], T0)
    renamed = sync_feeds(db, [("hemisphere-wire", "https://wire.example/rss"), ("local", "https://local.example/rss")])
    assert renamed["hemisphere-wire"] == ids["wire"]  # same row, so same sightings
    health = {h.name: h for h in feed_health(db, include_inactive=True)}
    assert set(health) == {"hemisphere-wire", "local"} and health["hemisphere-wire"].items == 2


def test_a_feed_re_added_under_a_new_name_gets_its_old_history_back(db):
    ids = sync_feeds(db, [("wire", "https://wire.example/rss")])
    write_feed_items(db, ids["wire"], [prepared(1)], T0)
    sync_feeds(db, [])  # removed from the config: inactive, items kept
    back = sync_feeds(db, [("wire-again", "https://wire.example/rss")])
    assert back["wire-again"] == ids["wire"]
    assert [(h.name, h.active, h.items) for h in feed_health(db)] == [("wire-again", True, 1)]


def test_rename_feed_is_explicit_and_refuses_unknown_or_taken_names(db):
    ids = sync_feeds(db, [("wire", "https://wire.example/rss"), ("local", "https://local.example/rss")])
    rename_feed(db, "wire", "wire2")
    assert sync_feeds(db, [("wire2", "https://wire.example/rss"), ("local", "https://local.example/rss")])["wire2"] == ids["wire"]
    with pytest.raises(StoreError, match="no such feed"):
        rename_feed(db, "nope", "x")
    with pytest.raises(StoreError, match="exists"):
        rename_feed(db, "wire2", "local")
