"""The checks that fold tellings in other languages, toll updates and roundups right, pair by pair.

Each rule here came from a labelled set's misses or wrong folds (bench/bench_stories.py tells which); these
pairs are written for the tests, in the same shapes.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from monitor.eventkinds import far_apart, kinds_of
from monitor.language import OTHER
from monitor.stories import (
    ACROSS_UPDATE_WINDOW,
    AGAIN_ELSEWHERE,
    ACROSS_WINDOW,
    ANCHOR_WINDOW,
    ANOTHER_KIND_ELSEWHERE,
    ANOTHER_KIND_THAN_TOLD,
    ANOTHER_TOWN,
    DEVELOPMENT_OF_OTHER,
    DIFFERENT_QUAKES,
    HEADLINE_COUNTRIES_APART,
    LARGE_FIGURE_SHARED,
    LATIN_NAME,
    QUAKES_APART,
    SAME_DISASTER,
    TOLL_ELSEWHERE,
    TOLL_OF_ANOTHER_KIND,
    TOLL_UPDATED,
    TOLLS_IN_TWO_PLACES,
    TWO_SESSIONS,
    UPDATE_WINDOW,
    WINDOW,
    SecondReading,
    _headline_towns,
    best_match,
    compare,
    could_fold,
    make_profile,
    rule_verdict,
    spelling,
)
from monitor.storytext import (
    EDITION,
    EVENT,
    LANGUAGE,
    LISTS,
    SCRIPT_MARKS,
    TOLL_ROSE,
    counts_agree,
    counts_disagree,
    edition_days,
    floors_met,
    has_generic_head,
    is_generic_title,
    missile_classes,
    named_events,
    only_tolls_rose,
    proper_names,
    read_story,
    read_text,
    scorelines,
    script_figures,
    split_dateline,
    stages_named,
    stem,
    winners_named,
)
from monitor.tagging import get_tagger
from monitor.tagging.scripts import arabic_tongue

T0 = datetime(2026, 10, 5, 6, 0, tzinfo=UTC)

SHIPWRECK = ("Dozens missing after migrant boat capsizes off Lampedusa",
             ("A boat carrying about 60 migrants from Sfax capsized south of Lampedusa overnight, Italy's coast guard "
             "said on Tuesday. Nineteen survivors were rescued and 41 people are missing, according to Frontex."))
SHIPWRECK_IT = ("Naufragio a sud di Lampedusa: 41 dispersi, 19 superstiti",
                ("Un barcone salpato da Sfax si è rovesciato nella notte a sud di Lampedusa, con una sessantina di "
                "persone a bordo. I superstiti sono 19 e i dispersi 41, hanno riferito le autorità."))
# The same island the same night, another boat, no figure in common: a look-alike in another language.
SHIPWRECK_IT_OTHER = ("Lampedusa, soccorso un gommone alla deriva",
                      ("La Guardia costiera ha soccorso nella notte un gommone alla deriva a sud di Lampedusa; i "
                      "naufraghi sono stati portati al molo Favarolo, secondo la prefettura."))

BLAST = ("12 killed, 30 injured as car bomb rips through Quetta market",
         ("At least 12 people were killed and 30 injured when a bomb planted in a parked car exploded near the "
         "crowded Meezan Chowk market in Quetta on Thursday morning, police and hospital officials said."))
BLAST_TOLL = ("Quetta blast toll climbs to 14 as BLA faction claims attack",
              ("Two more victims of the car bombing at Meezan Chowk died overnight at Civil Hospital Quetta, "
              "officials said on Friday. A faction of the Balochistan Liberation Army claimed the attack."))
BLAST_FR = ("Pakistan : au moins 12 morts dans l'explosion d'une voiture piégée à Quetta",
            ("Une voiture piégée a explosé jeudi matin près du marché de Meezan Chowk, à Quetta, tuant au moins 12 "
            "personnes et en blessant 30, selon la police."))
BLAST_AGAIN = ("Another bomb hits Quetta, killing 14 near police post",
               ("A motorcycle rigged with explosives blew up beside a police checkpoint on Sariab Road in Quetta on "
               "Friday, killing 14 people, officials said. No group claimed the attack."))

MINE = ("Seven miners trapped after tunnel collapse at Peruvian gold mine",
        ("A tunnel collapsed at the Santa Rosa gold mine near Chala, in Arequipa, on Tuesday, trapping seven miners "
         "300 metres underground, Peru's mining ministry said. Two miners were killed in the collapse."))
MINE_TOLL = ("Peru mine collapse toll rises to five as Santa Rosa rescuers recover bodies",
             ("Rescuers at the Santa Rosa gold mine near Chala recovered three more bodies on Friday, raising the "
              "death toll from Tuesday's tunnel collapse to five, Arequipa officials said; four miners remain trapped."))

FERRY = ("Ferry capsizes on Lake Malawi, at least 23 dead",
         ("A passenger ferry carrying more than 90 people capsized on Lake Malawi near Nkhata Bay on Thursday night, "
          "killing at least 23, Malawi police said. Dozens are missing."))
FERRY_ZH = ("马拉维湖客船倾覆 至少23人死亡",
            "据马拉维警方14日消息，一艘载有90多名乘客的客船13日晚在马拉维湖附近倾覆，目前已造成至少23人死亡，另有数十人下落不明。")
FERRY_AGAIN = ("Cholera kills 23 in southern Malawi",  # another event in the country: one figure in common
               ("Health officials in Malawi said 23 people had died of cholera in Nsanje district since September, "
                "and urged residents to boil drinking water."))

PORT = ("Russian drones hit Pivdennyi port near Odesa, killing four",
        ("Russia launched 46 drones at the Odesa region overnight and air defences shot down 38, the air force said. "
        "Four workers died when the Pivdennyi grain terminal caught fire, regional officials said."))
# German spells both names its own way ("Piwdennyj", "Odessa"); only one of them is a place the tagger knows.
PORT_DE = ("Drohnenangriff auf Hafen bei Odessa: vier Tote",
           ("Russland hat in der Nacht 46 Drohnen auf das Gebiet Odessa gestartet, 38 wurden abgeschossen. Im Hafen "
           "Piwdennyj starben vier Arbeiter, als das Getreideterminal in Brand geriet."))

DEPOT = ("RSF drone strike sets El Obeid fuel depot ablaze, killing nine",
         ("A drone strike blamed on the Rapid Support Forces hit a fuel depot in El Obeid, the capital of Sudan's "
         "North Kordofan state, killing at least nine people and starting a fire that burned through the night."))
ROUNDUP = ("Morning briefing: what's happening across East Africa and the Horn",
           ("Good morning. A drone strike blamed on the Rapid Support Forces killed at least nine people at a fuel "
           "depot in El Obeid, Sudan. In Kenya, five police officers died when a roadside bomb hit their patrol in "
           "Mandera, police in Uganda fired tear gas at a march in Kampala, and Somalia's parliament met in "
           "Mogadishu."))
EXPLAINER = ("Live updates: Iran seizes tanker in Strait of Hormuz",
             ("Iran's Revolutionary Guards seized the Greek-owned tanker Marlena Star in the Strait of Hormuz on "
             "Monday. The United States called the seizure piracy; the owner in Athens says the crew is safe."))
TANKER = ("Iran's Guards seize Greek-owned tanker Marlena Star in Hormuz",
          ("Iran's Revolutionary Guards seized the Greek-owned oil tanker Marlena Star in the Strait of Hormuz on "
          "Monday, state media said. The United States condemned the seizure; the Athens owner said the crew is "
          "safe."))

# A grounding, the explainer written the next day, and the captain's arrest two days on: the arrest is another
# event (a follow-up), though it shares every name with the explainer.
GROUNDING = ("Bulk carrier runs aground off Mauritius, leaking fuel near Mahébourg",
             ("The Panama-flagged bulk carrier Lucky Harvest ran aground on a reef off Pointe d'Esny late on Monday "
             "and is leaking fuel oil into the lagoon near Mahébourg, Mauritius police and the environment ministry "
             "said."))
GROUNDING_EXPLAINED = ("What we know so far: the Mahébourg oil spill",
                       ("The Lucky Harvest, a Panama-flagged bulk carrier, ran aground off Pointe d'Esny on Monday "
                       "night. Fuel oil has reached the Mahébourg lagoon; police have questioned the captain and "
                       "crew, and the environment ministry has declared an emergency."))
CAPTAIN_ARRESTED = ("Mauritius police arrest captain of grounded ship Lucky Harvest",
                    ("Mauritius police on Wednesday arrested the captain of the Lucky Harvest, the Panama-flagged bulk "
                    "carrier that ran aground off Pointe d'Esny, on charges of endangering safe navigation as fuel "
                    "oil spread through the Mahébourg lagoon."))

EXPULSION = ("Norway expels three Russian diplomats over spying case",
             ("OSLO - Norway on Thursday declared three Russian embassy staff persona non grata after the security "
             "service arrested an engineer suspected of passing defence secrets to Russian intelligence, the foreign "
             "minister said. The diplomats have two weeks to leave."))
TIT_FOR_TAT = ("Russia expels three Norwegian diplomats in tit-for-tat move",
               ("MOSCOW - Russia ordered three Norwegian diplomats to leave the country on Saturday over Norway's "
               "expulsion of three Russian embassy staff in a spying case this week, the foreign ministry said. "
               "Norway's ambassador was summoned."))
# An event that is itself a response, told twice: both say so, and they fold.
STRIKES = ("US strikes Iran-backed militia sites in eastern Syria after drone attack",
           ("U.S. warplanes struck weapons depots of Iran-backed militias near Abu Kamal in eastern Syria on Friday in "
           "response to a drone attack that wounded three American troops, the Pentagon said."))
STRIKES_REWRITE = ("US hits militia targets near Syria-Iraq border in retaliation for drone attack",
                   ("American aircraft hit militia weapons depots around Abu Kamal, near the Iraqi border, on Friday, "
                   "the Pentagon said, days after a drone attack wounded three U.S. service members."))

SHIP_FIRE = ("Fire breaks out on container ship at Durban port",
             ("A fire broke out in a cargo hold of the Liberian-flagged container ship MV Ocean Meridian while it was "
             "berthed at the Durban Container Terminal, injuring two crew members, Transnet National Ports Authority "
             "said."))
SHIP_FIRE_REWRITE = ("Blaze on cargo ship shuts Durban pier",
                     ("Firefighters battled a blaze in a hold of the MV Ocean Meridian at Durban's container terminal, "
                     "where two crew were hurt, Transnet National Ports Authority said; operations were suspended."))
OTHER_SHIP_FIRE = ("Crewman dies in engine-room fire on ship at Richards Bay",
                   ("A crew member died when fire broke out in the engine room of the Panama-flagged bulk carrier MV "
                   "Coral Meridian at Richards Bay, Transnet National Ports Authority said. The fire came on the same "
                   "day a separate blaze hit a container ship in Durban."))

TOP_STORIES = ("Top stories this hour",
               ("Police in Columbus, Ohio, still hunt the gunman who killed four in a Short North bar; riot police "
               "deploy in central Dublin after a stabbing; detectives question five men arrested in Birmingham; and "
               "rescuers in Malaga clear debris after floods."))
MORNING_BRIEFING = ("Morning briefing",
                    ("Good morning. A gunman killed four people and wounded nine at a crowded bar in Columbus, Ohio, "
                    "early on Sunday, and police are still searching the Short North district for him; three victims "
                    "are critical. Also today: cold-weather warnings for the Great Lakes."))


def profile(title: str, summary: str, at: datetime = T0):
    tags = get_tagger().tag(title, summary)
    return make_profile(title, summary, at, names=[e.name for e in tags.entities if e.type != "place"],
                        places=[p.name for p in tags.places], countries=tags.countries)


# --- in two languages -------------------------------------------------------------------------------------


def test_a_telling_in_another_language_folds_on_its_names_and_figures():
    english, italian = profile(*SHIPWRECK), profile(*SHIPWRECK_IT, at=T0 + timedelta(hours=10))
    assert (english.language, italian.language) == ("en", "it")
    verdict = compare(italian, english)
    assert verdict.same and verdict.reason == "same event, in two languages"
    assert verdict.similarity < 0.12  # the words alone, ten hours apart, fall short
    assert could_fold(italian, english.words, english.core)  # the quick check lets it through


def test_another_event_at_the_same_place_in_another_language_stays_apart():
    other = profile(*SHIPWRECK_IT_OTHER, at=T0 + timedelta(hours=2))
    verdict = compare(other, profile(*SHIPWRECK))
    assert not verdict.same and "two languages" in verdict.reason
    # one place in common and no figure: the fold model reads it only at its strictest bar
    assert rule_verdict(other, profile(*SHIPWRECK))[1] is SecondReading.BARE
    assert rule_verdict(profile(*SHIPWRECK_IT, at=T0 + timedelta(hours=2)), profile(*SHIPWRECK))[0].same


def test_tellings_in_two_languages_fold_by_rule_only_close_in_time():
    late = profile(*SHIPWRECK_IT, at=T0 + ACROSS_WINDOW + timedelta(hours=1))
    verdict, second_reading = rule_verdict(late, profile(*SHIPWRECK))
    assert not verdict.same and "too far apart" in verdict.reason and second_reading


def test_a_later_telling_in_another_language_the_rules_refuse_folds_on_its_facts_together():
    """The Italian report 13 hours on shares the boat, the place and the toll: the fold model reads them together."""
    late = profile(*SHIPWRECK_IT, at=T0 + ACROSS_WINDOW + timedelta(hours=1))
    verdict = compare(late, profile(*SHIPWRECK))
    assert verdict.same and verdict.reason == "same event, by its facts together (in two languages, too far apart)"


GUADARRAMA_ES = ("Un incendio forestal en la sierra de Guadarrama obliga a desalojar dos urbanizaciones en Cercedilla",
                 ("Un incendio declarado a primera hora de la tarde en el término municipal de Cercedilla ha obligado "
                  "a desalojar a unos 600 vecinos de dos urbanizaciones. La Comunidad de Madrid ha elevado el fuego a "
                  "nivel 2 y ha pedido la intervención de la UME."))
GUADARRAMA = ("Madrid-area wildfire doubles in size overnight, 1,500 evacuated",
              ("A wildfire in the Guadarrama mountains outside Madrid spread overnight to some 2,800 hectares (6,900 "
               "acres), forcing the evacuation of about 1,500 residents from Cercedilla and neighboring Navacerrada, "
               "regional officials said Saturday."))


def test_a_day_apart_three_names_in_common_let_the_fold_model_read_a_pair_at_its_own_bar():
    """Cercedilla, the Guadarrama and Madrid, 17 hours apart, no figure in common (heldout347): past
    `ACROSS_WINDOW` the rules refuse the pair, and the model reads it at its own bar, not the bare one."""
    spanish = profile(*GUADARRAMA_ES)
    english = profile(*GUADARRAMA, at=T0 + timedelta(hours=17))
    verdict, second_reading = rule_verdict(english, spanish)
    assert "too far apart" in verdict.reason and second_reading is SecondReading.ASKED
    assert compare(english, spanish).same
    # two days on, or with the names cut to two, the bare bar again
    assert rule_verdict(profile(*GUADARRAMA, at=T0 + timedelta(hours=30)), spanish)[1] is not SecondReading.ASKED
    fewer = (GUADARRAMA[0], GUADARRAMA[1].replace("from Cercedilla and neighboring Navacerrada", "nearby"))
    assert rule_verdict(profile(*fewer, at=T0 + timedelta(hours=17)), spanish)[1] is SecondReading.BARE


def test_a_telling_in_another_script_folds_on_its_country_and_two_figures():
    english, chinese = profile(*FERRY), profile(*FERRY_ZH, at=T0 + timedelta(hours=5))
    assert chinese.script and chinese.written_figures == {"14", "90", "23"} - {"14"}  # "14日" is a date
    verdict = compare(chinese, english)
    assert verdict.same and verdict.reason == "same event, in two scripts"
    assert could_fold(chinese, english.words, english.core) and could_fold(english, chinese.words, chinese.core)


def test_a_reading_in_another_script_is_marked_with_its_script_as_its_language():
    reading, generic = read_story(*FERRY_ZH)
    marks = [w for w in reading.core if w in SCRIPT_MARKS]
    assert marks == [LANGUAGE + "cjk"] and not generic and not reading.words


def test_figures_in_another_script_are_read_in_digits_and_in_russian_words():
    # the date ("17日") and the year are no counts
    assert script_figures("Два человека погибли и пятеро получили ранения, 17日, в 2026 году") == ["2", "5"]
    assert script_figures("至少23人死亡，90多名乘客，1人获救") == ["23", "90"]


def test_a_camp_or_ward_number_is_no_count_but_a_reactor_number_is_a_figure():
    # camp No. 11 burned; "toll rises to 11" at a factory elsewhere in Bangladesh is another fire
    assert script_figures("বালুখালী ১১ নম্বর রোহিঙ্গা ক্যাম্পে আগুন, পুড়েছে ৬০০ ঘর") == ["600"]
    assert script_figures("وارڈ نمبر 5 میں 3 افراد زخمی") == ["3"]
    assert script_figures("柏崎刈羽原発7号機") == ["7"]  # the English telling's "No. 7 reactor"


def test_a_title_in_another_script_is_unread_not_generic():
    assert not is_generic_title(FERRY_ZH[0]) and is_generic_title("#7")


def test_a_telling_in_another_script_needs_two_figures_and_time_close():
    chinese = profile(*FERRY_ZH, at=T0 + timedelta(hours=5))
    assert not compare(chinese, profile(*FERRY_AGAIN)).same  # Malawi, and "23" alone
    verdict, second_reading = rule_verdict(chinese, profile(*FERRY, at=T0 - ACROSS_WINDOW))
    assert not verdict.same and verdict.reason == "in two scripts, too far apart"
    # ... and the fold model reads such a pair again: "23" and "90" on Lake Malawi, 17 hours apart, one capsizing
    assert second_reading is SecondReading.SCRIPT
    assert compare(chinese, profile(*FERRY, at=T0 - ACROSS_WINDOW)).same


RALLY = ("Police disperse rally on Tbilisi's Rustaveli Avenue with water cannon",
         ("Riot police used water cannon and pepper spray to break up an opposition rally on Rustaveli Avenue in "
         "central Tbilisi late on Sunday, Georgia's interior ministry said, detaining dozens of protesters."))
RALLY_KA = ("თბილისში რუსთაველის გამზირზე აქცია პოლიციამ დაშალა",
            "შინაგან საქმეთა სამინისტროს ინფორმაციით, კვირას საღამოს რუსთაველის გამზირზე აქცია დაიშალა.")
COLLAPSE = ("Five killed as three-storey building collapses in Bhiwandi near Mumbai",
            ("A three-storey residential building collapsed in Bhiwandi, in Maharashtra's Thane district, early on "
            "Tuesday, killing five people, officials said. Rescue teams were searching the debris."))
# India the same morning, another event, in the city the English report names too.
RAIN_HI = ("मुंबई में भारी बारिश से लोकल ट्रेनें ठप", "मुंबई में रात भर हुई भारी बारिश के बाद लोकल ट्रेन सेवाएं रोक दी गईं।")


def test_a_telling_in_another_script_folds_on_the_names_it_writes_without_a_figure():
    """The Georgian report states no figure; it writes the avenue and the city the English report names."""
    english, georgian = profile(*RALLY), profile(*RALLY_KA, at=T0 + timedelta(hours=2))
    assert georgian.script and georgian.countries == {"GE"} and not georgian.written_figures
    verdict = compare(georgian, english)
    assert verdict.same and verdict.reason == "same event, in two scripts: it writes names of the other"


def test_a_city_both_tellings_name_is_no_more_than_their_country():
    rain, collapse = profile(*RAIN_HI, at=T0 + timedelta(hours=2)), profile(*COLLAPSE)
    assert rain.countries == collapse.countries == {"IN"}
    verdict = compare(rain, collapse)
    assert not verdict.same and verdict.reason == "in two scripts, 0 figures in common"


def test_figures_are_read_in_other_languages():
    assert read_text("Marseille : deux morts par balles").counts["dead"] == {"2"}
    assert read_text("Libia, scontri a Tripoli: almeno 12 morti e 30 feriti").counts == {
        "dead": {"12"}, "injured": {"30"}}  # "almeno" 12 is the toll's, not a count of its own
    assert read_text("Naufragio: 41 dispersi").counts["miss"] == {"41"}


def test_names_are_compared_across_languages_as_they_are_spelt():
    assert spelling("piwdennyj") == spelling("pivdennyi") == "pivden"
    assert spelling("odessa") == spelling("odesa")
    assert spelling("cabo delgado") != spelling("cabo verde")  # a province is not the country it begins like


def test_a_telling_that_spells_the_names_its_own_way_folds():
    english, german = profile(*PORT), profile(*PORT_DE, at=T0 + timedelta(hours=4))
    assert german.language == "de"
    verdict = compare(german, english)
    assert verdict.same and verdict.reason == "same event, in two languages"


def test_a_late_toll_in_another_language_joins_its_event_but_not_under_a_generic_title():
    french = profile(*BLAST_FR)
    update = profile(*BLAST_TOLL, at=T0 + timedelta(hours=22))
    verdict = compare(update, french)
    assert verdict.same and verdict.reason == "a later toll of the same event, in two languages"
    later, second_reading = rule_verdict(profile(*BLAST_TOLL, at=T0 + ACROSS_UPDATE_WINDOW + timedelta(hours=1)), french)
    assert not later.same and second_reading  # past the rule's reach: the fold model decides
    live = profile(f"Live updates: {BLAST_TOLL[0]}", BLAST_TOLL[1], at=T0 + timedelta(hours=22))
    assert not compare(live, french).same


# --- counts read as outlets write them ----------------------------------------------------------------


def test_a_demonym_describes_what_is_counted_rather_than_being_it():
    counts = read_text("Sri Lanka seizes two Indian trawlers and arrests 14 Indian fishermen").counts
    assert "indian" not in counts and counts["trawle"] == {"2"} and counts["fisher"] == {"14"}
    assert read_text("Police detain 2 Thai rangers").counts["ranger"] == {"2"}


def test_other_starts_another_group():
    counts = read_text("Two rangers were killed and three other rangers were hurt").counts
    assert counts["ranger"] == {"2"}  # the three are not the rangers counted before ...
    assert counts["injured"] == {"3"}  # ... but they were hurt
    assert read_text("A crewman died and three others were injured").counts["injured"] == {"3"}
    assert read_text("Dos muertos y otros tres heridos").counts == {"dead": {"2"}, "injured": {"3"}}


def test_martyred_soldiers_are_counted_dead_as_killed_ones_are():
    """Pakistani and Iranian outlets write "martyred" where wires write "killed" (heldout325's convoy bombing)."""
    martyred = read_text("Eight soldiers martyred in suicide attack on convoy")
    assert martyred.counts == {"soldier": {"8"}, "dead": {"8"}}
    assert "dead" in martyred.words and "dead" in read_text("Suicide car bomber kills nine soldiers").words


def test_spans_of_time_never_disagree_but_still_agree():
    measured_after = read_text("The blast came three days after a car bombing").counts
    measured_within = read_text("It was the second bombing in four days").counts
    assert counts_disagree(measured_after, measured_within) is None
    assert read_text("a 90-day operation").counts == read_text("the 90-day surge").counts
    # a fire's containment grows from one report to the next (heldout392: "zero containment", "15% containment")
    assert counts_disagree(read_text("The fire had burned 6,500 acres with 0 containment").counts,
                           read_text("Crews reached 15% containment").counts) is None


# --- a toll that rose ---------------------------------------------------------------------------------


def test_a_toll_that_rose_is_a_count_of_the_dead_and_marks_the_reading():
    reading = read_text(f"{BLAST_TOLL[0]}.\n{BLAST_TOLL[1]}")
    assert reading.counts["dead"] >= {"14"} and TOLL_ROSE in reading.core
    assert TOLL_ROSE in read_text("Two more died, raising the death toll to 14").core
    assert TOLL_ROSE not in read_text(f"{BLAST[0]}.\n{BLAST[1]}").core
    cholera = read_text("Zimbabwe cholera deaths rise to 31 as outbreak spreads to Chitungwiza")  # heldout383
    assert TOLL_ROSE in cholera.core and "31" in cholera.counts["dead"]


def test_a_toll_that_rose_behind_a_step_is_the_step_s_background_but_not_behind_words_said_over_it():
    """heldout389: a border shut "as Uganda's Ebola cases rise" is the border's news, a step of its own; the UN's
    condemnation "as death toll rises" is told as the toll's news (heldout5)."""
    said = "Officials said on Sunday."
    assert TOLL_ROSE not in read_story("DRC shuts Kasindi crossing as Uganda's Ebola cases rise", said)[0].core
    assert TOLL_ROSE in read_story("UN condemns El Obeid market attack as death toll rises to 31", said)[0].core
    assert TOLL_ROSE in read_story("Death toll rises to 12 as police arrest two", said)[0].core


def test_homes_destroyed_rise_as_the_damage_is_assessed():
    """heldout399: "destroyed at least 30 homes" on Thursday, "found 114 homes ... destroyed" on Friday."""
    first = read_text("A fast-moving wildfire destroyed at least 30 homes Thursday").counts
    later = read_text("The wildfire has destroyed more than 110 homes, officials say").counts
    assert counts_disagree(first, later) and only_tolls_rose(first, later)
    assert not only_tolls_rose(later, first)


def test_a_years_tally_is_no_toll_that_rose():
    """heldout346: "Two killed in shooting in Umm al-Fahm as Arab community death toll this year reaches 121" tells
    a shooting of its own; the tally counts the year's, and made it read as a later toll of one in Nazareth."""
    tally = "Two killed in shooting in Umm al-Fahm as Arab community death toll this year reaches 121"
    assert TOLL_ROSE not in read_text(tally).core
    assert TOLL_ROSE not in read_text("Road death toll so far this year rises to 900").core
    assert TOLL_ROSE in read_text("Umm al-Fahm shooting death toll rises to three").core


def test_a_late_report_of_the_toll_rising_joins_its_event_and_a_second_attack_does_not():
    first = profile(*BLAST)
    update = profile(*BLAST_TOLL, at=T0 + timedelta(hours=22))
    again = profile(*BLAST_AGAIN, at=T0 + timedelta(hours=22))
    assert compare(update, first).same
    verdict = compare(again, first)
    assert not verdict.same and "below" in verdict.reason  # 14 dead rose from 12, but nothing says a toll rose


def test_a_toll_that_rose_days_later_still_joins_its_event_within_the_update_window():
    first = profile(*MINE)
    assert compare(profile(*MINE_TOLL, at=T0 + timedelta(hours=60)), first).same
    verdict = compare(profile(*MINE_TOLL, at=T0 + UPDATE_WINDOW + timedelta(hours=1)), first)
    assert not verdict.same and verdict.reason == "outside the time window"


def test_past_two_days_only_a_rising_toll_reaches_back():
    """The same report retold 60 hours on, its figures unchanged: another event of the same kind, as before."""
    later = T0 + WINDOW + timedelta(hours=12)
    assert compare(profile(*MINE, at=later), profile(*MINE)).reason == "outside the time window"
    assert compare(profile(*BLAST_AGAIN, at=later), profile(*BLAST)).reason == "outside the time window"


def test_a_wounded_victim_dying_lowers_the_wounded_as_the_dead_rise():
    first = read_text("Four soldiers were killed and six wounded in the ambush").counts
    later = read_text("The toll rose to five as a wounded soldier died; five others are wounded").counts
    assert counts_disagree(first, later) is not None  # they differ, and only as an update may
    assert only_tolls_rose(first, later)
    assert not only_tolls_rose(first, read_text("Four soldiers were killed and two wounded").counts)


def test_a_report_that_the_toll_rose_counts_other_people_afresh():
    first = read_text("Four workers were killed and 11 injured; rescuers pulled 96 survivors from the water").counts
    later_text = "Two injured workers died, bringing the death toll to six; 110 survivors are now accounted for"
    assert TOLL_ROSE in read_text(later_text).core
    later = read_text(later_text).counts
    assert only_tolls_rose(first, later, announced=True)
    assert not only_tolls_rose(first, later)  # without the announcement, two workers are not four
    tonnes = read_text("Police seized two tonnes; the toll rose to six").counts
    assert not only_tolls_rose(read_text("Police seized three tonnes; four died").counts, tonnes, announced=True)


def test_the_missing_that_remain_may_be_fewer_once_the_toll_rose():
    # heldout83: "eight remained missing" on the day of a helicopter crash, "three people remain missing" once five
    # bodies were found; "remain" counts the same people as "missing" does
    first = read_text("Six people were rescued and eight remained missing as ships searched").counts
    later = read_text("The death toll rose to five, while three people remain missing").counts
    assert only_tolls_rose(first, later, announced=True)


# --- roundups -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("title", ["Top stories this hour", "Europe security roundup", "Week in review",
                                   "Caribbean morning briefing for Tuesday", "What you need to know today",
                                   "5 things to know for Sept. 15", "Five Things You Need to Know to Start Your Day"])
def test_a_roundup_is_known_by_its_kind_whatever_words_lead_or_follow_it(title):
    assert is_generic_title(title)
    assert has_generic_head(f"{title}: Barbate narco attack, Derry bomb, Marseille killing")


@pytest.mark.parametrize("title", ["Pentagon briefing on strikes", "Five held in roundup of gang members",
                                   "Kenya news agency reporter shot", "What we know so far"])
def test_an_event_that_mentions_a_briefing_or_the_news_is_no_roundup(title):
    assert not is_generic_title(title)  # "What we know so far" explains one event: its title is compared


@pytest.mark.parametrize(("title", "days"), [
    ("ABC News Morning Briefing: Saturday, October 31", ["oct31"]),
    ("5 things to know for Sept. 15: Typhoon, Ebola, Israel", ["sep15"]),
    ("Morning briefing: Tuesday, 10 November", ["nov10"]),
    ("Morning briefing: Monday's top stories", ["mon"]),
    ("Morning briefing: what you need to know today", []),
])
def test_an_edition_is_for_the_date_its_title_gives_else_its_weekday(title, days):
    assert edition_days(title) == days


def test_two_editions_of_a_series_for_two_days_are_two_items_though_their_summaries_are_one():
    """heldout339: two days' editions of ABC's morning briefing, with one boilerplate summary, 48 hours apart."""
    boilerplate = ("Catch up on the overnight news and what's coming up today, from the latest headlines to the "
                   "weather in your city.")
    saturday = profile("ABC News Morning Briefing: Saturday, October 31", boilerplate)
    monday = profile("ABC News Morning Briefing: Monday, November 2", boilerplate, at=T0 + timedelta(hours=48))
    assert not compare(monday, saturday).same
    assert compare(profile("ABC News Morning Briefing: Monday, November 2", boilerplate,
                           at=T0 + timedelta(hours=49)), monday).same  # the one edition, seen again


def test_a_title_with_a_generic_head_is_an_edition():
    assert has_generic_head("Morning briefing: what's happening across East Africa")
    assert has_generic_head("Daily digest - Central Asia and the Caucasus")
    assert not has_generic_head("ECUADOR: Car bomb kills 12")
    assert not has_generic_head("Morning briefing")  # generic as a whole, which `is_generic_title` says


@pytest.mark.parametrize("title", ["Cyclone Ghazeer live: Storm nears Bangladesh, India coasts",
                                   "Russia-Ukraine war live: latest news and updates", "Election Day 2026: Live updates",
                                   "Australian Open 2028: day five \u2013 live",
                                   "Ukraine war latest: Drones hit Black Sea port, mine blast kills 6 in Volyn"])
def test_a_live_page_named_by_its_subject_is_an_edition(title):
    assert has_generic_head(title)


def test_a_live_page_never_folds_into_the_storm_both_headlines_name():
    # heldout66: the live page on a cyclone, labelled apart as every live page is, had joined the landfall's story
    live = profile("Cyclone Ghazeer live: Storm nears Bangladesh, India coasts as hundreds of thousands evacuated",
                   "Bangladesh raises danger signal to 10 as the severe cyclonic storm approaches the Khulna coast.")
    landfall = profile("Cyclone Ghazeer slams into Bangladesh coast, millions without power",
                       "Cyclone Ghazeer made landfall near Bangladesh's Mongla with winds of up to 120 km per hour.",
                       at=T0 + timedelta(hours=3))
    assert live.edition and not compare(landfall, live).same
    assert not has_generic_head("China announces live-fire exercises: Taiwan on alert")
    assert EDITION in read_text(f"{ROUNDUP[0]}.\n{ROUNDUP[1]}").core


def test_a_roundup_of_several_countries_never_folds_into_the_first_event_it_retells():
    roundup = profile(*ROUNDUP, at=T0 + timedelta(hours=6))
    assert len(roundup.countries) >= 4
    verdict = compare(roundup, profile(*DEPOT))
    assert not verdict.same and verdict.reason == "a roundup of several events"


def test_an_explainer_under_a_generic_head_folds_into_its_event():
    assert compare(profile(*EXPLAINER, at=T0 + timedelta(hours=3)), profile(*TANKER)).same


def test_a_roundup_that_lists_its_events_folds_into_none_of_them():
    assert LISTS in read_text(TOP_STORIES[1]).core  # "X; Y; Z": three events or more
    briefing = profile(*MORNING_BRIEFING, at=T0 + timedelta(hours=2))
    roundup = profile(*TOP_STORIES, at=T0 + timedelta(hours=12))
    assert not briefing.lists  # one event, then "also today": an edition about that event
    verdict = compare(roundup, briefing)
    assert not verdict.same and verdict.reason == "a roundup of several events"


# --- follow-ups -----------------------------------------------------------------------------------------------


def test_a_retaliation_is_another_event_than_what_it_answers():
    verdict = compare(profile(*TIT_FOR_TAT, at=T0 + timedelta(hours=46)), profile(*EXPULSION))
    assert not verdict.same and verdict.reason == "a response to the other: another event"


def test_two_tellings_of_an_event_that_is_itself_a_response_fold():
    assert compare(profile(*STRIKES_REWRITE, at=T0 + timedelta(hours=3)), profile(*STRIKES)).same


def test_dotted_thousands_are_thousands():
    assert read_text("Ocupan 1.200 kilos de cocaína en una lancha").counts["ton"] == {"1.2"}
    assert read_text("Navy seizes 1,200 kg of cocaine").counts["ton"] == {"1.2"}
    assert read_text("Police seize 3.2 tonnes of cocaine").counts["ton"] == {"3.2"}


# --- datelines and dates --------------------------------------------------------------------------------------

# Two reports a wire files from one bureau the same morning: the dateline is all they share.
FLASH_FLOOD = ("Flash flood sweeps away two in Morocco's Al Hoceima province",
               ("RABAT, Nov 16 (Atlas Wire) - A shepherd and his son died after a flash flood swept through "
                "villages near Targuist in Al Hoceima province on Sunday night, local authorities said. About 40 "
                "families were evacuated and the road to Ketama was cut."))
DRIVERS_FREED = ("Three Moroccan truck drivers held in Mali are freed",
                 ("RABAT, Nov 16 (Atlas Wire) - Three Moroccan truck drivers kidnapped in eastern Mali in August "
                  "have been freed and are in good health, Morocco's foreign ministry said on Monday, thanking "
                  "Malian authorities. The men were seized near Menaka while hauling goods to Niger."))
LANDSLIDE = ("Landslide buries homes in Papua New Guinea's Enga province",
             ("PORT MORESBY, 3 November (Pacific Wire) - A landslide after days of heavy rain buried at least 18 "
              "houses near Wabag in Enga province before dawn, with officials fearing more than 30 people dead."))
LANDSLIDE_TOLL = ("Enga landslide toll rises to 41 as PNG declares a disaster zone",
                  ("PORT MORESBY, 4 November (Pacific Wire) - The confirmed death toll from the landslide that "
                   "buried houses near Wabag in Enga province after days of heavy rain reached 41, officials said."))


@pytest.mark.parametrize(("summary", "place", "rest"), [
    ("MANILA, Nov 4 (AsiaWire) - The ministry said", "manila", "The ministry said"),
    ("PORT MORESBY, 4 November (PacWire) - A landslide", "port moresby", "A landslide"),
    ("WASHINGTON (Reuters) - The Pentagon said", "washington", "The Pentagon said"),
    ("QUITO, Ecuador \u2014 Police said", "quito", "Police said"),
    ("Police said - on Monday - that", "", "Police said - on Monday - that"),
    ("UN officials said - on Monday", "", "UN officials said - on Monday"),
])
def test_a_wire_dateline_is_told_apart_from_the_report(summary, place, rest):
    assert split_dateline(summary) == (place, rest)


def test_two_reports_from_one_bureau_share_their_dateline_and_nothing_else():
    flood, freed = profile(*FLASH_FLOOD), profile(*DRIVERS_FREED, at=T0 + timedelta(hours=2))
    assert "rabat" not in flood.places | freed.places  # the bureau's city, which neither report is about
    assert not compare(freed, flood).same


def test_a_date_is_no_count():
    assert read_text(LANDSLIDE[1]).counts.keys() == {"dead"}  # "3 November" counts nothing
    assert dict(read_text("On November 4 police arrested 12 men").counts) == {"arrested": {"12"}, "men": {"12"}}
    # so the next day's dateline does not contradict the first: the toll rose, and the report says so
    assert compare(profile(*LANDSLIDE_TOLL, at=T0 + timedelta(hours=26)), profile(*LANDSLIDE)).same


def test_homes_lost_are_a_toll_that_may_rise():
    assert only_tolls_rose({"home": {"7"}}, {"home": {"19"}})
    assert not only_tolls_rose({"home": {"19"}}, {"home": {"7"}})


# --- the words of an event --------------------------------------------------------------------------------

BLACKOUT = ("Nationwide blackout hits Sri Lanka after a grid failure",
            ("Most of Sri Lanka lost power on Sunday afternoon after a fault at the Kotmale substation tripped the "
             "national grid, the Ceylon Electricity Board said. Hospitals ran on generators and commuter trains "
             "stopped."))
# another outlet's words for it: "darkness", "an outage"
BLACKOUT_REWRITE = ("Sri Lanka plunged into darkness",
                    ("An outage starting at the Kotmale substation left millions across the island without power on "
                     "Sunday, and hospitals treated patients by torchlight."))


@pytest.mark.parametrize("words", [("blackout", "outage", "darkness"), ("blaze", "fire", "flames"),
                                   ("explosion", "blast", "exploded"), ("hackers", "cyberattack", "ransomware"),
                                   ("avian", "flu", "h5n1"), ("earthquake", "quake", "tremor")])
def test_the_words_outlets_trade_for_one_event_read_as_one(words):
    assert len({stem(word) for word in words}) == 1


def test_a_rewrite_in_other_words_for_the_event_folds():
    assert compare(profile(*BLACKOUT_REWRITE, at=T0 + timedelta(hours=2)), profile(*BLACKOUT)).same


# --- retold in other words: the same names, the same headline words ------------------------------------------

HIJACK = ("Pirates hijack bulk carrier Aurora Spirit off Puntland",
          ("Armed men boarded the Maltese-flagged bulk carrier Aurora Spirit about 200 nautical miles off Eyl, "
          "Puntland, on Monday and sailed it towards the coast, the UK Maritime Trade Operations centre said. Its 22 "
          "crew are unharmed."))
# The next day's telling: other words (similarity 0.17, under the day-old bar), the ship, Eyl and Puntland again.
HIJACK_RETOLD = ("EU warship shadows hijacked Aurora Spirit off Puntland coast",
                 ("A frigate of the EU naval force Atalanta is following the Aurora Spirit as its captors hold the "
                 "vessel at anchor near Eyl. The Maltese owner says contact has been made with the master."))
# The same names, another ship's crew count: the figures disagree, so no retelling.
HIJACK_OTHER_CREW = ("Pirates hijack second bulk carrier off Puntland, Aurora Spirit still held",
                     ("Gunmen seized a second vessel off Eyl, Puntland, on Tuesday, taking its 17 crew hostage, while "
                     "the Aurora Spirit remained at anchor nearby, the UK Maritime Trade Operations centre said."))


def test_a_retelling_in_other_words_folds_on_its_names_and_headline():
    later = T0 + timedelta(hours=20)
    verdict = compare(profile(*HIJACK_RETOLD, at=later), profile(*HIJACK))
    assert verdict.same and verdict.similarity < 0.2


def test_a_retelling_past_a_day_and_a_half_is_a_later_development():
    later = T0 + ANCHOR_WINDOW + timedelta(hours=4)
    assert not compare(profile(*HIJACK_RETOLD, at=later), profile(*HIJACK)).same


def test_names_and_headline_words_never_outvote_figures_that_disagree():
    later = T0 + timedelta(hours=20)
    verdict = compare(profile(*HIJACK_OTHER_CREW, at=later), profile(*HIJACK))
    assert not verdict.same and verdict.reason.startswith("counts disagree")


def test_a_generic_item_is_never_a_retelling():
    briefing = ("Morning briefing", HIJACK_RETOLD[1] + " Elsewhere, markets opened higher.")
    assert not compare(profile(*briefing, at=T0 + timedelta(hours=2)), profile(*HIJACK)).same


# --- a named storm or fire ----------------------------------------------------------------------------------

WILDFIRE = ("Wind-driven Wheeler fire explodes near Ojai, forcing 9,000 to evacuate",
            ("Fanned by Santa Ana gusts topping 60 mph, the Wheeler fire grew to more than 3,500 acres within hours "
             "on Tuesday morning, prompting evacuation orders for about 9,000 residents in the Ojai Valley."))
WILDFIRE_LATER = ("Wheeler fire 45% contained as winds ease; 62 structures destroyed",
                  ("Firefighters made significant progress on the Wheeler fire on Thursday as the winds subsided, "
                   "bringing containment to 45%. Damage inspection teams have confirmed 62 structures destroyed."))
# Another fire near Ojai two days on, with a name of its own: the same kind of event in the same valley.
OTHER_WILDFIRE = ("Canyon fire breaks out near Ojai, 1,200 told to leave",
                  ("A new blaze, the Canyon fire, broke out in hills above the Ojai Valley on Thursday and grew to 800 "
                   "acres, prompting evacuation orders for about 1,200 residents."))


def test_the_storm_or_fire_a_headline_names_is_read_from_it():
    assert read_story(*WILDFIRE)[0].core.count(f"{EVENT}fire:wheeler") == 1
    assert named_events("Typhoon Kajiki slams into northern Philippines", "") == [f"{EVENT}storm:kajiki"]
    assert named_events("Huracán Polo toca tierra en Guerrero", "") == [f"{EVENT}storm:polo"]
    assert named_events("Storm Bríd: status red warning for Galway", "") == [f"{EVENT}storm:brid"]
    # heldout235: Norwegian and German name a storm in their own words and quotes
    assert named_events("Ekstremværet «Ragnhild»: Én død og over 90.000 uten strøm",
                        "Ekstremværet «Ragnhild» har krevd ett liv.") == [f"{EVENT}storm:ragnhild"]
    assert named_events("Sturmtief „Ragnhild“ erreicht Schleswig-Holstein",
                        "Das Sturmtief „Ragnhild“ hat Schleswig-Holstein erreicht.") == [f"{EVENT}storm:ragnhild"]


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Winter Storm Threatens Thanksgiving Travel", "A winter storm threatens travel across the Midwest."),
        ("Chile wildfire kills 2 and destroys 120 homes", "A wildfire near Valparaiso killed two people."),
        ("Tropical Storm Warning Issued For Florida Keys", "A Tropical Storm Warning is in effect for the Keys."),
        ("Massive Warehouse Fire Sends Smoke Over Icheon", "A fire at a logistics warehouse in Icheon ..."),
    ],
)
def test_a_word_after_a_storm_or_before_a_fire_is_no_name_unless_it_names_one(title, summary):
    """Title case capitalises every word: only a name the summary writes too is one; a country names no fire."""
    assert named_events(title, summary) == []


def test_a_storm_named_without_its_title_in_a_headline_is_the_storm_the_other_names():
    """heldout389: "Orla roars ashore" is Storm Orla, told in weather; "gunmen storm Bamessing" names no storm, and
    money "for Nangka recovery" is a step taken over the typhoon (heldout328)."""
    storm = profile("Storm Orla weakens over Georgia; Florida outages top 400,000, one dead",
                    "Orla weakened to a tropical depression as it moved into southern Georgia on Saturday evening.",
                    at=T0 + timedelta(hours=8))
    ashore = profile("Orla roars ashore in Levy County as surge floods Cedar Key streets",
                     "Water pushed into downtown Cedar Key as Orla crossed the coast with 65 mph winds.")
    assert compare(storm, ashore).reason == "same event: the storm or fire both headlines name"
    assert named_events("Ngoketunjia: Seven killed as gunmen storm Bamessing", "") == []
    typhoon = profile("Typhoon Nangka slams into northern Vietnam, at least three dead",
                      "Typhoon Nangka made landfall in Quang Ninh with winds of 130 km/h, killing three people.")
    recovery = profile("Gov't earmarks VND700 billion for Nangka recovery in northern provinces",
                       "The government set aside VND700 billion to help Quang Ninh and Hai Phong rebuild after "
                       "Nangka's winds and rain.", at=T0 + timedelta(hours=30))
    assert not rule_verdict(recovery, typhoon)[0].same


def test_two_days_on_a_report_of_the_same_named_fire_joins_it_in_other_words():
    later = profile(*WILDFIRE_LATER, at=T0 + timedelta(hours=50))
    verdict = compare(later, profile(*WILDFIRE))
    assert verdict.same and verdict.reason == "same event: the storm or fire both headlines name"
    assert verdict.similarity < 0.2  # its words alone, two days on, fall far short
    assert not compare(profile(*OTHER_WILDFIRE, at=T0 + timedelta(hours=50)), profile(*WILDFIRE)).same
    assert compare(profile(*WILDFIRE_LATER, at=T0 + UPDATE_WINDOW + timedelta(hours=1)),
                   profile(*WILDFIRE)).reason == "outside the time window"


# --- counts -------------------------------------------------------------------------------------------------


def test_a_clock_time_is_no_count():
    """"as of 8 am" and "as of 7am" in two reports of one flood, "PM2.5": no counts to disagree."""
    assert dict(read_text("Evacuees rose to 8,214 as of 8 am today").counts) == {"rose": {"8214"}}
    assert dict(read_text("41,530 evacuees as of 7am on Thursday").counts) == {"evacue": {"41530"}}
    assert "pm" not in read_text("Markets must close at 8pm; PM2.5 levels hit 40 times the limit").counts


def test_an_abbreviated_date_and_an_ordinal_are_no_counts():
    """"the Dec. 13 drone attack" against "more than 60 drones"; "the 22nd sanctions package"."""
    assert dict(read_text("the toll from the Dec. 13 Russian drone attack rose to four").counts) == {"rose": {"4"}}
    assert dict(read_text("The EU approved its 22nd package, blacklisting 117 tankers").counts) == {
        "blackl": {"117"}, "tanker": {"117"}}


def test_counts_of_things_other_than_people_that_disagree_may_be_read_again():
    """Oil wells' "initial 10,000 barrels" and "peak 40,000 barrels": two figures of one start of production, which
    the fold model may weigh; 12 dead and 3 never are."""
    first = profile("First oil flows from Kingfisher wells in Kikuube",
                    "Crude began flowing from the Kingfisher wells in Kikuube on Friday; the initial 10,000 barrels "
                    "per day will be moved to storage at Kabaale.")
    second = profile("Uganda starts oil production at Kingfisher field",
                     "President Museveni hailed the start of production at the Kingfisher field in Kikuube, which "
                     "is expected to reach a peak of 40,000 barrels per day.", at=T0 + timedelta(hours=3))
    verdict, second_reading = rule_verdict(second, first)
    assert verdict.reason.startswith("counts disagree") and second_reading is SecondReading.STRICT
    twelve = profile("Car bomb kills 12 in Kabul market", "A car bomb killed 12 people at a Kabul market.")
    three = profile("Car bomb kills 3 in Kabul market", "A car bomb killed 3 people at a Kabul market.",
                    at=T0 + timedelta(hours=3))
    assert rule_verdict(three, twelve)[1] is SecondReading.NEVER


# --- in a language the lists don't name ---------------------------------------------------------------------

QUAKE = ("Quake kills three in Turkey's Malatya, residents spend night outdoors",
         ("A magnitude 5.9 earthquake struck Malatya province in eastern Turkey late on Tuesday, killing three "
          "people and injuring 40, the disaster agency AFAD said."))
QUAKE_TR = ("Malatya'da 5,9 büyüklüğünde deprem: 3 kişi hayatını kaybetti",
            ("AFAD, Malatya'nın Yeşilyurt ilçesinde saat 23.05'te 5,9 büyüklüğünde deprem meydana geldiğini duyurdu. "
             "İçişleri Bakanlığı, hasarlı üç binanın yıkıldığını, enkaz altından 14 kişinin kurtarıldığını ve "
             "arama kurtarma çalışmalarının sürdüğünü açıkladı."))


def test_a_telling_in_a_language_the_lists_cannot_name_is_read_as_one_in_another_language():
    english, turkish = profile(*QUAKE), profile(*QUAKE_TR, at=T0 + timedelta(hours=1))
    assert (english.language, turkish.language) == ("en", OTHER)
    verdict = compare(turkish, english)
    assert verdict.same and verdict.reason == "same event, in two languages"  # Malatya, AFAD, 5.9


# --- a telling in another script that names no country ------------------------------------------------------

FIRE_EN = ("Fire engulfs logistics warehouse in South Korea's Icheon; two workers missing",
           ("A fire broke out at a logistics warehouse in Icheon, south of Seoul, on Wednesday morning, leaving two "
            "workers unaccounted for, South Korean fire officials said. About 60 firefighters were deployed."))
FIRE_KO = ("이천 물류창고 큰불…작업자 2명 연락두절",
           "경기 이천의 한 물류창고에서 수요일 오전 불이 나 작업자 2명이 연락이 두절됐다. 소방당국은 소방관 60명을 투입했다.")
# Korean news of another fire the same morning: one small figure in common, no more.
OTHER_FIRE_KO = ("섬유 공장 화재…2명 부상", "한 섬유 공장에서 불이 나 2명이 다쳤다. 소방당국은 소방관 40명을 투입했다.")


def test_a_telling_in_another_script_naming_no_country_is_read_as_its_scripts_news():
    korean = profile(*FIRE_KO, at=T0 + timedelta(hours=1))
    assert not korean.countries and korean.homes == {"KR", "KP"} and korean.foldable
    verdict = compare(korean, profile(*FIRE_EN))
    assert verdict.same and verdict.reason == "same event, in two scripts: its figures and names, at home"


def test_such_a_telling_needs_a_figure_that_tells_and_its_countrys_news():
    other = compare(profile(*OTHER_FIRE_KO, at=T0 + timedelta(hours=1)), profile(*FIRE_EN))
    assert not other.same and other.reason == "in two scripts, no country named: 1 figures in common"
    abroad = profile(FIRE_EN[0].replace("South Korea's Icheon", "Japan's Osaka"),
                     FIRE_EN[1].replace("Icheon, south of Seoul", "Osaka").replace("South Korean", "Japanese"))
    verdict = compare(profile(*FIRE_KO, at=T0 + timedelta(hours=1)), abroad)
    assert not verdict.same and verdict.reason == "in two scripts, no country in common"


LIGHTNING_BN = ("বজ্রপাতে ছয় জেলায় ১১ জনের মৃত্যু",
                "দেশের ছয় জেলায় বজ্রপাতে ১১ জনের মৃত্যু হয়েছে। নিহতদের মধ্যে চারজন কিশোরগঞ্জের হাওরে মাছ ধরছিলেন।")
LIGHTNING_EN = ("Lightning kills 11 in six districts",
                "At least 11 people, including four fishermen in a Kishoreganj haor, were killed by lightning today.")


def test_a_telling_naming_no_country_beside_one_in_another_script_is_read_as_at_home():
    # heldout68: the English telling names no country, so the Bengali one's countries were none of its own
    bengali, english = profile(*LIGHTNING_BN), profile(*LIGHTNING_EN, at=T0 + timedelta(hours=2))
    assert not english.countries and bengali.homes
    verdict = compare(english, bengali)  # "ছয় জেলায়", six districts, is read too: figures and names, or the kind
    assert verdict.same and verdict.reason.endswith(", at home")
    # ... and another kind of happening with the figure in common stays apart
    flood = profile("Flash floods kill 11 in four districts", "At least 11 people drowned in flash floods today.",
                    at=T0 + timedelta(hours=2))
    assert not compare(flood, bengali).same


def test_reports_naming_nothing_in_common_are_two_events_unless_one_names_no_country():
    quake = profile("Magnitude 5.6 earthquake hits southern Armenia near Iran border",
                    "A magnitude 5.6 earthquake struck Armenia's southern province early on Thursday, killing one "
                    "person and damaging dozens of homes, Armenia's emergency situations ministry said.")
    toll = profile("Syunik earthquake: death toll rises to two, over 300 houses damaged",
                   "The number of people killed in Thursday's earthquake in Syunik has risen to two, the Ministry "
                   "of Emergency Situations said. Teams have recorded damage to more than 300 houses.",
                   at=T0 + timedelta(hours=20))
    assert "AM" in quake.countries and not toll.countries and toll.names
    assert rule_verdict(toll, quake)[0].reason != "no place, person or organisation in common"
    georgia = profile("Magnitude 5.6 earthquake hits southern Georgia near Turkish border",
                      "A magnitude 5.6 earthquake struck Georgia's Samtskhe-Javakheti region early on Thursday, "
                      "killing one person and damaging dozens of homes in Akhaltsikhe, officials said.",
                      at=T0 + timedelta(hours=2))
    assert georgia.countries and not georgia.countries & quake.countries
    assert rule_verdict(georgia, quake)[0].reason == "no place, person or organisation in common"


# --- the same kind of happening, in two scripts -----------------------------------------------------------

DRONES = ("Russian drone attack on Odesa kills 3, damages port facilities",
          ("Russian drones struck Odesa overnight, killing three people and damaging port infrastructure and a "
           "residential building, Ukraine's regional governor said on Tuesday."))
# the same night's attack told in Russian: four dead, written in a word; no figure in common
DRONES_RU = ("При атаке дронов на Одессу погибли четыре человека",
             "Ночью беспилотники атаковали Одессу, повреждены портовая инфраструктура и жилой дом.")
# ... and an attack on another city that night
DRONES_KHARKIV_RU = ("При атаке дронов на Харьков пострадали три человека",
                     "Ночью беспилотники атаковали Харьков, повреждены жилые дома.")


def test_a_telling_in_another_script_folds_on_the_kind_of_happening_and_the_place():
    english, russian = profile(*DRONES), profile(*DRONES_RU, at=T0 + timedelta(hours=2))
    assert english.kinds == russian.kinds == {"drone"} and not english.written_figures
    verdict = compare(russian, english)
    assert verdict.same and verdict.reason == "same event, in two scripts: the same kind of happening"


def test_the_same_kind_of_happening_in_another_city_is_another_event():
    kharkiv = profile(*DRONES_KHARKIV_RU, at=T0 + timedelta(hours=2))
    assert "UA" in kharkiv.countries & profile(*DRONES).countries
    verdict = compare(kharkiv, profile(*DRONES))  # "три" hurt and "three" killed: a small figure tells nothing
    assert not verdict.same and verdict.reason == "in two scripts, 1 figures in common"


def test_a_recurring_item_never_folds_on_a_kind():
    roundup = profile("Evening wrap: Ukraine overnight", DRONES[1].replace("Russian drones", "Drones"))
    assert roundup.generic or roundup.edition
    assert not compare(profile(*DRONES_RU, at=T0 + timedelta(hours=2)), roundup).same


def test_two_kinds_in_common_are_enough_without_a_place_or_a_figure():
    english = profile("Tanker hit by missile off Yemen, crew safe, UKMTO says",
                      "A tanker was struck by a missile off Yemen's coast on Monday, the UKMTO agency said.")
    hebrew = profile("ספינת מכלית נפגעה מטיל מול חופי תימן", "לפי הדיווח, הספינה נפגעה מטילים.",
                     at=T0 + timedelta(hours=3))
    assert english.kinds & hebrew.kinds == {"ship", "missile"}
    assert compare(hebrew, english).same


def test_titles_whose_tolls_are_far_apart_are_two_events_of_one_kind():
    """`test_an_english_telling_after_one_in_another_script_finds_its_story` in folding's terms."""
    ferry = profile(*FERRY_ZH)
    other = profile(FERRY[0].replace("23", "3"), FERRY[1].replace("23", "3").replace("90", "40"),
                    at=T0 + timedelta(hours=1))
    assert ferry.kinds == other.kinds == {"boat"} and ferry.title_figures == {"23"}
    assert not compare(other, ferry).same


# --- scorelines -------------------------------------------------------------------------------------------

SEMI = ("Barcelona beat Athletic Club to reach Spanish Super Cup final",
        ("Lamine Yamal scored twice as Barcelona beat Athletic Club 3-1 in Jeddah on Thursday to reach the final "
         "of the Spanish Super Cup."))
SEMI_REWRITE = ("Yamal double sends Barcelona into Supercopa final in Jeddah",
                "Barcelona beat Athletic Bilbao 3–1 at King Abdullah Sports City in Jeddah on Thursday.")
OTHER_SEMI = ("Real Madrid beat Atletico to set up Super Cup final with Barcelona",
              ("Kylian Mbappe's late winner earns Real Madrid a 2-1 victory over Atletico in Jeddah to set up a "
               "final against Barcelona in the Spanish Super Cup."))


def test_a_title_s_stage_game_or_round_is_read_and_a_strike_staged_is_not():
    assert stages_named("Verhaegen crashes out on stage 14; the 13th stage's crash") == ["14", "13"]
    assert stages_named("Celtics force Game 7") == ["7"] and stages_named("Pogačar gana la 9ª etapa") == ["9"]
    assert stages_named("Nurses stage 24-hour strike") == [] and stages_named("Second round of talks") == []


def test_scorelines_are_read_the_smaller_side_first():
    assert scorelines("Barcelona beat Athletic 3-1; a 1–2 defeat; a 737-800 jet; 2026-12-01") == ["1-3", "1-2"]


def test_a_tennis_match_s_sets_are_one_scoreline_whichever_side_writes_them():
    assert scorelines("Andreeva beat Swiatek 6-4, 2-6, 6-3 in the final.") == ["4-6/6-2/3-6"]
    assert scorelines("Swiatek lost 4-6 6-2 3-6.") == ["4-6/6-2/3-6"]
    assert scorelines("Fonseca beat Sinner 7-6(4) 6-4 3-6 6-3 at Roland Garros") == ["6-7/4-6/6-3/3-6"]


WOMENS_FINAL = ("Andreeva beats Swiatek to win her first French Open title",
                ("Mirra Andreeva won her first Grand Slam title on Saturday, beating four-time champion Iga Swiatek "
                 "6-4, 2-6, 6-3 in the French Open final at Roland Garros."))
MENS_FINAL = ("Fonseca stuns Sinner to win first French Open title",
              ("Brazil's Joao Fonseca won his maiden Grand Slam title on Sunday, beating world number one Jannik "
               "Sinner 7-6(4) 6-4 3-6 6-3 in the French Open final at Roland Garros."))


def test_two_finals_a_day_apart_with_a_set_score_in_common_are_two_matches():
    # heldout67: both finals had a "6-3" set, which alone had let the men's final fold into the women's
    verdict = compare(profile(*MENS_FINAL, at=T0 + timedelta(hours=25)), profile(*WOMENS_FINAL))
    assert not verdict.same and verdict.reason == "different scores"


STAGE_CRASH = ("Mass crash on Tour de France stage 13 sends Vingegaard's teammates to hospital",
               ("A mass crash 40 km from the finish of stage 13 of the Tour de France brought down more than 20 riders "
                "near Carcassonne on Friday; two Visma-Lease a Bike riders abandoned the race with fractures."))
STAGE_CRASH_REWRITE = ("Tour de France: two Visma riders out after big pile-up on stage 13",
                       ("More than 20 riders went down in a crash on stage 13 of the Tour de France near Carcassonne, "
                        "and two of Jonas Vingegaard's Visma-Lease a Bike teammates abandoned with fractures."))
OTHER_STAGE_CRASH = ("Another Tour de France crash on stage 14 takes out two more riders",
                     ("A crash on a wet descent on stage 14 of the Tour de France brought down more than 20 riders on "
                      "Saturday, and two Visma-Lease a Bike riders abandoned the race with fractures."))


@pytest.mark.parametrize(("first", "rewrite", "other", "identity", "reason"), [
    (SHIP_FIRE, SHIP_FIRE_REWRITE, OTHER_SHIP_FIRE, ("ships", {"ocean meridian"}), "different ships"),
    (SEMI, SEMI_REWRITE, OTHER_SEMI, ("scores", {"1-3"}), "different scores"),
    (STAGE_CRASH, STAGE_CRASH_REWRITE, OTHER_STAGE_CRASH, ("stages", {"13"}), "another of a series"),
])
def test_what_names_one_event_folds_it_and_keeps_another_apart(first, rewrite, other, identity, reason):
    """Two ships, two scorelines, two stages of a race: two events; one ship, score or stage told twice: one."""
    told = profile(*first)
    assert getattr(told, identity[0]) == identity[1]
    assert compare(profile(*rewrite, at=T0 + timedelta(hours=2)), told).same
    later = profile(*other, at=T0 + timedelta(hours=8))
    verdict = compare(later, told)
    assert not verdict.same and verdict.reason == reason
    # one member that is another event refuses the whole story, whatever its other members say
    assert best_match(later, [later, told]).reason == reason


# --- cases of a disease -----------------------------------------------------------------------------------

def test_cases_of_a_disease_are_counted_and_may_rise():
    first = read_text("Tanzania confirms Marburg outbreak with six confirmed cases including five deaths.")
    assert first.counts["case"] == {"6"} and "includ" not in first.counts
    assert only_tolls_rose({"case": {"6"}}, {"case": {"9"}})
    reading, _ = read_story("Marburg cases in Kagera rise to nine", "Two more people tested positive.")
    assert TOLL_ROSE in reading.core


def test_a_count_the_word_before_took_stops_at_a_conjunction():
    # "killing 6 and injuring dozens": six dead, no count of the injured; "12 dead and 30 injured" as before
    assert read_text("Train derails, killing 6 and injuring dozens").counts == {"dead": {"6"}}
    assert read_text("12 dead and 30 injured in blast").counts == {"dead": {"12"}, "injured": {"30"}}
    assert read_text("Bus crash kills 12 and injures 30").counts == {"dead": {"12"}, "injured": {"30"}}


def test_two_dozen_is_one_count_of_twenty_four():
    # heldout53 and heldout63: "about two dozen missing" read as 2 and 12 disagreed with "20 missing"
    assert read_text("rescuers searched for about two dozen missing").counts == {"miss": {"24"}}
    assert read_text("Three hundred homes destroyed").counts == {"home": {"300"}}
    assert read_text("Fire kills a dozen").counts == {"dead": {"12"}}


def test_an_aftershock_s_magnitude_does_not_disagree_with_the_quake_s():
    # heldout14: the day-after report gave the strongest aftershock's magnitude, the quake's in a background clause
    first = read_text("Magnitude 5.8 earthquake shakes Almaty, residents flee into streets").counts
    later = read_text("Almaty quake: one dead as more than 60 aftershocks follow, the strongest of magnitude 4.1").counts
    assert first["magnit"] != later["magnit"] and counts_disagree(first, later) is None


def test_a_craft_s_designation_is_no_count():
    # heldout88: "An Antonov An-24 passenger plane" read as 24 passengers, against "all 25 passengers and six crew"
    assert read_text("An Antonov An-24 passenger plane carrying 31 people crashed").counts == {
        "carry": {"31"}, "crash": {"31"}}
    assert read_text("Shenzhou-28 crew of 3 lands safely").counts == {"land": {"3"}}
    assert read_text("Arsenal beat Chelsea 2-1").counts == {"chelse": {"1", "2"}}  # a score is no designation


def test_small_numbers_are_read_in_the_languages_local_outlets_write():
    assert read_text("Nebbia, tamponamento sull'A22: sei morti").counts["dead"] == {"6"}  # Italian
    assert read_text("W kopalni zginęło pięciu górników").counts["gornik"] == {"5"}  # Polish
    assert read_text("Due to fog, the motorway closed").counts == {}  # "due" is English first


def test_a_floor_is_kept_as_a_floor_until_a_content_word():
    assert read_text("Heatwave kills more than a dozen in Karachi").counts == {"dead": {"12+"}}  # "a" parts nothing
    assert read_text("killing at least 20 soldiers").counts == {"dead": {"20+"}, "soldier": {"20+"}}
    assert read_text("más de 30 muertos").counts == {"dead": {"30+"}}
    assert read_text("over the past two days, 5 people died").counts["dead"] == {"5"}  # "past" ends the floor


@pytest.mark.parametrize(
    ("first", "second", "one_toll"),
    [("Heatstroke kills 14 in Karachi", "Heatwave kills more than a dozen in Karachi", True),
     ("Nipah: 118 contacts traced", "Nipah: more than 100 contacts traced", True),
     ("Ambush kills at least 20 soldiers", "Ambush killed around 30 soldiers", True),
     ("Car bomb kills at least 3", "Car bomb kills 12", False),  # far above the floor: the issue's two bombings
     ("Car bomb kills at least 12", "Car bomb kills 9", False),  # under the floor
     ("Bomber kills six, at least six soldiers among them", "Boat sinks, nine dead", False)],  # said outright
)
def test_a_figure_that_meets_a_floor_not_far_above_it_does_not_disagree_with_it(first, second, one_toll):
    a, b = read_text(first).counts, read_text(second).counts
    assert counts_disagree(a, b) is not None  # not the same figure: still no agreement to lower a bar with
    assert floors_met(a, b) is one_toll and floors_met(b, a) is one_toll


def test_a_floor_a_later_figure_meets_lets_the_pair_be_read_on_its_words():
    first = profile("Ambush in central Mali kills at least 20 soldiers",
                    "Militants ambushed an army supply convoy near Boni on Wednesday, killing at least 20 soldiers.")
    later = profile("Mali army confirms losses in Boni convoy ambush",
                    "The army acknowledged losses in Wednesday's ambush of a supply convoy near Boni; local sources "
                    "put the toll at around 30 soldiers.", at=T0 + timedelta(hours=20))
    assert not compare(later, first).reason.startswith("counts disagree")
    # the issue's trap: 12 dead, then a car bomb there with at least 3, under that toll and far under its floor
    twelve = profile("Car bomb kills 12 in Mogadishu", "A car bomb killed 12 people at a market.")
    three = profile("Car bomb kills at least 3 in Mogadishu", "A car bomb killed at least 3 people at a market.",
                    at=T0 + timedelta(hours=20))
    assert compare(three, twelve).reason.startswith("counts disagree")


QUAKE_6_4 = ("Magnitude 6.4 earthquake strikes off southern Philippines",
             ("A strong undersea earthquake struck off Mindanao early on Tuesday, rattling coastal towns, said "
              "UNICEF, which runs schools there."))
QUAKE_6_4_REWRITE = ("Magnitude 6.4 quake jolts Surigao del Sur; 2 dead",
                     "Two people died when walls collapsed in Tandag City as the tremor shook the province.")


def test_one_kind_of_happening_and_one_measure_to_a_decimal_is_one_event():
    first, rewrite = profile(*QUAKE_6_4), profile(*QUAKE_6_4_REWRITE, at=T0 + timedelta(hours=3))
    assert "quake:6.4" in first.measures & rewrite.measures
    verdict = compare(rewrite, first)
    assert verdict.same and verdict.reason == "same event: its kind and its measure"
    assert could_fold(rewrite, first.words, first.core)  # the words alone would not let it through
    another = profile("Magnitude 6.1 quake jolts Davao Oriental; 2 dead",
                      "Two people died when walls collapsed in Mati City as the tremor shook the province.",
                      at=T0 + timedelta(hours=3))
    assert not compare(another, first).same  # another magnitude: another quake
    live = profile("Live updates: Tuesday's top stories",
                   "A magnitude 6.4 quake rattled the south. Markets slid as the central bank met, and the capital's "
                   "mayor opened a new metro line.", at=T0 + timedelta(hours=3))
    assert not compare(live, first).same  # a live page retells many things
    elsewhere = profile("Magnitude 6.4 quake jolts eastern Indonesia; 2 dead",
                        "Two people died in Ternate as the tremor shook North Maluku, UNICEF said.",
                        at=T0 + timedelta(hours=3))
    assert not rule_verdict(elsewhere, first)[0].same  # the same magnitude in another country (one agency tells both)


def test_two_headlines_in_two_countries_neither_telling_names_the_other_s_are_two_events():
    """heldout393: an attack on soldiers in Togo and one in Benin the same day, both near Burkina Faso's border."""
    togo = profile("Gunmen kill eight Togolese soldiers in attack on northern army post -sources",
                   "Suspected Islamist militants killed eight soldiers in an overnight attack on a military post in "
                   "northern Togo's Savanes region near the border with Burkina Faso, two security sources said on "
                   "Saturday, one of the deadliest assaults in the West African country.")
    benin = profile("Benin soldiers killed in jihadist attack near Niger border",
                    "Several Beninese soldiers were killed on Saturday when suspected jihadists ambushed a patrol in "
                    "the W National Park area of the northern Alibori department, near the borders with Niger and "
                    "Burkina Faso, military sources told AFP.", at=T0 + timedelta(hours=6))
    assert rule_verdict(benin, togo)[0].reason == HEADLINE_COUNTRIES_APART
    # a headline's "Niger" is also Nigeria's Niger State: no country said
    niger_state = profile("Gunmen kill 14 in Niger community",
                          "Gunmen killed 14 people in Bangi, Mariga local government area, police said.")
    nigeria = profile("Gunmen kill 14 villagers in central Nigeria",
                      "Gunmen killed 14 villagers in Niger state, police said on Monday.", at=T0 + timedelta(hours=2))
    assert rule_verdict(nigeria, niger_state)[0].reason != HEADLINE_COUNTRIES_APART


def test_seconds_are_a_span_of_time_that_never_disagrees():
    won = read_text("Kipkemoi wins the marathon in 2 hours, 5 minutes, 48 seconds").counts
    assert not counts_disagree(won, read_text("Kipkemoi wins the marathon by three seconds").counts)


def test_those_aboard_are_told_loosely_but_not_any_figure_at_all():
    """heldout379: "23 passengers were rescued" and "carrying 34 passengers" are one sinking's figures. Yet 2,000
    aboard a cruise ship and 300 aboard a ferry are two ships."""
    rescued = read_text("Police said 23 passengers were rescued by local fishermen").counts
    carried = read_text("The vessel had left Likoma Island carrying 34 passengers").counts
    assert counts_disagree(rescued, carried) is None
    cruise = read_text("The cruise ship had 2,000 passengers on board").counts
    ferry = read_text("The ferry had 300 passengers on board").counts
    assert counts_disagree(cruise, ferry) == "passen"


FERRY_BD = ("Ferry sinks after collision off Chandpur, at least 13 dead",
            ("An overcrowded ferry sank in the Meghna river off Chandpur late on Tuesday after a collision with a "
             "sand-laden vessel, killing at least 13 people, officials said."))
FERRY_BD_REWRITE = ("Thirteen killed as passenger ferry sinks near Dhaka",
                    ("A passenger ferry carrying about 150 people sank after hitting a cargo vessel south of Dhaka on "
                     "Tuesday night, killing 13; dozens are missing, police said."))


def test_a_kind_of_happening_in_a_country_both_name_counts_as_a_name_in_common():
    """Chandpur and Dhaka are two places of one country: no name in common, yet a ferry that sank there."""
    first, rewrite = profile(*FERRY_BD), profile(*FERRY_BD_REWRITE, at=T0 + timedelta(hours=5))
    assert not (first.places & rewrite.places) and first.countries == rewrite.countries == {"BD"}
    assert compare(rewrite, first).same
    elsewhere = profile(FERRY_BD_REWRITE[0].replace("Dhaka", "Manila"),
                        FERRY_BD_REWRITE[1].replace("Dhaka", "Manila"), at=T0 + timedelta(hours=5))
    assert not compare(elsewhere, first).same


def test_fire_crews_at_another_kind_of_happening_name_no_fire():
    assert profile(*FERRY_BD_REWRITE).kinds == {"boat", "ship"}
    assert kinds_of("Divers searched the river, the fire service said; 120 firefighters joined them") == set()


# --- explainers -------------------------------------------------------------------------------------------

FINE = ("EU fines Booking.com 410 million euros for breaking competition rules",
        ("The European Commission fined Booking.com 410 million euros on Tuesday, saying the Amsterdam-based platform "
         "abused its dominance by stopping hotels from offering lower prices elsewhere."))
FINE_EXPLAINED = ("Booking.com fine: What the EU ruling means for hotels and travellers",
                  ("Brussels says the platform's parity clauses kept room rates high across the bloc. Here is how "
                   "the Commission's decision could change what travellers pay, and what Booking.com says next."))


def test_an_explainer_a_day_on_folds_on_the_names_it_shares():
    explained = profile(*FINE_EXPLAINED, at=T0 + timedelta(hours=20))
    assert explained.explainer and not profile(*FINE).explainer
    verdict = compare(explained, profile(*FINE))
    assert verdict.same and verdict.reason == "same event, explained: its names"


def test_an_analysis_headline_reads_as_an_explainer_and_a_report_does_not():
    for title in ("Frankfurt airport chaos: How a fuel pipe fault grounded Germany's hub",
                  "Bird flu has reached British dairy cows. How worried should we be?",
                  "Port Sudan drone strike exposes army's vulnerable wartime capital",
                  "Hualien quake puts post-2024 retrofits to the test",
                  "Mapo sinkhole revives fears over Seoul's ageing underground pipes",
                  "Why Port Sudan, once a safe haven, is now in the crosshairs",
                  "Konduga: How bombers slipped into busy fish market"):
        assert profile(title, "Officials said on Thursday that the inquiry would take weeks.").explainer, title
    for title in ("Frankfurt airport halts departures after fuel pipe fault", "How Brazil beat Argentina 2-1",
                  "Drones strike fuel depot in Port Sudan"):
        assert not profile(title, "Officials said on Thursday that the inquiry would take weeks.").explainer, title


def test_an_explainer_of_something_else_or_past_a_day_and_a_half_stays_apart():
    other = profile("What the Digital Markets Act means for app stores",
                    "The European Commission's new rules take effect on Monday. Here is what changes for Apple and Google.",
                    at=T0 + timedelta(hours=20))
    assert other.explainer and not compare(other, profile(*FINE)).same
    late = profile(*FINE_EXPLAINED, at=T0 + ANCHOR_WINDOW + timedelta(hours=1))
    assert compare(late, profile(*FINE)).reason != "same event, explained: its names"


def test_an_explainer_sharing_one_name_needs_a_headline_word_besides_it():
    """heldout181: "Abuja building collapse: Why do Nigerian buildings keep falling down?" shares "Abuja", and only
    that word of its headline, with "Fuel price hits N1,950/litre as NNPC adjusts pumps in Lagos, Abuja"."""
    fuel = profile("Fuel price hits N1,950/litre as NNPC adjusts pumps in Lagos, Abuja",
                   ("Motorists woke up to new petrol prices on Friday as NNPC retail outlets in Lagos adjusted their "
                    "pumps to N1,950 per litre from N1,650. In Abuja, the product now sells for N1,985."))
    explainer = profile("Abuja building collapse: Why do Nigerian buildings keep falling down?",
                        ("Eleven people died when a three-storey block in the Garki district of Nigeria's capital "
                         "caved in on Friday. Engineers blame poor materials and weak enforcement of building codes."),
                        at=T0 + timedelta(hours=18))
    assert explainer.explainer
    assert compare(explainer, fuel).reason != "same event, explained: its names"


# --- tolls and magnitudes ---------------------------------------------------------------------------------

FERRY_FIRST = ("Fire engulfs passenger ferry off central Philippines, at least 7 dead",
               ("A fire broke out on a passenger ferry carrying more than 200 people off the central Philippine "
                "province of Cebu early on Monday, killing at least seven people, the coast guard said. More than "
                "180 passengers and crew were rescued."))
FERRY_LATER = ("Ferry catches fire near Philippine islands, killing 9 as passengers leap into sea",
               ("A ferry carrying 212 people caught fire before dawn Monday as it sailed to the Camotes Islands in "
                "the central Philippines, killing at least nine passengers, officials said."))


def test_a_toll_counted_by_the_word_beside_it_is_the_toll_alone():
    assert read_text("killing at least nine passengers").counts == {"dead": {"9+"}}
    assert read_text("Nine miners killed; 40 miners rescued").counts == {"dead": {"9"}, "miner": {"40"}}
    # the passengers rescued in one telling and those killed in the other are two groups, not two ferries
    verdict = compare(profile(*FERRY_LATER, at=T0 + timedelta(hours=4)), profile(*FERRY_FIRST))
    assert "counts disagree" not in verdict.reason


SUMBAWA = ("M6.1 quake jolts Sumbawa, four reported dead",
           ("A magnitude 6.1 earthquake struck Sumbawa island in West Nusa Tenggara on Wednesday, killing four "
            "people and damaging homes, Indonesia's BMKG said. There was no tsunami threat."))
FLORES = ("Magnitude 5.8 quake shakes eastern Indonesia, damaging homes",
          ("A magnitude 5.8 earthquake struck off Flores island in East Nusa Tenggara on Friday, damaging homes, "
           "Indonesian officials said. There was no tsunami threat."))


def test_two_magnitudes_apart_are_two_quakes_but_agencies_and_aftershocks_are_not():
    assert compare(profile(*FLORES, at=T0 + timedelta(hours=40)), profile(*SUMBAWA)).reason == DIFFERENT_QUAKES
    agency = profile("Magnitude 6.3 quake hits Sumbawa, BMKG says",
                     "The earthquake of magnitude 6.3 struck Sumbawa island in West Nusa Tenggara on Wednesday, "
                     "killing four people, Indonesia's agency said.", at=T0 + timedelta(hours=2))
    assert compare(agency, profile(*SUMBAWA)).reason != DIFFERENT_QUAKES  # one quake, two agencies' figures
    aftershock = profile("Magnitude 4.8 aftershock rattles Sumbawa as four buried",
                         "A magnitude 4.8 aftershock shook Sumbawa island in West Nusa Tenggara on Thursday, a "
                         "day after the deadly quake.", at=T0 + timedelta(hours=20))
    assert compare(aftershock, profile(*SUMBAWA)).reason != DIFFERENT_QUAKES
    # a story holding a member of either quake refuses the other (`best_match`)
    assert best_match(profile(*FLORES, at=T0 + timedelta(hours=40)), [profile(*SUMBAWA)]).reason == DIFFERENT_QUAKES


LANDSLIDE_PERU = ("Landslide buries homes in Peru's Huanuco region, killing 7",
                  ("A landslide triggered by days of heavy rain buried a dozen homes in the village of Chinchao in the "
                   "Andean region of Huanuco on Tuesday, killing seven people, regional officials said."))


def test_a_report_that_the_toll_rose_joins_the_happening_of_its_kind_it_names():
    later = ("Death toll from Huanuco landslide climbs to 16 as rescuers search for missing",
             ("Rescuers with sniffer dogs dug through mud on Wednesday as the number of dead rose, the emergency "
              "agency INDECI said, with road access to the area still cut."))
    verdict = compare(profile(*later, at=T0 + timedelta(hours=29)), profile(*LANDSLIDE_PERU))
    assert verdict.same and verdict.reason == TOLL_UPDATED
    # another landslide's toll, in another region of the same country, is another landslide
    elsewhere = (later[0].replace("Huanuco", "Cusco"), later[1])
    assert not compare(profile(*elsewhere, at=T0 + timedelta(hours=29)), profile(*LANDSLIDE_PERU)).same


def test_myriads_are_read_as_the_english_telling_writes_the_figure():
    assert {"870000"} <= set(script_figures("トヨタ 燃料ポンプ不具合で約87万台リコール届け出"))
    assert {"420", "420000"} <= set(script_figures("國防特別預算三讀 4200億元"))  # 420 billion, 420,000 million
    assert "1.2" in script_figures("120万人が避難")  # 1.2 million
    assert "600" in script_figures("주민 600여명 대피") and len(script_figures("주민 600여명 대피")) == 1


RECALL = ("Toyota to recall 870,000 vehicles over faulty fuel pump",
          ("Toyota Motor Corp. said Thursday it will recall around 870,000 vehicles in Japan, including Prius and "
           "Corolla models, due to a fuel pump defect that could stall engines."))
RECALL_JA = ("トヨタ 燃料ポンプ不具合で約87万台リコール届け出",
             "トヨタ自動車は、燃料ポンプに不具合があるとして、「プリウス」や「カローラ」など、あわせて約87万台のリコールを届け出ました。")


def test_a_large_figure_both_state_tells_one_event_across_scripts():
    verdict = compare(profile(*RECALL_JA, at=T0 + timedelta(hours=3)), profile(*RECALL))
    assert verdict.same and verdict.reason == LARGE_FIGURE_SHARED
    # ... unless the other telling places its news in a country whose news the script does not write
    german = profile(RECALL[0].replace("Toyota", "Volkswagen"), RECALL[1].replace("Toyota Motor Corp.", "Volkswagen")
                     .replace("in Japan", "in Germany").replace("Prius and Corolla", "Golf and Passat"))
    assert compare(profile(*RECALL_JA, at=T0 + timedelta(hours=3)), german).reason != LARGE_FIGURE_SHARED
    # a year is no such figure
    budget = profile("Knesset passes 2028 state budget", "Lawmakers approved the 2028 budget after a long session.")
    hebrew = profile("אושר סופית: הכנסת העבירה את תקציב המדינה ל-2028", "התקציב אושר בקריאה שלישית.",
                     at=T0 + timedelta(hours=2))
    assert compare(hebrew, budget).reason != LARGE_FIGURE_SHARED


def test_a_name_written_in_latin_letters_in_another_script_tells_one_event():
    ferry = profile("Ferry with 412 passengers runs aground off Paros",
                    "The Aegean Star ran aground off Paros on Monday; the coast guard said nobody was hurt.")
    greek = profile("Προσάραξη πλοίου στην Πάρο", "Το Aegean Star προσάραξε ανοιχτά της Πάρου.",
                    at=T0 + timedelta(hours=2))
    verdict = compare(greek, ferry)
    assert verdict.same and verdict.reason == LATIN_NAME


def test_the_arabic_script_is_read_as_the_tongue_it_writes_and_its_countries_news():
    assert arabic_tongue("مصرع 4 وإصابة 27 في تصادم قطارين بسوهاج") == "ar"
    assert arabic_tongue("پہلا ٹی ٹوئنٹی: آئرلینڈ نے پاکستان کو 22 رنز سے ہرا دیا") == "ur"
    assert arabic_tongue("زلزله ۵.۶ ریشتری راور کرمان را لرزاند") == "fa"
    cricket = profile("Ireland stun Pakistan by 22 runs in first T20",
                      "Ireland beat Pakistan by 22 runs in Dublin, with Little taking 4 wickets and Tector making 27.")
    # Arabic news of a train crash with 4 dead and 27 hurt is no news of Pakistan, whose script it shares
    egypt = profile("مصرع 4 وإصابة 27 في تصادم قطارين بالصعيد", "تصادم قطارين في الصعيد أسفر عن مصرع 4 وإصابة 27.",
                    at=T0 + timedelta(hours=2))
    assert "PK" not in egypt.homes and "EG" in egypt.homes
    assert not compare(egypt, cricket).same
    urdu = profile("پہلا ٹی ٹوئنٹی: آئرلینڈ نے پاکستان کو 22 رنز سے ہرا دیا", "لٹل نے 4 وکٹیں لیں اور ٹیکٹر نے 27 رنز بنائے۔",
                   at=T0 + timedelta(hours=2))
    assert urdu.homes == {"PK", "IN"} or urdu.countries


SHOOTING = ("Shooting near Milwaukee Fourth of July fireworks kills 4, wounds 11",
            ("Gunfire erupted near a lakefront park in Milwaukee as crowds left a Fourth of July fireworks show, "
             "killing four people and wounding 11 others, police said."))
ARRESTS = ("Two teens arrested in Milwaukee Fourth of July fireworks shooting",
           ("Milwaukee police said they had arrested two 17-year-olds in connection with the shooting near the "
            "lakefront park that killed four people, and were searching for a third suspect."))


def test_an_arrest_a_day_and_more_after_an_event_is_an_event_of_its_own():
    arrests = profile(*ARRESTS, at=T0 + timedelta(hours=39))
    assert arrests.development and not profile(*SHOOTING).development
    assert compare(arrests, profile(*SHOOTING)).reason == DEVELOPMENT_OF_OTHER
    # within hours it is still the event's news, and two reports of the arrest are one
    assert compare(profile(*ARRESTS, at=T0 + timedelta(hours=5)), profile(*SHOOTING)).reason != DEVELOPMENT_OF_OTHER
    assert compare(profile(*ARRESTS, at=T0 + timedelta(hours=41)), arrests).same
    assert profile("Hanoi orders fire safety inspections of all mini apartment buildings", "").development
    # a court's committal and aid for the stricken are steps too (heldout67's followups)
    assert profile("Hamburg station stabbing suspect sent to psychiatric hospital", "").development
    assert profile("Pakistan: UN launches $48 million flash appeal after Cyclone Akvan", "").development
    assert profile("EU releases €4.5 million in emergency aid for cyclone-hit Mozambique", "").development
    assert not profile("Madagascar cyclone death toll rises to 21 as aid struggles to reach towns", "").development
    assert profile("Türkiye declares quake-hit Kemah disaster zone, pledges 1,200 new homes", "").development
    # and so is the state's answer to a disaster, a day on
    assert profile("Spain approves 400 million euro aid package for flood-hit Murcia", "").development
    assert profile("White House approves major disaster declaration for Louisiana", "").development
    assert profile("Cagayan placed under state of calamity after typhoon", "").development
    assert profile("Police raid battery maker over deadly plant fire", "").development
    assert profile("Police book man in 60s over Samcheok wildfire", "").development
    assert not profile("Brazilian police raid in Rio favela complex kills 11", "").development  # the raid is the event
    assert not profile("Belgrade protest arrests rise to 31; fourteen people injured", "").development
    assert profile("Poland summons Russian chargé d'affaires over drone incursion", "").development
    assert profile("DFA summons Chinese envoy over Bajo de Masinloc collision", "").development


ERZINCAN_QUAKE = ("Strong quake in eastern Turkey kills at least 7 and injures dozens",
                  "A magnitude 6.0 earthquake struck Erzincan province on Monday, killing at least seven people in Kemah.")
ERZINCAN_TOLL = ("Death toll from eastern Turkey earthquake rises to 11",
                 "Rescuers pulled more bodies from collapsed homes in Kemah, Erzincan, raising the toll to 11.")
DISASTER_ZONE = ("Türkiye declares quake-hit Kemah disaster zone, pledges 1,200 new homes",
                 ("The government on Tuesday declared Erzincan's Kemah district a general disaster zone after "
                  "Monday's magnitude 6.0 earthquake, and pledged to build 1,200 homes within a year."))


def test_a_step_taken_a_day_after_an_event_joins_none_of_its_story_however_close_a_later_member():
    # heldout70: the disaster zone came a day after the quake and hours after its toll rose; the toll's report,
    # close in time, had let it in
    quake, toll = profile(*ERZINCAN_QUAKE), profile(*ERZINCAN_TOLL, at=T0 + timedelta(hours=20))
    zone = profile(*DISASTER_ZONE, at=T0 + timedelta(hours=26))
    assert compare(zone, quake).reason == DEVELOPMENT_OF_OTHER
    assert best_match(zone, [quake, toll]).reason == DEVELOPMENT_OF_OTHER
    assert not profile("Whitecourt wildfire grows; evacuation order expanded", "").development


SUSPENSION = ("Peruvian court suspends Prime Minister Ortega over campaign funds case",
              ("Peru's Constitutional Tribunal suspended Prime Minister Luis Ortega from office on Monday while it hears "
               "a case over undeclared campaign funds, plunging the governing coalition into uncertainty."))
ACTING = ("Peru names deputy PM Salas as acting premier after Ortega suspension",
          ("Peru's cabinet on Tuesday named Deputy Prime Minister Carmen Salas acting premier, a day after the "
           "Constitutional Tribunal suspended Prime Minister Luis Ortega over undeclared campaign funds."))


def test_a_successor_named_a_day_after_a_suspension_is_an_event_of_its_own():
    # heldout81 and heldout82: a farm minister named a day after his predecessor resigned, an acting prime minister
    # a day after the court suspended the premier; the suspension is itself a step ("suspends"), so the
    # appointment has a mark of its own
    suspension, acting = profile(*SUSPENSION), profile(*ACTING, at=T0 + timedelta(hours=28))
    assert suspension.development and acting.succession and not suspension.succession
    assert compare(acting, suspension).reason == DEVELOPMENT_OF_OTHER
    # two reports of the appointment are one, and so is an appointment told hours after the departure it fills
    assert compare(profile(*ACTING, at=T0 + timedelta(hours=30)), acting).same
    assert compare(profile(*ACTING, at=T0 + timedelta(hours=4)), suspension).reason != DEVELOPMENT_OF_OTHER
    assert profile("Ex-central banker Ruiz named new finance minister after Vega exit", "").succession
    assert profile("Club appoints former captain as interim head coach", "").succession
    assert not profile("PCB names two uncapped players in Test squad for New Zealand tour", "").succession

KALAMATA_FIRE = ("Wildfire near Kalamata forces evacuation of hillside villages",
            ("A wildfire driven by strong winds swept through olive groves near the southern Greek city of Kalamata on "
             "Monday, and the fire brigade ordered five villages evacuated."))
KALAMATA_OVERNIGHT = ("Kalamata wildfire burns through the night as crews fight to save homes",
                      ("Firefighters backed by water-dropping aircraft battled overnight to keep the blaze in the "
                       "Messinia hills from reaching the outskirts of Kalamata, officials said on Tuesday."))


def test_one_wildfire_at_one_town_told_again_the_next_day_is_one_story():
    # heldout82's wildfire near Patras told a day on in words of its own: the kind and the town in common, two
    # headline words
    fire, overnight = profile(*KALAMATA_FIRE), profile(*KALAMATA_OVERNIGHT, at=T0 + timedelta(hours=20))
    assert compare(overnight, fire).reason == SAME_DISASTER
    # not past the window, nor for a step taken over it, nor for a kind of happening a town sees twice a day
    assert not compare(profile(*KALAMATA_OVERNIGHT, at=T0 + ANCHOR_WINDOW + timedelta(hours=1)), fire).same
    fund = profile("Greece approves 30 million euro aid package for Kalamata wildfire victims",
                   "The government approved emergency aid for farmers and homeowners near Kalamata.",
                   at=T0 + timedelta(hours=26))
    assert fund.development and not compare(fund, fire).same
    strike = profile("Drone strike on car near Tyre kills two", "An Israeli drone hit a car near Tyre on Monday.")
    later_strike = profile("Second drone strike near Tyre kills one as raids continue",
                           "A drone hit a motorcycle on the Tyre coastal road, the health ministry said.",
                           at=T0 + timedelta(hours=20))
    assert compare(later_strike, strike).reason != SAME_DISASTER


def test_a_cloudburst_is_a_flood():
    assert "flood" in kinds_of("Cloudburst in Uttarakhand's Pithoragarh; five dead")
    assert "flood" in kinds_of("धारचूला में बादल फटा: पांच लोगों की मौत")

POLE = ("Norris snatches pole in Melbourne as Rossi settles for P2",
        "Lando Norris took pole position for the Australian Grand Prix at Albert Park on Saturday, ahead of Rossi.")
RACE = ("Rossi wins home Grand Prix in Melbourne after late safety car",
        "Rossi won the Australian Grand Prix at Albert Park on Sunday, ahead of pole-sitter Lando Norris.")


def test_a_race_s_qualifying_and_the_race_are_two_events():
    # heldout71 and heldout87: the pole a day before the race, told with the same drivers, circuit and city
    pole, race = profile(*POLE), profile(*RACE, at=T0 + timedelta(hours=26))
    assert pole.qualifying and not race.qualifying
    assert compare(race, pole).reason == TWO_SESSIONS
    assert best_match(race, [pole]).reason == TWO_SESSIONS
    assert not profile("Las Vegas GP: Russell wins from pole as title fight heads to Qatar", "").qualifying
    assert not profile("Chang'e 8 lander arrives in lunar orbit ahead of south pole touchdown", "").qualifying

def test_a_month_short_form_is_no_proper_name():
    assert "sept" not in proper_names("Death toll rises.\nRescuers said the Sept. 6 strike on Kryvyi Rih killed 12.")
    assert "vinci" in proper_names("Ariane 6 fails.\nThe rocket's Vinci engine shut down on Oct. 3 over Kourou.")


SARPOL_QUAKE_FA = ("زلزله ۶.۱ ریشتری سرپل ذهاب را لرزاند؛ ۷ نفر جان باختند",
                   "زمین‌لرزه‌ای به بزرگی ۶.۱ ریشتر حوالی سرپل ذهاب در استان کرمانشاه را لرزاند.")
MORNING_BRIEFING = ("Tuesday briefing: The biggest stories this morning",
                    ("In today's newsletter: the latest on the earthquake in western Iran, a crunch week in "
                     "Westminster, and the rest of the day's headlines."))


def test_an_edition_that_mentions_an_event_among_others_is_no_telling_of_it_in_another_script():
    persian = profile(*SARPOL_QUAKE_FA)
    assert persian.countries == {"IR"}  # Kermanshah, a town its own news writes in Persian
    briefing = profile(*MORNING_BRIEFING, at=T0 + timedelta(hours=11))
    assert not compare(briefing, persian).same


POLTAVA_STRIKE = ("Russian drone attack on Ukraine's Poltava kills three, governor says",
                  ("A Russian drone attack on the central Ukrainian city of Poltava overnight killed three people and "
                   "wounded 11, damaging a nine-storey apartment building, the regional governor said on Monday."))
WAR_LIVE = ("Russia-Ukraine war live: Kyiv presses allies for more air defence after overnight attacks",
            ("Ukraine's air force says 94 drones were launched overnight, with strikes reported in the Poltava and "
             "Kharkiv regions. Follow all the latest developments."))


def test_a_live_page_named_by_its_subject_needs_the_bar_of_a_generic_title():
    strike, live = profile(*POLTAVA_STRIKE), profile(*WAR_LIVE, at=T0 + timedelta(hours=4))
    assert live.edition
    assert not compare(live, strike).same


# A Persian first report of a hotel fire in Mashhad, and the English news of its toll the next morning: 20 hours
# apart, past `ACROSS_WINDOW`, with no figure in common (7 dead, then 10).
HOTEL_FIRE_FA = ("آتش‌سوزی در هتلی در مشهد؛ ۷ زائر جان باختند",
                 ("آتش‌سوزی در یک هتل در نزدیکی حرم در مشهد بامداد امروز جان هفت زائر عراقی را گرفت و ده‌ها نفر "
                  "مصدوم شدند، به گفته سخنگوی آتش‌نشانی."))
HOTEL_FIRE_TOLL = ("Death toll in Mashhad hotel fire rises to 10",
                   ("Three more Iraqi pilgrims injured in the hotel fire near the shrine in Mashhad died in hospital, "
                    "bringing the toll to 10, Iranian state media said on Friday."))
# ... and a Persian report of a pilgrims' bus overturned on the Mashhad road that morning: another event.
BUS_CRASH_FA = ("واژگونی اتوبوس زائران در جاده مشهد؛ ۷ کشته",
                ("یک اتوبوس حامل زائران عراقی بامداد امروز در جاده مشهد واژگون شد و هفت نفر کشته و ده‌ها نفر مصدوم "
                 "شدند، به گفته پلیس راه."))


def test_a_telling_in_another_script_that_the_rules_refuse_is_read_again_by_the_fold_model():
    persian, toll = profile(*HOTEL_FIRE_FA), profile(*HOTEL_FIRE_TOLL, at=T0 + timedelta(hours=20))
    verdict, second_reading = rule_verdict(toll, persian)
    assert not verdict.same and verdict.reason == "in two scripts, too far apart"
    assert second_reading is SecondReading.SCRIPT
    verdict = compare(toll, persian)
    assert verdict.same and verdict.reason.startswith("same event, by its facts together")


def test_a_telling_in_another_script_of_another_kind_of_happening_is_not_read_again():
    bus_crash, toll = profile(*BUS_CRASH_FA), profile(*HOTEL_FIRE_TOLL, at=T0 + timedelta(hours=20))
    assert bus_crash.kinds and toll.kinds and not bus_crash.kinds & toll.kinds
    assert rule_verdict(toll, bus_crash)[1] is SecondReading.NEVER
    assert not compare(toll, bus_crash).same


# A drone strike on one Black Sea port, and the next night's on a refinery in the town beside it, whose report
# recalls the first in passing.
TERMINAL_STRIKE = ("Ukrainian drones hit oil terminal in Russia's Novorossiysk, tank ablaze",
                   ("Sea and air drones attacked the Black Sea port of Novorossiysk overnight, damaging a berth at "
                    "the Sheskharis oil terminal and setting a storage tank on fire, local officials said."))
REFINERY_STRIKE = ("Drones set oil refinery in Russian Black Sea town of Tuapse on fire",
                   ("A Ukrainian drone attack set off a fire at the oil refinery in the Black Sea town of Tuapse "
                    "overnight, regional officials said, a day after drones struck an oil terminal in the nearby "
                    "port of Novorossiysk. No casualties were reported."))


def test_the_next_towns_event_that_names_the_first_town_in_passing_is_another_event():
    terminal, refinery = profile(*TERMINAL_STRIKE), profile(*REFINERY_STRIKE, at=T0 + timedelta(hours=23))
    verdict = compare(refinery, terminal)
    assert not verdict.same and verdict.reason == ANOTHER_TOWN
    # a retelling that names a town beside the first ("near Novorossiysk") is still read as a retelling
    retold = profile("Drone attack sets oil terminal ablaze near Novorossiysk",
                     ("Drones struck the Sheskharis oil terminal at Novorossiysk on the Black Sea overnight, setting "
                      "a storage tank on fire and damaging a berth, officials said."), at=T0 + timedelta(hours=3))
    assert compare(retold, terminal).reason != ANOTHER_TOWN


QUAKE_WEN = ("Earthquake in China's Gansu kills at least 9",
             ("A magnitude 5.9 earthquake struck Wen County in Longnan, Gansu Province, early on Saturday, killing "
              "at least nine people and toppling homes, state media said."))
QUAKE_ZHANGYE = ("4.9-magnitude quake jolts Gansu's Zhangye, no casualties",
                 ("A 4.9-magnitude earthquake struck Sunan County in Zhangye, Gansu Province, late on Sunday, the "
                  "China Earthquake Networks Center said. No casualties were reported."))


def test_a_province_both_name_is_no_place_in_common_when_each_names_a_town_of_its_own():
    wen, zhangye = profile(*QUAKE_WEN), profile(*QUAKE_ZHANGYE, at=T0 + timedelta(hours=30))
    assert compare(zhangye, wen).reason != SAME_DISASTER and not compare(zhangye, wen).same
    # the same province's quake told again with its county is one disaster
    again = profile("Gansu quake toll rises as rescuers dig through rubble in Wen County",
                    ("Rescuers in Wen County, Gansu Province, pulled more bodies from collapsed homes on Saturday "
                     "after the magnitude 5.9 earthquake, officials said."), at=T0 + timedelta(hours=10))
    assert compare(again, wen).same


def test_a_police_raid_on_the_hospital_a_day_after_its_fire_is_a_step_taken_over_the_fire():
    fire = profile("Fire at nursing hospital in Gimpo kills 5",
                   ("A fire broke out at a nursing hospital in Gimpo, west of Seoul, on Friday morning, killing five "
                    "patients and injuring 20 others, fire authorities said."))
    raid = profile("Police raid Gimpo nursing hospital after deadly fire",
                   ("Police on Saturday raided the nursing hospital in Gimpo where a fire killed five patients a day "
                    "earlier, and booked its director for negligence."), at=T0 + timedelta(hours=25))
    assert compare(raid, fire).reason == DEVELOPMENT_OF_OTHER


# --- heldout110 (blind, read after its first run) ------------------------------------------------------------

NALCHIK_RAID = ("Russia says it killed three Islamic State suspects in North Caucasus",
                ("Russian security forces killed three suspected Islamic State militants who opened fire when officers "
                 "tried to detain them in the city of Nalchik in the North Caucasus, the National Anti-Terrorism "
                 "Committee said on Friday."))
BORDER_SHOOTOUT = ("Kyrgyz border guard killed in shootout on border with Tajikistan",
                   ("A serviceman of the Border Service of Kyrgyzstan was killed and two others were wounded in an "
                    "exchange of fire with Tajik border guards near the village of Kok-Tash in Batken region on the "
                    "morning of February 4, the State Committee for National Security reported."))


def test_institutions_name_words_are_no_names_two_events_share():
    """"National", "State", "Committee": three capitalised words two agencies' names share, in two countries."""
    raid, shootout = profile(*NALCHIK_RAID), profile(*BORDER_SHOOTOUT, at=T0 + timedelta(minutes=50))
    assert not {"nation", "state", "commit"} & raid.propers
    verdict = compare(shootout, raid)
    assert not verdict.same and verdict.reason == "no place, person or organisation in common"


VINA_WILDFIRE = ("Chile wildfire near Vina del Mar forces thousands to flee",
            ("A fast-moving wildfire on the outskirts of the Chilean coastal city of Vina del Mar forced thousands of "
             "people from their homes late on Thursday, as strong winds fanned the flames toward hillside neighborhoods."))
CATASTROPHE = ("Chile declares state of catastrophe as Vina del Mar wildfire spreads",
               ("Chile's president declared a state of catastrophe in the Valparaiso region late on Friday, allowing "
                "troops to be deployed to help fight a wildfire that has killed three people near the city of Vina del "
                "Mar."))




BALLISTIC = ("N. Korea fires ballistic missile into East Sea: JCS",
             ("North Korea fired a ballistic missile into the East Sea on Saturday, South Korea's Joint Chiefs of Staff "
              "(JCS) said."))
BALLISTIC_REWRITE = ("North Korea fires ballistic missile, Japan says it likely fell outside EEZ",
                     ("North Korea fired a ballistic missile toward the Sea of Japan on Saturday morning, the Japanese "
                      "government said, adding that it likely landed outside Japan's exclusive economic zone."))
CRUISE = ("N. Korea fires several cruise missiles into Yellow Sea: JCS",
          ("North Korea fired several cruise missiles into the Yellow Sea on Sunday morning, a day after launching a "
           "ballistic missile into the East Sea, South Korea's Joint Chiefs of Staff said."))


def test_a_cruise_missile_launch_the_day_after_a_ballistic_one_is_another_launch():
    assert missile_classes(CRUISE[0]) == ["cruise"] and missile_classes("N. Korea fires ICBM-class SLBM missile")
    ballistic = profile(*BALLISTIC)
    assert compare(profile(*BALLISTIC_REWRITE, at=T0 + timedelta(minutes=40)), ballistic).same
    verdict = compare(profile(*CRUISE, at=T0 + timedelta(hours=28)), ballistic)
    assert not verdict.same and verdict.reason == "another of a series"


# --- heldout112 (blind, read after its first run) ------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "Australia sends RAAF aircraft, $5 million in aid to Vanuatu",
    "Australia commits $5m, sends RAAF C-17 to cyclone-hit Vanuatu",
    "Kampong Speu strike ends after factory agrees to pay rise",
    "Guinea Simandou workers end strike after pay deal",
])
def test_aid_sent_and_a_strike_ended_are_steps_taken_over_an_event(title):
    assert profile(title, "").development


def test_a_strike_is_no_step_over_itself():
    assert not profile("Thousands of garment workers strike in Kampong Speu, block national road", "").development


# --- heldout113 to heldout124 (blind, each read after its first run) ---------------------------------------

BASRA_PROTEST = ("Iraq: Deadly clashes as Basra residents protest over salty tap water",
                 ("At least three people died in the southern Iraqi city of Basra on Tuesday as security forces fired "
                  "live rounds and tear gas to disperse a crowd protesting against salty tap water and power cuts amid "
                  "a scorching heatwave."))
KIRKUK_BOMB = ("Bomb kills 4 Iraqi soldiers near Kirkuk",
               ("A roadside bomb struck an Iraqi army patrol southwest of the northern city of Kirkuk on Tuesday, "
                "killing four soldiers and wounding two, security officials said."))
KIRKUK_BOMB_REWRITE = ("Four Iraqi soldiers killed in IED blast in Hawija district",
                       ("An improvised explosive device targeted an Iraqi army vehicle in the Hawija district of "
                        "Kirkuk province on Tuesday afternoon, killing four soldiers, a security source told "
                        "Kurdistan24."))


def test_a_bomb_in_one_city_and_a_protest_in_another_the_same_day_are_two_events():
    """Their counts do not disagree (four dead meet "at least three"), but each headline names a place the other
    never names, and each tells another kind of happening."""
    protest = profile(*BASRA_PROTEST)
    assert "basrah" in protest.places  # "Basra": GeoNames' "Basrah", the press's spelling
    verdict = compare(profile(*KIRKUK_BOMB, at=T0 + timedelta(hours=6)), protest)
    assert not verdict.same and verdict.reason == ANOTHER_KIND_ELSEWHERE
    assert compare(profile(*KIRKUK_BOMB_REWRITE, at=T0 + timedelta(hours=6, minutes=45)),
                   profile(*KIRKUK_BOMB, at=T0 + timedelta(hours=6))).same


@pytest.mark.parametrize(("written", "town"), [
    ("Basra", "Basrah"), ("Fallujah", "Al Fallūjah"), ("Raqqa", "Ar Raqqah"), ("Hama", "Ḩamāh"),
    ("Misrata", "Misratah"), ("Samarra", "Sāmarrā’"),
])
def test_arab_towns_are_found_as_the_press_spells_them(written, town):
    places = get_tagger().tag(f"Blast in {written} kills five", "").places
    assert [p.name for p in places] == [town]


@pytest.mark.parametrize("text", ["Landslide in Bosnia buries cars", "Bosnian police arrest two suspects"])
def test_bosnia_is_a_country_by_its_short_name(text):
    assert get_tagger().tag(text, "").countries == ("BA",)


@pytest.mark.parametrize("title", [
    "Truce agreed in Syria's Sweida after deadly Druze-Bedouin clashes",
    "Druze and Bedouin leaders agree to ceasefire in Sweida",
    "Lagos restricts tanker movement on Lagos-Ibadan Expressway after deadly blast",
    "Police name mine financier suspect after deadly Gorontalo landslide",
    "TFF refers Galatasaray, Fenerbahçe to disciplinary board after abandoned derby",  # heldout123
    "Government to open humanitarian support scheme for Storm Orla flooding",  # heldout124
    "Russia orders checks of all An-24 planes after fatal crash",  # heldout129
    "Genoa tanker fire: captain, chief engineer probed, port closed",  # heldout130
    "Italian prosecutors seize tanker after deadly Genoa fire",
    "Shinjuku stabbing suspect sent to prosecutors",  # heldout134
    "NLC, TUC suspend strike after marathon meeting with government",
    "Bambuk Gold files arbitration claim against Mali over Sadiola seizure",  # heldout133
    "Transportation Safety Board launches investigation into Dartmouth ferry crash",  # heldout138
    "President Visits Quake-Hit Sumbawa, Pledges Rp 350 Billion for Rebuilding",
    "Colombia sends 1,500 troops to Jamundi after deadly attack on police",  # heldout142
    "Man in 60s booked for allegedly starting Samcheok wildfire",  # heldout145
    "Egypt sends letter to UN Security Council over Ethiopian dam",  # heldout147
    "Hamburg station attack suspect placed in psychiatric detention",  # heldout148
])
def test_a_truce_a_ban_and_a_suspect_named_are_steps_taken_over_an_event(title):
    assert profile(title, "").development


@pytest.mark.parametrize("title", [
    "300 million yuan allocated for typhoon relief in Guangdong",  # heldout149
    "Authorities order month-long halt to mining in Hpakant",  # heldout152
    "Brazil regulator grounds bus company after crash that killed 19",  # heldout155
    "State Council sets up investigation team for Shaanxi bridge collapse",  # heldout159
    "Govt allocates Rp300 billion to rebuild quake-damaged homes in Garut",  # heldout160
    "Guatemala's Congress approves state of calamity after Teodoro",  # heldout161
    "Catanduanes, Albay under state of calamity after 'Ramil'",  # heldout162
    "Senegal bans night-time intercity bus travel after deadly crash",  # heldout164
    "Centre releases ₹1,200 crore for Odisha after Cyclone Varsha",  # heldout167
    "Morocco launches 2.5 billion dirham plan for flood-hit Errachidia",  # heldout172
    "Ransomware gang claims attack that snarled Brussels Airport check-in",  # heldout170
    "€25m support scheme for businesses hit by Storm Isolde",  # heldout173
    "Italy orders evacuation of Stromboli hamlet after eruption",
    "US, France, Britain and Germany condemn Iran satellite launch",  # heldout174
    "Sweden mine: Six workers rescued after 32 hours underground",  # heldout175
    "All six trapped miners brought out alive from Swedish mine",
    "Ottawa approves Canadian Armed Forces help for La Tuque wildfire",  # heldout180
])
def test_relief_allotted_a_halt_ordered_and_a_company_grounded_are_steps_taken_over_an_event(title):
    assert profile(title, "").development


@pytest.mark.parametrize("title", ["Hotels fully booked for the summit", "Troops sent to quell prison riot"])
def test_a_booking_and_troops_sent_to_what_happens_are_no_steps_over_another_event(title):
    assert not profile(title, "").development


def test_an_open_ended_strike_is_no_strike_ended():
    assert not profile("Constanța port dockers start open-ended strike, grain trucks pile up", "").development


def test_a_local_papers_daily_round_up_is_an_edition():
    """"Today in Sweden: A round-up of the latest news on Friday" names the day's blast among other news."""
    assert has_generic_head("Today in Sweden: A round-up of the latest news on Friday")
    assert is_generic_title("A round-up of the latest news on Friday") and is_generic_title("Today in Sweden")
    assert not is_generic_title("Today in Gaza, a hospital burns")


@pytest.mark.parametrize(("text", "kind"), [
    ("La DANA deja al menos tres muertos en el norte de Castellón", "flood"),
    ("Three dead as cayuco carrying 163 people reaches La Restinga", "boat"),
    ("Klizište kod Jablanice zatrpalo vozila na M-17", "landslide"),
    ("Rrëshqitje dheu në aksin Tepelenë–Gjirokastër", "landslide"),
    ("Štrajk lučkih radnika u Rijeci", "walkout"),
    ("Cutremur puternic în Vrancea", "quake"),
    ("Пуцњава у центру Београда", "shooting"),
    ("Dust storm sweeps Iraq, sending more than 1,000 to hospitals", "dust"),  # heldout144
    ("عاصفة ترابية تضرب بغداد ومحافظات عدة", "dust"),
    ("Death toll from Honduras prison riot rises to 14", "riot"),  # heldout146
    ("Motín en la cárcel de Támara deja nueve muertos", "riot"),
    ("Tàu du lịch chở 48 người lật trên vịnh Hạ Long", "boat"),  # heldout148
    ("Watu 14 wafariki baada ya boti kuzama Ziwa Kivu", "boat"),  # heldout153
])
def test_kinds_of_happening_read_in_spanish_and_the_languages_of_the_balkans(text, kind):
    assert kind in kinds_of(text)


STORM_ORLA = ("Storm Orla: Over 40,000 without power as red wind warning in force",
              ("More than 40,000 homes, farms and businesses are without electricity as Storm Orla batters the south "
               "and west. A Status Red wind warning is in place for Cork, Kerry and Clare until 11am."))
ORLA_SCHEME = ("Government to open humanitarian support scheme for Storm Orla flooding",
               ("The Government is to activate an emergency humanitarian support scheme for homes and small "
                "businesses flooded during Storm Orla, with payments of up to €20,000 for businesses, the Minister "
                "for Social Protection has said."))


@pytest.mark.parametrize(("step", "event", "hours"), [
    (CATASTROPHE, VINA_WILDFIRE, 22),  # heldout110
    # both headlines name Storm Orla, which folds a storm's tellings over days (heldout124)
    (ORLA_SCHEME, STORM_ORLA, 53),
])
def test_a_step_taken_a_day_or_two_on_is_no_telling_of_the_event(step, event, hours):
    verdict = compare(profile(*step, at=T0 + timedelta(hours=hours)), profile(*event))
    assert not verdict.same and verdict.reason == DEVELOPMENT_OF_OTHER


CASTELLON_FLOODS = [
    ("La DANA deja al menos tres muertos en el norte de Castellón",
     ("Al menos tres personas han muerto y otras dos están desaparecidas tras las lluvias torrenciales que han "
      "descargado más de 300 litros por metro cuadrado en pocas horas en Vinaròs, Benicarló y Peñíscola.")),
    ("Flash floods kill three in eastern Spain as storm dumps a year's rain in hours",
     ("Torrential rain killed at least three people and left two missing in the Castellón province of eastern Spain "
      "overnight, swamping streets and sweeping cars into the sea in coastal towns, regional emergency services "
      "said on Friday.")),
    ("Floods sweep cars into sea in Spanish resort towns, killing at least 3",
     ("Flash floods tore through seaside towns on Spain's eastern coast overnight, killing at least three people "
      "and sweeping cars into the Mediterranean, officials said Friday. Two people were still missing.")),
]
EL_HIERRO_BOAT = ("Three migrants found dead aboard boat reaching Spain's Canary Islands",
                  ("Three people were found dead aboard a wooden boat carrying more than 160 migrants that reached the "
                   "Spanish island of El Hierro on Friday, emergency services said. Nine others were hospitalized."))


def test_a_story_told_as_floods_takes_in_no_boat_that_names_none_of_its_places():
    """The boat reads close enough to one telling of the floods (Spain, Friday, three dead) to fold into it alone."""
    floods = [profile(*telling, at=T0 + timedelta(minutes=80 * i)) for i, telling in enumerate(CASTELLON_FLOODS)]
    boat = profile(*EL_HIERRO_BOAT, at=T0 + timedelta(hours=5))
    assert compare(boat, floods[2]).same
    verdict = best_match(boat, floods)
    assert not verdict.same and verdict.reason == ANOTHER_KIND_THAN_TOLD


def test_an_hourly_wire_summary_is_generic():
    assert is_generic_title("AP News Summary at 6:04 p.m. EDT") and not is_generic_title("Blast at 6 p.m. kills five")


def test_an_arrest_whose_text_gives_the_risen_toll_is_still_a_step_taken_over_the_collapse():
    """"Developer of collapsed Kahawa West building arrested ... as the death toll rose to 11": the arrest is the
    news, the toll its background (heldout127)."""
    arrest = profile("Developer of collapsed Kahawa West building arrested",
                     ("Police have arrested the developer of the six-storey building that collapsed in Kahawa West on "
                      "Friday, as the death toll rose to 11."))
    assert arrest.development and not arrest.toll_rose
    update = profile("Kahawa West collapse: death toll rises to 11 as police arrest developer", "")
    assert update.development and update.toll_rose


def test_a_provincial_board_and_a_provincial_authority_share_no_name():
    """Cagayan's "Provincial Board" and Swat's "Provincial Disaster Management Authority" (heldout128)."""
    calamity = profile("Cagayan placed under state of calamity after 'Igme' floods",
                       "The Cagayan Provincial Board on Sunday declared the entire province under a state of calamity.")
    assert "provin" not in calamity.propers


@pytest.mark.parametrize("title", [
    "BASF Ludwigshafen fire shuts ammonia unit; cause under investigation",  # heldout60: the fire, told again
    "Iran seizes tanker in Strait of Hormuz",
    "Police seize 2 tonnes of cocaine off Aruba",
    "Nasa launches probe to Jupiter's icy moons",
    "Party pledges 10 new hospitals in campaign launch",
])
def test_a_cause_looked_into_and_a_seizure_that_is_the_news_are_no_steps(title):
    assert not profile(title, "").development


SHINKANSEN_JA = ("東海道新幹線、静岡駅付近で停電 東京―新大阪間で運転見合わせ",
                 ("9日午後5時40分ごろ、東海道新幹線の静岡駅付近で停電が発生した。JR東海によると、東京―新大阪間の上下線で運転を見合わせて"
                  "おり、復旧の見通しは立っていない。"))
SHINJUKU_JA = ("新宿駅で男が刃物で3人切りつけ、34歳男を殺人未遂容疑で現行犯逮捕",
               ("10日午後7時20分頃、東京都新宿区のJR新宿駅南口付近で、男が通行人ら3人を刃物で切りつけた。警視庁新宿署は自称無職の男（34）を"
                "殺人未遂容疑で現行犯逮捕した。"))
IBARAKI_KO = ("일본 이바라키현서 규모 5.8 지진…도쿄서도 흔들림",
              ("9일 오전 일본 수도권 북동쪽 이바라키현 남부에서 규모 5.8의 지진이 발생했다고 일본 기상청이 밝혔다. 쓰쿠바시에서 진도 5약의 "
               "흔들림이 관측됐으며, 쓰나미 우려는 없는 것으로 전해졌다."))


def test_two_tellings_in_one_unread_script_are_not_one_event_by_their_latin_scraps():
    """Both Japanese texts write "JR" and nothing else in Latin letters: a similarity of 1.0 on one word."""
    outage = profile(*SHINKANSEN_JA)
    stabbing = profile(*SHINJUKU_JA, at=T0 + timedelta(hours=26))
    assert outage.plain == stabbing.plain == {"jr"}
    assert not compare(stabbing, outage).same


def test_clock_times_and_dates_in_another_script_are_no_figures_of_the_event():
    """"9日午後5時40分" is a date and a time; "규모 5.8" is the quake's magnitude, which the outage never states."""
    outage, quake = profile(*SHINKANSEN_JA), profile(*IBARAKI_KO, at=T0 - timedelta(hours=8))
    assert not {"5", "9", "40"} & outage.written_figures
    assert not compare(outage, quake).same


def test_a_prison_term_in_years_is_a_figure_in_another_script_though_a_year_is_not():
    """heldout390: "징역 7년" is the seven years a court "jails former defence minister for"; "2024년" is a date."""
    assert script_figures("박준석 전 국방부 장관이 1심에서 징역 7년을 선고받았다. 2024년 5월") == ["7"]
    assert script_figures("懲役7年の判決") == ["7"] and script_figures("被判处有期徒刑12年") == ["12"]


BOAT_TOLL = ("Death toll in Necoclí migrant boat sinking rises to 11",
             ("The death toll from the sinking of a boat carrying migrants off Necoclí, on Colombia's Caribbean coast, "
              "rose to 11 on Tuesday as the navy recovered three more bodies, officials said."))
BRIDGE_COLLAPSE = ("Colombia: at least 6 killed as bridge gives way under traffic",
                   ("At least six people were killed when a road bridge over the Magdalena river collapsed in "
                    "Colombia on Monday, sending two cars into the water, officials said."))
PERU_LANDSLIDE_TOLL = ("Peru landslide death toll rises to 23 as search for missing goes on",
                       ("The death toll from the landslide that buried homes in an Andean village in Peru rose to 23 on "
                        "Wednesday, officials said, as rescuers searched for the missing."))
PERU_HILLSIDE = ("Hillside collapses onto Andean village in Peru, killing 15",
                 ("A rain-soaked hillside collapsed onto homes in an Andean village in Peru on Tuesday, killing 15 "
                  "people, officials said."))


def test_a_toll_that_rose_of_another_kind_of_happening_is_another_events():
    """heldout23: a migrant boat's toll update folded with a bridge collapse told the day before, one country."""
    verdict, second = rule_verdict(profile(*BOAT_TOLL, at=T0 + timedelta(hours=20)), profile(*BRIDGE_COLLAPSE))
    assert not verdict.same and verdict.reason == TOLL_OF_ANOTHER_KIND and second is SecondReading.NEVER
    # a landslide's toll, told as a hillside that collapsed: kinds one event's tellings name by turns
    assert far_apart(kinds_of(" ".join(BOAT_TOLL)), kinds_of(" ".join(BRIDGE_COLLAPSE)))
    assert not far_apart(kinds_of(" ".join(PERU_LANDSLIDE_TOLL)), kinds_of(" ".join(PERU_HILLSIDE)))
    assert rule_verdict(profile(*PERU_LANDSLIDE_TOLL, at=T0 + timedelta(hours=20)), profile(*PERU_HILLSIDE))[0].reason != (
        TOLL_OF_ANOTHER_KIND)


KIVU_BOAT = ('Boat capsizes on Lake Kivu, killing at least 14, Congo officials say',
             ('An overloaded passenger boat capsized on Lake Kivu in eastern Democratic Republic of Congo late on '
              'Thursday, killing at least 14 people, with dozens more missing, local officials said on Friday. The '
              'vessel was travelling from Minova to Bukavu when it overturned near Kalehe.'))
KIVU_REBELS = ('Rebels seize Congolese mining town of Nyabibwe, residents say',
               ("M23 rebels took control of the tin-mining town of Nyabibwe in eastern Democratic Republic of Congo's"
                ' South Kivu province on Friday after heavy fighting with the army, residents and a local civil '
                'society leader said.'))


def test_the_words_of_a_countrys_name_are_no_proper_names_in_common():
    """heldout153: "Democratic Republic of Congo" in both leads read as three proper names in common, which lowered
    the bar under a boat that sank and a town that rebels took."""
    verdict = compare(profile(*KIVU_REBELS, at=T0 + timedelta(hours=5)), profile(*KIVU_BOAT))
    assert not verdict.same


@pytest.mark.parametrize("title", ["Morning Mail: bushfire toll rises, Cox Plate shock", "Evening Mail",
                                   "Russia-Ukraine war at a glance: what we know on day 1,650"])
def test_a_newsletter_by_its_mail_and_a_column_at_a_glance_are_recurring_titles(title):
    assert has_generic_head(title) or is_generic_title(title)


HARTFORD = ("Tornado touches down near Hartford, damaging farm buildings",
            ("A tornado touched down near Hartford in Minnehaha County on Sunday evening, damaging farm buildings and "
             "power lines west of Sioux Falls; no injuries were reported, the county said."))
GRAND_ISLAND = ("Tornado tears through Grand Island, Nebraska, killing 2",
                ("A tornado ripped through Grand Island, Nebraska, on Sunday evening, killing at least two people, "
                 "destroying homes and knocking out power to thousands, officials said."))


def test_a_town_of_several_words_is_a_headlines_town():
    assert "grandi" in _headline_towns(profile(*GRAND_ISLAND))


def test_two_headlines_naming_two_towns_neither_tells_of_are_no_pair_for_the_model():
    """heldout157: two tornadoes an hour apart, in South Dakota and in Nebraska, read by the fold model at 0.97."""
    verdict, second = rule_verdict(profile(*GRAND_ISLAND, at=T0 + timedelta(minutes=50)), profile(*HARTFORD))
    assert not verdict.same and second is SecondReading.NEVER


def test_a_capital_heard_in_another_script_is_no_name_in_common():
    """heldout174: an Arabic telling of a roadside bomb "north of Baghdad" heard Baghdad in an English report of oil
    flowing again after "a dispute between Baghdad and Erbil": a capital names a government as a country does."""
    oil = ("Iraqi Kurdistan oil exports through Turkey resume after three-month halt",
           ("Oil began flowing again on Saturday through the Iraq-Turkey pipeline from the Kurdistan region to the "
            "Turkish port of Ceyhan, Iraq's oil ministry said, ending a three-month stoppage caused by a payment "
            "dispute between Baghdad, Erbil and foreign producers."))
    bomb = ("مقتل أربعة جنود بانفجار عبوة ناسفة في الطارمية شمال بغداد",
            "قتل أربعة جنود عراقيين وأصيب ثلاثة آخرون بانفجار عبوة ناسفة استهدفت دوريتهم في قضاء الطارمية شمال بغداد.")
    assert not compare(profile(*oil, at=T0 + timedelta(hours=6)), profile(*bomb)).same


# --- heldout181-212 (blind, read after their first run) --------------------------------------------------------

WOMENS_RACE = ("Paris-Roubaix Femmes: Mara Jansen solos to victory in the Roubaix velodrome",
               ("Dutch rider Mara Jansen attacked on the Carrefour de l'Arbre and rode alone into the Roubaix "
                "velodrome to win the women's Paris-Roubaix on Saturday."))
WOMENS_RACE_REWRITE = ("Dutchwoman Jansen wins Paris-Roubaix with late attack",
                       ("Mara Jansen won the women's Paris-Roubaix on Saturday, going clear on the last cobbled "
                        "sectors and finishing alone in the Roubaix velodrome."))
MENS_RACE = ("Paris-Roubaix: Lukas Verhaegen takes maiden Monument win after 38km solo",
             ("Belgium's Lukas Verhaegen rode away from the favourites 38km from the finish and arrived alone in the "
              "Roubaix velodrome on Sunday to win Paris-Roubaix, his first Monument."))


def test_two_races_whose_winners_neither_names_are_two_races():
    """heldout187: the women's Paris-Roubaix and the men's, a day apart, share the race's every name."""
    womens = profile(*WOMENS_RACE)
    assert womens.winners == {"jansen"}
    assert compare(profile(*WOMENS_RACE_REWRITE, at=T0 + timedelta(hours=1)), womens).same
    verdict = compare(profile(*MENS_RACE, at=T0 + timedelta(hours=26)), womens)
    assert not verdict.same and verdict.reason == "another of a series"


@pytest.mark.parametrize(("title", "winners"), [
    ("Spain win Euro 2040 final", ["spain"]),
    ("Verstappen Takes Dominant Win In Suzuka", ["versta"]),
    ("Who Won The Election", []),
    ("Morikawa Rallies To Win U.S. Open", []),
])
def test_a_title_names_its_winner(title, winners):
    assert winners_named(title) == winners


def test_a_resorts_super_g_and_its_downhill_are_two_races():
    """heldout185: "Aasen wins Kitzbühel super-G, Gisler second", then "Gisler wins classic Kitzbühel downhill"."""
    assert stages_named("Abfahrt in Kitzbühel: Gisler triumphiert auf der Streif") == ["downhill"]
    assert stages_named("Shiffrin wins giant slalom in Kranjska Gora") == ["giant slalom"]
    super_g = profile("Norway's Henrik Aasen wins Kitzbühel super-G, Gisler second",
                      "Henrik Aasen of Norway won the super-G in Kitzbühel on Friday, 0.21 seconds ahead of Lars Gisler.")
    downhill = profile("Switzerland's Lars Gisler wins classic Kitzbühel downhill",
                       "Lars Gisler of Switzerland won the Hahnenkamm downhill in Kitzbühel on Saturday; Henrik Aasen "
                       "was third.", at=T0 + timedelta(hours=24))
    verdict = compare(downhill, super_g)
    assert not verdict.same and verdict.reason == "another of a series"


@pytest.mark.parametrize("title", [
    "Mozambique: UN releases $9 million to help cyclone survivors",
    "World Bank approves $200 million to support flood recovery",
    "China earmarks 120 mln yuan for Typhoon Koinu disaster relief",  # heldout190
    "Three held over Nawagai suicide attack, says KP police chief",
    "Gov't applies Disaster Relief Act to 3 Tottori towns after quake",  # heldout192
    "Police Name Captain, Chief Engineer Suspects in Bangka Strait Ferry Fire",  # heldout195
    "ADF deployed to isolated Ingham as Herbert River floods after Cyclone Tamsin",  # heldout196
    "All 47 tourists trapped by Jiuzhaigou floods rescued",  # heldout201
    "City of Kigali closes fire-hit Nyabugogo building pending safety audit",
    "Prosecutors Charge Driver of Bus That Crashed in Kresna Gorge",  # heldout206
    "Police name ferry captain, chief engineer suspects in Selayar fire",  # heldout210
])
def test_money_released_to_help_suspects_held_and_troops_deployed_are_steps(title):
    assert profile(title, "Officials said on Sunday that more would follow.").development


@pytest.mark.parametrize("title", ["Talks held over two days in Doha", "Police charge at protesters in Nairobi"])
def test_talks_held_over_days_and_a_police_charge_are_no_steps(title):
    assert not profile(title, "Officials said on Sunday that more would follow.").development


FERRY_TOLL = ("Bangka Strait ferry fire: death toll rises to nine, three still missing",
              ("Search and rescue teams recovered four more bodies from the waters of the Bangka Strait on Saturday, "
               "bringing the death toll from the KMP Bahari Nusantara fire to nine. Three people remain missing."))
FACTORY_TOLL = ("Vapi factory fire: Death toll rises to 9 as two injured workers succumb",
                ("Two more workers injured in Friday's reactor explosion at a chemical unit in Vapi GIDC died during "
                 "treatment at a Surat hospital overnight, taking the toll to nine. Four others remain critical."))


def test_two_headlines_naming_proper_nouns_neither_tells_of_and_no_country_in_common_are_no_pair_for_the_model():
    """heldout195: a ferry fire's toll in the Bangka Strait, which the tagger does not know, and a factory fire's in
    India, both "rise to nine" one morning, read by the fold model at 0.97."""
    verdict, second = rule_verdict(profile(*FERRY_TOLL, at=T0 + timedelta(hours=2)), profile(*FACTORY_TOLL))
    assert not verdict.same and second is SecondReading.NEVER


def test_two_tolls_that_rose_of_kinds_none_the_same_are_two_events():
    """heldout204: a quake's toll and a fireworks blast's, one day in Venezuela, read as one by their words; a quake
    may set off a blast, but two tolls each name their own happening."""
    quake = profile("Venezuela quake toll rises to four as rescuers search rubble",
                    "The death toll from Saturday's earthquake in eastern Venezuela rose to four, civil protection said.")
    blast = profile("Death toll from Venezuela fireworks blast rises to nine",
                    "The death toll from the explosion at a fireworks warehouse in Valencia, Venezuela, rose to nine.",
                    at=T0 + timedelta(hours=5))
    assert quake.toll_rose and blast.toll_rose
    verdict = compare(blast, quake)
    assert not verdict.same and verdict.reason == TOLL_OF_ANOTHER_KIND


def test_a_telling_that_names_a_separate_fire_is_not_that_fire_told_again():
    """heldout202: "a day after a separate fire destroyed homes near Tara" names the other fire's town."""
    tara = profile("Emergency warning issued as bushfire threatens homes near Tara",
                   ("Residents of Tara and Kogan in Queensland's Western Downs have been told to leave immediately as a "
                    "fast-moving bushfire burns towards homes."))
    stanthorpe = profile("'Prepare to leave' warning as bushfire burns near Stanthorpe",
                         ("Residents near Stanthorpe on Queensland's Southern Downs have been told to prepare to leave "
                          "as a grassfire jumps containment lines. It comes a day after a separate fire destroyed "
                          "homes near Tara."), at=T0 + timedelta(hours=23))
    assert compare(stanthorpe, tara).reason != SAME_DISASTER


def test_a_telling_in_another_script_has_one_language_whatever_its_latin_scraps():
    """heldout211: "D线" in a Chinese title was read as French too; with two language marks the profile took either,
    by the order of a set, and the fold differed from run to run."""
    text = ("中土签署中亚—中国天然气管道D线建设协议",
            "当地时间26日，中国和土库曼斯坦在阿什哈巴德签署中亚—中国天然气管道D线建设合作协议。D线建成后，每年可向中国增输天然气300亿立方米。")
    reading, _ = read_story(*text)
    assert [w for w in reading.core if w.startswith(LANGUAGE)] == [LANGUAGE + "cjk"]
    assert profile(*text).language == "cjk"


UTTARKASHI = ("Earthquake Of Magnitude 5.2 Jolts Uttarakhand's Uttarkashi, Tremors Felt In Dehradun",
              ("An earthquake of magnitude 5.2 struck Uttarkashi in Uttarakhand on Sunday morning, the National Center "
               "for Seismology said. Tremors were felt in Dehradun, Tehri and parts of Himachal Pradesh, sending "
               "residents rushing out of their homes."))
SONITPUR = ("Magnitude 5.0 earthquake rocks Sonitpur; tremors felt across Northeast",
            ("A moderate earthquake of magnitude 5.0 struck Sonitpur district on Monday afternoon, with tremors felt "
             "in Guwahati, Tezpur and parts of Arunachal Pradesh and Bhutan. Cracks were reported in a few buildings "
             "in Dhekiajuli, but there was no report of casualties."))
ASSAM = ("Earthquake Of Magnitude 5.0 Jolts Assam, Tremors Felt In Guwahati",
         ("An earthquake of magnitude 5.0 hit Assam's Sonitpur on Monday, the National Center for Seismology said. "
          "People ran out of homes and offices in Guwahati as the tremors lasted several seconds; no damage has been "
          "reported so far."))


def test_two_moderate_quakes_a_day_apart_in_two_states_are_two_quakes():
    """heldout217: one outlet's template for both ("Earthquake Of Magnitude ... Jolts ..., Tremors Felt In ...").
    "Pradesh" of two states and "Center" of the agency that reports every quake are no place in common, and 5.0
    agrees with 5.2 no more than any two moderate quakes do."""
    uttarkashi = profile(*UTTARKASHI)
    later = T0 + timedelta(hours=32)
    assert not compare(profile(*SONITPUR, at=later), uttarkashi).same
    assert not compare(profile(*ASSAM, at=later), uttarkashi).same
    assert compare(profile(*ASSAM, at=later + timedelta(minutes=35)), profile(*SONITPUR, at=later)).same
    assert not counts_agree({"magnit": {"5"}}, {"magnit": {"5.2"}})
    assert counts_agree({"magnit": {"6.9"}}, {"magnit": {"7"}})  # two agencies' readings of one quake
    assert profile(*SONITPUR).measures == {"quake:5"}  # "5.0" is read "5", and is a magnitude all the same


def test_a_series_format_is_no_count():
    """heldout214: "the best-of-seven championship series" counted 7, which a Korean report of a fire in Seoul
    that day ("7명 부상") shared, with the city: a baseball final and a fire were one story."""
    assert "7" not in {v for values in read_text("LG Twins took the best-of-seven series 4-1").counts.values()
                       for v in values}
    final = profile("LG Twins win Korean Series, clinch title in five games",
                    ("The LG Twins defeated the Samsung Lions 6-2 in Game 5 of the Korean Series at Jamsil Baseball "
                     "Stadium in Seoul on Friday, taking the best-of-seven championship series 4-1."))
    fire = profile("서울 관악구 고시원서 불…3명 사망·7명 부상",
                   "7일 오후 10시 30분께 서울 관악구 신림동의 한 고시원 건물 3층에서 불이 나 거주자 3명이 숨지고 7명이 다쳤다.",
                   at=T0 + timedelta(minutes=45))
    assert not compare(fire, final).same


@pytest.mark.parametrize("title", [
    "Police search operator of Hamamatsu care home over deadly fire",  # heldout214
    "DOSH issues stop-work order on Shah Alam chemical plant after fatal blast",  # heldout218
    "Factory in deadly Shah Alam explosion ordered shut",
    "Abducted Ekiti Pupils, Teacher Regain Freedom",  # heldout216
    "LTA orders SMRT to replace signalling cables across Circle Line within six months",  # heldout220
    "Brazil sends National Force to Mato Grosso do Sul after Indigenous leader killed",  # heldout221
    "Mizuno vows to stay on as PM despite upper house election loss",
    "Afghanistan: UN releases $10 million for Kunar earthquake survivors",  # heldout224
    "Rescuers pull five Kahama miners alive after 40 hours underground",  # heldout226
    "Rescuers reach six miners trapped in Gümüşhane gold mine, all alive",  # heldout225
    "Prosecutors open negligence probe into Marl chemical park explosion",  # heldout222
    "Navy dispatches hospital ship to quake-hit Talaud Islands",  # heldout239
    "Hospital ship, aid flights head to Talaud as quake survivors camp outdoors",
])
def test_a_search_a_closure_and_a_release_are_steps_taken_over_an_event(title):
    assert profile(title, "").development


def test_places_spelt_with_letters_that_keep_their_shape_are_known():
    """The gazetteer's build folded names by NFKD alone, which leaves "ł", "ø", "đ" and "ı": Łódź, Tromsø, Đắk Lắk
    and Diyarbakır were taken for names in another script and left out."""
    tags = get_tagger().tag("Flash floods kill 9 in Dak Lak; Lodz, Wroclaw and Tromso send aid",
                            "Rescuers from Diyarbakir joined the search.")
    assert {"PL", "VN", "NO", "TR"} <= set(tags.countries)


def test_thousands_set_apart_by_a_space_are_one_figure():
    """French, Russian, Polish and Finnish write "12 000": read as 12 and 0, no figure matched the English 12,000."""
    assert read_text("Plus de 12 000 personnes évacuées").counts["evacue"] == {"12000"}
    assert read_text("Nokia vähentää jopa 4\u00a0000 työpaikkaa").counts["jopa"] == {"4000"}
    assert script_figures("эвакуированы 12 000 человек") == ["12000"]
    assert read_text("On 12 December 2042 100 people died").counts["dead"] == {"100"}  # a year is no thousands


def test_two_tolls_that_rose_in_two_places_are_two_events():
    """heldout226: two bus crashes' tolls an hour apart, in Tanzania and in Uganda; "rises to 15" after another's
    "rises to 22" read as one toll told twice."""
    korogwe = profile("Korogwe crash death toll rises to 22",
                      ("Three more passengers injured in Saturday's collision between a bus and a lorry at Mkumbara "
                       "have died at Korogwe and Bombo hospitals, raising the death toll to 22."))
    lukaya = profile("Lukaya crash: Death toll rises to 15 as police blame speeding",
                     ("Police in Kalungu District say the driver of the bus that overturned at Lukaya was speeding. "
                      "Fifteen people have now been confirmed dead and more than 30 injured."),
                     at=T0 + timedelta(hours=1))
    assert compare(lukaya, korogwe).reason == TOLLS_IN_TWO_PLACES
    later = profile("Korogwe bus crash toll rises to 24", "Two more passengers died in Korogwe, raising the toll to 24.",
                    at=T0 + timedelta(hours=3))
    assert compare(later, korogwe).same


def test_a_telling_of_the_second_blast_of_the_day_gets_no_second_reading_against_the_first():
    """heldout13: "Second blast of the day hits residential building in Södertälje" read by the fold model as one
    with a German telling of the morning's blast in Stockholm."""
    first = profile("Explosion in Stockholmer Vorort: Frau verletzt, 40 Bewohner evakuiert",
                    ("Bei einer Explosion in einem Wohnhaus im Stockholmer Vorort Husby ist eine Frau verletzt worden. "
                     "Die Polizei evakuierte 40 Bewohner."))
    second = profile("Second blast of the day hits residential building in Södertälje",
                     ("An explosion damaged a residential building in Södertälje, south of Stockholm, on Saturday "
                      "evening, hours after a blast in Husby. No one was hurt, police said."), at=T0 + timedelta(hours=10))
    assert second.again and not first.again
    assert not compare(second, first).same


# --- heldout276-284 (blind, read after their first run) --------------------------------------------------------


@pytest.mark.parametrize("title", [
    "Hong Kong to inspect 400 industrial buildings after firefighter's death in Kwun Tong blaze",  # heldout276
    "Investigation launched into cause of Immingham port fire",  # heldout282
    "Pilots grounded, probe launched after Istanbul Airport wing clip",  # heldout284
    "Federal government recognizes emergency in southern Espírito Santo",  # heldout278
    "Argentine oilseed workers lift strike after government talks",  # heldout286
    "Israeli forces kill Palestinian suspected of deadly Ariel shooting, military says",  # heldout285
    "Israeli army kills Palestinian in Salfit raid, accuses him of Ariel attack",
    "Humanitarian assistance scheme activated for Storm Petronella victims",  # heldout288
    "Gov't designates Namhae, Goseong, 4 other areas special disaster zones",  # heldout296
    "정부, 태풍 피해 남해·고성 등 6곳 특별재난지역 선포",
    "Dungog fire victims eligible for disaster support payments",  # heldout298
    "Rhys Tanner quits as Victorian Labor leader after election defeat",
])
def test_inspections_a_probe_an_emergency_recognised_a_strike_lifted_and_a_suspect_killed_are_steps(title):
    assert profile(title, "").development


@pytest.mark.parametrize("title", [
    "All 7 workers rescued alive from collapsed tunnel in Türkiye's Bolu",  # heldout301
    "All 412 aboard burning Adriatic ferry safe after missing crew found",  # heldout307
    "All 168 aboard ferry stranded in Chilean Patagonia evacuated safely",  # heldout308
    "Nigeria says all 46 students kidnapped in Kaduna have been freed",
    "All 17 rescued from flooded Phong Nha cave",  # heldout293
    "Police recapture nine of 14 inmates who fled Cuiabá prison",
    "Lake Kyoga: search ends as last bodies are recovered",  # heldout305
    "Guatemala declares 30-day state of siege in El Estor after deadly clashes",  # heldout301
    "Guatemala imposes state of siege in Izabal region after deadly land clashes",
    "Dusk-to-dawn curfew imposed in parts of Wajir after IED attack",  # heldout303
    "Mont Blanc tunnel to stay closed for at least three weeks after lorry fire",  # heldout304
    "Mont Blanc tunnel shut until mid-July, says operator",
    "Ministry closes Naitiri Boys indefinitely after deadly dormitory fire",  # heldout305
    "Naitiri Boys High School Closed, Students Sent Home After Fire That Killed 6",
    "Peru extends informal miners' registry, protesters lift highway blockade",  # heldout308
    "All 31 climbers stranded on Mount Ontake descend safely",  # heldout316
    "Spain, Italy send water bombers to help Portugal fight Sintra wildfire",  # heldout315
    "All 5 crew of capsized Hokkaido fishing boat found alive",  # heldout317
    "Japanese fishermen rescued after a night adrift on life raft off Hokkaido",
    "Bulgaria charges nightclub owner, manager over deadly Varna fire",  # heldout318
    "Police search Nippon Steel's Muroran works over deadly blast",
    "Canadian Armed Forces deployed to help with Hay River flood response",  # heldout323
    "Lombok airport reopens as Rinjani ash drifts away",  # heldout324
    "Troops repel insurgents, regain control of Malam Fatori base",
    "France flies troops and generators to New Caledonia after Cyclone Ulani",  # heldout321
    "Indefinite curfew in North Waziristan's Datta Khel after deadly attack",  # heldout325
    "All 12 missing Wakatobi ferry passengers found safe: Basarnas",  # heldout326
    "UK sends military team and navy ship to Bermuda after Hurricane Nestor",  # heldout327
    "British military team and RFA ship to assist recovery",
    "WHO Deploys Team to Ituri as Pneumonic Plague Cases Climb",
    "Chilean navy evacuates everyone aboard grounded Patagonia ferry",  # heldout330
    "Driver of coach that crashed on French motorway taken into custody",  # heldout332
])
def test_a_rescue_completed_a_curfew_a_closure_kept_and_a_blockade_lifted_are_steps(title):
    """The prompt of heldout301 and after settles these as steps of their own: 45 of that batch's 54 wrong pairs."""
    assert profile(title, "").development


@pytest.mark.parametrize("title", [
    "Buddha Air plane skids off runway at TIA, all 72 on board safe",  # the event: nobody was hurt in it
    "Death toll in Cherepovets gas blast climbs to six as search ends",  # a toll that rose: the event's
    "DBKL: Burst pipe likely behind Jalan Tun Razak sinkhole, road to stay shut three days",
    "Sernapesca orders recapture after mass salmon escape in Aysén",
    "4 of 5 missing crew from sunken tuna boat found alive off Kiribati",  # the toll's news: an update
])
def test_an_event_that_says_all_were_safe_or_a_road_stays_shut_is_told_not_stepped_past(title):
    profile_ = profile(title, "")
    assert not profile_.development or profile_.toll_rose


SIEGE = ("Guatemala declares 30-day state of siege in El Estor after deadly clashes",
         ("Guatemala's Congress approved a 30-day state of siege in El Estor, Izabal, after clashes during an eviction "
          "near a nickel mine left two dead and 15 injured."))


def test_a_step_hours_after_its_event_in_another_language_is_no_telling_of_it():
    """heldout301: the state of siege repeats the Spanish report's town and toll ten hours on; in two languages there
    are no words to tell them apart."""
    clashes = profile("Enfrentamiento durante desalojo en El Estor deja dos muertos y 15 heridos",
                      ("Dos personas murieron y al menos 15 resultaron heridas durante un enfrentamiento entre "
                       "pobladores y agentes de la PNC en un desalojo en El Estor, Izabal, informaron las autoridades."))
    siege = profile(*SIEGE, at=T0 + timedelta(hours=10))
    assert siege.development
    assert compare(siege, clashes).reason == DEVELOPMENT_OF_OTHER
    assert compare(profile(*SIEGE, at=T0 + timedelta(hours=2)), clashes).same  # within hours, still the event's news


def test_two_headlines_in_two_provinces_are_no_pair_for_the_fold_model():
    """heldout232: floods in Chiang Mai and in Sukhothai, a river in spate in each, were read alike by the model."""
    chiang_mai = profile("Chiang Mai floods as Ping peaks at 4.6 metres",
                         ("The Ping River rose to 4.6 metres in Chiang Mai on Tuesday, flooding the old city's moat "
                          "area and nine districts, provincial officials said."))
    sukhothai = profile("Yom River overflows in Sukhothai, 1,500 households flooded",
                        ("The Yom River burst its banks in Sukhothai province on Tuesday, flooding about 1,500 "
                         "households, the Department of Disaster Prevention and Mitigation said."),
                        at=T0 + timedelta(hours=5))
    verdict, second_reading = rule_verdict(sukhothai, chiang_mai)
    assert not verdict.same and second_reading is SecondReading.NEVER


def test_a_hospital_written_in_another_script_is_no_name_in_common():
    """heldout283: a Hindi report of a bus crash in Champawat wrote "अस्पतालों" (hospitals, a word taken from English),
    heard as the Hospital of "Guru Nanak Dev Hospital" in an English report of a bootleg-liquor toll in Punjab."""
    hooch = profile("Tarn Taran hooch tragedy: Death toll climbs to 21, eight on ventilator",
                    ("The number of people who died after drinking spurious liquor in Tarn Taran district rose to 21 on "
                     "Saturday, with eight others on ventilator support at Amritsar's Guru Nanak Dev Hospital."),
                    at=T0 + timedelta(hours=2))
    bus = profile("चंपावत में बड़ा हादसा: स्वाला के पास खाई में गिरी बस, 14 यात्रियों की मौत",
                  ("टनकपुर-चंपावत राष्ट्रीय राजमार्ग पर स्वाला के पास शनिवार सुबह एक बस करीब 200 मीटर गहरी खाई में जा गिरी। "
                   "हादसे में 14 लोगों की मौत हो गई, जबकि 18 घायलों को टनकपुर और लोहाघाट के अस्पतालों में भर्ती कराया गया है।"))
    assert not compare(hooch, bus).same


def test_two_tellings_in_two_languages_of_two_towns_in_one_country_are_no_pair_for_the_model():
    """heldout270: a German report of a chemical park blast in Burghausen and an English one of a Legionnaires'
    outbreak in Ulm, two dead each, one morning: the fold model weighed the country and the toll and said yes."""
    blast = profile("Explosion im Chemiepark Burghausen: Zwei Tote und neun Verletzte",
                    ("Im Chemiepark im oberbayerischen Burghausen hat sich am Freitagmorgen eine schwere Explosion "
                     "ereignet. Zwei Arbeiter kamen ums Leben, neun weitere wurden verletzt, drei davon schwer."))
    outbreak = profile("Legionnaires' disease outbreak in German city of Ulm kills two",
                       ("Two people have died and 31 are being treated in hospital after an outbreak of Legionnaires' "
                        "disease in the southern German city of Ulm, local health authorities said on Friday."),
                       at=T0 + timedelta(hours=2, minutes=25))
    verdict, second = rule_verdict(outbreak, blast)
    assert not verdict.same and second is SecondReading.NEVER
    assert not compare(outbreak, blast).same


def test_an_area_burned_is_no_figure_to_match_a_count_by():
    """heldout289: a Tokyo fire that burned "約200平方メートル" matched "About 200 vehicles" stranded on an expressway
    in Gifu by a large figure both stated."""
    assert script_figures("約200平方メートルを焼いた。焼け跡から4人の遺体") == ["4"]
    fire = profile("足立区のアパート火災で4人死亡 放火の可能性も視野に捜査",
                   "15日午後10時ごろ、東京都足立区梅島の木造2階建てアパートから出火し、約200平方メートルを焼いた。"
                   "焼け跡から4人の遺体が見つかった。")
    snow = profile("Vehicles stranded on snowbound expressway in central Japan",
                   ("About 200 vehicles have been stuck overnight on the Tokai-Hokuriku Expressway in Gifu Prefecture "
                    "after heavy snow."), at=T0 + timedelta(hours=9))
    assert not compare(snow, fire).same


def test_two_wildfires_by_two_rivers_share_no_place():
    """heldout292: wildfires at Lac La Biche, Alberta, and Cumberland House, Saskatchewan, one evening: "Owl River"
    and "Saskatchewan River" made "River" the place both named."""
    lac_la_biche = profile("Lac La Biche wildfire grows to 12,000 hectares, evacuation order expanded",
                           ("The wildfire burning near Plamondon more than tripled in size overnight, prompting Lac La "
                            "Biche County to extend its mandatory evacuation order to Owl River."))
    cumberland = profile("Wildfire forces evacuation of Cumberland House",
                         ("About 1,900 residents of Cumberland House are being flown out of the community as a "
                          "wildfire burning to the west jumped the Saskatchewan River on Sunday."),
                         at=T0 + timedelta(hours=3))
    assert not compare(cumberland, lac_la_biche).same


def test_a_second_fire_in_days_is_not_the_first_by_its_name():
    """heldout298: "Second Hunter bushfire in three days destroys homes" joined the first by the name both headlines
    give the fire; heldout294: "Firefighters battle new blaze near Lacanau", the Gironde fire by the place."""
    first = profile("'Too late to leave': Homes lost as Hunter bushfire races through Dungog",
                    "A fast-moving bushfire in the Hunter region destroyed at least 22 homes near Dungog on Friday.")
    second = profile("Second Hunter bushfire in three days destroys homes near Gloucester",
                     "A new bushfire in the Hunter region destroyed four homes near Gloucester on Sunday.",
                     at=T0 + timedelta(hours=50))
    assert second.again and not compare(second, first).same
    assert profile("Firefighters battle new blaze near Lacanau in Gironde", "").again


def test_a_step_over_an_event_in_another_town_is_no_telling_of_this_one():
    """heldout294: arrests over Friday's car bomb in Florencia, hours after a grenade attack on a police post in
    Neiva: a step, however close, over an event its headline places in another town."""
    grenade = profile("Grenade attack on police post in Neiva wounds two officers",
                      ("Two police officers were wounded early Sunday when a man on a motorcycle threw a grenade at a "
                       "police command post (CAI) in northern Neiva, the capital of Huila. Police said they were "
                       "reviewing security camera footage."))
    arrests = profile("Colombia arrests two suspects over Florencia police station bombing",
                      ("Colombian police arrested two men suspected of taking part in Friday's car bombing of a police "
                       "station in the southern city of Florencia that killed four officers, the defense minister said "
                       "on Sunday. One of the suspects allegedly bought the vehicle used in the attack."),
                      at=T0 + timedelta(hours=3, minutes=40))
    assert arrests.development
    assert compare(arrests, grenade).reason == DEVELOPMENT_OF_OTHER


def test_a_quake_a_magnitude_apart_in_another_province_is_another_quake():
    """heldout312: "4.8-magnitude quake hits Ninglang, SW China's Yunnan" joined the Sichuan quake's tellings by the
    words such reports share; a magnitude and more apart may be an aftershock, but not one whose headline places it
    elsewhere."""
    sichuan = profile("5.9-magnitude quake jolts Yanyuan County in SW China's Sichuan",
                      ("A 5.9-magnitude earthquake jolted Yanyuan County in Liangshan, Sichuan Province, at 3:12 a.m. "
                       "Saturday, the China Earthquake Networks Center said."))
    yunnan = profile("4.8-magnitude quake hits Ninglang, SW China's Yunnan",
                     ("A 4.8-magnitude earthquake hit Ninglang County in Lijiang, Yunnan Province, at 9:40 p.m. "
                      "Saturday, the China Earthquake Networks Center said."),
                     at=T0 + timedelta(hours=18))
    assert not compare(yunnan, sichuan).same
    aftershock = profile("4.6-magnitude aftershock jolts Yanyuan County in SW China's Sichuan",
                         ("A 4.6-magnitude aftershock jolted Yanyuan County in Liangshan, Sichuan Province, on "
                          "Saturday evening, the China Earthquake Networks Center said."),
                         at=T0 + timedelta(hours=18))
    assert compare(aftershock, sichuan).reason != QUAKES_APART


def test_a_fires_risen_toll_in_one_town_is_no_telling_of_a_boat_capsized_off_another_that_day():
    """heldout319: the two share Mozambique, a toll and a Saturday, at a similarity of 0.11, and nothing else."""
    boat = profile("Five dead as dive boat capsizes off Mozambique",
                   "Five people, including three foreign tourists, drowned on Saturday when a dive boat overturned in "
                   "heavy surf off Tofo beach in southern Mozambique, police said.")
    toll = profile("Death toll in Mozambique's Beira fuel depot fire rises to seven as blaze contained",
                   "The number of people killed in a fire at a fuel storage terminal in Mozambique's Beira port has "
                   "risen to seven, the Sofala provincial government said on Saturday.",
                   at=T0 + timedelta(hours=1))
    assert compare(toll, boat).reason == TOLL_ELSEWHERE
    fire = profile("Fire engulfs fuel terminal at Mozambique's Beira port, three dead",
                   "Three workers were killed when fire tore through fuel storage tanks at the port of Beira on "
                   "Friday night, police said.", at=T0 - timedelta(hours=8))
    assert compare(toll, fire).same


def test_the_civil_defence_that_answers_two_emergencies_is_no_name_they_share():
    """heldout331: a refinery fire and missing hikers in Oman, hours apart, each attended by the Civil Defence and
    Ambulance Authority of a Governorate; the words of the service and of the governorate are no proper nouns."""
    fire = profile("Fire reported at Duqm refinery; civil defence teams at site",
                   "Civil Defence and Ambulance Authority teams are dealing with a fire at a refinery in the Special "
                   "Economic Zone at Duqm, Al Wusta Governorate. The authority said no injuries had been reported so far and "
                   "urged the public to stay away from the area.")
    hikers = profile("Search under way for four hikers missing near Jebel Shams",
                     "Search and rescue teams from the Civil Defence and Ambulance Authority are looking for four "
                     "European hikers who lost contact on the Balcony Walk trail near Jebel Shams in Al Dakhiliyah "
                     "Governorate on Friday afternoon.", at=T0 + timedelta(hours=2, minutes=35))
    assert not {"civil", "defenc", "ambula", "govern"} & (fire.propers | hikers.propers)
    assert not compare(hikers, fire).same


def test_a_province_is_no_name_two_disasters_in_two_countries_share():
    """heldout347: a landslide in Korea's South Gyeongsang Province, and the next day a typhoon's toll in China's
    Zhejiang Province, both naming landslides: "Province" is a unit of the map, no proper noun in common."""
    landslide = profile("2 dead, 3 missing as landslide buries homes in Sancheong amid torrential rain",
                        "Two people were killed and three others went missing after a landslide buried three houses "
                        "in a village in Sancheong, South Gyeongsang Province, early Friday as torrential rain lashed "
                        "the southern region, officials said.")
    toll = profile("Death toll from Typhoon Danas rises to 9 in Zhejiang",
                   "Nine people have died and three remain missing after Typhoon Danas brought torrential rain and "
                   "landslides to Zhejiang Province, local authorities said Saturday.", at=T0 + timedelta(hours=25))
    assert "provin" not in landslide.propers | toll.propers
    assert not compare(toll, landslide).same


def test_a_short_name_heard_in_another_script_that_places_its_news_elsewhere_is_no_telling():
    """heldout334: an Amharic report of a building that fell in Addis Ababa's Bole writes "በቦሌ" ("in Bole"),
    which sounds as Babile does, the town by which a bus overturned on the Harar road that day. Each places its
    news where the other names nothing, so a sound of three consonants is too little to join them."""
    bus = profile("At least 21 killed as bus overturns on Harar–Jijiga road",
                  "A passenger bus travelling from Harar to Jijiga overturned near the town of Babile on Thursday "
                  "evening, killing at least 21 people and injuring 30 others, regional police said. Most of the "
                  "injured were taken to Hiwot Fana Hospital in Harar.")
    collapse = profile("በቦሌ ክፍለ ከተማ በግንባታ ላይ የነበረ ሕንፃ ተደርምሶ የ13 ሰዎች ሕይወት አለፈ",
                       "በአዲስ አበባ ቦሌ ክፍለ ከተማ በግንባታ ላይ የነበረ ባለ አስር ፎቅ ሕንፃ ዛሬ ጠዋት ተደርምሶ የ13 ሠራተኞች ሕይወት "
                       "ማለፉን የከተማዋ የእሳትና አደጋ ሥጋት ሥራ አመራር ኮሚሽን አስታወቀ። የነፍስ አድን ሥራው ቀጥሏል።",
                       at=T0 + timedelta(hours=9, minutes=20))
    assert not compare(collapse, bus).same


def test_an_explainer_shares_no_name_with_another_event_by_the_capital_both_are_told_from():
    """heldout334: "Addis" and "Ababa" are two names in common, but they are one capital's: a building's fall in
    its Bole sub-city explains no nationwide internet outage blamed on a data centre there."""
    outage = profile("Ethiopia hit by nationwide internet outage",
                     "Internet and mobile data services went down across much of Ethiopia on Saturday, internet "
                     "monitor NetBlocks said, with state-run Ethio Telecom blaming a technical fault at a data centre "
                     "in Addis Ababa.", at=T0 + timedelta(hours=2, minutes=10))
    explainer = profile("Bole collapse: what we know about the building, its contractor and the permits",
                        "Friday's collapse of a ten-storey building under construction in Addis Ababa's Bole "
                        "sub-city, which killed at least 19 workers, has renewed questions about how the capital's "
                        "construction boom is regulated. Here is what we know so far.", at=T0 + timedelta(hours=6))
    assert not compare(explainer, outage).same


def test_a_feast_is_no_name_two_events_of_its_night_have_in_common():
    """heldout339: two shootings at Halloween parties, in Little Rock and in Fort Worth; the feast is a date, as a
    weekday is, and the explainer of the one names nothing else of the other."""
    little_rock = profile("3 wounded in shooting at Little Rock Halloween gathering",
                          "Three people were wounded early Sunday when gunfire erupted outside a Halloween gathering "
                          "in southwest Little Rock, police said. None of the injuries were believed to be "
                          "life-threatening.", at=T0 + timedelta(hours=3, minutes=20))
    explainer = profile("What we know about the Fort Worth Halloween party shooting",
                        "Police are searching for a suspect after gunfire tore through a packed house party in Fort "
                        "Worth's Stop Six neighborhood late Saturday, killing a teenager and wounding four others. "
                        "Here's what we know.", at=T0 + timedelta(hours=14, minutes=30))
    assert "hallow" not in explainer.propers | little_rock.propers
    assert not compare(explainer, little_rock).same


def test_a_park_is_no_name_heard_in_another_script():
    """heldout336: "Park", of Bardiya National Park, sounds as the Nepali "परेका" ("fell", of rain) does, and
    joined a rhino's poaching to the Kathmandu Valley's floods the same day."""
    rhino = profile("First rhino poaching in three years reported from Bardiya National Park",
                    "Nepal's record of zero rhino poaching since 2051 was broken on Saturday when park staff found a "
                    "rhino carcass without its horn near the Khauraha buffer zone. A special team of the Nepal Army "
                    "and park officials has been mobilised to track the poachers.", at=T0 + timedelta(hours=10))
    floods = profile("उपत्यकामा अविरल वर्षा : बाढीपहिरोमा परी ८ जनाको मृत्यु, दर्जनौं बेपत्ता",
                     "शुक्रबार रातिदेखि परेको अविरल वर्षाका कारण बागमती र विष्णुमती उर्लिंदा काठमाडौं उपत्यकामा "
                     "कम्तीमा ८ जनाको मृत्यु भएको छ। टेकु, बल्खु र सिनामंगलका बस्ती डुबानमा परेका छन्।")
    assert "park" not in rhino.propers
    assert not compare(rhino, floods).same


@pytest.mark.parametrize("title", [
    "Blast at Bulgarian arms plant injures worker, day after deadly Serbian explosion",
    "Landslide in Brazil's Petropolis kills three, days after deadly slide in south",
    "Two expats die in Mahboula building fire, days after Jleeb blaze",
    "Landslide kills eight in PNG's Southern Highlands, a week after Enga disaster",
])
def test_a_title_that_tells_its_event_by_another_days_before_says_it_is_another_of_its_kind(title):
    assert make_profile(title, "", T0).again


@pytest.mark.parametrize("title", [
    "Railways suspend Quetta-bound trains for four days after Sibi blast",
    "Mont Blanc tunnel to stay closed for at least three weeks after fire",
    "Cuba restores power to about a third of customers a day after total grid collapse",
])
def test_a_measure_that_lasts_days_after_an_event_is_not_another_of_its_kind(title):
    assert not make_profile(title, "", T0).again


def test_another_of_its_kind_told_after_one_in_a_town_it_never_names_is_another_event():
    """heldout340: a blast at Bulgaria's arms plant in Sopot, "day after deadly Serbian explosion", and the Serbian
    blast's risen toll at Cacak: the one never names the other's town, nor any name but Serbia's."""
    toll = profile("Death toll from blast at Serbian ammunition factory rises to 4",
                   "A fourth worker has died of injuries suffered in Saturday's explosion at the Sloboda ammunition "
                   "plant in the central Serbian town of Cacak, the local hospital said Sunday.")
    sopot = profile("Blast at Bulgarian arms plant injures worker, day after deadly Serbian explosion",
                    "An explosion at the state-owned VMZ weapons factory in Sopot in central Bulgaria injured one "
                    "worker on Sunday, the company said, a day after a blast at an ammunition plant in neighbouring "
                    "Serbia killed four.", at=T0 + timedelta(hours=7, minutes=50))
    verdict = compare(sopot, toll)
    assert not verdict.same and verdict.reason == AGAIN_ELSEWHERE


def test_an_amharic_telling_is_read_for_its_kind_of_happening():
    """heldout335: an Amharic report of the boat that capsized on Lake Tana names no country the tagger reads and
    writes "በጣና" ("on Tana"); the boat ("ጀልባ") and the 23 dead are what it shares with the English one."""
    english = profile("Boat capsizes on Ethiopia's Lake Tana, killing at least 23",
                      "An overcrowded passenger boat capsized on Lake Tana in northern Ethiopia on Friday, killing at "
                      "least 23 people, a regional official said. The boat was carrying about 60 people from the Zege "
                      "peninsula to the city of Bahir Dar for market day.")
    amharic = profile("በጣና ሐይቅ ጀልባ ተገልብጦ ቢያንስ 23 ሰዎች ሞቱ",
                      "ከዘጌ ባሕረ ገብ መሬት ወደ ባሕር ዳር ትጓዝ የነበረች ጀልባ ዓርብ ከሰዓት በኋላ በመገልበጧ ቢያንስ 23 ሰዎች "
                      "መሞታቸውን የአማራ ክልል ባለሥልጣናት ተናግረዋል። ጀልባዋ ከአቅሟ በላይ ተሳፋሪዎችን ጭና እንደነበር ተገልጿል።",
                      at=T0 + timedelta(hours=2, minutes=45))
    assert amharic.kinds == {"boat"}
    assert compare(amharic, english).same


def test_a_street_is_no_place_two_tenement_fires_share():
    """heldout354: a tenement fire on Allison Street in Glasgow's Govanhill, and another on Great Junction Street in
    Edinburgh's Leith a day and a half later; "Street" was the one name the two shared."""
    govanhill = profile("Govanhill tenement fire: Two dead and dozens evacuated",
                        "Firefighters rescued residents from windows as flames spread through the close on Allison "
                        "Street. Police Scotland said the cause of the blaze was being treated as unexplained.")
    leith = profile("Families evacuated after fire in Leith tenement",
                    "Around 30 people were led from their homes after a fire broke out in a top-floor flat in a "
                    "tenement on Great Junction Street this evening. One man was treated for smoke inhalation.",
                    at=T0 + timedelta(hours=35))
    assert not compare(leith, govanhill).same


def test_a_toll_that_rose_in_adjara_is_no_toll_that_rose_in_tunisia():
    """heldout349: "Adjara" is Georgia's Ajaria as the press writes it; unread, the two floods' tolls that rose to
    four, a day apart, were one event to the fold model."""
    adjara = profile("Adjara Floods: Death Toll Rises to Four",
                     "Rescuers recovered the bodies of two people missing since a landslide struck homes in "
                     "Makhinjauri, raising the death toll from Saturday's floods in Adjara to four, the Interior "
                     "Ministry said. About 300 residents have been evacuated.")
    tunisia = profile("Tunisia: flood death toll rises to four",
                      "The bodies of two brothers swept away by floodwaters on Saturday were recovered from the "
                      "Marguellil river, raising the toll from flash floods in Tunisia's Kairouan region to four, civil "
                      "protection officials said.", at=T0 + timedelta(hours=14, minutes=40))
    assert adjara.countries == {"GE"}
    assert not compare(tunisia, adjara).same


def test_two_towns_the_gazetteer_does_not_know_are_no_pair_for_the_model():
    """heldout355: a tractor-trolley overturned into a pond in Shahjahanpur (Uttar Pradesh, "UP") and a constable
    run over by a sand-laden tractor in Dholpur (Rajasthan), three hours apart: the model read them alike by their
    country and their tractor; the gazetteer knows neither town."""
    dholpur = profile("Constable mowed down by sand-laden tractor in Rajasthan's Dholpur",
                      "A police constable was run over and killed by a tractor allegedly carrying illegally mined sand "
                      "from the Chambal river in Rajasthan's Dholpur district late Friday night, police said. The "
                      "driver fled the spot, leaving the vehicle behind.")
    shahjahanpur = profile("11 killed as tractor-trolley carrying devotees overturns into pond in UP's Shahjahanpur",
                           "Eleven people, including five children, were killed and over 20 injured when a "
                           "tractor-trolley carrying devotees returning from a temple fair overturned into a roadside "
                           "pond in Uttar Pradesh's Shahjahanpur district on Saturday, police said.",
                           at=T0 + timedelta(hours=3, minutes=10))
    assert not compare(shahjahanpur, dholpur).same


def test_a_place_of_several_words_is_one_name_two_languages_share():
    """heldout360: a gas leak's sickened, "in hospital in Viña del Mar", and a Spanish telling of a quake that killed
    one "en Viña del Mar", nine hours apart: the town's three words were three names in common, enough for one
    event in two languages."""
    quake = profile("Fuerte sismo de magnitud 6,3 sacude la zona central: reportan una persona fallecida en Viña del "
                    "Mar", "El movimiento telúrico, con epicentro a 35 kilómetros al oeste de Valparaíso, se percibió "
                    "con intensidad VI en la región. Senapred descartó riesgo de tsunami en las costas del país.")
    leak = profile("Number sickened by Chile gas leak rises to 146",
                   "Health authorities said on Saturday that 146 people, most of them children, had sought treatment "
                   "after Friday's suspected gas release in Quintero and Puchuncavi. Five remain in hospital in Viña "
                   "del Mar.", at=T0 + timedelta(hours=8, minutes=40))
    assert not compare(leak, quake).same


def test_a_fire_that_burned_more_ground_overnight_is_one_fire():
    """heldout363: the Adelaide Hills bushfire burned "more than 1,500 hectares" in the afternoon and "about 2,300"
    by the next morning; the area that grew was the one count the two tellings had apart."""
    afternoon = profile("South Australia bushfire: homes feared lost as blaze burns out of control in Adelaide Hills",
                        "Homes are feared lost near Lobethal in South Australia as an out-of-control bushfire burns "
                        "through more than 1,500 hectares of scrub and pine plantation on a day of catastrophic fire "
                        "danger.")
    morning = ("Adelaide Hills bushfire destroyed 11 homes, CFS confirms, as crews work to contain blaze",
               ("Eleven homes and dozens of sheds were destroyed by the bushfire that tore through the Lobethal area "
                "on Friday, the CFS says, after assessment teams entered the fireground overnight. The fire has burnt "
                "about 2,300 hectares and has been downgraded to a watch and act."))
    assert compare(profile(*morning, at=T0 + timedelta(hours=16, minutes=30)), afternoon).same
    shrank = profile(*morning, at=T0 - timedelta(hours=16, minutes=30))  # the ground burned, told the other way
    assert not rule_verdict(afternoon, shrank)[0].same


def test_a_state_a_headline_names_with_its_plural_s_is_a_headline_place():
    """heldout301: "Kansas" is stemmed "kansa", as a plural loses its "s"; unseen in its headline, the Kansas grass
    fire was no state apart from the Nebraska wildfire of the same day, and the fold model read the two alike."""
    nebraska = profile("Nebraska Sandhills wildfire grows to 90,000 acres; rancher killed",
                       "A wildfire in central Nebraska's Sandhills has burned about 90,000 acres and killed a rancher "
                       "who was trying to move cattle ahead of the flames, Thomas County officials said Monday.")
    kansas = profile("Grass fire in Kansas Flint Hills destroys homes near Cottonwood Falls",
                     "A wind-whipped grass fire burned several homes and forced evacuations near Cottonwood Falls in "
                     "east-central Kansas on Monday, officials said. No injuries were reported.",
                     at=T0 + timedelta(hours=3, minutes=30))
    assert not compare(kansas, nebraska).same


def test_a_state_named_whole_and_as_a_stem_is_one_name_an_explainer_shares():
    """heldout372: an analysis of the rifles seized in Culiacán, traced to "gun shops in Arizona and Texas", and a
    refinery fire in Baytown, Texas, the day before: "texas" the place and "texa" the proper noun were the two names
    an explainer needs in common."""
    fire = profile("Fire erupts at Exxon's Baytown, Texas, refinery; three contractors hurt",
                   "A fire broke out at a crude distillation unit at Exxon Mobil's 560,000 barrel-per-day Baytown, "
                   "Texas, refinery on Saturday afternoon, sending a plume of black smoke over the Houston Ship "
                   "Channel, the company said. Three contractors were treated for minor injuries.")
    analysis = profile("Analysis-Culiacan arsenal haul shows US guns still flowing to Mexican cartels",
                       "Serial numbers on rifles found in a Culiacan warehouse this weekend trace back to gun shops in "
                       "Arizona and Texas, Mexican officials said, underscoring how the record seizure in Sinaloa "
                       "reflects a trafficking pipeline that years of bilateral pledges have failed to shut.",
                       at=T0 + timedelta(hours=22, minutes=50))
    assert not compare(analysis, fire).same


def test_a_kind_of_happening_and_a_proper_noun_in_common_fold_a_rewrite_naming_no_country():
    # heldout325: "Shan" is a place in one telling and a proper noun in the other, which names no country
    earlier = profile("Junta Airstrike on Namhsan Market Kills 11 Civilians",
                      "At least 11 civilians including three children were killed when a junta jet bombed the main "
                      "market in Namhsan town in northern Shan State on Saturday morning, according to the Ta'ang "
                      "National Liberation Army and local residents.")
    later = profile("Myanmar junta air strike on market kills 12, rebels say",
                    "An air strike by Myanmar's military on a market in a town in northern Shan state killed 12 "
                    "civilians, an ethnic armed group said on Sunday, adding to a mounting civilian toll from the "
                    "junta's aerial campaign.", at=T0 + timedelta(hours=21))
    assert compare(later, earlier).same
