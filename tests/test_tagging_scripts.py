"""Places named in other scripts than Latin are tagged, so a region watch sees TASS's or Xinhua's report too."""

from __future__ import annotations

import pytest

from monitor.storytext import SCRIPTS
from monitor.tagging import get_tagger
from monitor.tagging.scripts import letter_script, script_places


def places(title: str, text: str = "") -> list[tuple[str, str]]:
    return [(p.name, p.text) for p in get_tagger().tag(title, text).places]


def test_a_russian_report_names_its_countries_however_they_are_declined():
    assert places("Два человека погибли в перестрелке", "на границе Киргизии и Таджикистана") == [
        ("Kyrgyzstan", "Киргизии"), ("Tajikistan", "Таджикистана")]


def test_a_report_in_russian_rolls_up_to_the_regions_a_watch_names():
    tags = get_tagger().tag("Взрыв в Эквадоре", "В Гуаякиле погибли 12 человек, сообщила полиция Эквадора.")
    assert tags.countries == ("EC",)
    assert "Latin America" in tags.regions and "South America" in tags.regions


def test_arabic_names_are_found_behind_the_prepositions_joined_to_them():
    assert places("أذربيجان تضبط 182 كيلوغراما من الهيروين على الحدود مع إيران") == [
        ("Azerbaijan", "أذربيجان"), ("Iran", "إيران")]
    assert [name for name, _ in places("وصل الوفد للإكوادور وبالمكسيك")] == ["Ecuador", "Mexico"]


def test_chinese_and_japanese_names_are_found_inside_the_unspaced_text():
    assert places("马拉维湖客船倾覆 至少23人死亡") == [("Malawi", "马拉维")]
    assert places("ネパール 燃料価格値上げに抗議しゼネスト", "首都カトマンズでは商店が閉鎖された") == [
        ("Nepal", "ネパール"), ("Kathmandu", "カトマンズ")]


def test_a_longer_name_wins_over_the_shorter_one_inside_it():
    assert places("巴布亚新几内亚发生山体滑坡") == [("Papua New Guinea", "巴布亚新几内亚")]


@pytest.mark.parametrize("text", [
    "того что случилось",  # Togo, uncapitalised: "of that"
    "في عمان اليوم",  # Oman or Amman: left out
    "دعم مالي للمزارعين",  # Mali is "financial"
    "マリンスポーツの大会",  # Mali in "marine"
    "Ο Ισημερινός περνά από εδώ",  # Ecuador is "the equator"
    "Киргизский язык",  # an adjective is no name of the country
    "زلزله روز دوشنبه",  # Dushanbe is "Monday" in Persian
    "Больше всего пострадали сёла",  # Bol (Chad), a town, needs a longer name than "Бол" to run on to "Больше"
    "球队取得胜利",  # Dongying's other name is "victory": a Chinese town's two characters are left out
    "Самолет Ан-24 выкатился за пределы полосы",  # Samoa ("Само|а") runs on by no case ending in "aeroplane"
    "Την Πέμπτη το πρωί",  # nor Pemba ("Πέμπ|α") in "Thursday"
    "Пожары на Кубани",  # nor Cuba ("Куба") in the Kuban's
    "سيول جارفة تضرب القرى",  # Seoul is also "floods" in Arabic: left out
    "پولیس وین کے قریب دھماکا",  # Vienna is the police "van" in Urdu
    "조은호 국무총리가 사의 표명",  # Riga ("리가") ends "the prime minister" with its particle
    "Совет директоров Банка",  # Soweto ("Совето") starts "council"
])
def test_words_that_only_look_like_names_are_no_places(text):
    assert places(text) == []


def test_declined_names_run_on_by_case_endings_articles_and_peoples():
    assert [name for name, _ in places("Встреча в Москве", "Софията и Алматыда")] == [
        "Moscow", "Sofia", "Almaty"]
    assert [name for name, _ in places("Росіяни обстріляли місто")] == ["Russia"]


def test_towns_are_found_in_the_script_their_own_news_writes():
    assert places("مصرع 12 شخصا في تصادم قطارين بسوهاج") == [("Sohag", "سوهاج")]
    assert places("שריפה גדולה פרצה בבתי הזיקוק בחיפה") == [("Haifa", "חיפה")]
    assert places("آتش‌سوزی در پالایشگاه آبادان") == [("Abadan", "آبادان")]
    assert places("新潟で記録的大雪　除雪中の事故相次ぎ3人死亡") == [("Niigata", "新潟")]


def test_the_sultanate_of_oman_is_oman_though_oman_alone_is_left_out():
    assert places("سلطنة عمان: 7 وفيات جراء السيول") == [("Oman", "سلطنة عمان")]


def test_latin_text_is_never_walked_for_these_names():
    assert script_places().find("Un coche bomba explotó en Guayaquil, según la Policía de Ecuador.") == []


def test_the_scripts_letters_are_sorted_into_are_those_story_readings_are_marked_with():
    assert {letter_script(ch) for ch in "Жαعא中あア한कকਕકகకಕകකกກကកქქԱአ"} == SCRIPTS and letter_script("é") is None


def test_names_in_the_scripts_of_south_asia_are_found_with_their_case_endings():
    assert places("भिवंडीत तीन मजली इमारत कोसळली") == [("Bhiwandi", "भिवंडीत")]
    assert places("গাজীপুরের কোনাবাড়ীতে পোশাক কারখানায় আগুন") == [("Gazipur", "গাজীপুরের")]
    assert places("नेपाल में बस दुर्घटना") == [("Nepal", "नेपाल")]


def test_georgian_and_armenian_names_are_found_declined():
    assert [name for name, _ in places("Հայաստանի և Ադրբեջանի սահմանազատման հանձնաժողովներ")] == [
        "Armenia", "Azerbaijan"]
    assert [name for name, _ in places("პროტესტი თბილისში")] == ["Tbilisi"]


def test_a_thai_country_is_found_in_the_unspaced_text():
    assert [name for name, _ in places("น้ำท่วมหนักในกัมพูชา")] == ["Cambodia"]


@pytest.mark.parametrize("text", [
    "ผลการสอบสวนปรากฏว่าไม่มีผู้เสียชีวิต",  # Prague ("ปราก") in "ปรากฏ" (to appear): a Thai city needs six letters
    "Տավուշի մարզի և Ադրբեջանի Ղազախի շրջանի միջև",  # Gaza ("Ղազա") in Qazax: a short name runs on no further
])
def test_short_names_inside_other_words_of_these_scripts_are_no_places(text):
    assert "Prague" not in [name for name, _ in places(text)] and "Gaza" not in [name for name, _ in places(text)]
