"""The word lists of the named speaker patterns, by the pattern that reads them: the verbs
(named_pattern_verbs.csv), the nouns between a marker and its source (named_pattern_nouns.csv),
the markers ("ifølge", "görə", "Kako": named_pattern_markers.csv) and the pronouns that stand
where a source would and name none (source_pronouns.csv); and a Turkish speaker's stem
(turkish_consonant_alternations.csv). Built again when a list changes on disk."""

from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon
from .quick_patterns import alternation

# the capital letters that open a name, for a character class: A-Z and the capitals of the Latin
# letters with marks ("Štefan", "Łukasz", "Ömer", "Élodie", "Đại", "Ángel"), then (UPPER) with
# Cyrillic and the capitals of the other Cyrillic alphabets ("Євген", "Ђорђе")
UPPER_LATIN = "A-Z" + "".join(c for lo, hi in ((0xC0, 0x24F), (0x1E00, 0x1EFF))
                              for c in map(chr, range(lo, hi + 1)) if c.isupper())
UPPER = UPPER_LATIN + "А-ЯЁ" + "".join(c for c in map(chr, range(0x400, 0x410)) if c.isupper())


def by_pattern(name: str) -> dict[str, tuple[str, ...]]:
    """The terms of list `name` by the named pattern that reads them, in file order."""
    return _by_pattern(lexicon.version(name), name)


@lru_cache(maxsize=8)
def _by_pattern(_version: tuple, name: str) -> dict[str, tuple[str, ...]]:
    table = lexicon.table(name)
    column = "pattern" if "pattern" in table.columns else "patterns"
    found: dict[str, list[str]] = {}
    for term, names in zip(table["term"], table[column], strict=True):
        for pattern in names.split():
            found.setdefault(pattern, []).append(term)
    return {pattern: tuple(terms) for pattern, terms in found.items()}


def pattern_terms(name: str, pattern: str) -> tuple[str, ...]:
    """The terms of list `name` that pattern `pattern` reads (none: an empty tuple)."""
    return by_pattern(name).get(pattern, ())


def either_case(terms: tuple[str, ...]) -> str:
    """Terms as one alternation, each with its first letter in either case; a space stands
    for any spaces."""
    return "|".join(f"[{t[0].lower()}{t[0].upper()}]{_spaced(t[1:])}" for t in terms)


def either_case_tree(terms: tuple[str, ...]) -> str:
    """The alternation of either_case(terms) (the same texts match it) as a tree of shared
    beginnings (helpers.quick_patterns.alternation) whose branches each open with a letter: a
    search skips at once to where one of them may start, where the flat alternation, whose
    branches open with a character class, is tried branch by branch at every character."""
    cased = (c + t[1:] for t in terms for c in dict.fromkeys(t[0].lower() + t[0].upper()))
    return alternation(cased, literal=True).replace(r"\ ", r"\s+")


def capitalised(terms: tuple[str, ...]) -> str:
    """Terms as one alternation with their first letter in upper case (a sentence's first
    word); a space stands for any spaces."""
    return "|".join(_spaced(t[0].upper() + t[1:]) for t in terms)


def spaced(terms: tuple[str, ...]) -> str:
    """Terms as one alternation, as printed; a space stands for any spaces."""
    return "|".join(_spaced(t) for t in terms)


def _spaced(text: str) -> str:
    return re.escape(text).replace(r"\ ", r"\s+")


def first_words(name: str, pattern: str) -> tuple[str, ...]:
    """The first word of each term, in lower case, once each ("kazali su": "kazali")."""
    return tuple(dict.fromkeys(t.split()[0].lower() for t in pattern_terms(name, pattern)))


def last_words(name: str, pattern: str) -> tuple[str, ...]:
    """The last word of each term, in lower case, once each: the verb of a verb-final form
    ("qeyd edib": "edib"), or what a marker ends with ("secondo quanto": "quanto")."""
    return tuple(dict.fromkeys(t.split()[-1].lower() for t in pattern_terms(name, pattern)))


def turkish_stem(phrase: str) -> str:
    """A Turkish speaker phrase left without its case ending, its last consonant as the bare
    noun has it ("Valiliğ" of "Valiliğin": "Valilik"), where the soft consonant never closes a
    word (turkish_consonant_alternations.csv)."""
    for soft, hard in _hardened(lexicon.version("turkish_consonant_alternations")):
        if phrase.endswith(soft):
            return phrase[:-len(soft)] + hard
    return phrase


@lru_cache(maxsize=4)
def _hardened(_version: tuple) -> tuple[tuple[str, str], ...]:
    table = lexicon.table("turkish_consonant_alternations")
    table = table[table["ends_word"] == "no"]
    return tuple(zip(table["soft"], table["term"], strict=True))
