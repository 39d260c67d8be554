"""OPML from newsboat, Miniflux and FreshRSS; hostile files refused; our export reads back; `monitor opml`."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from monitor.cli import main
from monitor.config import empty_config, parse_config
from monitor.errors import ConfigError
from monitor.opml import export_opml, parse_opml, plan_import, read_opml
from monitor.validate import load_checked

OPML = Path(__file__).parent / "data" / "opml"


def test_newsboat_export_is_flat_opml_1_with_titles_only():
    feeds = read_opml(OPML / "newsboat.opml")
    assert [(f.url, f.title, f.tags) for f in feeds] == [
        ("https://insightcrime.org/feed/", "InSight Crime", ()),
        ("https://www.primicias.ec/feed/", "Primicias & Noticias del Ecuador", ()),
        ("https://www.crisisgroup.org/rss.xml", None, ()),
        ("https://insightcrime.org/feed/", "InSight Crime (again)", ()),
    ]
    new, skipped = plan_import(feeds, empty_config())
    assert [f.name for f in new] == ["insight-crime", "primicias-noticias-del-ecuador", "crisisgroup-org"]
    assert [(s.feed.url, s.reason) for s in skipped] == [
        ("https://insightcrime.org/feed/", "repeated in the OPML file (added as 'insight-crime')")
    ]


def test_miniflux_export_has_category_folders_that_become_tags():
    feeds = read_opml(OPML / "miniflux.opml")
    assert [(f.title, f.tags) for f in feeds] == [
        ("Crisis Group", ()),  # Miniflux's catch-all "All" folder is no tag
        ("Diálogo Américas", ("latin-america",)),
        ("El Universo — Seguridad", ("latin-america",)),
    ]
    assert [f.name for f in plan_import(feeds, empty_config())[0]] == [
        "crisis-group", "dialogo-americas", "el-universo-seguridad",
    ]


def test_freshrss_export_with_its_namespace_and_a_scraping_source_that_is_skipped():
    feeds = read_opml(OPML / "freshrss.opml")
    assert [(f.title, f.tags, f.kind) for f in feeds] == [
        ("InSight Crime", (), "rss"),
        ("Defense & Maritime", ("security",), "rss"),
        ("Scraped bulletins", ("security",), "HTML+XPath"),
    ]
    config = parse_config('[[feeds]]\nname = "ic"\nurl = "http://insightcrime.org/feed"\n')
    new, skipped = plan_import(feeds, config)
    assert [f.name for f in new] == ["defense-maritime"]
    assert [s.reason for s in skipped] == [
        "already present as feed 'ic'", "not an RSS or Atom feed (type HTML+XPath)",
    ]


def test_nested_folders_and_opml2_categories_all_become_tags():
    data = b"""<?xml version="1.0"?><opml version="2.0"><head/><body>
      <outline text="News"><outline title="Latin America">
        <outline text="W" xmlUrl="https://w.example/rss" category="/Security/Maritime,/news"/>
      </outline></outline>
      <outline text="X" xmlUrl="javascript:alert(1)"/>
    </body></opml>"""
    assert [(f.url, f.tags) for f in parse_opml(data)] == [
        ("https://w.example/rss", ("news", "latin-america", "security", "maritime")),
    ]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b'<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY a "aaaa">]><opml><body/></opml>', "DOCTYPE"),
        (b'<?xml version="1.0"?><!DOCTYPE opml SYSTEM "http://evil.example/x.dtd"><opml/>', "DOCTYPE"),
        (b'<?xml version="1.0"?>\n<rss version="2.0"><channel/></rss>', "not an OPML file"),
        (b'<?xml version="1.0"?>\n<opml>\n<body><outline text="a"></body></opml>', "not valid XML"),
        (b"", "not valid XML"),
    ],
)
def test_hostile_or_broken_files_are_refused_with_a_location(data, message):
    with pytest.raises(ConfigError) as err:
        parse_opml(data, "subs.opml")
    problem = err.value.problems[0]
    assert problem.path == "subs.opml" and message in problem.message and problem.line >= 1


def test_billion_laughs_is_refused_before_any_expansion():
    laughs = Path(__file__).parent / "data" / "feeds" / "billion_laughs.xml"
    with pytest.raises(ConfigError, match="DOCTYPE"):
        parse_opml(laughs.read_bytes().replace(b"<rss", b"<opml").replace(b"</rss>", b"</opml>"))


def test_export_is_opml_2_with_tags_as_folders_and_categories_and_reads_back():
    config = parse_config(
        '[[feeds]]\nname = "wire"\nurl = "https://w.example/rss?a=1&b=2"\ntags = ["latam", "defense"]\n\n'
        '[[feeds]]\nname = "R&D <blog>"\nurl = "https://r.example/atom"\n'
    )
    text = export_opml(config)
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<opml version="2.0">')
    assert '<outline text="latam" title="latam">' in text and 'category="/latam,/defense"' in text
    assert "https://w.example/rss?a=1&amp;b=2" in text
    back = parse_opml(text.encode())
    assert [(f.url, f.title, f.tags) for f in back] == [
        ("https://w.example/rss?a=1&b=2", "wire", ("latam", "defense")),
        ("https://r.example/atom", "R&D <blog>", ()),
    ]


def run(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_cli_opml_import_adds_new_feeds_reports_skips_and_keeps_the_file(write_feeds_toml):
    config = write_feeds_toml('# mine\n[[feeds]]\nname = "crisis"\nurl = "https://www.crisisgroup.org/rss.xml"\n')
    before = config.read_text()
    result = run("--config", str(config), "opml", "import", str(OPML / "newsboat.opml"))
    assert result.exit_code == 0, result.output
    assert "skipped https://www.crisisgroup.org/rss.xml: already present as feed 'crisis'" in result.output
    assert "skipped https://insightcrime.org/feed/: repeated in the OPML file" in result.output
    assert "imported 2 of 4 feeds" in result.output and "(2 skipped)" in result.output
    assert config.read_text().startswith(before)
    assert [f.name for f in load_checked(config).feeds] == ["crisis", "insight-crime", "primicias-noticias-del-ecuador"]
    again = run("--config", str(config), "opml", "import", str(OPML / "newsboat.opml"))
    assert "imported 0 of 4 feeds" in again.output


def test_cli_opml_import_of_a_bad_file_says_where_and_exits_1(tmp_path):
    bad = tmp_path / "subs.opml"
    bad.write_bytes(b'<?xml version="1.0"?>\n<!DOCTYPE opml [<!ENTITY x "y">]>\n<opml/>')
    result = run("--config", str(tmp_path / "feeds.toml"), "opml", "import", str(bad))
    assert result.exit_code == 1 and f"{bad}:2:" in result.output and not (tmp_path / "feeds.toml").exists()


def test_cli_opml_export_then_import_into_an_empty_config_gives_the_same_feeds(full_feeds_toml, tmp_path):
    exported = tmp_path / "out.opml"
    assert run("--config", str(full_feeds_toml), "opml", "export", "-o", str(exported)).exit_code == 0
    fresh = tmp_path / "feeds.toml"
    assert run("--config", str(fresh), "opml", "import", str(exported)).exit_code == 0
    original, imported = load_checked(full_feeds_toml), load_checked(fresh)
    assert [(f.name, f.url, f.tags) for f in imported.feeds] == [(f.name, f.url, f.tags) for f in original.feeds]
