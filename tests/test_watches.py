"""Watches: what fires on which item, how it explains itself, and how bad watches are reported."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from monitor.errors import WatchError
from monitor.models import Entity, Tags, WatchHit
from monitor.priority import Priority
from monitor.config import WatchConfig
from monitor.watches import MatchInput, WatchCompileError, WatchSet, highest_priority, normalise


FakeWatch = WatchConfig  # the real config model: the watches read nothing else of the config


AREAS = {"ecuador": "ecuador", "ec": "ec", "latin america": "latin america", "guayaquil": "guayaquil"}


def fake_area_key(name: str) -> str | None:
    """Like Tagger.area_key: a known place or region's folded key, None for anything else."""
    return AREAS.get(name.strip().lower())


def watch(name: str = "w", **fields: Any) -> FakeWatch:
    for key in ("keywords", "regions", "entities", "exclude", "feeds", "tags"):
        if isinstance(fields.get(key), str):
            fields[key] = (fields[key],)
        elif key in fields:
            fields[key] = tuple(fields[key])
    return FakeWatch(name, **fields)


def item(
    title: str = "",
    text: str = "",
    *,
    areas: tuple[str, ...] = (),
    countries: tuple[str, ...] = (),
    entities: tuple[Entity, ...] = (),
    feed: str = "wire",
    feed_tags: tuple[str, ...] = (),
) -> MatchInput:
    tags = Tags(countries=countries, entities=entities, areas=frozenset(areas))
    return MatchInput(title, text, tags, feed, feed_tags)


def fired(watches: list[FakeWatch] | FakeWatch, it: MatchInput) -> list[str]:
    ws = WatchSet.compile(watches if isinstance(watches, list) else [watches], area_key=fake_area_key)
    return [hit.name for hit in ws.match(it)]


def terms(w: FakeWatch, it: MatchInput) -> tuple[str, ...]:
    hits = WatchSet.compile([w], area_key=fake_area_key).match(it)
    assert len(hits) == 1, f"{w.name} did not fire"
    return hits[0].terms


# --- keywords ------------------------------------------------------------------------


def test_a_keyword_matches_regardless_of_case() -> None:
    assert fired(watch(keywords="cartel"), item("CARTEL leaders arrested")) == ["w"]


def test_a_keyword_matches_regardless_of_accents_on_either_side() -> None:
    assert fired(watch(keywords="narcotrafico"), item("Golpe al narcotráfico")) == ["w"]
    assert fired(watch(keywords="Nariño"), item("Operations in NARINO department")) == ["w"]


def test_turkish_dotless_i_is_an_i_so_a_name_typed_without_it_matches() -> None:
    assert fired(watch(keywords="Diyarbakir"), item("Diyarbakır'da yangın")) == ["w"]


def test_a_keyword_only_matches_whole_words() -> None:
    assert fired(watch(keywords="ELN"), item("Kelner said the ELN struck")) == ["w"]
    assert fired(watch(keywords="ELN"), item("Kelner and Elnath")) == []


def test_a_keyword_is_searched_in_the_title_and_the_text() -> None:
    assert fired(watch(keywords="cartel"), item("Arrests", "a cartel leader")) == ["w"]


def test_a_phrase_tolerates_hyphens_punctuation_and_extra_spaces() -> None:
    w = watch(keywords="drug trafficking")
    for text in ("Drug-Trafficking routes", "drug  trafficking", "drug — trafficking", "drug\ntrafficking"):
        assert fired(w, item(text)) == ["w"], text


def test_a_phrase_needs_its_words_adjacent_and_in_order() -> None:
    w = watch(keywords="drug trafficking")
    assert fired(w, item("drug and arms trafficking")) == []
    assert fired(w, item("trafficking drug")) == []


def test_quotes_around_a_listed_keyword_are_allowed() -> None:
    assert fired(watch(keywords='"drug trafficking"'), item("drug-trafficking")) == ["w"]


def test_a_prefix_matches_words_that_start_with_it() -> None:
    w = watch(keywords="narco*")
    for text in ("narcotráfico", "narco-terrorist", "Narcos", "NARCO"):
        assert fired(w, item(text)) == ["w"], text


def test_a_prefix_does_not_match_inside_a_word() -> None:
    assert fired(watch(keywords="narco*"), item("antinarcóticos police")) == []


def test_a_prefix_can_end_a_phrase() -> None:
    assert fired(watch(keywords="drug traffick*"), item("drug-traffickers")) == ["w"]


def test_spanish_text_matches_with_the_region_from_the_tagger() -> None:
    w = watch(keywords="narco*", regions="Ecuador")
    it = item("Golpe al narcotráfico en Guayaquil", areas=("guayaquil", "ecuador", "ec", "latin america"))
    assert terms(w, it) == ("narcotráfico", "Ecuador")


def test_normalise_turns_text_into_a_single_spaced_folded_token_stream() -> None:
    assert normalise("  Narco-Terrorists, in  ECUADOR!") == " narco terrorists in ecuador "
    assert normalise("") == "  "


# --- regions, entities, scope, exclude ------------------------------------------------


def test_a_region_matches_through_the_tagger_areas() -> None:
    w = watch(regions=("Latin America",))
    assert fired(w, item("Strike in Guayaquil", areas=("guayaquil", "ecuador", "latin america"))) == ["w"]
    assert fired(w, item("Strike in Kyiv", areas=("kyiv", "ukraine", "europe"))) == []


def test_any_listed_region_is_enough() -> None:
    w = watch(regions=("Latin America", "EC"))
    assert fired(w, item("x", areas=("ec",))) == ["w"]


def test_without_an_area_key_a_region_is_its_folded_name() -> None:
    ws = WatchSet.compile([watch(regions=("Perú",))])
    assert [h.name for h in ws.match(item("x", areas=("peru",)))] == ["w"]


def test_keywords_and_regions_must_both_match() -> None:
    w = watch(keywords="cartel", regions="Ecuador")
    assert fired(w, item("cartel", areas=("ecuador",))) == ["w"]
    assert fired(w, item("cartel", areas=("mexico",))) == []
    assert fired(w, item("elections", areas=("ecuador",))) == []


def test_an_entity_matches_the_canonical_name_the_tagger_found() -> None:
    southcom = Entity("org", "U.S. Southern Command", "SOUTHCOM")
    w = watch(entities=("u.s. southern command",))
    assert fired(w, item("SOUTHCOM deploys", entities=(southcom,))) == ["w"]
    assert fired(w, item("SOUTHCOM deploys")) == []


def test_an_entity_may_also_be_named_as_the_item_wrote_it() -> None:
    southcom = Entity("org", "U.S. Southern Command", "SOUTHCOM")
    assert fired(watch(entities=("SOUTHCOM",)), item("x", entities=(southcom,))) == ["w"]


def test_an_excluded_keyword_vetoes_the_watch() -> None:
    w = watch(keywords="cartel", exclude=("football", "soccer*"))
    assert fired(w, item("Cartel funds football club")) == []
    assert fired(w, item("Cartel", "the soccer-mad boss")) == []
    assert fired(w, item("Cartel boss arrested")) == ["w"]


def test_feeds_and_tags_limit_a_watch_to_some_feeds() -> None:
    w = watch(keywords="cartel", feeds=("el-universo",), tags=("latam",))
    assert fired(w, item("cartel", feed="el-universo")) == ["w"]
    assert fired(w, item("cartel", feed="reuters", feed_tags=("latam", "wire"))) == ["w"]
    assert fired(w, item("cartel", feed="reuters", feed_tags=("wire",))) == []


def test_a_watch_of_only_feeds_takes_everything_from_them() -> None:
    w = watch(feeds=("flash-wire",))
    assert fired(w, item("anything", feed="flash-wire")) == ["w"]
    assert fired(w, item("anything", feed="other")) == []


# --- queries -------------------------------------------------------------------------


def test_a_query_is_anded_with_the_lists() -> None:
    w = watch(keywords="cartel", query="arrest* OR capture*")
    assert fired(w, item("Cartel boss arrested")) == ["w"]
    assert fired(w, item("Cartel boss speaks")) == []
    assert fired(w, item("Boss arrested")) == []


def test_a_query_alone_is_a_watch() -> None:
    w = watch(query='narco* AND region:"Latin America" AND NOT football')
    assert fired(w, item("Narcos in Quito", areas=("latin america",))) == ["w"]
    assert fired(w, item("Narcos in Quito football", areas=("latin america",))) == []


def test_a_title_term_ignores_the_text() -> None:
    w = watch(query="title:cartel")
    assert fired(w, item("Cartel news")) == ["w"]
    assert fired(w, item("News", "cartel")) == []


def test_a_text_term_searches_title_and_summary_like_a_bare_term() -> None:
    w = watch(query="text:cartel")
    assert fired(w, item("Cartel news")) == ["w"]
    assert fired(w, item("News", "cartel")) == ["w"]


def test_query_fields_read_the_tags_and_the_feed() -> None:
    southcom = Entity("org", "U.S. Southern Command", "SOUTHCOM")
    it = item("x", areas=("ecuador",), countries=("EC",), entities=(southcom,), feed="Wire-1", feed_tags=("latam",))
    for query in ("region:Ecuador", "country:EC", "country:ec", 'entity:"U.S. Southern Command"', "feed:wire-1"):
        assert fired(watch(query=query), it) == ["w"], query
    assert fired(watch(query="tag:LATAM"), it) == ["w"]
    for query in ("NOT region:Ecuador", "feed:other", "tag:europe", "entity:SOUTHCOM_X"):
        assert fired(watch(query=query), it) == [], query


def test_a_query_of_only_not_fires_on_everything_else() -> None:
    w = watch(query="NOT football")
    assert fired(w, item("cartel")) == ["w"]
    assert fired(w, item("football")) == []


# --- priorities and explanations -------------------------------------------------------


def test_hits_come_most_urgent_first_then_in_config_order() -> None:
    ws = WatchSet.compile(
        [
            watch("routine", keywords="cartel"),
            watch("flash", keywords="cartel", priority=Priority.FLASH),
            watch("also-routine", keywords="cartel"),
            watch("immediate", keywords="cartel", priority=Priority.IMMEDIATE),
        ]
    )
    hits = ws.match(item("cartel"))
    assert [h.name for h in hits] == ["flash", "immediate", "routine", "also-routine"]
    assert highest_priority(hits) is Priority.FLASH


def test_highest_priority_of_no_hits_is_none() -> None:
    assert highest_priority(()) is Priority.NONE


def test_a_hit_lists_the_keywords_as_they_appeared_in_the_item() -> None:
    w = watch(keywords=("narco*", "drug trafficking", "cartel"))
    it = item("Narcotráfico y cárteles", "The DRUG-TRAFFICKING network")
    assert terms(w, it) == ("Narcotráfico", "DRUG-TRAFFICKING")


def test_a_hit_prefers_the_title_when_a_term_is_in_both() -> None:
    assert terms(watch(keywords="cartel*"), item("Carteles", "cartel")) == ("Carteles",)


def test_a_hit_lists_regions_and_entities_as_the_watch_wrote_them() -> None:
    southcom = Entity("org", "U.S. Southern Command", "SOUTHCOM")
    w = watch(keywords="strike", regions=("Ecuador", "Latin America"), entities=("U.S. Southern Command",))
    it = item("Strike", areas=("ecuador",), entities=(southcom,))
    assert terms(w, it) == ("Strike", "Ecuador", "U.S. Southern Command")


def test_query_explanations_leave_out_negated_and_false_terms() -> None:
    w = watch(query="(cartel OR narco*) AND NOT football AND (title:boss OR arms)")
    assert terms(w, item("Boss of the narcos", "the cartel")) == ("cartel", "narcos", "Boss")


def test_the_same_term_is_listed_once() -> None:
    w = watch(keywords=("cartel", "cartel*"), query="cartel")
    assert terms(w, item("Cartel")) == ("Cartel",)


def test_accents_in_decomposed_form_are_shown_as_written() -> None:
    assert terms(watch(keywords="cafe"), item("Cafe\u0301 de Colombia")) == ("Cafe\u0301",)


def test_a_term_shared_by_many_watches_fires_all_of_them() -> None:
    ws = WatchSet.compile([watch(f"w{i}", keywords="cartel") for i in range(50)])
    assert len(ws.match(item("cartel"))) == 50
    assert ws.names == tuple(f"w{i}" for i in range(50))


def test_an_empty_item_fires_nothing_but_scope_and_not_watches() -> None:
    ws = WatchSet.compile([watch("k", keywords="x"), watch("n", query="NOT x"), watch("f", feeds="wire")])
    assert [h.name for h in ws.match(item())] == ["n", "f"]


def test_hits_are_watch_hits() -> None:
    (hit,) = WatchSet.compile([watch(keywords="x", priority=Priority.PRIORITY)]).match(item("x"))
    assert hit == WatchHit("w", Priority.PRIORITY, ("x",))


# --- compile errors ------------------------------------------------------------------


def test_compile_lists_every_bad_watch_by_name() -> None:
    bad = [
        watch("ok", keywords="cartel"),
        watch("broken-query", query="narco AND (cartel", line=12),
        watch("bad-region", regions=("Ecudor",)),
        watch("bad-keyword", keywords=("!!!", "nar*co")),
        watch("empty"),
        watch("ok", keywords="again"),
    ]
    with pytest.raises(WatchCompileError) as caught:
        WatchSet.compile(bad, area_key=fake_area_key)
    problems = caught.value.problems
    assert [(p.watch, p.where) for p in problems] == [
        ("broken-query", "query"),
        ("bad-region", "regions"),
        ("bad-keyword", "keywords"),
        ("bad-keyword", "keywords"),
        ("empty", "name"),
        ("ok", "name"),
    ]
    assert problems[0].position == 17 and problems[0].line == 12
    message = str(caught.value)
    assert "watch 'broken-query': query: expected ')' at 17" in message
    assert "unknown region 'Ecudor'" in message
    assert "another watch has the same name" in message
    assert isinstance(caught.value, WatchError)


def test_unknown_places_inside_a_query_point_at_the_term() -> None:
    with pytest.raises(WatchCompileError) as caught:
        WatchSet.compile([watch("q", query="narco region:Atlantis")], area_key=fake_area_key)
    (problem,) = caught.value.problems
    assert problem.position == 6 and "unknown region 'Atlantis'" in problem.message


def test_problems_reports_without_raising() -> None:
    assert WatchSet.problems([watch("ok", keywords="x")]) == ()
    (problem,) = WatchSet.problems([watch("q", query="regoin:x")])
    assert problem.message == "unknown field 'regoin' (did you mean 'region'?) at 0" and problem.position == 0


def test_no_watches_is_a_valid_set_that_matches_nothing() -> None:
    ws = WatchSet.compile([])
    assert ws.match(item("cartel")) == () and ws.names == ()


# --- the automaton agrees with a naive matcher ------------------------------------------------

_VOCAB = ["narco", "narcos", "cartel", "drug", "trafficking", "eln", "el", "n", "a"]


def _naive(tokens: list[str], keyword: str) -> bool:
    """Contiguous token match, the last token as a prefix when the keyword ends in '*'."""
    prefix = keyword.endswith("*")
    want = keyword.rstrip("*").split()
    for start in range(len(tokens) - len(want) + 1):
        window = tokens[start : start + len(want)]
        if window[:-1] == want[:-1] and (
            window[-1].startswith(want[-1]) if prefix else window[-1] == want[-1]
        ):
            return True
    return False


@given(
    st.lists(st.sampled_from(_VOCAB), max_size=12),
    st.lists(
        st.tuples(st.lists(st.sampled_from(_VOCAB), min_size=1, max_size=3), st.booleans()),
        min_size=1,
        max_size=8,
    ),
    st.sampled_from([" ", "-", ", ", "  ", " / "]),
)
def test_keyword_matching_agrees_with_a_naive_token_matcher(
    tokens: list[str], keywords: list[tuple[list[str], bool]], separator: str
) -> None:
    written = [" ".join(words) + ("*" if prefix else "") for words, prefix in keywords]
    ws = WatchSet.compile([watch(f"k{i}", keywords=k) for i, k in enumerate(written)])
    got = {h.name for h in ws.match(item(separator.join(tokens).upper()))}
    assert got == {f"k{i}" for i, k in enumerate(written) if _naive(tokens, k)}
