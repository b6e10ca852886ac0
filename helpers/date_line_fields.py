"""Fields a date line prints beside its date besides a label, a weekday and a time: the
article's reading time after the date ('15.07.2021 • 22:35 Uhr / 5 Minuten Lesezeit', '15 July
2021 · 4 min read', 'Tiempo de lectura: 3 min'; words of many languages in
lexicon/reading_time_words.csv) and a place or section before it, set apart by a slash, a bar
or a dot ('Vorarlberg / 15.07.2021 • 22:35 Uhr', 'Paris · 15 juillet 2021'). helpers.datelines
reads the line without them; a number of minutes is never a date. A read or view counter closing
the line, its word before or after the number in many languages ('Read: 926', '472 ნახვა',
lexicon/view_counter_words.csv), is cut off too: dateparser would read its number into the
date's time. And a stamp whose time runs into the lead with no space ('... kl. 23:10En ny ...')
ends where the lead begins (helpers.datelines.leading_stamp)."""

from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon
from .textlines import count_words

# the separator before a reading time: a bar, a dot, a slash, a dash or a comma (fields apart
# by wide spaces only are a credit line's, helpers.datelines.credit_line)
_SEP = r"\s*+[|·•/–—,-][\s|·•/–—,-]*+"
# a place or section before the date: one word of letters opening with a capital (or in a
# script without capitals), then a slash, a bar or a dot ('Vorarlberg / ', 'Paris · '); two
# words are a byline's name as often ('Jane Roe | 14.11.2019', helpers.datelines.name_and_date)
_WORD = r"[^\W\d_](?:[^\W\d_]|['’.-](?=[^\W\d_]))*+"
# (the word starts where no letter or joiner stands before it, and place_field skips the spaces
# before it: a search never starts again inside a word or a run of spaces, quadratic on a long one)
_PLACE = re.compile(rf"(?P<first>(?<![^\W\d_])(?<!['’.-]){_WORD})\s*+[/|·•]\s*+")


@lru_cache(maxsize=2)
def _reading(_stamp: tuple) -> re.Pattern:
    frame = lexicon.table("reading_time_words")
    unit = "|".join(frame.loc[frame["kind"] == "unit", "term"])
    read = "|".join(frame.loc[frame["kind"] == "read", "term"])
    minutes = rf"\d{{1,3}}\s*+(?:{unit})\.?(?!\w)"
    # 'Lesezeit: 5 Minuten', 'Lecture 3 min', or '5 Minuten Lesezeit', '3 min de lecture'
    return re.compile(rf"{_SEP}(?:(?:{read})(?!\w)\s*+:?\s*+{minutes}"
                      rf"|{minutes}\s*+(?:(?:de|of|di|do|da)\s+)?(?:{read})(?!\w))[\s.]*+$", re.I)


def reading_time(text: str, start: int) -> int:
    """Where a reading time closing the line at or after start begins (len(text) if none)."""
    if not any(ch.isdigit() for ch in text[start:]):
        return len(text)
    m = _reading(lexicon.stamps("reading_time_words")).search(text, start)
    return m.start() if m else len(text)


def place_field(head: str) -> int:
    """The length of a place or section field opening the text before a line's date, or 0."""
    m = _PLACE.match(head, len(head) - len(head.lstrip()))
    return m.end() if m and not m.group("first")[0].islower() else 0


# a counter's number: digits, or thousands set apart by a comma, a dot or a space ('1 616')
_COUNT = r"\d{1,3}(?:[,. ]\d{3})++|\d++"


@lru_cache(maxsize=2)
def _counter(_stamp: tuple) -> re.Pattern:
    words = "|".join(lexicon.table("view_counter_words")["term"])
    return re.compile(rf"(?<=\s)(?:(?:{words})\s*+:?\s*+(?:{_COUNT})|(?:{_COUNT})\s*+(?:{words}))"
                      r"\s*+$", re.I)


def counter_after(text: str, start: int) -> int:
    """Where a read or view counter closing the line at or after start begins (len(text) if
    none): 'Read: 926', '472 ნახვა', '1 234 просмотра'."""
    if not text[-1:].isalnum():
        return len(text)
    # a counter is short: look at the line's last 40 characters only
    m = _counter(lexicon.stamps("view_counter_words")).search(text, max(start, len(text) - 40))
    return m.start() if m else len(text)


_CLOCK = re.compile(r"\d[:.]\d\d")


def time_glued(core: str, start: int, end: int, filler: re.Pattern) -> int:
    """Where the text begins after a date stamp (the date at core[start:end], then what filler
    allows beside it) whose time runs into that text with no space ('Onsdag 21. september 2016
    kl. 23:10En ny ...', 'الأربعاء، 21 سبتمبر 2016 03:45 م![...'): the stamp holds a time, the
    next character is no space and no digit, and four words or more follow. 0 if there is none."""
    fill = filler.match(core, end)
    end = fill.end() if fill else end
    if (end >= len(core) or core[end].isspace() or core[end].isdigit()
            or core[end - 1].isspace() or _CLOCK.search(core, start, end) is None):
        return 0
    return end if count_words(core[end:], 4) >= 4 else 0
