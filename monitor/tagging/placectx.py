"""When a place name in the text means no place: a language, a physical feature, a club, a longer name.

"published in Spanish" names a language, "Scarborough Shoal" a reef, "Barcelona SC" a
football club and "Nova Holanda" a favela in Rio; none of them is a country the item speaks
of. Each check reads only the few words around the name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from monitor.tagging.lexicon import FEATURE_WORDS
from monitor.tagging.tokens import is_capitalised, next_word, prev_word
from monitor.textfold import fold_cached

# Demonyms that are also the names of languages (folded).
LANGUAGES = frozenset({
    "spanish", "english", "portuguese", "french", "german", "italian", "dutch", "russian", "chinese", "arabic",
    "japanese", "korean", "turkish", "greek", "hebrew", "persian", "polish", "ukrainian", "swedish", "danish",
    "norwegian", "finnish", "hungarian", "romanian", "czech", "thai", "vietnamese", "indonesian",
    "espanol", "ingles", "portugues", "frances", "aleman", "italiano", "ruso", "chino", "japones",
    "espanhol", "alemao", "russo", "chines", "holandes",
})
_BEFORE_LANGUAGE = frozenset({"in", "en", "em", "into", "from", "speak", "speaks", "spoke", "speaking", "habla",
                              "hablan", "fala", "falam", "idioma", "lingua", "lengua"})
_AFTER_LANGUAGE = frozenset({"language", "speaking", "speaker", "speakers", "translation", "version", "subtitles"})
# What may follow "in Spanish" when Spanish is the language ("in Spanish on Thursday", not "in Spanish ports").
_FREE_AFTER = frozenset({"on", "by", "at", "for", "to", "with", "in", "this", "last", "next", "and", "or",
                         "por", "para", "en", "em", "el", "la", "o", "a", "y", "e", "ou", "de", "from"})
_JOINS = frozenset({"and", "or", "y", "e", "o", "ou"})
_CLUB_AFTER = frozenset({"SC", "FC", "CF", "AC", "EC", "CD", "SD"})
_CLUB_BEFORE = frozenset({"atletico", "deportivo", "real", "sporting", "racing", "club"})
_TOWN_OPENERS = frozenset({"nova", "novo", "nueva", "nuevo"})
# Towns named for a storm (Hurricane, Utah): before a capitalised word the name is a storm's ("Hurricane Earl") or a
# forecaster's ("the National Hurricane Center"), never the town's.
_STORM_WORDS = frozenset({"hurricane", "typhoon", "cyclone"})
_HYPHEN_TAIL = re.compile(r"\w+")
# Iceland in German and the Nordic languages ("Vulkanausbruch auf Island"); after a capitalised word it ends an
# island's English name ("off Co To Island", "Phu Quoc Island"): heldout377's storm in Vietnam read as in Iceland.
_ISLAND = "island"


def _word(text: str, span: tuple[int, int] | None) -> str:
    return "" if span is None else fold_cached(text[span[0] : span[1]])


def _language_after(text: str, end: int) -> bool:
    if text.startswith("-", end):  # "Portuguese-language": the hyphen keeps both in one word
        tail = _HYPHEN_TAIL.match(text, end + 1)
        return tail is not None and fold_cached(tail.group()) in _AFTER_LANGUAGE
    return _word(text, next_word(text, end)) in _AFTER_LANGUAGE


def _free_after(text: str, end: int) -> bool:
    """Punctuation, the end, another language or a small word follows: "in Spanish and English on ..."."""
    pos = end
    while True:
        span = next_word(text, pos)
        if span is None:
            return True
        word = _word(text, span)
        if word in _JOINS:
            after = next_word(text, span[1])
            if _word(text, after) in LANGUAGES and after is not None:
                pos = after[1]
                continue
        return word in _FREE_AFTER


def is_language(text: str, start: int, end: int) -> bool:
    """True when the demonym at [start, end) names a language: "in Spanish", "Portuguese-language"."""
    if fold_cached(text[start:end]) not in LANGUAGES:
        return False
    if _language_after(text, end):
        return True
    pos = start
    while True:
        before = prev_word(text, pos)
        word = _word(text, before)
        if word in _BEFORE_LANGUAGE:
            return _free_after(text, end)
        if word in _JOINS and before is not None:
            earlier = prev_word(text, before[0])
            if earlier is not None and _word(text, earlier) in LANGUAGES:
                pos = earlier[0]
                continue
        return False


@lru_cache(maxsize=8192)
def _name_facts(written: str) -> tuple[bool, bool]:
    """Whether a place name as written is itself a feature's ("Red Sea", a state of Sudan too), and a language's."""
    name = fold_cached(written)
    return name.rsplit(" ", 1)[-1] in FEATURE_WORDS, name in LANGUAGES


_NOTHING, _NO_PLACE, _JOINED = 0, 1, 2


@lru_cache(maxsize=8192)
def _word_after(raw: str) -> int:
    """What the word right after a place name says of it: _NO_PLACE for a club's "SC" or a feature's "Shoal",
    _JOINED for "and" (a feature may come after the next name), else _NOTHING."""
    if raw in _CLUB_AFTER:
        return _NO_PLACE
    word = fold_cached(raw)
    if word in FEATURE_WORDS:
        return _NO_PLACE
    return _JOINED if word in _JOINS else _NOTHING


def _feature_after_join(text: str, joining: tuple[int, int]) -> bool:
    """ "the San Miguel and Mataje rivers": a capitalised name, then a feature, after the joining word."""
    other = next_word(text, joining[1])
    if other is not None and is_capitalised(text[other[0] : other[1]]):
        return _word(text, next_word(text, other[1])) in FEATURE_WORDS
    return False


@lru_cache(maxsize=8192)
def _word_before(raw: str) -> tuple[bool, bool]:
    """Whether the word right before a place name starts a club's name ("Atlético Madrid") or a town's
    ("Nova Holanda"): capitalised either way."""
    if not is_capitalised(raw):
        return False, False
    word = fold_cached(raw)
    return word in _CLUB_BEFORE, word in _TOWN_OPENERS


def means_no_place(text: str, start: int, end: int, country: bool) -> bool:
    """True when the place name at [start, end) means no place: a name that is itself a feature ("Red Sea"), a
    language ("in Spanish"), a feature after it ("Scarborough Shoal"), a storm ("Hurricane Earl"), a football club
    ("Barcelona SC", "Atlético Madrid") or, for a country, a town named after it ("Nova Holanda") or an island's
    name ending in English "Island", Iceland's name in German ("Phu Quoc Island").

    Asked of every place name in every item: what depends on one word alone is cached per word.
    """
    feature, language = _name_facts(text[start:end])
    if feature:
        return True
    if language and is_language(text, start, end):
        return True
    after = next_word(text, end)
    if after is not None:
        if fold_cached(text[start:end]) in _STORM_WORDS and is_capitalised(text[after[0] : after[1]]):
            return True
        said = _word_after(text[after[0] : after[1]])
        if said == _NO_PLACE or (said == _JOINED and _feature_after_join(text, after)):
            return True
    before = prev_word(text, start)
    if before is None:
        return False
    if country and fold_cached(text[start:end]) == _ISLAND and is_capitalised(text[before[0] : before[1]]):
        return True
    club, town = _word_before(text[before[0] : before[1]])
    return club or (country and town)
