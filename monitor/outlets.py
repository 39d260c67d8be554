"""News outlets and agencies: who told a story, never a fact of the event told.

An aggregator's teaser ends with its source ("... in the coastal provinces… Hemisphere Wire Service"), a wire's
dateline names it ("KYIV (Reuters) -"), a rewrite credits it ("Andes Daily reports 14 arrests"). Two reports of
different events from one source share that name, and story folding counted it as a name in common: the sample
feeds' state of emergency and the joint operation, both teasers crediting the wire, were folded into one story by
it. Folding leaves these names out (`monitor.stories.event_names`); the tagger still shows them.

Known outlets are listed by name; others are told by the shape of their names: a word only a newsroom puts in its
name ("Wire", "News", "Daily", "Gazette", ...). So are the observatories that measure a quake, a storm or a tsunami
wherever it happens ("U.S. Geological Survey", "National Tsunami Warning Center"): two quakes a day apart, off Haida
Gwaii and in the Aleutians, were one story by the warning centre both cited.
"""

from __future__ import annotations

import re
from functools import lru_cache

from monitor.textfold import fold

# Agencies and broadcasters whose names carry no newsroom word, as they are written.
_KNOWN_NAMES = (
    "Reuters", "Associated Press", "AP", "Agence France-Presse", "AFP", "EFE", "Agencia EFE", "Bloomberg", "Xinhua",
    "TASS", "Interfax", "RIA Novosti", "Anadolu", "Anadolu Agency", "Kyodo", "Yonhap", "ANSA", "dpa", "PTI",
    "Press Trust of India", "BBC", "CNN", "Al Jazeera", "NHK", "Sky News", "Deutsche Welle", "DW", "France 24",
    "Euronews", "NPR", "Reuters News", "The New York Times", "The Washington Post", "The Wall Street Journal",
    "The Guardian", "Le Monde", "El País", "Folha de S.Paulo", "O Globo", "Clarín", "Infobae", "Agencia Brasil",
    "Agência Brasil", "Prensa Latina", "IRNA", "WAFA", "Antara", "Bernama", "Kyiv Independent", "Ukrinform",
)
KNOWN = frozenset(map(fold, _KNOWN_NAMES))

# Words only a newsroom's name holds ("Hemisphere Wire Service", "Andes Daily", "Sky News", "The Jakarta Post").
NEWSROOM_WORDS = frozenset({
    "wire", "news", "newswire", "daily", "times", "tribune", "herald", "gazette", "journal", "chronicle",
    "telegraph", "post", "press", "radio", "television", "tv", "broadcasting", "newspaper", "diario",
    "noticias", "prensa", "notícias",
})


# ... and what only an observatory's name holds ("European-Mediterranean Seismological Centre", "Alaska Earthquake
# Center", "Japan Meteorological Agency"), as folded words in a row.
OBSERVATORY_WORDS = (
    ("seismological",), ("seismology",), ("geological", "survey"), ("tsunami", "warning"), ("earthquake", "center"),
    ("earthquake", "centre"), ("meteorological",), ("volcanological",), ("volcanology",), ("hurricane", "center"),
    ("weather", "service"), ("geosciences",),
)


_CAPITALISED = r"[A-Z\u00c0-\u00de][\w'\u2019&-]*"  # no period: "the Kyiv Post. Russian forces ..." stops at Post
_NEWSROOM = "|".join(sorted({w.capitalize() for w in NEWSROOM_WORDS} | {"TV"}, key=len, reverse=True))
_OBSERVATORY = "|".join(" ".join(w.capitalize() for w in phrase) for phrase in OBSERVATORY_WORDS)
_CREDIT = re.compile(
    r"\b(?:" + "|".join(re.escape(n) for n in sorted(_KNOWN_NAMES, key=len, reverse=True)) + r")\b"
    rf"|(?:\b(?:The|El|La|O)\s+)?(?:\b{_CAPITALISED}\s+){{0,2}}\b(?:{_NEWSROOM})\b(?:\s+{_CAPITALISED}){{0,2}}"
)
_OBSERVATORY_CREDIT = re.compile(
    rf"(?:\bU\.S\.\s+)?(?:\b{_CAPITALISED}\s+){{0,3}}\b(?:{_OBSERVATORY})\b(?:\s+{_CAPITALISED}){{0,2}}"
)
_OBSERVATORY_FIRST = tuple(sorted({phrase[0].capitalize()[:8] for phrase in OBSERVATORY_WORDS}))  # cheap test first


def without_outlets(text: str) -> str:
    """A report's text with the outlets it credits blanked ("… Hemisphere Wire Service", "Andes Daily reports",
    "told Al Jazeera"): what story folding reads (`monitor.storytext.read_story`). Only capitalised names count,
    and only in the text, whose title may be in title case ("Police Press Ahead With Probe")."""
    text = _CREDIT.sub(" ", text)
    if any(word in text for word in _OBSERVATORY_FIRST):
        text = _OBSERVATORY_CREDIT.sub(" ", text)
    return text


@lru_cache(maxsize=4096)
def is_outlet(name: str) -> bool:
    """Whether an organisation's name is a news outlet's or agency's, or an observatory's."""
    folded = fold(name)
    if folded in KNOWN:
        return True
    words = folded.replace("-", " ").split()
    if any(word in NEWSROOM_WORDS for word in words):
        return True
    return any(words[i:i + len(phrase)] == list(phrase) for phrase in OBSERVATORY_WORDS for i in range(len(words)))
