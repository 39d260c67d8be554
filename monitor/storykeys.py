"""What the story index is keyed by: LSH bands of an item's words, and each name it gives.

Bands (`monitor.minhash`) find a rewrite when the two share enough words: the
chance is 0.95 at a Jaccard of 0.3 on content words, 0.27 at 0.1. A rewrite
by another outlet often keeps far fewer: "Somali pirates hijack bulk carrier
Coral Meridian off Eyl" and "Pirates seize cargo ship with 21 crew off
Somalia" share the ship, the town and the country, and few other words. On
the twelve labelled sets, 55 of the 615 same-story pairs that `compare`
accepts shared no band, so their stories were never compared; every one of
them shares a name, a place or a proper noun. So each of those is a key of
its own, looked up like a band: the candidates are the stories sharing the
most keys, and `monitor.stories.compare` still decides. A name common in the
news ("Mexico") fills its bucket, whose read is bounded as a band's is.

An item with a generic title ("Daily digest", "Live updates") gets band keys
only. A roundup names every event of the day, so through its names it met
each of those events' stories, and a roundup whose first line retold one of
them folded into it (two wrong folds in the first runs of two new blind
sets). A live page about one event still meets its story through the words
they share, as before names were keys.

Computed in the parse worker (`monitor.analysis.story_features`) and by the
store for items that arrive without features; both call `story_keys`, so
the keys of one text are the same everywhere. Stored keys must match after a
restart or an upgrade: the hashes are BLAKE2b, never `hash()`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection, Iterable

from monitor.minhash import STORY_HASHER
from monitor.stories import MIN_WORDS
from monitor.storytext import EVENT, HEADLINE, KIND, MEASURE, PROPER, SCRIPT_MARKS
from monitor.tagging.scripts import SCRIPT_HOMES

_NAME = b"name:"  # keeps name keys apart from band keys ("{band}:{values}")
_SCRIPT = b"script:"  # ... and the keys of a country told in another script (`script_key`)
# Names keyed per item at most: the tagger's people and organisations first, then places, then proper nouns (those
# the headline says first), the longer first. Six found every pair all of them did on the fourteen labelled sets; a
# wire story names 15-25, and each key is a row the writer inserts and a bucket the search reads (cold ingest wrote
# 7% slower with six keys, ~17% with all).
NAME_KEYS = 6
# ... and, besides those, a kind of happening with a measure it states ("+m:quake:6.4", `storytext.MEASURE`), at
# most these: the one quake two tellings in other words share (`monitor.stories._measured_alike`). Apart from the
# names, so that a text stating several measures does not crowd its names out.
MEASURE_KEYS = 2
# ... and a kind of happening in a country it names ("+k:bus:PH"), at most these: "Bus falls into ravine in
# Atimonan, Quezon" and "Bus plunges into ravine in the Philippines" share too few words for a band and no name.
KIND_KEYS = 2


def name_key(name: str) -> int:
    """A folded name's key: BLAKE2b-64 as a signed little-endian int, shifted right once (SQLite INTEGER)."""
    return _key(_NAME + name.encode("utf-8"))


def script_key(iso2: str) -> int:
    """The key under which a telling in another script is found by the country it names: an English telling that
    comes after it looks these up for its own countries (`monitor.store.folding.find_story`), since the name keys
    the two share rank its story below those sharing bands."""
    return _key(_SCRIPT + iso2.encode("ascii"))


def _key(data: bytes) -> int:
    digest = hashlib.blake2b(data, digest_size=8).digest()
    return int.from_bytes(digest, "little", signed=True) >> 1


def story_keys(
    words: Collection[str], core: Iterable[str], names: Iterable[str], places: Iterable[str], generic: bool,
    countries: Iterable[str] = (),
) -> tuple[int, ...]:
    """The band keys of `words`, then a key for each of the first `NAME_KEYS` names, places and marked proper nouns
    of `core`, and for at most `MEASURE_KEYS` of its kinds with a measure; none when the text is too short to fold
    on, and no names or measures for a generic title (see above). A text in another script than Latin (`monitor.storytext.script_of`) has its names' keys and its countries'
    `script_key`s: its words are not read, its places are (`monitor.tagging.scripts`)."""
    script = not SCRIPT_MARKS.isdisjoint(core)
    if len(words) < MIN_WORDS and not script:
        return ()
    bands = STORY_HASHER.keys_for(words) if len(words) >= MIN_WORDS else []
    if generic:
        return tuple(bands)
    core = list(core)
    named: dict[str, None] = {w[len(EVENT):].partition(":")[2]: None for w in core if w.startswith(EVENT)}
    for group in (names, places):
        named.update(dict.fromkeys(sorted(group, key=lambda n: (-len(n), n))))
    # proper nouns the headline says first: a German lead capitalises every noun ("Im Chemiepark Marl ... Fenster und
    # Türen"), and "Marl", the one an English telling shares, was the shortest (heldout222)
    headline = {w[len(HEADLINE):] for w in core if w.startswith(HEADLINE)}
    named.update(dict.fromkeys(sorted((w[1:] for w in core if w[0] == PROPER),
                                      key=lambda n: (n not in headline, -len(n), n))))
    measures = sorted(w for w in core if w.startswith(MEASURE))[:MEASURE_KEYS]
    countries = set(countries)
    told = sorted(f"{w}:{iso2}" for w in core if w.startswith(KIND) for iso2 in countries)[:KIND_KEYS]
    keys = (*bands, *(name_key(n) for n in sorted(list(named)[:NAME_KEYS])), *map(name_key, measures),
            *map(name_key, told))
    if not script:
        return keys
    if not countries:  # a telling that names no country: its script's (`SCRIPT_HOMES`)
        countries = {iso2 for w in core if w in SCRIPT_MARKS for iso2 in SCRIPT_HOMES[w[1:]]}
    return (*keys, *map(script_key, sorted(countries)))
