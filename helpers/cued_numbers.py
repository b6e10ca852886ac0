"""Spelled numbers read only in a sentence of their own language (helpers/lexicon/
cued_number_words.csv, number_word_cues.csv): Norwegian and Danish "to" (two), "fire" (four),
"ni", "ti", Swedish "tio", "sex", which are common words of other languages ("went to", "open
fire", "ni ... ni"), so number_words.csv leaves them out. In a sentence that shows a mark of
the word's language ("To personer er sendt til sykehus"), the word is written as its digits,
padded with spaces to the same length ("2  personer"), so that every rule of the figure grammar
reads it as a number and a span in one text is a span in the other (as helpers.scripts.
ascii_digits does for digits of other scripts); the caller restores the excerpt as printed."""

from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon

LISTS = ("cued_number_words", "number_word_cues")


def cued_numbers(text: str, found: set[str]) -> str:
    """text with each word of cued_number_words.csv written as its digits, where the sentence
    shows a mark of the word's language; text itself (the same object) where there is none.
    `found`: words_of(text), the quick check (most sentences hold none of the words)."""
    words, pattern, cues = _lists(lexicon.version(*LISTS))
    if words.isdisjoint(found):
        return text
    out, last = [], 0
    for m in pattern.finditer(text):
        digits = next((value for language, value in cues[m.group().casefold()]
                       if language.search(text)), None)
        if digits is not None:
            out += (text[last:m.start()], digits.ljust(m.end() - m.start()))
            last = m.end()
    return "".join(out) + text[last:] if out else text


@lru_cache(maxsize=4)
def _lists(_version: tuple) -> tuple[frozenset[str], re.Pattern,
                                     dict[str, list[tuple[re.Pattern, str]]]]:
    table = lexicon.table("cued_number_words")
    languages = lexicon.table("number_word_cues")
    cue = {language: re.compile(pattern, re.IGNORECASE)
           for language, pattern in zip(languages["language"], languages["cue"], strict=True)}
    cues: dict[str, list[tuple[re.Pattern, str]]] = {}
    for term, value, language in zip(table["term"], table["value"], table["language"],
                                     strict=True):
        digits = str(value)
        if len(digits) > len(term):
            raise ValueError(f"cued_number_words.csv: {term!r} is shorter than {digits!r}")
        cues.setdefault(term.casefold(), []).append((cue[language], digits))
    words = "|".join(sorted(map(re.escape, cues), key=len, reverse=True))
    return (frozenset(cues), re.compile(rf"(?<![\w-])(?:{words})(?![\w-])", re.IGNORECASE),
            cues)


_REST_OF_WORD = re.compile(r"[^\W\d_]+")


def as_printed(original: str, text: str, start: int, end: int) -> str:
    """The excerpt original[start:end] as printed, where `text` is original with cued numbers
    written as padded digits: stretched over a word whose padding the span stops at (the span
    of a count whose noun is left out covers its digits alone: "2" of "2  andre" is "to" as
    printed, not "t")."""
    rest = _REST_OF_WORD.match(original, end) if end < len(text) and text[end] == " " else None
    return original[start:rest.end() if rest else end].strip()
