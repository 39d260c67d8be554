"""One item's hits turned into tags: pick the spans, tell homonyms apart, roll places up.

The order matters. People and rule-made organisations are found first, so that the
longest reading of a stretch of text wins ("Lt. Col. Chad Morris" over "Chad"); then the
countries named outright become the evidence that decides which "Cuenca" is meant.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from monitor.models import Place
from monitor.tagging.gazetteer import PLACE_KINDS, Candidate, Gazetteer
from monitor.tagging.lexicon import ACRONYM_WORDS, FIRST_NAME_COUNTRIES, NOT_NAMES
from monitor.tagging.matcher import Hit
from monitor.tagging.orgs import org_around
from monitor.tagging.people import find_people
from monitor.tagging.tokens import is_capitalised, is_sentence_start, is_title_case, line_bounds, next_word, prev_word
from monitor.textfold import fold_cached

if TYPE_CHECKING:
    from monitor.tagging.tagger import Tagger

# Which reading of a span wins when several are just as long; lower is stronger.
_PRIORITY = {"ignore": 0, "user": 1, "org": 2, "region": 3, "country": 4, "demonym": 4, "orgrule": 5,
             "person": 6, "admin1": 7, "city": 7}
# Words that cannot be part of a person's name: "Interior Minister John Reimberg said" names John Reimberg.
_BLOCKS_NAMES = frozenset({"country", "demonym", "region", "org", "user", "cue", "orghead", "orgopener"})
SMALL_TOWN_WEIGHT = 5.0  # log10(100,000): smaller towns need the context a famous city does not


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
                if any(c.kind in _BLOCKS_NAMES and not _is_first_name(c) for c in h.candidates)]

    def _candidates(self) -> list[Chosen]:
        spans = self._blocking_spans()

        def blocked(start: int, end: int) -> bool:
            return any(s < end and start < e for s, e in spans)

        chosen: list[Chosen] = []
        titles: list[tuple[int, int]] = []
        verb_starts: list[int] = []
        for hit in self.hits:
            kinds = {c.kind for c in hit.candidates}
            if "cue" in kinds:
                titles.append((hit.start, hit.end))
            if "verb" in kinds:
                verb_starts.append(hit.start)
            if kinds & {"orghead", "orgopener"}:
                org = org_around(self.text, hit.start, hit.end, "orghead" in kinds, "orgopener" in kinds)
                if org:
                    chosen.append(Chosen(org.start, org.end, self.text[org.start:org.end],
                                         (Candidate("orgrule", org.name, org.name, "any"),)))
            selectable = tuple(c for c in hit.candidates if c.kind in _PRIORITY)
            if selectable:
                chosen.append(Chosen(hit.start, hit.end, hit.text, _best_kind(selectable)))
        for person in find_people(self.text, titles, verb_starts, blocked):
            chosen.append(Chosen(person.start, person.end, self.text[person.start:person.end],
                                 (Candidate("person", person.name, person.name, "any"),)))
        return chosen

    def select(self) -> list[Chosen]:
        """Longest spans first, then the strongest kind; no two chosen spans overlap."""
        ordered = sorted(self._candidates(), key=lambda c: (c.start - c.end, _PRIORITY[c.kind], c.start))
        taken: list[Chosen] = []
        for cand in ordered:
            if all(cand.end <= t.start or t.end <= cand.start for t in taken):
                taken.append(cand)
        taken.sort(key=lambda c: c.start)
        return [c for c in taken if self._keep(c, taken)]

    def _keep(self, chosen: Chosen, taken: list[Chosen]) -> bool:
        cand = chosen.candidates[0]
        if _is_first_name(cand) and self._unknown_capitalised(next_word(self.text, chosen.end), taken):
            return False  # "Chad Morris" with no title: a person, not the country
        if cand.mode == "exact" and fold_cached(cand.alias) in ACRONYM_WORDS:
            start, end = line_bounds(self.text, chosen.start)
            line = self.text[start:end]
            return line.upper() != line
        return True

    def _unknown_capitalised(self, span: tuple[int, int] | None, taken: list[Chosen]) -> bool:
        """A capitalised neighbour word that no chosen span explains: a sign of a longer proper name."""
        if span is None:
            return False
        word = self.text[span[0] : span[1]].rstrip(".,'’s")
        if not is_capitalised(word) or fold_cached(word) in NOT_NAMES:
            return False
        return not any(t.start < span[1] and span[0] < t.end for t in taken)

    # -- places -----------------------------------------------------------------------------

    def _plain_context(self, chosen: Chosen, taken: list[Chosen]) -> bool:
        """Capitalised mid-sentence, outside a headline, not inside a longer unknown proper name."""
        if is_sentence_start(self.text, chosen.start):
            return False
        line_start, line_end = line_bounds(self.text, chosen.start)
        if line_start not in self._title_lines:
            self._title_lines[line_start] = is_title_case(self.text[line_start:line_end])
        if self._title_lines[line_start]:
            return False
        return not (self._unknown_capitalised(prev_word(self.text, chosen.start), taken)
                    or self._unknown_capitalised(next_word(self.text, chosen.end), taken))

    def resolve_place(self, chosen: Chosen, evidence: set[str], taken: list[Chosen]) -> Candidate | None:
        """The likeliest place a city or province name means here, or None if it is likelier a word."""
        plain: bool | None = None
        best: Candidate | None = None
        best_score = 0.0
        for cand in chosen.candidates:
            near = cand.country in evidence
            if not near:
                if cand.ambiguity >= 2:
                    continue
                if cand.ambiguity == 1 or cand.weight < SMALL_TOWN_WEIGHT:
                    if plain is None:
                        plain = self._plain_context(chosen, taken)
                    if not plain:
                        continue
            score = cand.weight + (3.0 if near else 0.0)
            if best is None or score > best_score:
                best, best_score = cand, score
        return best

    def nested_countries(self, chosen: Chosen) -> list[str]:
        """Countries named inside a rule-made organisation: "Ecuadorian National Police" -> EC."""
        return [c.country for h in self.hits if chosen.start <= h.start and h.end <= chosen.end
                for c in h.candidates[:1] if c.kind in ("country", "demonym")]

    def places_for(self, chosen: Chosen, evidence: set[str], taken: list[Chosen]) -> Place | None:
        kind = chosen.kind
        if kind in ("country", "demonym"):
            cand = chosen.candidates[0]
            if cand.country not in evidence:
                towns = Chosen(chosen.start, chosen.end, chosen.text, chosen.candidates[1:])
                local = [c for c in towns.candidates if c.country in evidence]
                if local:
                    cand = self.resolve_place(towns, evidence, taken) or cand
        elif kind in PLACE_KINDS:
            found = self.resolve_place(chosen, evidence, taken)
            if found is None:
                return None
            cand = found
        else:
            return None
        return Place(cand.name, cand.country, cand.geonameid, chosen.text, self.gaz.place_regions(cand.country))

    def evidence(self, chosen: list[Chosen]) -> set[str]:
        """Countries the item names outright, then those of towns that can only be in one country.

        A country name that is also a town ("Santa Elena") is no evidence: it is what is in question.
        """
        found: set[str] = set()
        for item in chosen:
            if item.kind in ("country", "demonym", "org"):
                if len(item.candidates) == 1 or item.kind == "org":
                    found.update(c.country for c in item.candidates if c.country)
            elif item.kind == "orgrule":
                found.update(self.nested_countries(item))
        for item in chosen:
            if item.kind in ("city", "admin1") and len({c.country for c in item.candidates}) == 1:
                if self.resolve_place(item, found, chosen) is not None:
                    found.add(item.candidates[0].country)
        return found
