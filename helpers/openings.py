"""Which character a match of a regular expression can open with, and patterns tried in order
that skip, at once, those that cannot match a text opening with a given character.

A long list of phrase patterns (the whole-line furniture phrases of helpers/lexicon) joined into
one alternation is slow to try on a line: ignoring case, the engine enters every alternative in
turn. OrderedPatterns gives the same answer (the first pattern in list order that matches) but
tries only the patterns whose opening admits the line's first character, and then the pair of
its first two (pair_opening: 'Th' leaves out every phrase that opens 'Ta' or 'To'), and of a pair
that many patterns admit, its first four ('The ' leaves out 'This ...'), each found
once per character or pair and remembered with the patterns. The openings are read
from the patterns themselves (Python's own parser), so they follow every edit of a list; a
pattern whose opening cannot be told (or that may match nothing) is always tried.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .literals import Needs, Seen

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
    return _opening_of(_parser.parse(pattern, flags | re.UNICODE).data)


def _opening_of(items: Items) -> re.Pattern | None:
    first = _first_items(items)
    if first is None or first[1] or not first[0]:
        return None
    state = _parser.State()
    state.flags = _WIDE
    branch = (sre.BRANCH, (None, [_parser.SubPattern(state, [item]) for item in first[0]]))
    return _compiler.compile(_parser.SubPattern(state, [branch]), _WIDE)


_MANY = 4096  # more openings than this are not told (none so far comes near)
RUN = 4  # a text's opening characters read to choose the patterns it may match
CROWDED = 6  # of a pair that this many patterns admit, the run of RUN is read
Starts = list[tuple[Items, bool]]


def _dedupe(starts: Starts) -> Starts:
    return list({repr(s): s for s in starts}.values())


def _starts(items: Items, n: int = 2) -> Starts | None:
    """The sequences of one-character items (n long) that a match of `items` can open with;
    a shorter one is flagged True: the match may end after it. None when not told."""
    found: Starts = []
    open_: list[Items] = [[]]  # sequences that reached the end of the items read so far
    for op, av in items:
        if not open_:  # every sequence is two long already: the items after do not count
            break
        sub = _item_starts(op, av, n)
        if sub is None:
            return None
        grown: list[Items] = []
        for seq in open_:
            for more, ends in sub:
                if len(seq) + len(more) >= n:
                    found.append(((seq + more)[:n], False))
                elif ends:
                    grown.append(seq + more)
        open_ = [s for s, _ in _dedupe([(g, True) for g in grown])]
        if len(found) + len(open_) > _MANY:
            return None
    return _dedupe(found + [(s, True) for s in open_])


def _item_starts(op: Any, av: Any, n: int) -> Starts | None:
    """_starts of one parsed item."""
    if op in _ONE_CHAR:
        return [([(op, av)], True)]
    if op in _ZERO_WIDTH:  # a look-around or anchor: taking none of its limits is wider
        return [([], True)]
    if op is sre.SUBPATTERN:
        return _starts(av[3].data, n)
    if op is sre.ATOMIC_GROUP:
        return _starts(av.data, n)
    if op is sre.BRANCH:
        parts = [_starts(p.data, n) for p in av[1]]
        return None if any(p is None for p in parts) else [s for p in parts if p for s in p]
    if op in _REPEATS:
        body = _starts(av[2].data, n)
        return None if body is None else _repeat_starts(body, av[0], av[1], n)
    return None  # a back-reference or a conditional: not told


def _repeat_starts(body: Starts, least: int, most: int, n: int) -> Starts:
    """_starts of a body repeated least to most times."""
    found: Starts = [([], True)] if least == 0 else []
    frontier: list[Items] = [[]]
    done = 0
    while frontier and done < most:
        done += 1
        grown: Starts = []
        for seq in frontier:
            for more, ends in body:
                if len(seq) + len(more) >= n:
                    found.append(((seq + more)[:n], False))
                elif ends:
                    grown.append((seq + more, True))
        before, frontier = frontier, [s for s, _ in _dedupe(grown)]
        # a body that may match nothing keeps sequences as they were: once a round adds none,
        # no later round does (the next set depends only on this one)
        settled = {repr(s) for s in frontier} == {repr(s) for s in before}
        if settled:
            done = max(done, least)
        if done >= least:
            found.extend((s, True) for s in frontier)
        if settled:
            break
    return _dedupe(found)


def pair_opening(pattern: str, flags: int = re.IGNORECASE) -> re.Pattern | None:
    """A pattern that fullmatches two characters: every pair that a match of `pattern` longer
    than one character can open with, and perhaps more. None when a match may be empty or its
    opening cannot be told."""
    return _pair_of(_parser.parse(pattern, flags | re.UNICODE).data)


def _pair_of(items: Items, n: int = 2) -> re.Pattern | None:
    """A pattern that fullmatches n characters: every run of n that a match of `items` longer
    than n - 1 characters can open with, and perhaps more (see pair_opening)."""
    found = _starts(items, n)
    if found is None or any(not seq for seq, _ in found):
        return None
    state = _parser.State()
    state.flags = _WIDE
    anything = (sre.ANY, None)  # after a match that may end sooner: any character
    pairs = [seq + [anything] * (n - len(seq)) for seq, _ in found]
    branch = (sre.BRANCH, (None, [_parser.SubPattern(state, pair) for pair in pairs]))
    return _compiler.compile(_parser.SubPattern(state, [branch]), _WIDE)


@dataclass(frozen=True)
class OrderedPatterns:
    """Patterns tried in order with fullmatch: first_match gives the index and match of the
    first one that matches, as one alternation of them all would, trying only those whose
    opening admits the text's first character and the pair of its first two (found once per
    character or pair, then remembered)."""

    patterns: tuple[re.Pattern, ...]
    openings: tuple[re.Pattern | None, ...]
    # of a pattern that may open with almost any letter: the words it needs (helpers.literals)
    needs: tuple[Needs | None, ...] = ()
    pairs: tuple[re.Pattern | None, ...] = ()  # each pattern's pair_opening
    _by_start: dict[str, tuple[int, ...]] = field(default_factory=dict, compare=False)
    # pattern k -> the runs of RUN characters it may open with (found when first asked)
    _runs: dict[int, re.Pattern | None] = field(default_factory=dict, compare=False)
    # candidates(start) as a mask (bit k: pattern k), remembered like _by_start
    _masks: dict[str, int] = field(default_factory=dict, compare=False)
    # "": the mask of the patterns without needs; each first string of a need: the mask of
    # the patterns whose needs' first strings hold it (made when first asked: _gates)
    _gate: dict[str, int] = field(default_factory=dict, compare=False)
    # a lookahead that some patterns open with, right after their "\A(?:" (helpers.furniture:
    # "no verb of saying anywhere in the line", which scans the whole line), and each pattern
    # less it (None for one without it): the guard is matched once per line (guard_fails),
    # and a pattern that opens with it is tried, where it holds, without it (the same match)
    guard: re.Pattern | None = None
    unguarded: tuple[re.Pattern | None, ...] = ()

    @classmethod
    def of(cls, patterns: tuple[str, ...], flags: int = re.IGNORECASE,
           guard: str | None = None) -> OrderedPatterns:
        r"""The patterns, each a pattern of its own; `guard`: a lookahead "(?!...)" that those
        opening with "\A(?:" + guard share (see the field guard)."""
        from .literals import needs  # (helpers.literals reads patterns with this module's parser)

        parsed = [_parser.parse(p, flags | re.UNICODE).data for p in patterns]
        openings = tuple(_opening_of(items) for items in parsed)
        wide = [o is None or sum(1 for c in _LETTERS if o.fullmatch(c)) > 20 for o in openings]
        head = r"\A(?:" + (guard or "")
        unguarded = tuple(re.compile(r"\A(?:" + p[len(head):], flags)
                          if guard and p.startswith(head) else None for p in patterns)
        return cls(tuple(re.compile(p, flags) for p in patterns), openings,
                   tuple(needs(p, flags) if w else None for p, w in zip(patterns, wide,
                                                                      strict=True)),
                   tuple(_pair_of(items) for items in parsed),
                   guard=re.compile(guard, flags) if any(unguarded) and guard else None,
                   unguarded=unguarded if any(unguarded) else ())

    def __add__(self, other: OrderedPatterns) -> OrderedPatterns:
        """The patterns of self, then those of other (pattern k of other is len(self) + k)."""
        def filled(found: tuple, n: int) -> tuple:
            return found or (None,) * n

        n, m = len(self.patterns), len(other.patterns)
        guard = self.guard or other.guard
        if self.guard and other.guard and self.guard != other.guard:
            guard = None  # (two guards: each pattern is tried whole)
        return OrderedPatterns(self.patterns + other.patterns, self.openings + other.openings,
                               filled(self.needs, n) + filled(other.needs, m),
                               filled(self.pairs, n) + filled(other.pairs, m), guard=guard,
                               unguarded=(filled(self.unguarded, n) + filled(other.unguarded, m)
                                          if guard else ()))

    def _fullmatch(self, k: int, text: str, said: list[bool]) -> re.Match | None:
        r"""patterns[k].fullmatch(text); for a pattern that opens with the guard, the guard is
        matched once per text (said: [] until then, then [whether it fails]) and where it
        holds the pattern is tried without it: "\A(?:(?!X)P)" fullmatches where X does not
        match at the start and "\A(?:P)" fullmatches, with the same span and groups (the
        guard has none)."""
        free = self.unguarded[k] if self.unguarded else None
        if free is None:
            return self.patterns[k].fullmatch(text)
        if not said:
            said.append(self.guard is not None and self.guard.match(text) is None)
        return None if said[0] else free.fullmatch(text)

    def candidates(self, start: str) -> tuple[int, ...]:
        """The indexes of the patterns that a text opening with `start` (its first character,
        its first two, or its first RUN) may match. Of a pair that CROWDED patterns or more
        admit ('Th': 'the views expressed', 'this article is', ...), the run of RUN
        characters leaves out more ('The ' leaves every 'this ...')."""
        found = self._by_start.get(start)
        if found is None:
            if len(start) == 1:
                found = tuple(k for k, o in enumerate(self.openings)
                              if o is None or o.fullmatch(start))
            elif len(start) == 2:
                pairs = self.pairs or (None,) * len(self.patterns)
                found = tuple(k for k in self.candidates(start[0])
                              if (pair := pairs[k]) is None or pair.fullmatch(start))
            else:
                found = self.candidates(start[:2])
                if len(found) >= CROWDED:
                    found = tuple(k for k in found
                                  if (run := self._run(k)) is None or run.fullmatch(start))
            self._by_start[start] = found
        return found

    def _run(self, k: int) -> re.Pattern | None:
        """The runs of RUN characters that pattern k may open with (see _pair_of)."""
        if k not in self._runs:
            pattern = self.patterns[k]
            self._runs[k] = _pair_of(_parser.parse(pattern.pattern, pattern.flags).data, RUN)
        return self._runs[k]

    def first_match(self, text: str, stop: int | None = None,
                    seen: Seen | None = None) -> tuple[int, re.Match] | None:
        """The first pattern (below index `stop`, if given) that matches the whole text (seen:
        what a literals.Scan made with these patterns' needs finds in it, when the caller has
        it: each pattern's needs are then looked up in it)."""
        if seen is not None and seen.plain and text:
            return self._first_gated(text, stop, seen)
        indexes = (self.candidates(text[:RUN] if len(text) >= RUN else text[:2]) if text
                   else range(len(self.patterns)))
        low = None  # text.lower(), made for the first pattern that needs words, then shared
        said: list[bool] = []  # whether the guard fails on text, once known (_fullmatch)
        for k in indexes:
            if stop is not None and k >= stop:
                break
            need = self.needs[k] if self.needs else None
            if need is not None:
                if seen is not None:
                    if seen.plain and seen.words.isdisjoint(need.first):
                        continue  # (what may_match would say, without the call)
                    if not need.may_match(text, None, seen):
                        continue
                else:
                    low = text.lower() if low is None else low
                    if not need.may_match(text, low):
                        continue
            m = self._fullmatch(k, text, said)
            if m is not None:
                return k, m
        return None

    def _gates(self) -> dict[str, int]:
        """The masks of _gate: "" -> the patterns without needs, and each first string of a
        need -> the patterns whose needs' first strings (Needs.first) hold it."""
        if not self._gate:
            gate = {"": 0}
            for k in range(len(self.patterns)):
                need = self.needs[k] if self.needs else None
                if need is None:
                    gate[""] |= 1 << k
                    continue
                for word in need.first:
                    gate[word] = gate.get(word, 0) | 1 << k
            self._gate.update(gate)
        return self._gate

    def _first_gated(self, text: str, stop: int | None, seen: Seen) -> tuple[int, re.Match] | None:
        """first_match(text, stop, seen) of a plain line (seen.plain), as the loop over the
        candidates finds it, without stepping through those that cannot match: a pattern with
        needs is tried only if the line holds one of its needs' first strings (the test the loop
        makes one pattern at a time: on a plain line, a need none of whose first strings the
        scan found says no), and these are told for every pattern at once by a mask, the union
        of the masks of the strings the scan found. Its bits, in increasing order, are the
        candidates the loop would try, in its order (candidates lists them in increasing
        order, and the loop stops at `stop`)."""
        start = text[:RUN] if len(text) >= RUN else text[:2]
        allowed = self._masks.get(start)
        if allowed is None:
            allowed = self._masks[start] = sum(1 << k for k in self.candidates(start))
        gate = self._gates()
        able = gate[""]
        for word in seen.words:
            able |= gate.get(word, 0)
        allowed &= able
        if stop is not None:
            allowed &= (1 << stop) - 1
        said: list[bool] = []  # whether the guard fails on text, once known (_fullmatch)
        while allowed:
            low = allowed & -allowed
            allowed ^= low
            k = low.bit_length() - 1
            need = self.needs[k] if self.needs else None
            if need is not None and not need.may_match(text, None, seen):
                continue
            m = self._fullmatch(k, text, said)
            if m is not None:
                return k, m
        return None
