"""Small counts that news in other scripts writes in words, read as the digits an English telling writes.

A telling in another script is matched to an English one by the figures both state (`monitor.stories`), and
most outlets write small counts in words: "Два человека погибли", "بنوں میں ... چھ اہلکار ہلاک" (six police),
"सात लोग लापता" (seven missing), "造成两人死亡" (two dead). Only the forms of two to twenty that mean nothing
else in a headline are read: a one never counts (`monitor.storytext.read_text` leaves ones out too), and words
that are also common words are left out (Persian "نه" is nine and "no", Bengali "নয়" nine and "is not", Thai
writes without spaces, where "สาม", three, begins "สามารถ", can).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator


def _forms(table: tuple[tuple[int, str], ...]) -> dict[str, str]:
    return {unicodedata.normalize("NFC", form): str(value) for value, forms in table for form in forms.split()}


# Words written between spaces: Russian and Ukrainian, Greek, Arabic, Persian and Urdu, Hebrew, Hindi, Bengali.
_WORDS = _forms((
    (2, "два две двух двум двумя двое двоих δύο δυο اثنان اثنين اثنتين اثنتان دو שניים שתיים שתי दो দুই"),
    (3, "три трёх трех трем трём тремя трое троих τρεις τρία τρια ثلاثة ثلاث سه تین שלושה שלוש तीन তিন"),
    (4, ("четыре четырёх четырех четверо четверых чотири τέσσερις τεσσερις τέσσερα τεσσερα أربعة أربع اربعة"
         " چهار چار ארבעה ארבע चार চার")),
    (5, "пять пяти пятеро пятерых п'ять πέντε πεντε خمسة خمس پنج پانچ חמישה חמש पांच पाँच পাঁচ"),
    (6, "шесть шести шестеро шестерых шість έξι εξι ستة شش چھ שישה שש छह छः ছয়"),
    (7, "семь семи семеро семерых сім επτά εφτά επτα εφτα سبعة هفت سات שבעה सात সাত"),
    (8, "восемь восьми вісім οκτώ οχτώ οκτω οχτω ثمانية ثماني ثمان هشت آٹھ שמונה आठ আট"),
    (9, "девять девяти дев'ять εννέα εννιά εννεα εννια تسعة تسع תשעה תשע नौ"),
    (10, "десять десяти десятеро δέκα δεκα دس עשרה दस দশ"),
    (11, "одиннадцать одиннадцати одинадцять έντεκα εντεκα ग्यारह"),
    (12, "двенадцать двенадцати дванадцять δώδεκα δωδεκα बारह"),
    (13, "тринадцать тринадцати тринадцять तेरह"),
    (14, "четырнадцать четырнадцати чотирнадцять चौदह"),
    (15, "пятнадцать пятнадцати п'ятнадцять पंद्रह पन्द्रह"),
    (20, "двадцать двадцати двадцять είκοσι εικοσι عشرون عشرين بیست بیس बीस"),
))
# Arabic writes eleven to nineteen as a unit and ten ("ثلاثة عشر", thirteen): read as one count, not as ten. Ten
# alone is not read: "الثامنة عشرة" is the eighteenth (dynasty), no ten of anything.
_ARABIC_TEENS = frozenset({"عشر", "عشرة"})
_ARABIC_ELEVEN_TWELVE = {"أحد": "11", "احد": "11", "إحدى": "11", "احدى": "11", "اثنا": "12", "اثني": "12",
                         "اثنتا": "12", "اثنتي": "12"}
# "And" and "the" are written onto the word in Arabic ("وستة", and six) and Hebrew ("ושלושה", "והשניים").
_PREFIXES = ("و", "ו", "ה", "וה")
# Anything but spaces, digits and punctuation: a word in any script, with its vowel signs (Devanagari's and
# Bengali's are marks, which `\w` leaves out).
_WORD = re.compile(r"[^\s\d.,;:!?،؛؟\"'“”‘’«»()\[\]{}|/\\\-–—]+(?:'[^\s\d.,;:!?\"“”«»()\-–—]+)?")
# Chinese and Japanese write a count before its counter ("两人", "三名", "十二人"), within words; an ordinal's
# "第三" is no count, nor "数十人", some tens of people.
_HAN_COUNT = re.compile(r"(?<![第数數几幾一二两三四五六七八九十])([一二两三四五六七八九十]{1,3})(?=[人名具艘架辆輛座位个個])")
_HAN_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
# Korean counts people in its own numbers before "명" ("두 명", two people); alone, "세" and "네" mean other things.
_KOREAN_COUNT = re.compile(r"(?<![가-힣])(두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s?명")
_KOREAN = {"두": "2", "세": "3", "네": "4", "다섯": "5", "여섯": "6", "일곱": "7", "여덟": "8", "아홉": "9", "열": "10"}


def word_figures(text: str) -> Iterator[str]:
    """The counts of two and more that `text` writes in words of another script, as digits, in order."""
    words = [_bare(word) for word in _WORD.findall(unicodedata.normalize("NFC", text).lower())]
    for i, word in enumerate(words):
        after = words[i + 1] if i + 1 < len(words) else ""
        if after in _ARABIC_TEENS and (teen := _arabic_teen(word)) is not None:
            yield teen
        elif word in _WORDS:
            yield _WORDS[word]
    for match in _HAN_COUNT.finditer(text):
        if (value := _han_value(match[1])) is not None and value > 1:
            yield str(value)
    for match in _KOREAN_COUNT.finditer(text):
        yield _KOREAN[match[1]]


def _bare(word: str) -> str:
    """The word without the "and" or "the" written onto it, where that leaves a number; Greek without its accents
    ("ΕΞΙ", as a headline writes it, is "έξι")."""
    if word not in _WORDS:
        for prefix in _PREFIXES:
            if word.startswith(prefix) and (word[len(prefix):] in _WORDS or word[len(prefix):] in _ARABIC_ELEVEN_TWELVE):
                return word[len(prefix):]
        if "\u0370" <= word[:1] <= "\u03ff":
            bare = "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))
            return bare if bare in _WORDS else word
    return word


def _arabic_teen(word: str) -> str | None:
    """The count of eleven to nineteen that `word` begins, before "عشر" (ten)."""
    if word in _ARABIC_ELEVEN_TWELVE:
        return _ARABIC_ELEVEN_TWELVE[word]
    value = _WORDS.get(word)
    if value is not None and 3 <= int(value) <= 9 and not word.isascii():
        return str(int(value) + 10)
    return None


def _han_value(written: str) -> int | None:
    """"十二" is 12, "二十" 20, "二十三" 23; None for what no count is written as ("十十")."""
    if "十" not in written:
        return _HAN_DIGITS.get(written) if len(written) == 1 else None
    tens, _, units = written.partition("十")
    if "十" in units or len(tens) > 1 or len(units) > 1:
        return None
    high = _HAN_DIGITS.get(tens, 0) if tens else 1
    low = _HAN_DIGITS.get(units, 0) if units else 0
    if (tens and not high) or (units and not low):
        return None
    return 10 * high + low
