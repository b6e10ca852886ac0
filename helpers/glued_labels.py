"""Interface labels glued to the text after them (issue 12 point 4): a scraper that drops the
line break between a button and the article prints 'Watch VideoAt least 43 migrants died ...',
and the sentence's first word ('VideoAt') is then no word of the article. The labels are data
(helpers/lexicon/glued_labels.csv); a label counts only when its last letter is in lower case
and a capital follows it with no space, the shape of two strings run together, which no word of
running text has ('Videographers' stays whole)."""

from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon


@lru_cache(maxsize=4)
def _labels(_stamps: tuple[tuple[int, int], ...]) -> re.Pattern:
    """The labels of the list as it is on disk (_stamps: its size and modification time)."""
    return re.compile(rf"(?:{'|'.join(lexicon.terms('glued_labels'))})(?=[^\W\d_])", re.I)


def glued_label(core: str) -> int:
    """The length of an interface label glued to the start of core ('Watch VideoAt ...' -> 11),
    or 0 when core opens with none."""
    if not core[:1].isalpha():
        return 0
    m = _labels(lexicon.stamps("glued_labels")).match(core)
    if m is None or not core[m.end() - 1].islower() or not core[m.end()].isupper():
        return 0
    return m.end()
