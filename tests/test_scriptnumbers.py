"""Counts written in words in other scripts read as the digits an English telling of the same event writes."""

import pytest

from monitor.scriptnumbers import word_figures
from monitor.storytext import script_figures, title_figures


def figures(text: str) -> list[str]:
    return list(word_figures(text))


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("Два человека погибли, пятеро ранены", ["2", "5"]),  # Russian
        ("بنوں میں پولیس چوکی پر حملہ، چھ اہلکار ہلاک", ["6"]),  # Urdu: six police killed in Bannu
        ("कुल्लू: मणिकर्ण घाटी में बादल फटा, सात लोग लापता, चार मकान बहे", ["7", "4"]),  # Hindi: seven missing
        ("চাঁদপুরে লঞ্চডুবি, নিখোঁজ অন্তত ছয় জন", ["6"]),  # Bengali: at least six missing
        ("مقتل ستة أشخاص وإصابة ثمانية", ["6", "8"]),  # Arabic: six killed, eight hurt
        ("ΕΞΙ νεκροί και επτά τραυματίες", ["6", "7"]),  # Greek, an all-capital word too
        ("ושלושה הרוגים", ["3"]),  # Hebrew, with "and" written onto the word
        ("انفجار در تهران: هفت کشته", ["7"]),  # Persian
    ],
)
def test_small_counts_in_words_read_as_digits(text: str, counts: list[str]) -> None:
    assert figures(text) == counts


def test_arabic_teens_are_one_count_not_a_ten() -> None:
    assert figures("مقتل ثلاثة عشر شخصا وإصابة اثنا عشر") == ["13", "12"]
    assert figures("مقبرة من الأسرة الثامنة عشرة") == []  # the eighteenth dynasty


def test_han_counts_before_a_counter_and_no_ordinals() -> None:
    assert figures("造成两人死亡，十二人受伤") == ["2", "12"]
    assert figures("二十三名乘客") == ["23"]
    assert figures("第三名选手") == []  # "the third", no count
    assert figures("另有数十人下落不明") == []  # some tens of people
    assert figures("一人获救") == []  # a one never counts


def test_korean_native_counts_only_before_people() -> None:
    assert figures("사고로 두 명이 숨지고 열 명이 다쳤다") == ["2", "10"]
    assert figures("세 가지 이유") == []  # "세" alone: not a count of people


def test_words_that_mean_something_else_are_not_counts() -> None:
    assert figures("נתניהו ביום שני") == []  # Hebrew "second", Monday
    assert figures("جلسه نه به جنگ") == []  # Persian "no", also nine
    assert figures("সে বাড়িতে নয়") == []  # Bengali "is not", also nine


def test_script_figures_gathers_digits_and_words_once() -> None:
    assert script_figures("Шесть человек погибли, 6 ранены, 12 пропали") == ["6", "12"]


def test_a_headlines_counts_in_words_are_its_figures_in_any_language() -> None:
    assert title_figures("Gas blast at Chinese coal mine kills eight, state media says") == ["8"]
    assert title_figures("贵州一煤矿发生瓦斯爆炸事故 造成8人死亡") == ["8"]
    assert title_figures("One dead as bus overturns") == []  # a one never counts


def test_a_myriad_after_more_than_scales_the_figure() -> None:
    assert "300000" in script_figures("福建累计转移30余万人")  # more than 300,000 moved
