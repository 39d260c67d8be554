"""The fast path (C expat) reads a feed exactly as the feedparser path does, or declines it.

`parse_fast` may return None ("not sure: ask feedparser") for any document; when
it returns a `ParsedFeed`, that must equal `parse_with_feedparser`'s for the same
bytes. Every document the tests and the demo use is checked both ways, and the
ordinary ones (the seeds, the bench corpus) must not be declined, or the fast
path would be useless.
"""

from __future__ import annotations

import itertools
from datetime import UTC, datetime
from pathlib import Path

import feedparser
import pytest
from feedparser.datetimes import _parse_date
from feedparser.urls import _urljoin
from hypothesis import given, settings
from hypothesis import strategies as st

import monitor.parse
from bench.corpus import generate
from monitor import fastparse
from monitor.errors import FeedParseError
from monitor.models import ParsedFeed
from monitor.parse import parse_fast, parse_feed, parse_with_feedparser
from tests.fixtures.feedserver import (
    FEEDS_DIR,
    hostile_titles_document,
    rss_document,
    sample_feed,
    slow_document,
)
from tests.fixtures.parsing import BROKEN_TITLE

URL = "https://feeds.example.org/path/feed.xml"
SEEDS = Path(__file__).resolve().parent.parent / "seeds" / "feeds"
SEED_FEEDS = sorted(p for p in SEEDS.rglob("*") if p.is_file())
NS = (
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
    'xmlns:atom="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/" '
    'xmlns:foo="http://example.com/foo"'
)


def rss(items: str, channel: str = "<title>T</title>", *, version: str = "2.0", ns: str = NS) -> bytes:
    head = f'<?xml version="1.0" encoding="utf-8"?><rss version="{version}" {ns}>'
    return f"{head}<channel>{channel}{items}</channel></rss>".encode()


def atom(entries: str, feed: str = "<title>T</title>") -> bytes:
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" '
        f'xmlns:media="http://search.yahoo.com/mrss/" xmlns:foo="http://example.com/foo">{feed}{entries}</feed>'
    ).encode()


def both_ways(doc: bytes, content_type: str | None = None) -> tuple[ParsedFeed | None, ParsedFeed | Exception]:
    """(fast path's result or None, feedparser path's result or its FeedParseError); asserts they agree."""
    try:
        expected: ParsedFeed | Exception = parse_with_feedparser(doc, URL, content_type)
    except FeedParseError as exc:
        expected = exc
    try:
        fast = parse_fast(doc, URL, content_type)
    except FeedParseError as exc:  # refused before any parser ran: the same refusal on both paths
        assert isinstance(expected, FeedParseError) and exc.message == expected.message
        return None, expected
    if fast is not None:
        assert fast == expected
    return fast, expected


# --- Every document the test suite and the demo use ------------------------------------------------------


def _test_documents() -> list[tuple[str, bytes, str | None]]:
    docs = [(f"data/{p.name}", p.read_bytes(), None) for p in sorted(FEEDS_DIR.iterdir())]
    docs += [(f"seeds/{p.relative_to(SEEDS)}", p.read_bytes(), None) for p in SEED_FEEDS]
    docs += [
        ("rss20 as served", sample_feed("rss20.xml"), "application/rss+xml; charset=utf-8"),
        ("rdf10 as text/xml", sample_feed("rdf10.xml"), "text/xml"),
        ("rss_document", rss_document("quito", 5), None),
        ("rss_document ttl", rss_document("lima", 2, title="Lima & co", ttl=20), "text/xml; charset=utf-8"),
        ("hostile titles", hostile_titles_document(), None),
        ("slow document (short)", slow_document(200), None),
        ("long summary", rss(f"<item><guid>1</guid><description>{'word ' * 5000}</description></item>"), None),
        ("guid only", rss("<item><title>x</title><guid>12345</guid></item>"), None),
        ("escaped escape", rss("<item><title>red &amp;#27;[31malert&amp;#27;[0m</title></item>"), None),
        ("bad date and ttl", rss("<item><title>x</title><pubDate>not a date</pubDate></item>", "<ttl>soon</ttl>"), None),
        ("netscape doctype", b'<?xml version="1.0"?>\n<!DOCTYPE rss PUBLIC "-//Netscape//DTD RSS 0.91//EN" "x.dtd">'
         + rss("")[38:], None),
        ("empty channel", b"<?xml version='1.0'?>\n<rss version='2.0'><channel/></rss>", None),
        ("unterminated", b"<rss><channel><item><title>unterminated", "application/xml"),
        ("json", b'{"version": "https://jsonfeed.org/version/1.1"}', "application/json"),
        ("garbage", b"\x00\x01 definitely not xml", None),
        ("html", b"<p>Just a fragment of <b>HTML</b></p><body>", "text/html; charset=utf-8"),
    ]  # fmt: skip
    for link in ["javascript:alert(1)", "data:text/html,&lt;b&gt;x&lt;/b&gt;", "file:///etc/passwd", "mailto:a@b"]:
        docs.append((f"link {link[:10]}", rss(f"<item><title>x</title><link>{link}</link></item>"), None))
    return docs


@pytest.mark.parametrize(("name", "doc", "content_type"), _test_documents(), ids=lambda v: v if isinstance(v, str) else "")
def test_every_test_document_reads_the_same_on_both_paths(name: str, doc: bytes, content_type: str | None) -> None:
    both_ways(doc, content_type)


@pytest.mark.parametrize("path", SEED_FEEDS, ids=lambda p: str(p.relative_to(SEEDS)))
def test_the_seed_feeds_take_the_fast_path(path: Path) -> None:
    fast, expected = both_ways(path.read_bytes())

    assert fast is not None and fast == expected and fast.items


@pytest.mark.parametrize("name", ["rss20.xml", "atom10.xml", "no_guid.xml"])
def test_the_sample_feeds_take_the_fast_path(name: str) -> None:
    fast, _ = both_ways(sample_feed(name))

    assert fast is not None


def test_the_bench_corpus_takes_the_fast_path_with_the_same_result(tmp_path: Path) -> None:
    paths = generate(tmp_path, feeds=10, items=20)

    for path in paths:
        fast, _ = both_ways(path.read_bytes(), "application/xml")
        assert fast is not None and len(fast.items) == 20, path.name


def test_parse_feed_takes_the_fast_path(monkeypatch: pytest.MonkeyPatch) -> None:
    expected = parse_with_feedparser(sample_feed("rss20.xml"), URL)
    monkeypatch.setattr(feedparser, "parse", lambda *a, **k: pytest.fail("feedparser was used"))

    assert parse_feed(sample_feed("rss20.xml"), URL) == expected


def test_parse_feed_falls_back_to_feedparser_when_declined() -> None:
    feed = parse_feed(sample_feed("rdf10.xml"), URL)

    assert parse_fast(sample_feed("rdf10.xml"), URL) is None
    assert feed.title == "Quito Tribune" and feed.items[0].author == "Redacción"


def test_a_broken_entry_is_skipped_and_counted_on_the_fast_path(broken_entry: str) -> None:
    fast = parse_fast(sample_feed("rss20.xml"), URL)

    assert fast is not None and fast.skipped == 1
    assert BROKEN_TITLE not in [i.title for i in fast.items] and len(fast.items) == 3
    assert fast == parse_with_feedparser(sample_feed("rss20.xml"), URL)


def test_hostile_refusals_come_before_the_fast_path() -> None:
    for name in ("billion_laughs.xml", "xxe.xml"):
        with pytest.raises(FeedParseError, match="internal subset"):
            parse_fast(sample_feed(name), URL)


# --- Targeted cases ---------------------------------------------------------------------------------------

FAST_CASES = {
    "cdata html description": rss(
        "<item><title>t</title><description><![CDATA[<p>One &amp; <b>two</b></p><p>3</p>]]></description></item>"
    ),
    "escaped html description": rss(
        "<item><description>&lt;p&gt;AT&amp;amp;T &amp;#8220;q&amp;#8221;&lt;/p&gt;</description></item>"
    ),
    "entities in title": rss("<item><title>Fish &amp; chips &lt;3 &#8217;s &#xe9;</title></item>"),
    "html-looking rss title": rss("<item><title>&lt;b&gt;Bold&lt;/b&gt; &amp;amp; more</title></item>"),
    "c1 control in title": rss("<item><title>Terminal escape &#x9b;2J item &#x80;</title></item>"),
    "escape sequence in title": rss("<item><title>red &amp;#27;[31malert&amp;#27;[0m</title></item>"),
    "bidi and zero width": rss("<item><title>invoice\u202egpj.exe SOUTH\u200bCOM</title></item>"),
    "utf-8 read as latin-1": rss(
        "<item><title>caf\u00c3\u00a9</title><description>\u00c3\u00a9t\u00c3\u00a9</description></item>"
    ),
    "guid permalink false": rss('<item><title>x</title><guid isPermaLink="false">https://a.example/1</guid></item>'),
    "guid permalink without link": rss('<item><title>x</title><guid isPermaLink="true">https://a.example/2</guid></item>'),
    "relative guid permalink": rss("<item><title>x</title><guid>/news/3</guid></item>"),
    "guid before and after link": rss(
        "<item><guid>https://g.example/1</guid><link>/rel</link></item>"
        "<item><link>/rel</link><guid>https://g.example/2</guid></item>"
    ),
    "no guid": rss("<item><title>a</title><link>https://a.example/</link></item><item><title>b</title></item>"),
    "missing pubDate": rss("<item><title>x</title><guid>1</guid></item>"),
    "bad dates": rss("<item><pubDate>Sun, 31 Feb 2026 10:00:00 GMT</pubDate><dc:date>soon</dc:date></item>"
                     "<item><pubDate>yesterday</pubDate></item>"),
    "rss date forms": rss("<item><pubDate>21 Nov 2026 19:02:00 +0100</pubDate>"
                          "<dc:date>2026-11-21T20:15:00-03:00</dc:date></item>"
                          "<item><pubDate>Sat, 21 Nov 26 19:02 EST</pubDate></item>"),
    "relative links": rss(
        "<item><link>/news/relative</link></item><item><link>relative</link></item>", "<link>/home</link>"
    ),
    "odd links": rss("<item><link>http:///triple</link></item><item><link>https://a.example/?a=1&amp;amp;b=2</link></item>"
                     "<item><link> https://a.example/sp </link></item>", "<link>https://a.example/?x&amp;y=1</link>"),
    "content:encoded only": rss("<item><content:encoded><![CDATA[<p>Only content.</p>]]></content:encoded></item>"),
    "content:encoded and description": rss(
        "<item><content:encoded>full</content:encoded><description>short</description></item>"
        "<item><description></description><content:encoded>&lt;p&gt;full&lt;/p&gt;</content:encoded></item>"
    ),
    "authors": rss("<item><author>ana@x.org (Ana Torres)</author></item><item><dc:creator>Luis</dc:creator></item>"
                   "<item><dc:creator>A</dc:creator><dc:creator>B</dc:creator></item>"),
    "wordpress post-id": rss('<item><title>x</title><post-id xmlns="com-wordpress:feed-additions:1">123</post-id></item>',
                             '<title>T</title><site xmlns="com-wordpress:feed-additions:1">9</site>'),
    "ttl": rss("", "<title>T</title><ttl> 30 </ttl>"),
    "channel extras": rss(
        "<item><title>x</title><category>c</category>"
        "<enclosure url='https://a.example/a.mp3' length='1' type='audio/mpeg'/>"
        "<comments>https://a.example/c</comments><media:content url='https://a.example/i.jpg'><media:thumbnail url='t'/>"
        "</media:content><foo:bar>x</foo:bar><source url='https://s.example/'>S</source></item>",
        "<title>T</title><link>https://a.example/</link><description>d</description><language>en</language>"
        "<atom:link href='https://a.example/rss' rel='self' type='application/rss+xml'/><lastBuildDate>x</lastBuildDate>"
        "<image><url>https://a.example/i.png</url><title>I</title><link>https://a.example/</link></image>"
        "<textInput><title>s</title><description>d</description><name>q</name><link>https://a.example/s</link></textInput>"
        "<skipHours><hour>1</hour></skipHours><managingEditor>e@a.example</managingEditor><generator>g</generator>",
    ),
    "atom:link alternate in channel": rss(
        "", "<title>T</title><link>https://a.example/</link><atom:link href='https://b.example/' rel='alternate'/>"
    ),
    "rss 0.91 and 0.92": rss("<item><title>x</title><link>https://a.example/</link></item>", version="0.91"),
    "atom text types": atom(
        "<entry><title type='html'>A &lt;b&gt;b&lt;/b&gt; &amp;amp; c</title>"
        "<summary type='text'>1 &lt; 2 &amp;amp; 3</summary>"
        "<id>tag:x,2025:1</id><link href='https://a.example/1'/><updated>2025-01-08T11:00:00Z</updated></entry>"
        "<entry><title type='text'>&lt;i&gt;not html&lt;/i&gt;</title>"
        "<content type='html'>&lt;p&gt;html &amp;amp; x&lt;/p&gt;</content></entry>"
        "<entry><content type='text'>a &lt;b&gt; c</content><summary>plain</summary></entry>"
    ),
    "atom content before summary": atom(
        "<entry><content type='html'>&lt;p&gt;c&lt;/p&gt;</content><summary>s</summary></entry>"
    ),
    "atom xhtml": atom(
        "<entry><title type='xhtml'><div xmlns='http://www.w3.org/1999/xhtml'>X <b>t</b></div></title>"
        "<content type='xhtml'> <div xmlns='http://www.w3.org/1999/xhtml'><p class='a'>One &amp; <a href='x\"y'>two</a></p>"
        "<p>Three<br/>four</p></div> </content></entry>"
    ),
    "atom links": atom(
        "<entry><id>https://id.example/1</id><link rel='self' href='https://a.example/self'/></entry>"
        "<entry><link rel='related' href='https://a.example/r'/><link href='/relative'/><id>urn:x</id></entry>"
        "<entry><link rel='alternate' type='application/pdf' href='https://a.example/p'/>"
        "<link rel='alternate' type='text/html' href='https://a.example/h'/></entry>",
        "<title>T</title><id>https://a.example/</id><link rel='self' href='https://a.example/feed'/>",
    ),
    "atom authors": atom(
        "<entry><author><name>Luis</name><email>l@x.org</email></author></entry>"
        "<entry><author><email>e@x.org</email><uri>https://e.example/</uri></author></entry>"
        "<entry><author><uri>https://e.example/</uri></author></entry><entry><author>Plain</author></entry>"
        "<entry><author><name>caf\u00c3\u00a9</name></author><contributor><name>C</name></contributor></entry>"
    ),
    "atom dates": atom(
        "<entry><published>2025-01-08T09:15:00+02:00</published><updated>2025-01-08T11:00:00Z</updated></entry>"
        "<entry><updated>2025-01-08T10:00:00Z</updated></entry><entry><published>not a date</published></entry>"
    ),
}  # fmt: skip


@pytest.mark.parametrize("doc", FAST_CASES.values(), ids=FAST_CASES.keys())
def test_ordinary_documents_take_the_fast_path_with_the_same_result(doc: bytes) -> None:
    fast, _ = both_ways(doc)

    assert fast is not None


def test_what_the_fast_path_reads_in_the_targeted_cases() -> None:
    def items(name: str) -> list:
        fast = parse_fast(FAST_CASES[name], URL)
        assert fast is not None
        return list(fast.items)

    assert items("cdata html description")[0].summary == "One & two 3"
    assert items("escaped html description")[0].summary == "AT&T \u201cq\u201d"
    assert items("c1 control in title")[0].title == "Terminal escape \u203a2J item \u20ac"  # mapped as cp1252
    assert items("escape sequence in title")[0].title == "red [31malert[0m"  # the ESC itself never survives
    assert items("utf-8 read as latin-1")[0].title == "caf\u00e9"
    permalink_false, = items("guid permalink false")
    assert permalink_false.guid == "https://a.example/1" and permalink_false.url is None
    assert items("guid permalink without link")[0].url == "https://a.example/2"
    assert items("relative guid permalink")[0].url is None  # a permalink guid is not resolved against the feed URL
    assert [i.url for i in items("relative links")] == [
        "https://feeds.example.org/news/relative", "https://feeds.example.org/path/relative",
    ]  # fmt: skip
    assert [i.published for i in items("bad dates")] == [None, None]
    assert [i.published for i in items("rss date forms")] == [
        datetime(2026, 11, 21, 18, 2, tzinfo=UTC), datetime(2026, 11, 22, 0, 2, tzinfo=UTC),
    ]  # fmt: skip
    assert items("content:encoded and description")[0].summary == "short"
    assert [i.author for i in items("authors")] == ["ana@x.org (Ana Torres)", "Luis", "B"]  # the last one wins
    assert [i.author for i in items("atom authors")] == ["Luis (l@x.org)", "e@x.org", None, "Plain", "caf\u00c3\u00a9"]
    assert items("atom xhtml")[0].summary == "One & two Three four"
    assert parse_fast(FAST_CASES["ttl"], URL).ttl_seconds == 30 * 60  # type: ignore[union-attr]


DECLINED = {
    "rdf": sample_feed("rdf10.xml"),
    "broken xml": sample_feed("recoverable.xml"),
    "doctype": b'<?xml version="1.0"?>\n<!DOCTYPE rss PUBLIC "-//Netscape//DTD RSS 0.91//EN" "x.dtd">\n'
               b'<rss version="0.91"><channel><title>T</title></channel></rss>',
    "xml:base": atom("<entry xml:base='https://b.example/'><link href='x'/></entry>"),
    "xml:base on a leaf": rss("<item><category xml:base='https://b.example/'>c</category><link>x</link></item>"),
    "media:title": rss("<item><media:content url='u'><media:title>M</media:title></media:content></item>"),
    "dc:title": rss("", "<title>T</title><dc:title>D</dc:title>"),
    "two titles": rss("<item><title>a</title><title>b</title></item>"),
    "author with parts after another": atom("<entry><author>b@x.org (B)</author><author><name>A</name></author></entry>"),
    "unknown default namespace on a core name": rss("<item><title xmlns='http://example.com/x'>a</title></item>"),
    "markup in a title": rss("<item><title>a <b>b</b></title></item>"),
    "rss 1.0 namespace": rss("<item><title>a</title></item>", ns='xmlns="http://purl.org/rss/1.0/"'),
    "rss without version": rss("<item><title>a</title></item>", version=""),
    "atom 0.3": b'<feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>T</title></feed>',
    "atom source": atom("<entry><source><title>S</title></source></entry>"),
    "atom out-of-line content": atom("<entry><content src='https://a.example/c'/></entry>"),
    "atom xhtml with body": atom(
        "<entry><content type='xhtml'><div xmlns='http://www.w3.org/1999/xhtml'><body>x</body></div></content></entry>"
    ),
    "nested core element": rss("<item><foo:wrap><link>https://a.example/</link></foo:wrap></item>"),
    "unknown default namespace around a core name": rss("<item><x xmlns='http://example.com/x'><link>l</link></x></item>"),
    "prefix posing as dc": rss("<item><dc:creator>a</dc:creator></item>", ns='xmlns:dc="http://example.com/not-dc"'),
    "latin-1 served as utf-8": rss("<item><title>caf\u00e9</title></item>").replace(b"utf-8", b"iso-8859-1").replace(
        "caf\u00e9".encode(), "caf\u00e9".encode("latin-1")
    ),
}  # fmt: skip


@pytest.mark.parametrize("doc", DECLINED.values(), ids=DECLINED.keys())
def test_unusual_documents_are_declined(doc: bytes) -> None:
    content_type = "application/xml; charset=utf-8" if b"iso-8859-1" in doc[:60] else None
    fast, _ = both_ways(doc, content_type)

    assert fast is None


def test_an_http_charset_that_agrees_is_fine_and_one_that_disagrees_is_declined() -> None:
    latin = rss("<item><title>caf\u00e9</title></item>").replace(b"utf-8", b"iso-8859-1").replace(
        "caf\u00e9".encode(), "caf\u00e9".encode("latin-1")
    )

    assert both_ways(latin, "text/xml; charset=ISO-8859-1")[0] is not None
    assert both_ways(latin)[0] is not None
    assert both_ways(rss("<item><title>ascii</title></item>"), "text/xml; charset=us-ascii")[0] is not None
    assert both_ways(rss("<item><title>caf\u00e9</title></item>"), "text/xml; charset=iso-8859-1")[0] is None


# --- Generated documents ----------------------------------------------------------------------------------

TEXTS = [
    "Plain", "  spaced\n out ", "", "Fish &amp; chips", "A &amp;amp; B", "&lt;b&gt;bold&lt;/b&gt;", "caf\u00e9",
    "caf\u00c3\u00a9", "C1 &#x9b;2J &#x80;", "&amp;#27;[31mred", "&amp;nbsp;x", "[bold]x[/]", "a<!-- c -->b",
    "<![CDATA[<p>cdata <i>html</i> &amp; more</p>]]>", "&lt;script&gt;alert(1)&lt;/script&gt;ok", "\u00a0nbsp\u00a0",
    "1 &lt; 2 &amp;&amp; 3", "&#133; nel", "&lt;p&gt;a&lt;/p&gt;&lt;p&gt;b&lt;/p&gt;",
]  # fmt: skip
LINKS = [
    "https://a.example/x", "/relative", "relative", "http:///triple", "javascript:alert(1)", "https://a.example/?a=1&amp;b=2",
    "https://a.example/?a=1&amp;amp;b=2", "  https://a.example/sp  ", "", "HTTP://A.EXAMPLE/Up", "https://a.example/a b",
    "https://a.example/?", "tag:x,2020:1",
]  # fmt: skip
DATES = [
    "Sat, 21 Nov 2026 19:02:00 GMT", "21 Nov 2026 19:02:00 -0300", "2026-11-21T20:15:00-03:00", "2026-11-21T20:15:00Z",
    "not a date", "", "2026-11-21", "Sat, 21 Nov 26 19:02 EST", "Sun, 31 Feb 2026 10:00:00 GMT", "2026-11-21 20:15:00",
]  # fmt: skip
RSS_ITEM_PARTS = [
    "<title>{t}</title>", "<link>{l}</link>", '<guid isPermaLink="{b}">{l}</guid>', "<guid>{t}</guid>",
    "<pubDate>{d}</pubDate>", "<dc:date>{d}</dc:date>", "<description>{t}</description>",
    "<content:encoded>{t}</content:encoded>", "<author>{t}</author>", "<dc:creator>{t}</dc:creator>",
    "<category>{t}</category>", "<comments>{l}</comments>", "<foo:bar>{t}</foo:bar>", "<dc:creator>{t}</dc:creator>",
    '<post-id xmlns="com-wordpress:feed-additions:1">{t}</post-id>',
    "<media:content url='u'><media:thumbnail url='t'/></media:content>", "<atom:link href='{l}' rel='{r}'/>",
    "<enclosure url='{l}' type='audio/mpeg'/>", "<source url='https://s.example/'>{t}</source>",
]  # fmt: skip
RSS_CHANNEL_PARTS = [
    "<title>{t}</title>", "<link>{l}</link>", "<ttl>{t}</ttl>", "<ttl>15</ttl>", "<description>{t}</description>",
    "<atom:link href='{l}' rel='{r}' type='application/rss+xml'/>", "<lastBuildDate>{d}</lastBuildDate>",
]  # fmt: skip
ATOM_ENTRY_PARTS = [
    "<title type='{k}'>{t}</title>", "<title>{t}</title>", "<link href='{l}'/>", "<link rel='{r}' href='{l}'/>",
    "<link rel='alternate' type='{m}' href='{l}'/>", "<id>{l}</id>", "<updated>{d}</updated>", "<published>{d}</published>",
    "<summary type='{k}'>{t}</summary>", "<content type='{k}'>{t}</content>", "<author><name>{t}</name></author>",
    "<author><name>N</name><email>{t}</email></author>", "<author>{t}</author>", "<category term='x'/>", "<foo:bar>{t}</foo:bar>",
    "<content type='xhtml'><div xmlns='http://www.w3.org/1999/xhtml'>{t} <b>b</b><br/>{t}</div></content>",
]  # fmt: skip
ATOM_FEED_PARTS = ["<title type='{k}'>{t}</title>", "<link href='{l}'/>", "<link rel='{r}' href='{l}'/>", "<id>{l}</id>",
                   "<updated>{d}</updated>", "<subtitle>{t}</subtitle>"]  # fmt: skip


@st.composite
def fragments(draw: st.DrawFn, parts: list[str], max_size: int) -> str:
    chosen = draw(st.lists(st.sampled_from(parts), max_size=max_size))
    return "".join(
        part.format(
            t=draw(st.sampled_from(TEXTS)), l=draw(st.sampled_from(LINKS)), d=draw(st.sampled_from(DATES)),
            b=draw(st.sampled_from(["true", "false", "True"])), r=draw(st.sampled_from(["alternate", "self", "related"])),
            k=draw(st.sampled_from(["text", "html", "TEXT"])), m=draw(st.sampled_from(["text/html", "application/pdf"])),
        )
        for part in chosen
    )  # fmt: skip


rss_documents = st.builds(
    lambda channel, items: rss("".join(f"<item>{i}</item>" for i in items), channel),
    fragments(RSS_CHANNEL_PARTS, 4),
    st.lists(fragments(RSS_ITEM_PARTS, 8), max_size=3),
)
atom_documents = st.builds(
    lambda feed, entries: atom("".join(f"<entry>{e}</entry>" for e in entries), feed),
    fragments(ATOM_FEED_PARTS, 4),
    st.lists(fragments(ATOM_ENTRY_PARTS, 8), max_size=3),
)


@settings(max_examples=150, deadline=None)
@given(doc=st.one_of(rss_documents, atom_documents), content_type=st.sampled_from([None, "application/xml", "text/xml"]))
def test_generated_documents_read_the_same_on_both_paths(doc: bytes, content_type: str | None) -> None:
    both_ways(doc, content_type)


# --- The fast path's own shortcuts equal what they replace -----------------------------------------------


@given(st.text(alphabet="htps:/xa.-+1 é", max_size=20))
def test_uri_fixing_equals_feedparsers(uri: str) -> None:
    assert fastparse._resolve(uri) == _urljoin("", uri)


def test_the_common_date_forms_parse_as_feedparser_parses_them() -> None:
    days = ["", "Mon, ", "Sat, ", "thu, "]
    zones = ["GMT", "UT", "Z", "EST", "pdt", "+0000", "-0300", "+0530", "+9959"]
    for day, month, zone, (date, time) in itertools.product(
        days, ["Jan", "Feb", "oct", "DEC"], zones,
        [("1", "00:00:00"), ("29", "23:59:59"), ("31", "12:30:45"), ("30", "24:00:00"), ("28", "23:59:60")],
    ):  # fmt: skip
        for year in ("2026", "2024", "0001", "9999"):
            value = f"{day}{date} {month} {year} {time} {zone}"
            assert fastparse._parse_date_cached.__wrapped__(value) == _parse_date(value), value
    for date, time, zone in itertools.product(
        ["2026-11-21", "2024-02-29", "2026-02-29", "0001-01-01", "9999-12-31", "2026-13-01"],
        ["T00:00:00", "t23:59:59", "T24:00:00"], ["Z", "z", "+00:00", "-03:00", "+05:30", "-12:00", "+99:99"],
    ):  # fmt: skip
        value = date + time + zone
        assert fastparse._parse_date_cached.__wrapped__(value) == _parse_date(value), value


@given(st.sampled_from(DATES) | st.text(alphabet="0123456789 :-+TZtzGMTSatNovDec,", max_size=32))
def test_any_date_string_parses_as_feedparser_parses_it(value: str) -> None:
    assert fastparse._parse_date_cached.__wrapped__(value) == _parse_date(value)


def test_the_broken_entry_fixture_still_reaches_the_shared_conversion() -> None:
    # tests/fixtures/parsing.py patches monitor.parse._summary: both paths must convert entries through it.
    assert monitor.parse._parsed_feed.__module__ == "monitor.parse"
