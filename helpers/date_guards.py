"""Numbers and words that a date pattern of helpers.dates matches but that are no date: a
year-first number in figures after a document-number word ('Directive 2019/1/15'), and a month
name of a language that prints its month before the day used as a word of a name ('Big Mac 5,
2019', Malay 'Mac' being March)."""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from functools import lru_cache

from . import lexicon


def numbered(text: str, start: int, key: tuple) -> bool:
    """Whether a document-number word (date_words.csv, document_number) ends the text before
    `start` (a colon between them allowed): the year-first figures there are its number."""
    return _numbered(key).search(text, max(0, start - 40), start) is not None


@lru_cache(maxsize=2)
def _numbered(_key: tuple) -> re.Pattern[str]:
    frame = lexicon.table("date_words")
    words = "|".join(frame.loc[frame["kind"] == "document_number", "term"])
    return re.compile(rf"(?:{words})\s*[:：]?\s*$", re.IGNORECASE)


def in_a_name(m: re.Match, text: str, months: Mapping[str, tuple[int, str]],
              month_first: Collection[str]) -> bool:
    """Whether the month name of a match (month before day), of a language only read month
    first (date_languages.csv, month_first) and printed with no weekday, is a word of a name:
    in lower case ('Les maris 12, 2019': those pages capitalise it) or right after a capitalised
    word that is no date label ('Big Mac 5, 2019'; 'Inilathala Marso 5, 2019' stays a date)."""
    name = m.group("month")
    if m.start("month") != m.start() \
            or months.get(name.casefold().rstrip("."), (0, ""))[1] not in month_first:
        return False
    if name[0].islower():  # (a script without case has neither)
        return True
    before = text[max(0, m.start() - 40):m.start()]
    return (_capitalised.search(before) is not None
            and _labelled(lexicon.stamps("date_labels")).search(before) is None)


_capitalised = re.compile(r"(?<![^\W\d_])[A-Z][^\W\d_]*\s+$")


@lru_cache(maxsize=2)
def _labelled(_key: tuple) -> re.Pattern[str]:
    """A date label (date_labels.csv) right before the month ('Published Marso 5, 2019')."""
    frame = lexicon.table("date_labels")
    words = "|".join(frame[frame.columns[0]])
    return re.compile(rf"(?<![^\W\d_])(?:{words})\s*[:：]?\s*$", re.IGNORECASE)
