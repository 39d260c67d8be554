"""Organisations the bundled list does not know, read from the shape of their names.

A capitalised head word closes a name ("Ecuadorian National Police", "Sinaloa Cartel");
an opener starts one in Spanish or Portuguese style ("Ministerio de Defensa", "Cartel de
Sinaloa"), and English "Ministry of Defense" works the same way. A name stops where a
conjunction brings in another one ("la Policía Nacional y la Guardia Ciudadana") and
before a hyphenated adjective ("the UN-authorised Gang Suppression Force").
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from monitor.tagging.lexicon import CALENDAR_WORDS, ORG_INTRODUCERS, ORG_PARTICLES
from monitor.tagging.tokens import is_capitalised, next_word, prev_word, strip_word
from monitor.textfold import fold_cached

MAX_WORDS = 6
_STOP = frozenset({"the", "a", "an", "this", "that", "in", "on", "at", "for", "and", "but", "or", "by", "with",
                   "from", "to", "of", "as", "el", "la", "los", "las", "un", "una", "o", "os"}) | CALENDAR_WORDS
_CONJUNCTIONS = frozenset({"and", "y", "e"})
_ARTICLES = frozenset({"the", "a", "an", "el", "la", "los", "las", "o", "os", "as", "un", "una", "um", "uma"})


def _is_compound_adjective(word: str) -> bool:
    """ "UN-authorised", "Kenyan-led", "U.S.-backed": capitalised, yet no part of a name."""
    head, _, tail = word.rpartition("-")
    return bool(head) and tail[:1].islower()


class OrgSpan(NamedTuple):
    start: int
    end: int
    name: str


class _Word(NamedTuple):
    """What the name rules ask of one word as written; the same words come back item after item."""

    core: str  # without a possessive or a closing period
    last: bool  # a name must stop after it
    possessive: bool  # ends in 's
    named: bool  # capitalised, no stop word, no compound adjective: may be part of a name
    folded: str  # the whole word, folded


@lru_cache(maxsize=8192)
def _word(raw: str) -> _Word:
    core, last = strip_word(raw)
    named = is_capitalised(core) and fold_cached(core) not in _STOP and not _is_compound_adjective(core)
    return _Word(core, last, raw.endswith(("'s", "’s")), named, fold_cached(raw))


def _words_before(text: str, pos: int) -> int:
    """Start of the capitalised words right before `pos` ("Ecuadorian National" Police), or `pos`."""
    start, count = pos, 0
    while count < MAX_WORDS:
        span = prev_word(text, start)
        if span is None:
            break
        word = _word(text[span[0] : span[1]])
        possessive = word.last and count == 0 and word.possessive  # "Sheriff's Office"
        if (word.last and not possessive) or not word.named:
            break
        start, count = span[0], count + 1
    return start


def _words_after(text: str, pos: int) -> int:
    """End of the capitalised words (and joining particles) right after `pos`, or `pos`."""
    end, count, cursor = pos, 0, pos
    while count < MAX_WORDS:
        span = next_word(text, cursor)
        if span is None:
            break
        word = _word(text[span[0] : span[1]])
        if word.folded in _CONJUNCTIONS:
            following = next_word(text, span[1])
            if following is None or fold_cached(text[following[0] : following[1]]) in _ARTICLES:
                break  # "Policía y la Armada": two bodies
        if word.folded in ORG_PARTICLES:
            cursor = span[1]
            continue
        if not word.named:
            break
        end, count, cursor = span[0] + len(word.core), count + 1, span[1]
        if word.last:
            break
    return end


def org_around(text: str, start: int, end: int, head: bool, opener: bool) -> OrgSpan | None:
    """The organisation name around a capitalised head or opener word at [start, end), if any."""
    written = text[start:end]
    introduced = opener and fold_cached(written) in ORG_INTRODUCERS
    if not introduced and not is_capitalised(written):
        return None
    if introduced:  # "la ONG Redes da Maré": the name starts after the introducer
        following = next_word(text, end)
        if following is None or not is_capitalised(text[following[0] : following[1]]):
            return None
        start, end = following[0], following[0] + len(strip_word(text[following[0] : following[1]])[0])
        head = False
    new_start = _words_before(text, start) if head else start
    new_end = _words_after(text, end) if opener else end
    if new_start == start and new_end == end and not introduced:
        return None
    name = " ".join(text[new_start:new_end].split())
    return OrgSpan(new_start, new_end, name)
