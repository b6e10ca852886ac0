"""Counts of people picked out of a group by a partitive with a determiner, in Romance
languages: "12 de sus compañeros", "Tres de estos migrantes", "dois dos guardas", "30 desses
combatentes", "trois de ces hommes", "due dei feriti". The words of "of the / of these / of
their" come from lexicon/partitive_determiners.csv; the number counts people only when a people
noun heads the words after them (never "5 de los 12", "3 de estas casas"), and never the number
one ("uno de los heridos" picks one out of a group)."""

from __future__ import annotations

from collections.abc import Callable

from . import lexicon

# the determiner right after the number, then at least one space
_PARTITIVE = r"(?<!\s)\s++(?:WORDS)\s++"
_FIRST_LETTERS = frozenset("dD")


def partitive_group(after: str, value: float | None,
                    noun_phrase: Callable[[str], tuple[str, int] | None]
                    ) -> tuple[str, int] | None:
    """The group after a number (`after`: the text right after it) read through a partitive
    with a determiner, with its length in characters; None without one, after the number one,
    or when `noun_phrase` (the caller's reader of a people noun phrase) finds no people."""
    if value == 1 or after.lstrip()[:1] not in _FIRST_LETTERS:
        return None  # every determiner of the list starts with "d" (de, dos, desses, dei, des)
    m = lexicon.pattern("partitive_determiners", _PARTITIVE).match(after)
    if m is None:
        return None
    rest = noun_phrase(after[m.end() - 1:])
    if rest is None:
        return None
    end = m.end() - 1 + rest[1]
    return after[:end].strip(), end
