"""Numeric claims about people in news English: which number, how sure, who said it, via whom.

`extract_estimates(docs)` reads every sentence (and each headline) and returns one row per
number that counts people. The rules are written for news English in general, never for one
article: see data/codebook.md for the qualifiers and for the bounds rule that `bounds` applies.
"""

from __future__ import annotations

import math

QUALIFIERS = ("about", "more than", "at least", "up to", "exact", "share of an earlier figure",
              "range")
ABOUT_MARGIN = 0.10


def bounds(value: float, qualifier: str, base_qualifier: str | None = None
           ) -> tuple[float, float]:
    """(low, high) that a figure and its qualifier allow, by the codebook's rule.

    exact: the value itself. about: value ± 10 %. more than / at least: the value, open above
    (high NaN). up to: open below (low NaN), the value. A share of an earlier figure takes the
    rule of that figure's qualifier (half of "more than 300" is "more than 150"). A range has
    its bounds in the text, so asking for them here is an error.
    """
    value = float(value)
    if qualifier == "share of an earlier figure":
        if base_qualifier is None or base_qualifier == qualifier:
            raise ValueError("a share needs the qualifier of the figure it is a share of")
        return bounds(value, base_qualifier)
    if qualifier == "exact":
        return value, value
    if qualifier == "about":
        margin = value * ABOUT_MARGIN
        return round(value - margin, 2), round(value + margin, 2)
    if qualifier in ("more than", "at least"):
        return value, math.nan
    if qualifier == "up to":
        return math.nan, value
    if qualifier == "range":
        raise ValueError("a range states its own bounds; read them from the text")
    raise ValueError(f"unknown qualifier {qualifier!r}; expected one of {', '.join(QUALIFIERS)}")
