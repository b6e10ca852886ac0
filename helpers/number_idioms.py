"""Spelled numbers that are words of a fixed phrase of another language, not numbers: the Dutch
preposition "ten" in "ten minste zes vrouwen" (at least six women), the English "due to" (Italian
"due", two). The phrases come from helpers/lexicon/number_idioms.csv."""

from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon


def idiom_at(text: str, start: int) -> bool:
    """Whether the number word at `start` opens a phrase of number_idioms.csv."""
    return bool(_idioms(lexicon.version("number_idioms")).match(text, start))


@lru_cache(maxsize=4)
def _idioms(_version: tuple) -> re.Pattern:
    phrases = sorted(lexicon.terms("number_idioms"), key=len, reverse=True)
    words = (r"\s+".join(map(re.escape, phrase.split())) for phrase in phrases)
    return re.compile(rf"(?:{'|'.join(words)})\b", re.IGNORECASE)
