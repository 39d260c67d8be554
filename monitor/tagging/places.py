"""Which place each chosen name means, and which country the story is mostly about.

Evidence comes first: countries named outright, organisations of one country, towns that
exist in one country only. Ambiguous names then lean towards it ("Cuenca" in an item that
names Ecuador), and a qualifier right after a name settles it outright ("Athens, Ga.",
"Paris, Texas", "Batumi, Georgia"). The country mentioned most is the story's country; bare
bodies ("la Policía Nacional") belong to it.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING

from monitor.models import Place
from monitor.tagging.gazetteer import PLACE_KINDS, Candidate, Gazetteer
from monitor.tagging.placectx import means_no_place
from monitor.tagging.tokens import is_sentence_start, next_word, prev_word
from monitor.textfold import fold_cached

if TYPE_CHECKING:
    from monitor.tagging.reading import Chosen, ItemReading

SMALL_TOWN_WEIGHT = 5.0  # log10(100,000): smaller towns need the context a famous city does not
NEAR_BONUS = 3.0  # a town in a country the item names outright
NAMESAKE_BONUS = 2.0  # "Panama City" is in Panama unless something says otherwise
_QUALIFIER_GAPS = frozenset({", ", " (", ","})  # none longer than 2 (see `_qualifiers`)


@lru_cache(maxsize=8192)
def _namesake_bonus(gaz: Gazetteer, iso2: str, name: str) -> float:
    """NAMESAKE_BONUS for a town named after its country ("Panama City"); asked of every candidate, so cached."""
    info = gaz.countries.get(iso2)
    return NAMESAKE_BONUS if info and fold_cached(info.name) in fold_cached(name) else 0.0


@lru_cache(maxsize=8192)
def _place(gaz: Gazetteer, name: str, iso2: str, geonameid: int | None, text: str) -> Place:
    """The same places are written the same way item after item; a Place is immutable, so they share one."""
    return Place(name, iso2, geonameid, text, gaz.place_regions(iso2))


class PlaceResolver:
    """Resolves the places of one item; made per item, after the spans are chosen."""

    def __init__(self, reading: ItemReading, chosen: list[Chosen]) -> None:
        self.reading = reading
        self.text = reading.text
        self.gaz = reading.gaz
        self.chosen = chosen
        text = self.text
        self.no_place = {start for start, end, _, _, kind, _ in chosen
                         if kind in PLACE_KINDS and means_no_place(text, start, end, kind == "country")}
        self.restrict = self._qualifiers()
        self._places: dict[int, Place | None] = {}
        self._nested: dict[int, list[str]] = {}
        self._inside: dict[int, list[tuple[Candidate, ...]]] = {}
        self.evidence: set[str] = set()
        self.evidence = self._evidence()
        self.story = self._story_country()

    def _qualifiers(self) -> dict[int, frozenset[str]]:
        """Pairs like "Savannah, Ga." or "LA RESTINGA (EL HIERRO)": both names keep only their common countries."""
        out: dict[int, frozenset[str]] = {}
        places = [c for c in self.chosen if c.kind in ("country", "city", "admin1") and c.start not in self.no_place]
        for first, second in pairwise(places):
            if second.start - first.end > 2 or self.text[first.end : second.start] not in _QUALIFIER_GAPS:
                continue  # (no gap in _QUALIFIER_GAPS is longer than 2: the text between need not be cut out)
            if not any(c.kind in ("country", "admin1") for c in second.candidates):
                continue
            common = frozenset(c.country for c in first.candidates) & frozenset(c.country for c in second.candidates)
            if common:
                out[first.start] = out[second.start] = common
        if not out:
            return out
        by_name = {fold_cached(c.text): out[c.start] for c in places if c.start in out}
        for item in places:  # the headline's "Panama City" is the dateline's "PANAMA CITY, Fla."
            if item.start not in out and fold_cached(item.text) in by_name:
                out[item.start] = by_name[fold_cached(item.text)]
        return out

    def _plain_context(self, chosen: Chosen) -> bool:
        """Capitalised mid-sentence, outside a headline, not inside a longer unknown proper name."""
        if is_sentence_start(self.text, chosen.start) or self.reading.in_headline(chosen.start):
            return False
        reading, taken = self.reading, self.chosen
        return not (reading.unknown_capitalised(prev_word(self.text, chosen.start), taken)
                    or reading.unknown_capitalised(next_word(self.text, chosen.end), taken))

    def resolve(self, chosen: Chosen, evidence: set[str]) -> Candidate | None:
        """The likeliest place a city or province name means here, or None if it is likelier a word."""
        restricted = self.restrict.get(chosen.start)
        plain: bool | None = None
        best: Candidate | None = None
        best_score: float | None = None  # worked out once a second candidate is in the running: most have one
        best_near = False
        for cand in chosen.candidates:
            if restricted is not None and cand.country not in restricted:
                continue
            near = restricted is not None or cand.country in evidence
            if not near:
                if cand.ambiguity >= 2:
                    continue
                if cand.ambiguity == 1 or cand.weight < SMALL_TOWN_WEIGHT:
                    if plain is None:
                        plain = self._plain_context(chosen)
                    if not plain:
                        continue
            if best is None:
                best, best_near = cand, near
                continue
            if best_score is None:
                best_score = self._score(best, best_near)
            score = self._score(cand, near)
            if score > best_score:
                best, best_score = cand, score
        return best

    def _score(self, cand: Candidate, near: bool) -> float:
        return cand.weight + (NEAR_BONUS if near else 0.0) + _namesake_bonus(self.gaz, cand.country, cand.name)

    def _country_reading(self, candidates: tuple[Candidate, ...], evidence: set[str],
                         restricted: frozenset[str] | None) -> Candidate:
        """A country's name, or the province of that name where the item points there ("Georgia" the state)."""
        first = candidates[0]
        if restricted is not None and first.country not in restricted:
            return next((c for c in candidates if c.country in restricted), first)
        if first.country in evidence:
            return first
        states = [c for c in candidates[1:] if c.kind == "admin1" and c.country in evidence]
        return max(states, key=lambda c: c.weight) if states else first

    def place_of(self, chosen: Chosen) -> Place | None:
        try:
            return self._places[chosen.start]
        except KeyError:
            place = self._places[chosen.start] = self._place_of(chosen)
            return place

    def _place_of(self, chosen: Chosen) -> Place | None:
        if chosen.start in self.no_place:
            return None
        if chosen.kind in ("country", "demonym"):
            restricted = self.restrict.get(chosen.start)
            cand = chosen.candidates[0]
            if restricted is not None or cand.country not in self.evidence:  # else the country, as named
                cand = self._country_reading(chosen.candidates, self.evidence, restricted)
        elif chosen.kind in PLACE_KINDS:
            if self._inside_longer_name(chosen):
                return None
            found = self.resolve(chosen, self.evidence)
            if found is None:
                return None
            cand = found
        else:
            return None
        return _place(self.gaz, cand.name, cand.country, cand.geonameid, chosen.text)

    def _inside_longer_name(self, chosen: Chosen) -> bool:
        """ "the George Capwell stadium", "Coca Codo Sinclair": a town's name inside another proper name.

        A town that is also a first name, followed by an unknown capitalised word, or any town
        between two of them, names a person, a plant or a stadium rather than the town.
        """
        reading, taken = self.reading, self.chosen
        # All of these must hold; the word after is asked first, as it is seldom an unknown capitalised one.
        if not reading.unknown_capitalised(next_word(self.text, chosen.end), taken):
            return False
        if chosen.start in self.restrict or is_sentence_start(self.text, chosen.start):
            return False
        if reading.in_headline(chosen.start):
            return False
        if fold_cached(chosen.text) in self.gaz.first_names:
            return True
        return reading.unknown_capitalised(prev_word(self.text, chosen.start), taken)

    def nested_countries(self, chosen: Chosen, resolved: bool = True) -> list[str]:
        """Countries named inside a rule-made organisation: "Ecuadorian National Police" -> EC.

        Only the longest names inside count ("Panama City" is no Panama); with `resolved`, an
        ambiguous one is read like any other ("University of Georgia" in a Savannah story).
        """
        if resolved and chosen.start in self._nested:
            return self._nested[chosen.start]
        out: list[str] = []
        for places in self._nested_places(chosen):
            if len({c.country for c in places}) == 1:
                out.append(places[0].country)
            elif resolved:
                out.append(self._country_reading(places, self.evidence, None).country)
        if resolved:
            self._nested[chosen.start] = out
        return out

    def _nested_places(self, chosen: Chosen) -> list[tuple[Candidate, ...]]:
        """The place readings of the longest country names inside a rule-made organisation's name, in order.

        Asked once before the evidence is in and once after: read once.
        """
        if chosen.start in self._inside:
            return self._inside[chosen.start]
        inside = sorted((h for h in self.reading.hits if chosen.start <= h.start and h.end <= chosen.end),
                        key=lambda h: (h.start - h.end, h.start))
        taken: list[tuple[int, int]] = []
        out: list[tuple[Candidate, ...]] = []
        for hit in inside:
            if any(hit.start < e and s < hit.end for s, e in taken):
                continue
            taken.append((hit.start, hit.end))
            places = tuple(c for c in hit.candidates if c.kind in PLACE_KINDS)
            if places and places[0].kind in ("country", "demonym"):
                out.append(places)
        self._inside[chosen.start] = out
        return out

    def _evidence(self) -> set[str]:
        """Countries the item names outright, then those of towns that can only be in one country.

        A country name that is also a town ("Santa Elena") is no evidence: it is what is in question.
        """
        found: set[str] = set()
        no_place, restrict = self.no_place, self.restrict
        towns = []  # the towns and provinces that can only be in one country
        for item in self.chosen:
            if item.start in no_place:
                continue
            kind = item.kind
            restricted = restrict.get(item.start)
            if restricted is not None and len(restricted) == 1:
                found |= restricted
            elif kind in ("country", "demonym"):
                if len({c.country for c in item.candidates}) == 1:  # "Haiti" and "Haití" are one country's
                    found.add(item.candidates[0].country)
            elif kind in ("org", "seat"):
                found.update(c.country for c in item.candidates if c.country)
            elif kind == "orgrule":
                found.update(self.nested_countries(item, resolved=False))
            if kind in ("city", "admin1") and len({c.country for c in item.candidates}) == 1:
                towns.append(item)
        for item in towns:
            if self.resolve(item, found) is not None:
                found.add(item.candidates[0].country)
        return found

    def _story_country(self) -> str | None:
        """The country mentioned most often (the first of those tied), or None."""
        counts: dict[str, int] = {}  # in order of first mention
        for item in self.chosen:
            kind = item.kind
            if kind in PLACE_KINDS:  # the first time any place is asked for: `place_of` made inline
                place = self._places[item.start] = self._place_of(item)
                if place is not None:
                    counts[place.country] = counts.get(place.country, 0) + 1
            elif kind in ("org", "seat"):
                iso2 = item.candidates[0].country
                if iso2:
                    counts[iso2] = counts.get(iso2, 0) + 1
            elif kind == "orgrule":
                for iso2 in self.nested_countries(item):
                    counts[iso2] = counts.get(iso2, 0) + 1
        return max(counts, key=counts.__getitem__) if counts else None  # max() keeps the first of a tie
