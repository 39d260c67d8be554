"""Exact-duplicate identity: the same link, or the same words, means the same article."""

from __future__ import annotations

from collections import defaultdict

import feedparser
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from monitor.dedup import canonical_url, content_fingerprint, is_tracking_param, title_key
from monitor.demo import seeds_dir

FEEDS = seeds_dir() / "feeds"

# --- canonical_url -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "https://www.hemispherewire.example/a/story?utm_source=latamnow&utm_medium=rss&fbclid=IwAR2",
            "https://www.hemispherewire.example/a/story",
        ),
        ("http://QuitoTribune.example:80/es/x?fbclid=1#top", "https://quitotribune.example/es/x"),
        ("https://example.org:443/x", "https://example.org/x"),
        ("HTTPS://Example.ORG", "https://example.org/"),
        ("https://example.org./x", "https://example.org/x"),
        ("https://user:pass@example.org/x", "https://example.org/x"),
        ("https://example.org:8443/x", "https://example.org:8443/x"),
        ("https://example.org/a/?b=2&a=1", "https://example.org/a/?a=1&b=2"),
        ("https://example.org/a?id=7&gclid=x&mc_cid=1&mc_eid=2&ref=tw&_ga=3", "https://example.org/a?id=7"),
        ("https://example.org/a?q=caf%c3%a9", "https://example.org/a?q=caf%c3%a9"),
        ("https://example.org/caf%c3%a9", "https://example.org/caf%C3%A9"),
        ("https://[2001:DB8::1]:443/x", "https://[2001:db8::1]/x"),
        ("  https://example.org/x  ", "https://example.org/x"),
        ("https://example.org/a b/?q=x y&fbclid=1", "https://example.org/a%20b/?q=x%20y"),
        ("https://example.org/a%20b/?q=x%20y", "https://example.org/a%20b/?q=x%20y"),
        ("http://0/ ?", "https://0/%20"),  # inner whitespace left at the end must survive a second strip
        ("https://example.org/a\u00a0?utm_source=x#top", "https://example.org/a%C2%A0"),
    ],
)
def test_canonical_url(url: str, expected: str) -> None:
    assert canonical_url(url) == expected


def test_http_and_https_are_the_same_article() -> None:
    assert canonical_url("http://example.org/x") == canonical_url("https://example.org/x")


def test_path_case_and_trailing_slash_are_kept() -> None:
    assert canonical_url("https://example.org/A") != canonical_url("https://example.org/a")
    assert canonical_url("https://example.org/a/") != canonical_url("https://example.org/a")


@pytest.mark.parametrize(
    "garbage",
    ["", "   ", "not a url", "mailto:desk@example.org", "ftp://example.org/x", "http://", "http://[::1", "http://a:99999/", "/relative/path", "urn:uuid:1234"],
)
def test_anything_but_an_http_url_comes_back_stripped(garbage: str) -> None:
    assert canonical_url(f" {garbage} ") == garbage.strip()


@pytest.mark.parametrize("name", ["utm_source", "UTM_Campaign", "fbclid", "gclid", "msclkid", "igshid", "ref_src", "_hsenc"])
def test_tracking_params(name: str) -> None:
    assert is_tracking_param(name)


@pytest.mark.parametrize("name", ["id", "page", "q", "article", "reference"])
def test_content_params_are_not_tracking(name: str) -> None:
    assert not is_tracking_param(name)


@given(st.text())
def test_canonical_url_never_raises_and_is_idempotent_on_any_text(text: str) -> None:
    once = canonical_url(text)
    assert canonical_url(once) == once


url_parts = st.text(alphabet=st.characters(codec="utf-8"), max_size=12)
urlish = st.builds(
    "{}://{}{}{}{}{}".format,
    st.sampled_from(["http", "https", "HTTP", "hTtPs", "ftp"]),
    url_parts,
    st.sampled_from(["", ":80", ":443", ":8080", ":", ":x"]),
    st.builds("/".join, st.lists(url_parts, max_size=3)),
    st.builds(lambda ps: "?" + "&".join(ps), st.lists(st.sampled_from(["utm_a=1", "b=2", "a", "fbclid=z", "", "c=%2F"]))),
    st.sampled_from(["", "#", "#frag"]),
)


@given(urlish)
@example("http://0/ ?")  # once gave "https://0/ ", which strips to another key
@example("http://x/?a=1&b= #top")  # the same through the query
def test_canonical_url_is_idempotent_on_url_shaped_text(text: str) -> None:
    once = canonical_url(text)
    assert canonical_url(once) == once


@given(
    st.sampled_from(["http", "https"]),
    st.from_regex(r"[a-z0-9]{1,10}(\.[a-z]{2,5}){1,2}", fullmatch=True),
    st.lists(st.sampled_from(["utm_source=x", "fbclid=1", "gclid=2", "id=3", "ref=tw", "page=2"]), max_size=6),
)
def test_tracking_params_never_survive_and_content_params_always_do(scheme: str, host: str, params: list[str]) -> None:
    result = canonical_url(f"{scheme}://{host}/story?{'&'.join(params)}")
    kept = set(result.partition("?")[2].split("&")) - {""}
    assert kept == {p for p in params if p.startswith(("id=", "page="))}


# --- fingerprints and title keys -----------------------------------------------------------------


def test_fingerprint_ignores_markup_entities_case_and_spacing() -> None:
    plain = content_fingerprint("U.S. Air Force deploys", "Security and humanitarian challenges.")
    marked = content_fingerprint(
        "U.S. AIR FORCE  deploys", "<p><strong>Security</strong>\n   and humanitarian\tchallenges&#46;</p>"
    )
    assert plain == marked


def test_fingerprint_reads_only_the_start_of_the_text() -> None:
    text = "word " * 200
    assert content_fingerprint("t", text) == content_fingerprint("t", text + " Copyright footer added by the outlet.")
    assert content_fingerprint("t", "a different start " + text) != content_fingerprint("t", text)


def test_fingerprint_depends_on_the_title() -> None:
    assert content_fingerprint("Live updates", "same text") != content_fingerprint("Other", "same text")


def test_title_key_is_the_folded_words() -> None:
    assert title_key("Fuerzas Armadas  de ECUADOR: ¡operación!") == "fuerzas armadas de ecuador operacion"
    assert title_key("U.S. Southern Command") == title_key("u.s. southern command")


@given(st.lists(st.text(alphabet="abcdefghijklmnopqrstuvwxyzáéíóúñ", min_size=1, max_size=10), min_size=1, max_size=40))
def test_fingerprint_survives_rewrapping_in_html(words: list[str]) -> None:
    plain = " ".join(words)
    wrapped = "<div>\n  <p>" + "\n".join(w.upper() for w in words) + "</p>\n</div>"
    assert content_fingerprint("T", plain) == content_fingerprint("t", wrapped)


# --- the seeds, as README.md labels them ---------------------------------------------------------


def seed_entries() -> list[tuple[str, feedparser.FeedParserDict]]:
    return [
        (path.relative_to(FEEDS).as_posix(), entry)
        for path in sorted(FEEDS.rglob("*.*"))
        for entry in feedparser.parse(path.read_bytes()).entries
    ]


def groups(key: object) -> list[set[str]]:
    found: dict[str, set[str]] = defaultdict(set)
    for name, entry in seed_entries():
        found[key(entry)].add(f"{name}:{entry.get('id', entry.link)}")  # type: ignore[operator]
    return [members for members in found.values() if len(members) > 1]


def test_seed_copies_with_tracking_links_fold_onto_the_originals() -> None:
    folded = groups(lambda e: canonical_url(e.link))
    assert len(folded) == 7
    assert all(any(m.startswith("aggregator.rss:") for m in group) for group in folded)
    assert all(len(group) == 2 for group in folded)


def test_seed_verbatim_syndication_folds_by_text() -> None:
    def fingerprint(entry: feedparser.FeedParserDict) -> str:
        body = entry.content[0].value if "content" in entry else entry.summary
        return content_fingerprint(entry.title, body)

    by_size = sorted(groups(fingerprint), key=len)
    assert [len(g) for g in by_size] == [2, 4]
    air_force, joint_op = by_size
    assert {m.split(":")[0] for m in air_force} == {"wire.rss", "andes-daily.atom"}
    assert {m.split(":")[0] for m in joint_op} == {"wire.rss", "andes-daily.atom", "hemisphere-defense.rss", "live/newsdesk.rss"}


def test_generic_seed_titles_share_a_title_key_but_not_a_fingerprint() -> None:
    live = [e for _, e in seed_entries() if e.title == "Live updates"]
    assert len(live) == 2
    assert title_key(live[0].title) == title_key(live[1].title)
    assert content_fingerprint(live[0].title, live[0].summary) != content_fingerprint(live[1].title, live[1].summary)
