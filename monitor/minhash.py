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
"""

from __future__ import annotations

import hashlib
import random
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

_PRIME = (1 << 61) - 1  # a Mersenne prime larger than any base hash
_SEED = 20260302  # fixed: changing it invalidates every stored band key
WORD_CACHE = 8192  # shingles whose hash values are kept (64 int64 each: ~5 MB per process at most)


def _base_hash(shingle: str) -> int:
    """A stable 60-bit hash of one shingle."""
    return int.from_bytes(hashlib.blake2b(shingle.encode("utf-8"), digest_size=8).digest(), "little") >> 4


@dataclass(frozen=True, slots=True)
class MinHasher:
    """`bands` x `rows` universal hash functions h(x) = (a*x + b) mod p, drawn once from a fixed seed."""

    bands: int
    rows: int
    coefficients: tuple[tuple[int, int], ...]
    # shingle -> its value under every hash function. News repeats its words, so most of a signature's
    # bignum arithmetic (a 10k-item ingest did 18 million of these) is looked up instead of recomputed.
    _values: dict[str, array[int]] = field(default_factory=dict, init=False, repr=False, compare=False)

    @classmethod
    def create(cls, bands: int, rows: int, seed: int = _SEED) -> MinHasher:
        rng = random.Random(seed)
        coeffs = tuple((rng.randrange(1, _PRIME), rng.randrange(0, _PRIME)) for _ in range(bands * rows))
        return cls(bands, rows, coeffs)

    def signature(self, shingles: Iterable[str]) -> list[int]:
        """The minimum of each hash function over the shingles; empty input gives an empty signature."""
        columns = [self._column(s) for s in set(shingles)]
        if not columns:
            return []
        return list(map(min, zip(*columns)))

    def _column(self, shingle: str) -> array[int]:
        """The shingle's value under each hash function, in order (cached; the oldest entry goes first)."""
        values = self._values.get(shingle)
        if values is None:
            x = _base_hash(shingle)
            values = array("q", [(a * x + b) % _PRIME for a, b in self.coefficients])
            if len(self._values) >= WORD_CACHE:
                try:
                    del self._values[next(iter(self._values))]
                except (KeyError, StopIteration, RuntimeError):  # another thread evicted first
                    pass
            self._values[shingle] = values
        return values

    def band_keys(self, signature: Sequence[int]) -> list[int]:
        """One signed 63-bit key per band (SQLite INTEGER), the band's number mixed in so bands never collide."""
        if not signature:
            return []
        rows, blake2b, from_bytes = self.rows, hashlib.blake2b, int.from_bytes
        return [
            from_bytes(
                blake2b(f"{band}:{','.join(map(str, signature[band * rows : (band + 1) * rows]))}".encode("ascii"),
                        digest_size=8).digest(),
                "little", signed=True,
            ) >> 1
            for band in range(self.bands)
        ]  # fmt: skip

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
