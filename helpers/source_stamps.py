"""A date line that names its source after the date and time, with no separator between them
("2017-09-20 08:10 來源:國家應急廣播網", "2019-04-02 23:46 Source: Bernama"): the date opens the
line as a stamp (helpers.datelines.leading_stamp), and the source label with its name is left
for the furniture rules. The labels are those of helpers/lexicon/source_labels.csv."""

from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon


def source_after(core: str, end: int) -> re.Match | None:
    """The time and spaces between a date that ends at core[end] and a source label right after
    them ("08:10 來源:"), the label not included; None when no source label follows."""
    return _pattern(lexicon.version("source_labels")).match(core, end)


@lru_cache(maxsize=2)
def _pattern(_version: tuple) -> re.Pattern:
    labels = "|".join(f"(?:{t})" for t in lexicon.terms("source_labels"))
    return re.compile(rf"(?:\s++\d{{1,2}}:\d\d(?::\d\d)?)?\s++(?=(?:{labels})\s*+[:：])",
                      re.IGNORECASE)
