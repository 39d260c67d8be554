"""What a news item says, reduced to what story folding compares: content words, counted things, names.

Rewrites of one event share its facts (who, where, how many) but not its
sentences, so the profile keeps folded, lightly stemmed content words and
drops the grammar. Numbers are kept with the words around them ("12 dead",
"4.2 tonnes"), because two look-alike events differ in exactly those. Titles
that recur for unrelated items ("Live updates", "Morning briefing") carry no
information about the event and are left out of the words.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from monitor.textfold import fold

STOPWORDS: frozenset[str] = frozenset(
    """a an the and or but if of in on at to for from by with without as into onto over under about after before
    during between among than then this that these those there here it its is are was were be been being has have
    had do does did will would can could may might must shall should not no nor so such very more most less least
    some any each other another all both only also just up down out off again further once he she they we you i his
    her their our your them him us me who whom which what when where why how said says say according told tell
    new news report reports reported amid while near since until per via
    al ante bajo con contra de del desde el en entre hacia hasta la las lo los para por segun sin sobre tras un una
    unos unas y o u e que se su sus es son fue fueron ha han este esta estos estas ese esa como mas pero ya le les
    dijo informo""".split()
)
# Words that mean the same count in different outlets' wording, so "12 killed" and "twelve dead" agree.
_SYNONYMS: dict[str, str] = {
    **dict.fromkeys(["killed", "kill", "kills", "killing", "dead", "died", "die", "dies", "death", "deaths",
                     "fatalities", "muertos", "muertes", "murieron", "fallecidos", "lives"], "dead"),
    **dict.fromkeys(["injured", "injuring", "injuries", "wounded", "wounding", "hurt", "heridos"], "injured"),
    **dict.fromkeys(["arrested", "arrest", "arrests", "detained", "detain", "detaining", "detenidos",
                     "capturados", "held"], "arrested"),
    **dict.fromkeys(["tons", "tonnes", "tonne", "ton", "toneladas", "tonelada"], "ton"),
    **dict.fromkeys(["kilograms", "kilogram", "kg", "kilos", "kilo", "kilogramos"], "kg"),
    **dict.fromkeys(["troops", "troop", "soldiers", "soldier", "soldados", "militares"], "soldier"),
    **dict.fromkeys(["officers", "officer", "policemen", "policeman", "policias", "agentes"], "officer"),
    **dict.fromkeys(["inmates", "inmate", "prisoners", "prisoner", "presos", "reos"], "inmate"),
}
_NUMBER_WORDS: dict[str, str] = {
    w: str(i)
    for i, group in enumerate(
        [("zero", "cero"), ("one", "uno", "una"), ("two", "dos"), ("three", "tres"), ("four", "cuatro"),
         ("five", "cinco"), ("six", "seis"), ("seven", "siete"), ("eight", "ocho"), ("nine", "nueve"),
         ("ten", "diez"), ("eleven", "once"), ("twelve", "doce"), ("thirteen", "trece"), ("fourteen", "catorce"),
         ("fifteen", "quince"), ("sixteen",), ("seventeen",), ("eighteen",), ("nineteen",), ("twenty", "veinte")]
    )
    for w in group
} | {"thirty": "30", "forty": "40", "fifty": "50", "hundred": "100", "dozen": "12"}
_NON_COUNT = frozenset({"one", "una", "uno", "once"})  # "one of the gangs", "una vez": rarely a count
# Words that may sit between a counted thing and its count ("killing at least 12") without breaking the link.
_QUANTIFIERS = frozenset(
    "at least about some nearly around almost approximately roughly more than over up to another al menos cerca de"
    " unos unas mas".split()
)

GENERIC_TITLE = re.compile(
    r"^(?:(?:live|latest|morning|evening|daily|weekly|weekend|midday|breaking|top|today s|the|news|world)\s+){0,3}"
    r"(?:updates?|briefing|brief|briefs|headlines|stories|news|digest|roundup|round up|latest|blog|"
    r"newsletter|what we know|in brief|live)$"
)
_BACKGROUND = frozenset({"after", "following", "tras", "despues"})  # what follows names an earlier event
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[a-z]+|[.,;:!?()\"]")
_BOUNDARY = frozenset('.,;:!?()"')
_YEAR = re.compile(r"^(?:19|20)\d\d$")
STEM_CHARS = 6
# Only the lead counts (title and first sentence or two): news puts the event's facts at the top, and what
# follows (background, analysis, quotes) differs by outlet and dilutes the overlap of two long tellings.
LEAD_WORDS = 30


def stem(word: str) -> str:
    """A crude, language-agnostic stem: suffixes trimmed, then the first `STEM_CHARS` letters.

    Truncation makes "terrorist"/"terrorism", "deploys"/"deployment" and
    "organization"/"organisation" meet without a per-language stemmer; the
    words it wrongly merges are rare in two items that already share a story's names.
    """
    if word in _SYNONYMS:
        return _SYNONYMS[word]
    if word.endswith("ies") and len(word) > 5:
        word = word[:-3] + "y"
    elif word.endswith("es") and word[-3] in "sxz" and len(word) > 5:
        word = word[:-2]
    elif word.endswith("s") and not word.endswith("ss") and len(word) > 4:
        word = word[:-1]
    for suffix in ("ing", "ed"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    return word[:STEM_CHARS]


def is_generic_title(title: str) -> bool:
    """A title that many unrelated items share ("Live updates", "Morning briefing", "News in brief")."""
    words = " ".join(re.findall(r"[a-z]+", fold(title)))
    return not words or bool(GENERIC_TITLE.match(words))


def _number(token: str) -> str | None:
    if token[0].isdigit():
        if _YEAR.match(token):
            return None
        value = token.replace(",", "") if re.fullmatch(r"\d{1,3}(?:,\d{3})+", token) else token.replace(",", ".")
        try:
            return f"{float(value):g}"
        except ValueError:
            return None
    return _NUMBER_WORDS.get(token) if token not in _NON_COUNT else None


@dataclass(frozen=True, slots=True)
class Reading:
    """`words`: content stems in order; `core`: those outside background clauses ("..., a day after a bomb
    killed five"), which name an earlier event rather than this one; `counts`: core counts by nearby word."""

    words: list[str]
    core: list[str]
    counts: dict[str, set[str]]


# What a token is to `read_text`, decided once per distinct token (news repeats its words; a 10k-item
# ingest classified ~1M tokens, most of them seen before): the kind, and the count or the stem it gives.
_WORD, _NUMBER, _STOP, _QUANTIFIER, _BOUNDARY_KIND, _BACKGROUND_KIND = range(6)
_TOKEN_CACHE = 32768
_kinds: dict[str, tuple[int, str | None]] = {}


def _classify(token: str) -> tuple[int, str | None]:
    kind = _kinds.get(token)
    if kind is not None:
        return kind
    if token in _BOUNDARY:
        kind = (_BOUNDARY_KIND, None)
    elif token in _BACKGROUND:
        kind = (_BACKGROUND_KIND, None)
    elif (value := _number(token)) is not None:
        kind = (_NUMBER, value)
    elif token in STOPWORDS or len(token) < 2:
        kind = (_QUANTIFIER if token in _QUANTIFIERS else _STOP, None)
    else:
        kind = (_WORD, stem(token))
    if len(_kinds) >= _TOKEN_CACHE:
        _kinds.clear()  # rare, and cheap to refill
    _kinds[token] = kind
    return kind


def read_text(text: str) -> Reading:
    """Content stems, the core ones, and the counts in the core keyed by the content words next to them."""
    tokens = _TOKEN.findall(fold(text).replace("'", " ").replace("-", " "))[: LEAD_WORDS * 4]
    words: list[str] = []
    core: list[str] = []
    numbers: dict[str, set[str]] = defaultdict(set)
    pending: list[str] = []  # counts waiting for the next content word in the same clause
    last_word: str | None = None
    background = False  # inside "after ..." up to the end of the clause
    for token in tokens:
        kind, value = _classify(token)
        if kind == _WORD:
            word: str = value  # type: ignore[assignment]
            words.append(word)
            if background:
                continue
            core.append(word)
            for v in pending:
                numbers[word].add(v)
            pending, last_word = [], word
        elif kind == _NUMBER:
            if not background:
                pending.append(value)  # type: ignore[arg-type]
                if last_word is not None:
                    numbers[last_word].add(value)  # type: ignore[arg-type]
        elif kind == _STOP:
            last_word = None  # "died and seven wounded": seven does not count the dead
        elif kind == _BOUNDARY_KIND:
            pending, last_word, background = [], None, False
        elif kind == _BACKGROUND_KIND:
            pending, last_word, background = [], None, True
    return Reading(words[:LEAD_WORDS], core[:LEAD_WORDS], dict(numbers))


def counts_disagree(a: dict[str, set[str]], b: dict[str, set[str]]) -> str | None:
    """The first word both texts count with no count in common ("dead": {12} vs {3}), or None."""
    for word in a.keys() & b.keys():
        if not (a[word] & b[word]):
            return word
    return None


def shingles(words: Iterable[str]) -> set[str]:
    """What MinHash sees: the content stems themselves (rewrites share words, rarely phrases)."""
    return set(words)
