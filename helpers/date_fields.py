"""What a date line may print beside its date, as data (helpers/lexicon/date_line_words.csv):
weekday names of every language of lexicon/date_languages.csv (dateparser's locale data), a word for
'at the hour' before a time ('الساعة ١١:١٦', 'saat 10:20'), a meridiem or zone after it
('صباحاً', 'sáng', 'WIB'), and a site's story number before the date ('کد خبر: 236008').
Also the dates helpers.dates does not read, in forms that name no month in words or whose
calendar is another: Solar Hijri dates of Persian pages ('تاریخ: 1400/4/28', '۱۴ اسفند ۱۳۹۷'),
turned into Gregorian dates by the convertdate library (month names from dateparser), and
dates of year, month and day marked by CJK characters ('2019年3月5日', '2019년 3월 5일') or
Vietnamese words ('5 tháng 3 năm 2019', lexicon/date_words.csv); no calendar arithmetic or month
table of our own."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from . import lexicon
from .dates import TIME, DateMatch, date_words, languages, weekday_names
from .scripts import ascii_digits


def _words(kind: str) -> str:
    frame = lexicon.table("date_line_words")
    return "|".join(frame.loc[frame["kind"] == kind, "term"])


@lru_cache(maxsize=4)
def _parts(_stamp: tuple) -> tuple[str, str, str, re.Pattern]:
    days = {w for lang in languages() for w in weekday_names(lang)} | _short_days()
    days |= {w.casefold() for w in _words("weekday").split("|") if w}  # spellings the locale
    # data lack (date_line_words.csv, kind weekday)
    weekday = "|".join(re.escape(w) + r"\b\.?" for w in sorted(days, key=len, reverse=True))
    story_id = re.compile(rf"\s*+(?:{_words('id')})\s*+[:：#№.]?\s*+\d++\s*+[|·•,/–—-]?",
                          re.I)
    return weekday, _words("hour"), _words("meridiem"), story_id


def _short_days() -> set[str]:
    """Weekdays abbreviated to two letters ('Mo', 'Di', 'Ma'), which helpers.dates leaves out
    (they are ordinary words elsewhere): beside a date on a date line they are weekdays."""
    from dateparser.languages.loader import default_loader  # imported when needed

    keys = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    return {n.casefold() for lang in languages("full") for key in keys
            for n in default_loader.get_locale(lang).info.get(key, [])
            if len(n) == 2 and n.isalpha()}


def line_words() -> tuple[str, str, str, re.Pattern]:
    """(weekdays, hour words, meridiem words) as regex alternations, and the pattern of a story
    number opening a date line."""
    return _parts(lexicon.stamps("date_line_words", "date_languages"))


def story_number(head: str) -> int:
    """The length of a story number ('کد خبر: 236008', 'News ID: 12345 |') opening the text
    before a line's date, or 0."""
    m = line_words()[3].match(head)
    return m.end() if m else 0


# letters and digits of Persian that Arabic does not write (پ چ ژ گ, the Persian kaf and yeh, the
# Persian digits): a date of the years 13xx-14xx on a line with one is Solar Hijri (an Arabic
# page's 14xx is the lunar Hijri year, never read)
_PERSIAN = re.compile("[\u067e\u0686\u0698\u06af\u06a9\u06cc\u06f0-\u06f9]")
_SOLAR = re.compile(r"(?<![\d/.-])(1[34]\d\d)([/.-])([01]?\d)\2([0-3]?\d)(?![\d/.-])")
_SOLAR_NAMED = re.compile(r"(?<!\d)([0-3]?\d)\s++([^\W\d_]++)\s++(1[34]\d\d)(?!\d)")
# day, month and year in figures with a dot and a space after each ('17. 11. 2025'): day first
_SPACED_DOTS = re.compile(r"(?<![\d.])([0-3]?\d)\.\s([01]?\d)\.\s((?:19|20)\d\d)(?!\d)")
# the same, year first ('2019. 3. 12.', as Korean and Hungarian pages print it)
_SPACED_YEAR_FIRST = re.compile(r"(?<![\d.])((?:19|20)\d\d)\.\s([01]?\d)\.\s([0-3]?\d)\.(?!\d)")
_YEAR_DIGITS = re.compile(r"\d{4}")  # digits of any script
# year, month and day marked by CJK characters
_CJK = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*[年년]\s*([01]?\d)\s*[月월]\s*([0-3]?\d)\s*[日일]")
_DAY_FIRST = re.compile(r"(?<![\d/])([0-3]?\d)/([01]?\d)/((?:19|20)\d\d)(?![\d/])")
# day, month and a two-digit year split by dots ('12.03.19'), as German, Hebrew and Russian
# pages print a date line: read day first, the year in 1951-2050 (read on a date line only)
_SHORT_YEAR = re.compile(r"(?<![\d.,/:])([0-3]?\d)\.([01]?\d)\.(\d\d)(?![\d./:]|,\d)" + TIME)


@lru_cache(maxsize=4)
def _worded(_stamp: tuple) -> tuple[re.Pattern, re.Pattern]:
    """(a date of day, month and year marked by words, 'ngày 5 tháng 3 năm 2019'; a word on a
    line whose dates in figures are then day first, a Vietnamese weekday or 'ngày': 'Thứ Ba,
    05/03/2019', 'Ngày 5/3/2019', as Vietnamese prints every date), from date_words.csv."""
    worded = re.compile(rf"(?<!\d)([0-3]?\d)\s+(?:{date_words('month_number')})\s+([01]?\d),?\s+"
                        rf"(?:(?:{date_words('year_number')})\s+)?((?:19|20)\d\d)(?!\d)", re.I)
    day_first = re.compile(rf"(?<!\w)(?:{date_words('day_first')})(?!\w)", re.I)
    return worded, day_first


@lru_cache(maxsize=1)
def _solar_months() -> dict[str, int]:
    """The Solar Hijri month names of dateparser's Jalali calendar ('اسفند', 'Esfand') with their
    numbers."""
    from dateparser.calendars.jalali_parser import jalali_parser  # imported when needed

    months = getattr(jalali_parser, "_months", {})
    return {name: spec[0] for latin, spec in months.items() for name in (latin, *spec[-1])}


@lru_cache(maxsize=1024)
def _gregorian(year: int, month: int, day: int) -> dt.date | None:
    """A Solar Hijri date in the Gregorian calendar (convertdate reckons the year from the
    equinox: some 50 ms a date, hence the cache), or None if the calendar has no such day."""
    from convertdate import persian  # imported when needed

    if not 1 <= month <= 12 or not 1 <= day <= persian.month_length(year, month):
        return None
    return dt.date(*persian.to_gregorian(year, month, day))


def _solar(text: str, ascii_text: str, persian: bool) -> list[DateMatch]:
    found = []
    for m in _SOLAR.finditer(ascii_text) if persian else ():
        date = _gregorian(int(m[1]), int(m[3]), int(m[4]))
        found.append(DateMatch(date, text[m.start():m.end()], m.start(), m.end()) if date else None)
    for m in _SOLAR_NAMED.finditer(ascii_text):
        if (month := _solar_months().get(m[2])) is not None:
            date = _gregorian(int(m[3]), month, int(m[1]))
            found.append(DateMatch(date, text[m.start():m.end()], m.start(), m.end())
                         if date else None)
    return [d for d in found if d is not None]


def _marked(text: str, m: re.Match, year: int, month: int, day: int) -> DateMatch | None:
    try:
        return DateMatch(dt.date(int(m[year]), int(m[month]), int(m[day])),
                         text[m.start():m.end()], m.start(), m.end())
    except ValueError:  # no such day
        return None


def _short_year(text: str, m: re.Match) -> DateMatch | None:
    year = int(m[3]) + (2000 if int(m[3]) <= 50 else 1900)
    try:
        return DateMatch(dt.date(year, int(m[2]), int(m[1])), text[m.start():m.end()],
                         m.start(), m.end())
    except ValueError:  # no such day
        return None


def script_dates(text: str) -> list[DateMatch]:
    """The Solar Hijri dates of a Persian line ('1400/4/28' -> 2021-07-19) or with a Solar month
    named ('۱۴ اسفند ۱۳۹۷'), the CJK and Vietnamese dates of any line, and dates with a two-digit
    year ('12.03.19'), in order ([] if there is none). Their digits may be of any script."""
    if _YEAR_DIGITS.search(text) is None and _SHORT_YEAR.search(ascii_digits(text)) is None:
        return []  # every other form read has a year of four digits
    ascii_text = ascii_digits(text)  # (of the same length)
    persian = _PERSIAN.search(text) is not None
    found: list[DateMatch | None] = list(_solar(text, ascii_text, persian))
    found += [_marked(text, m, 1, 2, 3) for m in _CJK.finditer(ascii_text)]
    worded, day_first = _worded(lexicon.stamps("date_words"))
    found += [_marked(text, m, 3, 2, 1) for m in worded.finditer(ascii_text)]
    found += [_marked(text, m, 3, 2, 1) for m in _SPACED_DOTS.finditer(ascii_text)]
    found += [_marked(text, m, 1, 2, 3) for m in _SPACED_YEAR_FIRST.finditer(ascii_text)]
    if day_first.search(text):
        found += [_marked(text, m, 3, 2, 1) for m in _DAY_FIRST.finditer(ascii_text)]
    found += [_short_year(text, m) for m in _SHORT_YEAR.finditer(ascii_text)]
    return sorted((d for d in found if d is not None), key=lambda d: d.start)


@lru_cache(maxsize=4)
def _credit_patterns(_stamps: tuple[tuple[int, int], ...]) -> tuple[re.Pattern, re.Pattern]:
    """(field separator, byline label): fields split by bars, dashes, bullets or wide spaces, or
    before a publication or update label of any language of date_labels ('..., publié le ...');
    a byline label of English, Russian or byline_labels ('By', 'Автор:', 'Par', 'كتب:')."""
    frame = lexicon.table("date_labels")
    dated = "|".join(frame.loc[frame["kind"].isin(["published", "updated"]), "pattern"])
    separator = re.compile(rf"\s*\|\s*|\s+[-–—•·/]\s+|\s{{2,}}|[,;،]?\s+(?=(?:first |last )?"
                           rf"(?:{dated})(?!\w))", re.I)
    labels = "|".join(lexicon.terms("byline_labels"))
    by = re.compile(rf"^(?:by|reporter|author|written by|posted by|автор|{labels})\s*:?\s+", re.I)
    return separator, by


def credit_patterns() -> tuple[re.Pattern, re.Pattern]:
    """(field separator, byline label) of a credit line (helpers.datelines.credit_line)."""
    return _credit_patterns(lexicon.stamps("date_labels", "byline_labels"))
