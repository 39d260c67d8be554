"""Organisations the bundled list does not know, read from the shape of their names.

A capitalised head word closes a name ("Ecuadorian National Police", "Sinaloa Cartel");
an opener starts one in Spanish or Portuguese style ("Ministerio de Defensa", "Cartel de
Sinaloa"), and English "Ministry of Defense" works the same way.
"""

from __future__ import annotations

from dataclasses import dataclass

from monitor.tagging.lexicon import CALENDAR_WORDS, ORG_PARTICLES
from monitor.tagging.tokens import is_capitalised, next_word, prev_word, strip_word
from monitor.textfold import fold_cached

MAX_WORDS = 6
_STOP = frozenset({"the", "a", "an", "this", "that", "in", "on", "at", "for", "and", "but", "or", "by", "with",
                   "from", "to", "of", "as", "el", "la", "los", "las", "un", "una", "o", "os"}) | CALENDAR_WORDS


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
        if last or not is_capitalised(core) or fold_cached(core) in _STOP:
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
        if fold_cached(raw) in ORG_PARTICLES:
            cursor = span[1]
            continue
        core, last = strip_word(raw)
        if not is_capitalised(core) or fold_cached(core) in _STOP:
            break
        end, count, cursor = span[0] + len(core), count + 1, span[1]
        if last:
            break
    return end


def org_around(text: str, start: int, end: int, head: bool, opener: bool) -> OrgSpan | None:
    """The organisation name around a capitalised head or opener word at [start, end), if any."""
    if not is_capitalised(text[start:end]):
        return None
    new_start = _words_before(text, start) if head else start
    new_end = _words_after(text, end) if opener else end
    if new_start == start and new_end == end:
        return None
    name = " ".join(text[new_start:new_end].split())
    return OrgSpan(new_start, new_end, name)
