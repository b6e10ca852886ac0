"""What an inverted speaker goes on to say, right after the speaker: "..., uvedla mluvčí policie X
s tím, že dva lidé zemřeli" (Czech), "..., said X, adding that ..." (said_continuations.csv). Read
whole, such a sentence holds no speaker pattern's end ("X s tím, že ..." runs on past the
speaker); read up to the phrase, it does, and what follows the phrase was said by that speaker.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon
from .scripts import LETTER_RUN


def cut(text: str, words: set[str]) -> str:
    """The text up to its first continuation phrase, closed with a full stop, or "" when it
    holds none (or opens with one); `words` are the text's words in lower case
    (helpers.quick_patterns.words_in), which must hold a phrase's key word first."""
    if words.isdisjoint(_keys(lexicon.version("said_continuations"))):
        return ""
    found = lexicon.pattern("said_continuations", r"(?:,\s*|\s+)(?:WORDS)(?!\w)").search(text)
    return text[:found.start()].rstrip() + "." if found and found.start() > 0 else ""


@lru_cache(maxsize=2)
def _keys(_version: tuple) -> frozenset[str]:
    """The longest word of each phrase (one the text must hold for the phrase to be there)."""
    return frozenset(max(re.findall(LETTER_RUN, term.lower()), key=len)
                     for term in lexicon.terms("said_continuations"))
