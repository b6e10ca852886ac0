"""Arithmetic on figures known only within bounds.

A bounded figure is a pair (low, high); NaN is an open bound ("more than 300" is (300, NaN)).
A plain number is an exact figure (low = high). The rules are those notebook 02 states in
words: two figures agree when their bounds overlap; a share or a difference of bounded figures
runs from its smallest to its largest possible value.
"""

from __future__ import annotations

import math

Interval = tuple[float, float]


def interval(figure: float | tuple[float, float]) -> Interval:
    """``figure`` as (low, high): a number is exact; a pair is taken as it is (NaN = open)."""
    if isinstance(figure, tuple):
        low, high = figure
        return float(low), float(high)
    return float(figure), float(figure)


def _open(value: float, infinite: float) -> float:
    return infinite if math.isnan(value) else value


def overlap(a: float | Interval, b: float | Interval) -> bool:
    """Whether the bounds of two figures overlap: the larger low is at most the smaller high (an
    open bound reaches as far as needed)."""
    (a_low, a_high), (b_low, b_high) = interval(a), interval(b)
    low = max(_open(a_low, -math.inf), _open(b_low, -math.inf))
    high = min(_open(a_high, math.inf), _open(b_high, math.inf))
    return low <= high


def difference_range(a: float | Interval, b: float | Interval) -> Interval:
    """a - b: from a's low minus b's high to a's high minus b's low (open where a bound is)."""
    (a_low, a_high), (b_low, b_high) = interval(a), interval(b)
    return a_low - b_high, a_high - b_low


def ratio_range(part: float | Interval, whole: float | Interval) -> Interval:
    """part / whole as a share: from part's low over whole's high to part's high over whole's low.

    An open high of the whole gives a low share of 0; an open bound of the part, or a whole
    whose bound is open below or 0, leaves that end of the share open (NaN).
    """
    (p_low, p_high), (w_low, w_high) = interval(part), interval(whole)
    w_high = _open(w_high, math.inf)
    low = p_low / w_high if w_high else math.nan
    high = p_high / w_low if w_low and not math.isnan(w_low) else math.nan
    return low, high
