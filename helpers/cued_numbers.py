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
from typing import NamedTuple

from . import lexicon

LISTS = ("cued_number_words", "number_word_cues")


def cued_numbers(text: str, found: set[str]) -> str:
    """text with each word of cued_number_words.csv written as its digits, where the sentence
    shows a mark of the word's language; text itself (the same object) where there is none.
    `found`: words_of(text), the quick check (most sentences hold none of the words: the lists
    are read again whenever they change)."""
    cued = _lists(lexicon.version(*LISTS))
    if cued.words.isdisjoint(found):
        return text
    marked = {language for word in cued.words & found for language, _ in cued.values[word]
              if _marked(text, found, *cued.languages[language])}
    if not marked:
        return text  # "went to the police": no mark of Norwegian or Danish
    out: list[str] = []
    last = 0
    for m in cued.pattern.finditer(text):
        digits = next((value for language, value in cued.values[m.group().casefold()]
                       if language in marked), None)
        if digits is not None:
            out += (text[last:m.start()], digits.ljust(m.end() - m.start()))
            last = m.end()
    return "".join(out) + text[last:] if out else text


def _marked(text: str, found: set[str], letters: re.Pattern | None, words: frozenset[str]
            ) -> bool:
    """Whether the sentence holds a word or a letter of a language (number_word_cues.csv). A
    letter counts only inside a word that opens in lower case: a name ("Solskjær said ...",
    "Police in Malmö") is no mark of the sentence's language."""
    if not words.isdisjoint(found):
        return True
    return letters is not None and any(
        word[0].islower() and letters.search(word) for word in _LETTERS.findall(text))


class _Cued(NamedTuple):
    words: frozenset[str]  # the cued number words, folded
    pattern: re.Pattern  # any of them, a whole word not joined by a hyphen
    values: dict[str, list[tuple[str, str]]]  # word -> (language, digits)
    languages: dict[str, tuple[re.Pattern | None, frozenset[str]]]  # -> (letters, words)


@lru_cache(maxsize=4)
def _lists(_version: tuple) -> _Cued:
    table = lexicon.table("cued_number_words")
    cues = lexicon.table("number_word_cues")
    languages = {language: (re.compile(f"[{re.escape(letters)}]")
                            if letters else None, frozenset(words.split()))
                 for language, letters, words in zip(cues["language"], cues["letters"],
                                                     cues["words"], strict=True)}
    values: dict[str, list[tuple[str, str]]] = {}
    for term, value, language in zip(table["term"], table["value"], table["language"],
                                     strict=True):
        digits = str(value)
        if len(digits) > len(term) or language not in languages:
            raise ValueError(f"cued_number_words.csv: {term!r} ({digits}, {language})")
        values.setdefault(term.casefold(), []).append((language, digits))
    words = "|".join(sorted(map(re.escape, values), key=len, reverse=True))
    return _Cued(frozenset(values), re.compile(rf"(?<![\w-])(?:{words})(?![\w-])",
                                               re.IGNORECASE), values, languages)


_LETTERS = re.compile(r"[^\W\d_]+")  # a word, or the rest of one


def as_printed(original: str, text: str, start: int, end: int) -> str:
    """The excerpt original[start:end] as printed, where `text` is original with cued numbers
    written as padded digits: stretched over a word whose padding the span stops at (the span
    of a count whose noun is left out covers its digits alone: "2" of "2  andre" is "to" as
    printed, not "t")."""
    rest = _LETTERS.match(original, end) if end < len(text) and text[end] == " " else None
    return original[start:rest.end() if rest else end].strip()
