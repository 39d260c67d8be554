"""Every whole-word occurrence of every key in folded text, in one pass over its words.

A whole-word hit starts and ends where no letter or digit touches it, so once a key's
leading and trailing punctuation is set aside ("u.s." is "u.s" then "."), what is left (its
core) starts at the start of a word of the text and ends at the end of one. That turns
matching into dictionary look-ups, one or two per word of the text: the core's first word,
then the core grown a word at a time while it is still the start of some longer core.

An Aho-Corasick automaton over the same keys reported five times as many hits (every key
inside a longer word) and had to walk a trie far too big for the CPU cache, character by
character; it is kept only for the odd key with no letter or digit at all (a user's "+++").
Hits come out in the automaton's order all the same: by end, the longest first.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from functools import partial
from itertools import accumulate
from typing import Any, NamedTuple

import ahocorasick

from monitor.tagging.folding import FoldedText
from monitor.tagging.gazetteer import Candidate, mode_allows

# A run of letters and digits (exactly the characters str.isalnum accepts), kept by split():
# [gap, word, gap, word, ..., gap].
_SPLIT_WORDS = re.compile(r"([^\W_]+)")


class Hit(NamedTuple):
    """A key found in the text: original offsets, the text as written, what it may mean.

    `reading` is what the matcher's `read` function made of the candidates written this way
    (the tagger's is `reading.read_hit`), worked out once per key and writing, not per item.
    A NamedTuple rather than a frozen dataclass: one is made for every hit of every item.
    """

    start: int
    end: int
    text: str
    candidates: tuple[Candidate, ...]
    reading: Any = None

    @property
    def length(self) -> int:
        return self.end - self.start


_make_hit = partial(tuple.__new__, Hit)  # Hit(*fields) without the Python-level __new__
_WRITINGS_KEPT = 16  # ways of writing one key whose reading is kept: "Quito", "QUITO"..., not endless "qUiTo"s


# What a core is looked up to: the index of the one key it is, bare (a single plain word, nothing longer
# starting with it: most keys), or else: the index of the key that is the core itself (or None), the keys
# with punctuation around the core (lead, trail, key index), and the words that may come next in a longer
# core that starts with it.
_Variant = tuple[str, str, int]
_CoreEntry = int | tuple[int | None, tuple[_Variant, ...], AbstractSet[str]]
_NOTHING_NEXT: frozenset[str] = frozenset()


def _split_key(key: str) -> tuple[str, str, str, list[str], list[int]] | None:
    """ "u.s." -> ("", "u.s", ".", ["u", "s"], [1, 3]): punctuation before and after the core, its words and their ends.

    None for a key with no letter or digit, which no word look-up can find.
    """
    words = key.split(" ")
    if all(map(str.isalnum, words)):  # most: words and single spaces ("santa elena"), read without a regex
        return "", key, "", words, [end + i for i, end in enumerate(accumulate(map(len, words)))]
    parts = _SPLIT_WORDS.split(key)  # [lead, word, gap, word, ..., word, trail]
    if len(parts) == 1:
        return None
    lead, trail = parts[0], parts[-1]
    core = key[len(lead) : len(key) - len(trail)]
    ends = list(accumulate(map(len, parts[1:-1])))[::2]  # the odd parts are the words
    return lead, core, trail, parts[1::2], ends


class KeyMatcher:
    """Folded keys and what they may mean; immutable once built, so shareable by threads."""

    def __init__(self, keys: Mapping[str, Sequence[Candidate]],
                 read: Callable[[tuple[Candidate, ...], str], Any] | None = None) -> None:
        self._candidates: list[Sequence[Candidate]] = list(keys.values())
        self._read = read
        # The same few names are written the same few ways item after item: what they mean is kept, by key
        # and then by writing (a dict per key, made on first sight; see `find`).
        self._by_key: list[dict[str, tuple[Any, ...]] | None] = [None] * len(self._candidates)
        variants: dict[str, list[_Variant]] = {}  # core -> the keys with it that are more than one bare word
        following: dict[str, set[str]] = {}  # a core's start, up to the end of a word -> the words that come next
        loose: list[tuple[str, int]] = []  # keys without a letter or digit
        # The cores that are one word, as a set: the words of a text are looked up there first, and most are
        # in none. A set answers that with fewer trips to memory than the dict (a lower fill, neighbouring
        # slots probed first).
        words: set[str] = set()
        bare_keys: dict[str, int] = {}  # the keys that are one word and nothing else: most
        for index, key in enumerate(keys):
            if key.isalnum():
                bare_keys[key] = index
                words.add(key)
                continue
            split = _split_key(key)
            if split is None:
                loose.append((key, index))
                continue
            lead, core, trail, core_words, word_ends = split
            variants.setdefault(core, []).append((lead, trail, index))
            words.add(core_words[0])
            for end, word in zip(word_ends, core_words[1:]):
                following.setdefault(core[:end], set()).add(word)
        self._cores: dict[str, _CoreEntry] = dict(bare_keys)
        for core, nexts in following.items():  # never changed after this: read-only, like the rest
            self._cores[core] = (bare_keys.get(core), (), nexts)
        for core, keyed in variants.items():
            entry = self._cores.get(core)
            bare: int | None
            if isinstance(entry, tuple):  # a prefix of longer cores, filed just above
                bare, _, nexts_after = entry
            else:
                bare, nexts_after = entry, _NOTHING_NEXT
            punctuated = []
            for lead, trail, index in keyed:
                if lead or trail:
                    punctuated.append((lead, trail, index))
                else:  # the key that is the core itself, of several words ("lt. col")
                    bare = index
            self._cores[core] = (bare, tuple(punctuated), nexts_after)
        self.words = frozenset(words)  # made from a set, a frozenset is sized for its contents: half the memory
        self.empty = not keys  # nothing to find
        self._loose: ahocorasick.Automaton | None = None
        self._loose_sizes: dict[int, int] = {}
        if loose:
            self._loose = ahocorasick.Automaton(ahocorasick.STORE_INTS)
            for key, index in loose:
                self._loose.add_word(key, index)
                self._loose_sizes[index] = len(key)
            self._loose.make_automaton()

    def find(self, text: FoldedText, among: Iterable[int] | None = None) -> list[Hit]:
        """Whole-word hits whose case fits at least one candidate ("US" yes, "us" no), by end, longest first.

        `among`, if given, are the word parts of `text` (by index, in order) that may start a key: at least
        those in `words` (see `FoldedText.parts_in`).
        """
        found = self._word_hits(text, among) if self._cores else []
        if self._loose is not None:
            found += self._loose_hits(text)
        if not found:
            return []
        found.sort()
        hits = []
        original = text.original
        by_key = self._by_key
        same_offsets = text.same_offsets
        for fend, negative_size, index in found:
            start, end = (fend + negative_size, fend) if same_offsets else text.span(fend + negative_size, fend)
            written = original[start:end]
            writings = by_key[index]
            if writings is None:
                writings = by_key[index] = {}
            rest = writings.get(written)
            if rest is None:
                rest = self._fit(index, written)
                if len(writings) < _WRITINGS_KEPT:
                    writings[written] = rest
            if rest:
                hits.append(_make_hit((start, end) + rest))
        return hits

    def _fit(self, index: int, written: str) -> tuple[str, tuple[Candidate, ...], Any] | tuple[()]:
        """The rest of a Hit of key `index` written as `written`: the candidates whose case allows it ("US"
        yes, "us" no) and what `read` makes of them; () if none does."""
        candidates = tuple(c for c in self._candidates[index] if mode_allows(c.mode, c.alias, written))
        if not candidates:
            return ()
        return written, candidates, (self._read(candidates, written) if self._read else None)

    def _word_hits(self, text: FoldedText, among: Iterable[int] | None) -> list[tuple[int, int, int]]:
        """(folded end, minus folded length, key index) of every whole-word occurrence of a key with a core."""
        folded = text.folded
        parts, before = text.word_parts()  # part k is a word or "", and starts at before[k] + k
        count = len(parts)
        cores = self._cores
        found: list[tuple[int, int, int]] = []
        for first in text.parts_in(self.words) if among is None else among:  # the words that may start a key
            word = parts[first]
            entry = cores.get(word)
            if entry is None:
                continue
            start = before[first] + first
            if entry.__class__ is int:  # a bare one-word key, and no more to read
                found.append((start + len(word), -len(word), entry))
                continue
            last = first
            while True:
                bare, punctuated, following = entry  # type: ignore[misc]
                end = before[last] + last + len(parts[last])
                if bare is not None:
                    found.append((end, start - end, bare))
                if punctuated:
                    self._add_punctuated(folded, start, end, punctuated, found)
                last += 1
                while last < count and not parts[last]:  # the gap before the next word
                    last += 1
                if last == count or parts[last] not in following:
                    break
                next_entry = cores.get(folded[start : before[last] + last + len(parts[last])])
                if next_entry is None:  # the right word, but not the right gap before it
                    break
                entry = next_entry
        return found

    @staticmethod
    def _add_punctuated(folded: str, start: int, end: int, variants: tuple[_Variant, ...],
                        found: list[tuple[int, int, int]]) -> None:
        """The keys around the core at folded [start, end) whose punctuation is there too, and no letter past it."""
        for lead, trail, index in variants:
            key_start, key_end = start, end
            if lead:
                key_start = start - len(lead)
                if key_start < 0 or not folded.startswith(lead, key_start) or (
                        key_start and folded[key_start - 1].isalnum()):
                    continue
            if trail:
                key_end = end + len(trail)
                if not folded.startswith(trail, end) or (key_end < len(folded) and folded[key_end].isalnum()):
                    continue
            found.append((key_end, key_start - key_end, index))

    def _loose_hits(self, text: FoldedText) -> list[tuple[int, int, int]]:
        """Keys with no letter or digit, found by the automaton and kept where they stand as whole words."""
        assert self._loose is not None
        found = []
        for last, index in self._loose.iter(text.folded):
            size = self._loose_sizes[index]
            if text.is_boundary(last + 1 - size, last + 1):
                found.append((last + 1, -size, index))
        return found
