"""MinHash signatures and LSH band keys: find texts that share words without comparing to every stored one.

Two texts whose shingle sets have Jaccard similarity J agree on any one MinHash
value with probability J. Grouping `rows` values into a band and keying an
index by the band makes two texts collide in a band with probability J**rows,
and in at least one of `bands` bands with probability 1 - (1 - J**rows)**bands:
an S-curve that finds rewrites (J around 0.2-0.4 on content words) with few
lookups and almost never returns unrelated items. The collisions are only
candidates; `monitor.stories` decides.

Everything here is deterministic across processes and Python versions (hashes
come from BLAKE2b, never from `hash()`), because band keys are stored and must
still match after a restart or an upgrade.

How it is computed (the values are exactly the formula's; only the arithmetic is arranged for speed):
every item needs 64 hash values per shingle and 64 minimums over its ~30 shingles, and Python pays
per object, not per bit. So a shingle's 64 values live side by side in one Python int, 64 bits per
value ("lanes"), and a few whole-int operations do the work of 64 separate ones: see `signature`
and `_LaneFormula`. This keeps ingest free of numpy and is 4-5x faster than one int per value.
"""

from __future__ import annotations

import hashlib
import random
import struct
from array import array
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import islice

_PRIME = (1 << 61) - 1  # a Mersenne prime larger than any base hash
_SEED = 20260302  # fixed: changing it invalidates every stored band key
WORD_CACHE = 8192  # shingles whose hash values are kept (one 64-lane int each: ~5 MB per process at most)
_LANE = 64  # bits per value in a packed column; values are < 2**61, so bits 61-63 of a lane are free
_WIDE = 128  # bits per lane while computing a*x + b (< 2**122) before it is reduced mod the prime


def _base_hash(shingle: str) -> int:
    """A stable 60-bit hash of one shingle."""
    return int.from_bytes(hashlib.blake2b(shingle.encode("utf-8"), digest_size=8).digest(), "little") >> 4


def _pack(values: Iterable[int], width: int) -> int:
    """One int holding the values in consecutive `width`-bit lanes, the first value lowest."""
    return sum(v << (width * i) for i, v in enumerate(values))


class _LaneFormula:
    """(a*x + b) mod p for many (a, b) at once, on ints that hold one value per lane.

    With every a and b below p = 2**61 - 1 and x below 2**60, a*x + b is below 2**122, so
    in 128-bit lanes one multiplication of the packed a's by x cannot carry into a neighbour
    lane. Reducing mod the Mersenne prime needs no division: 2**61 is 1 mod p, so
    v = hi * 2**61 + lo is congruent to hi + lo, which is done twice (masked so lanes stay
    apart) and then at most one p is subtracted. Even- and odd-numbered functions are
    computed apart, so that the odd results shifted up by 64 bits interleave with the even
    ones into exactly the 64-bit-lane column `MinHasher` keeps, with no conversion.
    """

    __slots__ = ("_even", "_low61", "_odd", "_ones")

    def __init__(self, coefficients: Sequence[tuple[int, int]]) -> None:
        even, odd = coefficients[0::2], coefficients[1::2]
        self._even = (_pack((a for a, _ in even), _WIDE), _pack((b for _, b in even), _WIDE))
        self._odd = (_pack((a for a, _ in odd), _WIDE), _pack((b for _, b in odd), _WIDE))
        lanes = len(even)  # at least as many as the odd ones
        self._low61 = _pack([_PRIME] * lanes, _WIDE)  # the low 61 bits of every lane
        self._ones = _pack([1] * lanes, _WIDE)  # bit 0 of every lane

    @staticmethod
    def applies_to(coefficients: Sequence[tuple[int, int]]) -> bool:
        """Whether the no-carry bound holds (always for `MinHasher.create`'s draws; x < 2**60 by `_base_hash`)."""
        return all(0 <= a < _PRIME and 0 <= b < _PRIME for a, b in coefficients)

    def _reduce(self, v: int) -> int:
        low61, ones = self._low61, self._ones
        s = (v & low61) + ((v >> 61) & low61)  # < 2**62 per lane
        s = (s & low61) + ((s >> 61) & ones)  # <= p + 1 per lane
        over = ((s + ones) >> 61) & ones  # 1 in the lanes holding p or p + 1
        return s - ((over << 61) - over)  # minus p there

    def column(self, x: int) -> int:
        """Every function's value at x, packed in 64-bit lanes in the coefficients' order."""
        (a_even, b_even), (a_odd, b_odd) = self._even, self._odd
        return self._reduce(a_even * x + b_even) | (self._reduce(a_odd * x + b_odd) << _LANE)


@dataclass(frozen=True, slots=True)
class MinHasher:
    """`bands` x `rows` universal hash functions h(x) = (a*x + b) mod p, drawn once from a fixed seed."""

    bands: int
    rows: int
    coefficients: tuple[tuple[int, int], ...]
    # shingle -> its values under every hash function, packed in one int (64-bit lanes). News repeats its
    # words, so most of a signature's arithmetic (a 10k-item ingest did 18 million values) is looked up.
    _values: dict[str, int] = field(default_factory=dict, init=False, repr=False, compare=False)
    # Derived from the fields above in __post_init__: the packed formula (None: coefficients it cannot
    # take, computed one by one instead), the lanes' guard bits, the signature unpacker, and what
    # `band_keys` reuses.
    _formula: _LaneFormula | None = field(init=False, repr=False, compare=False)
    _guards: int = field(init=False, repr=False, compare=False)
    _unpack: struct.Struct = field(init=False, repr=False, compare=False)
    _band_prefixes: tuple[hashlib.blake2b, ...] = field(init=False, repr=False, compare=False)
    _values_template: bytes = field(init=False, repr=False, compare=False)
    _read_keys: Callable[[bytes], tuple[int, ...]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        n = len(self.coefficients)
        formula = _LaneFormula(self.coefficients) if _LaneFormula.applies_to(self.coefficients) else None
        object.__setattr__(self, "_formula", formula)
        object.__setattr__(self, "_guards", _pack([1 << 61] * n, _LANE))
        object.__setattr__(self, "_unpack", struct.Struct(f"<{n}q"))
        # BLAKE2b of "band:values" is BLAKE2b's state after "band:", copied and fed the values.
        prefixes = tuple(hashlib.blake2b(f"{band}:".encode("ascii"), digest_size=8) for band in range(self.bands))
        object.__setattr__(self, "_band_prefixes", prefixes)
        object.__setattr__(self, "_values_template", b",".join([b"%d"] * self.rows))
        object.__setattr__(self, "_read_keys", struct.Struct(f"<{self.bands}q").unpack)

    def __reduce__(self) -> tuple[type[MinHasher], tuple[int, int, tuple[tuple[int, int], ...]]]:
        """Pickle as the three fields (hash objects do not pickle; the rest is rebuilt)."""
        return type(self), (self.bands, self.rows, self.coefficients)

    @classmethod
    def create(cls, bands: int, rows: int, seed: int = _SEED) -> MinHasher:
        rng = random.Random(seed)
        coeffs = tuple((rng.randrange(1, _PRIME), rng.randrange(0, _PRIME)) for _ in range(bands * rows))
        return cls(bands, rows, coeffs)

    def signature(self, shingles: Iterable[str]) -> list[int]:
        """The minimum of each hash function over the shingles; empty input gives an empty signature.

        A lane-wise minimum of packed columns, 64 comparisons in six int operations. The running
        minimum is kept with each lane's bit 61 (the guard) set, so in each lane d = guarded - col
        = 2**61 + min - col stays inside the lane (both are below 2**61), and its guard survives
        exactly where min >= col. That bit spread over the lane's 61 value bits masks d's low bits
        (min - col); subtracting them leaves 2**61 + col there and the old value elsewhere, guard
        included, never borrowing across lanes.
        """
        get, column, guards = self._values.get, self._column, self._guards
        # (a cached column of 0 would be recomputed, to the same 0: the `or` only skips a call)
        columns = [get(shingle) or column(shingle) for shingle in set(shingles)]
        if not columns:
            return []
        guarded = columns[0] | guards  # the minimum so far, with every lane's guard bit set
        for col in islice(columns, 1, None):
            d = guarded - col
            ge = d & guards
            guarded -= d & (ge - (ge >> 61))
        return list(self._unpack.unpack((guarded ^ guards).to_bytes(self._unpack.size, "little")))

    def _column(self, shingle: str) -> int:
        """The shingle's value under each hash function, packed in order (cached; the oldest entries go first)."""
        values = self._values.get(shingle)
        if values is None:
            x = _base_hash(shingle)
            if self._formula is not None:
                values = self._formula.column(x)
            else:
                values = int.from_bytes(array("q", [(a * x + b) % _PRIME for a, b in self.coefficients]).tobytes(),
                                        "little")
            if len(self._values) >= WORD_CACHE:
                self._evict_oldest()
            self._values[shingle] = values
        return values

    def _evict_oldest(self) -> None:
        """Drop the oldest quarter of the cache.

        One at a time, each eviction would scan from the front of the dict over the holes the
        previous ones left (CPython reclaims them only when it resizes): ~4 us per new word once
        the cache is full, about as much as computing the word's values.
        """
        try:
            for shingle in list(islice(self._values, max(1, WORD_CACHE // 4))):
                self._values.pop(shingle, None)
        except RuntimeError:  # another thread changed the cache meanwhile: it evicts next time
            pass

    def band_keys(self, signature: Sequence[int]) -> list[int]:
        """One signed 63-bit key per band (SQLite INTEGER), the band's number mixed in so bands never collide.

        The key is BLAKE2b-64 of "{band}:{v1},{v2},..." read as a little-endian signed int, shifted right
        once. For a signature of this hasher (ints, as `signature` gives) that is computed without
        building the strings: the hash state after "{band}:" is prepared once and copied, the values are
        formatted with bytes %d (the same digits as str()), and the digests are read in one unpack.
        """
        if not signature:
            return []
        if len(signature) != self.bands * self.rows:  # not one of ours: the definition, spelled out
            return [self._band_key(band, signature[band * self.rows : (band + 1) * self.rows])
                    for band in range(self.bands)]  # fmt: skip
        template = self._values_template
        digests = []
        for prefix, values in zip(self._band_prefixes, zip(*[iter(signature)] * self.rows)):
            h = prefix.copy()
            h.update(template % values)
            digests.append(h.digest())
        return [key >> 1 for key in self._read_keys(b"".join(digests))]

    @staticmethod
    def _band_key(band: int, values: Sequence[int]) -> int:
        data = f"{band}:{','.join(map(str, values))}".encode("ascii")
        return int.from_bytes(hashlib.blake2b(data, digest_size=8).digest(), "little", signed=True) >> 1

    def keys_for(self, shingles: Iterable[str]) -> list[int]:
        return self.band_keys(self.signature(shingles))


STORY_BANDS, STORY_ROWS = 32, 2  # story folding's LSH: P(candidate) 0.95 at Jaccard 0.3, 0.27 at 0.1
STORY_HASHER = MinHasher.create(STORY_BANDS, STORY_ROWS)  # here, not in the store: parse workers use it too


def estimated_jaccard(a: Sequence[int], b: Sequence[int]) -> float:
    """The share of agreeing signature positions: an unbiased estimate of the sets' Jaccard similarity."""
    if not a or not b or len(a) != len(b):
        return 0.0
    return sum(1 for x, y in zip(a, b) if x == y) / len(a)


def collision_probability(jaccard: float, bands: int, rows: int) -> float:
    """The chance two sets with this similarity share at least one band (for choosing bands and rows)."""
    return 1.0 - (1.0 - jaccard**rows) ** bands
