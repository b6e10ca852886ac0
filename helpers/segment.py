"""Split paragraphs into sentences with a rule a reader can follow.

A sentence ends at '.', '!' or '?' (and any closing quote or bracket after it) when white space
and a capital letter, digit or opening quote follow, unless the word before the stop is a known
abbreviation (helpers/lexicon/abbreviations.csv) or a single initial ("Mr.", "U.S.", "A. Smith").
"""

from __future__ import annotations

import re

from . import lexicon

_CANDIDATE = re.compile(r"(?<![.!?…])[.!?…]++[\"'”’»)\]]*(?=\s+[\"'“‘«(\[]?[A-ZА-ЯЁ0-9])")
# A single letter (not a digit or "_") before the stop is an initial; so are dotted letters.
_INITIAL = re.compile(r"[^\W\d_]")
_INITIALS = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")


def split_sentences(paragraph: str) -> list[str]:
    """The sentences of one paragraph, stripped, in order; their concatenation loses only spaces."""
    abbreviations = lexicon.term_set("abbreviations")
    sentences: list[str] = []
    start = 0
    for m in _CANDIDATE.finditer(paragraph):
        before = paragraph[start: m.start()].split()
        last = before[-1].lower().strip("(\"'“‘«") if before else ""
        if paragraph[m.start()] == "." and (last in abbreviations or _INITIAL.fullmatch(last)
                                            or _INITIALS.fullmatch(last)):
            continue
        sentences.append(paragraph[start: m.end()].strip())
        start = m.end()
    tail = paragraph[start:].strip()
    if tail:
        sentences.append(tail)
    return sentences
