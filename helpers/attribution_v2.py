"""Verb-second inversion of a verb of saying in Dutch, German and the Nordic languages.

A sentence that opens with an adverbial (a time, a date, a place, an occasion) puts its verb
second and the subject after it: "Eind december zei topman Rob Bertholee van de AIVD dat ...",
"Am Montag sagte Innenminister X, ...", "I går sa politiet at ...". The subject patterns would
take the adverbial ("Eind december") for the speaker; v2_inverted reads the subject after the
verb, up to the conjunction that opens what was said ("dat", "dass", "at", "att", "that") or a
comma. The opening words are data (v2_openers.csv), the verbs (named_pattern_verbs.csv, pattern
v2_inverted) and the conjunctions (said_conjunctions.csv) too; a pronoun ("sagte er") is resolved
as any speaker pronoun.
"""

from __future__ import annotations

import re

from . import lexicon
from .pattern_lists import either_case, spaced

NAMES = ("v2_inverted",)
_NORDIC = ("no", "sv", "da")


def _openers() -> tuple[str, ...]:
    return lexicon.terms("v2_openers")


def _conjunctions(nordic: bool) -> str:
    table = lexicon.table("said_conjunctions")
    table = table[table["v2"] == "yes"]
    return spaced(tuple(table.loc[table["language"].isin(_NORDIC).eq(nordic), "term"]))


def _verbs(nordic: bool) -> str:
    table = lexicon.table("named_pattern_verbs")
    rows = table[(table["pattern"] == "v2_inverted")
                 & table["language"].isin(_NORDIC).eq(nordic)]
    return spaced(tuple(rows["term"]))


def early(v: dict[str, tuple[str, ...]]) -> tuple[tuple[str, re.Pattern], ...]:
    """The pattern tried before the subject patterns (the verbs of named_pattern_verbs.csv,
    pattern v2_inverted: v); a Nordic verb ("sa", also a Slavic particle) needs a Nordic
    conjunction of said_conjunctions.csv ("at", "att") after its subject, a Dutch or German one
    another ("dat", "dass") or a comma."""
    del v  # read by language from the table
    nordic, other = _conjunctions(True), _conjunctions(False)
    return (
        ("v2_inverted", re.compile(
            rf"^(?:{either_case(_openers())})\s(?:[^;:\"“”„«»]{{0,60}}?\s)?"
            rf"(?:(?:{_verbs(False)})(?=\s[^,;:]{{1,120}}?(?:,|\s(?:{other})\b))"
            rf"|(?:{_verbs(True)})(?=\s[^,;:]{{1,120}}?\s(?:{nordic})\b))"
            r"\s+(?P<spk>[^\W\d_][^,;:\"“”„«»\d]{0,120}?)"
            rf"\s*(?:,|\s(?:{other}|{nordic})\b)")),
    )


def words_needed(v: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """The words (whole, any case) one of which the pattern needs: the last word of a verb."""
    return {"v2_inverted": tuple(dict.fromkeys(t.split()[-1].lower() for t in v["v2_inverted"]))}
