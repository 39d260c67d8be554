"""A folded copy of a text that remembers where each folded character came from.

Matching runs on folded text (so "Nariño" meets "narino"), but a tag must report
the text as written. `fold()` can change lengths ("ß" -> "ss", a lone combining
accent -> nothing), so offsets are mapped character by character when that happens.

Folding one character at a time gives the same result as `monitor.textfold.fold` on
the whole string (case folding and NFKD decomposition are per character), which lets
`str.translate` with a self-filling table do the work at C speed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from itertools import accumulate, compress, count
from operator import add

from monitor.textfold import FOLD_TABLE as _TABLE
from monitor.textfold import fold

# [^\W_] is a letter or digit: exactly the characters str.isalnum accepts.
_NON_ASCII_LETTER_OR_DIGIT = re.compile(r"(?![\x00-\x7f])[^\W_]")
_GAP = re.compile(r"[\W_]")  # any other character
# ASCII bytes, each one that is no letter or digit made a space (bytes.translate runs ten times a regex).
_ASCII_GAPS = bytes(code if chr(code).isalnum() else ord(" ") for code in range(128)) + bytes(128)


fast_fold = fold  # textfold.fold is itself a translate table now; kept as a name the tagger reads well


class FoldedText:
    """`folded[i]` came from `original[origin(i)]`; lengths match in all but rare texts."""

    __slots__ = ("_ascii_words", "_origins", "_same_words", "_words", "folded", "original")

    def __init__(self, original: str) -> None:
        self.original = original
        self._origins: list[int] | None = None
        self._words: tuple[list[str], list[int]] | None = None
        self._ascii_words = True  # every letter and digit of `folded` is ASCII
        self._same_words = True  # each character folds to one, a letter or digit exactly when it was one
        if original.isascii():
            self.folded = original.lower()
            return
        # The ASCII text folds by lower(), the other characters through the table: a translate of the whole
        # text would look every character up in the table, ASCII included, from the first non-ASCII one on.
        # Encoding makes each non-ASCII character one "?", so splitting there finds them all in C; a "?" of
        # the text is split off too, and folds to itself through the table as by lower().
        ascii_runs = original.encode("ascii", "replace").split(b"?")
        marks = list(map(original.__getitem__, map(add, accumulate(map(len, ascii_runs[:-1])), count())))
        distinct = set(marks)
        if all(len(_TABLE[ord(ch)]) == 1 for ch in distinct):
            parts = [""] * (2 * len(ascii_runs) - 1)
            parts[0::2] = map(str.lower, map(bytes.decode, ascii_runs))
            parts[1::2] = folded_marks = list(map(_TABLE.__getitem__, map(ord, marks)))
            self.folded = "".join(parts)
            self._ascii_words = not _NON_ASCII_LETTER_OR_DIGIT.search("".join(folded_marks))
            self._same_words = all(_TABLE[ord(ch)].isalnum() == ch.isalnum() for ch in distinct)
            return
        self._ascii_words = self._same_words = False
        pieces: list[str] = []
        origins: list[int] = []
        for index, ch in enumerate(original):
            folded = _TABLE[ord(ch)]
            pieces.append(folded)
            origins.extend([index] * len(folded))
        self.folded = "".join(pieces)
        self._origins = origins

    def word_parts(self) -> tuple[list[str], list[int]]:
        """`folded` split at every character that is no letter or digit: its words, with "" between two such
        characters in a row; and for each part the length of the parts before it, so part k starts at that
        plus k. Made once per text, for every matcher."""
        if self._words is None:
            if self._ascii_words:  # a non-ASCII gap character is made "?" first, then a space like the rest
                masked = self.folded.encode("ascii", "replace").translate(_ASCII_GAPS).decode("ascii")
            else:  # rare: letters beyond ASCII (Greek, Cyrillic...) after folding
                masked = _GAP.sub(" ", self.folded)
            parts = masked.split(" ")
            self._words = parts, list(accumulate(map(len, parts), initial=0))
        return self._words

    def parts_in(self, words: AbstractSet[str], among: Iterable[int] | None = None) -> list[int]:
        """Which word parts (by index, in order) are one of `words`.

        Every part is looked up, in C (most words of a text are in none), unless `among` says which
        parts may be: the ones already found in a larger set, which is cheaper than a second pass.
        """
        parts = self.word_parts()[0]
        if among is None:
            return list(compress(range(len(parts)), map(words.__contains__, parts)))
        return [k for k in among if parts[k] in words]

    def starts_of(self, words: AbstractSet[str], among: Iterable[int] | None = None) -> list[int] | None:
        """Where each word of `folded` that is one of `words` starts (`among` as for `parts_in`), or None when
        the text's words are not simply its folded words (a character that folds to several, or to a letter
        from a symbol: "Ⓐ")."""
        if not self._same_words:
            return None
        before = self.word_parts()[1]
        return [before[k] + k for k in self.parts_in(words, among)]

    @property
    def same_offsets(self) -> bool:
        """True when folded and original offsets are the same (`span` is then the identity)."""
        return self._origins is None

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original [start, end) that folded [start, end) came from."""
        if self._origins is None:
            return start, end
        return self._origins[start], self._origins[end - 1] + 1

    def is_boundary(self, start: int, end: int) -> bool:
        """True when folded [start, end) is a whole word: no letter or digit touches either side."""
        text = self.folded
        return (start == 0 or not text[start - 1].isalnum()) and (end >= len(text) or not text[end].isalnum())
