"""Stepping word by word from a known position: the rules only ever look at a few neighbours.

Names are read outward from a hit ("President" -> the next capitalised words, "said" ->
the ones before), so there is no tokeniser over the whole item, only these small steps.
"""

from __future__ import annotations

_WORD_EXTRA = "'’.-"
_OPEN_QUOTES = "\"“«'‘"
_SENTENCE_MARKS = ".!?:;\"“”|•*#>"
MAX_HEADLINE_WORDS = 25  # a longer line is a paragraph, however many names it holds


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch in _WORD_EXTRA


def next_word(text: str, pos: int) -> tuple[int, int] | None:
    """The word after `pos`, if only spaces (no line break) and an opening quote lie between."""
    i = pos
    while i < len(text) and text[i] in " \t\u00a0":
        i += 1
    if i == pos and i < len(text) and _is_word_char(text[i]):
        return None  # not at a word boundary
    while i < len(text) and text[i] in _OPEN_QUOTES:
        i += 1
    start = i
    while i < len(text) and _is_word_char(text[i]):
        i += 1
    return (start, i) if i > start else None


def prev_word(text: str, pos: int) -> tuple[int, int] | None:
    """The word before `pos`, if only spaces (no line break) lie between."""
    i = pos
    while i > 0 and text[i - 1] in " \t\u00a0":
        i -= 1
    if i == pos and i > 0 and _is_word_char(text[i - 1]):
        return None
    end = i
    while i > 0 and _is_word_char(text[i - 1]):
        i -= 1
    return (i, end) if end > i else None


def is_capitalised(word: str) -> bool:
    return bool(word) and word[0].isupper()


def strip_word(word: str) -> tuple[str, bool]:
    """The word without a possessive or a sentence-closing period, and whether a name must stop there.

    "Noboa's" -> ("Noboa", True); "Morris." -> ("Morris", True); "J." -> ("J.", False);
    "U.S." -> ("U.S.", False).
    """
    for suffix in ("'s", "’s", "'", "’"):
        if word.endswith(suffix) and len(word) > len(suffix):
            return word[: -len(suffix)], True
    if word.endswith(".") and len(word) > 2 and word.count(".") == 1:
        return word[:-1], True
    return word.rstrip("-"), False


def is_sentence_start(text: str, pos: int) -> bool:
    """True when `pos` opens a sentence, a line or a list item, where any word is capitalised."""
    i = pos
    while i > 0 and text[i - 1] in " \t\u00a0":
        i -= 1
    if i == 0 or text[i - 1] == "\n":
        return True
    if text[i - 1] in _SENTENCE_MARKS:
        return True
    return text[i - 1] == "-" and (i < 2 or text[i - 2] in " \n")


def line_bounds(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, (len(text) if end < 0 else end)


def is_title_case(line: str) -> bool:
    """Headline style ("Air Force Deployment in Ecuador"): most longer words capitalised, and short."""
    size = len(line.split())
    if size > MAX_HEADLINE_WORDS or (size > 10 and line.rstrip().endswith(".")):
        return False  # a paragraph, or a sentence full of names
    words = [w for w in line.split() if len(w) >= 4 and w[0].isalpha()]
    if len(words) < 3:
        return bool(words) and all(w[0].isupper() for w in words) and len(line.split()) <= 8
    return sum(w[0].isupper() for w in words) >= 0.7 * len(words)
