"""Stepping word by word from a known position: the rules only ever look at a few neighbours.

Names are read outward from a hit ("President" -> the next capitalised words, "said" ->
the ones before), so there is no tokeniser over the whole item, only these small steps.
"""

from __future__ import annotations

import re
from functools import lru_cache

_SENTENCE_MARKS = ".!?:;\"“”|•*#>"
MAX_HEADLINE_WORDS = 25  # a longer line is a paragraph, however many names it holds

# A word character is a letter or digit (str.isalnum, which is exactly regex [^\W_]) or one of ' ’ . -
# The regexes below do in C what a character-by-character loop did: these steps run thousands of times an item.
_WORD_CHAR = r"(?:[^\W_]|['’.\-])"
# Spaces, or none when the next character is no word character (else `pos` is inside a word); then any
# opening quotes (" “ « ' ‘), then the word. Possessive and atomic parts never give back what they took.
_NEXT_WORD = re.compile(rf"(?>[ \t\u00a0]+|(?!{_WORD_CHAR}))[\"“«'‘]*+({_WORD_CHAR}++)")
# Asserts that `next_word` would find a word here, without reading it.
FOLLOWED_BY_WORD = rf"(?=(?>[ \t\u00a0]+|(?!{_WORD_CHAR}))[\"“«'‘]*+{_WORD_CHAR})"
# The same read backwards, over the reversed text: at least one space, then the word.
_PREV_WORD_REVERSED = re.compile(rf"[ \t\u00a0]++({_WORD_CHAR}++)")


# What may stand at `pos` for `next_word` to find a word: a space or an opening quote that is no word character.
_NEXT_WORD_OPENERS = frozenset({" ", "\t", "\u00a0", "\"", "“", "«", "‘"})


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch in "'’.-"


def next_word(text: str, pos: int) -> tuple[int, int] | None:
    """The word after `pos`, if only spaces (no line break) and an opening quote lie between."""
    ch = text[pos : pos + 1]
    if ch == " ":  # most often one space, then letters up to the next space: no regex needed
        end = text.find(" ", pos + 1)
        if end > pos + 1:
            word = text[pos + 1 : end]
            if word.isalnum():
                return pos + 1, end
            if word[:-1].isalnum() and not _is_word_char(word[-1]):  # "Quito," "Noboa)"
                return pos + 1, end - 1
    elif ch not in _NEXT_WORD_OPENERS:
        return None  # the end, or inside a word, or punctuation that no word can follow here
    match = _NEXT_WORD.match(text, pos)
    return match.span(1) if match else None


@lru_cache(maxsize=16)
def _reversed(text: str) -> str:
    """The item's text backwards, made once per item: regexes only scan forwards."""
    return text[::-1]


def prev_word(text: str, pos: int) -> tuple[int, int] | None:
    """The word before `pos`, if only spaces (no line break) lie between.

    With no space before `pos` there is no word: either `pos` is inside one or punctuation touches it.
    """
    if pos <= 0 or text[pos - 1] not in " \t\u00a0":
        return None  # the common case, decided without the reversed text
    if text[pos - 1] == " ":  # most often letters after a space, then one space: no regex needed
        start = text.rfind(" ", 0, pos - 1) + 1
        if start < pos - 1:
            word = text[start : pos - 1]
            last = word[-1]
            if word.isalnum() or (last == "." and word[:-1].isalnum()):  # "Noboa", "said."
                return start, pos - 1
            if not _is_word_char(last) and last not in "\t\u00a0":
                return None  # "Quito, said": punctuation, not a word, right before the space
    size = len(text)
    match = _PREV_WORD_REVERSED.match(_reversed(text), size - pos)
    if match is None:
        return None
    start, end = match.span(1)
    return size - end, size - start


def is_capitalised(word: str) -> bool:
    return bool(word) and word[0].isupper()


def strip_word(word: str) -> tuple[str, bool]:
    """The word without a possessive or a sentence-closing period, and whether a name must stop there.

    "Noboa's" -> ("Noboa", True); "Morris." -> ("Morris", True); "J." -> ("J.", False);
    "U.S." -> ("U.S.", False). Branches on the last character: most words end in none of these.
    """
    last = word[-1:]
    if last == "s":
        if len(word) > 2 and word[-2] in "'’":  # "'s", "’s"
            return word[:-2], True
    elif last == "'" or last == "’":
        if len(word) > 1:
            return word[:-1], True
    elif last == ".":
        if len(word) > 2 and word.count(".") == 1:
            return word[:-1], True
    elif last == "-":
        return word.rstrip("-"), False
    return word, False


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
    # Split once, and no further than needed to know the line is too long to be a headline: it may be a
    # whole paragraph. Up to MAX_HEADLINE_WORDS + 1 words this is exactly line.split().
    split = line.split(None, MAX_HEADLINE_WORDS + 1)
    size = len(split)
    if size > MAX_HEADLINE_WORDS or (size > 10 and line.rstrip().endswith(".")):
        return False  # a paragraph, or a sentence full of names
    words = [w for w in split if len(w) >= 4 and w[0].isalpha()]
    if len(words) < 3:
        return bool(words) and all(w[0].isupper() for w in words) and size <= 8
    return sum(w[0].isupper() for w in words) >= 0.7 * len(words)
