"""Organisations the bundled list does not know, read from the shape of their names.

A capitalised head word closes a name ("Ecuadorian National Police", "Sinaloa Cartel");
an opener starts one in Spanish or Portuguese style ("Ministerio de Defensa", "Cartel de
Sinaloa"), and English "Ministry of Defense" works the same way. A name stops where a
conjunction brings in another one ("la Policía Nacional y la Guardia Ciudadana") and
before a hyphenated adjective ("the UN-authorised Gang Suppression Force").
"""

from __future__ import annotations

from dataclasses import dataclass

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


@dataclass(frozen=True, slots=True)
class OrgSpan:
    start: int
    end: int
    name: str


def _words_before(text: str, pos: int) -> int:
    """Start of the capitalised words right before `pos` ("Ecuadorian National" Police), or `pos`."""
    start, count = pos, 0
    while count < MAX_WORDS:
        span = prev_word(text, start)
        if span is None:
            break
        raw = text[span[0] : span[1]]
        core, last = strip_word(raw)
        possessive = last and count == 0 and raw.endswith(("'s", "’s"))  # "Sheriff's Office"
        if (last and not possessive) or not is_capitalised(core) or fold_cached(core) in _STOP:
            break
        if _is_compound_adjective(core):
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
        raw = text[span[0] : span[1]]
        folded = fold_cached(raw)
        if folded in _CONJUNCTIONS:
            following = next_word(text, span[1])
            if following is None or fold_cached(text[following[0] : following[1]]) in _ARTICLES:
                break  # "Policía y la Armada": two bodies
        if folded in ORG_PARTICLES:
            cursor = span[1]
            continue
        core, last = strip_word(raw)
        if not is_capitalised(core) or fold_cached(core) in _STOP or _is_compound_adjective(core):
            break
        end, count, cursor = span[0] + len(core), count + 1, span[1]
        if last:
            break
    return end


def org_around(text: str, start: int, end: int, head: bool, opener: bool) -> OrgSpan | None:
    """The organisation name around a capitalised head or opener word at [start, end), if any."""
    introduced = opener and fold_cached(text[start:end]) in ORG_INTRODUCERS
    if not introduced and not is_capitalised(text[start:end]):
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
