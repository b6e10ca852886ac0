"""The named speaker patterns as one set (helpers.attribution_patterns builds it): the patterns
in order of trust, the words each needs, and the word index by which helpers.attribution tells
from one look at a sentence's words which of them it can match."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from .clause_gates import Check
from .quick_patterns import word_bits
from .speaker_reference import TELLING
from .speaker_skips import speaker_only


@dataclass(frozen=True)
class SpeakerPatterns:
    """The reported-speech patterns by name, in order of trust, and the anaphora pattern."""

    ordered: tuple[tuple[str, re.Pattern], ...]
    needs: dict[str, frozenset[str]]  # pattern name -> words one of which it needs (lower case)
    triggers: frozenset[str]  # words one of which a sentence needs to be read for a speaker
    say: str
    anaphora: re.Pattern
    opener: re.Pattern
    not_saying: re.Pattern
    # for each alternative of not_saying, word sets of which it needs one word each (the
    # first set: the words it starts with)
    not_saying_needs: tuple[tuple[frozenset[str], ...], ...]
    document: re.Pattern
    body: re.Pattern
    person_role: re.Pattern
    any_role: re.Pattern  # a role noun that fits any office ("official"): it clashes with none
    # pattern name -> a second group of words (lower case) one of which it needs too
    second: dict[str, frozenset[str]] = field(default_factory=dict)
    # pattern name -> a pattern that every match of it holds, searched first (gate_bits)
    gates: dict[str, re.Pattern] = field(default_factory=dict)
    # the patterns by which a sentence names who tells its figure (an "according to" source
    # then only relays: helpers.attribution reads the sentence without it only where the
    # words one of them needs are: teller_bits)
    tellers: frozenset[str] = TELLING
    # the patterns each match of which holds two of the verb forms they need ("Ban says
    # member states estimate"): not tried on a sentence that holds them once (holds_twice)
    twice: frozenset[str] = frozenset({"says_others_say"})
    # pattern name -> what a sentence's clauses must hold for it to match (helpers.clause_gates:
    # the words it needs, in one clause or before the first; for says_others_say, in place of
    # holds_twice)
    clause_checks: dict[str, Check] = field(default_factory=dict)

    def __getitem__(self, name: str) -> re.Pattern:
        return self._by_name[name]

    @cached_property
    def _by_name(self) -> dict[str, re.Pattern]:
        return dict(self.ordered)

    @cached_property
    def word_index(self) -> dict[str, int]:
        """word -> bits (helpers.quick_patterns.word_bits) of the word groups that hold it: bit
        k for the needs of the k-th pattern of `ordered`, then one bit for `triggers`, then
        one for each distinct group of `not_saying_needs` (_groups), then one for each pattern
        with a second group (`second`)."""
        return word_bits([*(self.needs[name] for name, _ in self.ordered), self.triggers,
                          *self._groups, *self._second_groups])

    @property
    def trigger_bit(self) -> int:
        """The bit of word_index for `triggers`."""
        return 1 << len(self.ordered)

    @cached_property
    def _groups(self) -> tuple[frozenset[str], ...]:
        return tuple(dict.fromkeys(group for needs in self.not_saying_needs for group in needs))

    @cached_property
    def _alternative_bits(self) -> tuple[int, ...]:
        """For each alternative of not_saying, the bits of its word groups."""
        first = len(self.ordered) + 1
        return tuple(sum(1 << first + k for k, group in enumerate(self._groups) if group in needs)
                     for needs in self.not_saying_needs)

    @cached_property
    def _second_groups(self) -> tuple[frozenset[str], ...]:
        return tuple(self.second[name] for name, _ in self.ordered if name in self.second)

    @cached_property
    def _second_bits(self) -> tuple[tuple[int, int], ...]:
        """(bit of the pattern, bit of its second group in word_index) for each pattern with
        a second group."""
        first = len(self.ordered) + 1 + len(self._groups)
        at = [k for k, (name, _) in enumerate(self.ordered) if name in self.second]
        return tuple((1 << k, 1 << first + n) for n, k in enumerate(at))

    def lacking(self, bits: int) -> int:
        """The patterns (bit k: the k-th of `ordered`) that need a word of a second group
        that a sentence whose words have `bits` (word_index) holds none of."""
        key = bits & self._second_mask
        found = self._lacking_of.get(key)
        if found is None:  # each set of groups held once per set of patterns
            found = self._lacking_of[key] = sum(
                pattern for pattern, group in self._second_bits if not key & group)
        return found

    @cached_property
    def _second_mask(self) -> int:
        return sum(group for _, group in self._second_bits)

    @cached_property
    def _lacking_of(self) -> dict[int, int]:
        return {}

    def cut_starts(self, bits: int) -> frozenset[str]:
        """The words a match of not_saying can start with in a sentence whose words have
        `bits`: the first groups of the alternatives it holds a word of each group of (empty
        when none: then not_saying cannot match)."""
        key = bits & self._cut_mask  # the groups of not_saying_needs held
        starts = self._starts_of.get(key)
        if starts is None:  # each set of groups held once per set of patterns
            starts = self._starts_of[key] = frozenset().union(*(
                needs[0] for need, needs in zip(self._alternative_bits, self.not_saying_needs,
                                                strict=True) if key & need == need))
        return starts

    @cached_property
    def _cut_mask(self) -> int:
        mask = 0
        for need in self._alternative_bits:
            mask |= need
        return mask

    @cached_property
    def _starts_of(self) -> dict[int, frozenset[str]]:
        return {}

    @cached_property
    def speaker_only(self) -> frozenset[str]:
        """The patterns that give a speaker and nothing else (helpers.speaker_skips)."""
        return speaker_only(self.ordered, frozenset({"according_to", "relay_reports"}))

    @cached_property
    def speaker_only_bits(self) -> int:
        """speaker_only as bits (1 << k for the k-th pattern of `ordered`)."""
        return self._bits(self.speaker_only)

    @cached_property
    def twice_bits(self) -> int:
        """`twice` as bits (1 << k for the k-th pattern of `ordered`)."""
        return self._bits(self.twice)

    @cached_property
    def clause_bits(self) -> int:
        """The patterns of `clause_checks` as bits (1 << k for the k-th of `ordered`)."""
        return self._bits(frozenset(self.clause_checks))

    @cached_property
    def gate_bits(self) -> int:
        """The patterns with a gate (`gates`) as bits (1 << k for the k-th of `ordered`)."""
        return self._bits(frozenset(self.gates))

    @cached_property
    def teller_bits(self) -> int:
        """`tellers` as bits (1 << k for the k-th pattern of `ordered`)."""
        return self._bits(self.tellers)

    def _bits(self, names: frozenset[str]) -> int:
        return sum(1 << k for k, (name, _) in enumerate(self.ordered) if name in names)
