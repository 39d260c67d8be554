"""Countries and big cities named in non-Latin scripts: Cyrillic, Greek, Arabic, Hebrew, Chinese, Japanese, Korean,
the scripts of South Asia (Devanagari, Bengali, Gurmukhi, Gujarati, Tamil, Telugu, Kannada, Malayalam, Sinhala),
Thai, Lao, Myanmar, Khmer, Georgian, Armenian and Ethiopic.

A watch on Central America should see TASS's or Xinhua's report of a riot in
Honduras, and folding should see that it names the country of the English
reports. The word matcher (`monitor.tagging.matcher`) cannot: it looks up whole
words, and Chinese, Japanese and Thai write none apart, Russian declines a name
("в Эквадоре", "Таджикистана"), Hindi, Bengali, Georgian and Armenian add their
case endings to it ("भिवंडीत", "গাজীপুরের", "თბილისში", "Հայաստանի"), Arabic and
Hebrew join their prepositions and articles to it ("بالإكوادور", "בנפאל"). So these
names, from `data/script_names.json` (`tools/build_script_names.py`: CLDR country
names, GeoNames names of capitals, big cities and towns), are looked for in the raw text,
each kept only where its script lets a name stand:

- Han, kana, Hangul, Thai, Lao, Myanmar, Khmer and Ethiopic: anywhere, the longest
  name first (names of two Han characters or three letters at least: shorter ones
  are parts of other words; Ethiopic joins its prepositions to the name's syllables);
- Cyrillic and Greek: at the start of a word, capitalised, the word going on
  past the name's stem (its last vowel dropped) by a case ending at most;
- the scripts of South Asia, Georgian and Armenian, which have no capitals: at the
  start of a word, the word going on past the name's stem by a case ending at most;
- Arabic, Persian and Hebrew: at the end of a word, after nothing but the
  prepositions and conjunctions those scripts join to it.

Only the place is read: people and organisations in these scripts are not.
"""

from __future__ import annotations

import json
import re
import unicodedata
from array import array
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

# A letter of one of those scripts: most texts have none, and this search (~1 us) spares them the walk over every letter
# (~0.3 us a character) and `monitor.storytext.script_of`'s look at every letter.
NON_LATIN = re.compile(
    "[\u0370-\u03ff\u0400-\u058f\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\u0900-\u0dff"
    "\u0e00-\u0eff\u1000-\u109f\u10a0-\u10ff\u1100-\u11ff\u1200-\u139f\u1780-\u17ff\u1c90-\u1cbf"
    "\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\ufb1d-\ufdff\ufe70-\ufeff]"
)
_STEM_VOWELS = frozenset("аеёиоуыэюяйьіїєαεηιουωάέήίόύώςაეიოუ")  # dropped from a Cyrillic, Greek or Georgian name's end
_MIN_STEM = 4  # ... leaving at least this many letters
_CASE_ENDING = 3  # letters a declined name may run on past its stem ("Таджикистан|а", "Киргизи|ей")
# ... each a letter case endings, Bulgarian articles and Kazakh locatives are written with ("Москв|ой", "Софи|ята",
# "Алматы|да", "Αθήν|ας"): "Самолет" (aeroplane) is no declined Samoa ("Само|а"), nor "Πέμπτης" (Thursday) Pemba
_ENDING_LETTERS = frozenset("аеёиоуыэюяйьъмхвгдтіїєұүө" + "αεηιουωάέήίόύώςνσ")
_DEMONYM_ENDINGS = frozenset({"ян", "яни"})  # ... or a people's ("Росі|яни", Russians), never "Куб|ани" (the Kuban's)
# ... and in the scripts of South Asia, Georgian and Armenian, which write a vowel as a sign of its own and add their
# postpositions: "গাজীপুর|ের", "თბილის|ში", "இந்தியா|வில்"
_SUFFIX_ENDING = 5
_SUFFIXED_NAME = 5  # ... to a name of this many letters at least
_ARABIC_CLITICS = frozenset({"", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك", "لل", "ولل", "فلل"})
_HEBREW_CLITICS = frozenset("בהולמשכ")  # any run of these may come first: "ובנפאל", "מהודו"
_AFTER_LAM = frozenset({"ل", "ول", "فل"})  # "ل" + "الإكوادور" is written "للإكوادور": the name's alif drops


class ScriptPlace(NamedTuple):
    """A place found in the text: the gazetteer's name for it, its country, and how it was written."""

    start: int
    end: int
    text: str  # as written
    name: str
    country: str
    geonameid: int | None
    is_country: bool


# The scripts a letter's Unicode name starts with, and what `letter_script` calls them (kana and Han are one).
_SCRIPT_PREFIXES = (("CYRILLIC", "cyrillic"), ("GREEK", "greek"), ("ARABIC", "arabic"), ("HEBREW", "hebrew"),
                    ("CJK", "cjk"), ("HIRAGANA", "cjk"), ("KATAKANA", "cjk"), ("HANGUL", "hangul"),
                    ("DEVANAGARI", "devanagari"), ("BENGALI", "bengali"), ("GURMUKHI", "gurmukhi"),
                    ("GUJARATI", "gujarati"), ("TAMIL", "tamil"), ("TELUGU", "telugu"), ("KANNADA", "kannada"),
                    ("MALAYALAM", "malayalam"), ("SINHALA", "sinhala"), ("THAI", "thai"), ("LAO", "lao"),
                    ("MYANMAR", "myanmar"), ("KHMER", "khmer"), ("GEORGIAN", "georgian"), ("ARMENIAN", "armenian"),
                    ("ETHIOPIC", "ethiopic"))
SCRIPT_NAMES = tuple(dict.fromkeys(code for _, code in _SCRIPT_PREFIXES))
# The countries whose news is written in each (ISO 3166-1): a report in Korean that names no country is most
# likely Korea's own news, one in Bengali Bangladesh's or India's (`monitor.stories._across_scripts`).
_ARAB_STATES = ("AE", "BH", "DJ", "DZ", "EG", "IQ", "JO", "KM", "KW", "LB", "LY", "MA", "MR", "OM", "PS", "QA", "SA",
                "SD", "SO", "SY", "TN", "YE")
SCRIPT_HOMES: dict[str, tuple[str, ...]] = {
    "arabic": (*_ARAB_STATES, "IR", "AF", "PK"),
    "cyrillic": ("RU", "UA", "BY", "BG", "RS", "MK", "ME", "BA", "KZ", "KG", "TJ", "MN"),
    "cjk": ("CN", "TW", "HK", "MO", "SG", "JP"), "hangul": ("KR", "KP"), "greek": ("GR", "CY"), "hebrew": ("IL",),
    "devanagari": ("IN", "NP"), "bengali": ("BD", "IN"), "gurmukhi": ("IN", "PK"), "gujarati": ("IN",),
    "tamil": ("IN", "LK", "SG", "MY"), "telugu": ("IN",), "kannada": ("IN",), "malayalam": ("IN",),
    "sinhala": ("LK",), "thai": ("TH",), "lao": ("LA",), "myanmar": ("MM",), "khmer": ("KH",),
    "georgian": ("GE",), "armenian": ("AM",), "ethiopic": ("ET", "ER"),
}
# The Arabic script writes Arabic, Persian and Urdu, whose news is of other countries: a text's letters tell which
# (`arabic_tongue`), and its news is of that tongue's countries.
TONGUE_HOMES: dict[str, tuple[str, ...]] = {
    "ar": _ARAB_STATES, "fa": ("IR", "AF", "TJ"), "ur": ("PK", "IN"),
}
_URDU_LETTERS = frozenset("\u0679\u0688\u0691\u06ba\u06d2\u06be")  # ٹ ڈ ڑ ں ے ھ
_PERSIAN_LETTERS = frozenset("\u067e\u0686\u0698\u06af\u06cc\u06a9")  # پ چ ژ گ ی ک (Urdu writes them too)


def arabic_tongue(text: str) -> str:
    """Which tongue a text in the Arabic script is in, by the letters only Urdu, or Persian and Urdu, write."""
    letters = set(text)
    if letters & _URDU_LETTERS:
        return "ur"
    return "fa" if letters & _PERSIAN_LETTERS else "ar"


# Where a name in each may stand (see the module); Han, kana, Hangul, Thai, Lao, Myanmar, Khmer and Ethiopic anywhere.
_RULES = {"cyrillic": "cased", "greek": "cased", "arabic": "joined", "hebrew": "hebrew"} | dict.fromkeys(
    ("devanagari", "bengali", "gurmukhi", "gujarati", "tamil", "telugu", "kannada", "malayalam", "sinhala",
     "georgian", "armenian"), "suffixed")


def letter_script(ch: str) -> str | None:
    """The script of a letter, as `_SCRIPT_PREFIXES` names it ("cyrillic", "cjk", "devanagari" ...); None for
    Latin and any other."""
    name = unicodedata.name(ch, "")
    return next((code for prefix, code in _SCRIPT_PREFIXES if name.startswith(prefix)), None)


def _script(ch: str) -> str:
    return _RULES.get(letter_script(ch) or "", "anywhere")


class ScriptPlaces:
    """Every name, with where it may stand; immutable once built, so shared by threads."""

    def __init__(self, data: dict) -> None:  # type: ignore[type-arg]
        places: dict[tuple[str, str, int | None, bool], int] = {}  # (name, iso2, geonameid, is_country) -> index
        entries: dict[str, tuple[str, int]] = {}  # written (stemmed) -> (rule, place): the first one wins

        def add(written: str, place: tuple[str, str, int | None, bool]) -> None:
            script = _script(next(ch for ch in written if ch.isalpha()))
            index = places.setdefault(place, len(places))
            key = written
            if script in _STEMMED and len(written) - 1 >= _MIN_STEM and written[-1].lower() in _STEM_VOWELS:
                key = written[:-1]
            entries.setdefault(key, (script, index))  # the country first: the build keeps one
            if script == "joined" and written.startswith("ال"):
                entries.setdefault(written[1:], ("after-lam", index))

        for iso2, names in data["countries"].items():
            for written in names:
                add(written, (iso2, iso2, None, True))
        for geonameid, name, iso2, names in data["cities"]:
            for written in names:
                add(written, (name, iso2, geonameid, False))
        self._places = tuple(places)
        # Keyed by their first two letters (every name has two), the longest first: a text in these scripts is
        # short, and few of its letter pairs start a name. Each key's names, rules and places are kept side by side
        # (a tuple of strings, and the rule and place of each as one int) rather than as a tuple per name: the ~49k
        # names take 5.8 MB so (tracemalloc), a tuple each 7.7 MB; an Aho-Corasick automaton over 10k took 5.7 MB.
        grouped: dict[str, list[tuple[str, int]]] = {}
        for key, (script, index) in entries.items():
            grouped.setdefault(key[:2], []).append((key, index * len(_RULE_CODES) + _RULE_CODES.index(script)))
        by_first: dict[str, tuple[tuple[str, ...], array[int]]] = {}
        for first, keyed in grouped.items():
            keyed.sort(key=lambda entry: -len(entry[0]))
            by_first[first] = (tuple(key for key, _ in keyed), array("l", (code for _, code in keyed)))
        self._by_first = by_first

    def find(self, text: str) -> list[ScriptPlace]:
        """The places named in `text` (offsets into its NFC form), in order, none overlapping another (the
        longer wins)."""
        if text.isascii() or NON_LATIN.search(text) is None:
            return []
        text = unicodedata.normalize("NFC", text)  # as the names are kept
        hits = []
        by_first = self._by_first
        rules = len(_RULE_CODES)
        for start in range(len(text) - 1):
            keyed = by_first.get(text[start : start + 2])
            if keyed is None:
                continue
            keys, codes = keyed
            for key, code in zip(keys, codes):
                if not text.startswith(key, start):
                    continue
                index, rule = divmod(code, rules)
                if end := _stands(text, start, start + len(key), _RULE_CODES[rule]):
                    name, iso2, geonameid, is_country = self._places[index]
                    hits.append(ScriptPlace(start, end, text[start:end], name, iso2, geonameid, is_country))
                    break  # the longest name standing here
        hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
        kept: list[ScriptPlace] = []
        for hit in hits:
            if kept and hit.start < kept[-1].end:
                if hit.end - hit.start <= kept[-1].end - kept[-1].start:
                    continue
                kept.pop()
            kept.append(hit)
        return kept


_STEMMED = frozenset({"cased", "suffixed"})  # the rules of a name that starts its word and may be declined
_RULE_CODES = ("anywhere", "cased", "suffixed", "joined", "after-lam", "hebrew")


def _in_word(ch: str) -> bool:
    """Part of a word: a letter, or a vowel sign or other mark, which the scripts of South Asia write apart."""
    return ch.isalpha() or unicodedata.category(ch) in ("Mn", "Mc")


def _stands(text: str, start: int, end: int, script: str) -> int | None:
    """Where the name found at [start, end) ends as written (a declined name runs on to its word's end), or None
    where it does not stand as a name, by its script's rule (see the module)."""
    if script == "anywhere":
        return end
    word_start = start
    while word_start and _in_word(text[word_start - 1]):
        word_start -= 1
    word_end = end
    while word_end < len(text) and _in_word(text[word_end]):
        word_end += 1
    if script in _STEMMED:
        if script == "suffixed":  # a short name that runs on is as often another word: Gaza in "Ղազախի" (Qazax)
            ending = word_end - end
            stands = ending == 0 or (ending <= _SUFFIX_ENDING and end - start >= _SUFFIXED_NAME)
            return word_end if word_start == start and stands else None
        ending = text[end:word_end]
        declined = len(ending) <= _CASE_ENDING and (
            ending.lower() in _DEMONYM_ENDINGS or all(ch in _ENDING_LETTERS for ch in ending.lower()))
        return word_end if word_start == start and text[start].isupper() and declined else None
    if word_end != end:
        return None
    before = text[word_start:start]
    if script == "joined":
        stands = before in _ARABIC_CLITICS
    elif script == "after-lam":
        stands = before in _AFTER_LAM
    else:
        stands = len(before) <= 3 and all(ch in _HEBREW_CLITICS for ch in before)
    return end if stands else None


@lru_cache(maxsize=1)
def script_places() -> ScriptPlaces:
    """The bundled names, read once per process."""
    with resources.files("monitor.tagging").joinpath("data", "script_names.json").open("r", encoding="utf-8") as fh:
        return ScriptPlaces(json.load(fh))
