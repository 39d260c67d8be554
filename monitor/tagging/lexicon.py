"""The small closed word lists the tagger's rules read: titles, speech verbs, organisation heads.

They are code, not data files, because each list is part of a rule in `people.py` or
`orgs.py` and changes with it.
"""

from __future__ import annotations

# Titles and roles that introduce a person's name: "President Trump", "Lt. Col. Chad Morris".
PERSON_CUES: frozenset[str] = frozenset({
    "president", "vice president", "president-elect", "former president", "presidente", "presidenta",
    "prime minister", "minister", "ministro", "ministra", "defense minister", "defence minister",
    "foreign minister", "interior minister", "secretary", "secretary of state", "secretary of defense",
    "secretary of war", "defense secretary", "war secretary", "homeland security secretary",
    "attorney general", "senator", "sen.", "rep.", "representative", "congressman", "congresswoman",
    "governor", "gov.", "gobernador", "gobernadora", "mayor", "alcalde", "alcaldesa",
    "gen.", "general", "lt. gen.", "maj. gen.", "brig. gen.", "lieutenant general", "major general",
    "brigadier general", "col.", "colonel", "lt. col.", "lieutenant colonel", "coronel", "maj.", "major",
    "capt.", "captain", "capitán", "capitão", "lt.", "lieutenant", "teniente", "sgt.", "sergeant", "sargento",
    "adm.", "admiral", "vice adm.", "vice admiral", "rear adm.", "rear admiral", "almirante",
    "cmdr.", "cdr.", "commander", "comandante", "gen", "ambassador", "embajador", "embajadora", "envoy",
    "judge", "juez", "jueza", "prosecutor", "fiscal", "director", "directora", "spokesman", "spokeswoman",
    "spokesperson", "portavoz", "vocero", "vocera", "mr.", "mrs.", "ms.", "dr.", "king", "queen", "prince",
    "pope", "chancellor", "kingpin", "drug lord", "capo", "cabecilla", "alias", "leader", "líder",
    "chief", "sheriff", "detective", "officer", "agent", "analyst", "researcher", "professor", "journalist",
    "delegado", "delegada", "canciller", "chanceler", "commissioner", "comisionado", "det. insp.", "insp.",
    "father", "padre", "commodore", "secretario", "secretaria", "secretário", "investigador",
    "investigadora", "pesquisador", "pesquisadora", "antropólogo", "antropóloga", "porta-voz", "tenente-coronel",
})

# Verbs of speech that follow a full name: "Chad Morris said".
SPEECH_VERBS: frozenset[str] = frozenset({
    "said", "says", "told", "added", "stated", "warned", "wrote", "explained", "noted", "argued",
    "dijo", "afirmó", "señaló", "declaró", "indicó", "aseguró", "disse", "afirmou", "declarou",
    "explicó", "explicou", "añadió", "agregó", "acrescentou", "resumió",
})

# Verbs of speech that come before a full name: "said Rosa Mendoza, 52".
SPEECH_BEFORE: frozenset[str] = frozenset({
    "said", "says", "dijo", "disse", "afirmó", "afirmou", "declaró", "señaló", "aseguró", "explicó", "explicou",
    "añadió", "agregó", "acrescentou", "resumió",
})

# Capitalised words that end an organisation's name: "Ecuadorian National Police".
ORG_HEADS: frozenset[str] = frozenset({
    "command", "ministry", "police", "army", "navy", "air force", "armed forces", "cartel", "party", "front",
    "organization", "organisation", "guard", "corps", "agency", "department", "commission", "brigade",
    "battalion", "directorate", "coast guard", "gang", "militia", "movement", "authority", "council", "office",
    "institute", "university", "foundation", "association", "service", "bureau", "court", "forces", "force",
    "secretariat", "administration", "tribunal", "assembly", "division", "center", "centre", "fleet",
    "federation", "committee",
})

# Capitalised words that start one, Spanish and Portuguese style: "Ministerio de Defensa".
ORG_OPENERS: frozenset[str] = frozenset({
    "ministerio", "ministério", "policía", "polícia", "fuerzas armadas", "forças armadas", "ejército",
    "exército", "armada", "fuerza aérea", "força aérea", "partido", "frente", "cártel", "cartel",
    "comando", "secretaría", "fiscalía", "ministry", "department", "movimiento", "movimento", "office",
    "alliance", "council", "university", "institute", "bureau", "federation", "association", "universidad",
    "universidade", "instituto", "fundación", "fundação", "consejo", "conselho", "tribunal", "asociación",
    "associação", "cámara", "câmara", "ayuntamiento", "defensoría", "procuraduría", "superintendencia",
    "servicio", "serviço", "guardia", "agencia", "agência", "secretaria", "comisión", "comissão", "ong", "ngo",
    "colectivo", "coletivo",
})

# Openers that only introduce a name ("la ONG Redes da Maré", "el colectivo Buscadoras Zacatecas").
ORG_INTRODUCERS: frozenset[str] = frozenset({"ong", "ngo", "colectivo", "coletivo"})

# Words after a place that make it a physical feature ("Scarborough Shoal", "the San Miguel and Mataje
# rivers"): waters and landforms on their own are no country mention.
FEATURE_WORDS: frozenset[str] = frozenset({
    "sea", "shoal", "reef", "reefs", "strait", "straits", "gulf", "bay", "river", "rivers", "lake", "lakes",
    "passage", "channel", "desert", "mountains", "range", "peninsula", "basin", "valley", "ocean", "trench",
    "waters",
})

# Words after a name that make it a facility named for a person ("the Antonio Maceo power plant").
FACILITY_WORDS: frozenset[str] = frozenset({
    "plant", "power", "airport", "stadium", "hospital", "prison", "bridge", "street", "avenue", "highway", "dam",
    "refinery", "port", "base", "school", "university", "foundation", "institute", "park", "square", "station",
    "building", "market", "road", "boulevard", "canal", "river", "district", "county", "province", "state",
})

# Words that join the parts of a name: "Lula da Silva", "Ministry of Defense".
NAME_PARTICLES: frozenset[str] = frozenset({
    "de", "del", "da", "das", "do", "dos", "van", "von", "der", "la", "bin", "al", "y", "e",
})
ORG_PARTICLES: frozenset[str] = NAME_PARTICLES | {"of", "for", "and", "the", "los", "las"}

CALENDAR_WORDS: frozenset[str] = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
})

# Capitalised words that are never part of a name (sentence openers, headline verbs).
NOT_NAMES: frozenset[str] = frozenset({
    "the", "a", "an", "this", "that", "these", "those", "it", "he", "she", "they", "we", "i", "you", "his",
    "her", "their", "our", "its", "in", "on", "at", "for", "and", "but", "or", "as", "by", "with", "from",
    "to", "of", "after", "before", "when", "while", "if", "el", "la", "los", "las", "un", "una", "o", "os",
    "officials", "police", "authorities", "sources", "analysts", "experts", "witnesses", "residents",
    "says", "said", "visits", "meets", "warns", "calls", "orders", "signs", "vows", "urges", "announces",
    "backs", "seeks", "rejects", "defends", "slams", "plans", "wants", "will", "is", "are", "was",
    "has", "have", "had", "not", "no", "new", "more", "amid", "over", "under", "against", "about",
    "mr.", "mrs.", "ms.", "dr.",
}) | CALENDAR_WORDS

# Country names that are also first names: "Chad Morris" is a person, "Chad" alone a country.
FIRST_NAME_COUNTRIES: frozenset[str] = frozenset({"chad", "jordan", "georgia", "india", "israel", "kenya"})

# Spans that contain a place name but mean no place ("Pan-American" is not the U.S.).
IGNORED: frozenset[str] = frozenset({
    "pan-american", "pan american", "inter-american", "interamerican", "interamericano", "interamericana",
    "american express", "american airlines",
    "bank",  # "Bank of Korea", "World Bank": never the Indian village of Bānk (its name folds to the English word)
})

# Capitalised acronyms that are also English words, not trusted in an all-caps headline.
ACRONYM_WORDS: frozenset[str] = frozenset({"who", "it", "am", "is", "can"})
