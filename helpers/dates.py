"""Find calendar dates in English and Russian news text.

Forms read: "25 November 2013", "Monday, 25 November, 2013", "November 25, 2013", "Nov. 25 2013",
"25 сентября 2013", "2013-11-25", "25.11.2013", and "25/11/2013" where day and month cannot be
confused. A date without a year ("November 13") is not a full date and is not returned.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_EN = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
       "october", "november", "december"]
_EN_SHORT = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_RU_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
           "октября", "ноября", "декабря"]
_RU_NOM = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь",
           "октябрь", "ноябрь", "декабрь"]

MONTHS: dict[str, int] = {}
for _names in (_EN, _EN_SHORT, _RU_GEN, _RU_NOM):
    MONTHS.update({name: i + 1 for i, name in enumerate(_names)})
MONTHS["sept"] = 9

_MONTH = "(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?<!\d)(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"  # not the tail of a longer number
_YEAR = r"(?P<year>(?:19|20)\d\d)(?!\d)"
_TIME = r"(?:\s*[,|·–-]?\s*(?:at\s+)?(?:в\s+)?[0-2]?\d:[0-5]\d(?:\s*[ap]\.?m\.?)?)?"
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
             "понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"]
_WEEKDAY = "(?:(?:" + "|".join(_WEEKDAYS) + r"),?\s+)?"


def _starts_with(names: list[str], depth: int = 1, extra: str = "") -> str:
    r"""A lookahead that lets a match start only where its first `depth` characters are letters
    that some name has at those places, or where a character of extra stands (a class such as
    r"\d", for a match that may also begin with a number).

    It changes no match, since every match of the pattern it guards begins with a name (or a
    character of extra); it only spares the regex engine from trying dozens of names at every
    position of a line. Every name must have `depth` characters at least.
    """
    places = ["".join(sorted({name[k] for name in names})) for k in range(depth)]
    letters = "".join(f"[{chars}]" for chars in places)
    return f"(?=[{extra}]|{letters})" if extra else f"(?={letters})"


# Each pattern opens with a lookahead for the characters that its matches can begin with (a
# weekday or month name, a day, or a year's "19"/"20"), so that the positions where no date can
# begin are passed over after one character test.
_PATTERNS = [
    re.compile(_starts_with(_WEEKDAYS, depth=2, extra=r"\d") + _WEEKDAY + _DAY + r"\s+" + _MONTH
               + r",?\s+" + _YEAR + r"(?:\s*г\.|\s*года)?" + _TIME, re.I),
    re.compile(_starts_with(_WEEKDAYS + list(MONTHS), depth=3) + _WEEKDAY + _MONTH + r"\s+" + _DAY
               + r",?\s+" + _YEAR + _TIME, re.I),
    re.compile(r"(?=[12])(?<![\d.])" + _YEAR + r"-(?P<nmonth>[01]\d)-(?P<day>[0-3]\d)(?![\d])"
               + _TIME),
    re.compile(r"(?=\d)(?<![\d./])" + _DAY + r"(?P<sep>[./])(?P<nmonth>[01]?\d)(?P=sep)" + _YEAR
               + r"(?![\d])" + _TIME),
]


@dataclass(frozen=True)
class DateMatch:
    """A date found in text: the date, the words as printed, and where they stand."""

    date: dt.date
    text: str
    start: int
    end: int


def _to_date(m: re.Match) -> dt.date | None:
    groups = m.groupdict()
    year, day = int(groups["year"]), int(groups["day"])
    if groups.get("month"):
        month = MONTHS[groups["month"].casefold().rstrip(".")]
    else:
        month = int(groups["nmonth"])
        if groups.get("sep") == "/" and day <= 12 and month <= 12 and day != month:
            return None  # 03/06/2018 could be March or June: do not guess
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


# Every full date holds a year. The patterns are tried only in a window around each year, which
# is much faster on long paragraphs than trying them at every position of the text.
_YEAR_ONLY = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_BEFORE_YEAR, _AFTER_YEAR = 60, 40  # longest date text before and after its year, with margin


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


def find_dates(text: str) -> list[DateMatch]:
    """Every full date in the text, in reading order, overlapping matches removed."""
    found: list[DateMatch] = []
    windows = _windows(text)
    if not windows:
        return found
    for pattern in _PATTERNS:
        for lo, hi in windows:
            for m in pattern.finditer(text, lo, hi):
                start, end = m.span()
                if any(start < f.end and f.start < end for f in found):
                    continue
                date = _to_date(m)
                if date is not None:
                    found.append(DateMatch(date, m.group(0).strip(" ,"), start, end))
    return sorted(found, key=lambda d: d.start)


def parse_date(text: str) -> dt.date | None:
    """The first full date in the text, or None."""
    found = find_dates(text)
    return found[0].date if found else None
