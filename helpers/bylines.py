"""Bylines and sign-offs: who wrote the article, moved out of the body into the author field."""

from __future__ import annotations

import re

from . import lexicon
from .dates import month_names
from .textlines import count_words, name_words_only, words

BYLINE = re.compile(
    r"^(?:by|written by|text by|reporting by|author|authors|автор|авторы)\s*:?\s+"
    r"(?P<name>[^\W\d_][\w.'’\- ]{1,60}?(?:\s+(?:and|&|и)\s+[^\W\d_][\w.'’\- ]{1,40})?)"
    r"\s*(?:[,|–—-]\s*(?P<rest>.*))?$",
    re.I,
)
INLINE_BYLINE = re.compile(
    r"(?<=[.!?\"”’])\s+By\s+(?P<name>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){1,3})\s*$")
SIGNOFF = re.compile(
    r"\s*\*{0,2}\bEnd (?:of )?(?:the )?[A-Z][\w .\-]{0,40}?(?:Commentary|Article|Report|Analysis)"
    r"(?:\s*\((?P<name>[^()]{2,40})\))?\*{0,2}\s*$")


def byline(core: str) -> re.Match | None:
    """The byline match of a line that is a byline and nothing else: the name is a person's
    (at most six capitalised words, not a month or weekday: 'By December, ...' and 'By then,
    ...' open sentences), and what follows it (an outlet, a role, a date) is no sentence."""
    m = BYLINE.match(core)
    if m is None:
        return None
    names = words(m.group("name"))
    if (not names or len(names) > 6 or not name_words_only(m.group("name"))
            or names[0].casefold().rstrip(".") in month_names()
            or names[0].casefold() in lexicon.terms("byline_time_words")):
        return None
    rest = m.group("rest")
    if rest and not (count_words(rest, 8) <= 8 and name_words_only(rest)):
        return None
    return m


