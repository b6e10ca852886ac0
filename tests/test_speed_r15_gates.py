"""Round 15: OrderedPatterns.first_match on a plain line (its scan's findings given) tries only
the candidates whose needs' first strings the line holds, told for all patterns at once by a
mask (OrderedPatterns._first_gated). It must find the same first match as the loop that tries
the candidates one by one without the scan's findings, for every bound `stop` the cleaning
passes (helpers.furniture._whole_row), on real pages and on generated lines."""

from __future__ import annotations

import re
from functools import lru_cache

import pytest
from conftest import TEXT_FOLDERS
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers import furniture, lexicon
from helpers.openings import RUN, OrderedPatterns
from helpers.reading import read_source
from helpers.textlines import core_of, fewest_words

SETTINGS = settings(max_examples=300, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow])


def _sets() -> dict[str, OrderedPatterns]:
    rules = furniture.line_rules()
    return {"whole": rules.whole, "starts": rules.starts, "openers": rules.openers}


def _loop(found: OrderedPatterns, text: str, stop: int | None) -> int | None:
    """The first pattern below stop that fullmatches text, trying the candidates one by one
    with each need's own test (no scan): the plain form of first_match."""
    for k in found.candidates(text[:RUN] if len(text) >= RUN else text[:2]):
        if stop is not None and k >= stop:
            break
        need = found.needs[k] if found.needs else None
        if need is not None and not need.may_match(text):
            continue
        if found.patterns[k].fullmatch(text):
            return k
    return None


def _same(text: str) -> bool:
    """Each pattern set finds the same first match given the scan as the plain loop, with no
    bound and with the bounds the whole-line rows use; True when the gated path was taken."""
    rules = furniture.line_rules()
    seen = rules.scan.seen(text)
    stops = rules.whole_stops
    for label, found in _sets().items():
        bounds = [None, 0, 1, len(found.patterns) // 2]
        if label == "whole":
            bounds.append(stops[min(fewest_words(text), len(stops) - 1)])
        for stop in bounds:
            mine = found.first_match(text, stop, seen)
            assert (mine and mine[0]) == _loop(found, text, stop), (label, stop, text)
    return seen.plain


@lru_cache(maxsize=4)
def _cores(name: str) -> tuple[str, ...]:
    return tuple(core for path in sorted(TEXT_FOLDERS[name].glob("*.txt"))
                 for line in read_source(path).text.split("\n") if (core := core_of(line)))


@pytest.mark.parametrize("name", TEXT_FOLDERS)
def test_gated_first_match_finds_what_the_plain_loop_finds_on_real_pages(name):
    with lexicon.pinned():
        gated = sum(_same(core) for core in _cores(name))
    assert gated > len(_cores(name)) // 2  # most lines are plain: the gate is what is tested


@lru_cache(maxsize=1)
def _phrases() -> tuple[str, ...]:
    """Lines that match a pattern of each set: the first words of the furniture rows, as the
    generated lines' openings (so that the gate is asked about lines that do match)."""
    names = ("furniture_lines", "furniture_openers", *furniture.class_lists())
    heads = (re.split(r"[(|?\[\\.*+{]", pattern)[0].strip()
             for name in names for pattern in lexicon.table(name)["pattern"])
    return tuple(sorted({head for head in heads if head}))


_WORDS = st.sampled_from(["share", "this", "article", "follow", "us", "on", "read", "more",
                          "by", "source", "photo", "©", "19", "2019", ":", "|", "cookie",
                          "related", "news", "tags", "Advertisement", "İ", "ſ", "x", "@"])


@SETTINGS
@given(st.lists(_WORDS, min_size=1, max_size=12), st.integers(min_value=0, max_value=50))
def test_gated_first_match_finds_what_the_plain_loop_finds_on_generated_lines(words, pick):
    phrases = _phrases()
    for text in (" ".join(words), f"{phrases[pick % len(phrases)]} {' '.join(words)}",
                 phrases[pick % len(phrases)].capitalize()):
        _same(text)


def test_a_wrong_gate_is_caught():
    """The check above fails when the gate leaves out a pattern that matches: a line of a whole
    furniture row, with the gate's mask emptied, is found by the loop and not by the gate."""
    found = furniture.line_rules().whole
    text = next(t for t in ("Share this article", "Follow us on Twitter", "Advertisement")
                if _loop(found, t, None) is not None)
    seen = furniture.line_rules().scan.seen(text)
    broken = OrderedPatterns(found.patterns, found.openings, found.needs, found.pairs)
    broken._gates()
    broken._gate.update(dict.fromkeys(broken._gate, 0))
    if seen.plain:
        assert broken.first_match(text, None, seen) is None


def test_the_generated_lines_open_with_furniture_phrases():
    assert len(_phrases()) > 100
    with lexicon.pinned():
        whole = furniture.line_rules().whole
        assert sum(_loop(whole, p, None) is not None for p in _phrases()) > 50
