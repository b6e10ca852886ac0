"""Which character a match of a regular expression can open with, and patterns tried in order
that skip, at once, those that cannot match a text opening with a given character.

A long list of phrase patterns (the whole-line furniture phrases of helpers/lexicon) joined into
one alternation is slow to try on a line: ignoring case, the engine enters every alternative in
turn. OrderedPatterns gives the same answer (the first pattern in list order that matches) but
tries only the patterns whose opening admits the line's first character. The openings are read
from the patterns themselves (Python's own parser), so they follow every edit of a list; a
pattern whose opening cannot be told (or that may match nothing) is always tried.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .literals import Needs

# the standard library's own parser and compiler of regular expressions (not in the type stubs)
_parser: Any = importlib.import_module("re._parser")
_compiler: Any = importlib.import_module("re._compiler")
sre: Any = importlib.import_module("re._constants")

_ONE_CHAR = {sre.LITERAL, sre.NOT_LITERAL, sre.IN, sre.ANY}
_ZERO_WIDTH = {sre.AT, sre.ASSERT, sre.ASSERT_NOT}
_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT}
# the items that open a match are tried ignoring case and taking "." for any character, so
# that an opening admits at least every character that the pattern's own flags admit
_WIDE = re.IGNORECASE | re.DOTALL | re.UNICODE

Items = list[tuple[Any, Any]]
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _first_items(items: Items) -> tuple[Items, bool] | None:
    """The one-character items that can open a match of the sequence `items`, and whether the
    sequence can match nothing at all; None when that cannot be told."""
    found: Items = []
    for op, av in items:
        if op in _ONE_CHAR:
            return [*found, (op, av)], False
        if op in _ZERO_WIDTH:  # a look-around or anchor: taking none of its limits is wider
            continue
        if op is sre.SUBPATTERN:
            sub = _first_items(av[3].data)
        elif op is sre.ATOMIC_GROUP:
            sub = _first_items(av.data)
        elif op is sre.BRANCH:
            parts = [part for p in av[1] if (part := _first_items(p.data)) is not None]
            if len(parts) < len(av[1]):
                return None
            sub = [i for part in parts for i in part[0]], any(part[1] for part in parts)
        elif op in _REPEATS:
            body = _first_items(av[2].data)
            sub = None if body is None else (body[0], av[0] == 0 or body[1])
        else:  # a back-reference or a conditional: not told
            return None
        if sub is None:
            return None
        found += sub[0]
        if not sub[1]:
            return found, False
    return found, True


def opening(pattern: str, flags: int = re.IGNORECASE) -> re.Pattern | None:
    """A pattern that fullmatches one character: every character that a match of `pattern`
    (compiled with `flags`) can open with, and perhaps more. None when a match may be empty
    or its opening cannot be told (then any character may open it)."""
    parsed = _parser.parse(pattern, flags | re.UNICODE)
    first = _first_items(parsed.data)
    if first is None or first[1] or not first[0]:
        return None
    state = _parser.State()
    state.flags = _WIDE
    branch = (sre.BRANCH, (None, [_parser.SubPattern(state, [item]) for item in first[0]]))
    return _compiler.compile(_parser.SubPattern(state, [branch]), _WIDE)


@dataclass(frozen=True)
class OrderedPatterns:
    """Patterns tried in order with fullmatch: first_match gives the index and match of the
    first one that matches, as one alternation of them all would, trying only those whose
    opening admits the text's first character (found once per character, then remembered)."""

    patterns: tuple[re.Pattern, ...]
    openings: tuple[re.Pattern | None, ...]
    # of a pattern that may open with almost any letter: the words it needs (helpers.literals)
    needs: tuple[Needs | None, ...] = ()
    _by_char: dict[str, tuple[int, ...]] = field(default_factory=dict, compare=False)

    @classmethod
    def of(cls, patterns: tuple[str, ...], flags: int = re.IGNORECASE) -> OrderedPatterns:
        from .literals import needs  # (helpers.literals reads patterns with this module's parser)

        openings = tuple(opening(p, flags) for p in patterns)
        wide = [o is None or sum(1 for c in _LETTERS if o.fullmatch(c)) > 20 for o in openings]
        return cls(tuple(re.compile(p, flags) for p in patterns), openings,
                   tuple(needs(p, flags) if w else None for p, w in zip(patterns, wide,
                                                                      strict=True)))

    def candidates(self, char: str) -> tuple[int, ...]:
        """The indexes of the patterns that a text opening with `char` may match."""
        found = self._by_char.get(char)
        if found is None:
            found = self._by_char[char] = tuple(
                k for k, o in enumerate(self.openings) if o is None or o.fullmatch(char))
        return found

    def first_match(self, text: str, stop: int | None = None) -> tuple[int, re.Match] | None:
        """The first pattern (below index `stop`, if given) that matches the whole text."""
        indexes = self.candidates(text[0]) if text else range(len(self.patterns))
        for k in indexes:
            if stop is not None and k >= stop:
                break
            need = self.needs[k] if self.needs else None
            if need is not None and not need.may_match(text):
                continue
            m = self.patterns[k].fullmatch(text)
            if m is not None:
                return k, m
        return None
