"""Find calendar dates in English, Russian and Kazakh news text (and month names in German,
French, Spanish, Dutch, Italian, Turkish, Portuguese, Indonesian, Ukrainian, Serbian, Bosnian,
Slovenian, Albanian, Azerbaijani, Danish, Norwegian, Swedish, Slovak, Romanian,
Bulgarian and Arabic, for pages in those languages).

Which strings are dates is our rule: the patterns below find a day, a month and a year in the
forms news pages print ("25 November 2013", "Monday, 25 November, 2013", "Tue, 06 Mar 2018",
"November 25, 2013", "Nov. 25 2013", "25-Nov-2013", "25 сентября 2013", "2018 жылғы 6 наурыз",
"2013-11-25", "2018-03-06T14:05:09+06:00", "25.11.2013", "25-11-2013" (day first, as with dots),
"25/11/2013" where day and month cannot be confused, and "10/23/2024", month first, where the
second number can be no month). Month and weekday names are not kept
here: they come from the dateparser library's locale data for the languages of
lexicon/date_languages.csv, which gives each month
name its number; a candidate's day, month and year are then a date if the calendar has that
day. A date without a year ("November 13") is not a full date and is not returned.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType

from . import lexicon
from .date_guards import in_a_name, numbered
from .date_regex import by_first_letter, starts_with
from .scripts import INDIC, ascii_digits, both_forms

_MONTH_KEYS = ("january", "february", "march", "april", "may", "june", "july", "august",
               "september", "october", "november", "december")
_WORD = rf"(?:[^\W\d_]|[{INDIC}])+"
_LETTERS = re.compile(_WORD)
_NAME = re.compile(rf"{_WORD}(?: {_WORD})?")  # a month name of month_names.csv: 'كانون الثاني'
_WEEKDAY_KEYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


@dataclass(frozen=True)
class DateMatch:
    """A date found in text: the date, the words as printed, and where they stand."""

    date: dt.date
    text: str
    start: int
    end: int


def languages(*reads: str) -> tuple[str, ...]:
    """The languages of lexicon/date_languages.csv whose `reads` is one of reads (every one if
    none is given), in file order: 'full' (month names before or after the day, and weekday
    names before a date), 'months' (month names after the day), 'month_first' (as months, and
    also before the day: 'Marso 12, 2019'), 'year_first' (as months, and also after the year),
    'line' (weekday names on a date line only)."""
    return _languages(lexicon.stamps("date_languages"), reads)


@lru_cache(maxsize=16)
def _languages(_stamp: tuple, reads: tuple[str, ...]) -> tuple[str, ...]:
    frame = lexicon.table("date_languages")
    return tuple(frame.loc[frame["reads"].isin(reads), "term"] if reads else frame["term"])


def _key() -> tuple:
    """A key for what is built from the languages and the words of a date (lexicon files)."""
    return lexicon.stamps("date_languages", "date_words", "month_names")


def _joined(kind: str, before: str = "", after: str = "") -> str:
    """The date_words of `kind` as an alternation, each between `before` and `after`."""
    frame = lexicon.table("date_words")
    return "|".join(before + t + after for t in frame.loc[frame["kind"] == kind, "term"])


def date_words(kind: str) -> str:
    """The date_words of `kind` (lexicon/date_words.csv) as a regex alternation."""
    return _date_words(_key(), kind)


@lru_cache(maxsize=16)
def _date_words(_stamp: tuple, kind: str) -> str:
    return _joined(kind)


def _names(key: tuple | None = None) -> tuple[dict[str, tuple[int, str]], tuple[str, ...]]:
    """Month names (casefolded) with their number and language, and weekday names, from
    dateparser's locale data (see _names_of; key: the lists' _key(), taken once by a caller
    that needs the names several times)."""
    return _names_of(key or _key())


@lru_cache(maxsize=2)
def _names_of(_stamp: tuple) -> tuple[dict[str, tuple[int, str]], tuple[str, ...]]:
    """Month names (casefolded) with their number and language, and weekday names, from
    dateparser's locale data. A two-letter Latin weekday ('mo', 'th') is left out: it is an
    ordinary word or an ordinal suffix far more often than a weekday. Left out of the months:
    a name two read languages give different months (Croatian and Polish 'listopada', October
    and November: a page's language is not known when its dates are read), Roman numerals
    (Hungarian 'III': 'I', 'V' and 'X' are two letters or fewer, so read all or none), the
    not_month words of lexicon/date_words.csv ('pro'), and a name that a read language spells
    as a weekday ('sat', Hausa September, English Saturday) unless a 'full' language
    gives it as its month ('mar': March in English, Tuesday in French)."""
    from dateparser.languages.loader import (  # imported when needed
        default_loader,
    )

    months: dict[str, tuple[int, str]] = {}
    weekdays: set[str] = set()
    full = languages("full")
    twice: set[str] = set()  # names two read languages give different months ('listopada')
    for lang in languages(*READ):
        info = default_loader.get_locale(lang).info
        for number, key in enumerate(_MONTH_KEYS, start=1):
            for name in both_forms(info.get(key, [])):  # (a two-letter Latin abbreviation,
                if len(name) > 2 or not name.isascii():  # Turkish 'ka', 'ni', is a word)
                    folded = name.casefold()  # not 'i̇yun' (a dot left by case folding 'İ')
                    if _LETTERS.fullmatch(folded) and months.setdefault(
                            folded, (number, lang))[0] != number:
                        twice.add(folded)
        for key in _WEEKDAY_KEYS if lang in full else ():
            weekdays.update(name.casefold() for name in both_forms(info.get(key, []))
                            if len(name) > 2 or not name.isascii())
    for name, number, lang in lexicon.table("month_names")[["term", "month", "language"]].values:
        if _NAME.fullmatch(folded := name.casefold()) and months.setdefault(
                folded, (int(number), lang))[0] != int(number):  # (names the locale data
            twice.add(folded)  # lack, lexicon/month_names.csv: Levantine Arabic 'آذار')
    for lang in languages("line"):  # a name that a language whose months are not read spells
        info = default_loader.get_locale(lang).info  # as another month ('listopad': November in
        for number, key in enumerate(_MONTH_KEYS, start=1):  # Polish, October in Croatian) is
            for name in info.get(key, []):  # not read: the page's language is not known
                if months.get(folded := name.casefold(), (number,))[0] != number:
                    del months[folded]
    weekday_forms, words = _weekday_forms(languages()), set(_joined("not_month").split("|"))
    for name, (_, lang) in list(months.items()):
        if (name in twice or _ROMAN.fullmatch(name) or name in words
                or name in weekday_forms and lang not in full):
            del months[name]
    return months, tuple(sorted(weekdays))


_ROMAN = re.compile(r"[ivx]+")
# the `reads` of date_languages.csv whose month names are read
READ = ("full", "months", "year_first", "month_first")


def _weekday_forms(langs: tuple[str, ...]) -> frozenset[str]:
    """Every weekday name and abbreviation (casefolded) the languages' locale data lists."""
    from dateparser.languages.loader import default_loader  # imported when needed

    return frozenset(name.casefold() for lang in langs
                     for key in _WEEKDAY_KEYS
                     for name in default_loader.get_locale(lang).info.get(key, []))


def weekday_names(language: str | None = None, full: bool = False) -> tuple[str, ...]:
    """The weekday names of the 'full' languages, or of one language (casefolded), from dateparser's
    locale data; `full`: each day's full name only (the longest form its locale lists:
    'tuesday', not 'tue' or 'tues'), in order from Monday."""
    key = _key()
    if language is None and not full:
        return _names(key)[1]
    return _weekdays(key, language, full)


@lru_cache(maxsize=64)
def _weekdays(_stamp: tuple, language: str | None, full: bool) -> tuple[str, ...]:
    from dateparser.languages.loader import default_loader  # imported when needed

    names: dict[str, None] = {}
    for lang in (language,) if language else languages("full"):
        info = default_loader.get_locale(lang).info
        for key in _WEEKDAY_KEYS:
            forms = [n.casefold() for n in both_forms(info.get(key, []))
                     if len(n) > 2 or not n.isascii()]
            for name in [max(forms, key=len)] if full and forms else forms:
                names.setdefault(name)
    return tuple(names)


def month_names(language: str | None = None) -> Mapping[str, int]:
    """Every month name (casefolded, full and abbreviated) of the languages whose months are
    read ('full', 'months', 'year_first'), or of one language,
    with its number: for modules that must recognise a month without reading a date."""
    return _month_numbers(_key(), language)


@lru_cache(maxsize=16)
def _month_numbers(stamp: tuple, language: str | None) -> Mapping[str, int]:
    months, _ = _names_of(stamp)
    return MappingProxyType({name: number for name, (number, lang) in months.items()
                             if language is None or lang == language})  # read-only: shared


# a day, not the tail of a longer number: 5, 5th, and 5. as German and Scandinavian print it
_DAY = r"(?<![\d.:])(?P<day>[0-3]?\d)(?:st|nd|rd|th|\.(?=\s))?"
_YEAR = r"(?P<year>(?:19|20)\d\d)(?![\d])"
_ZONE = r"(?:\s*(?:Z|(?-i:[A-Z]{2,5}))?(?:[+-−]\d{1,2}(?::?\d\d)?)?)?"
_TIME = (r"(?:\s*[,|·–-]?\s*(?:at\s+|в\s+)?[0-2]?\d:[0-5]\d(?::[0-5]\d)?(?:\s*[ap]\.?m\.?)?"
         r"(?:\s*[Uu]hr\b|\s*h\b)?"  # '10:22 Uhr', '10:22 h'
         + _ZONE + r")?")
TIME = _TIME  # a time of day after a date ('10:22', ', 10:22 Uhr'), for helpers.date_fields
_ISO_TIME = r"(?:[T ][0-2]\d:[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?"


def _patterns(key: tuple | None = None) -> tuple[re.Pattern, ...]:
    """The date patterns, built once from the month and weekday names and the date words (for
    `key`, the lists' _key(), or as the lists stand now)."""
    return _patterns_of(key or _key())


@lru_cache(maxsize=2)
def _patterns_of(stamp: tuple) -> tuple[re.Pattern, ...]:
    return _build(by_first_letter, stamp)


def _build(alternation: Callable[[list[str] | tuple[str, ...]], str],
           key: tuple | None = None) -> tuple[re.Pattern, ...]:
    """The date patterns, with the month and weekday names joined by alternation."""
    months, weekdays = _names(key)
    month = r"(?P<month>" + alternation(list(months)) + rf")\.?(?![^\W\d_]|[{INDIC}])"
    full = languages("full", "month_first")
    first = [name for name, (_, lang) in months.items() if lang in full]
    month_first = r"(?P<month>" + alternation(first) + rf")\.?(?![^\W\d_]|[{INDIC}])"
    weekday = (r"(?:(?<![^\W\d_])(?:" + alternation(weekdays)  # a word: not 'ter' of 'Chapter'
               + r")\.?(?:\s*,\s*|\s+))?")  # 'Wednesday ,15'
    later = languages("year_first")
    year_first = [name for name, (_, lang) in months.items() if lang in later]

    return (
        # 25 November 2013, Tue, 06 Mar 2018, 25-Nov-2013, 14 февраля 2019 г., 5 de marzo de 2019,
        # 12 березня 2019 року
        re.compile(starts_with(weekdays, 2, r"\d") + weekday + _DAY
                   + _day_month() + r"(?:\s+|-)" + month
                   + _month_year() + _YEAR + r"(?:" + _joined("year_suffix", r"\s*") + r")?"
                   + _TIME, re.I),
        # November 25, 2013, Nov. 5 2015
        re.compile(starts_with((*weekdays, *first), 2) + weekday + month_first + r"\s+" + _DAY
                   + r",?\s+" + _YEAR + _TIME, re.I),
        # 2018 жылғы 6 наурыз (Kazakh: the year first)
        re.compile(r"(?=[12])(?<!\d)" + _YEAR + r"\s*(?:" + _joined("year_first") + r")\s*"
                   + _DAY + r"\s+" + month + _TIME, re.I),
        # 2019. március 5., 2019 m. kovo 5 d. (the year, then the month, in year_first languages)
        re.compile(r"(?=[12])(?<!\d)" + _YEAR + r"\s*(?:" + _joined("year_month_first") + r")\s*"
                   + r"(?P<month>" + alternation(year_first) + r")\.?(?![^\W\d_])\s+" + _DAY
                   + r"(?:\s*(?:" + _joined("day_suffix") + r"))?" + _TIME, re.I),
        # 2013-11-25, 2018-03-06T14:05:09+06:00, 2013/11/25, 2013.11.25 (year first: y-m-d)
        re.compile(r"(?=[12])(?<![\d./])" + _YEAR + r"(?P<isep>[-/.])(?P<nmonth>[01]?\d)"
                   + r"(?P=isep)(?P<day>[0-3]?\d)"  # (or '2019/3/5', as CJK pages print it)
                   + r"(?![\d])" + _ISO_TIME + _TIME),
        # 25.11.2013, 25/11/2013, 25-11-2013, 10/23/2024 (month first: _to_date)
        re.compile(r"(?=\d)(?<![\d./-])" + _DAY + r"(?P<sep>[./-])(?P<nmonth>[0-3]?\d)(?P=sep)"
                   + _YEAR + r"(?![\d])" + _TIME),
    )


def _day_month() -> str:
    """What may stand between a day and its month name ('25th of November', '5 de marzo')."""
    return r"(?:" + _joined("day_month", r"\s+") + r")?"


def _month_year() -> str:
    """What stands between a month name and its year ('marzo de 2019', 'November, 2013')."""
    return r"(?:" + _joined("month_year", r"\s+", r"\s+") + r"|,?\s+|-)"


def _needs(key: tuple | None = None) -> tuple[re.Pattern | None, ...]:
    """_needs_of the lists as they stand (key: their _key())."""
    return _needs_of(key or _key())


@lru_cache(maxsize=2)
def _needs_of(stamp: tuple) -> tuple[re.Pattern | None, ...]:
    """For each of _patterns(), a pattern that every match of it holds, or None: a window
    without that holds no date of the kind, and one search for it is faster than trying the
    month names at every position of the window. A date with its month first ('November 25,
    2013', 'November 5. 2013') has its day and year side by side, at most a suffix, a dot and a
    comma apart; one with its day first ('25 November 2013', '5. März 2019', '5 de marzo de
    2019') has a word of letters between them (when every month name is one); one with its
    year first and then its month ('2019. március 5.') a year_month_first word and a letter."""
    months, _ = _names_of(stamp)
    day_first = None
    if all(_NAME.fullmatch(name) for name in months):
        day_first = re.compile(r"\d(?:st|nd|rd|th|\.)?" + _day_month()
                               + rf"(?:\s+|-){_WORD}(?: {_WORD})?\.?" + _month_year()
                               + r"(?:19|20)\d\d", re.I)
    month_first = re.compile(r"\d(?:st|nd|rd|th|\.)?,?\s+(?:19|20)\d\d", re.I)
    year_first = re.compile(r"(?:19|20)\d\d\s*(?:" + _joined("year_month_first") + r")\s*[^\W\d_]")
    return day_first, month_first, None, year_first, None, None


def _parse(day: int, month: str, year: int, key: tuple | None = None) -> dt.date | None:
    """The calendar day of a day, a month name (a key of _names()) and a year, or None if there
    is none: the month's number from dateparser's locale data, so the date is the one that
    dateparser.parse reads from "day month year" in the month name's language (tests/test_dates.py
    compares the two for every month name), without the start-up cost of its parser."""
    months, _ = _names(key)
    try:
        return dt.date(year, months[month][0], day)
    except ValueError:
        return None


def _to_date(m: re.Match, key: tuple | None = None) -> dt.date | None:
    """The date of a match of _patterns(key), or None if the calendar has no such day."""
    groups = m.groupdict()
    year, day = int(groups["year"]), int(groups["day"])
    if groups.get("month"):
        name = groups["month"].casefold().rstrip(".")
        months, _ = _names(key)
        if name not in months:  # matched only through case folding the regex does ('ſept')
            name = name.replace("ſ", "s")
        return _parse(day, name, year, key) if name in months else None
    month = int(groups["nmonth"])
    if groups.get("sep") == "/" and day <= 12 and month <= 12 and day != month:
        return None  # 03/06/2018 could be March or June: do not guess
    if groups.get("sep") == "/" and month > 12:
        day, month = month, day  # 10/23/2024: the second number is no month, so it is the day
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


# Every full date holds a year. The patterns are tried only in a window around each year, which
# is much faster on long paragraphs than trying them at every position of the text.
# (its look-behind comes after the century's digits, so a search skips at once to a 1 or a 2)
_YEAR_ONLY = re.compile(r"(?:19|20)(?<!\d..)\d\d(?!\d)")
_BEFORE_YEAR, _AFTER_YEAR = 60, 60  # longest date text before and after its year, with margin


def _windows(text: str) -> list[tuple[int, int]]:
    """Merged (start, end) spans of text around each year."""
    spans: list[tuple[int, int]] = []
    if "19" not in text and "20" not in text:  # every year holds one: most lines hold neither,
        return spans  # which two substring tests tell faster than the year pattern
    for m in _YEAR_ONLY.finditer(text):
        lo, hi = max(0, m.start() - _BEFORE_YEAR), m.end() + _AFTER_YEAR
        # the search treats hi as the end of the text, where "(?!\d)" holds; never end a window
        # inside a number, or "20161234" would end in a year "2016" there
        while hi < len(text) and text[hi].isdigit():
            hi += 1
        if spans and lo <= spans[-1][1]:
            spans[-1] = (spans[-1][0], hi)
        else:
            spans.append((lo, hi))
    return spans


DIGITS_LINE = 120  # the longest line whose digits of other scripts are read


def find_dates(text: str) -> list[DateMatch]:
    """Every full date in the text, in reading order, overlapping matches removed."""
    found: list[DateMatch] = []
    printed = text
    if len(text) <= DIGITS_LINE:  # digits of other scripts ('١٩ مارس ٢٠٢٥'), one for one, so
        text = ascii_digits(text)  # positions stay (a date line: in a paragraph none dates a page)
    windows = _windows(text)
    if not windows:
        return found
    key = _key()  # the lists looked up once per call (once per export inside lexicon.pinned())
    patterns = _patterns(key)
    for pattern, need in zip(patterns, _needs(key), strict=True):
        for lo, hi in windows:
            if need is not None and need.search(text, lo, hi) is None:
                continue
            for m in pattern.finditer(text, lo, hi):
                start, end = m.span()
                if any(start < f.end and f.start < end for f in found):
                    continue
                if "isep" in pattern.groupindex and numbered(text, start, key):
                    continue  # 'Directive 2019/1/15': a document's number
                if pattern is patterns[1] and in_a_name(
                        m, text, _names(key)[0], _languages(key[:1], ("month_first",))):
                    continue  # 'Big Mac 5, 2019': Malay 'Mac' (March) in a name
                date = _to_date(m, key)
                if date is not None:
                    found.append(DateMatch(date, printed[start:end].strip(" ,"), start, end))
    return sorted(found, key=lambda d: d.start)


def parse_date(text: str) -> dt.date | None:
    """The first full date in the text, or None."""
    found = find_dates(text)
    return found[0].date if found else None
