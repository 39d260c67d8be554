"""Feed documents become plain ItemData; hostile and wrong documents are refused with a reason."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from monitor.errors import FeedParseError
from monitor.parse import SUMMARY_MAX_CHARS, find_feed_links, parse_feed
from tests.fixtures.feedserver import sample_feed

URL = "https://feeds.example.org/path/feed.xml"


def rss(items: str, channel: str = "<title>T</title>") -> bytes:
    return f'<?xml version="1.0"?><rss version="2.0"><channel>{channel}{items}</channel></rss>'.encode()


def test_rss_2_0() -> None:
    feed = parse_feed(sample_feed("rss20.xml"), URL, "application/rss+xml; charset=utf-8")

    assert feed.title == "Hemisphere & Defense Wire"
    assert feed.link == "https://wire.example.org/"
    assert feed.ttl_seconds == 15 * 60
    assert feed.warnings == () and feed.skipped == 0
    first = feed.items[0]
    assert first.guid == "wire-0001" and first.has_guid
    assert first.url == "https://wire.example.org/news/southcom-strike"
    assert first.title == "SOUTHCOM strikes vessel off Guayaquil"
    assert first.summary == "U.S. Southern Command said one vessel was hit. Ecuador\u2019s navy assisted."
    assert first.published == datetime(2025, 1, 6, 15, 30, tzinfo=UTC)
    assert first.author == "Ana Torres"


def test_atom_1_0() -> None:
    feed = parse_feed(sample_feed("atom10.xml"), URL)

    assert feed.title == "Andes Daily"
    assert feed.link == "https://andes.example.net/"
    quito, xhtml = feed.items
    assert quito.title == "Quito police seize cocaine & arms"
    assert quito.guid == "tag:andes.example.net,2025:quito-seizure"
    assert quito.published == datetime(2025, 1, 8, 7, 15, tzinfo=UTC)
    assert quito.updated == datetime(2025, 1, 8, 11, 0, tzinfo=UTC)
    assert quito.author == "Luis Mena"
    assert xhtml.title == "XHTML title"
    assert xhtml.summary == "Content only, linked."


def test_an_entry_with_only_an_updated_date_is_published_then() -> None:
    xhtml = parse_feed(sample_feed("atom10.xml"), URL).items[1]

    assert xhtml.published == xhtml.updated == datetime(2025, 1, 8, 10, 0, tzinfo=UTC)


def test_rdf_rss_1_0() -> None:
    feed = parse_feed(sample_feed("rdf10.xml"), URL)

    assert feed.title == "Quito Tribune"
    (item,) = feed.items
    assert item.title == "Esmeraldas curfew extended"
    assert item.url == "https://tribune.example.ec/a/1"
    assert item.published == datetime(2025, 1, 9, 11, 0, tzinfo=UTC)
    assert item.author == "Redacción"


def test_dates_are_aware_utc() -> None:
    for name in ("rss20.xml", "atom10.xml", "rdf10.xml"):
        for item in parse_feed(sample_feed(name), URL).items:
            for when in (item.published, item.updated):
                assert when is None or when.utcoffset() is not None and when.utcoffset().total_seconds() == 0


def test_items_without_guid_get_a_stable_hash_id() -> None:
    first = parse_feed(sample_feed("no_guid.xml"), URL)
    second = parse_feed(sample_feed("no_guid.xml"), URL)

    assert [i.guid for i in first.items] == [i.guid for i in second.items]
    assert all(i.guid.startswith("h:") and not i.has_guid for i in first.items)
    assert len({i.guid for i in first.items}) == 3


def test_html_summaries_become_plain_text() -> None:
    items = parse_feed(sample_feed("rss20.xml"), URL).items

    assert "alert" not in items[0].summary and "<" not in items[0].summary
    assert items[2].summary == "CDATA summary & entity"
    assert items[3].summary == "Only content:encoded, no description."


def test_long_summaries_are_truncated() -> None:
    feed = parse_feed(rss(f"<item><guid>1</guid><description>{'word ' * 5000}</description></item>"), URL)

    assert len(feed.items[0].summary) == SUMMARY_MAX_CHARS
    assert feed.items[0].summary.endswith("…")


def test_relative_links_resolve_against_the_feed_and_script_links_are_dropped() -> None:
    items = parse_feed(sample_feed("rss20.xml"), URL).items

    assert items[1].url == "https://feeds.example.org/news/relative-item"
    assert items[2].url is None


def test_a_guid_that_is_not_a_url_does_not_become_a_link() -> None:
    (item,) = parse_feed(rss("<item><title>x</title><guid>12345</guid></item>"), URL).items

    assert item.guid == "12345" and item.url is None


@pytest.mark.parametrize("link", ["javascript:alert(1)", "data:text/html,<b>x</b>", "file:///etc/passwd", "mailto:a@b"])
def test_only_http_links_are_kept(link: str) -> None:
    (item,) = parse_feed(rss(f"<item><title>x</title><link>{link}</link></item>"), URL).items

    assert item.url is None


def test_markup_looking_titles_stay_literal_and_control_characters_go() -> None:
    items = parse_feed(sample_feed("rss20.xml"), URL).items
    escaped = parse_feed(rss("<item><title>red \x1b[31malert\x1b[0m</title></item>".replace("\x1b", "&#27;")), URL)

    assert items[2].title == "Script link item [bold]x[/]"
    assert "\x1b" not in escaped.items[0].title


@pytest.mark.parametrize("name", ["billion_laughs.xml", "xxe.xml"])
def test_a_doctype_with_an_internal_subset_is_refused(name: str) -> None:
    with pytest.raises(FeedParseError, match="internal subset") as caught:
        parse_feed(sample_feed(name), URL)

    assert caught.value.url == URL


def test_an_entity_declaration_in_another_encoding_is_still_refused() -> None:
    doc = sample_feed("billion_laughs.xml").decode().replace('<?xml version="1.0"?>', "")
    with pytest.raises(FeedParseError, match="internal subset"):
        parse_feed("\ufeff".encode("utf-16-le") + doc.encode("utf-16-le"), URL)
    utf7 = '<?xml version="1.0" encoding="utf-7"?>' + doc.replace("<", "+ADw-")
    with pytest.raises(FeedParseError, match="internal subset"):
        parse_feed(utf7.encode("ascii"), URL)


def test_a_doctype_without_a_subset_is_fine() -> None:
    doc = b'<?xml version="1.0"?>\n<!DOCTYPE rss PUBLIC "-//Netscape//DTD RSS 0.91//EN" "x.dtd">' + rss("")[21:]

    assert parse_feed(doc, URL).title == "T"


def test_an_html_page_names_the_feeds_it_links_to() -> None:
    with pytest.raises(FeedParseError) as caught:
        parse_feed(sample_feed("page_with_feeds.html"), URL, "text/html")

    assert caught.value.message == (
        "this is an HTML page, not a feed; it links to: "
        "https://feeds.example.org/feeds/news.rss, https://andes.example.net/feed.atom"
    )


def test_an_html_page_without_feed_links_says_so() -> None:
    with pytest.raises(FeedParseError, match="HTML page, not a feed, and it links to no feed"):
        parse_feed(b"<p>Just a fragment of <b>HTML</b></p><body>", URL, "text/html; charset=utf-8")


def test_feed_links_honour_the_base_element() -> None:
    page = b'<html><head><base href="https://cdn.example.com/x/"><link rel="alternate feed" type="application/atom+xml" href="a.atom"></head></html>'

    assert find_feed_links(page, URL) == ["https://cdn.example.com/x/a.atom"]


def test_garbage_is_not_a_feed() -> None:
    with pytest.raises(FeedParseError, match="not a feed"):
        parse_feed(b"\x00\x01 definitely not xml", URL)
    with pytest.raises(FeedParseError, match="not a feed"):
        parse_feed(b'{"version": "https://jsonfeed.org/version/1.1"}', URL, "application/json")


def test_a_recoverable_problem_keeps_the_items_with_a_warning() -> None:
    feed = parse_feed(sample_feed("recoverable.xml"), URL)

    assert [i.title for i in feed.items] == ["Fish & chips ban", "Second"]
    assert len(feed.warnings) == 1 and "not well-formed" in feed.warnings[0]


def test_a_broken_entry_is_skipped_and_counted(broken_entry: str) -> None:
    feed = parse_feed(sample_feed("rss20.xml"), URL)

    assert feed.skipped == 1
    assert len(feed.items) == 3 and "Relative link item" not in [i.title for i in feed.items]


def test_bad_dates_and_ttl_are_ignored_not_fatal() -> None:
    feed = parse_feed(rss("<item><title>x</title><pubDate>not a date</pubDate></item>", "<ttl>soon</ttl>"), URL)

    assert feed.items[0].published is None
    assert feed.ttl_seconds is None


@pytest.mark.parametrize("content_type", ["text/xml", "text/html", "text/plain; charset=utf-8", None])
def test_a_mislabelled_feed_parses_without_warnings(content_type: str | None) -> None:
    feed = parse_feed(sample_feed("rdf10.xml"), URL, content_type)

    assert feed.items[0].author == "Redacción"
    assert feed.warnings == ()
