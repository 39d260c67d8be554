"""One item's hits turned into spans: every reading of the text, then the longest that do not overlap.

People and rule-made organisations are proposed next to the gazetteer's hits, so that the
longest reading of a stretch of text wins ("Lt. Col. Chad Morris" over "Chad"). Which place
a chosen name means is decided afterwards, in `places.py`.
"""

from __future__ import annotations

from functools import lru_cache, partial
from operator import itemgetter
from typing import TYPE_CHECKING, NamedTuple

from monitor.tagging.bodies import LOOSE
from monitor.tagging.firstnames import first_name_people
from monitor.tagging.folding import FoldedText
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
_KEEP_RULED = frozenset({"country", "body", "demonym"})  # the kinds `ItemReading._keep` has a rule for
_TOWN_KINDS = frozenset({"city", "admin1"})
# Words that open a place's name joined by a hyphen, the name after them being the place's own ("Al-Mayadin").
_NAME_PARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ed", "er", "es", "et", "ez",
                             "abu", "ibn", "bin", "ben", "umm", "um", "bani", "beni", "beit", "bayt", "deir", "dayr",
                             "tel", "tell", "kafr", "ain", "ras", "bir", "sidi", "wadi", "jabal", "jebel", "khan",
                             # ... and the quarters of a place, which lie in it ("Súdwest-Fryslân", "Shin-Osaka")
                             "nord", "sud", "sued", "sur", "norte", "north", "south", "east", "west", "ost", "est",
                             "oost", "zuid", "noord", "sudwest", "sudost", "nordwest", "nordost", "upper", "lower",
                             "ober", "nieder", "unter", "haute", "haut", "basse", "bas", "greater", "central",
                             "mittel", "alto", "bajo", "baixo", "shin", "higashi", "nishi", "minami", "kita"})
# Words after "Ife-Ibadan" that make it a way between two towns.
_ROUTE_WORDS = frozenset({"road", "highway", "expressway", "motorway", "freeway", "toll", "bridge", "railway", "rail",
                          "line", "route", "corridor", "pipeline", "flight", "ferry", "train", "bus", "border",
                          "cable", "link", "tunnel", "autopista", "carretera", "rodovia", "autoroute", "autobahn",
                          "jalan", "tol"})
# Words that cannot be part of a person's name: "Interior Minister John Reimberg said" names John Reimberg.
_BLOCKS_NAMES = frozenset({"country", "demonym", "region", "org", "seat", "body", "user", "cue", "orghead",
                           "orgopener"})


class Chosen(NamedTuple):
    """A span of the text and what it may mean, strongest first.

    `kind` is the first candidate's and `order` where the span stands in `select`'s order:
    both are stored because the rules ask for them many times an item.
    """

    start: int
    end: int
    text: str
    candidates: tuple[Candidate, ...]
    kind: str
    order: int  # longest first, then the strongest kind, then the first in the text: see `_order`


_make_chosen = partial(tuple.__new__, Chosen)  # Chosen(*fields) without the Python-level __new__


def _order(start: int, end: int, priority: int) -> int:
    """One int that sorts as the tuple (start - end, priority, start) does, and faster: a priority is
    below 2**8 and an offset below 2**64."""
    return ((start - end) << 72) + (priority << 64) + start


def _chosen(start: int, end: int, text: str, candidates: tuple[Candidate, ...]) -> Chosen:
    kind = candidates[0].kind
    return _make_chosen((start, end, text, candidates, kind, _order(start, end, _PRIORITY[kind])))


_selection_order = itemgetter(5)  # Chosen.order
_start = itemgetter(0)  # Chosen.start


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


@lru_cache(maxsize=8192)
def _word_of(text: str, span: tuple[int, int] | None) -> str:
    return "" if span is None else fold_cached(text[span[0] : span[1]].rstrip(".,;:"))


def _may_be_a_name(raw: str) -> bool:
    """A capitalised word, once stripped of trailing punctuation and possessives, that is no common word."""
    word = raw.rstrip(".,'’s")
    return is_capitalised(word) and fold_cached(word) not in NOT_NAMES


def _is_first_name(candidate: Candidate) -> bool:
    return candidate.kind == "country" and fold_cached(candidate.alias) in FIRST_NAME_COUNTRIES


def _is_capitalised_romance(candidate: Candidate, written: str) -> bool:
    """ "Jordana" is a name: Spanish and Portuguese demonyms ("jordana") are written in lower case."""
    return candidate.kind == "demonym" and candidate.alias[:1].islower() and written[:1].isupper()


class HitReading(NamedTuple):
    """What the rules ask of a hit, which depends only on what it may mean and how it is written."""

    blocks_names: bool  # a known name that is no person's: a person's name stops there
    cue: bool  # a title: a name may follow
    verb: bool  # a verb of speech: a name may stand before it
    speech_before: bool  # ... or after it ("said Rosa Mendoza")
    org_head: bool  # a word that ends an organisation's name
    org_opener: bool  # a word that starts one
    best: tuple[Candidate, ...] | None  # the readings that compete for the span, if any
    kind: str  # the first of them's kind ("" without any) ...
    priority: int  # ... and its rank (see _PRIORITY), shifted as `_order` needs it
    big_place: bool  # a country or a city of 100,000 people or more


def read_hit(candidates: tuple[Candidate, ...], written: str) -> HitReading:
    """What the rules ask of a hit; the matchers call it once per key and writing (see `Hit.reading`)."""
    kinds = {c.kind for c in candidates}
    selectable = tuple(c for c in candidates if c.kind in _PRIORITY)
    best = _best_kind(selectable) if selectable else None
    return HitReading(
        blocks_names=any(c.kind in _BLOCKS_NAMES and not _is_first_name(c) and not _is_capitalised_romance(c, written)
                         for c in candidates),
        cue="cue" in kinds,
        verb="verb" in kinds,
        speech_before=fold_cached(written) in SPEECH_BEFORE,
        org_head="orghead" in kinds,
        org_opener="orgopener" in kinds,
        best=best,
        kind=best[0].kind if best else "",
        priority=_PRIORITY[best[0].kind] << 64 if best else 0,
        big_place=any(c.kind in PLACE_KINDS and c.weight >= BIG_PLACE_WEIGHT for c in candidates),
    )


class ItemReading:
    """Reads one item; short-lived and never shared, so it may keep per-item caches."""

    def __init__(self, tagger: Tagger, text: str, hits: list[Hit], folded: FoldedText | None = None,
                 among: list[int] | None = None) -> None:
        self.gaz: Gazetteer = tagger.gazetteer
        self.tagger = tagger
        self.text = text
        self.hits = hits
        self.folded = folded  # of `text`, if the caller has it ...
        self.among = among  # ... and which of its word parts may be first names (see `FoldedText.parts_in`)
        self._title_lines: dict[int, bool] = {}

    # -- choosing spans -------------------------------------------------------------------

    def _candidates(self) -> list[Chosen]:
        text = self.text
        mask = bytearray(len(text) + 1)  # 1 under every known non-person name
        for start, end, _, _, reading in self.hits:
            if reading.blocks_names:
                mask[start:end] = b"\x01" * (end - start)

        def blocked(start: int, end: int) -> bool:
            return mask.find(1, start, end) >= 0

        chosen: list[Chosen] = []
        titles: list[tuple[int, int]] = []
        verbs: list[tuple[int, int, bool]] = []
        big: set[tuple[int, int]] = set()  # countries and cities of 100,000 people or more
        for start, end, written, _, reading in self.hits:
            if reading.cue:
                titles.append((start, end))
            if reading.verb:
                verbs.append((start, end, reading.speech_before))
            if reading.org_head or reading.org_opener:
                org = org_around(text, start, end, reading.org_head, reading.org_opener)
                if org:
                    chosen.append(_chosen(org.start, org.end, text[org.start:org.end],
                                          (Candidate("orgrule", org.name, org.name, "any"),)))
            if reading.best is not None:  # _chosen(start, end, written, reading.best), made inline
                chosen.append(_make_chosen((start, end, written, reading.best, reading.kind,
                                            ((start - end) << 72) + reading.priority + start)))
            if reading.big_place:
                big.add((start, end))
        for person in find_people(text, titles, verbs, blocked):
            chosen.append(_chosen(person.start, person.end, text[person.start:person.end],
                                  (Candidate("person", person.name, person.name, "any"),)))
        first_names = self.gaz.first_names
        folded = self.folded
        at = folded.starts_of(first_names, self.among) if folded and self.gaz.first_names_are_words else None
        for person in first_name_people(text, first_names, self.gaz.name_words, blocked,
                                        self.in_headline, lambda start, end: (start, end) in big, at):
            chosen.append(_chosen(person.start, person.end, text[person.start:person.end],
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
        ordered = sorted(self._candidates(), key=_selection_order)
        taken: list[Chosen] = []
        used = bytearray(len(self.text) + 1)  # 1 where a chosen span already lies
        for cand in ordered:
            start, end = cand.start, cand.end
            if used.find(1, start, end) < 0:
                taken.append(cand)
                used[start:end] = b"\x01" * (end - start)
        taken.sort(key=_start)
        # Only some kinds, and names that must match case exactly, can be dropped (see `_keep`).
        return [c for c in taken if ((c.kind not in _KEEP_RULED and c.candidates[0].mode != "exact")
                                     or self._keep(c, taken))
                and not (c.kind in _TOWN_KINDS and self._hyphen_tail(c, taken))]

    def _hyphen_tail(self, chosen: Chosen, taken: list[Chosen]) -> bool:
        """A town's name that ends a hyphenated one ("Jeti-Oguz", "Ust-Luga") names that other place, not the
        town: the head is a capitalised word that names nothing known. "Bishkek-Osh", "the Ife-Ibadan expressway"
        keep both towns, and "Al-Mayadin", "Súdwest-Fryslân" or "Shin-Osaka" theirs, the head being an article or
        a quarter."""
        text, start = self.text, chosen.start
        if start < 2 or text[start - 1] != "-":
            return False
        head_start = start - 1
        while head_start > 0 and text[head_start - 1].isalpha():
            head_start -= 1
        head = text[head_start : start - 1]
        if len(head) < 2 or fold_cached(head) in _NAME_PARTICLES:
            return False
        if _word_of(text, next_word(text, chosen.end)) in _ROUTE_WORDS:
            return False  # "the Ife-Ibadan expressway" runs between two towns
        return self.unknown_capitalised((head_start, start - 1), taken)

    def _keep(self, chosen: Chosen, taken: list[Chosen]) -> bool:
        cand = chosen.candidates[0]
        kind = chosen.kind  # each rule below is about one kind (_KEEP_RULED), or about exact-case names only
        if kind == "country" and _is_first_name(cand) and self.unknown_capitalised(
                next_word(self.text, chosen.end), taken):
            return False  # "Chad Morris" with no title: a person, not the country
        if kind == "body" and fold_cached(chosen.text) in LOOSE:  # "Army officials", "NAVY LAB"
            return not (is_sentence_start(self.text, chosen.start) or self.in_headline(chosen.start))
        if kind == "demonym" and _is_capitalised_romance(cand, chosen.text):  # "Jordana" mid-sentence is a name
            return is_sentence_start(self.text, chosen.start) or self.in_headline(chosen.start)
        if cand.mode == "exact" and fold_cached(cand.alias) in ACRONYM_WORDS:
            start, end = line_bounds(self.text, chosen.start)
            line = self.text[start:end]
            return line.upper() != line
        return True

    def unknown_capitalised(self, span: tuple[int, int] | None, taken: list[Chosen]) -> bool:
        """A capitalised neighbour word that no chosen span explains: a sign of a longer proper name."""
        if span is None or not _may_be_a_name(self.text[span[0] : span[1]]):
            return False
        return not any(t.start < span[1] and span[0] < t.end for t in taken)
