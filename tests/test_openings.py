"""The openings of helpers.openings are exact pre-filters: OrderedPatterns finds the same row as
one alternation of all the patterns, on lines of real pages and on generated text, and a
pattern whose opening turns a character away never matches a text opening with it."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pytest
from conftest import _lexicon_key
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import furniture
from helpers.openings import OrderedPatterns, opening, pair_opening
from helpers.paths import seeds_dir
from helpers.reading import read_source
from helpers.textlines import core_of

_TESTS = Path(__file__).parent
FOLDERS = {"seeds": seeds_dir(), "articles": _TESTS / "articles",
           "dev": _TESTS / "realpages" / "dev"}


def _alternation(patterns: OrderedPatterns) -> re.Pattern:
    """The patterns as one alternation, group g<k> for pattern k (what furniture used before)."""
    return re.compile("|".join(f"(?P<g{k}>{p.pattern})" for k, p in
                               enumerate(patterns.patterns)), re.I)


def _row(alternation: re.Pattern, text: str) -> int | None:
    m = alternation.fullmatch(text)
    return None if m is None or m.lastgroup is None else int(m.lastgroup[1:])


def _mine(patterns: OrderedPatterns, text: str) -> int | None:
    found = patterns.first_match(text)
    return None if found is None else found[0]


@lru_cache(maxsize=4)
def _cores(name: str) -> tuple[str, ...]:
    return tuple(c for path in sorted(FOLDERS[name].glob("*.txt"))
                 for line in read_source(path).text.split("\n") if (c := core_of(line)))


@pytest.mark.parametrize("name", FOLDERS)
def test_the_whole_line_phrases_find_the_row_one_alternation_finds(name):
    whole = furniture.line_rules().whole
    alternation = _alternation(whole)
    cores = _cores(name)
    assert len(cores) > 50
    rows = [_row(alternation, c) for c in cores]
    assert rows == [_mine(whole, c) for c in cores]
    assert any(r is not None for r in rows)  # furniture is found, not only body text
    skipped = sum(len(whole.patterns) - len(whole.candidates(c[0])) for c in cores)
    assert skipped > len(cores) * len(whole.patterns) // 2  # most rows are skipped at once


_PIECES = ["Share", "share on ", "Facebook", "©", " 2017", "All rights reserved", "Logo", "Ütü",
           "Фото", "İ", "ſ", "K", "Home", " | ", ":", ".", " ", "Print", "Related", "x", "1",
           "Подписаться", "you are here", "www.example.com", "’s website", "(c)", "Read more"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES) | st.text(max_size=3), min_size=1, max_size=6))
def test_the_whole_line_phrases_agree_on_generated_lines(parts):
    text = "".join(parts)
    whole = furniture.line_rules().whole
    assert _mine(whole, text) == _row(_alternation(whole), text)


@given(st.text(min_size=1, max_size=8))
def test_an_opening_never_turns_away_a_match(text):
    for pattern in [r"(?:ab|\d)x?", r"\bſ\w*", r"K.*", r"(?-i:[A-Z])\w*", r"(?:a?b*)c",
                    r"(?=\w)\S+", r"[^a]+", r"x{0,3}(?:y|z)", r"(?>q+)r"]:
        compiled = re.compile(pattern, re.I)
        found = opening(pattern)
        if compiled.fullmatch(text):
            assert found is None or found.fullmatch(text[0]), (pattern, text)


_PAIR_PATTERNS = [r"(?:ab|\d)x?", r"\bſ\w*", r"K.*", r"(?-i:[A-Z])\w*", r"(?:a?b*)c", r"(?=\w)\S+",
                  r"[^a]+", r"x{0,3}(?:y|z)", r"(?>q+)r", r"(?:ab)+c", r"a{2,}", r"(?:a|)(?:b|)c",
                  r"\A(?:x)\s*[:.!]?", r"(?:a*)*b", r"(?:a?){3}b", r"share(?: on)?|tweet",
                  r"(?<![\w.-])(?:https?://)?[\w-]++(?:\.[\w-]++)++", r"(?:a|b|)*c",
                  r"(?:(?:x|)(?:y|))+z", r"(?:a?b?){2,}c"]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="abcxyzqrABKſ1 .:-_/\n", min_size=2, max_size=8))
def test_a_pair_opening_never_turns_away_a_match(text):
    for pattern in _PAIR_PATTERNS:
        compiled = re.compile(pattern, re.I)
        found = pair_opening(pattern)
        if compiled.match(text):  # (a match of one character leaves the next one free)
            assert found is None or found.fullmatch(text[:2]), (pattern, text)


def test_pair_openings_are_told_where_they_can_be():
    assert pair_opening("share|tweet").fullmatch("sH") and pair_opening("ab").fullmatch("AB")
    assert not pair_opening("share|tweet").fullmatch("st")
    assert pair_opening("x").fullmatch("x!")  # a match of one character: any second one
    repeated = pair_opening(r"(?:ab)+c")
    assert repeated.fullmatch("ab") and not repeated.fullmatch("ac")
    assert pair_opening(r"a{2,}").fullmatch("aa") and not pair_opening(r"a{2,}").fullmatch("ab")
    assert pair_opening("a?") is None  # may match nothing
    assert pair_opening(r"(a)\1") is None  # a back-reference: not told


@pytest.mark.parametrize("name", FOLDERS)
def test_pairs_skip_rows_that_the_first_character_lets_through(name):
    whole = furniture.line_rules().whole
    cores = [c for c in _cores(name) if len(c) > 1]
    assert sum(len(whole.candidates(c[0])) - len(whole.candidates(c[:2])) for c in cores) > (
        sum(len(whole.candidates(c[0])) for c in cores) // 3)


def test_openings_are_told_where_they_can_be():
    assert opening("share|tweet").fullmatch("S")  # ignoring case
    assert not opening("share|tweet").fullmatch("x")
    assert opening("s").fullmatch("ſ")  # the long s matches "s" ignoring case
    assert opening("a?") is None  # may match nothing
    assert opening(r"(a)?\1b") is None  # a back-reference may open it: not told
    assert opening(r"\bhome").fullmatch("H") and not opening(r"\bhome").fullmatch(" ")


@pytest.mark.parametrize("name", FOLDERS)
def test_rows_too_narrow_for_the_line_are_skipped_without_changing_a_rule(name):
    rules = furniture.line_rules()
    alternation = _alternation(rules.whole)
    for core in _cores(name):
        if len(core) < 200:
            before = furniture._row_rule(_row(alternation, core), rules.whole_rows, core)
            assert furniture._row_rule(furniture._whole_row(core, rules), rules.whole_rows,
                                       core) == before, core


def _plain_openers_and_starts() -> tuple[re.Pattern, re.Pattern]:
    """The opener rows as one alternation (group g<k> for row k) and every pattern read from a
    line's start as one alternation: what furniture used before the rows were ordered. Built
    once per version of the word lists (as line_rules() is), not again for each example."""
    return _plain_alternations(_lexicon_key())


@lru_cache(maxsize=2)
def _plain_alternations(_key: tuple) -> tuple[re.Pattern, re.Pattern]:
    rows = furniture._widest_first(furniture._rows("furniture_openers")
                                   + furniture._class_rows(furniture.class_lists(), "opens"))
    openers = re.compile("^(?:" + "|".join(f"(?P<g{k}>{r[0]})" for k, r in enumerate(rows))
                         + ")", re.I)
    rules = furniture.line_rules()
    starts = [furniture.SOURCE_URL, furniture.BYLINE, furniture.CITATION, openers,
              rules.advert, rules.rates_weather, rules.related, rules.related_inline,
              rules.taxonomy]
    return openers, re.compile("|".join(f"(?:{p.pattern})" for p in starts), re.I)


def _plain_opener_row(openers: re.Pattern, core: str) -> int | None:
    m = openers.match(core)
    return None if m is None or m.lastgroup is None else int(m.lastgroup[1:])


def _assert_openers_as_before(core: str, openers: re.Pattern, starts: re.Pattern) -> None:
    rules = furniture.line_rules()
    assert furniture._opener_row(core, rules) == _plain_opener_row(openers, core), core
    assert (rules.starts.first_match(core) is not None) == (starts.match(core) is not None), core


@pytest.mark.parametrize("name", FOLDERS)
def test_the_opener_rows_tried_in_order_are_those_one_alternation_finds(name):
    openers, starts = _plain_openers_and_starts()
    cores = _cores(name)
    assert any(starts.match(c) for c in cores)  # lines that open with furniture are there
    for core in cores:
        _assert_openers_as_before(core, openers, starts)


_OPENER_PIECES = ["Share", "Read more", "Related", ":", " ", "By ", "Jane Roe", "Source: ",
                  "Photo", "Tags", "we use cookies", "About the author", "İ", "ſ", "x", "1",
                  "Advertisement", "Читайте также", "https://example.com", "Lire aussi"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_OPENER_PIECES) | st.text(max_size=3), min_size=1, max_size=6))
def test_the_opener_rows_agree_on_generated_lines(parts):
    _assert_openers_as_before("".join(parts), *_plain_openers_and_starts())
