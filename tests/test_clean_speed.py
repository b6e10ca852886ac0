"""The faster forms of the cleaning and splitting rules find what the plain forms find: each
rewritten pattern is compared with the pattern it replaced (kept here, as it was written) on
the text of real pages and on generated text."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers import datelines, segment
from helpers.paths import seeds_dir
from helpers.reading import read_source

_TESTS = Path(__file__).parent
FOLDERS = {"seeds": seeds_dir(), "articles": _TESTS / "articles",
           "dev": _TESTS / "realpages" / "dev"}
SETTINGS = settings(max_examples=400, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow])

# the patterns as they were written before they were reordered for speed
PLAIN_CANDIDATE = re.compile(
    r"(?<![.!?…])[.!?…]++[\"'”’»)\]]*(?=\s+[\"'“‘«(\[]?[A-ZА-ЯЁ0-9])"
    r"|(?<=[^\W\d_]{3})[.!?]++[\"'”’»)\]]*+(?=[A-ZА-ЯЁ][a-zа-яё]|\d{2,}\s)")
PLAIN_YEAR = re.compile(r"(?<!\d)(?<!\bAct )(?<!\bLaw )(?<!\bCode )(?:19|20)\d\d(?!\d)")


@lru_cache(maxsize=4)
def _lines(name: str) -> tuple[str, ...]:
    return tuple(line for path in sorted(FOLDERS[name].glob("*.txt"))
                 for line in read_source(path).text.split("\n") if line.strip())


def _spans(pattern: re.Pattern, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


# characters that the patterns read: stops, closing and opening quotes, capitals and small
# letters of both scripts, digits, spaces, and a letter that is neither
_CHARS = ".!?…\"'”’»)]“‘«([ \t\nAaZzЯяЁё0129_-é"
_PIECES = ["Act ", "Law ", "Code ", "1999", "2016", "20", "19", " ", "U.S.", "Mr.", "abc.",
           "Lenta.Ru", "...", "?!", "”", " “", "Он", "2011 "]


def _text() -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(_PIECES) | st.text(_CHARS, max_size=4),
                    max_size=12).map("".join)


@pytest.mark.parametrize("name", FOLDERS)
def test_the_sentence_stops_are_the_same_on_real_pages(name):
    lines = _lines(name)
    found = sum(len(_spans(segment._CANDIDATE, line)) for line in lines)
    assert found > 10  # the pages do have stops to find
    for line in lines:
        assert _spans(segment._CANDIDATE, line) == _spans(PLAIN_CANDIDATE, line), line


@SETTINGS
@given(_text())
def test_the_sentence_stops_are_the_same_on_generated_text(text):
    assert _spans(segment._CANDIDATE, text) == _spans(PLAIN_CANDIDATE, text)


@pytest.mark.parametrize("name", FOLDERS)
def test_the_years_are_the_same_on_real_pages(name):
    lines = _lines(name)
    assert any(datelines._YEAR.findall(line) for line in lines)  # years to find
    for line in lines:
        assert datelines._YEAR.findall(line) == PLAIN_YEAR.findall(line), line


@SETTINGS
@given(_text())
def test_the_years_are_the_same_on_generated_text(text):
    assert datelines._YEAR.findall(text) == PLAIN_YEAR.findall(text)
