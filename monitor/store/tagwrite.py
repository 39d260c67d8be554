"""Writing what the tagger and the watches read in an item: entity, facet and watch-hit rows.

Split from the writer, which decides what an item is; this only lays its
reading down. Every new item takes a few of these statements, so they are
plain SQL on the DBAPI connection (`monitor.store.rawsql`), one `executemany`
per table.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from sqlalchemy import Connection

from monitor.models import PreparedItem, Tags, WatchHit
from monitor.store.identity import add_entities, add_facets, add_hits
from monitor.store.rawsql import dbapi

_INSERT_ENTITY = (
    "INSERT INTO item_entity (item_id, type, name, text, country, geonameid) VALUES (?, ?, ?, ?, ?, ?)"
)
_INSERT_COUNTRY = "INSERT INTO item_country (iso2, item_id) VALUES (?, ?)"
_INSERT_REGION = "INSERT INTO item_region (region, item_id) VALUES (?, ?)"
_INSERT_HIT = "INSERT INTO watch_hit (watch, item_id, priority, terms) VALUES (?, ?, ?, ?)"


def replace_tags(conn: Connection, item_id: int, tags: Tags, *, fresh: bool = False) -> None:
    """Store an item's entities, countries and regions, replacing what was there (`fresh`: nothing was)."""
    raw = dbapi(conn)
    if not fresh:
        for table in ("item_entity", "item_country", "item_region"):
            raw.execute(f"DELETE FROM {table} WHERE item_id = ?", (item_id,))
    entities = entity_rows(tags)
    if entities:
        raw.executemany(
            _INSERT_ENTITY,
            [(item_id, r["type"], r["name"], r["text"], r["country"], r["geonameid"]) for r in entities],
        )
    if tags.countries:
        raw.executemany(_INSERT_COUNTRY, [(c, item_id) for c in dict.fromkeys(tags.countries)])
    if tags.regions:
        raw.executemany(_INSERT_REGION, [(r, item_id) for r in dict.fromkeys(tags.regions)])


def entity_rows(tags: Tags) -> list[dict[str, object]]:
    """Entity rows (without item id) for an item's tags; places carry their country and GeoNames id."""
    places_by_text = {(p.name, p.text): p for p in tags.places}
    rows: list[dict[str, object]] = []
    for entity in tags.entities:
        place = places_by_text.get((entity.name, entity.text)) if entity.type == "place" else None
        rows.append(
            {
                "type": entity.type,
                "name": entity.name,
                "text": entity.text,
                "country": place.country if place else None,
                "geonameid": place.geonameid if place else None,
            }
        )
    listed = {(e.name, e.text) for e in tags.entities if e.type == "place"}
    for place in tags.places:  # places the tagger did not also list as entities
        if (place.name, place.text) not in listed:
            listed.add((place.name, place.text))
            rows.append(
                {"type": "place", "name": place.name, "text": place.text,
                 "country": place.country, "geonameid": place.geonameid}
            )
    return rows


def replace_hits(conn: Connection, item_id: int, hits: Sequence[WatchHit], *, fresh: bool = False) -> None:
    """Store the watches that fired on an item (and why), replacing what was there."""
    raw = dbapi(conn)
    if not fresh:
        raw.execute("DELETE FROM watch_hit WHERE item_id = ?", (item_id,))
    unique = {h.name: h for h in hits}
    if unique:
        raw.executemany(
            _INSERT_HIT, [(h.name, item_id, int(h.priority), json.dumps(list(h.terms))) for h in unique.values()]
        )


def add_reading(conn: Connection, item_id: int, item: PreparedItem) -> None:
    """Add another copy's tags and watch hits to its item (the union; a merge does the same)."""
    add_entities(conn, item_id, entity_rows(item.tags))
    add_facets(conn, item_id, item.tags.countries, item.tags.regions)
    add_hits(conn, item_id, [(h.name, int(h.priority), json.dumps(list(h.terms))) for h in item.hits])
