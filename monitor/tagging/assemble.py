"""Collecting one item's findings into a `Tags`, in order of first mention, without repeats.

Every place adds its country, the country's M49 chain and the everyday regions around
it; `areas` gathers the folded form of all of those, because that is what a watch's
`regions` list is compared with.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache

from monitor.models import Entity, EntityType, Place, Tags
from monitor.tagging.gazetteer import Gazetteer
from monitor.textfold import fold_cached


@lru_cache(maxsize=1024)
def _rollup(gazetteer: Gazetteer, roots: tuple[str, ...]) -> tuple[tuple[str, ...], frozenset[str]]:
    """`roots` and every region above them, in the order a depth-first walk first meets them, and their folded names.

    Adding these in order, skipping those already there, adds exactly what adding each root and then
    its parents one by one would, in the same order: a region is only ever added with all the regions
    above it, so one already there never hides one that is not. Computed once per country or region.
    """
    order: dict[str, None] = {}

    def visit(name: str) -> None:
        if name in order:
            return
        order[name] = None
        info = gazetteer.regions.get(name)
        for parent in info.parents if info else ():
            visit(parent)

    for root in roots:
        visit(root)
    return tuple(order), frozenset(fold_cached(name) for name in order)


@lru_cache(maxsize=8192)
def _entity(entity_type: EntityType, name: str, text: str) -> Entity:
    """The same names are written the same way item after item; an Entity is immutable, so they share one."""
    return Entity(entity_type, name, text)


@lru_cache(maxsize=1024)
def _country_rollup(gazetteer: Gazetteer, iso2: str) -> tuple[tuple[str, ...], frozenset[str]] | None:
    """A country's regions (see `_rollup`) and its areas: its code, its name and theirs; None if unknown."""
    info = gazetteer.countries.get(iso2)
    if info is None:
        return None
    regions, areas = _rollup(gazetteer, info.m49 + info.everyday)
    return regions, areas | {iso2.lower(), fold_cached(info.name)}


class TagsBuilder:
    def __init__(self, gazetteer: Gazetteer) -> None:
        self._gaz = gazetteer
        self._places: dict[tuple[str, str], Place] = {}
        self._countries: dict[str, None] = {}
        self._regions: dict[str, None] = {}
        self._entities: dict[tuple[str, str], Entity] = {}
        self._areas: set[str] = set()

    def add_place(self, place: Place) -> None:
        name = place.name
        self._places.setdefault((name, place.country), place)
        self.add_entity("place", name, place.text)
        if place.country not in self._countries:
            self.add_country(place.country)

    def add_country(self, iso2: str) -> None:
        if iso2 in self._countries:
            return
        rollup = _country_rollup(self._gaz, iso2)
        if rollup is None:
            return
        self._countries[iso2] = None
        regions, areas = rollup
        for region in regions:
            if region not in self._regions:
                self._regions[region] = None
        self._areas |= areas

    def add_region(self, name: str) -> None:
        if name not in self._regions:
            self._add_regions((name,))

    def _add_regions(self, roots: tuple[str, ...]) -> None:
        """Each region in `roots` and the regions above it, as `_rollup` explains."""
        regions, areas = _rollup(self._gaz, roots)
        for region in regions:
            if region not in self._regions:
                self._regions[region] = None
        self._areas |= areas

    def add_entity(self, entity_type: EntityType, name: str, text: str) -> None:
        """The first mention of each name is kept: `text` is how it was written there."""
        key = (entity_type, name)
        if key not in self._entities:
            self._entities[key] = _entity(entity_type, name, text)
        if entity_type == "place":
            self._areas.add(fold_cached(name))

    def build(self, custom_regions: Mapping[str, frozenset[str]]) -> Tags:
        """Custom regions apply when any area already found is one of their members."""
        for name, members in custom_regions.items():
            if members & self._areas:
                self.add_region(name)
        return Tags(
            places=tuple(self._places.values()),
            countries=tuple(self._countries),
            regions=tuple(self._regions),
            entities=tuple(self._entities.values()),
            areas=frozenset(self._areas),
        )
