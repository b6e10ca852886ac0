"""Counts whose noun is left out but named before, in forms of other languages than those
helpers.quantities reads itself ("of whom 40 were killed", "25 have since come home"): a German
or Dutch participle closing the clause ("sind rund 350 zurückgekehrt", "zijn er 90 omgekomen"),
a past tense ("200 kamen ums Leben"), "50 davon", Italian "800 dalla Gran Bretagna", a Russian
dash ("56 — погибли на пожарах", "50 — в ДТП", "на воде — 102,"), the Turkish possessive
("14 şüpheli ..., 5'i tutuklandı"), "only N" closing a clause ("serão ouvidos apenas dois,"),
"of whom" before the number in more languages ("di cui 40", "varav 40", "od kojih je 40"),
"more" after it ("dos más", "dua lagi"), "other(s)" right after or before it where the noun phrase
ends there ("két másik pedig", "Dwaj inni zostali ranni", "iar alți trei, inclusiv").
The population is the group of the figure before (quantities._elided); without one, none of
these counts."""

from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon
from .dates import month_names
from .number_context import noun_counted_before
from .people_phrases import is_people_noun, people_nouns

_LETTER = r"[^\W\d_]"
# what may follow a participle that closes its clause (German, Dutch)
_CLAUSE_END = (r"(?=\s*+[,.;:!?)]|\s*+$|\s++(?:und|oder|en|of|maar|aber|in|im|nach|naar|aus|uit"
               r"|bei|bij|seit|sinds|worden|werden|wurden|sind|zijn)\b)")
_AFTER = (
    r"(?<!\s)(?:"
    # German, Dutch participles: "zurückgekehrt", "umgekommen", "teruggekeerd", "verhaftet"
    rf"\s++(?:{_LETTER}*ge{_LETTER}{{2,}}(?:t|d|en)|ver{_LETTER}{{3,}}(?:t|d|en)"
    rf"|overleden){_CLAUSE_END}"
    # German, Dutch past tenses of coming back, leaving, dying (elided_past_tenses.csv)
    r"|\s++(?:WORDS)\b"
    r"|\s++(?:davon|daarvan|di\s++(?:essi|esse|loro))\b"  # "50 davon", "dieci di essi"
    # Russian after a dash: a verb in the past ("56 — погибли") or a place ("50 — в ДТП")
    r"|\s++[—–]\s++(?:[а-яё]+ли(?:сь)?\b|(?:в|во|на|из|от|при)\s)"
    r")")
# Italian "650 dalla Germania", not a day or an hour ("il 12 dalla Libia", "alle 12 da Roma")
_FROM_PLACE = re.compile(r"(?<!\s)\s++(?:dalla|dal|dall['’]|dai|dagli|da)\s*+[A-Z]")
_DAY_BEFORE = re.compile(r"\b(?:il|l['’]|alle|le|ore|dal|del|entro|fino\s++al)\s*+$", re.IGNORECASE)
# Turkish possessive "5'i" (five of them) after a comma or "ve" ("14 Şüpheli Gözaltına
# Alındı, 5'i Tutuklandı"), not after a genitive ("3 tabancanın 2'si": two of the guns)
_TR_OF_THEM = re.compile(r"['’](?:s?[ıiuü]|[ıiuü]n[ıiuü]n)\b")
# "o processo tem oito arguidos, serão ouvidos apenas dois, ...": "only N" closing a clause
# (the words of only_words.csv)
_ONLY_BEFORE = r"\b(?:WORDS)\s*+$"
# "di cui 40", "varav 40", "od kojih je 40", "w tym 5" (the words of of_whom_before.csv)
_OF_WHOM_BEFORE = r"(?<![^\W\d_])(?:WORDS)\s*+$"
# "dos más", "dua lagi": "more" right after the number (the words
# of more_after_number.csv)
_MORE_AFTER = r"(?<!\s)\s++(?:WORDS)(?![^\W\d_])"
_CLAUSE_ENDS = re.compile(r"(?<!\s)\s*+[,;.)]")
_TR_BEFORE = re.compile(r"(?:,|\bve|\bbunlardan|\bbunların|\bise)\s*+$", re.IGNORECASE)
# an item of a list with dashes: "в том числе на воде — 102, на пожарах — 48"
_DASH_ITEM = re.compile(rf"{_LETTER}{{2}}\s++[—–]\s*+$")
_ITEM_END = re.compile(r"(?<!\s)\s*+(?:[,;.)]|$)")


def elided_form(before: str, after: str) -> bool:
    """Whether the number between `before` and `after` (the text either side of it) is a
    count whose noun is left out, in one of the forms above."""
    return bool(lexicon.pattern("elided_past_tenses", _AFTER).match(after)
                or _DASH_ITEM.search(before) and _ITEM_END.match(after)
                or _FROM_PLACE.match(after) and not _DAY_BEFORE.search(before)
                or _TR_OF_THEM.match(after) and _TR_BEFORE.search(before)
                or lexicon.pattern("only_words", _ONLY_BEFORE).search(before) is not None
                and _CLAUSE_ENDS.match(after)
                or _of_whom(before)
                or lexicon.pattern("more_after_number", _MORE_AFTER).match(after) is not None
                or _others(before, after))


# "két másik pedig", "Dwaj inni zostali", "tre të tjerë dhe": "other(s)" right after the number
# (others_after_number.csv); "iar alți trei,", "preostala dva pa": right before it
# (others_before_number.csv); then the end of the noun phrase: a clause end, a word of
# phrase_end_words.csv or a verb of elided_past_tenses.csv ("két másik autó" counts cars)
_OTHERS_AFTER = r"(?<!\s)\s++(?:WORDS)(?![^\W\d_])"
_OTHERS_BEFORE = r"(?<![^\W\d_])(?:WORDS)\s++$"
_THEN = r"\s*+(?:[,.;:!?)]|$)|\s++(?:WORDS)(?![^\W\d_])"
_VERB_NEXT = r"\s++(?:WORDS)(?![^\W\d_])"


def _others(before: str, after: str) -> bool:
    """Whether the number between `before` and `after` counts "the others" of a group named
    before it, its noun left out: an "other" word right after it or right before it, and the noun
    phrase ending there."""
    if not after:
        return False
    m = lexicon.pattern("others_after_number", _OTHERS_AFTER).match(after)
    if m is not None:
        rest = after[m.end():]
        return (lexicon.pattern("phrase_end_words", _THEN).match(rest) is not None
                or lexicon.pattern("elided_past_tenses", _VERB_NEXT).match(rest) is not None)
    return (lexicon.pattern("others_before_number", _OTHERS_BEFORE).search(before[-60:]) is not None
            and lexicon.pattern("phrase_end_words", _THEN).match(after) is not None)


def more_after(after: str) -> bool:
    """Whether the "more" of a row of more_after_number.csv opens `after`, whatever follows it
    (the row's exclusions cut off): "2 in più di ieri" names no place after "in"."""
    return _more_words(lexicon.version("more_after_number")).match(after) is not None


@lru_cache(maxsize=4)
def _more_words(_version: tuple) -> re.Pattern:
    words = "|".join(term.split("(?!", 1)[0] for term in lexicon.terms("more_after_number"))
    return re.compile(_MORE_AFTER.replace("WORDS", words), re.IGNORECASE)


def _of_whom(before: str) -> bool:
    """Whether "of whom" (of_whom_before.csv) ends `before` after a group of people, not after a
    count of things ("5 milioni, di cui 2", "40 kg narkotyków, w tym 5")."""
    m = lexicon.pattern("of_whom_before", _OF_WHOM_BEFORE).search(before)
    if m is None:
        return False
    counted = noun_counted_before(before, m.start())
    return counted is None or is_people_noun(counted, people_nouns())


def object_ends(after: str) -> bool:
    """Whether the object of a verb of people ("killed 300", "Police Arrest 12 Over Attack
    Plot", "مقتل 12 في هجوم", "Mueren 12 en un accidente") ends right after its number: a
    punctuation mark, the end, or a word of object_ends.csv (a preposition or "and"), so no
    other noun follows that the number counts. Not where a day and its month follow the word
    ("Fermati 12 e 13 luglio": the number is the first of two days)."""
    if lexicon.pattern("object_ends", _OBJECT_END).match(after) is None:
        return False
    day = _DAY_AFTER.match(after)
    return day is None or day.group(1).casefold() not in month_names()


# the word ending the object, then a day and a month name: "12 e 13 luglio", "3 y 4 de junio"
# (the spaces and the word start where none stands before: a search inside a run fails at once)
_DAY_AFTER = re.compile(r"(?<!\s)\s*+(?<![^\W\d_])[^\W\d_]++"
                        r"\s++[0-3]?\d\.?\s++(?:de\s++)?([^\W\d_]++)")


# after the number: a punctuation mark, the end, a word of the list, or the Arabic "and" glued
# to the next word ("مقتل 12 وإصابة 30": 12 killed and 30 wounded)
_OBJECT_END = r"(?<!\s)\s*+(?:[,.;:!?)،؛]|$|(?<=\s)(?:WORDS)(?![^\W\d_])|(?<=\s)و(?=[^\W\d_]))"
