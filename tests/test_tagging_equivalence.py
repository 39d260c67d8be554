"""The tagger's fast paths agree with the plain code they replaced.

Tagging runs on every item, so its inner steps are regexes, C-level passes and caches rather
than the obvious loops. The obvious versions are kept here, as references, and property tests
check that each fast step gives exactly what its reference gives, on text made of the characters
the rules care about (spaces, quotes, punctuation, accents, letters that fold to two, symbols
that fold to letters) rather than on a fixed sample.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass

import ahocorasick
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.models import Entity, Place, Tags
from monitor.tagging import tokens
from monitor.tagging.assemble import TagsBuilder
from monitor.tagging.firstnames import _CAPITALISED, first_name_people
from monitor.tagging.folding import FoldedText
from monitor.tagging.gazetteer import (
    Candidate,
    CountryInfo,
    RegionInfo,
    case_mode,
    mode_allows,
)
from monitor.tagging.matcher import KeyMatcher, _split_key
from monitor.tagging.reading import _order
from monitor.textfold import FOLD_TABLE, fold, fold_cached

# -- references: the code as it was, character by character -------------------------------------

_WORD_EXTRA = "'’.-"
_OPEN_QUOTES = "\"“«'‘"
_SPACES = " \t\u00a0"


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch in _WORD_EXTRA


def ref_next_word(text: str, pos: int) -> tuple[int, int] | None:
    i = pos
    while i < len(text) and text[i] in _SPACES:
        i += 1
    if i == pos and i < len(text) and _is_word_char(text[i]):
        return None
    while i < len(text) and text[i] in _OPEN_QUOTES:
        i += 1
    start = i
    while i < len(text) and _is_word_char(text[i]):
        i += 1
    return (start, i) if i > start else None


def ref_prev_word(text: str, pos: int) -> tuple[int, int] | None:
    i = pos
    while i > 0 and text[i - 1] in _SPACES:
        i -= 1
    if i == pos and i > 0 and _is_word_char(text[i - 1]):
        return None
    end = i
    while i > 0 and _is_word_char(text[i - 1]):
        i -= 1
    return (i, end) if end > i else None


def ref_strip_word(word: str) -> tuple[str, bool]:
    for suffix in ("'s", "’s", "'", "’"):
        if word.endswith(suffix) and len(word) > len(suffix):
            return word[: -len(suffix)], True
    if word.endswith(".") and len(word) > 2 and word.count(".") == 1:
        return word[:-1], True
    return word.rstrip("-"), False


def ref_is_title_case(line: str) -> bool:
    size = len(line.split())
    if size > tokens.MAX_HEADLINE_WORDS or (size > 10 and line.rstrip().endswith(".")):
        return False
    words = [w for w in line.split() if len(w) >= 4 and w[0].isalpha()]
    if len(words) < 3:
        return bool(words) and all(w[0].isupper() for w in words) and len(line.split()) <= 8
    return sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def ref_fold(text: str) -> str:
    return "".join(FOLD_TABLE[ord(ch)] for ch in text)


class RefMatcher:
    """The matcher as it was: an Aho-Corasick automaton, every hit checked for whole words and case."""

    def __init__(self, keys: Mapping[str, list[Candidate]]) -> None:
        self._automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        self._entries = []
        for index, (key, candidates) in enumerate(keys.items()):
            self._automaton.add_word(key, index)
            self._entries.append((len(key), candidates))
        self._empty = not keys
        if not self._empty:
            self._automaton.make_automaton()

    def find(self, text: FoldedText) -> list[tuple[int, int, str, tuple[Candidate, ...]]]:
        if self._empty:
            return []
        hits = []
        for last, index in self._automaton.iter(text.folded):
            length, candidates = self._entries[index]
            fstart, fend = last - length + 1, last + 1
            if not text.is_boundary(fstart, fend):
                continue
            start, end = text.span(fstart, fend)
            written = text.original[start:end]
            fitting = tuple(c for c in candidates if mode_allows(c.mode, c.alias, written))
            if fitting:
                hits.append((start, end, written, fitting))
        return hits


class RefBuilder:
    """TagsBuilder as it was: each region added with its parents, one by one, recursively."""

    def __init__(self, gazetteer: object) -> None:
        self._gaz = gazetteer
        self._places: dict[tuple[str, str], Place] = {}
        self._countries: dict[str, None] = {}
        self._regions: dict[str, None] = {}
        self._entities: dict[tuple[str, str], Entity] = {}
        self._areas: set[str] = set()

    def add_place(self, place: Place) -> None:
        self._places.setdefault((place.name, place.country), place)
        self._areas.add(fold_cached(place.name))
        self.add_entity("place", place.name, place.text)
        self.add_country(place.country)

    def add_country(self, iso2: str) -> None:
        info = self._gaz.countries.get(iso2)  # type: ignore[attr-defined]
        if info is None or iso2 in self._countries:
            return
        self._countries[iso2] = None
        self._areas.update((iso2.lower(), fold_cached(info.name)))
        for region in info.m49 + info.everyday:
            self.add_region(region)

    def add_region(self, name: str) -> None:
        if name in self._regions:
            return
        self._regions[name] = None
        self._areas.add(fold_cached(name))
        info = self._gaz.regions.get(name)  # type: ignore[attr-defined]
        for parent in info.parents if info else ():
            self.add_region(parent)

    def add_entity(self, entity_type: str, name: str, text: str) -> None:
        self._entities.setdefault((entity_type, name), Entity(entity_type, name, text))  # type: ignore[arg-type]
        if entity_type == "place":
            self._areas.add(fold_cached(name))

    def build(self, custom_regions: Mapping[str, frozenset[str]]) -> Tags:
        for name, members in custom_regions.items():
            if members & self._areas:
                self.add_region(name)
        return Tags(tuple(self._places.values()), tuple(self._countries), tuple(self._regions),
                    tuple(self._entities.values()), frozenset(self._areas))


# -- text made of what the rules care about ------------------------------------------------------

# Spaces, quotes, word punctuation, line breaks, letters (accented, capital, non-Latin), digits, an
# underscore (a regex word character that is no letter), "ß" and "ﬁ" (fold to two), a lone accent
# (folds to none), "Ⓐ" (a symbol that folds to a letter), "?" (what encoding makes of the rest).
_ALPHABET = " \t\u00a0\n\"“”«»'‘’.-,;:!?()_aAbDZ9éÉÑñßÀ\u0301ﬁİ٣ⅫΩжⒶ\x00\u200b"
texts = st.text(alphabet=_ALPHABET, max_size=40)
_NAMES = ["Daniel", "Noboa", "Maria", "de", "da", "Al", "al-Hiyari", "Quito", "U.S.", "Chad", "ANA", "José"]
named_texts = st.lists(st.one_of(st.sampled_from(_NAMES), st.text(alphabet=_ALPHABET, max_size=4)),
                       max_size=14).map("".join)
# Sentences full of names: people, a name written with more to it, names run into symbols and accents.
_PIECES = ["Daniel Noboa", "Maria da Silva", "Al Gore", "Chad Morris", "ANA MARIA", "José Ⓐlvarez", "Ⓐna Lopez",
           "O'Daniel Smith", "Daniel's", "Daniel-", "Maria  Lopez", "“Maria Lopez”", "Jose\u0301 Ruiz", "jose ruiz",
           "Maria Bridge", "Liga de Quito", "Will Smith", "the ", "President ", " said ", " ", ", ", ". ", "\n",
           "\t", "ß", "_", "Ⓐ", "é"]
people_texts = st.lists(st.sampled_from(_PIECES), max_size=12).map("".join)


@settings(max_examples=2000, deadline=None)
@given(texts)
def test_next_and_prev_word_match_the_plain_loops(text: str) -> None:
    tokens._reversed.cache_clear()  # the reversed text is cached by value: prove it is never stale
    for pos in range(len(text) + 1):
        assert tokens.next_word(text, pos) == ref_next_word(text, pos), (text, pos)
        assert tokens.prev_word(text, pos) == ref_prev_word(text, pos), (text, pos)


@pytest.mark.parametrize("block", range(0, sys.maxunicode + 1, 0x8000))
def test_word_characters_are_exactly_isalnum_and_the_extras(block: int) -> None:
    """The regexes spell "letter or digit" as [^\\W_]: true of exactly the characters str.isalnum accepts."""
    for code in range(block, min(block + 0x8000, sys.maxunicode + 1)):
        text = " a" + chr(code) + " "
        assert tokens.next_word(text, 0) == ref_next_word(text, 0), hex(code)
        assert tokens.prev_word(text, 4) == ref_prev_word(text, 4), hex(code)


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet="'’.-sS aé", max_size=8))
def test_strip_word_matches_the_plain_version(word: str) -> None:
    assert tokens.strip_word(word) == ref_strip_word(word)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["Air", "Force", "in", "Ecuador", "the", "said", "Lima.", "x", "  ", "\t"]),
                max_size=40).map(" ".join))
def test_is_title_case_matches_the_plain_version(line: str) -> None:
    assert tokens.is_title_case(line) == ref_is_title_case(line)


# -- folding and the words of a folded text -------------------------------------------------------


@settings(max_examples=1000, deadline=None)
@given(texts)
def test_folded_text_is_the_text_folded_character_by_character(text: str) -> None:
    folded = FoldedText(text)
    assert folded.folded == ref_fold(text) == fold(text)
    one_to_one = all(len(FOLD_TABLE[ord(ch)]) == 1 for ch in text)
    assert folded.same_offsets == one_to_one
    for start in range(len(folded.folded)):
        for end in range(start + 1, len(folded.folded) + 1):
            origin = folded.span(start, end)
            if one_to_one:
                assert origin == (start, end)
            assert folded.is_boundary(start, end) == (
                (start == 0 or not folded.folded[start - 1].isalnum())
                and (end >= len(folded.folded) or not folded.folded[end].isalnum()))


@settings(max_examples=1000, deadline=None)
@given(texts)
def test_word_parts_are_the_runs_of_letters_and_digits(text: str) -> None:
    folded = FoldedText(text)
    parts, before = folded.word_parts()
    words = [(m.start(), m.group()) for m in re.finditer(r"[^\W_]+", folded.folded)]
    assert [(before[k] + k, part) for k, part in enumerate(parts) if part] == words
    assert len(parts) == folded.folded.count(" ") + sum(not ch.isalnum() and ch != " " for ch in folded.folded) + 1
    chosen = {"a", "dan", "ana", "ω"}
    assert folded.parts_in(chosen) == [k for k, part in enumerate(parts) if part in chosen]
    superset = folded.parts_in(chosen | {"b", "z9"})
    assert folded.parts_in(chosen, superset) == folded.parts_in(chosen)


@settings(max_examples=1000, deadline=None)
@given(st.one_of(people_texts, named_texts))
def test_first_names_found_among_the_words_are_those_the_capitalised_scan_finds(text: str) -> None:
    """`first_name_people(at=...)` reads only words that fold to a first name: the same people as a full scan."""
    names = frozenset({"daniel", "maria", "jose", "al", "chad", "ana", "will"})
    folded = FoldedText(text)
    at = folded.starts_of(names)
    if at is None:  # the text's words are not its folded words: only the full scan may be used
        assert any(FOLD_TABLE[ord(ch)].isalnum() != ch.isalnum() or len(FOLD_TABLE[ord(ch)]) != 1 for ch in text)
        return
    def never(start: int, end: int) -> bool:
        return False

    args = (text, names, frozenset({"will"}), never, lambda pos: False, never)
    assert first_name_people(*args, at=at) == first_name_people(*args)


@settings(max_examples=1000, deadline=None)
@given(st.one_of(people_texts, named_texts))
def test_capitalised_words_are_the_plain_ones_that_a_word_follows(text: str) -> None:
    plain = re.compile(r"(?<![\w'’.-])[A-ZÀ-ÖØ-Þ][\w'’-]*")
    expected = [m.span() for m in plain.finditer(text) if tokens.next_word(text, m.end()) is not None]
    assert [m.span() for m in _CAPITALISED.finditer(text)] == expected


# -- the matcher ------------------------------------------------------------------------------------

_KEY_ALPHABET = "ab cé.'-()+ß"
keys_strategy = st.lists(st.text(alphabet=_KEY_ALPHABET, min_size=1, max_size=7), min_size=1, max_size=12)


@settings(max_examples=400, deadline=None)
@given(keys_strategy, st.lists(st.text(alphabet=_KEY_ALPHABET + "ABÉ\n,Ⓐ\u0301", max_size=6), max_size=12))
def test_key_matcher_finds_what_the_automaton_found(aliases: list[str], pieces: list[str]) -> None:
    keys: dict[str, list[Candidate]] = {}
    for alias in aliases:
        key = fold(alias).strip()
        if key:
            keys.setdefault(key, []).append(Candidate("city", alias, alias, case_mode(alias)))
    # The text: the pieces, with the aliases as written (and upper-cased) among them.
    text = " ".join(p + (aliases[i % len(aliases)].upper() if i % 3 == 0 else aliases[i % len(aliases)])
                    for i, p in enumerate(pieces))
    folded = FoldedText(text)
    expected = RefMatcher(keys).find(folded)
    matcher = KeyMatcher(keys)
    assert [h[:4] for h in matcher.find(folded)] == expected
    among = folded.parts_in(matcher.words | {"zz"})  # a superset of the words that start a key
    assert [h[:4] for h in matcher.find(FoldedText(text), among)] == expected


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=_KEY_ALPHABET + "\t_", min_size=1, max_size=12))
def test_split_key_reads_plain_keys_as_the_regex_does(key: str) -> None:
    parts = re.split(r"([^\W_]+)", key)
    if len(parts) == 1:
        assert _split_key(key) is None
        return
    lead, trail = parts[0], parts[-1]
    ends, total = [], 0
    for index, part in enumerate(parts[1:-1]):
        total += len(part)
        if index % 2 == 0:
            ends.append(total)
    assert _split_key(key) == (lead, key[len(lead) : len(key) - len(trail)], trail, parts[1::2], ends)


# -- choosing and collecting -----------------------------------------------------------------------


@settings(max_examples=1000, deadline=None)
@given(st.tuples(st.integers(0, 2**40), st.integers(1, 5000), st.integers(0, 200)),
       st.tuples(st.integers(0, 2**40), st.integers(1, 5000), st.integers(0, 200)))
def test_selection_order_sorts_as_the_tuple_did(a: tuple[int, int, int], b: tuple[int, int, int]) -> None:
    (start_a, size_a, rank_a), (start_b, size_b, rank_b) = a, b
    order_a, order_b = _order(start_a, start_a + size_a, rank_a), _order(start_b, start_b + size_b, rank_b)
    tuple_a, tuple_b = (-size_a, rank_a, start_a), (-size_b, rank_b, start_b)
    assert (order_a < order_b) == (tuple_a < tuple_b) and (order_a == order_b) == (tuple_a == tuple_b)


@dataclass(eq=False)
class _Gazetteer:
    countries: dict[str, CountryInfo]
    regions: dict[str, RegionInfo]


_REGION_NAMES = ["R0", "R1", "R2", "R3", "R4", "R5"]


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.sampled_from(_REGION_NAMES), st.lists(st.sampled_from(_REGION_NAMES), max_size=3)),
       st.lists(st.tuples(st.sampled_from(["AA", "BB", "CC", "ZZ"]), st.lists(st.sampled_from(_REGION_NAMES),
                                                                               max_size=3)), max_size=3),
       st.lists(st.tuples(st.sampled_from(["country", "region", "place", "entity"]),
                          st.sampled_from(["AA", "BB", "CC", "ZZ", *_REGION_NAMES])), max_size=12))
def test_regions_roll_up_as_they_did_one_by_one(parents: dict[str, list[str]],
                                                countries: list[tuple[str, list[str]]],
                                                calls: list[tuple[str, str]]) -> None:
    """Cached roll-ups add the same regions in the same order as the recursive walk, cycles included."""
    gaz = _Gazetteer({iso2: CountryInfo(iso2, f"Land {iso2}", 1, tuple(roots[:1]), tuple(roots[1:]))
                      for iso2, roots in countries},
                     {name: RegionInfo(name, tuple(up)) for name, up in parents.items()})
    builder, reference = TagsBuilder(gaz), RefBuilder(gaz)  # type: ignore[arg-type]
    for what, name in calls:
        for target in (builder, reference):
            if what == "country":
                target.add_country(name)
            elif what == "region":
                target.add_region(name)
            elif what == "place":
                target.add_place(Place(f"Town {name}", name, None, f"town {name}"))
            else:
                target.add_entity("org", name, name.lower())
    custom = {"Custom": frozenset({"r1", "land aa"})}
    assert builder.build(custom) == reference.build(custom)
