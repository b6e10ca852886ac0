"""Regular-expression helpers for the date patterns of helpers.dates: an alternation of many
names (month and weekday names of every read language) that the engine enters only at the
letters the names begin with, and a look-ahead that lets a match start only where a name may."""

from __future__ import annotations

import re


def _alternation(names: list[str] | tuple[str, ...]) -> str:
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


def by_first_letter(names: list[str] | tuple[str, ...]) -> str:
    """_alternation(names), each run of names that open with one letter put behind a look-ahead
    for it: ignoring case, the engine would enter every name wherever it tries one, and now
    enters only the names of the letter it reads. Letters that match each other ignoring case
    ('i' and 'ı') share a run, so one run at most admits a character, and the names it may
    match are tried in the same order, longest first (the same match)."""
    runs: dict[str, list[str]] = {}
    for name in sorted(names, key=len, reverse=True):
        key = next((k for k in runs if _same_letter(k, name[0])), name[0])
        runs.setdefault(key, []).append(name)
    return "|".join("(?=[" + "".join(sorted({re.escape(n[0]) for n in run})) + "])(?:"
                    + _alternation(run) + ")" for run in runs.values())


def _same_letter(a: str, b: str) -> bool:
    return bool(re.fullmatch(re.escape(a), b, re.I) or re.fullmatch(re.escape(b), a, re.I))


def starts_with(names: list[str] | tuple[str, ...], depth: int, extra: str = "") -> str:
    r"""A lookahead that lets a match start only where its first `depth` characters are letters
    that some name has at those places, or where a character of extra stands (a class such as
    r"\d", for a match that may also begin with a number). It changes no match, since every
    match of the pattern it guards begins with a name (or a character of extra); it only spares
    the regex engine from trying hundreds of names at every position of a line."""
    depth = min(depth, *map(len, names))
    places = ["".join(sorted({re.escape(name[k]) for name in names})) for k in range(depth)]
    letters = "".join(f"[{chars}]" for chars in places)
    return f"(?=[{extra}]|{letters})" if extra else f"(?={letters})"
