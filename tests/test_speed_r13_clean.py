"""The shortcuts of round 13 (issue 9) in cleaning change nothing. take_header skips the
date-line tests on a line that holds no digit (header_lines.may_date): each page cleans as it
does with the plain test (the line's length alone), on the seeds, the test articles, the dev
pages and generated pages, and each date test says no on generated lines without a digit.
textlines.mostly_latin first counts the letters A-Z (textlines.ascii_letters): they are
counted as one by one, and the page's answer is the plain count's
(tests/test_speed_r12_clean.py compares mostly_latin with the plain count too).
textlines.folded casefolds a squeezed line instead of splitting and joining a casefolded one.
captions.credit_after_caption turns away a line ending with a sentence stop before its pattern."""

from __future__ import annotations

import dataclasses
import random
import sys

import pytest
from conftest import TEXT_FOLDERS
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers import captions, header, lexicon, textlines
from helpers.bench import _AUTHORS, _DATES, _FOOTERS, _HEADERS
from helpers.cleaning import clean
from helpers.datelines import (
    DATE_LINE_MAX,
    credit_line,
    date_line,
    date_range_line,
    name_and_date,
    outlet_and_date,
)
from helpers.dates import find_dates
from helpers.header_lines import may_date
from helpers.reading import read_source
from helpers.textlines import SAMPLE_CHARS, ascii_letters, folded

SETTINGS = settings(max_examples=400, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow])


def _plain_may_date(core: str) -> bool:
    """The test as it stood before: only a line longer than DATE_LINE_MAX skipped the tests."""
    return len(core) <= DATE_LINE_MAX


def _texts(name: str) -> list[str]:
    return [read_source(path).text for path in sorted(TEXT_FOLDERS[name].glob("*.txt"))]


def _generated(n: int = 150) -> list[str]:
    """Pages in the benchmark's layouts (helpers.bench) from the paragraphs of real pages."""
    rng = random.Random(13)
    paragraphs = [p for name in TEXT_FOLDERS for t in _texts(name)
                  for p in t.split("\n\n") if p.strip()]
    pages = []
    for _ in range(n):
        fields = {"title": rng.choice(paragraphs).split("\n")[0][:120],
                  "date": rng.choice(_DATES), "author": rng.choice(_AUTHORS)}
        body = "\n\n".join(rng.sample(paragraphs, k=6))
        pages.append(rng.choice(_HEADERS).format(**fields) + body
                     + rng.choice(_FOOTERS).format(**fields))
    return pages


def _cleaned(texts: list[str]) -> list[dict]:
    with lexicon.pinned():
        return [dataclasses.asdict(clean(t)) for t in texts]


@pytest.mark.parametrize("name", [*TEXT_FOLDERS, "generated"])
def test_pages_clean_as_with_the_plain_test(name, monkeypatch):
    texts = _generated() if name == "generated" else _texts(name)
    fast = _cleaned(texts)
    monkeypatch.setattr(header, "may_date", _plain_may_date)
    plain = _cleaned(texts)
    assert any(a["date"] is not None for a in plain)  # the pages do have date lines
    for text, a, b in zip(texts, fast, plain, strict=True):
        assert a == b, text[:200]


@pytest.mark.parametrize("name", TEXT_FOLDERS)
def test_no_line_the_shortcut_skips_is_a_date_line_on_real_pages(name):
    lines = {line.strip() for t in _texts(name) for line in t.split("\n") if line.strip()}
    skipped = [line for line in lines if _plain_may_date(line) and not may_date(line)]
    assert skipped and any(may_date(line) and date_line(line) for line in lines)
    for line in skipped:
        _assert_no_date_test_holds(line)


def _assert_no_date_test_holds(line: str) -> None:
    assert find_dates(line) == [], line
    assert not date_range_line(line), line
    assert date_line(line) is None and date_line(line, []) is None, line
    assert name_and_date(line) is None, line
    assert outlet_and_date(line) is None, line
    assert credit_line(line) is None, line


# what a date line, a credit line or a byline is made of, digits of other scripts and CJK marks
# too; the digits are removed before the test, so that each line is one the shortcut skips
_PIECES = ["5 March 2019", "2019-03-05", "05/03/2019", "12.03.19", "3-14 juin 2019",
           "2019年3月5日", "۱۴ اسفند ۱۳۹۷", "١٩ مارس ٢٠٢٥", "ngày 5 tháng 3 năm 2019", "March",
           "Monday", "yesterday", "Published:", "Updated", " | ", " - ", ", ", "By Jane Roe",
           "Jane Roe", "Ahram Online", "10:22", "3 min read", "Publié le", "二〇一九年三月五日"]


@SETTINGS
@given(st.lists(st.sampled_from(_PIECES) | st.text(max_size=3), max_size=8).map("".join))
def test_no_generated_line_without_a_digit_is_a_date_line(text):
    line = "".join(ch for ch in text if not ch.isdecimal()).strip()
    if any(ch.isalpha() for ch in line) and len(line) <= DATE_LINE_MAX:  # (as take_header reads:
        # a line without a letter is taken as numbers or symbols before)
        assert not may_date(line)
        _assert_no_date_test_holds(line)


def test_a_line_with_a_digit_is_tested():
    assert may_date("5 March 2019") and may_date("١٩ مارس ٢٠٢٥")
    assert not may_date("March the fifth") and not may_date("2019 " * 30)
    assert date_line("5 March 2019") is not None  # (what the skipped tests would have read)


def test_the_generated_pages_hold_date_lines():
    pages = _generated(20)
    with lexicon.pinned():
        assert sum(clean(p).date is not None for p in pages) >= 10


def _ascii_letters_plain(text: str) -> int:
    return sum("a" <= ch <= "z" or "A" <= ch <= "Z" for ch in text)


def _mostly_latin_plain(text: str) -> bool:
    """Most letters Latin (A-Z, a-z, U+00C0-U+024F), counted one by one."""
    latin = sum(_ascii_letters_plain(ch) == 1 or "\u00c0" <= ch <= "\u024f" for ch in text)
    return text.isascii() or 2 * latin > sum(ch.isalpha() for ch in text)


@pytest.mark.parametrize("name", [*TEXT_FOLDERS, "generated"])
def test_the_letters_a_to_z_are_counted_as_one_by_one(name):
    texts = _generated() if name == "generated" else _texts(name)
    samples = [t[:SAMPLE_CHARS] for t in texts]
    assert any(not t.isascii() for t in samples)
    for text in samples:
        assert ascii_letters(text) == _ascii_letters_plain(text)
        assert textlines.mostly_latin(text) == _mostly_latin_plain(text)


@SETTINGS
@given(st.lists(st.sampled_from(["Война ", "der Krieg ", "战争", "حرب ", "é", "ß", "ﬁ", "K", "ſ",
                                 "İ", "1999 ", "  ", "_", "\x7f"]), max_size=40).map("".join)
       | st.text(max_size=60))
def test_the_letters_a_to_z_are_counted_as_one_by_one_on_generated_text(text):
    assert ascii_letters(text) == _ascii_letters_plain(text)
    assert textlines.mostly_latin(text) == _mostly_latin_plain(text)


def _folded_plain(text: str) -> str:
    return " ".join(text.casefold().split())


@pytest.mark.parametrize("name", [*TEXT_FOLDERS, "generated"])
def test_a_folded_line_is_the_plain_form_on_pages(name):
    texts = _generated() if name == "generated" else _texts(name)
    lines = [line for t in texts for line in t.split("\n")]
    assert any(folded(line) != line for line in lines)
    for line in lines:
        assert folded(line) == _folded_plain(line), line


def test_casefolding_keeps_every_white_space_and_makes_none():
    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        if ch.isspace():
            assert ch.casefold() == ch, hex(code)
        else:
            assert not any(c.isspace() for c in ch.casefold()), hex(code)


@SETTINGS
@given(st.lists(st.sampled_from(["Straße ", "ΣΑΣ ", "  ", "\t", "\u00a0", "\u2003", "İ", "ﬁ",
                                 " x", "\n", "Ǆ"]), max_size=20).map("".join) | st.text())
def test_a_folded_line_is_the_plain_form_on_generated_text(text):
    assert folded(text) == _folded_plain(text)


@pytest.mark.parametrize("name", [*TEXT_FOLDERS, "generated"])
def test_no_line_ending_with_a_stop_ends_with_a_caption_credit(name):
    texts = _generated() if name == "generated" else _texts(name)
    lines = [line.strip() for t in texts for line in t.split("\n") if line.strip()]
    assert any(line.endswith((".", "!", "?")) for line in lines)
    assert captions.credit_after_caption("Women wait at the gate. REUTERS/Jane Roe")
    for line in lines:
        if line.endswith((".", "!", "?")):
            assert captions._CAPTION_END.search(line, max(0, len(line) - captions.TAIL)) is None


@SETTINGS
@given(st.lists(st.sampled_from(["Women at the gate", ". ", "REUTERS/Jane Roe", "M.TAUSEEF / AFP",
                                 ".", "!", "?", " ", "\n", "—", "Photo by Jane Roe"]),
                max_size=10).map("".join))
def test_a_caption_credit_never_ends_with_a_stop_on_generated_text(text):
    # the function without its quick return reads every line: it gives the same answer
    assert captions.credit_after_caption(text) == captions._caption_end_credit(text)
    if text.endswith((".", "!", "?")):
        assert captions._CAPTION_END.search(text, max(0, len(text) - captions.TAIL)) is None
        assert not captions._caption_end_credit(text)


def test_the_plain_reader_finds_the_credits_the_generated_text_is_made_of():
    assert captions._caption_end_credit("Women at the gate. REUTERS/Jane Roe")
    assert captions._caption_end_credit("Women at the gate. M.TAUSEEF / AFP")
