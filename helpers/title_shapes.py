"""Line shapes above a headline that are never the title (issue 12 point 1), by shape and in any
script: a paragraph of sentences and a site's clock row; a lead-in that ends with a colon and
announces the headline below it ('Nous vous présentons les dernières nouvelles :'); and a date
line printed at the end of the headline's line, after a separator, which is no part of it."""

from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon
from .datelines import date_line
from .dates import DateMatch
from .textlines import count_words, ends_sentence

LEAD_IN_MIN_WORDS = 2  # one word and a colon is a kicker or a label ('Tunisia:'), read elsewhere
HEADLINE_WORDS = (2, 25)  # the words of the headline the lead-in announces


def lead_in(line: str, cores: list[str], rule: list[str | None], i: int) -> bool:
    """Line i ends with a colon, has LEAD_IN_MIN_WORDS words or more, and the next kept line reads
    as a headline (HEADLINE_WORDS words, no closing sentence punctuation): the line introduces the
    headline and is header, not the title."""
    if not line.rstrip().endswith((":", "：")) or count_words(line, 2) < LEAD_IN_MIN_WORDS:
        return False
    following = next((c for j, c in enumerate(cores[i + 1:], i + 1) if c and not rule[j]), "")
    low, high = HEADLINE_WORDS
    return low <= count_words(following, high) <= high and not ends_sentence(following)


# a separator before a date printed at the end of a headline line ('..., Monday 9 February 2026',
# '... - 9 February 2026 12:22 pm', '... | Mon 09.02.2026')
_CUT = re.compile(r"[,|·•،]|\s[-–—]\s")  # (spaces around it are stripped: a pattern opening
# with a run of spaces would read a long run once from each of its positions)


@lru_cache(maxsize=4)
def _today(_stamp: tuple) -> re.Pattern:
    frame = lexicon.table("date_line_words")
    words = "|".join(frame.loc[frame["kind"] == "today", "term"])
    return re.compile(rf"(?:{words})(?!\w)\s*+", re.I)


def trailing_date(text: str, dates: list[DateMatch]) -> tuple[str, DateMatch | None] | None:
    """A headline line that ends with a separator and a date line ('... - Example News, Monday
    9 February 2026 12:22 pm'): the headline before the separator, and the date (None when a
    word for 'today' opens it: a template's or clock's date, never stated); None if the line
    does not end so."""
    if not dates:
        return None
    cuts = list(_CUT.finditer(text, 0, dates[-1].start))
    if not cuts or count_words(title := text[:cuts[-1].start()].rstrip(), 3) < 3:
        return None
    tail = text[cuts[-1].end():].lstrip()
    today = _today(lexicon.stamps("date_line_words")).match(tail)
    found = date_line(tail[today.end():] if today else tail)
    if found is None or found.date.date != dates[-1].date or found.kind not in ("plain",
                                                                               "published"):
        return None
    return title, None if today else dates[-1]


CROSSHEAD_MAX_WORDS = 3
LEAD_MIN_WORDS = 8


def crosshead_above_lead(line: str, cores: list[str], rule: list[str | None], i: int) -> bool:
    """A crosshead in sentence case opening a page that prints no headline ('What we know',
    'Was wir wissen', 'Что известно'): at most CROSSHEAD_MAX_WORDS words, a capital and then lower
    case only, opening with English 'the' or a question word (crosshead_openers.csv; an English
    headline drops its article, 'Army frees women'), no digit or closing punctuation, and the
    next kept line a sentence of LEAD_MIN_WORDS words or more. (Capitalised labels:
    label_above_lead.)"""
    rest, first = line[1:], line.split(maxsplit=1)[0].casefold() if line.strip() else ""
    if (not line[:1].isupper() or rest.lower() != rest or ends_sentence(line)
            or first not in lexicon.term_set("crosshead_openers")
            or line.endswith(("?", "!")) or any(ch.isdigit() for ch in line)
            or count_words(line, CROSSHEAD_MAX_WORDS) > CROSSHEAD_MAX_WORDS):
        return False
    j = next((j for j in range(i + 1, len(cores)) if cores[j] and not rule[j]), None)
    return (j is not None and ends_sentence(cores[j])
            and count_words(cores[j], LEAD_MIN_WORDS) >= LEAD_MIN_WORDS)


def title_date(text: str, dates: list[DateMatch]) -> tuple[str, DateMatch | None]:
    """Split a date printed at the end (or start) of a title line (dates: its find_dates)."""
    for d in dates:
        before, after = text[: d.start].strip(" |·–—-,"), text[d.end:].strip(" |·–—-,")
        if before and not after:
            return before, d
        if after and not before:
            return after, d
    return trailing_date(text, dates) or (text, None)  # '... - Site, Monday 9 February 2026'


# a sentence's end inside a line, in any script that writes capitals: a word of three letters or
# more ending in lower case, its stop, a space and a capital ('... başlattı. Ekiplerin ...'); an
# initial or a title ('U.S. Army', 'Dr. Smith', 'Gov. Newsom') is shorter or in capitals
_INNER_BREAK = re.compile(r"(?<![^\W\d_])([^\W\d_]{3,})[.!?]\s+[\"“„«(]?(?=[^\W\d_])")
INNER_BREAKS = 2  # a headline may join two clauses with a stop ('Floods in Kenya. 40 dead')


def sentences_inside(line: str) -> bool:
    """The line holds INNER_BREAKS sentence ends or more before its last characters: a paragraph
    of sentences, never a headline."""
    if ". " not in line and "! " not in line and "? " not in line:
        return False
    breaks = 0
    for m in _INNER_BREAK.finditer(line):
        word = m.group(1)
        if word[-1].islower() and (len(word) > 3 or word.islower()) and line[m.end()].isupper():
            breaks += 1
            if breaks >= INNER_BREAKS:
                return True
    return False


CLOCK_FIELDS = 3
CLOCK_FIELD_WORDS = 4  # '১৯শে জানুয়ারি, ২০২৫ ইং', 'Thứ năm, 12/3/2021'
_FIELD_BAR = re.compile(r"\s[|•·]\s")


def clock_row(line: str) -> bool:
    """'১৯শে জানুয়ারি, ২০২৫ ইং | ৫ই মাঘ, ১৪৩১ বঙ্গাব্দ | সকাল ৬:০৩': CLOCK_FIELDS fields or more
    split by bars or bullets, each holding a digit (of any script) and at most CLOCK_FIELD_WORDS
    words, and no sentence's end: a site's clock in two calendars, in whatever forms no date
    rule reads."""
    if ends_sentence(line) or not ("|" in line or "•" in line or "·" in line):
        return False  # ('Scores were 2 | 3 | 4, the referee said.': a sentence)
    fields = _FIELD_BAR.split(line)
    return len(fields) >= CLOCK_FIELDS and all(
        any(ch.isdigit() for ch in f) and len(f.split()) <= CLOCK_FIELD_WORDS for f in fields)
