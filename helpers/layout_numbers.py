"""Whether a line may hold a number, as the LAYOUT rules ask it (captions.counting_sentence and
furniture_lists: a line that may hold a count is kept as text rather than taken for a caption
or a feed item).

Those rules were set with the quick check that read a word as runs of letters split at every
combining mark ("ग्यारह" as "ग", "य", "रह") and each number word by its first such piece. The
figure grammar's quick check (numbers.may_hold_number) reads words whole now (helpers.scripts:
"दो" is no word of "दोपहर"), which is right for finding figures but would change which lines
of an Indic or Thai page the layout keeps; so the layout keeps its own check, the old one, and
its decisions stay as they were. It answers True wherever the grammar may find a number, and
more often on text with combining marks.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon
from .number_folds import fold, layout_words_of
from .numbers import NUMBER_LISTS, number_words
from .scripts import MARKS

_PIECE = re.compile(r"[^\W\d_]++")  # a run of letters: a word split at a combining mark
_DIGIT = re.compile(r"\d")
_MARKED = rf"[^\W\d_](?:[^\W\d_]|[{MARKS}])*+"  # plain words: letters and combining marks
_PLAIN = re.compile(rf"{_MARKED}(?:[\s'’-]{_MARKED})*+")


def layout_may_hold_number(text: str) -> bool:
    """Whether text has a digit or one of the layout cores (_layout_cores) among its words read
    in pieces (number_folds.layout_words_of); always True when a number word is no plain
    word."""
    cores = _layout_cores(lexicon.version(*NUMBER_LISTS))
    if cores is None or _DIGIT.search(text):
        return True
    return not cores.isdisjoint(layout_words_of(text))


@lru_cache(maxsize=4)
def _layout_cores(_version: tuple) -> frozenset[str] | None:
    """The first piece (run of letters) of each number word and scale word, case-folded; None
    when one of the number and scale words is not plain words and marks (_PLAIN)."""
    words = number_words()
    if not all(_PLAIN.fullmatch(w) for w in (*words.values, *words.scales)):
        return None
    table = lexicon.table("number_words")
    scales = [w.lower() for w, kind in zip(table["term"], table["kind"], strict=True)
              if kind == "scale"]
    return frozenset(fold(_PIECE.findall(w)[0]) for w in (*words.values, *scales))
