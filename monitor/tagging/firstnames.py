"""People with no title and no verb of speech nearby, found by their first name.

Most people in news copy come with a cue ("President", "said"), but many do not: "Carolina
Restrepo, investigadora de ...", "Nicolás Maduro's government". A known first name followed by
capitalised words is a person, unless the words go on into a longer proper name ("Getulio
Vargas Foundation", "Universidad Católica Andrés Bello") or a facility ("the Antonio Maceo
power plant"). Headlines are skipped: there every word is capitalised.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache, partial

from monitor.tagging.lexicon import (
    FACILITY_WORDS,
    FEATURE_WORDS,
    NAME_PARTICLES,
    NOT_NAMES,
)
from monitor.tagging.people import Blocked, PersonSpan, read_name
from monitor.tagging.tokens import (
    FOLLOWED_BY_WORD,
    is_capitalised,
    is_sentence_start,
    next_word,
    prev_word,
    strip_word,
)
from monitor.textfold import fold_cached

# A capitalised word not preceded by a word character, with another word after it on the same line. The
# capital comes first and the look-behind after it, so the regex engine can skip to capitals: the same words
# as (?<![\w'’.-])[A-ZÀ-ÖØ-Þ][\w'’-]*, less those with nothing `next_word` can read after them. Those
# could never start a name of two words: `read_name` would stop at them.
_CAPITALISED = re.compile(r"[A-ZÀ-ÖØ-Þ](?<![\w'’.-].)[\w'’-]*+" + FOLLOWED_BY_WORD)
_ARTICLES = frozenset({"the", "an"})
_WORD = re.compile(r"[\w'’.-]+")
# "St. Andrew Bay", "Simón Bolívar Bridge", "Victoria Falls": the name of a place, not of a person.
_NOT_SURNAMES = FACILITY_WORDS | FEATURE_WORDS | {"falls", "hills", "heights", "beach", "springs", "island",
                                                  "islands", "point", "harbor", "harbour", "city", "town", "creek"}


def _after_abbreviation(text: str, before: tuple[int, int] | None) -> bool:
    """ "St. Andrew", "Sen. Marco": a short capitalised abbreviation, not the end of a sentence."""
    if before is None:
        return False
    word = text[before[0] : before[1]]
    return word.endswith(".") and len(word) <= 5 and word[:1].isupper() and word.count(".") == 1


def _continues(text: str, end: int) -> bool:
    """True when the name runs on into more capitalised words or a facility word."""
    following = next_word(text, end)
    if following is None:
        return False
    return _continues_a_name(text[following[0] : following[1]])


@lru_cache(maxsize=8192)
def _continues_a_name(raw: str) -> bool:
    """The word-level half of `_continues`: a facility word, or a capitalised word that may be in a name."""
    word = strip_word(raw)[0]
    folded = fold_cached(word)
    if folded in FACILITY_WORDS:
        return True
    return is_capitalised(word) and folded not in NOT_NAMES


@lru_cache(maxsize=8192)
def _opens_longer_name(raw: str) -> bool:
    """The word before a first name starts something else: "the Getulio ...", "Universidad Católica Andrés Bello"."""
    word = strip_word(raw)[0]
    return fold_cached(word) in _ARTICLES or (is_capitalised(word) and fold_cached(word) not in NOT_NAMES)


@lru_cache(maxsize=8192)
def _names_a_place(name: str) -> bool:
    """ "Victoria Falls", "Simón Bolívar Bridge": a word after the first that no surname is."""
    return any(fold_cached(word) in _NOT_SURNAMES for word in name.split()[1:])


@lru_cache(maxsize=8192)
def _after_particles(written: str) -> tuple[tuple[int, int], ...]:
    """Where in `written` (a name as written) each word right after a particle lies: "Liga de Quito" -> Quito's."""
    spans = []
    after_particle = False
    for word in _WORD.finditer(written):
        if after_particle:
            spans.append(word.span())
        after_particle = fold_cached(word.group()) in NAME_PARTICLES
    return tuple(spans)


def _of_a_place(text: str, person: PersonSpan, big_place: Blocked) -> bool:
    """ "Liga de Quito": a particle before a well-known place makes a club or a body, not a surname."""
    start = person.start
    spans = _after_particles(text[start : person.end])
    return bool(spans) and any(big_place(start + s, start + e) for s, e in spans)


@lru_cache(maxsize=8192)
def _name_key(word: str) -> tuple[str, str]:
    """A capitalised word without its possessive or closing period, and that folded (a first name's key)."""
    core = strip_word(word)[0]
    return core, fold_cached(core)


def first_name_people(text: str, first_names: frozenset[str], name_words: frozenset[str], blocked: Blocked,
                      headline: Callable[[int], bool], big_place: Blocked,
                      at: Iterable[int] | None = None) -> list[PersonSpan]:
    """Every "First Last" in `text` whose first word is a known first name (`first_names`, folded).

    Names that are also common words (`name_words`: "Will", "Hope") count only mid-sentence.
    `big_place` is True for the span of a country or a city of 100,000 people or more.
    `at`, when known, is where every word that folds to a first name starts (in order): then only
    those places are read, not every capitalised word. First names are letters only, so a name
    that can start a person's name is one such word (`read_name` stops at one with more to it).
    """
    found: list[PersonSpan] = []
    if at is None:
        matches: Iterable[re.Match[str] | None] = _CAPITALISED.finditer(text)
    else:
        matches = map(partial(_CAPITALISED.match, text), at)
    for match in matches:
        if match is None:  # not capitalised, or part of a longer word ("O'Daniel")
            continue
        start = match.start()
        core, key = _name_key(match.group())
        if key not in first_names or (found and start < found[-1].end):
            continue
        before = prev_word(text, start)
        sentence_start = is_sentence_start(text, start) and not _after_abbreviation(text, before)
        if sentence_start and key in name_words:
            continue
        if before is not None and not sentence_start and _opens_longer_name(text[before[0] : before[1]]):
            continue  # asked before `headline`, which costs more: either way the name is passed over
        if headline(start):
            continue
        person = read_name(text, (start, start + len(core)), blocked)
        if person is None or person.named < 2 or _continues(text, person.end):
            continue
        if _names_a_place(person.name):
            continue
        if _of_a_place(text, person, big_place):
            continue
        found.append(person)
    return found
