"""How a name sounds, so that a telling in another script can be matched by the names it writes in its own letters.

A Marathi report of the building that fell in Bhiwandi writes "भिवंडीत", a Russian one of the drones over Ryazan
"в Рязани", a Georgian one of the rally on Rustaveli Avenue "რუსთაველის": names the English reports of the same
event write too. Transliterated (`anyascii`) and reduced to their consonants, with the letters transliterations
trade made one, they sound alike: "bndt", "rjn", "rstls" against "bnd", "rjn", "rstl". Folding
(`monitor.stories._across_scripts`) counts such sounds as it counts names in common, beside the country and the
figures the two tellings state.

Texts in scripts that write no spaces (Han, kana, Thai, Lao, Myanmar, Khmer) have no words to sound out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from anyascii import anyascii

from monitor.tagging.scripts import letter_script

MIN_SOUND = 3  # consonants: a shorter sound ("dl", Delhi) is in too many other words
ENDING = 2  # consonants a declined name may run on past the other's sound: "Нигером" (ngrn) and Niger (ngr)
SYLLABLE = "|"  # where a Korean word's first syllable ends, in its sound (`_syllable_marked`)
UNSPACED = frozenset({"cjk", "thai", "lao", "myanmar", "khmer"})
# Vowels part consonants ("Gaganyaan": ggnn) and are dropped; so are the letters that stand for a vowel or for
# nothing in some transliterations (Arabic "w" and "y", the "h" of "bh", "kh", "zh"), which part none
# ("Zaporizhzhia": jbrj, as "Запорізька" gives jbrjk); the consonants transliterations trade are made one
# (Arabic writes "p" as "b": "طرابلس", Tripoli).
_SOUNDS = str.maketrans({
    **dict.fromkeys("aeiou", "."), **dict.fromkeys("yhwv", None),
    "f": "b", "p": "b", "c": "k", "q": "k", "x": "k", "z": "j", "m": "n",
})
# A word: letters, with the vowel signs South Asia writes apart and Arabic's marks, which are no letters to `re`
_WORD = re.compile(r"(?:[^\W\d_]|[\u0900-\u0dff\u1000-\u109f\u064b-\u065f\u0670])+")
_ARABIC_ARTICLE = re.compile(r"^(?:[وفبك]?ال|لل)")  # "ال", "وال", "بال", "لل": the article and what joins it
# Words every report writes, which sound like names: Urdu "کرنے" ("to do") sounds as Akram does, Arabic "آخرون"
# ("others") as Karan, Ukrainian "червня" ("of June") as Crane. They are no names, and are not sounded out: a
# cricket report heard "Akram" in an Urdu report of a marriage bill (heldout342). Kept by language, from how the
# news of each writes its tolls, days, sources and verbs; Arabic words without their article (`_ARABIC_ARTICLE`).
_COMMON_WORDS = frozenset(word for line in (
    # Arabic
    "آخرون آخرين أشخاص شخصا شخصاً شخصًا مقتل قتل قُتل قتلى مصرع مصرعهم مصرعهما أعلنت أعلن أفادت مصادر مصدر قرب أكثر",
    "منطقة بمنطقة محافظة بمحافظة مدينة بمدينة مدني مدنية مدنيين مدنيا مدنياً عشرات خمسة ثلاثة أربعة ستة سبعة ثمانية",
    "تسعة عشرة سبت جمعة خميس أربعاء ثلاثاء اثنين أحد فجر بحسب بسبب قالت قال إصابات بجروح إصابة انفجار بانفجار اندلع",
    "اندلاع اندلعت تواصل طريق عمليات جنوب جنوبي شمال شمالي شرق شرقي غرب غربي داخل خلال كبير سلطات مستشفى نيران طائرة",
    "بطائرة طائرات مسيرة مسيّرة مسيرات مسيّرات مفخخة سيارة بسيارة استهدف استهدفت يستهدف تستهدف استهداف أقل أسفر",
    "حتفهم مفقودين لنقل تسجيل منتقل",
    # Persian
    "نفر استان کشته گفته گفت امروز دست شدند باختند ریشتری ریشتر لرزاند لرزه بزرگی مدیریت خبر گویند گذاشت گذاشته گذشت",
    "گذشته شنبه یکشنبه دوشنبه مقام کرد کرده کردند جمعیت تاکنون بامداد مدیرکل مصدوم مصدومان مصدومیت برجای برجا",
    "شهرستان منطقه دیگر دارد نشده پنج افزایش دریافت رسید شدت مدیرعامل سخنگوی ناگهانی روستاهای روستای روستا قیمت",
    "بیمارستان",
    # Urdu
    "زخمی زخمیوں مطابق افراد قریب پولیس اہلکار اہلکاروں نتیجے ریسکیو کرنے کرنا کرتے کرتی کردیا سمیت جبکہ دھماکا دھماکے",
    "دھماکہ پھٹنے فائرنگ مسافر ٹکرا گرنے اسپتال کارگر نامعلوم مزدور آپریشن تحصیل سیلاب",
    # Hindi, Marathi, Nepali
    "जबकि लोगों शनिवार शुक्रवार सोमवार मंगलवार बुधवार गुरुवार रविवार घायलों घायल अस्पताल भर्ती मजदूरों पांच तड़के",
    "यात्रियों करीब भीषण टीमें स्थित दोपहर लापता सुरक्षित क्षेत्र दौरान अचानक समेत दमकल बारिश मलबे घंटे जिलों",
    "गंभीर इमारत बिजली फैक्ट्री तलाश मृत्यु फटने मंजिला पहुंचाया आशंका पलटी पलट झुलस रेफर मुख्यमंत्री राजधानी धमाका",
    "जांच गिरने फंसे सबसे अनुसार सरकार बच्चों मौसम मीटर मृतकों जोरदार जिसमें पुष्टि करते घटना चपेट मुताबिक कारण",
    "प्रति जलकर तीव्रता निकाला",
    # Russian, Ukrainian
    "сообщили сообщил сообщила сообщило атакували атаковали атакувала погибли поранені загинули повідомив повідомили",
    "пошкоджено человека человек загиблих пострадавших пострадали после після понад серед результате внаслідок",
    "унаслідок произошел произошло территории території начальник даними четверо четыре семеро пятеро трое двое утром",
    "вранці месте словам частина завдали работают жилом улице возник возгорание пожар пожежа пожаре пожежу пассажиров",
    "находились щонайменше области області обласної региона региональном субботу пятницу воскресенье тысяч кілька",
    "одного горить здания",
    "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    # Bengali
    "মৃত্যু জনের নিয়ন্ত্রণে সার্ভিসের ঘণ্টার শনিবার চেষ্টায় শ্রমিক জানিয়েছে কারখানায় বন্ধ শুক্রবার পর্যন্ত হাসপাতালে",
    "সঙ্গে শ্রমিকের যাত্রীবাহী সংঘর্ষে ভর্তি ঘটনা উপজেলায় করছে করেছে রোববার পাঁচ সকালে দেশের দুপুরে নিখোঁজ মৃত রয়েছেন",
    "সোমবার মঙ্গলবার বুধবার বৃহস্পতিবার ঘটনায় বছরে",
) for word in line.split())


@lru_cache(maxsize=65536)
def sound(word: str) -> str:
    """The consonants of a word as the Latin alphabet writes it, the letters transliterations trade made one."""
    letters = "".join(ch for ch in anyascii(word).lower() if "a" <= ch <= "z").translate(_SOUNDS)
    return "".join(ch for i, ch in enumerate(letters) if i == 0 or ch != letters[i - 1]).replace(".", "")


def script_sounds(text: str, script: str) -> list[str]:
    """The sounds of every word of a text in another script (`monitor.storytext.script_of`), none for one that
    writes no spaces."""
    if script in UNSPACED:
        return []
    found: dict[str, None] = {}
    for word in _WORD.findall(text):
        if letter_script(word[0]) is None:
            continue  # a Latin word in the text: "M6.3", "ISRO"
        if script == "arabic":
            word = _ARABIC_ARTICLE.sub("", word)
        if word.lower() in _COMMON_WORDS:
            continue
        if len(heard := sound(word)) >= MIN_SOUND:
            found[_syllable_marked(word, heard) if script == "hangul" else heard] = None
    return list(found)


def _syllable_marked(word: str, heard: str) -> str:
    """A Korean word's sound with `SYLLABLE` where its first syllable's ends: Korean joins syllables into words
    ("경북", Gyeongbuk; "경찰", police), and a name cut to its stem ("gyeong" of Gyeonggi) sounds like the first
    syllable of many of them."""
    first = sound(word[0])
    if len(word) < 2 or not first or len(first) >= len(heard) or not heard.startswith(first):
        return heard
    return first + SYLLABLE + heard[len(first):]


def name_sounds(names: Iterable[str]) -> frozenset[str]:
    """The sounds of the words of names written in the Latin alphabet (folded: lower case, no accents)."""
    return frozenset(s for name in names for word in _WORD.findall(name) if len(s := sound(word)) >= MIN_SOUND)


def heard_in_common(names: frozenset[str], written: frozenset[str]) -> int:
    """How many of the names' sounds the text in another script writes, exactly or declined (`ENDING`); a Korean
    word's only when the name runs past its first syllable (`SYLLABLE`)."""
    return sum(1 for name in names if name in written or any(_writes(w, name) for w in written))


def _writes(word: str, name: str) -> bool:
    """Whether a written word's sound is the name's, or the name's declined."""
    first, marked, rest = word.partition(SYLLABLE)
    if marked:
        if len(name) <= len(first):
            return False
        word = first + rest
    return word.startswith(name) and len(word) - len(name) <= ENDING
