"""Counts of people picked out of a group by a partitive with a determiner, in Romance
languages: "12 de sus compañeros", "Tres de estos migrantes", "dois dos guardas", "30 desses
combatentes", "trois de ces hommes", "due dei feriti". The words of "of the / of these / of
their" come from lexicon/partitive_determiners.csv; the number counts people only when a people
noun heads the words after them (never "5 de los 12", "3 de estas casas"), and never the number
one ("uno de los heridos" picks one out of a group)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from . import lexicon

# the determiner right after the number, then at least one space
_PARTITIVE = r"(?<!\s)\s++(?:WORDS)\s++"


def _first_letters() -> frozenset[str] | None:
    """The letters (both cases) that start the entries of partitive_determiners.csv."""
    return _letters_of(lexicon.version("partitive_determiners"))


@lru_cache(maxsize=4)
def _letters_of(_version: tuple) -> frozenset[str] | None:
    """The letters (both cases) that start each branch of each entry; None when one does not
    start with a plain letter (a group, a class, an escape, a letter made optional): then no
    quick check is made."""
    letters: set[str] = set()
    for term in lexicon.terms("partitive_determiners"):
        for branch in _branches(term):
            if not branch[:1].isalpha() or branch[1:2] in ("?", "*", "{"):
                return None
            letters.update((branch[0].lower(), branch[0].upper()))
    return frozenset(letters)


def _branches(term: str) -> list[str]:
    """A regular expression split at its alternations outside groups and classes."""
    parts, depth, begun = [], 0, 0
    for m in re.finditer(r"\\.|\[(?:\\.|[^\]])*\]|[()|]", term):
        depth += (m.group() == "(") - (m.group() == ")")
        if m.group() == "|" and depth == 0:
            parts.append(term[begun:m.start()])
            begun = m.end()
    return [*parts, term[begun:]]


def partitive_group(after: str, value: float | None,
                    noun_phrase: Callable[[str], tuple[str, int] | None]
                    ) -> tuple[str, int] | None:
    """The group after a number (`after`: the text right after it) read through a partitive
    with a determiner, with its length in characters; None without one, after the number one,
    or when `noun_phrase` (the caller's reader of a people noun phrase) finds no people."""
    firsts = _first_letters()
    if value == 1 or firsts is not None and after.lstrip()[:1] not in firsts:
        return None  # no entry of the list starts with the letter after the number
    m = lexicon.pattern("partitive_determiners", _PARTITIVE).match(after)
    if m is None:
        return None
    rest = noun_phrase(after[m.end() - 1:])
    if rest is None:
        return None
    end = m.end() - 1 + rest[1]
    return after[:end].strip(), end
