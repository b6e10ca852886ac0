"""The needs of helpers.literals are an exact pre-filter: a line they turn away holds no match
of the pattern, on the lines of real pages and on generated text."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import furniture, lexicon
from helpers.literals import needs
from helpers.paths import seeds_dir
from helpers.reading import read_source
from helpers.textlines import core_of

_TESTS = Path(__file__).parent
FOLDERS = {"seeds": seeds_dir(), "articles": _TESTS / "articles",
           "dev": _TESTS / "realpages" / "dev"}


@lru_cache(maxsize=4)
def _cores(name: str) -> tuple[str, ...]:
    return tuple(c for path in sorted(FOLDERS[name].glob("*.txt"))
                 for line in read_source(path).text.split("\n") if (c := core_of(line)))


@pytest.mark.parametrize("name", FOLDERS)
def test_the_caption_check_turns_away_only_lines_without_a_caption_phrase(name):
    rules = furniture.line_rules()
    assert rules.caption_needs is not None
    turned_away = 0
    for core in _cores(name):
        if not rules.caption_needs.may_match(core):
            turned_away += 1
            assert rules.captions.search(core) is None, core
    assert turned_away > len(_cores(name)) * 0.9  # most lines are turned away


def test_captions_found_on_the_dev_pages_pass_the_check():
    rules = furniture.line_rules()
    found = [c for c in _cores("dev") if rules.captions.search(c)]
    assert found and all(rules.caption_needs.may_match(c) for c in found)


_PIECES = ["this ", "file photo", " shows ", "In the ", "pictured ", "left", "(AP Photo)",
           "FILE - ", "pic.twitter.com/x", "PİCTURE", "ſhows", "İmage", "Reuters ", "image",
           "АП", " ", "\U0001d4c5", "K"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES) | st.text(max_size=3), min_size=1, max_size=8))
def test_the_caption_check_agrees_with_the_pattern_on_generated_lines(parts):
    text = "".join(parts)
    rules = furniture.line_rules()
    if rules.captions.search(text):
        assert rules.caption_needs.may_match(text), text


@given(st.text(max_size=12))
def test_needs_never_turn_away_a_match(text):
    for pattern in [r"\bfile (?:photo|image)s?\b", r"(?:ab)+c|x(?-i:YZ)", r"pic\.x/",
                    r"sİ", r"ſt", r"\d+ (?:k|m)m"]:
        found = needs(pattern)
        if re.search(pattern, text, re.I) and found is not None:
            assert found.may_match(text), (pattern, text)


def test_needs_are_read_from_the_pattern():
    found = needs("|".join(lexicon.terms("caption_phrases")))
    assert found is not None
    assert found.may_match("A file photo of the camp") and not found.may_match("He said so.")
    assert found.may_match("ſhows")  # odd letters go to the pattern: not taken for a miss
    assert needs(r"\w+|file") is None  # an alternative that needs no word


def test_a_dotless_i_or_long_s_cuts_the_run_instead_of_passing_every_line():
    # 'ı' and 'ſ' match 'i' and 's' ignoring case: kept in a run, every line with an 'i' would
    # be an odd line given to the pattern; cut there, only lines with the other words pass
    found = needs(r".{0,80}(?:all rights reserved|tüm hakları saklıdır)")
    assert found is not None and found.odd is not None
    assert not found.odd.search("this line is plain")
    assert not found.may_match("this line is plain, with an i")
    for text in ["Tüm hakları saklıdır.", "TÜM HAKLARI SAKLIDIR", "tüm haklari saklidir",
                 "All Rights Reserved"]:
        assert re.search(r"tüm hakları saklıdır|all rights reserved", text, re.I), text
        assert found.may_match(text), text


@given(st.lists(st.sampled_from(["tüm ", "hakla", "rı", "RI", "ri", "rİ", " sakl", "ı", "i",
                                 "I", "İ", "dır", "ſ", "s", "S", "alſo", "also", " "]),
                max_size=8).map("".join))
def test_needs_cut_at_dotless_i_never_turn_away_a_match(text):
    for pattern in [r"tüm hakları saklıdır", r"alſo ſee", r"x?ıı+", r"(?:ſs|ıi)"]:
        found = needs(pattern)
        if re.search(pattern, text, re.I) and found is not None:
            assert found.may_match(text), (pattern, text)


def _plain_may_match(found, text: str) -> bool:
    """Needs.may_match read in full: every alternative's needs looked for (no first check), and
    the odd letters and the far planes looked for in every text."""
    low = text.lower()
    if any(all(any(s in low for s in need) for need in needs)
                                       for needs in found.alternatives):
        return True
    if found.odd is not None and found.odd.search(text) is not None:
        return True
    return not text.isascii() and re.search("[\U00010000-\U0010FFFF]", text) is not None


def _line_needs() -> list:
    rules = furniture.line_rules()
    return [n for n in (*rules.whole.needs, rules.caption_needs) if n is not None]


@pytest.mark.parametrize("name", FOLDERS)
def test_an_ascii_line_skips_the_odd_letters_with_the_same_answer(name):
    found = _line_needs()
    assert found and not any(n.ascii_odd for n in found)  # no odd letter of these is ASCII
    for core in _cores(name):
        for n in found:
            assert n.may_match(core) == _plain_may_match(n, core), core


@given(st.lists(st.sampled_from(_PIECES) | st.text(max_size=3), min_size=1, max_size=8))
def test_an_ascii_line_skips_the_odd_letters_on_generated_lines(parts):
    text = "".join(parts)
    for n in _line_needs():
        assert n.may_match(text) == _plain_may_match(n, text), text


def test_an_odd_ascii_letter_is_still_looked_for():
    # a Needs whose odd letters hold an ASCII one ('s' for a long s kept in a run) must still
    # give an ASCII line holding it to the pattern
    found = needs("ab")
    assert found is not None and not found.ascii_odd
    wide = replace(found, odd=re.compile("[sſ]"), ascii_odd=True)
    assert wide.may_match("s") and not replace(wide, ascii_odd=False).may_match("s")


_NEED_PATTERNS = [r"\bpictured (?:above|left)|picture|(?:photo|image) by", r"in th(?:is|e) photo",
                  r"file|files? photo|ſhows", r"(?:ab)+c|abc d", r"tüm hakları|all rights"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["picture", "pictured ", "above", "photo", " by", "in th", "e ",
                                 "file", "ſ", "shows", "ab", "c", " d", "tüm hakla", "rı",
                                 "ALL RIGHTS", " ", "x"]), max_size=8).map("".join))
def test_the_first_words_check_says_what_the_full_check_says(text):
    # the first words of the alternatives (none holding another) are only a quicker way to
    # turn a text away: the answer is that of every alternative's needs read in full
    for pattern in _NEED_PATTERNS:
        found = needs(pattern)
        assert found is not None
        assert found.may_match(text) == _plain_may_match(found, text), (pattern, text)
    assert needs(_NEED_PATTERNS[0]).first == ("image", "photo", "picture")  # not 'pictured '
