"""The tagger's public face: configured once from feeds.toml, then `tag()` on every item.

The bundled gazetteer and its automaton are shared by every `Tagger` in the process;
each `Tagger` adds only a small automaton for the user's own entities and region names,
so a config reload costs milliseconds, not a rebuild.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Protocol

from monitor.models import EntityType, Place, Tags
from monitor.tagging.assemble import TagsBuilder
from monitor.tagging.bodies import BodyNamer
from monitor.tagging.folding import FoldedText
from monitor.tagging.gazetteer import Candidate, Gazetteer, case_mode, load_gazetteer
from monitor.tagging.matcher import KeyMatcher
from monitor.tagging.people import same_people
from monitor.tagging.places import PlaceResolver
from monitor.tagging.reading import Chosen, ItemReading, read_hit
from monitor.tagging.scripts import NON_LATIN, script_places
from monitor.textfold import fold, fold_cached


class EntityLike(Protocol):
    """What the tagger needs of a `[[entities]]` entry (config.py's model satisfies it)."""

    @property
    def name(self) -> str: ...
    @property
    def type(self) -> str: ...
    @property
    def aliases(self) -> Sequence[str]: ...


@lru_cache(maxsize=1)
def _base_matcher() -> KeyMatcher:
    return KeyMatcher(load_gazetteer().keys, read_hit)


@lru_cache(maxsize=1)
def _base_words() -> frozenset[str]:
    """The words that start a bundled key, and the first names: shared by every Tagger."""
    return frozenset({*_base_matcher().words, *load_gazetteer().first_names})


class Tagger:
    """Finds places (rolled up to countries and regions), organisations and people in an item."""

    def __init__(self, entities: Sequence[EntityLike] = (), regions: Mapping[str, Sequence[str]] = {}) -> None:
        self.gazetteer: Gazetteer = load_gazetteer()
        self._base = _base_matcher()
        self._bodies = BodyNamer(self.gazetteer)
        self._renamed: dict[tuple[str, str], str] = {}  # (kind, built-in name) -> the user's name
        self._user_places: dict[str, str] = {}  # folded alias -> folded name, for area_key
        user_keys: dict[str, list[Candidate]] = {}
        for entity in entities:
            entity_type = entity.type if entity.type in ("org", "person", "place") else "org"
            for alias in dict.fromkeys([entity.name, *entity.aliases]):
                key = fold(alias).strip()
                if not key:
                    continue
                user_keys.setdefault(key, []).append(
                    Candidate("user", entity.name, alias, case_mode(alias), entity_type=entity_type))
                if entity_type == "person":
                    self._renamed[("person", key)] = entity.name
                elif entity_type == "place":
                    self._user_places[key] = fold(entity.name).strip()
                for builtin in self.gazetteer.keys.get(key, ()):
                    if builtin.kind == "org":
                        self._renamed[("org", builtin.name)] = entity.name
        self._custom: dict[str, frozenset[str]] = {}
        for name, members in regions.items():
            self._custom[name] = frozenset(self._builtin_area_key(m) or fold(m).strip() for m in members)
            user_keys.setdefault(fold(name).strip(), []).append(Candidate("region", name, name, case_mode(name)))
        self._user = KeyMatcher(user_keys, read_hit)
        # Every word an item's words are looked up for: each word is looked up here once, and the matchers
        # and the first names then only look among those found (see `FoldedText.parts_in`).
        self._words = _base_words() | self._user.words if self._user.words else _base_words()

    def tag(self, title: str, text: str) -> Tags:
        """Tags for one item. Pure and thread-safe: all shared state is read-only."""
        doc = f"{title}\n{text}" if title and text else (title or text or "")
        folded = FoldedText(doc)
        among = folded.parts_in(self._words)
        hits = self._base.find(folded, among)
        if not self._user.empty:
            hits += self._user.find(folded, among)
        reading = ItemReading(self, doc, hits, folded, among)
        chosen = reading.select()
        people = same_people([c.candidates[0].name for c in chosen if c.kind in ("person", "fname")])
        surnames = {word for name in set(people.values()) for word in fold_cached(name).split()[1:]}
        if surnames:
            chosen = [c for c in chosen if c.kind not in ("city", "admin1") or fold_cached(c.text) not in surnames]
        places = PlaceResolver(reading, chosen)
        builder = TagsBuilder(self.gazetteer)
        record = self._record
        for item in chosen:
            record(places, item, people, builder)
        if not doc.isascii() and NON_LATIN.search(doc):  # the names are read in only where they may be needed
            self._record_scripts(doc, builder)
        return builder.build(self._custom)

    def _record_scripts(self, doc: str, builder: TagsBuilder) -> None:
        """The countries and cities named in non-Latin scripts (`monitor.tagging.scripts`)."""
        gaz = self.gazetteer
        for hit in script_places().find(doc):
            info = gaz.countries.get(hit.country)
            if info is None:
                continue
            name, geonameid = (info.name, info.geonameid) if hit.is_country else (hit.name, hit.geonameid)
            builder.add_place(Place(name, hit.country, geonameid, hit.text, gaz.place_regions(hit.country)))

    def _record(self, places: PlaceResolver, item: Chosen, people: Mapping[str, str], builder: TagsBuilder) -> None:
        cand = item.candidates[0]
        kind = item.kind
        if kind in ("city", "admin1", "country", "demonym"):  # the most common: tested first
            place = places.place_of(item)
            if place is not None:
                builder.add_place(place)
        elif kind == "region":
            builder.add_region(cand.name)
            builder.add_entity("place", cand.name, item.text)
        elif kind in ("org", "seat"):
            if kind == "org":
                builder.add_entity("org", self._renamed.get(("org", cand.name), cand.name), item.text)
            if cand.country:
                builder.add_country(cand.country)
        elif kind == "orgrule":
            countries = places.nested_countries(item)
            rule_name = self._bodies.in_name(cand.name, countries) or cand.name
            builder.add_entity("org", self._renamed.get(("org", rule_name), rule_name), item.text)
            for iso2 in countries:
                builder.add_country(iso2)
        elif kind == "body":
            body = self._bodies.in_story(cand.name, places)
            if body is not None:
                builder.add_entity("org", self._renamed.get(("org", body), body), item.text)
        elif kind in ("person", "fname"):
            full = people.get(cand.name, cand.name)
            builder.add_entity("person", self._renamed.get(("person", fold_cached(full)), full), item.text)
        elif kind == "user":
            entity_type: EntityType = cand.entity_type  # type: ignore[assignment]
            builder.add_entity(entity_type, cand.name, item.text)
        else:
            place = places.place_of(item)
            if place is not None:
                builder.add_place(place)

    def _builtin_area_key(self, name: str) -> str | None:
        return self.gazetteer.area_of(name) if name.strip() else None

    def area_key(self, name: str) -> str | None:
        """The folded key `name` has in Tags.areas ("EC" -> "ecuador", "LatAm" -> "latin america")."""
        key = fold(name).strip()
        for custom in self._custom:
            if fold(custom).strip() == key:
                return key
        return self._builtin_area_key(name) or self._user_places.get(key)

    def country_name(self, iso2: str) -> str:
        info = self.gazetteer.countries.get(iso2.upper())
        return info.name if info else iso2


@lru_cache(maxsize=32)
def _cached_tagger(entities: tuple[tuple[str, str, tuple[str, ...]], ...],
                   regions: tuple[tuple[str, tuple[str, ...]], ...]) -> Tagger:
    return Tagger([_Entity(*e) for e in entities], {name: list(members) for name, members in regions})


class _Entity:
    __slots__ = ("name", "type", "aliases")

    def __init__(self, name: str, type: str, aliases: tuple[str, ...]) -> None:
        self.name, self.type, self.aliases = name, type, aliases


def get_tagger(entities: Sequence[EntityLike] = (), regions: Mapping[str, Sequence[str]] = {}) -> Tagger:
    """A shared Tagger for this configuration: one build per distinct entities-and-regions config."""
    entity_key = tuple((e.name, e.type, tuple(e.aliases)) for e in entities)
    region_key = tuple((name, tuple(members)) for name, members in regions.items())
    return _cached_tagger(entity_key, region_key)
