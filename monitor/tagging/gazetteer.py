"""The bundled place and organisation data, loaded once into one table of folded keys.

Every name the tagger can recognise (a country, a demonym, a city, a region, an
organisation, a title that introduces a person) becomes a folded key with the list of
things it may mean. Homonyms share a key ("santiago" is a dozen cities) and are told
apart later, with the rest of the item as evidence.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any, Literal, NamedTuple

from monitor.tagging import lexicon
from monitor.tagging.bodies import BODIES
from monitor.tagging.folding import fast_fold

Kind = Literal["country", "demonym", "city", "admin1", "region", "org", "user", "cue", "verb", "orghead",
               "orgopener", "ignore", "person", "orgrule", "body", "seat", "fname"]
Mode = Literal["exact", "cap", "any"]
PLACE_KINDS = frozenset({"country", "demonym", "city", "admin1"})
ADMIN1_WEIGHT = 5.5  # ranks a province like a town of ~300,000 among homonyms


class Candidate(NamedTuple):
    """One thing a key may mean; `alias` is the name as the data writes it, for case checks.

    A NamedTuple rather than a dataclass: tens of thousands are made at load time.
    """

    kind: Kind
    name: str
    alias: str
    mode: Mode
    country: str = ""
    geonameid: int | None = None
    weight: float = 0.0
    ambiguity: int = 0
    entity_type: str = ""


@dataclass(frozen=True, slots=True)
class CountryInfo:
    iso2: str
    name: str
    geonameid: int
    m49: tuple[str, ...]  # e.g. ("South America", "Latin America and the Caribbean", "Americas")
    everyday: tuple[str, ...]  # everyday regions that contain it, e.g. ("Latin America", "Andes")
    demonym: str = ""  # "Ecuadorian", for names of its forces


@dataclass(frozen=True, slots=True)
class RegionInfo:
    name: str
    parents: tuple[str, ...]


def fold_key(text: str) -> str:
    """The key a name is stored under; fast, because loading folds some 100,000 names."""
    return fast_fold(text).strip()


def case_mode(alias: str) -> Mode:
    """Short all-capital acronyms must match exactly ("US" is not "us"); names must be capitalised."""
    letters = [c for c in alias if c.isalpha()]
    if letters and len(letters) <= 4 and all(c.isupper() for c in letters):
        return "exact"
    if letters and letters[0].isupper():
        return "cap"
    return "any"


def mode_allows(mode: Mode, alias: str, written: str) -> bool:
    if mode == "any":
        return True
    if mode == "exact":
        return written == alias
    if " " in alias:  # "El Paso" is not "El paso": every capitalised word must be capitalised as written
        return all(w[:1].isupper() for a, w in zip(alias.split(), written.split()) if a[:1].isupper())
    for ch in written:
        if ch.isalpha():
            return ch.isupper()
    return False


class Gazetteer:
    """Folded key -> candidates, plus the country and region facts that tags roll up to."""

    def __init__(self) -> None:
        self._members: dict[str, list[str]] = {}  # ISO2 -> everyday regions that roll it up
        self.keys: dict[str, list[Candidate]] = {}
        self.countries: dict[str, CountryInfo] = {}
        self.regions: dict[str, RegionInfo] = {}
        self.areas: dict[str, str] = {}  # folded name a user may write -> folded key used in Tags.areas
        self.body_names: dict[tuple[str, str], str] = {}  # (body, ISO2) -> the listed organisation's name
        self._load_regions(_read("regions.json"))
        self._load_countries(_read("countries.json"))
        self._load_orgs(_read("organisations.json"))
        self._load_places(_read("admin1.json"), _read("cities.json"))
        self._load_lexicon()
        names = _read("first_names.json")
        # Made from a set, a frozenset is sized for its contents: half the memory (and cache misses) of one
        # made from a list. Every word of every item is looked up here.
        self.first_names: frozenset[str] = frozenset(set(names["names"]))
        self.name_words: frozenset[str] = frozenset(names["words"])  # first names that are common words
        # Lets a first name be looked for among the words of the folded text (see `first_name_people`).
        self.first_names_are_words = all(name.isalnum() for name in self.first_names)

    def add(self, key_text: str, candidate: Candidate, key: str | None = None) -> None:
        key = fold_key(key_text) if key is None else key
        if len(key) >= 2:
            self.keys.setdefault(key, []).append(candidate)

    def _load_regions(self, data: dict[str, Any]) -> None:
        for name, spec in data.items():
            self.regions[name] = RegionInfo(name, tuple(spec["parents"]))
            if spec["rollup"] and not spec["m49"]:
                for iso2 in spec["members"]:
                    self._members.setdefault(iso2, []).append(name)
            for alias in spec["aliases"]:
                self.add(alias, Candidate("region", name, alias, case_mode(alias)))
                self.areas.setdefault(fold_key(alias), fold_key(name))

    def _load_countries(self, data: list[dict[str, Any]]) -> None:
        for row in data:
            iso2 = row["iso2"]
            self.countries[iso2] = CountryInfo(iso2, row["name"], row["geonameid"], tuple(row["m49"]),
                                               tuple(self._members.get(iso2, ())), (row["demonyms"] or [""])[0])
            folded_name = fold_key(row["name"])
            for alias in row["names"]:
                self.add(alias, Candidate("country", row["name"], alias, case_mode(alias), iso2, row["geonameid"], 100))
                self.areas.setdefault(fold_key(alias), folded_name)
            for alias in row["demonyms"] + row["romance"]:
                self.add(alias, Candidate("demonym", row["name"], alias, case_mode(alias), iso2, row["geonameid"], 100))
            self.areas.setdefault(iso2.lower(), folded_name)
            self.areas.setdefault(row["iso3"].lower(), folded_name)
        self._capitals = {row["capital"]: row["iso2"] for row in data if row["capital"]}

    def _load_orgs(self, data: list[dict[str, Any]]) -> None:
        """Organisations; a "seat" (Carondelet, the Kremlin) gives its country but is no organisation."""
        for row in data:
            kind: Kind = "seat" if row.get("seat") else "org"
            for alias in [row["name"], *row.get("aliases", ())]:
                self.add(alias, Candidate(kind, row["name"], alias, case_mode(alias), row.get("country", "")))
            if "body" in row:
                self.body_names[(row["body"], row["country"])] = row["name"]
        for key, body in BODIES.items():
            for phrase in body.phrases + body.loose:
                self.add(phrase, Candidate("body", key, phrase, "cap"))

    def _load_places(self, admin1: list[list[Any]], cities: list[list[Any]]) -> None:
        """Towns and provinces; their area keys are looked up lazily (see `area_of`), not stored."""
        capitals = self._capitals
        for name, iso2, ambiguity, aliases in admin1:
            for alias in [name, *aliases]:  # an alias in capitals ("UP") only as written: "Speeds Up" is no province
                self.add(alias, Candidate("admin1", name, alias, case_mode(alias), iso2, None, ADMIN1_WEIGHT, ambiguity))
        log10 = math.log10
        for geonameid, name, iso2, population, ambiguity, aliases in cities:
            weight = log10(max(population, 1)) + (0.5 if capitals.get(name) == iso2 else 0.0)
            self.add(name, Candidate("city", name, name, "cap", iso2, geonameid, weight, ambiguity))
            for alias in aliases:
                self.add(alias, Candidate("city", name, alias, "cap", iso2, geonameid, weight, ambiguity))
            if (bare := _ADMIN_SUFFIX.sub("", name)) != name:  # GeoNames' "Icheon-si": the news writes "Icheon"
                self.add(bare, Candidate("city", name, bare, "cap", iso2, geonameid, weight, ambiguity))

    def _load_lexicon(self) -> None:
        tables: Iterable[tuple[Kind, frozenset[str]]] = (
            ("cue", lexicon.PERSON_CUES), ("verb", lexicon.SPEECH_VERBS), ("orghead", lexicon.ORG_HEADS),
            ("orgopener", lexicon.ORG_OPENERS), ("ignore", lexicon.IGNORED))
        for kind, words in tables:
            for word in words:
                self.add(word, Candidate(kind, word, word, "any"))

    def area_of(self, name: str) -> str | None:
        """The folded key under which a name the user writes appears in Tags.areas, if known."""
        key = fold_key(name)
        if key in self.areas:
            return self.areas[key]
        places = [c for c in self.keys.get(key, ()) if c.kind in ("city", "admin1")]
        if not places:
            return None
        return fold_key(max(places, key=lambda c: c.weight).name)

    def place_regions(self, iso2: str) -> tuple[str, ...]:
        info = self.countries.get(iso2)
        return info.m49 if info else ()


# The city suffixes GeoNames keeps in Korean and Japanese names ("Icheon-si", "Goyang-si", "Kurume-shi").
_ADMIN_SUFFIX = re.compile(r"-(?:si|shi|gun)$")


def _read(name: str) -> Any:
    with resources.files("monitor.tagging").joinpath("data", name).open("r", encoding="utf-8") as fh:
        return json.load(fh)


@lru_cache(maxsize=1)
def broad_area_names() -> tuple[str, ...]:
    """Every name of a country (with its demonyms) and of a region, as written: the places that say only
    roughly where something happened, which a look-alike event shares as readily as a retelling does."""
    names: list[str] = []
    for country in _read("countries.json"):
        names += [country["name"], *country["names"], *country["demonyms"]]
    for region, info in _read("regions.json").items():
        names += [region, *info["aliases"]]
    return tuple(names)


@lru_cache(maxsize=1)
def country_words() -> tuple[tuple[str, str], ...]:
    """Each one-word name or demonym of a country ("Togo", "Togolese", "Líbano"), as written, with the country's
    ISO code: what a headline says of where its news is. A word two countries write is listed with each."""
    words: dict[tuple[str, str], None] = {}
    for country in _read("countries.json"):
        for word in (country["name"], *country["names"], *country["demonyms"], *country["romance"]):
            if " " not in word and "-" not in word:
                words[word, country["iso2"]] = None
    return tuple(words)


@lru_cache(maxsize=1)
def capital_names() -> tuple[str, ...]:
    """Every country's capital, as written ("Baghdad", "Moscow"): the news names a government by its capital ("a
    dispute between Baghdad and Erbil"), so a capital in common says little more than a country in common."""
    return tuple(country["capital"] for country in _read("countries.json") if country.get("capital"))


@lru_cache(maxsize=1)
def province_names() -> tuple[str, ...]:
    """Every name of a province, state or other first-level division ("Gansu", "Sindh", "Iwate"): a place that
    sees two quakes or two fires in a day and a half more often than a town does."""
    return tuple(name for name, _iso2, _ambiguity, aliases in _read("admin1.json") for name in (name, *aliases))


@lru_cache(maxsize=1)
def country_adjectives() -> tuple[str, ...]:
    """Every demonym and one-word country name ("Indian", "Thai", "Colombia"): words that describe what a count
    counts ("two Indian trawlers") rather than being it."""
    words: list[str] = []
    for country in _read("countries.json"):
        words += country["demonyms"]
        words += [name for name in (country["name"], *country["names"]) if " " not in name]
    return tuple(words)


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The bundled data, read once per process."""
    return Gazetteer()
