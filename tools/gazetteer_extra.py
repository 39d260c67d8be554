"""Hand-kept additions to the generated gazetteer: what no package gets right for news text.

`build_gazetteer.py` merges these over the package data. They live apart so that a
reviewer can read every judgement call (which alias, which everyday region) in one place.
"""

from __future__ import annotations

# Names a country goes by in English news, beyond the formal ones the packages carry.
# Acronyms of four letters or fewer are matched case-sensitively ("US" is not "us").
COUNTRY_ALIASES: dict[str, list[str]] = {
    "US": ["United States", "United States of America", "U.S.", "U.S.A.", "US", "USA", "America",
           "Estados Unidos", "EE.UU.", "EE. UU.", "EEUU", "EUA", "E.U.A."],
    "GB": ["United Kingdom", "UK", "U.K.", "Britain", "Great Britain", "Reino Unido"],
    "CI": ["Ivory Coast", "Côte d'Ivoire", "Cote d'Ivoire", "Costa do Marfim", "Costa de Marfil"],
    "CD": ["DR Congo", "DRC", "Democratic Republic of Congo", "Democratic Republic of the Congo", "Congo-Kinshasa"],
    "CG": ["Republic of the Congo", "Congo-Brazzaville", "Congo"],
    "KP": ["North Korea", "DPRK"],
    "KR": ["South Korea"],
    "RU": ["Russia", "Russian Federation", "Rusia", "Rússia"],
    "CN": ["China", "PRC", "People's Republic of China", "mainland China"],
    "TW": ["Taiwan"],
    "IR": ["Iran", "Irán", "Irã"],
    "SY": ["Syria", "Siria", "Síria"],
    "VE": ["Venezuela"],
    "BO": ["Bolivia", "Bolívia"],
    "MM": ["Myanmar", "Burma"],
    "CZ": ["Czech Republic", "Czechia"],
    "MK": ["North Macedonia", "Macedonia"],
    "TL": ["East Timor", "Timor-Leste"],
    "VA": ["Vatican", "Holy See", "Vatican City"],
    "PS": ["Palestine", "Palestinian territories", "West Bank", "Gaza", "Gaza Strip"],
    "AE": ["United Arab Emirates", "UAE", "U.A.E.", "Emirates"],
    "SZ": ["Eswatini", "Swaziland"],
    "CV": ["Cape Verde", "Cabo Verde"],
    "NL": ["Netherlands", "Holland", "the Netherlands", "Países Bajos", "Holanda"],
    "TR": ["Turkey", "Türkiye", "Turkiye", "Turquía"],
    "LA": ["Laos"],
    "FM": ["Micronesia"],
    "BS": ["Bahamas", "the Bahamas"],
    "GM": ["Gambia", "The Gambia"],
    "XK": ["Kosovo"],
    "MX": ["Mexico", "México"],
    "PE": ["Peru", "Perú"],
    "PA": ["Panama", "Panamá"],
    "HT": ["Haiti", "Haití"],
    "DO": ["Dominican Republic", "República Dominicana"],
    "BR": ["Brazil", "Brasil"],
    "BA": ["Bosnia and Herzegovina", "Bosnia-Herzegovina", "Bosnia", "BiH"],
    "AG": ["Antigua and Barbuda", "Antigua"],
    "PG": ["Papua New Guinea", "PNG"],
}

# English demonyms the packages lack or spell oddly; plurals are made by the builder.
COUNTRY_DEMONYMS: dict[str, list[str]] = {
    "US": ["American", "U.S.-based"],
    "EC": ["Ecuadorian", "Ecuadorean"],
    "GB": ["British", "Briton"],
    "CO": ["Colombian"],
    "VE": ["Venezuelan"],
    "MX": ["Mexican"],
    "PE": ["Peruvian"],
    "BO": ["Bolivian"],
    "CL": ["Chilean"],
    "AR": ["Argentine", "Argentinian"],
    "BR": ["Brazilian"],
    "PY": ["Paraguayan"],
    "UY": ["Uruguayan"],
    "PA": ["Panamanian"],
    "CR": ["Costa Rican"],
    "NI": ["Nicaraguan"],
    "HN": ["Honduran"],
    "SV": ["Salvadoran", "Salvadorean"],
    "GT": ["Guatemalan"],
    "CU": ["Cuban"],
    "DO": ["Dominican"],
    "HT": ["Haitian"],
    "PR": ["Puerto Rican"],
    "CN": ["Chinese"],
    "RU": ["Russian"],
    "UA": ["Ukrainian"],
    "IL": ["Israeli"],
    "PS": ["Palestinian"],
    "IR": ["Iranian"],
    "KP": ["North Korean"],
    "KR": ["South Korean"],
    "NL": ["Dutch"],
    "CD": ["Congolese"],
    "MM": ["Burmese", "Myanmar"],
    "AE": ["Emirati"],
    "PH": ["Filipino", "Philippine"],
    "SA": ["Saudi", "Saudi Arabian"],
    "BA": ["Bosnian"],
    "XK": ["Kosovar", "Kosovan"],
    "AG": ["Antiguan"],
    "HK": ["Hongkonger"],
}

# Spanish and Portuguese demonyms (masculine singular; the builder inflects them).
# Left out on purpose: "americano" (coffee, and "of the Americas"), "chino" (trousers).
ROMANCE_DEMONYMS: dict[str, list[str]] = {
    "US": ["estadounidense", "estadunidense", "norteamericano", "norte-americano"],
    "EC": ["ecuatoriano", "equatoriano"],
    "CO": ["colombiano"],
    "VE": ["venezolano", "venezuelano"],
    "MX": ["mexicano"],
    "PE": ["peruano"],
    "BO": ["boliviano"],
    "CL": ["chileno"],
    "AR": ["argentino"],
    "BR": ["brasileño", "brasileiro"],
    "PY": ["paraguayo", "paraguaio"],
    "UY": ["uruguayo", "uruguaio"],
    "PA": ["panameño", "panamenho"],
    "CR": ["costarricense"],
    "NI": ["nicaragüense"],
    "HN": ["hondureño", "hondurenho"],
    "SV": ["salvadoreño", "salvadorenho"],
    "GT": ["guatemalteco"],
    "CU": ["cubano"],
    "DO": ["dominicano"],
    "HT": ["haitiano"],
    "PR": ["puertorriqueño", "porto-riquenho"],
    "ES": ["español", "espanhol"],
    "PT": ["portugués", "português"],
    "RU": ["ruso", "russo"],
    "IL": ["israelí", "israelense"],
    "IR": ["iraní", "iraniano"],
    "GB": ["británico", "britânico"],
    "FR": ["francés", "francês"],
    "DE": ["alemán", "alemão"],
    "IT": ["italiano"],
    "CA": ["canadiense", "canadense"],
    "CN": ["chinês"],
    "UA": ["ucraniano"],
    "AL": ["albanés", "albanês"],
    "NL": ["neerlandés", "holandés", "neerlandês", "holandês"],
    "BE": ["belga"],
    "CH": ["suizo", "suíço"],
    "AT": ["austriaco", "austríaco"],
    "GR": ["griego", "grego"],
    "TR": ["turco"],
    "PL": ["polaco", "polonês"],
    "SE": ["sueco"],
    "NO": ["noruego", "norueguês"],
    "DK": ["danés", "dinamarquês"],
    "IE": ["irlandés", "irlandês"],
    "RO": ["rumano", "romeno"],
    "RS": ["serbio", "sérvio"],
    "HR": ["croata"],
    "JP": ["japonés", "japonês"],
    "KR": ["surcoreano", "sul-coreano"],
    "KP": ["norcoreano", "norte-coreano"],
    "PK": ["paquistaní", "paquistanês"],
    "AF": ["afgano", "afegão"],
    "IQ": ["iraquí", "iraquiano"],
    "SY": ["sirio", "sírio"],
    "LB": ["libanés", "libanês"],
    "JO": ["jordano"],
    "SA": ["saudí", "saudita"],
    "YE": ["yemení", "iemenita"],
    "EG": ["egipcio", "egípcio"],
    "MA": ["marroquí", "marroquino"],
    "DZ": ["argelino"],
    "NG": ["nigeriano"],
    "SN": ["senegalés", "senegalês"],
    "ML": ["maliense"],
    "MR": ["mauritano"],
    "AO": ["angoleño", "angolano"],
    "MZ": ["mozambiqueño", "moçambicano"],
    "ZA": ["sudafricano", "sul-africano"],
    "KE": ["keniano", "queniano"],
    "RW": ["ruandés", "ruandês"],
    "ET": ["etíope"],
    "VN": ["vietnamita"],
    "PH": ["filipino"],
    "ID": ["indonesio", "indonésio"],
    "AU": ["australiano"],
    "GY": ["guyanés", "guianense"],
    "JM": ["jamaiquino", "jamaicano"],
    "TT": ["trinitense"],
    "BZ": ["beliceño"],
    "PS": ["palestino"],
    "GE": ["georgiano"],
    "AM": ["armenio", "armênio"],
}

# Place names whose word frequency says "common word" but which in news nearly always mean the place,
# and the reverse: names too rare for the frequency list to flag that still need a country nearby.
FORCE_PLAIN = {"Washington", "Santiago", "Lima", "Bogota", "Caracas", "Havana", "Kingston"}
FORCE_COMMON = {"Male", "Police", "Bar", "Split", "Mobile", "Reading", "Nice", "March", "Of", "Bath", "Sale", "Alliance",
                "Brent", "Shin’ichi",  # a town in Japan and a given name ("Shin'ichi Tanaka")
                "Hope", "Orange", "Victoria", "Florence", "Mercedes", "Lincoln", "Jackson", "Union", "Independence",
                "Progreso", "Libertad", "Esperanza", "Concordia", "Trinidad", "Paz", "Colon", "Colón",
                # French words for the compass and the coast that name provinces of Haiti, Burkina Faso, Benin,
                # Togo and Côte d'Ivoire: a French text's "l'axe Sud-Est" or "SUD-Rail" is no Haitian department
                "Nord", "Sud", "Est", "Ouest", "Nord-Est", "Nord-Ouest", "Sud-Est", "Sud-Ouest", "Centre",
                "Atlantique", "Littoral", "Savanes", "Plateaux"}

# Spanish and Portuguese words that head a sentence or a name as often as they name a town
# ("Isla Trinitaria", "Independiente del Valle", "el Pacífico", "la frontera Norte"). Picked by
# hand from the towns whose names are among the most frequent Spanish and Portuguese words;
# surnames and saints' names were left out. Famous cities ("Salvador") keep their plain reading.
ROMANCE_WORDS = {
    "Alegre", "Aliança", "Alma", "Alta", "Altos", "Ama", "Americana", "Amparo", "Anda", "Areia", "Atlántico",
    "Atua", "Aventura", "Azul", "Baja", "Banda", "Barra", "Barras", "Barreira", "Barreiras", "Barro", "Batalha",
    "Bela", "Belas", "Bello", "Bonito", "Bono", "Burla", "Cabildo", "Caen", "Cala", "Campamento", "Campana",
    "Campanha", "Capas", "Capela", "Caridade", "Castelo", "Cela", "Centenario", "Cento", "Centro", "Cerro",
    "Chato", "Chico", "Colina", "Colonia", "Como", "Condado", "Conde", "Constitución", "Corrente", "Correntes",
    "Coronel", "Crema", "Cruzeiro", "Dano", "Dar", "Diamante", "Divino", "Encantado", "Encanto", "Encontrados",
    "Escada", "Escondido", "Esperança", "Esquina", "Estancia", "Este", "Estrela", "Estrella", "Extrema", "Feira",
    "Flores", "Floresta", "Fomento", "Fortuna", "Fria", "Frontera", "Fundación", "Gigante", "Granja", "Greve",
    "Guarda", "Hermosa", "Hilo", "Hola", "Horizonte", "Horta", "Independência", "Indio", "Isla", "Jardim",
    "Justicia", "Laguna", "Lar", "Largo", "Latina", "Leer", "Leste", "Liberdade", "Libres", "Lida", "Lido",
    "Limpio", "Limão", "Limón", "Linda", "Lista", "Lobos", "Luz", "Madera", "Mala", "Maravilha", "Marte",
    "Massa", "Mestre", "Milagres", "Milagro", "Montanha", "Morena", "Nacimiento", "Nada", "Norte", "Obispos",
    "Obra", "Onda", "Pacífico", "Palacio", "Palma", "Palmas", "Palo", "Para", "Paraíso", "Pare", "Parede",
    "Paredes", "Paro", "Pasaje", "Pasan", "Passos", "Patrocínio", "Pau", "Pedra", "Piedade", "Pila", "Placas",
    "Planalto", "Plano", "Playas", "Porta", "Portuguesa", "Portão", "Prado", "Praia", "Prata", "Príncipe",
    "Quarto", "Rama", "Reforma", "Registro", "Regla", "Reserva", "Resistencia", "Retiro", "Rodas", "Ron",
    "Ronda", "Rosas", "Rota", "Saco", "Salto", "Santuario", "Senta", "Seria", "Serra", "Silla", "Socorro",
    "Sola", "Soma", "Sorriso", "Sul", "Sur", "Tabaco", "Tapa", "Tarifa", "Tema", "Tienen", "Tigre", "Toma",
    "Tomar", "Triunfo", "Tumba", "Una", "Universidad", "União", "Urbana", "Valente", "Valle", "Vas", "Vaso",
    "Vence", "Ventanas", "Ventas", "Victorias", "Vitória", "Volta",
}

# AP-style state abbreviations that follow a U.S. dateline or town ("SAVANNAH, Ga."), keyed by
# (subdivision name, ISO2). Those that are also words or articles ("La.", "Miss.", "Ind.") are left out.
# China's autonomous regions whose English name is not the first word of ISO's (`build_gazetteer.bare_province`)
CHINA_REGION_NAMES = {"Nei Mongol Zizhiqu": "Inner Mongolia", "Xizang Zizhiqu": "Tibet"}
ADMIN1_ALIASES: dict[tuple[str, str], list[str]] = {
    (name, "US"): [abbr] for name, abbr in (
        ("Alabama", "Ala."), ("Arizona", "Ariz."), ("Arkansas", "Ark."), ("California", "Calif."),
        ("Colorado", "Colo."), ("Connecticut", "Conn."), ("Florida", "Fla."), ("Georgia", "Ga."),
        ("Illinois", "Ill."), ("Kansas", "Kan."), ("Kentucky", "Ky."), ("Maryland", "Md."),
        ("Massachusetts", "Mass."), ("Michigan", "Mich."), ("Minnesota", "Minn."), ("Montana", "Mont."),
        ("Nebraska", "Neb."), ("Nevada", "Nev."), ("New Hampshire", "N.H."), ("New Jersey", "N.J."),
        ("New Mexico", "N.M."), ("New York", "N.Y."), ("North Carolina", "N.C."), ("North Dakota", "N.D."),
        ("Oklahoma", "Okla."), ("Oregon", "Ore."), ("Pennsylvania", "Pa."), ("Rhode Island", "R.I."),
        ("South Carolina", "S.C."), ("South Dakota", "S.D."), ("Tennessee", "Tenn."), ("Virginia", "Va."),
        ("Vermont", "Vt."), ("West Virginia", "W.Va."), ("Wisconsin", "Wis."), ("Wyoming", "Wyo."),
        ("District of Columbia", "D.C."))
} | {
    ("Ysyk-Köl", "KG"): ["Issyk-Kul", "Issyk Kul"],  # as the press writes the lake's region
    ("Ajaria", "GE"): ["Adjara", "Adjaria"],  # as the press writes Batumi's region
    ("Uttar Pradesh", "IN"): ["UP"],  # as India's press writes it ("UP's Shahjahanpur"), in capitals only
}

# First names that are no help in finding a person: function words, titles ("King", "Miss") and
# the openers of place names ("San", "Santa", "Mar", "Nova", "Terra"), whatever the name lists say.
NOT_FIRST_NAMES = {
    "Al", "Abu", "Bin", "Ibn", "Da", "De", "Del", "Do", "Dos", "Das", "El", "La", "Las", "Le", "Lo", "Los",
    "Van", "Von", "San", "Santa", "Santo", "São", "Saint", "St", "Mar", "Monte", "Rio", "Río", "Sierra", "Isla",
    "Nova", "Novo", "Nueva", "Nuevo", "Porto", "Puerto", "Costa", "Villa", "Vila", "Ciudad", "Lago", "Cabo",
    "Punta", "Fort", "Port", "Mount", "Lake", "New", "North", "South", "East", "West", "Gran", "Grande", "Alto",
    "Bajo", "Sul", "Norte", "Sur", "Este", "Oeste", "Una", "Uno", "Un", "Ella", "Esta", "Esa", "Sin", "Con",
    "Terra", "King", "Queen", "Prince", "Princess", "Lady", "Miss", "Major", "Royal",
}

# First names that are also among the most frequent words, kept because they are names first.
FIRST_NAMES_KEPT = {"Paulo"}

# Everyday and M49 region names. "members" are ISO2 codes, or "m49:<name>" for every country
# under an M49 region. "rollup" regions are added to every item that mentions a member, the
# others only when named in the text.
REGIONS: dict[str, dict[str, object]] = {
    "Latin America": {
        "aliases": ["Latin America", "LatAm", "Latam", "Latin American", "América Latina", "Latinoamérica",
                    "Latinoamerica", "latinoamericano", "latinoamericana", "latinoamericanos", "latinoamericanas",
                    "latino-americano", "latino-americana", "latino-americanos", "latino-americanas",
                    "Ibero-America", "Iberoamérica"],
        "parents": ["Americas"],
        "members": ["MX", "GT", "BZ", "HN", "SV", "NI", "CR", "PA", "CU", "DO", "HT", "PR", "CO", "VE", "EC",
                    "PE", "BO", "CL", "AR", "PY", "UY", "BR", "GF"],
        "rollup": True,
    },
    "Western Hemisphere": {"aliases": ["Western Hemisphere", "hemisferio occidental"], "members": ["m49:Americas"], "rollup": True},
    "Andes": {"aliases": ["the Andes", "Andes", "Andean region", "Andean", "andino", "región andina"],
              "parents": ["South America"], "members": ["VE", "CO", "EC", "PE", "BO", "CL", "AR"], "rollup": True},
    "Southern Cone": {"aliases": ["Southern Cone", "Cono Sur"], "parents": ["South America"],
                      "members": ["AR", "CL", "UY", "PY"], "rollup": True},
    "Amazonia": {"aliases": ["Amazon basin", "Amazon rainforest", "Amazon region", "Amazonia", "Amazonía", "Amazônia"],
               "parents": ["South America"], "members": ["BR", "PE", "CO", "EC", "BO", "VE", "GY", "SR"]},
    "Tri-Border Area": {"aliases": ["Tri-Border Area", "Triple Frontier", "Triple Frontera", "Tríplice Fronteira"],
                        "parents": ["South America"], "members": ["AR", "BR", "PY"]},
    "Darién Gap": {"aliases": ["Darién Gap", "Darien Gap", "Tapón del Darién"], "parents": ["Central America"],
                   "members": ["PA", "CO"]},
    "Gulf of Mexico": {"aliases": ["Gulf of Mexico", "Gulf of America", "Golfo de México"], "members": ["US", "MX", "CU"]},
    "Eastern Pacific": {"aliases": ["Eastern Pacific", "eastern Pacific", "Pacífico oriental"], "members": []},
    "North America": {"aliases": ["North America", "North American", "Norteamérica", "América del Norte", "América do Norte"],
                      "parents": ["Americas"], "members": ["US", "CA", "MX"], "rollup": True},
    "Middle East": {"aliases": ["Middle East", "Mideast", "Oriente Medio", "Medio Oriente", "Oriente Médio"],
                    "members": ["BH", "CY", "EG", "IR", "IQ", "IL", "JO", "KW", "LB", "OM", "PS", "QA", "SA", "SY",
                                "TR", "AE", "YE"], "rollup": True},
    "Sahel": {"aliases": ["the Sahel", "Sahel"], "parents": ["Africa"], "members": ["SN", "MR", "ML", "BF", "NE", "TD", "SD"],
              "rollup": True},
    "Horn of Africa": {"aliases": ["Horn of Africa", "Cuerno de África"], "parents": ["Africa"],
                       "members": ["SO", "ET", "ER", "DJ"], "rollup": True},
    "Balkans": {"aliases": ["the Balkans", "Balkans", "Western Balkans", "los Balcanes"], "parents": ["Europe"],
                "members": ["AL", "BA", "BG", "HR", "XK", "ME", "MK", "RS", "SI"], "rollup": True},
    "Caucasus": {"aliases": ["the Caucasus", "Caucasus", "South Caucasus"], "members": ["GE", "AM", "AZ"], "rollup": True},
    "Gulf states": {"aliases": ["Gulf states", "Gulf monarchies", "Persian Gulf", "Arabian Gulf"], "parents": ["Middle East"],
                    "members": ["BH", "KW", "OM", "QA", "SA", "AE"], "rollup": True},
    "Golden Triangle": {"aliases": ["Golden Triangle"], "parents": ["South-eastern Asia"], "members": ["MM", "LA", "TH"]},
}

# Other ways of writing M49 region names.
M49_ALIASES: dict[str, list[str]] = {
    "Americas": ["the Americas", "Americas", "las Américas", "as Américas"],
    "Latin America and the Caribbean": ["Latin America and the Caribbean", "América Latina y el Caribe"],
    "South America": ["South America", "South American", "Sudamérica", "Suramérica", "América del Sur", "América do Sul"],
    "Central America": ["Central America", "Central American", "Centroamérica", "América Central"],
    "Caribbean": ["the Caribbean", "Caribbean", "Caribbean Sea", "el Caribe", "Caribe"],
    "South-eastern Asia": ["Southeast Asia", "South-East Asia", "South-eastern Asia"],
    "Eastern Asia": ["East Asia", "Eastern Asia"],
    "Southern Asia": ["South Asia", "Southern Asia"],
    "Western Asia": ["Western Asia"],
    "Central Asia": ["Central Asia"],
    "Western Africa": ["West Africa", "Western Africa", "África Occidental"],
    "Eastern Africa": ["East Africa", "Eastern Africa"],
    "Northern Africa": ["North Africa", "Northern Africa"],
    "Southern Africa": ["Southern Africa"],
    "Middle Africa": ["Central Africa", "Middle Africa"],
    "Sub-Saharan Africa": ["Sub-Saharan Africa", "sub-Saharan Africa"],
    "Eastern Europe": ["Eastern Europe", "Europa del Este"],
    "Western Europe": ["Western Europe"],
    "Northern Europe": ["Northern Europe"],
    "Southern Europe": ["Southern Europe"],
    "Northern America": ["Northern America"],
    "Africa": ["Africa", "África"],
    "Europe": ["Europe", "Europa"],
    "Asia": ["Asia"],
    "Oceania": ["Oceania"],
}

# Cities GeoNames files under another name than the news uses.
CITY_NAMES: dict[tuple[str, str], str] = {
    ("Eloy Alfaro", "EC"): "Durán",
    ("Santyoku", "KR"): "Samcheok",  # GeoNames keeps the Japanese-era reading
}

# Exonyms and everyday names of cities, keyed by (GeoNames name, ISO2).
CITY_ALIASES: dict[tuple[str, str], list[str]] = {
    ("New York City", "US"): ["New York", "NYC"],
    ("Washington", "US"): ["Washington, D.C.", "Washington D.C.", "Washington DC"],
    ("Mexico City", "MX"): ["Ciudad de México", "CDMX"],
    ("Cusco", "PE"): ["Cuzco"],
    ("Rio de Janeiro", "BR"): ["Rio"],
    ("Kyiv", "UA"): ["Kiev"],
    ("Mumbai", "IN"): ["Bombay"],
    ("Beijing", "CN"): ["Peking"],
    ("Yangon", "MM"): ["Rangoon"],
    ("Ho Chi Minh City", "VN"): ["Saigon", "HCMC"],
    ("Gambēla", "ET"): ["Gambella"],
    ("Guangzhou", "CN"): ["Canton"],
    ("Chennai", "IN"): ["Madras"],
    ("Kolkata", "IN"): ["Calcutta"],
    ("Florence", "IT"): ["Firenze"],
    ("Munich", "DE"): ["München"],
    ("Cologne", "DE"): ["Köln"],
    ("Brussels", "BE"): ["Bruxelles", "Brussel"],
    ("Lisbon", "PT"): ["Lisboa"],
    ("The Hague", "NL"): ["Den Haag"],
    ("Gaza", "PS"): ["Gaza City"],
    ("Bogotá", "CO"): ["Santa Fe de Bogotá"],
    ("Asunción", "PY"): ["Asuncion"],
    ("Panama City", "PA"): ["Ciudad de Panamá"],
    ("Guatemala City", "GT"): ["Ciudad de Guatemala"],
    ("San José", "CR"): ["San Jose"],
    ("Santo Domingo", "DO"): ["Santo Domingo de Guzmán"],
    ("Port-au-Prince", "HT"): ["Port au Prince"],
    ("Kharkiv", "UA"): ["Kharkov"],
    ("Odesa", "UA"): ["Odessa"],
    ("Tbilisi", "GE"): ["Tiflis"],
    ("Eloy Alfaro", "EC"): ["Eloy Alfaro"],
    ("Santo Domingo de los Colorados", "EC"): ["Santo Domingo de los Tsáchilas"],
    ("Lakki", "PK"): ["Lakki Marwat"],  # the district's name, which the news gives the town
    ("Bet Shemesh", "IL"): ["Beit Shemesh"],
    ("Vlorë", "AL"): ["Valona"],  # Italian
}

def _names(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# Spanish and Portuguese given names the 1990 US Census lists miss or spell the English way
# ("Luiz", "João", "Gonçalo"). Written by hand for this project (MIT like the project).
IBERIAN_FIRST_NAMES: tuple[str, ...] = _names(
    # male, Spanish
    "Adolfo Agustín Alberto Alejandro Alfonso Alfredo Álvaro Amador Américo Anastasio Andrés Ángel Aníbal "
    "Antonio Armando Arnaldo Arturo Augusto Aurelio Baltasar Bartolomé Benito Benjamín Bernardo Blas "
    "Bruno Camilo Carlos Cayetano Cecilio César Cipriano Ciro Claudio Clemente Cristian Cristóbal Dámaso "
    "Damián Daniel Darío David Diego Domingo Edgar Edgardo Eduardo Efraín Eliseo Elías Emilio Enrique "
    "Ernesto Esteban Eugenio Evaristo Ezequiel Facundo Federico Felipe Félix Fermín Fernando Fidel "
    "Florencio Francisco Gabriel Gaspar Gerardo Germán Gilberto Gonzalo Gregorio Guillermo Gustavo Héctor "
    "Heriberto Hernán Horacio Hugo Humberto Ignacio Isidro Ismael Iván Jacinto Jaime Javier Jerónimo "
    "Joaquín Jorge José Juan Julián Julio Leandro Leonardo Leopoldo Lisandro Lorenzo Lucas Luciano Lucio "
    "Luis Manuel Marcelo Marcial Marcos Mariano Mario Martín Mateo Matías Mauricio Maximiliano Máximo "
    "Miguel Modesto Moisés Nahuel Néstor Nicanor Nicolás Norberto Octavio Omar Orlando Óscar Osvaldo "
    "Pablo Pascual Patricio Pedro Porfirio Rafael Ramiro Ramón Raúl Reinaldo Renato Ricardo Roberto "
    "Rodolfo Rodrigo Rogelio Rolando Rubén Salvador Samuel Santiago Saúl Sebastián Sergio Silvio Simón "
    "Teodoro Tomás Ulises Valentín Vicente Víctor Wilfredo Xavier Yeison Jhon Jhonny Wilson Anderson "
    "Brayan Duván Yerson Eber Efrén Emiliano Fabián Faustino Gerónimo Hipólito Inocencio Lautaro Leónidas "
    "Lenín Marco Nelson Ovidio Próspero Rigoberto Sixto Tadeo Urbano Wálter Evo Nayib Álex "
    # female, Spanish
    "Adela Adriana Alejandra Alicia Amalia Ana Andrea Ángela Antonia Araceli Beatriz Begoña Bertha Blanca "
    "Camila Carla Carmen Carolina Catalina Cecilia Celia Claudia Concepción Constanza Cristina Daniela "
    "Delia Dolores Elena Elisa Eloísa Elvira Emilia Esperanza Estela Esther Eugenia Fabiola Fernanda Flor "
    "Florencia Francisca Gabriela Gloria Graciela Guadalupe Inés Irene Isabel Jimena Josefina Juana Julia "
    "Juliana Laura Leticia Lidia Lorena Lucía Luisa Luz Magdalena Manuela Marcela Margarita María Mariana "
    "Maricela Marisol Marta Martina Mercedes Micaela Milagros Mónica Natalia Nayeli Nelly Noemí Norma "
    "Olga Paola Patricia Paula Paulina Pilar Raquel Rebeca Rocío Rosa Rosario Rosalía Sandra Sara Silvia "
    "Sofía Soledad Susana Teresa Valentina Valeria Verónica Victoria Virginia Viviana Ximena Yolanda "
    "Zoila Consuelo Delcy Dina Xiomara Luisana Yanet Yesenia Lourdes Marisela Liliana Gisela Giovanna "
    "Rosalba Maritza Mayra Nidia Nubia Piedad Socorro Amparo Iris Ivonne Karina Katia Lucila Mirta Mirtha "
    "Nancy Olivia Regina Rita Roxana Ruth Sonia Tatiana Vanesa Yadira Zulema Estefanía Evelyn Jessica "
    "Johana Lizbeth Maribel Marina Mariela Miriam Nora Perla Rosaura Silvana Tamara Wendy Yamile "
    # male, Portuguese
    "Abílio Adalberto Ademar Adriano Afonso Agostinho Aílton Alcides Aldo Alexandre Almir Altair Amílcar "
    "Anselmo Antônio António Aparecido Ariovaldo Arlindo Artur Átila Baltazar Benedito Bento Caetano "
    "Celso Cícero Cláudio Cristiano Custódio Davi Diogo Dirceu Edson Élcio Elias Emerson Enzo Evandro "
    "Everaldo Fábio Filipe Flávio Geraldo Gervásio Gilmar Gonçalo Guilherme Heitor Hélio Henrique Inácio "
    "Irineu Jair Jairo Januário João Joaquim Josué Júlio Juscelino Leonel Lúcio Luís Luiz Manoel Márcio "
    "Mário Maurício Milton Moacir Murilo Nélson Nilton Nuno Osmar Otávio Paulo Raimundo Renan Rogério "
    "Romário Ronaldo Rubens Rui Sebastião Sérgio Severino Sidnei Tarcísio Tiago Thiago Ulisses Valdir "
    "Valter Vinícius Vítor Vitor Wagner Waldemar Wellington Zacarias Anísio Aécio Gleisi Fernão Simão "
    "Estêvão "
    # female, Portuguese
    "Aline Amanda Andreia Ângela Antônia Bruna Catarina Cecília Cláudia Conceição Débora Denise Dilma "
    "Edite Eliane Fabiana Fátima Flávia Graça Helena Inês Isabela Jaqueline Joana Júlia Larissa Leila "
    "Letícia Lúcia Luana Luciana Luíza Luzia Márcia Margarida Maria Marisa Michelle Natália Patrícia "
    "Priscila Renata Rosana Rosângela Simone Sônia Sofia Tânia Tereza Vanessa Vera Virgínia Vitória Zélia "
    "Benedita Marielle Damares Tabata Raimunda Aparecida Terezinha Sebastiana Cleide Neide "
)
