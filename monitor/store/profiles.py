"""Story profiles for the writer: a new copy's from the parse worker, a stored member's read once per process.

A new item's profile (`monitor.stories.Profile`) and LSH band keys arrive
with it from the parse worker (`monitor.models.StoryFeatures`), so the
database thread does not read its text; tools and tests that send none get
the same profile read here. Folding compares a new item with the recent
members of a few candidate stories, ~5 profiles per new item, and reading a
member's text again each time cost more than the rest of the search. The text
half of a profile is a pure function of title and summary, so it is kept
(`TextCache`) for the items written or compared lately; names, places and
countries come from the member's rows as before, so no cached entry can ever
go stale.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from datetime import UTC, datetime
from functools import lru_cache
from sys import intern
from types import MappingProxyType

from monitor.models import PreparedItem
from monitor.stories import (
    Profile,
    event_names,
    make_profile,
    profile_from_tags,
    shingle_words,
)
from monitor.storykeys import story_keys
from monitor.textfold import fold

_ANY_TIME = datetime(2000, 1, 1, tzinfo=UTC)  # a profile's text half does not depend on its time
TEXT_CACHE = 8192  # texts whose reading is kept (~1.4 KB each: ~11 MB when full)

Reading = tuple[frozenset[str], frozenset[str], Mapping[str, frozenset[str]], bool]  # words, core, counts, generic


class TextCache:
    """(title, summary) -> the text half of its profile, for the items written or compared lately.

    Kept compact (~1.4 KB an entry, a fifth of the sets it stands for): keyed by the text's hash (`key`), the
    words stored as tuples of interned strings (a stem is shared by every item using it) and made sets
    again on the way out, which costs microseconds where reading the text again costs ~0.2 ms.
    """

    def __init__(self, size: int = TEXT_CACHE) -> None:
        self.size = size
        self._entries: dict[tuple[int, int, int], _Packed] = {}

    @staticmethod
    def key(title: str, summary: str) -> tuple[int, int, int]:
        # Python's string hash (64 bits, salted per process, as the cache is) and both lengths: a wrong hit needs
        # two texts of the same lengths whose hashes collide, about 1 in 10^19 a pair; the 16-byte BLAKE2b digest
        # this replaced cost ~4 us a look-up, ~9 of them per new item.
        return hash((title, summary)), len(title), len(summary)

    def has(self, title: str, summary: str) -> bool:
        return self.key(title, summary) in self._entries

    def get(self, title: str, summary: str) -> Reading | None:
        packed = self._entries.get(self.key(title, summary))
        if packed is None:
            return None
        words, core, counts, generic = packed
        return (frozenset(words), frozenset(core),
                MappingProxyType({k: frozenset(v) for k, v in counts}), generic)  # fmt: skip

    def packed(self, title: str, summary: str) -> _Packed | None:
        """The entry as kept (words and core as tuples of distinct words), no sets built."""
        return self._entries.get(self.key(title, summary))

    def put(self, title: str, summary: str, reading: Reading) -> None:
        entries = self._entries
        if len(entries) >= self.size:
            try:
                del entries[next(iter(entries))]  # the oldest
            except (KeyError, StopIteration, RuntimeError):  # another thread evicted first
                pass
        words, core, counts, generic = reading
        entries[self.key(title, summary)] = (
            tuple(map(intern, words)), tuple(map(intern, core)),
            tuple((intern(k), tuple(map(intern, v))) for k, v in counts.items()), generic,
        )  # fmt: skip


_Packed = tuple[tuple[str, ...], tuple[str, ...], tuple[tuple[str, tuple[str, ...]], ...], bool]
TEXTS = TextCache()


def _with(reading: Reading, ts: datetime, names: Iterable[str], places: Iterable[str],
          countries: Iterable[str]) -> Profile:
    """`monitor.stories.make_profile` with its text half already read."""
    words, core, counts, generic = reading
    return Profile(
        words=words, core=core, counts=counts, names=event_names(names),
        places=frozenset(fold(p) for p in places), countries=frozenset(countries), generic=generic, ts=ts,
    )


def stored_text_profile(title: str, summary: str, ts: datetime, *, names: Iterable[str] = (),
                        places: Iterable[str] = (), countries: Iterable[str] = ()) -> Profile:
    """A stored item's profile (the same as `make_profile`), its text read once per process."""
    reading = TEXTS.get(title, summary)
    if reading is not None:
        return _with(reading, ts, names, places, countries)
    profile = make_profile(title, summary, ts, names=names, places=places, countries=countries)
    TEXTS.put(title, summary, (profile.words, profile.core, profile.counts, profile.generic))
    return profile


def text_words(title: str, summary: str) -> tuple[Collection[str], Collection[str]]:
    """A stored text's distinct words and core words, read once per process as `stored_text_profile` reads it."""
    packed = TEXTS.packed(title, summary)
    if packed is not None:
        return packed[0], packed[1]
    profile = make_profile(title, summary, _ANY_TIME)
    TEXTS.put(title, summary, (profile.words, profile.core, profile.counts, profile.generic))
    return profile.words, profile.core


def item_profile(item: PreparedItem, ts: datetime) -> tuple[Profile, tuple[int, ...]]:
    """A new copy's profile at time `ts` and its band keys: from the parse worker's features when it sent
    them, else read here (`profile_from_tags`: the same result)."""
    data, features = item.data, item.features
    if features is None:
        profile = profile_from_tags(data.title, data.summary, ts, item.tags)
        keys = band_keys(profile)
    else:
        profile = Profile(
            words=frozenset(features.words), core=frozenset(features.core),
            counts=MappingProxyType({k: frozenset(v) for k, v in features.counts}),
            names=frozenset(features.names), places=frozenset(features.places),
            countries=frozenset(features.countries), generic=features.generic, ts=ts,
        )
        keys = features.band_keys
    if not TEXTS.has(data.title, data.summary):
        TEXTS.put(data.title, data.summary, (profile.words, profile.core, profile.counts, profile.generic))
    return profile, keys


@lru_cache(maxsize=256)
def _keys(words: frozenset[str], core: frozenset[str], names: frozenset[str], places: frozenset[str],
          generic: bool, countries: frozenset[str]) -> tuple[int, ...]:
    return story_keys(words, core, names, places, generic, countries)


def band_keys(profile: Profile) -> tuple[int, ...]:
    """A profile's story-index keys (`monitor.storykeys`: none when it has too few words to fold on); cached,
    as the search and the index both ask for a new item's."""
    return _keys(shingle_words(profile), profile.core, profile.names, profile.places, profile.generic,
                 profile.countries)
