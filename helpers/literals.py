"""The words that every match of a regular expression must hold: a pre-filter read from the
pattern itself, so that a pattern searched in every line (the caption phrases of
helpers/lexicon) is run only on lines that hold the words it needs.

needs(pattern) reads the pattern with Python's own parser (helpers.openings) and keeps, for
each top-level alternative, the literal runs and groups that a match cannot do without, in
lower case. may_match(text) says False only when the text lacks them all, ignoring case as the
pattern does: a text holding a character that matches a needed letter ignoring case without
lower-casing to it ('İ' for 'i', 'ſ' for 's') is always given to the pattern. A Scan finds the
first strings of several patterns' needs in a line at once (an Aho-Corasick automaton), so that
each pattern looks them up in a set.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain
from operator import itemgetter
from typing import Any, NamedTuple

import ahocorasick

from .openings import _parser, sre

Need = frozenset[str]  # one of these strings (in lower case) is in every match
_BEYOND = re.compile("[\U00010000-\U0010FFFF]")  # characters beyond _plane(): not told apart


def _best(needs: list[Need]) -> Need | None:
    """Of needs all required, the one whose shortest string is longest (one suffices)."""
    return max(needs, key=lambda n: min(map(len, n)), default=None)


@lru_cache(maxsize=1024)
def _plain_letter(ch: str) -> bool:
    """ch lower-cases to one character ('İ' gives two), and no ASCII character that matches it
    ignoring case lower-cases to another: dotless 'ı' and long 'ſ' match 'i' and 's', so a
    run holding one is cut there (else 'i' and 's' would be odd letters, and almost every
    line would be given to the pattern)."""
    if len(ch.lower()) != 1:
        return False
    if ch.isascii():
        return True
    same = re.compile(re.escape(ch), re.I)
    return not any(same.fullmatch(a) and a.lower() != ch.lower() for a in map(chr, range(128)))


def _sequence(items: Any) -> list[Need]:
    """The needs of a sequence of parsed items: each literal run, and each group, branch or
    repeat (at least once) whose needs can be told."""
    found: list[Need] = []
    run = ""
    for op, av in list(items) + [(None, None)]:
        if op is sre.LITERAL and _plain_letter(chr(av)):
            run += chr(av)
            continue
        if run:
            found.append(frozenset({run.lower()}))
            run = ""
        sub: Need | None = None
        if op is sre.SUBPATTERN:
            sub = _best(_sequence(av[3].data))
        elif op is sre.ATOMIC_GROUP:
            sub = _best(_sequence(av.data))
        elif op is sre.BRANCH:
            parts = [part for p in av[1] if (part := _best(_sequence(p.data))) is not None]
            sub = frozenset().union(*parts) if len(parts) == len(av[1]) else None
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] >= 1:
            sub = _best(_sequence(av[2].data))
        if sub is not None:
            found.append(sub)
    return found


@dataclass(frozen=True)
class Needs:
    """The needs of each top-level alternative of a pattern (all of one alternative's needs
    are in every match by it), and the characters that match a needed one ignoring case
    without lower-casing to it."""

    alternatives: tuple[tuple[Need, ...], ...]
    odd: re.Pattern | None
    # the strings of the first need of each alternative (in lower case), none holding another:
    # a text holding none of them holds no match
    first: tuple[str, ...]
    ascii_odd: bool = True  # an odd letter may be ASCII (else an ASCII text holds none)

    def may_match(self, text: str, low: str | None = None, seen: Seen | None = None) -> bool:
        """False only when no match of the pattern can be in text (low: text.lower(), when the
        caller has it already; seen: Scan.seen(text), of a Scan made with these needs)."""
        if seen is not None:  # the first strings are looked up in what the scan found
            low = seen.low
            if not seen.words.isdisjoint(self.first) and any(
                    all(any(s in low for s in need) for need in needs)
                    for needs in self.alternatives):
                return True
            if seen.plain:  # (no odd letter of any scanned needs, nor one beyond the plane)
                return False
        low = text.lower() if low is None else low
        for word in self.first:  # (substring tests: cheaper than a search for an alternation)
            if word in low:
                if any(all(any(s in low for s in need) for need in needs)
                       for needs in self.alternatives):
                    return True
                break
        if not self.ascii_odd and text.isascii():  # (no odd letter, nor one beyond the plane)
            return False
        if self.odd is not None and self.odd.search(text) is not None:
            return True  # (an odd letter may be ASCII: the long s makes "s" one)
        return not text.isascii() and _BEYOND.search(text) is not None


def _rarest_first(need: Need) -> tuple[int, int]:
    """A sort key putting first the needs likely to be the rarest in text: those whose every
    string holds a long word, then those whose shortest string is longest. A string's length
    alone would put 'in th' (a caption's 'in this photo', but also every 'in the') before
    'photo', and ' ' (any two words) before a year's '19'. The first need of an alternative is
    the one looked for before the others (Needs.first): any of them would give the same
    answers, the rarest tells most lines apart at once."""
    return (-min(max(map(len, s.split(" "))) for s in need), -min(map(len, need)))


@lru_cache(maxsize=1)
def _plane() -> str:
    """Every character of Unicode's first plane (surrogates aside)."""
    return "".join(chr(i) for i in range(0x10000) if not 0xD800 <= i < 0xE000)


def _odd(letters: set[str]) -> re.Pattern | None:
    """The characters that match one of letters ignoring case but do not lower-case to it."""
    each = {c: re.compile(re.escape(c), re.I) for c in letters}
    wide = re.compile("[" + "".join(map(re.escape, sorted(letters))) + "]", re.I)
    odd = sorted({x for x in wide.findall(_plane())
                  if any(x.lower() != c and m.fullmatch(x) for c, m in each.items())})
    return re.compile("[" + "".join(map(re.escape, odd)) + "]") if odd else None


def needs(pattern: str, flags: int = re.IGNORECASE) -> Needs | None:
    """The needs of pattern (compiled with flags, ignoring case), or None when a top-level
    alternative needs nothing that can be told (then every text may match)."""
    top = _parser.parse(pattern, flags | re.UNICODE).data
    one_branch = len(top) == 1 and top[0][0] is sre.BRANCH
    branches = [b.data for b in top[0][1][1]] if one_branch else [top]
    alternatives = [tuple(sorted(_sequence(branch), key=_rarest_first))
                    for branch in branches]
    if not all(alternatives):
        return None
    letters = {ch for found in alternatives for need in found for s in need for ch in s}
    first = {s for found in alternatives for s in found[0]}
    odd = _odd(letters)
    return Needs(tuple(alternatives), odd,
                 tuple(sorted(s for s in first if not any(o != s and o in s for o in first))),
                 odd is not None and any(map(odd.fullmatch, map(chr, range(128)))))


_SECOND = itemgetter(1)  # of the automaton's (end, value) hits: the string found
SHORT = 2  # strings this short occur in most lines (' ', '.'): the automaton does not list them


class Seen(NamedTuple):
    """What a Scan found in a line: its lower case, the scanned strings it holds, and whether
    it is plain: it holds no odd letter of the scanned needs nor a character beyond _plane()
    (then a need's strings are the whole story: see Needs.may_match). A named tuple: one is
    made for every line, quicker than a frozen dataclass."""

    low: str
    words: frozenset[str]
    plain: bool


@dataclass(frozen=True)
class Scan:
    """The first strings (Needs.first) of several patterns' needs, found in a line by one pass
    of an Aho-Corasick automaton instead of a substring test per string and pattern: what it
    finds (Seen) is handed to each Needs.may_match, which then looks them up in a set."""

    words: frozenset[str]
    short: tuple[str, ...]  # at most SHORT characters: each looked for with a substring test
    automaton: Any  # every longer string, each its own value (None when there is none)
    odd: re.Pattern | None  # the odd letters of all the needs (see _odd)
    ascii_odd: bool  # one of them is ASCII (else an ASCII line holds none)
    # the ASCII strings of short: the only ones an ASCII line may hold (its lower case is ASCII)
    short_ascii: tuple[str, ...]

    @classmethod
    def of(cls, found: tuple[Needs | None, ...], more: frozenset[str] = frozenset()) -> Scan:
        """The scan of the first strings of found's needs, and of the strings of `more` (in
        lower case: looked for in a line's lower case)."""
        words = frozenset(w for n in found if n is not None for w in n.first) | more
        long = sorted(w for w in words if len(w) > SHORT)
        automaton = None
        if long:
            automaton = ahocorasick.Automaton()
            for word in long:
                automaton.add_word(word, word)
            automaton.make_automaton()
        odd = _odd({ch for w in words for ch in w})
        short = tuple(sorted(w for w in words if len(w) <= SHORT))
        return cls(words, short, automaton, odd,
                   odd is not None and any(map(odd.fullmatch, map(chr, range(128)))),
                   tuple(w for w in short if w.isascii()))

    def seen(self, text: str) -> Seen:
        """What the scan finds in text (every string it holds, overlapping ones too)."""
        low = text.lower()
        ascii_text = text.isascii()
        hits = () if self.automaton is None else map(_SECOND, self.automaton.iter(low))
        found = frozenset(chain(filter(low.__contains__,
                                       self.short_ascii if ascii_text else self.short), hits))
        if ascii_text:  # (no character beyond the plane, nor an odd letter unless ASCII)
            plain = not self.ascii_odd or self.odd is None or self.odd.search(text) is None
        else:
            plain = ((self.odd is None or self.odd.search(text) is None)
                     and _BEYOND.search(text) is None)
        return Seen(low, found, plain)
