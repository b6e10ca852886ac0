"""Spelled numbers that are words of a fixed phrase of another language, not numbers: the Dutch
preposition "ten" in "ten minste zes vrouwen" (at least six women), the English "due to" (Italian
"due", two). The phrases come from helpers/lexicon/number_idioms.csv; number words that are
a common word of another language (Spanish "dos", Portuguese "of the") from
number_homographs.csv, with the marks of the sentences written in that language."""

from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon


def idiom_at(text: str, start: int) -> bool:
    """Whether the number word at `start` opens a phrase of number_idioms.csv, or is a word of
    number_homographs.csv in a sentence (`text`) of the language it is another word of."""
    if _idioms(lexicon.version("number_idioms")).match(text, start):
        return True
    homographs = _homographs(lexicon.version("number_homographs"))
    word = _WORD.match(text, start)
    cue = homographs.get(word.group().casefold()) if word else None
    return cue is not None and cue.search(text) is not None


_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=4)
def _homographs(_version: tuple) -> dict[str, re.Pattern]:
    table = lexicon.table("number_homographs")
    return {term.casefold(): re.compile(cue, re.IGNORECASE)
            for term, cue in zip(table["term"], table["cue"], strict=True)}


@lru_cache(maxsize=4)
def _idioms(_version: tuple) -> re.Pattern:
    phrases = sorted(lexicon.terms("number_idioms"), key=len, reverse=True)
    words = (r"\s+".join(map(re.escape, phrase.split())) for phrase in phrases)
    return re.compile(rf"(?:{'|'.join(words)})\b", re.IGNORECASE)
