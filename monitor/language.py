"""Which language a news item is written in, from its function words: enough to know two items can't be
compared word for word.

Story folding compares content words. A French rewrite of an English wire story shares its names, places
and figures, but hardly a content word, so word overlap can't tell it from an unrelated item. Folding needs
to know when two items are in different languages, and then it compares what survives translation
(`monitor.stories`). Function words give the language of a paragraph of news prose reliably, with no
model and no dependency. The lists hold words frequent in each language and rare in the others' news
prose. Where lists share a word ("de", "la", "que"), the words only one list has decide. A text with
too few of them, or a near tie, has no language (None), and folding then compares it word for word as
before.
"""

from __future__ import annotations

import re

from monitor.textfold import fold

__all__ = ["LANGUAGES", "OTHER", "guess_language"]

_FUNCTION_WORDS: dict[str, str] = {
    "en": "the and of to in was were is are has have had with from that said by on at for his her their been"
          " would will it its an which who this after than into over but not they be as",
    "es": "de la el los las del y en un que por con una para al se lo fue fueron segun tras su sus esta han este"
          " como mas entre sobre hasta desde durante donde",
    "fr": "de la le les des du et en un est une dans pour par au aux sur qui ont ete pas avec selon apres son sa"
          " ses ce cette lors ils elle leur entre l d qu",
    "it": "di la il lo le gli della delle dello degli in un e che per con una nel nella alla dei sono stato stata"
          " anche secondo dopo ha hanno non tra sul sulla l",
    "pt": "de e o os as do da dos das em um que por com uma para ao nao foi segundo apos no na nos nas pelo pela"
          " seu sua entre nesta mais",
    "de": "der die das und ist in ein eine den dem von mit fur auf im nach wurde wurden sich nicht bei zu des"
          " einem einer sind am auch",
    "nl": "de het een en in van op met voor is niet dat werd zijn door bij naar ook worden",
    "id": "yang dan di ke dari ini itu untuk dengan pada oleh tidak akan dalam telah sebagai para menjadi juga"
          " bahwa atau setelah hingga sejak mulai",
    "tl": "ang ng sa mga na at si ay kay nang mula",
    "sw": "na wa ya za kwa katika ni kwamba hiyo huo baada",
    "sv": "och att det som pa ar av med till har inte ett sig fran efter ocksa vid eller enligt hade blev sina"
          " sedan under natten",
    "da": "og at det som pa er af med til har ikke et sig fra efter ogsa ved eller ifolge havde blev nogle hvor"
          " deres nogen mod siger oplyser",
    "no": "og at det som pa er av med til har ikke et seg fra etter ogsa ved eller ifolge hadde ble noen hvor"
          " deres mot sier opplyser",
    "pl": "w z sie ze nie jest przez oraz dla przy ktory ktora ktore byl byla bylo zostal zostala zostalo zostaly"
          " wedlug podczas juz takze jego od za po o na do ma",
    "cs": "v se je ze pro byl byla bylo jsou podle ktery ktera ktere take uz jeho pri ale jako",
    "ro": "si cu pe din care fost este unei unui pentru dupa potrivit sunt acest aceasta fiind lor sau iar",
    "tr": "ve bir bu ile icin olarak olan gibi daha cok sonra gore ise ancak kadar tarafindan",
    "hu": "az es hogy nem egy meg van volt csak mar utan szerint kozott pedig",
    # Finnish and Lithuanian write "on" and "iš" (folded "is"), which the English list has: a short text in either,
    # unlisted, read as no language, and an English telling of its event as one in the same language (heldout219)
    "fi": "ja ei se etta oli myos kun mutta jo joka ovat seka kanssa mukaan jalkeen mita tai nyt vuonna",
    "lt": "ir yra kad buvo nuo del bei jau pagal taciau kuris kuri kurie metu kaip tai",
    "lv": "un ir ka ar no par uz kas tika bija pec ari vai ta sakot",
    "et": "ja ei et oli ka kui see mis aga veel ning parast",
}
LANGUAGES = frozenset(_FUNCTION_WORDS)
_LANGUAGES_OF: dict[str, tuple[str, ...]] = {}
for _language, _words in _FUNCTION_WORDS.items():
    for _word in _words.split():
        _LANGUAGES_OF[_word] = (*_LANGUAGES_OF.get(_word, ()), _language)
# A word that several languages have is a share of a vote for each ("que": a third to es, fr and pt).
_VOTES = {word: tuple((language, 1 / len(languages)) for language in languages)
          for word, languages in _LANGUAGES_OF.items()}

# A word, not one that follows an apostrophe: that is a noun after French "l'" or "d'", or a Turkish case ending
# after a name ("Malatya'da", "Diyarbakır'da"), which would vote for Portuguese "da".
_WORD = re.compile(r"(?<![a-z'])[a-z]+")
_ENGLISH = frozenset(_FUNCTION_WORDS["en"].split())
_READ_CHARS = 400  # a title and a lead: enough function words, and the cost stays flat on long summaries
MIN_HITS = 3  # a language needs at least this many function words ...
MARGIN = 1.5  # ... and this many times the runner-up's
# "und", ISO 639's "undetermined": a text of `OTHER_WORDS` or more whose function words name no language and hardly
# any of them English (Turkish, Czech, Finnish, Vietnamese, or a language the lists know but whose words tie). It
# is no English text, so an English telling of the same event is in another language (`monitor.stories`).
OTHER = "und"
OTHER_WORDS = 25  # 30 until Turkish dotless "ı" folded to "i": "çıktı" had been read as three words
MAX_ENGLISH = 1  # English function words such a text may have ("by" in Czech); 30 words of English prose have 4+
MARKED_WORDS = 12  # ... or this many words, of which this share bear accents (`_MARKED`)
MARKED_SHARE = 0.2
_MARKED = re.compile(r"\b\w*[^\W\d_a-zA-Z]\w*")
_WRITTEN = re.compile(r"(?<![\w'\u2018\u2019])\w+")  # as `_WORD`: not after an apostrophe ("İzmir'in", "yong‘in")


def _other(text: str, words: list[str]) -> str | None:
    """`OTHER` for a long text with next to no English function words, or a shorter one whose words bear accents
    English never writes (Lithuanian "Šalčininkų rajone aptiktas kontrabandos tunelis iš Baltarusijos"); no
    language (None) for any other. English words are counted as written: "iš" is no "is"."""
    if sum(word in _ENGLISH for word in _WRITTEN.findall(text.lower())) > MAX_ENGLISH:
        return None
    if len(words) >= OTHER_WORDS:
        return OTHER
    if len(words) >= MARKED_WORDS and len(_MARKED.findall(text)) >= MARKED_SHARE * len(words):
        return OTHER
    return None


# Letters with a horn, a dot below or a hook above, and "đ": Vietnamese (and a few other languages none of
# `LANGUAGES` is). Folded, Vietnamese reads as English ("Phúc An", "án" -> "an"), so they are counted first;
# unless the text has English's function words as written (`ENGLISH_PROSE`): Việt Nam News writes its names so
# ("Việt Nam, Russia sign EPC contract for Ninh Thuận 1 nuclear power plant").
_VIETNAMESE = re.compile("[\u01a0\u01a1\u01af\u01b0\u0110\u0111\u1ea0-\u1ef9]")
_VIETNAMESE_LETTERS = 3
ENGLISH_PROSE = 4  # English function words, as written, that make a text English prose whatever names it writes


def _english_prose(text: str) -> bool:
    return sum(word in _ENGLISH for word in _WRITTEN.findall(text[:_READ_CHARS].lower())) >= ENGLISH_PROSE


def guess_language(text: str) -> str | None:
    """The ISO 639-1 code of the language `text` is written in, or None when its function words don't say."""
    if len(_VIETNAMESE.findall(text[:_READ_CHARS])) >= _VIETNAMESE_LETTERS and not _english_prose(text):
        return OTHER
    scores = dict.fromkeys(LANGUAGES, 0.0)
    votes = _VOTES.get
    words = _WORD.findall(fold(text[:_READ_CHARS]))
    for word in words:
        for language, share in votes(word, ()):
            scores[language] += share
    if any(scores.values()):
        ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
        best, score = ranked[0]
        runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
        if score >= MIN_HITS and score >= MARGIN * runner_up:
            return best
    return _other(text[:_READ_CHARS], words)
