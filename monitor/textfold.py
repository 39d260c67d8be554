"""Folding text for matching: case- and accent-insensitive, display text untouched.

Every matcher (tagger, watches, dedup) folds the same way, so a term and the
text it is matched against can never disagree on what "the same" means.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

_EXTRA = str.maketrans({"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "đ": "d", "ł": "l", "’": "'", "‘": "'"})


def fold(text: str) -> str:
    """Lower-case, strip accents and map typographic quotes, keeping length-independent words.

    "Narcotráfico" -> "narcotrafico"; "Nariño" -> "narino"; "U.S.’s" -> "u.s.'s".
    Folding is per character (case folding and NFKD are; the marks NFKD might
    reorder are all dropped), so `str.translate` over a table filled on first
    sight does it at C speed: every item is folded several times on ingest.
    """
    return text.lower() if text.isascii() else text.translate(FOLD_TABLE)


def _fold_char(ch: str) -> str:
    decomposed = unicodedata.normalize("NFKD", ch.casefold().translate(_EXTRA))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class _FoldTable(dict[int, str]):
    """Code point -> folded text, computed on first sight."""

    def __missing__(self, code: int) -> str:
        folded = _fold_char(chr(code))
        if len(self) < 65536:
            self[code] = folded
        return folded


FOLD_TABLE = _FoldTable()


@lru_cache(maxsize=4096)
def fold_cached(text: str) -> str:
    """`fold` for short strings seen again and again (names, terms)."""
    return fold(text)
