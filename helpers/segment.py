"""Split paragraphs into sentences with a rule a reader can follow.

A sentence ends at '.', '!' or '?' (and any closing quote or bracket after it) when white space
and a capital letter, digit or opening quote follow, unless the word before the stop is a known
abbreviation or a single initial ("Mr.", "U.S.", "A. Smith").
"""

from __future__ import annotations

import re

_CANDIDATE = re.compile(r"(?<![.!?…])[.!?…]++[\"'”’»)\]]*(?=\s+[\"'“‘«(\[]?[A-ZА-ЯЁ0-9])")
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof st gen col lt sgt capt maj rep sen gov pres jr sr inc ltd co corp no nos "
    "vs etc e.g i.e u.s u.k u.n a.m p.m jan feb mar apr jun jul aug sep sept oct nov dec fig "
    "approx est dept univ ave mt ft т.е г т.д".split())
# A single letter (not a digit or "_") before the stop is an initial; so are dotted letters.
_INITIAL = re.compile(r"[^\W\d_]")
_INITIALS = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")


def split_sentences(paragraph: str) -> list[str]:
    """The sentences of one paragraph, stripped, in order; their concatenation loses only spaces."""
    sentences: list[str] = []
    start = 0
    for m in _CANDIDATE.finditer(paragraph):
        before = paragraph[start: m.start()].split()
        last = before[-1].lower().strip("(\"'“‘«") if before else ""
        if paragraph[m.start()] == "." and (last in _ABBREVIATIONS or _INITIAL.fullmatch(last)
                                            or _INITIALS.fullmatch(last)):
            continue
        sentences.append(paragraph[start: m.end()].strip())
        start = m.end()
    tail = paragraph[start:].strip()
    if tail:
        sentences.append(tail)
    return sentences
