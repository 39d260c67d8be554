"""Bare names of national bodies ("la Policía Nacional", "the Interior Ministry", "Congress").

Every country has a National Police and an Interior Ministry, so these phrases name no
organisation on their own: a watch officer following the Ecuadorian National Police wants
"la Policía Nacional" from a Guayaquil story and not the one from Lima. Each phrase names a
kind of body; the country it belongs to comes from the words after it ("Policía Nacional de
Haití") or else from the country the story is mostly about.

A body's name in one country is the one organisations.json lists for it (a row with "body"
and "country"), or else made by one convention: forces take the demonym ("Haitian National
Police"), other bodies the country in brackets ("Ministry of Interior (France)").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from monitor.textfold import fold, fold_cached

if TYPE_CHECKING:
    from monitor.tagging.gazetteer import Gazetteer
    from monitor.tagging.places import PlaceResolver


@dataclass(frozen=True, slots=True)
class Body:
    english: str
    force: bool  # named with the demonym ("Colombian Navy") rather than "(Colombia)"
    phrases: tuple[str, ...]
    loose: tuple[str, ...] = ()  # single words that are also plain nouns: trusted only mid-sentence
    state: bool = False  # a force of each state or province ("Rio de Janeiro Military Police")


BODIES: dict[str, Body] = {
    "national police": Body("National Police", True, ("National Police", "Policía Nacional", "Polícia Nacional"),
                            ("Policía", "Polícia")),
    "federal police": Body("Federal Police", True, ("Federal Police", "Policía Federal", "Polícia Federal")),
    "army": Body("Army", True, ("Ejército Nacional",), ("Army", "Ejército", "Exército")),
    "navy": Body("Navy", True, ("Armada Nacional",), ("Navy", "Armada", "Marinha")),
    "air force": Body("Air Force", True, ("Air Force", "Fuerza Aérea", "Força Aérea")),
    "armed forces": Body("Armed Forces", True, ("Armed Forces", "Fuerzas Armadas", "Forças Armadas")),
    "coast guard": Body("Coast Guard", True, ("Coast Guard", "Guardia Costera", "Guarda Costeira")),
    "red cross": Body("Red Cross", True, ("Cruz Roja", "Cruz Vermelha")),
    "national guard": Body("National Guard", False, ("National Guard", "Guardia Nacional", "Guarda Nacional")),
    "interior ministry": Body("Ministry of Interior", False, (
        "Interior Ministry", "Ministry of Interior", "Ministry of the Interior", "Ministerio del Interior",
        "Ministerio de Interior", "Ministério do Interior")),
    "defense ministry": Body("Ministry of Defense", False, (
        "Defense Ministry", "Defence Ministry", "Ministry of Defense", "Ministerio de Defensa", "Ministério da Defesa")),
    "foreign ministry": Body("Ministry of Foreign Affairs", False, (
        "Foreign Ministry", "Ministry of Foreign Affairs", "Cancillería", "Ministerio de Relaciones Exteriores")),
    "justice ministry": Body("Ministry of Justice", False, (
        "Justice Ministry", "Ministry of Justice", "Ministerio de Justicia", "Ministério da Justiça")),
    "government ministry": Body("Ministry of Government", False, ("Ministerio de Gobierno",)),
    "attorney general": Body("Attorney General's Office", False, (
        "Fiscalía", "Fiscalía General", "Fiscalía General de la República", "Fiscalía General del Estado",
        "Attorney General's Office")),
    "constitutional court": Body("Constitutional Court", False, (
        "Constitutional Court", "Corte Constitucional", "Tribunal Constitucional")),
    "supreme court": Body("Supreme Court", False, ("Supreme Court", "Corte Suprema", "Tribunal Supremo")),
    "congress": Body("Congress", False, ("Congress", "Congreso", "Congresso", "Congreso Nacional")),
    "national assembly": Body("National Assembly", False, ("National Assembly", "Asamblea Nacional")),
    # ... Nigeria's, Libya's, Australia's, the Philippines' and Japan's lower houses as much as the U.S. one
    "house of representatives": Body("House of Representatives", False, (
        "House of Representatives", "Cámara de Representantes")),
    "judicial police": Body("Judicial Police", False, ("Judicial Police", "Polícia Judiciária", "Policía Judicial")),
    "federal criminal police": Body("Federal Criminal Police Office", False, ("Federal Criminal Police Office",)),
    "military police": Body("Military Police", True, ("Military Police", "Polícia Militar", "Policía Militar"),
                            state=True),
}

# Folded phrase -> body; the loose words among them.
PHRASES: dict[str, str] = {fold(p): key for key, body in BODIES.items() for p in body.phrases + body.loose}
LOOSE: frozenset[str] = frozenset(fold(p) for body in BODIES.values() for p in body.loose)

# How a force's name starts where the demonym is not what the country's own bodies use.
FORCE_PREFIX = {"US": "U.S."}


class BodyNamer:
    """Names bare bodies for one gazetteer: listed names first, then the convention."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gaz = gazetteer

    def name(self, key: str, iso2: str | None) -> str | None:
        """What body `key` is called in country `iso2`; None without a known country."""
        info = self.gaz.countries.get(iso2) if iso2 else None
        if info is None:
            return None
        named = self.gaz.body_names.get((key, info.iso2))
        if named:
            return named
        body = BODIES[key]
        prefix = FORCE_PREFIX.get(info.iso2, info.demonym)
        return f"{prefix} {body.english}" if body.force and prefix else f"{body.english} ({info.name})"

    def in_story(self, key: str, places: PlaceResolver) -> str | None:
        """A bare body of the story's country, or of its first-named state for state forces."""
        if not BODIES[key].state:
            return self.name(key, places.story)
        for item in places.chosen:
            if item.start in places.no_place:
                continue
            for cand in item.candidates:
                if cand.kind == "admin1" and cand.country == places.story:
                    return f"{cand.name} {BODIES[key].english}"
        return None

    def in_name(self, org_name: str, countries: list[str]) -> str | None:
        """ "Policía Nacional de Haití" -> "Haitian National Police": a bare body, then the country it is of."""
        split = split_body(fold_cached(org_name))
        if split is None or len(set(countries)) != 1:
            return None
        key, rest = split
        if not any(c.kind == "country" and c.country == countries[0] for c in self.gaz.keys.get(rest, ())):
            return None
        return self.name(key, countries[0])


_JOINING = ("de la ", "del ", "de ", "da ", "do ", "of the ", "of ")


@lru_cache(maxsize=4096)
def split_body(folded: str) -> tuple[str, str] | None:
    """ "policia nacional de haiti" -> ("national police", "haiti"): a body phrase, a particle, the rest.

    Asked of every rule-made organisation's name, and it tries every phrase: cached, as the same names recur.
    """
    for phrase, key in PHRASES.items():
        if folded.startswith(phrase + " "):
            rest = folded[len(phrase) + 1 :]
            for joining in _JOINING:
                if rest.startswith(joining):
                    return key, rest[len(joining) :]
    return None
