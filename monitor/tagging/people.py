"""People, found by what surrounds a name: a title before it, a verb of speech after it.

"Lt. Col. Chad Morris" is a person because of "Lt. Col.", which is also why "Chad" there
is no country. A name stops at any word that is already known to be a country, region or
organisation, so "President of Ecuador" names nobody.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from monitor.tagging.lexicon import NAME_PARTICLES, NOT_NAMES
from monitor.tagging.tokens import is_capitalised, next_word, prev_word, strip_word
from monitor.textfold import fold_cached

MAX_NAME_WORDS = 4


@dataclass(frozen=True, slots=True)
class PersonSpan:
    start: int
    end: int
    name: str


Blocked = Callable[[int, int], bool]  # True when [start, end) is part of a known non-person name


def _name_word(text: str, span: tuple[int, int], blocked: Blocked) -> tuple[str, bool] | None:
    word = text[span[0] : span[1]]
    core, last = strip_word(word)
    if not is_capitalised(core) or fold_cached(core) in NOT_NAMES or blocked(*span):
        return None
    return core, last


def after_title(text: str, title_end: int, blocked: Blocked) -> PersonSpan | None:
    """The capitalised words right after a title: "President Trump" -> "Trump"."""
    words: list[tuple[int, int, str]] = []
    pending: list[tuple[int, int, str]] = []  # particles waiting for a capitalised word
    pos = title_end
    named = 0
    while named < MAX_NAME_WORDS:
        span = next_word(text, pos)
        if span is None:
            break
        raw = text[span[0] : span[1]]
        if words and fold_cached(raw) in NAME_PARTICLES:
            pending.append((span[0], span[1], raw))
            pos = span[1]
            continue
        word = _name_word(text, span, blocked)
        if word is None:
            break
        core, last = word
        words += pending + [(span[0], span[0] + len(core), core)]
        pending = []
        named += 1
        pos = span[1]
        if last:
            break
    if not words:
        return None
    return PersonSpan(words[0][0], words[-1][1], " ".join(w[2] for w in words))


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
        core, last = strip_word(raw)
        if last and words:  # "Ecuador's Daniel Noboa said": the possessive ends the name
            break
        word = _name_word(text, span, blocked)
        if word is None:
            break
        words.insert(0, (span[0], span[0] + len(word[0]), word[0]))
        named += 1
        pos = span[0]
    while words and fold_cached(words[0][2]) in NAME_PARTICLES:
        words.pop(0)
    if named < 2:
        return None
    return PersonSpan(words[0][0], words[-1][1], " ".join(w[2] for w in words))


def find_people(text: str, titles: Iterable[tuple[int, int]], verb_starts: Iterable[int],
                blocked: Blocked) -> list[PersonSpan]:
    """People after titles and before verbs of speech; a title followed by another title
    ("commander Adm.", "Lt. Col.") hands over to the last one."""
    found: dict[tuple[int, int], PersonSpan] = {}
    title_starts = {start for start, _ in titles}
    for _, end in titles:
        following = next_word(text, end)
        if following and following[0] in title_starts:
            continue
        person = after_title(text, end, blocked)
        if person:
            found.setdefault((person.start, person.end), person)
    for start in verb_starts:
        person = before_verb(text, start, blocked)
        if person:
            found.setdefault((person.start, person.end), person)
    return list(found.values())
