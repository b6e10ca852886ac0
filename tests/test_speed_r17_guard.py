"""Round 17: the rows of the notice and world lists open with one guard, "no verb of saying
anywhere in the line" (helpers.furniture_shapes.said_guard), which scans the whole line. The
pattern sets match it once per line and try those rows without it where it holds
(OrderedPatterns._fullmatch). first_match must find what the plain loop finds trying each
whole pattern (guard included), on the seeds, the test articles, the dev pages and generated
lines, with and without the scan's findings."""

from __future__ import annotations

import dataclasses
from functools import lru_cache

import pytest
from conftest import TEXT_FOLDERS
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers import furniture, lexicon
from helpers.furniture_shapes import said_guard
from helpers.openings import RUN, OrderedPatterns
from helpers.reading import read_source
from helpers.textlines import core_of

SETTINGS = settings(max_examples=300, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow])


def _sets() -> dict[str, OrderedPatterns]:
    rules = furniture.line_rules()
    return {"whole": rules.whole, "starts": rules.starts, "openers": rules.openers}


def _plain(found: OrderedPatterns, text: str) -> int | None:
    """The first pattern that fullmatches text, each tried whole (the guard in it)."""
    for k in found.candidates(text[:RUN] if len(text) >= RUN else text[:2]):
        need = found.needs[k] if found.needs else None
        if need is not None and not need.may_match(text):
            continue
        if found.patterns[k].fullmatch(text):
            return k
    return None


def _same(text: str) -> None:
    rules = furniture.line_rules()
    seen = rules.scan.seen(text)
    for label, found in _sets().items():
        plain = _plain(found, text)
        for scan in (seen, None):
            mine = found.first_match(text, None, scan)
            assert (mine and mine[0]) == plain, (label, text)


@lru_cache(maxsize=4)
def _cores(name: str) -> tuple[str, ...]:
    return tuple(core for path in sorted(TEXT_FOLDERS[name].glob("*.txt"))
                 for line in read_source(path).text.split("\n") if (core := core_of(line)))


def test_the_guarded_rows_are_tried_without_their_guard():
    for found in _sets().values():
        assert found.guard is not None and found.guard.pattern == said_guard()
        assert sum(u is not None for u in found.unguarded) > 20
        for pattern, free in zip(found.patterns, found.unguarded, strict=True):
            if free is not None:  # the same pattern, less its guard
                assert pattern.pattern.replace(said_guard(), "", 1) == free.pattern


@pytest.mark.parametrize("name", TEXT_FOLDERS)
def test_first_match_with_the_guard_once_finds_what_each_whole_pattern_finds(name):
    with lexicon.pinned():
        for core in _cores(name):
            _same(core)
            _same(core + ", he said")  # the guard fails


_NOTICES = ["All rights reserved", "Сайт использует файлы cookie", "заявил", "он",
            "This article first appeared on", "We use cookies",
            "The views expressed are those of the author", "said", "says", "told", "sagte",
            "reproduction", "prohibited", "without", "permission", "copyright", "©", "2024",
            "the", "site", "uses", "cookies", "police", "Saidu", "résumé", "unsaid", ",", "."]


@SETTINGS
@given(st.lists(st.sampled_from(_NOTICES), min_size=1, max_size=10))
def test_first_match_on_generated_lines(words):
    text = " ".join(words)
    for variant in (text, text.capitalize(), text.upper(), text + "\nsaid"):
        _same(variant)


def test_a_wrong_unguarded_pattern_is_caught():
    """The check fails when a row is tried without its guard where the guard fails: with the
    guard made to hold on every line, a notice that holds "заявил" (said) is furniture for
    first_match but not for the plain loop."""
    found = furniture.line_rules().openers
    text = "Сайт использует файлы cookie, заявил он"
    broken = dataclasses.replace(found, guard=None)  # (no guard: every line passes)
    assert _plain(found, text) is None
    assert broken.first_match(text) is not None
