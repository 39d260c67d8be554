"""One item's hits turned into spans: every reading of the text, then the longest that do not overlap.

People and rule-made organisations are proposed next to the gazetteer's hits, so that the
longest reading of a stretch of text wins ("Lt. Col. Chad Morris" over "Chad"). Which place
a chosen name means is decided afterwards, in `places.py`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from monitor.tagging.bodies import LOOSE
from monitor.tagging.firstnames import first_name_people
from monitor.tagging.gazetteer import PLACE_KINDS, Candidate, Gazetteer
from monitor.tagging.lexicon import (
    ACRONYM_WORDS,
    FIRST_NAME_COUNTRIES,
    NOT_NAMES,
    SPEECH_BEFORE,
)
from monitor.tagging.matcher import Hit
from monitor.tagging.orgs import org_around
from monitor.tagging.people import find_people
from monitor.tagging.tokens import (
    is_capitalised,
    is_sentence_start,
    is_title_case,
    line_bounds,
    next_word,
)
from monitor.textfold import fold_cached

if TYPE_CHECKING:
    from monitor.tagging.tagger import Tagger

# Which reading of a span wins when several are just as long; lower is stronger.
_PRIORITY = {"ignore": 0, "user": 1, "org": 2, "seat": 2, "region": 3, "body": 3, "country": 4, "demonym": 4,
             "orgrule": 5, "person": 6, "admin1": 7, "city": 7, "fname": 8}
BIG_PLACE_WEIGHT = 5.0  # log10 of 100,000 people
# Words that cannot be part of a person's name: "Interior Minister John Reimberg said" names John Reimberg.
_BLOCKS_NAMES = frozenset({"country", "demonym", "region", "org", "seat", "body", "user", "cue", "orghead",
                           "orgopener"})


@dataclass(slots=True)
class Chosen:
    start: int
    end: int
    text: str
    candidates: tuple[Candidate, ...]

    @property
    def kind(self) -> str:
        return self.candidates[0].kind


def _best_kind(candidates: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """The strongest kind a span can be first ("Georgia" the country), towns of the same name after it.

    The towns stay as alternatives: "Santa Elena" is Saint Helena in Spanish, but in an item
    about Ecuador it is the Ecuadorian province.
    """
    rank = min(_PRIORITY.get(c.kind, 99) for c in candidates)
    best = tuple(c for c in candidates if _PRIORITY.get(c.kind, 99) == rank)
    if best[0].kind in ("country", "demonym"):
        best += tuple(c for c in candidates if c.kind in ("city", "admin1"))
    return best


def _is_first_name(candidate: Candidate) -> bool:
    return candidate.kind == "country" and fold_cached(candidate.alias) in FIRST_NAME_COUNTRIES


def _is_capitalised_romance(candidate: Candidate, written: str) -> bool:
    """ "Jordana" is a name: Spanish and Portuguese demonyms ("jordana") are written in lower case."""
    return candidate.kind == "demonym" and candidate.alias[:1].islower() and written[:1].isupper()


class ItemReading:
    """Reads one item; short-lived and never shared, so it may keep per-item caches."""

    def __init__(self, tagger: Tagger, text: str, hits: list[Hit]) -> None:
        self.gaz: Gazetteer = tagger.gazetteer
        self.tagger = tagger
        self.text = text
        self.hits = hits
        self._title_lines: dict[int, bool] = {}

    # -- choosing spans -------------------------------------------------------------------

    def _blocking_spans(self) -> list[tuple[int, int]]:
        return [(h.start, h.end) for h in self.hits
                if any(c.kind in _BLOCKS_NAMES and not _is_first_name(c) and not _is_capitalised_romance(c, h.text)
                       for c in h.candidates)]

    def _candidates(self) -> list[Chosen]:
        mask = bytearray(len(self.text) + 1)  # 1 under every known non-person name
        for s, e in self._blocking_spans():
            mask[s:e] = b"\x01" * (e - s)

        def blocked(start: int, end: int) -> bool:
            return mask.find(1, start, end) >= 0

        chosen: list[Chosen] = []
        titles: list[tuple[int, int]] = []
        verbs: list[tuple[int, int, bool]] = []
        for hit in self.hits:
            kinds = {c.kind for c in hit.candidates}
            if "cue" in kinds:
                titles.append((hit.start, hit.end))
            if "verb" in kinds:
                verbs.append((hit.start, hit.end, fold_cached(hit.text) in SPEECH_BEFORE))
            if kinds & {"orghead", "orgopener"}:
                org = org_around(self.text, hit.start, hit.end, "orghead" in kinds, "orgopener" in kinds)
                if org:
                    chosen.append(Chosen(org.start, org.end, self.text[org.start:org.end],
                                         (Candidate("orgrule", org.name, org.name, "any"),)))
            selectable = tuple(c for c in hit.candidates if c.kind in _PRIORITY)
            if selectable:
                chosen.append(Chosen(hit.start, hit.end, hit.text, _best_kind(selectable)))
        for person in find_people(self.text, titles, verbs, blocked):
            chosen.append(Chosen(person.start, person.end, self.text[person.start:person.end],
                                 (Candidate("person", person.name, person.name, "any"),)))
        big = {(h.start, h.end) for h in self.hits
               if any(c.kind in PLACE_KINDS and c.weight >= BIG_PLACE_WEIGHT for c in h.candidates)}
        for person in first_name_people(self.text, self.gaz.first_names, self.gaz.name_words, blocked,
                                        self.in_headline, lambda start, end: (start, end) in big):
            chosen.append(Chosen(person.start, person.end, self.text[person.start:person.end],
                                 (Candidate("fname", person.name, person.name, "any"),)))
        return chosen

    def in_headline(self, pos: int) -> bool:
        """True inside a title-case line ("Air Force Deployment in Ecuador"), where every word is capitalised."""
        line_start, line_end = line_bounds(self.text, pos)
        if line_start not in self._title_lines:
            self._title_lines[line_start] = is_title_case(self.text[line_start:line_end])
        return self._title_lines[line_start]

    def select(self) -> list[Chosen]:
        """Longest spans first, then the strongest kind; no two chosen spans overlap."""
        ordered = sorted(self._candidates(), key=lambda c: (c.start - c.end, _PRIORITY[c.kind], c.start))
        taken: list[Chosen] = []
        used = bytearray(len(self.text) + 1)  # 1 where a chosen span already lies
        for cand in ordered:
            if used.find(1, cand.start, cand.end) < 0:
                taken.append(cand)
                used[cand.start : cand.end] = b"\x01" * (cand.end - cand.start)
        taken.sort(key=lambda c: c.start)
        return [c for c in taken if self._keep(c, taken)]

    def _keep(self, chosen: Chosen, taken: list[Chosen]) -> bool:
        cand = chosen.candidates[0]
        if _is_first_name(cand) and self.unknown_capitalised(next_word(self.text, chosen.end), taken):
            return False  # "Chad Morris" with no title: a person, not the country
        if cand.kind == "body" and fold_cached(chosen.text) in LOOSE:  # "Army officials", "NAVY LAB"
            return not (is_sentence_start(self.text, chosen.start) or self.in_headline(chosen.start))
        if _is_capitalised_romance(cand, chosen.text):  # "Jordana" mid-sentence is a name, not "Jordanian"
            return is_sentence_start(self.text, chosen.start) or self.in_headline(chosen.start)
        if cand.mode == "exact" and fold_cached(cand.alias) in ACRONYM_WORDS:
            start, end = line_bounds(self.text, chosen.start)
            line = self.text[start:end]
            return line.upper() != line
        return True

    def unknown_capitalised(self, span: tuple[int, int] | None, taken: list[Chosen]) -> bool:
        """A capitalised neighbour word that no chosen span explains: a sign of a longer proper name."""
        if span is None:
            return False
        word = self.text[span[0] : span[1]].rstrip(".,'’s")
        if not is_capitalised(word) or fold_cached(word) in NOT_NAMES:
            return False
        return not any(t.start < span[1] and span[0] < t.end for t in taken)
