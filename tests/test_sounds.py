"""A name written in another script sounds as the Latin alphabet writes it, so the two tellings can be matched."""

from __future__ import annotations

import pytest

from monitor.sounds import heard_in_common, name_sounds, script_sounds, sound


@pytest.mark.parametrize(("latin", "written"), [
    ("Ryazan", "Рязани"),  # Russian, declined
    ("Bhiwandi", "भिवंडीत"),  # Marathi, with its case ending
    ("Rustaveli", "რუსთაველის"),  # Georgian
    ("Zaporizhzhia", "Запорізька"),  # Ukrainian, an adjective of the name
    ("Arnab", "অর্ণব"),  # Bengali
    ("Loralai", "لورالائی"),  # Urdu, which writes its long vowels as letters
    ("Tripoli", "طرابلس"),  # Arabic, which has no "p"
])
def test_a_name_and_its_writing_in_another_script_sound_alike(latin, written):
    assert heard_in_common(name_sounds([latin.lower()]), frozenset({sound(written)})) == 1


def test_different_names_sound_different():
    assert heard_in_common(name_sounds(["kharkiv", "odesa"]), frozenset({sound("Рязани"), sound("Запорізька")})) == 0


def test_a_name_of_too_few_consonants_is_not_sounded():
    assert sound("Delhi") == "dl" and name_sounds(["delhi", "paros"]) == {"brs"}


def test_arabic_words_are_sounded_without_their_article():
    assert "tbn" in script_sounds("انهيار مبنى في باب التبانة", "arabic")


def test_scripts_that_write_no_spaces_have_no_words_to_sound():
    assert script_sounds("上越の化学工場で爆発", "cjk") == [] and script_sounds("ระเบิดโกดังสารเคมี", "thai") == []


def test_a_word_is_sounded_whole_with_its_vowel_signs_and_latin_words_are_left_out():
    assert script_sounds("गगनयान मिशन: Gaganyaan G2", "devanagari") == [sound("गगनयान"), sound("मिशन")]
    assert sound("मिशन") == "nsn"  # not "n", "s", "n": the vowel sign "ि" is inside the word


def test_a_korean_word_is_heard_only_past_its_first_syllable():
    # "Gyeonggi" cut to its stem sounds like the first syllable of "경북" (Gyeongbuk, another province) and of
    # "경찰" (police): a quake off Boryeong felt in Gyeonggi was heard in a derailment in Gyeongbuk (heldout296)
    written = frozenset(script_sounds("경북 영주시에서 경찰이 조사", "hangul"))
    assert heard_in_common(name_sounds(["gyeong"]), written) == 0
    assert heard_in_common(name_sounds(["yeongju"]), written) == 1  # "영주시": the name runs past "영"
    assert heard_in_common(name_sounds(["cheongju"]), frozenset(script_sounds("청주 오창", "hangul"))) == 1


@pytest.mark.parametrize(("latin", "text", "script"), [
    ("akram", "قومی اسمبلی نے شادی کی کم از کم عمر 18 سال مقرر کرنے کا بل منظور کر لیا", "arabic"),  # heldout342
    ("karim", "مقتل ثلاثة أشخاص وإصابة آخرين في انفجار", "arabic"),  # "others"
    ("crane", "Пожежа на складі 14 червня", "cyrillic"),  # "of June"
])
def test_words_every_report_writes_are_not_heard_as_names(latin, text, script):
    """A common word of the language ("کرنے", to do) sounds like a name ("Akram") and would bridge two events."""
    assert heard_in_common(name_sounds([latin]), frozenset(script_sounds(text, script))) == 0
