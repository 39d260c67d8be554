"""Writing feeds.toml: every byte outside the edited entry kept, duplicates and invalid edits refused; `monitor feeds`."""

from __future__ import annotations

import os
import stat
import tomllib
from pathlib import Path

import pytest
from click.testing import CliRunner

from monitor.cli import main
from monitor.configwrite import (
    NewFeed,
    add_feed,
    add_feeds,
    add_watch,
    remove_feed,
    suggest_name,
)
from monitor.errors import ConfigError
from monitor.validate import load_checked
from tests.fixtures.feedserver import sample_feed

REPO_TOML = Path(__file__).resolve().parents[1] / "feeds.toml"


def splice(before: str, after: str) -> tuple[str, str]:
    """(removed, inserted): the one stretch where two texts differ, around their common prefix and suffix."""
    p = 0
    while p < min(len(before), len(after)) and before[p] == after[p]:
        p += 1
    s = 0
    while s < min(len(before), len(after)) - p and before[-1 - s] == after[-1 - s]:
        s += 1
    return before[p : len(before) - s], after[p : len(after) - s]


@pytest.fixture
def commented(tmp_path) -> Path:
    """A copy of the repository's feeds.toml: long comment blocks, inline comments, a comment inside an entry."""
    path = tmp_path / "feeds.toml"
    path.write_bytes(REPO_TOML.read_bytes())
    return path


def test_adding_a_feed_inserts_only_the_entry_after_the_last_feed(commented):
    before = commented.read_text(encoding="utf-8")
    add_feed(commented, "new-wire", "https://new.example/rss", tags=["latam"], interval="5m")
    after = commented.read_text(encoding="utf-8")
    removed, inserted = splice(before, after)
    assert removed == ""
    assert tomllib.loads(inserted) == {
        "feeds": [{"name": "new-wire", "url": "https://new.example/rss", "interval": "5m", "tags": ["latam"]}]
    }
    # after the last feed's keys, before the comment block that introduces [[watches]]
    assert after.index("new-wire") < after.index("# --- [[watches]]")
    assert after.index('name = "crisis-group"') < after.index("new-wire")
    assert [f.name for f in load_checked(commented).feeds][-1] == "new-wire"


def test_removing_a_feed_removes_only_its_entry_and_keeps_the_comments_around_it(commented):
    before = commented.read_text(encoding="utf-8")
    start = before.index('[[feeds]]\nname = "southcom-news"\n# DoD sites')  # its own comment goes with it
    end = before.index("enabled = false\n", start) + len("enabled = false\n\n")  # and one blank line
    feed = remove_feed(commented, "southcom-news")
    after = commented.read_text(encoding="utf-8")
    assert feed.name == "southcom-news" and after == before[:start] + before[end:]
    assert "southcom-news" not in after and "# --- [[feeds]]: one table per feed" in after
    assert load_checked(commented).feed_by_name("southcom-news") is None


def test_adding_a_watch_goes_after_the_last_watch(commented):
    before = commented.read_text(encoding="utf-8")
    add_watch(commented, "noboa", entities=["Daniel Noboa"], regions=["Ecuador"], priority="immediate")
    removed, inserted = splice(before, commented.read_text(encoding="utf-8"))
    assert removed == "" and tomllib.loads(inserted)["watches"] == [
        {"name": "noboa", "regions": ["Ecuador"], "entities": ["Daniel Noboa"], "priority": "immediate"}
    ]
    assert load_checked(commented).watches[-1].name == "noboa"


def test_the_first_feed_goes_before_the_comments_that_introduce_the_next_section(write_feeds_toml):
    path = write_feeds_toml("""
        [settings]
        interval = "10m"   # keep me

        # the watches
        [[watches]]
        name = "w"
        keywords = ["x"]
    """)
    before = path.read_text()
    add_feed(path, "a", "https://a.example/rss")
    after = path.read_text()
    assert splice(before, after)[0] == ""
    assert after.index('name = "a"') < after.index("# the watches") < after.index("[[watches]]")
    assert load_checked(path).feeds[0].name == "a"


def test_a_multi_line_string_ending_in_a_hash_line_is_not_mistaken_for_a_comment(write_feeds_toml):
    path = write_feeds_toml("""
        [[feeds]]
        url = "https://a.example/rss"
        name = '''odd
        # name'''
    """)
    before = path.read_text()
    add_feed(path, "b", "https://b.example/rss")
    assert splice(before, path.read_text())[0] == ""
    assert [f.name for f in load_checked(path).feeds] == ["odd\n# name", "b"]


def test_a_url_already_present_after_canonicalisation_is_refused_naming_the_feed(commented):
    before = commented.read_bytes()
    with pytest.raises(ConfigError) as err:
        add_feed(commented, "again", "HTTP://InsightCrime.org:443/feed/?utm_source=x#top")
    problem = err.value.problems[0]
    assert "already present as feed 'insight-crime'" in problem.message
    assert (problem.path, problem.line) == (str(commented), 32)  # at the existing feed's url
    with pytest.raises(ConfigError, match="a feed named 'crisis-group' already exists"):
        add_feed(commented, "crisis-group", "https://other.example/rss")
    assert commented.read_bytes() == before


def test_an_edit_that_would_make_the_file_invalid_is_refused_and_nothing_is_written(write_feeds_toml):
    path = write_feeds_toml("""
        [[feeds]]
        name = "a"
        url = "https://a.example/rss"

        [[watches]]
        name = "w"
        keywords = ["x"]
        feeds = ["a"]
    """)
    before = path.read_bytes()
    with pytest.raises(ConfigError, match="interval"):
        add_feed(path, "b", "https://b.example/rss", interval="5 parsecs")
    with pytest.raises(ConfigError, match="named by watch 'w'"):
        remove_feed(path, "a")
    with pytest.raises(ConfigError, match="no feed named 'zz'"):
        remove_feed(path, "zz")
    with pytest.raises(ConfigError, match="matches nothing"):
        add_watch(path, "empty")
    assert path.read_bytes() == before
    assert [p.name for p in path.parent.iterdir()] == ["feeds.toml"]  # no temporary file left behind


def test_an_already_invalid_file_is_refused_with_its_own_problems(write_feeds_toml):
    path = write_feeds_toml('[[feeds]]\nname = "a"\n')
    with pytest.raises(ConfigError) as err:
        add_feed(path, "b", "https://b.example/rss")
    assert str(err.value).startswith(f"{path}:1:1: missing required key 'url'")


def test_permissions_symlinks_crlf_and_bom_survive(tmp_path):
    real = tmp_path / "real.toml"
    real.write_bytes(b'\xef\xbb\xbf# hi\r\n[[feeds]]\r\nname = "a"\r\nurl = "https://a.example/rss"\r\n')
    os.chmod(real, 0o640)
    link = tmp_path / "feeds.toml"
    link.symlink_to(real)
    add_feed(link, "b", "https://b.example/rss")
    assert link.is_symlink() and stat.S_IMODE(real.stat().st_mode) == 0o640
    data = real.read_bytes()
    assert data.startswith(b'\xef\xbb\xbf# hi\r\n[[feeds]]\r\nname = "a"\r\n')
    assert data.count(b"\n") == data.count(b"\r\n") and b'name = "b"\r\n' in data


def test_a_section_written_inline_is_left_to_the_user(write_feeds_toml):
    path = write_feeds_toml('feeds = [{name = "a", url = "https://a.example/rss"}]\n')
    before = path.read_bytes()
    with pytest.raises(ConfigError, match="edit it by hand"):
        add_feed(path, "b", "https://b.example/rss")
    with pytest.raises(ConfigError, match="edit it by hand"):
        remove_feed(path, "a")
    assert path.read_bytes() == before


def test_a_missing_file_is_created(tmp_path):
    path = tmp_path / "new" / "feeds.toml"
    add_feed(path, "a", "https://a.example/rss")
    assert path.read_text() == '[[feeds]]\nname = "a"\nurl = "https://a.example/rss"\n'


def test_add_feeds_skips_duplicates_when_asked(commented):
    skipped = add_feeds(commented, [
        NewFeed("x", "https://x.example/rss"),
        NewFeed("insight-2", "https://insightcrime.org/feed"),
        NewFeed("x2", "https://x.example/rss"),
    ], skip_duplicates=True)
    assert [(s.feed.name, s.reason) for s in skipped] == [
        ("insight-2", "https://insightcrime.org/feed is already present as feed 'insight-crime'"),
        ("x2", "https://x.example/rss is already present as feed 'x'"),
    ]
    assert load_checked(commented).feed_by_name("x") is not None


def test_suggested_names_are_slugs_and_unique():
    assert suggest_name("Diálogo Américas", "https://d.example/feed") == "dialogo-americas"
    assert suggest_name(None, "https://www.crisisgroup.org/rss.xml") == "crisisgroup-org"
    assert suggest_name("Wire", "https://w.example/", {"wire", "wire-2"}) == "wire-3"


# --- monitor feeds ... ---------------------------------------------------------------------------------------


def run(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_cli_feeds_add_checks_the_url_and_finds_the_feed_behind_a_web_page(tmp_path, feed_server):
    config = tmp_path / "feeds.toml"
    feed_server.add("/rss", sample_feed("rss20.xml"))
    feed_server.html_page("/", [("application/atom+xml", "/atom"), ("application/rss+xml", "/rss")])
    feed_server.add("/atom", b"not a feed", content_type="text/plain")
    result = run("--config", str(config), "feeds", "add", feed_server.url("/"), "--tags", "latam,defense")
    assert result.exit_code == 0, result.output
    assert "is a web page; using the feed it links to: " + feed_server.url("/rss") in result.output
    assert "added feed 'hemisphere-defense-wire'" in result.output and "4 items" in result.output
    feed = load_checked(config).feeds[0]
    assert (feed.name, feed.url, feed.tags) == ("hemisphere-defense-wire", feed_server.url("/rss"), ("latam", "defense"))

    again = run("--config", str(config), "feeds", "add", feed_server.url("/rss"), "--name", "other")
    assert again.exit_code == 1 and "already present as feed 'hemisphere-defense-wire'" in again.output
    assert "was not changed" in again.output


def test_cli_feeds_add_refuses_what_is_not_a_feed_unless_told_not_to_check(tmp_path, feed_server):
    config = tmp_path / "feeds.toml"
    feed_server.add("/plain", b"hello", content_type="text/plain")
    refused = run("--config", str(config), "feeds", "add", feed_server.url("/plain"))
    assert refused.exit_code == 1 and "--no-check" in refused.output and not config.exists()
    added = run("--config", str(config), "feeds", "add", feed_server.url("/later"), "--no-check", "--interval", "1h")
    assert added.exit_code == 0 and "(not checked)" in added.output
    assert feed_server.requests_to("/later") == []
    assert load_checked(config).feeds[0].interval == 3600
    bad = run("--config", str(config), "feeds", "add", "https://x.example/", "--no-check", "--interval", "soon")
    assert bad.exit_code == 2 and "--interval" in bad.output


def test_cli_feeds_list_and_remove(commented, tmp_path):
    listed = run("--config", str(commented), "feeds", "list")
    assert listed.exit_code == 0
    assert any(line.startswith("insight-crime") and "30m" in line and "latam,crime,analysis" in line
               for line in listed.output.splitlines())
    assert "(disabled)" in listed.output
    removed = run("--config", str(commented), "feeds", "remove", "insight-crime")
    assert removed.exit_code == 0 and "its stored items stay" in removed.output
    assert "insight-crime" not in run("--config", str(commented), "feeds", "list").output
    missing = run("--config", str(commented), "feeds", "remove", "insight-crime")
    assert missing.exit_code == 1 and "no feed named 'insight-crime'" in missing.output


def test_bare_feeds_still_prints_the_health_table(tmp_path):
    result = run("--db", str(tmp_path / "m.sqlite3"), "feeds")
    assert result.exit_code == 0 and result.output == "no feeds fetched yet (run `monitor fetch --once`)\n"


# --- checking a URL before adding it (monitor.discover) ------------------------------------------------------


async def test_check_feed_url_reads_a_feed_and_follows_a_page_to_the_feed_that_works(feed_server):
    from monitor.discover import check_feed_url

    feed_server.add("/rss", sample_feed("rss20.xml"))
    found = await check_feed_url(feed_server.url("/rss"))
    assert (found.url, found.title, found.items, found.page) == (feed_server.url("/rss"), "Hemisphere & Defense Wire", 4, None)

    feed_server.html_page("/", [("application/rss+xml", "/gone"), ("application/atom+xml", "/atom")])
    feed_server.add("/atom", sample_feed("atom10.xml"), content_type="application/atom+xml")
    via_page = await check_feed_url(feed_server.url("/"))
    assert via_page.url == feed_server.url("/atom") and via_page.page == feed_server.url("/")
    assert via_page.alternatives == (feed_server.url("/gone"),)


async def test_check_feed_url_explains_what_is_wrong(feed_server):
    from monitor.discover import check_feed_url
    from monitor.errors import FeedParseError, FetchError

    feed_server.html_page("/", [])
    with pytest.raises(FeedParseError, match="links to no feed"):
        await check_feed_url(feed_server.url("/"))
    with pytest.raises(FetchError, match="404"):
        await check_feed_url(feed_server.url("/missing"))
    feed_server.html_page("/dead-links", [("application/rss+xml", "/nope")])
    with pytest.raises(FeedParseError, match="feed links all failed"):
        await check_feed_url(feed_server.url("/dead-links"))


async def test_prepare_feed_without_a_check_names_the_feed_from_its_host():
    from monitor.config import parse_config
    from monitor.discover import prepare_feed

    config = parse_config('[[feeds]]\nname = "news-example"\nurl = "https://news.example/a"\n')
    entry, found = await prepare_feed("https://www.news.example/b", config, tags=("x",), check=False)
    assert found is None and (entry.name, entry.url, entry.tags) == ("news-example-2", "https://www.news.example/b", ("x",))
