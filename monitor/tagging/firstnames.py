"""People with no title and no verb of speech nearby, found by their first name.

Most people in news copy come with a cue ("President", "said"), but many do not: "Carolina
Restrepo, investigadora de ...", "Nicolás Maduro's government". A known first name followed by
capitalised words is a person, unless the words go on into a longer proper name ("Getulio
Vargas Foundation", "Universidad Católica Andrés Bello") or a facility ("the Antonio Maceo
power plant"). Headlines are skipped: there every word is capitalised.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from monitor.tagging.lexicon import (
    FACILITY_WORDS,
    FEATURE_WORDS,
    NAME_PARTICLES,
    NOT_NAMES,
)
from monitor.tagging.people import Blocked, PersonSpan, read_name
from monitor.tagging.tokens import (
    is_capitalised,
    is_sentence_start,
    next_word,
    prev_word,
    strip_word,
)
from monitor.textfold import fold_cached

_CAPITALISED = re.compile(r"(?<![\w'’.-])[A-ZÀ-ÖØ-Þ][\w'’-]*")
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
    word = strip_word(text[following[0] : following[1]])[0]
    folded = fold_cached(word)
    if folded in FACILITY_WORDS:
        return True
    return is_capitalised(word) and folded not in NOT_NAMES


def _of_a_place(text: str, person: PersonSpan, big_place: Blocked) -> bool:
    """ "Liga de Quito": a particle before a well-known place makes a club or a body, not a surname."""
    after_particle = False
    for word in _WORD.finditer(text, person.start, person.end):
        if after_particle and big_place(word.start(), word.end()):
            return True
        after_particle = fold_cached(word.group()) in NAME_PARTICLES
    return False


def first_name_people(text: str, first_names: frozenset[str], name_words: frozenset[str], blocked: Blocked,
                      headline: Callable[[int], bool], big_place: Blocked) -> list[PersonSpan]:
    """Every "First Last" in `text` whose first word is a known first name (`first_names`, folded).

    Names that are also common words (`name_words`: "Will", "Hope") count only mid-sentence.
    `big_place` is True for the span of a country or a city of 100,000 people or more.
    """
    found: list[PersonSpan] = []
    for match in _CAPITALISED.finditer(text):
        start = match.start()
        core = strip_word(match.group())[0]
        key = fold_cached(core)
        if key not in first_names or (found and start < found[-1].end):
            continue
        before = prev_word(text, start)
        sentence_start = is_sentence_start(text, start) and not _after_abbreviation(text, before)
        if (sentence_start and key in name_words) or headline(start):
            continue
        if before is not None and not sentence_start:
            word = strip_word(text[before[0] : before[1]])[0]
            if fold_cached(word) in _ARTICLES or (is_capitalised(word) and fold_cached(word) not in NOT_NAMES):
                continue  # "the Getulio ...", "Universidad Católica Andrés Bello"
        person = read_name(text, (start, start + len(core)), blocked)
        if person is None or person.named < 2 or _continues(text, person.end):
            continue
        if any(fold_cached(word) in _NOT_SURNAMES for word in person.name.split()[1:]):
            continue
        if _of_a_place(text, person, big_place):
            continue
        found.append(person)
    return found
