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
    """
    lowered = text.casefold().translate(_EXTRA)
    decomposed = unicodedata.normalize("NFKD", lowered)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=4096)
def fold_cached(text: str) -> str:
    """`fold` for short strings seen again and again (names, terms)."""
    return fold(text)
