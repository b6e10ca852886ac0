"""Publication notices: a sentence that says when the page itself was published or broadcast,
with the date inside it ('Questo contenuto è stato pubblicato il 28 maggio 2016', 'Diese
Nachricht wurde am 16.05.2025 im Programm X gesendet.'). The words around the date are data
(helpers/lexicon/publication_notices.csv); the date is read by helpers.dates. Such a line is a
labelled publication date wherever it stands on the page, as a 'Published:' line is."""

from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon
from .dates import DateMatch, find_dates

NOTICE_MAX = 160  # characters: a longer line is a sentence of the article, not a notice
# what may follow the date when a notice names no words after it: a time and punctuation
_TIME_AFTER = (r"[\s,.;|–—-]*+(?:(?:at|à|alle|ore|a las|às|om|um)\s++)?"
               r"(?:\d{1,2}[:.h]\d\d(?:\s*+(?:uhr|h|[ap]\.?m\.?))?)?[\s.]*+")


@lru_cache(maxsize=4)
def _notices(_stamps: tuple[tuple[int, int], ...]) -> tuple[re.Pattern, tuple[re.Pattern, ...]]:
    frame = lexicon.table("publication_notices")
    opening = re.compile("|".join(f"(?P<n{k}>{p})" for k, p in enumerate(frame["pattern"])),
                         re.I)
    after = tuple(re.compile(rf"[\s,]*+{a}[\s.]*+" if a else _TIME_AFTER, re.I)
                  for a in frame["after"].fillna(""))
    return opening, after


def notice_date(core: str) -> DateMatch | None:
    """The publication date a notice line states, or None when the line is
    no notice: its words before the date must be a notice's opening in full, and its words after
    the date the notice's end."""
    if len(core) > NOTICE_MAX:
        return None
    opening, after = _notices(lexicon.stamps("publication_notices"))
    if (m := opening.match(core)) is None or m.lastgroup is None:  # anchored: most lines fail
        return None  # at their first letter
    dates = find_dates(core)
    if len(dates) != 1 or core[m.end(): dates[0].start].strip(" ,:") != "":
        return None
    if after[int(m.lastgroup[1:])].fullmatch(core, dates[0].end) is None:
        return None
    return dates[0]
