"""Collecting one item's findings into a `Tags`, in order of first mention, without repeats.

Every place adds its country, the country's M49 chain and the everyday regions around
it; `areas` gathers the folded form of all of those, because that is what a watch's
`regions` list is compared with.
"""

from __future__ import annotations

from collections.abc import Mapping

from monitor.models import Entity, Place, Tags
from monitor.tagging.gazetteer import Gazetteer
from monitor.textfold import fold_cached


class TagsBuilder:
    def __init__(self, gazetteer: Gazetteer) -> None:
        self._gaz = gazetteer
        self._places: dict[tuple[str, str], Place] = {}
        self._countries: dict[str, None] = {}
        self._regions: dict[str, None] = {}
        self._entities: dict[tuple[str, str], Entity] = {}
        self._areas: set[str] = set()

    def add_place(self, place: Place) -> None:
        self._places.setdefault((place.name, place.country), place)
        self._areas.add(fold_cached(place.name))
        self.add_entity(Entity("place", place.name, place.text))
        self.add_country(place.country)

    def add_country(self, iso2: str) -> None:
        info = self._gaz.countries.get(iso2)
        if info is None or iso2 in self._countries:
            return
        self._countries[iso2] = None
        self._areas.update((iso2.lower(), fold_cached(info.name)))
        for region in info.m49 + info.everyday:
            self.add_region(region)

    def add_region(self, name: str) -> None:
        if name in self._regions:
            return
        self._regions[name] = None
        self._areas.add(fold_cached(name))
        info = self._gaz.regions.get(name)
        for parent in info.parents if info else ():
            self.add_region(parent)

    def add_entity(self, entity: Entity) -> None:
        self._entities.setdefault((entity.type, entity.name), entity)
        if entity.type == "place":
            self._areas.add(fold_cached(entity.name))

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
