"""The token stream watch terms are matched against, and the way back from it to the text as written.

Terms and items must be normalised by the same code, or "Drug-Trafficking"
stops matching "drug trafficking"; keeping both directions here is what
guarantees that. The stream (" tok tok tok ") has a space at each end so a
pattern can demand whole words with its own leading and trailing spaces, which
keeps "ELN" out of "Kelner" without a regex per term.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import accumulate

from monitor.textfold import fold, fold_cached

TOKEN = re.compile(r"[^\W_]+")  # a run of letters/digits; everything else separates


# ASCII bytes with each one that is no letter or digit made a space (only ever applied to ASCII text).
_ASCII_GAPS = bytes(code if chr(code).isalnum() else ord(" ") for code in range(128)) + bytes(128)


def token_stream(folded: str) -> str:
    """Callers that also need the folded text fold once and pass it in, so items are not folded twice.

    On ASCII text (most folded news) the tokens are the runs of letters and digits, which is what
    `TOKEN` finds there, so blanking every other byte and splitting gives them 4x faster than the regex.
    """
    if folded.isascii():
        return " " + " ".join(folded.encode("ascii").translate(_ASCII_GAPS).decode("ascii").split()) + " "
    return " " + " ".join(TOKEN.findall(folded)) + " "


def normalise(text: str) -> str:
    """The token stream terms are matched against: " tok tok tok " (folded, single spaces)."""
    return token_stream(fold(text))


@dataclass(slots=True)
class Scan:
    """One scanned field: where each pattern first ended in the stream, and how to show it."""

    original: str
    folded: str
    stream: str
    first_end: dict[int, int]
    _tokens: tuple[list[tuple[int, int]], list[int]] | None = None

    def surface(self, end: int, length: int, prefix: bool) -> str:
        """The original text of a match, whole words (so "narco*" shows "narcotráfico")."""
        spans, starts = self._token_positions()
        first = bisect_left(starts, end - length + 2)
        last = bisect_right(starts, end if prefix else end - 1) - 1
        return original_slice(self.original, self.folded, spans[first][0], spans[last][1])

    def _token_positions(self) -> tuple[list[tuple[int, int]], list[int]]:
        """Each token's span in the folded text and its start in the stream; only computed for a hit."""
        if self._tokens is None:
            spans = [m.span() for m in TOKEN.finditer(self.folded)]
            starts, offset = [], 1
            for a, b in spans:
                starts.append(offset)
                offset += b - a + 1
            self._tokens = (spans, starts)
        return self._tokens


def original_slice(original: str, folded: str, start: int, end: int) -> str:
    """Map a span of fold(original) back to original, since folding can change lengths."""
    if original.isascii():
        return original[start:end]
    offsets = list(accumulate(map(len, map(fold_cached, original)), initial=0))
    total = offsets[-1]
    if total != len(folded):  # folding was not character by character: show the folded text
        return folded[start:end]
    lo = bisect_right(offsets, start) - 1
    hi = bisect_right(offsets, end) - 1
    if offsets[hi] < end:
        hi += 1
    return original[lo:hi].strip()
