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

from monitor.textfold import FOLD_TABLE as _TABLE
from monitor.textfold import fold

_NON_ASCII = re.compile(r"[^\x00-\x7f]")


fast_fold = fold  # textfold.fold is itself a translate table now; kept as a name the tagger reads well


class FoldedText:
    """`folded[i]` came from `original[origin(i)]`; lengths match in all but rare texts."""

    __slots__ = ("original", "folded", "_origins")

    def __init__(self, original: str) -> None:
        self.original = original
        self._origins: list[int] | None = None
        if original.isascii():
            self.folded = original.lower()
            return
        if all(len(_TABLE[ord(m.group())]) == 1 for m in _NON_ASCII.finditer(original)):
            self.folded = original.translate(_TABLE)
            return
        parts: list[str] = []
        origins: list[int] = []
        for index, ch in enumerate(original):
            folded = _TABLE[ord(ch)]
            parts.append(folded)
            origins.extend([index] * len(folded))
        self.folded = "".join(parts)
        self._origins = origins

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original [start, end) that folded [start, end) came from."""
        if self._origins is None:
            return start, end
        return self._origins[start], self._origins[end - 1] + 1

    def is_boundary(self, start: int, end: int) -> bool:
        """True when folded [start, end) is a whole word: no letter or digit touches either side."""
        text = self.folded
        return (start == 0 or not text[start - 1].isalnum()) and (end >= len(text) or not text[end].isalnum())
