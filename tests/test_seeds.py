"""The sample feeds and the demo configuration are fixtures other tests and the demo rely on.

They are hand-written XML, so these tests pin what seeds/README.md promises:
every file is well-formed, holds the items it says, dates fall in the
documented window, and demo.toml is a valid config once its base URL is set.
"""

from __future__ import annotations

import tomllib
from datetime import UTC, datetime
from pathlib import Path

import feedparser
import pytest

from monitor.demo import demo_config_text, seeds_dir
from monitor.priority import Priority

FEEDS = seeds_dir() / "feeds"
EXPECTED = {
    "wire.rss": ("rss20", 10),
    "andes-daily.atom": ("atom10", 8),
    "hemisphere-defense.rss": ("rss20", 8),
    "quito-tribune.rss": ("rss20", 8),
    "aggregator.rss": ("rss20", 8),
    "world-briefs.atom": ("atom10", 8),
    "live/newsdesk.rss": ("rss20", 6),
}
STATIC_WINDOW = (datetime(2026, 11, 20, tzinfo=UTC), datetime(2026, 11, 22, tzinfo=UTC))
BASE = "http://127.0.0.1:8123"


def parsed(name: str) -> feedparser.FeedParserDict:
    return feedparser.parse((FEEDS / name).read_bytes())


def published(entry: feedparser.FeedParserDict) -> datetime:
    return datetime(*entry.published_parsed[:6], tzinfo=UTC)


def every_entry() -> list[tuple[str, feedparser.FeedParserDict]]:
    return [(name, entry) for name in EXPECTED for entry in parsed(name).entries]


def test_every_feed_file_is_listed_here() -> None:
    on_disk = {p.relative_to(FEEDS).as_posix() for p in FEEDS.rglob("*") if p.is_file()}
    assert on_disk == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_feed_is_well_formed_with_the_documented_item_count(name: str) -> None:
    version, count = EXPECTED[name]
    feed = parsed(name)
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == version
    assert len(feed.entries) == count
    for entry in feed.entries:
        assert entry.title.strip() and entry.link.startswith(("http://", "https://"))
        assert entry.get("published_parsed") is not None


def test_static_items_fall_in_the_two_days_before_the_22nd_and_live_items_after() -> None:
    start, end = STATIC_WINDOW
    for name, entry in every_entry():
        when = published(entry)
        if name.startswith("live/"):
            assert when >= end, entry.title
        else:
            assert start <= when < end, (name, entry.title)


def test_there_are_about_fifty_static_items() -> None:
    assert sum(count for name, (_, count) in EXPECTED.items() if not name.startswith("live/")) == 50


def test_guids_are_unique_and_three_items_have_none() -> None:
    ids = [entry.get("id") for _, entry in every_entry()]
    given = [i for i in ids if i]
    assert len(given) == len(set(given))
    assert ids.count(None) == 3


def test_titles_carry_the_hostile_text_the_readme_promises() -> None:
    titles = [entry.title for _, entry in every_entry()]
    assert "Terminal app maintainers patch [bold red]markup[/] injection bug" in titles
    assert any(t.startswith("&#27;[31mALERT&#27;[0m") for t in titles)


def test_both_seed_stories_are_told_in_spanish_too() -> None:
    titles = {entry.title for entry in parsed("quito-tribune.rss").entries}
    assert (
        "Fuerzas Armadas de Ecuador y el Comando Sur de EE.UU. lanzan operación contra narcoterroristas en Guayaquil"
        in titles
    )
    assert "Aviones de la Fuerza Aérea de EE.UU. llegan a Ecuador para combatir el narcotráfico" in titles


def test_readme_describes_every_feed_file() -> None:
    readme = (seeds_dir() / "README.md").read_text(encoding="utf-8")
    for name in EXPECTED:
        assert f"`feeds/{name}`" in readme


# --- demo.toml ---------------------------------------------------------------------------------


def demo_doc() -> dict:
    return tomllib.loads(demo_config_text(BASE))


def test_demo_config_points_every_feed_at_a_served_file() -> None:
    text = demo_config_text(BASE + "/")
    assert "{base_url}" not in text
    urls = [feed["url"] for feed in tomllib.loads(text)["feeds"]]
    assert {url.removeprefix(BASE + "/feeds/") for url in urls} == set(EXPECTED)


def test_demo_config_has_the_four_watches_in_priority_order() -> None:
    watches = {w["name"]: w for w in demo_doc()["watches"]}
    assert [(name, Priority.parse(w["priority"])) for name, w in watches.items()] == [
        ("ecuador-narco", Priority.FLASH),
        ("southcom", Priority.IMMEDIATE),
        ("latam-security", Priority.PRIORITY),
        ("andes", Priority.ROUTINE),
    ]
    narco = watches["ecuador-narco"]
    assert narco["regions"] == ["Ecuador"] and {"football", "fútbol"} <= set(narco["exclude"])
    assert {"narco*", "cartel*", "drug trafficking", "narcotráfico"} <= set(narco["keywords"])
    assert watches["andes"]["regions"] == ["Southern Andes"]
    from monitor.watchquery import parse_query

    parse_query(watches["southcom"]["query"])  # raises on a malformed query


def test_demo_config_defines_the_custom_region_and_southcom_aliases() -> None:
    doc = demo_doc()
    assert doc["regions"]["Southern Andes"] == ["Peru", "Bolivia", "Chile", "Argentina"]
    (southcom,) = [e for e in doc["entities"] if e["name"] == "U.S. Southern Command"]
    assert {"SOUTHCOM", "Southern Command", "Comando Sur"} <= set(southcom["aliases"])


# The validator and the query parser are imported where used, so that while they change
# only the tests that need them are affected.


def test_demo_config_passes_the_validator() -> None:
    from monitor.config import parse_config

    config = parse_config(demo_config_text(BASE), "demo.toml")
    assert len(config.feeds) == len(EXPECTED)


def test_repo_feeds_toml_passes_the_validator() -> None:
    from monitor.config import parse_config
    from monitor.watchquery import parse_query

    path = Path(__file__).parents[1] / "feeds.toml"
    config = parse_config(path.read_text(encoding="utf-8"), str(path))
    assert {"ecuador-narco", "southcom", "latam-security", "andes"} <= {w.name for w in config.watches}
    for watch in config.watches:
        if watch.query:
            parse_query(watch.query)


def test_base_url_that_would_break_the_toml_is_refused() -> None:
    with pytest.raises(ValueError):
        demo_config_text('http://x/"; evil = "1')


def test_the_wheel_lists_every_package_and_ships_the_seeds():
    """pyproject names its packages one by one (seeds/ goes in as monitor.seeds, which `find` cannot map),
    so a new subpackage left off that list would be missing from an installed monitor."""
    import tomllib
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    setup = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    on_disk = {".".join(p.parent.relative_to(root).parts) for p in (root / "monitor").rglob("__init__.py")}
    assert on_disk | {"monitor.seeds"} == set(setup["packages"])
    assert setup["package-dir"]["monitor.seeds"] == "seeds"
    shipped = setup["package-data"]["monitor.seeds"]
    seeds = root / "seeds"
    for path in seeds.rglob("*"):
        if path.is_file():
            relative = path.relative_to(seeds)
            fits = [p for p in shipped if len(Path(p).parts) == len(relative.parts) and relative.match(p)]
            assert fits, f"seeds/{relative} would not ship in the wheel"
