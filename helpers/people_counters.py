"""Counts of people in languages that count with a classifier after the number (Korean "37명",
"140여 명", "두 명의"; Japanese "27人が死亡"; Chinese "300多人"): `counter_after(after)` reads
the counter at the start of the text after a number. The counters, the marks of "some / over"
that may stand between number and counter, and the letters that make another word of a counter
("人口", population) come from helpers/lexicon/people_counters.csv."""

from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon


def counter_after(after: str) -> tuple[str, int] | None:
    """The counter of persons right after a number (glued to it or after one space, with an
    optional "some / over" mark before it) and its length in characters, or None."""
    head = after[1:2] if after[:1] in (" ", "\u00a0") else after[:1]
    if not head or head.isascii():
        return None  # quick exit: "300 people", "5%" (no counter or mark is an ASCII character)
    m = _pattern(lexicon.version("people_counters")).match(after)
    return (m.group(0).strip(), m.end()) if m else None


@lru_cache(maxsize=4)
def _pattern(_version: tuple) -> re.Pattern:
    table = lexicon.table("people_counters")
    approx = [re.escape(t) for t, k in zip(table["term"], table["kind"], strict=True)
              if k == "approx"]
    counters = [re.escape(t) + (f"(?![{re.escape(str(nb))}])" if str(nb).strip() else "")
                for t, k, nb in zip(table["term"], table["kind"], table["not_before"],
                                    strict=True) if k == "counter"]
    return re.compile(rf"[ \u00a0]?(?:(?:{'|'.join(approx)})[ \u00a0]?)?(?:{'|'.join(counters)})")


def numeral_alone(number: str, after: str) -> str | None:
    """The numeral itself when it counts persons without a noun (Russian "Погибли трое",
    Serbian "uhapšena su dvojica", Hungarian "hárman"; helpers/lexicon/people_numerals.csv),
    unless a noun it counts as a thing follows ("трое суток"); None otherwise."""
    word = number.strip().lower()
    numerals, things = _numerals(lexicon.version("people_numerals"))
    if word not in numerals:
        return None
    following = after.split(None, 1)
    return None if following and following[0].strip(".,;:!?»\"").lower() in things else word


@lru_cache(maxsize=4)
def _numerals(_version: tuple) -> tuple[frozenset[str], frozenset[str]]:
    table = lexicon.table("people_numerals")
    return (frozenset(table.loc[table["kind"] == "numeral", "term"].str.lower()),
            frozenset(table.loc[table["kind"] == "thing", "term"].str.lower()))
