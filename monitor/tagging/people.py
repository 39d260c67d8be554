"""People, found by what surrounds a name: a title before it, a verb of speech next to it.

"Lt. Col. Chad Morris" is a person because of "Lt. Col.", which is also why "Chad" there
is no country. A name stops at any word that is already known to be a country, region or
organisation, so "President of Ecuador" names nobody. Names with no such cue are found
by their first name (see `firstnames.py`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache, partial
from typing import NamedTuple

from monitor.tagging.lexicon import NAME_PARTICLES, NOT_NAMES
from monitor.tagging.tokens import is_capitalised, next_word, prev_word, strip_word
from monitor.textfold import fold_cached

MAX_NAME_WORDS = 4
_OF = frozenset({"de", "del", "da", "do", "of"})
_ARABIC_ARTICLE = re.compile(r"(?:al|el|ad|ash|as|az|ul|ud)-[A-Z]")  # "al-Hiyari"


class PersonSpan(NamedTuple):
    """A NamedTuple rather than a frozen dataclass: several are made for every item."""

    start: int
    end: int
    name: str
    named: int = 2  # words that are not particles


_make_person = partial(tuple.__new__, PersonSpan)  # PersonSpan(*fields) without the Python-level __new__
Blocked = Callable[[int, int], bool]  # True when [start, end) is part of a known non-person name


@lru_cache(maxsize=8192)
def _name_core(word: str) -> tuple[str, bool] | None:
    """What of `word` may be part of a name, and whether the name stops after it; None if it is no name word.

    Depends on the word alone, and the same names come back item after item, so it is cached.
    """
    core, last = strip_word(word)
    capitalised = is_capitalised(core) or bool(_ARABIC_ARTICLE.match(core))
    if not capitalised or fold_cached(core) in NOT_NAMES:
        return None
    return core, last


def read_name(text: str, first: tuple[int, int] | None, blocked: Blocked) -> PersonSpan | None:
    """The capitalised words from `first` on, with particles between them: "Lula da Silva"."""
    words: list[tuple[int, int, str]] = []
    pending: list[tuple[int, int, str]] = []  # particles waiting for a capitalised word
    span = first
    named = 0
    while span is not None and named < MAX_NAME_WORDS:
        start, end = span
        raw = text[start:end]
        if words and fold_cached(raw) in NAME_PARTICLES:
            pending.append((start, end, raw))
            span = next_word(text, end)
            continue
        word = _name_core(raw)
        if word is None or blocked(start, end):
            break
        core, last = word
        words += pending
        words.append((start, start + len(core), core))
        pending = []
        named += 1
        if last:
            break
        span = next_word(text, end)
    if not words:
        return None
    return _make_person((words[0][0], words[-1][1], " ".join([w[2] for w in words]), named))


def after_title(text: str, following: tuple[int, int] | None, blocked: Blocked) -> PersonSpan | None:
    """The capitalised words right after a title (`following` is the word after it): "President Trump" -> "Trump"."""
    return read_name(text, following, blocked)


def after_title_of(text: str, following: tuple[int, int] | None, blocked: Blocked) -> PersonSpan | None:
    """ "el ministro de Interior, Diosdado Cabello": a title, what it is of, a comma, then the name."""
    span = following
    if span is None or fold_cached(text[span[0] : span[1]]) not in _OF:
        return None
    for _ in range(4):
        span = next_word(text, span[1])
        if span is None:
            return None
        if text.startswith(",", span[1]):
            person = read_name(text, next_word(text, span[1] + 1), blocked)
            return person if person is not None and person.named >= 2 else None
    return None


def after_verb(text: str, verb_end: int, blocked: Blocked) -> PersonSpan | None:
    """A full name right after a verb of speech, closed by punctuation: "said Magatte Guisse, the ..."."""
    person = read_name(text, next_word(text, verb_end), blocked)
    if person is None or person.named < 2:
        return None
    closed = person.end >= len(text) or text[person.end] in ",.;:)" or text.startswith(" (", person.end)
    return person if closed else None


def before_verb(text: str, verb_start: int, blocked: Blocked) -> PersonSpan | None:
    """Two or more capitalised words right before a verb of speech: "Chad Morris said"."""
    words: list[tuple[int, int, str]] = []
    pos = verb_start
    named = 0  # words that are not particles
    while named < MAX_NAME_WORDS:
        span = prev_word(text, pos)
        if span is None:
            break
        raw = text[span[0] : span[1]]
        if words and fold_cached(raw) in NAME_PARTICLES:
            before = prev_word(text, span[0])
            if before and is_capitalised(text[before[0] : before[1]]):
                words.insert(0, (span[0], span[1], raw))
                pos = span[0]
                continue
            break
        word = _name_core(raw)
        if word is None:
            break
        if word[1] and words:  # "Ecuador's Daniel Noboa said": the possessive ends the name
            break
        if blocked(*span):
            break
        words.insert(0, (span[0], span[0] + len(word[0]), word[0]))
        named += 1
        pos = span[0]
    while words and fold_cached(words[0][2]) in NAME_PARTICLES:
        words.pop(0)
    if named < 2:
        return None
    return _make_person((words[0][0], words[-1][1], " ".join([w[2] for w in words]), named))


def find_people(text: str, titles: Iterable[tuple[int, int]], verbs: Iterable[tuple[int, int, bool]],
                blocked: Blocked) -> list[PersonSpan]:
    """People after titles and next to verbs of speech (`verbs`: start, end, whether a name may follow).

    A title followed by another title ("commander Adm.", "Lt. Col.") hands over to the last one.
    """
    found: dict[tuple[int, int], PersonSpan] = {}
    title_starts = {start for start, _ in titles}
    for _, end in titles:
        following = next_word(text, end)
        if following and following[0] in title_starts:
            continue
        person = after_title(text, following, blocked) or after_title_of(text, following, blocked)
        if person:
            found.setdefault((person.start, person.end), person)
    for start, end, name_follows in verbs:
        for person in (before_verb(text, start, blocked), after_verb(text, end, blocked) if name_follows else None):
            if person:
                found.setdefault((person.start, person.end), person)
    return list(found.values())


def same_people(names: Iterable[str]) -> dict[str, str]:
    """Each name -> the fullest name in the item that contains it: "Noboa" -> "Daniel Noboa".

    Later mentions use part of the name ("Noboa said", "Israel Vásquez sabía"); they are the
    same person, reported once under the full name.
    """
    folded = {name: fold_cached(name).split() for name in names}
    out: dict[str, str] = {}
    for name, words in folded.items():
        best = name
        for other, other_words in folded.items():
            if len(other_words) > len(folded[best]) and _contains(other_words, words):
                best = other
        out[name] = best
    return out


def _contains(longer: list[str], shorter: list[str]) -> bool:
    size = len(shorter)
    return any(longer[i : i + size] == shorter for i in range(len(longer) - size + 1))
