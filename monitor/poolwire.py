"""An `Analysis` in a compact form for the trip from a parse worker to the main process.

Pickled as it is, an analysed document is a graph of frozen dataclasses
(an item, its data, tags, places, entities, hits and story features), and
unpickling each of them runs dataclass `__setstate__` in Python: ~100 us per
item in the main process, which also runs the event loop, the HTTP client and
the database thread, plus ~70 us per item to pickle it in the worker. Here it
travels as plain tuples, strings and ints, and the main process builds each
object once with its own constructor.

Most of what the tagger finds repeats from item to item and from document to
document: the same places, organisations, people, watch hits, country and
region lists. Each worker's `Packer` numbers every such value the first time it
sends it, and sends the number afterwards; the pool keeps one `Unpacker` per
worker, which builds the value once and looks it up by number after that. The
two tables stay in step because a worker answers one job at a time, in order,
and the pool unpacks every reply it reads before that worker is used again (a
worker whose reply is lost, late or unreadable is killed, and its table with
it). A packer that reaches `TABLE_LIMIT` values starts afresh and says so in
the reply, so neither side grows without bound.

`unpack(pack(a))` equals `a` field by field, `features` included (tests hold it).
"""

from __future__ import annotations

from array import array
from collections.abc import Hashable
from typing import Any

from monitor.analysis import Analysis
from monitor.models import Entity, ItemData, Place, PreparedItem, StoryFeatures, Tags, WatchHit

# Values each side remembers per worker. The table's values are made between each document's transient
# objects and pin the memory pages around them: at 50,000 a worker's peak grew ~15 MB on the 200-feed
# benchmark (7,500 values) and the main process's ~25 MB; at 2,000 both are back within ~2 MB of no table,
# and a document's tags and hits still mostly travel as numbers.
TABLE_LIMIT = 2_000

# Kinds of table values (the first element of each new value in a reply).
_ENTITY, _PLACE, _HIT, _TUPLE, _FROZENSET = range(5)
_SEP = "\x1f"  # joins an item's words into one string; a word holding it travels as a tuple instead

Packed = tuple[Any, ...]


class Packer:
    """The worker's side: numbers each repeated value once, for the life of the worker."""

    def __init__(self, limit: int = TABLE_LIMIT) -> None:
        self.limit = limit
        self._refs: dict[tuple[int, Hashable], int] = {}
        self._new: list[tuple[int, Any]] = []
        self._reset_unsent = False  # the table was cleared, and no reply has said so yet

    def pack(self, analysis: Analysis) -> Packed:
        """`analysis` as plain values; the new table values it introduces travel with it."""
        if len(self._refs) >= self.limit:
            self._refs.clear()
            self._reset_unsent = True
        reset = self._reset_unsent
        start = len(self._refs)
        self._new = []
        try:
            rows = tuple(self._item(item) for item in analysis.prepared)
        except BaseException:  # nothing of a reply that is never sent may stay in the table
            for key in [k for k, v in self._refs.items() if v >= start]:
                del self._refs[key]
            raise
        new, self._new = self._new, []
        self._reset_unsent = False
        return (analysis.title, analysis.ttl_seconds, analysis.warnings, analysis.skipped, analysis.items,
                analysis.unchanged, reset, new, rows)  # fmt: skip

    def _ref(self, kind: int, key: Hashable, value: Any) -> int:
        refs = self._refs
        found = refs.get((kind, key))
        if found is None:
            found = refs[(kind, key)] = len(refs)
            self._new.append((kind, value))
        return found

    def _item(self, item: PreparedItem) -> tuple[Any, ...]:
        data, tags, features = item.data, item.tags, item.features
        ref = self._ref
        places = tuple([ref(_PLACE, (p.name, p.country, p.geonameid, p.text, p.regions),
                            (p.name, p.country, p.geonameid, p.text, p.regions)) for p in tags.places])
        entities = tuple([ref(_ENTITY, (e.type, e.name, e.text), (e.type, e.name, e.text)) for e in tags.entities])
        hits = tuple([ref(_HIT, (h.name, h.priority, h.terms), (h.name, h.priority, h.terms)) for h in item.hits])
        return (
            data.guid, data.url, data.title, data.summary, data.published, data.updated, data.author, data.has_guid,
            item.canonical_url, item.content_hash, places, ref(_TUPLE, tags.countries, tags.countries),
            ref(_TUPLE, tags.regions, tags.regions), entities, ref(_FROZENSET, tags.areas, tags.areas), hits,
            None if features is None else self._features(features),
        )  # fmt: skip

    def _features(self, f: StoryFeatures) -> tuple[Any, ...]:
        ref = self._ref
        words = _words(f.words)
        core = None if f.core == f.words else _words(f.core)
        keys: bytes | tuple[int, ...] = f.band_keys
        if type(keys) is tuple:
            try:
                keys = array("q", keys).tobytes()
            except (OverflowError, TypeError):  # not all signed 64-bit ints: as they are
                pass
        return (words, core, f.counts, f.generic, ref(_TUPLE, f.names, f.names), ref(_TUPLE, f.places, f.places),
                ref(_TUPLE, f.countries, f.countries), keys)  # fmt: skip


def _words(words: tuple[str, ...]) -> str | tuple[str, ...]:
    """One string for the tuple when that splits back to exactly it (most items), else the tuple."""
    if not words:
        return words
    joined = _SEP.join(words)
    return joined if joined.count(_SEP) == len(words) - 1 else words


def _split(words: str | tuple[str, ...]) -> tuple[str, ...]:
    return tuple(words.split(_SEP)) if type(words) is str else words


class Unpacker:
    """The main process's side, one per worker: builds each numbered value once."""

    def __init__(self) -> None:
        self._values: list[Any] = []

    def unpack(self, packed: Packed) -> Analysis:
        title, ttl_seconds, warnings, skipped, items, unchanged, reset, new, rows = packed
        values = self._values
        if reset:
            values.clear()
        append = values.append
        for kind, value in new:
            if kind == _ENTITY:
                append(Entity(*value))
            elif kind == _PLACE:
                append(Place(*value))
            elif kind == _HIT:
                append(WatchHit(*value))
            elif kind == _TUPLE or kind == _FROZENSET:
                append(value)
            else:
                raise ValueError(f"unknown table value kind {kind!r}")
        get = values.__getitem__
        prepared = []
        for (guid, url, title_, summary, published, updated, author, has_guid, canonical_url, content_hash,
             places, countries, regions, entities, areas, hits, f) in rows:  # fmt: skip
            tags = Tags(tuple(map(get, places)), get(countries), get(regions), tuple(map(get, entities)), get(areas))
            if f is None:
                features = None
            else:
                words, core, counts, generic, names, fplaces, fcountries, keys = f
                words = _split(words)
                features = StoryFeatures(
                    words, words if core is None else _split(core), counts, generic, get(names), get(fplaces),
                    get(fcountries), tuple(array("q", keys)) if type(keys) is bytes else keys,
                )  # fmt: skip
            prepared.append(PreparedItem(
                ItemData(guid, url, title_, summary, published, updated, author, has_guid),
                canonical_url, content_hash, tags, tuple(map(get, hits)), features,
            ))  # fmt: skip
        return Analysis(title, ttl_seconds, warnings, skipped, items, tuple(prepared), unchanged)
