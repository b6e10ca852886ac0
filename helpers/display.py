"""Tables and prose for readers: unknown values say so, counts are words, long tables are cut.

The notebooks print what the data says, for five articles or five hundred. Three rules:
a missing value reads "not known" (never nan, NaT, None or <NA>); a count in prose is computed
("five articles", "12 of 40"); a table meant for reading shows at most a bounded number of rows,
the most informative first, with a sentence naming the full table in data/derived/.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pandas as pd

from .safe_prose import Safe

NOT_KNOWN = "not known"
ROWS = 12  # rows a reader sees of a long table
_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def missing(value: object) -> bool:
    """True for None, NaN, NaT, <NA> and empty or blank text."""
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):  # lists and arrays are values, not missing
        return False


def text(value: object, date_format: str = "%Y-%m-%d") -> str:
    """One value as a reader should see it: "not known" when missing, dates as days."""
    if missing(value):
        return NOT_KNOWN
    if isinstance(value, (pd.Timestamp, dt.date)):
        return value.strftime(date_format)
    if isinstance(value, float) and value.is_integer():
        return f"{value:g}"
    return str(value)


def readable(frame: pd.DataFrame, empty: dict[str, str] | None = None) -> pd.DataFrame:
    """A copy for display: dates as days, every missing cell "not known" (or what empty says
    for its column, e.g. {"high": "open"} for a bound that is open, not unknown); booleans and
    numbers that are all present keep their type (so they still align and sort)."""
    out = frame.copy()
    empty = empty or {}
    for column in out.columns:
        values = out[column]
        if pd.api.types.is_bool_dtype(values) or (
                pd.api.types.is_numeric_dtype(values) and values.notna().all()):
            continue
        word = empty.get(column, NOT_KNOWN)
        out[column] = values.map(lambda v, w=word: w if missing(v) else text(v)).astype(object)
    return out


def count(n: int, noun: str, plural: str | None = None) -> str:
    """'five articles', 'one article', '1,234 articles': a count in words up to ten."""
    word = _WORDS[n] if 0 <= n < len(_WORDS) else f"{n:,}"
    return f"{word} {noun if n == 1 else plural or noun + 's'}"


def of(part: int, whole: int) -> str:
    """'3 of 5': a part of a computed whole, with thousands separators."""
    return f"{part:,} of {whole:,}"


def year_span(first: object, last: object) -> str:
    """'2013-2018', '2014', or 'not known' from two dates or years (missing ends skipped)."""
    ends: list[Any] = [getattr(v, "year", v) for v in (first, last) if not missing(v)]
    years = sorted({int(v) for v in ends})
    if not years:
        return NOT_KNOWN
    return str(years[0]) if len(years) == 1 else f"{years[0]}–{years[-1]}"


def bounded(frame: pd.DataFrame, full: str, rows: int = ROWS, what: str = "rows",
            empty: dict[str, str] | None = None) -> tuple[pd.DataFrame, str]:
    """The first rows of frame (order it most informative first) and a sentence for readers.

    full names where the whole table is (e.g. "data/derived/estimates.csv", the author's text,
    not data); the sentence (Markdown, ready for md) says how many rows are shown.
    The rows are made readable (see readable; empty says what an empty cell means per column).
    """
    n = len(frame)
    if n == 0:
        note = f"No {what} (full table: `{full}`)."
    elif n == 1:
        note = f"The only one is shown (full table: `{full}`)."
    elif n <= rows:
        note = f"All {n:,} {what} are shown (full table: `{full}`)."
    else:
        note = f"The first {rows} of {n:,} {what} are shown; the full table is `{full}`."
    return readable(frame.head(rows), empty), Safe(note)
