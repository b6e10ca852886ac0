"""The shortcuts of round 12 in cleaning (issue 9, point 7) change nothing: each gives what the
plain form it stands for gives, on every line of the seeds, the tests' articles and the dev
pages, and on generated text."""

from __future__ import annotations

from functools import lru_cache
from itertools import chain

import pytest
from conftest import TEXT_FOLDERS
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from helpers import lexicon
from helpers.author_outlets import agency_names, newsroom_name
from helpers.furniture import line_rules
from helpers.literals import _BEYOND, _SECOND, Seen
from helpers.reading import read_source
from helpers.textlines import SPLIT_FROM, ascii_word_count, core_of, count_words, words

SETTINGS = settings(max_examples=500, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow])
LIMITS = (1, 4, SPLIT_FROM - 1, SPLIT_FROM, 25, 60, 80)
# ASCII letters, digits, the joiners, punctuation, white space of str and of bytes, control
# characters; and some that are not ASCII
_ASCII = "aZ09-'_. ,;:!?\"()[]/\\|@#&*\t\n\x0b\x0c\r\x1c\x1f\x00\x01\x7f~`^x"
_TEXT = (st.text(_ASCII, max_size=80) | st.text(max_size=30)
         | st.lists(st.sampled_from(["don't", "well-known", "U.S.", "--", "a-'b", " - ", "x_y",
                                     "2019", "’", "©", "中文", "İ", "K", "Photo: AFP", "said ",
                                     "kazakh", " for ", "x"]) | st.text(_ASCII, max_size=3),
                    max_size=14).map("".join))


@lru_cache(maxsize=4)
def _lines(name: str) -> tuple[str, ...]:
    """Every line of the folder's pages, as read, and its core."""
    return tuple(chain.from_iterable(
        (line, core_of(line)) for path in sorted(TEXT_FOLDERS[name].glob("*.txt"))
        for line in read_source(path).text.split("\n")))


def _plain_count(text: str, limit: int) -> int:
    return min(len(words(text)), limit + 1)


def _plain_seen(text: str) -> Seen:
    """Scan.seen as it was: every short string looked for, whatever the line's characters."""
    scan = line_rules().scan
    low = text.lower()
    hits = () if scan.automaton is None else map(_SECOND, scan.automaton.iter(low))
    found = frozenset(chain(filter(low.__contains__, scan.short), hits))
    plain = ((scan.odd is None or scan.odd.search(text) is None)
             and (text.isascii() or _BEYOND.search(text) is None))
    return Seen(low, found, plain)


# --- count_words: an ASCII text's words counted by splitting it ---------------------------------

@pytest.mark.parametrize("name", TEXT_FOLDERS)
def test_words_counted_by_splitting_are_the_listed_words_on_real_pages(name):
    lines = _lines(name)
    assert sum(map(str.isascii, lines)) > len(lines) // 4  # the split is tried on many
    for line in lines:
        if line.isascii():
            assert ascii_word_count(line) == len(words(line)), line
        for limit in LIMITS:
            assert count_words(line, limit) == _plain_count(line, limit), (line, limit)


@SETTINGS
@given(_TEXT)
@example("a--b a-'b x_y 'a' a\x01b a\x1cb don't-stop - __ U.S. \x7fa")
def test_words_counted_by_splitting_are_the_listed_words_on_generated_text(text):
    if text.isascii():
        assert ascii_word_count(text) == len(words(text))
    for limit in LIMITS:
        assert count_words(text, limit) == _plain_count(text, limit)


def test_the_split_count_reads_joiners_and_control_characters_as_the_pattern_does():
    assert ascii_word_count("well-known don't-stop") == 2
    assert ascii_word_count("a--b -a- a-'b") == 5  # a joiner joins only letters or digits
    assert ascii_word_count("x_y a\x01b \x7f") == 4  # '_' and control characters end words
    assert count_words("one two three " * 10, 20) == 21 and count_words("", 30) == 0


# --- Scan.seen: an ASCII line is searched only for the ASCII short strings ---------------------

def test_the_scan_has_short_strings_an_ascii_line_cannot_hold():
    scan = line_rules().scan
    assert set(scan.short_ascii) < set(scan.short)  # ('©', '中文': no ASCII line holds them)
    assert all(s.isascii() for s in scan.short_ascii)


@pytest.mark.parametrize("name", TEXT_FOLDERS)
def test_the_scan_finds_what_it_found_before_on_real_pages(name):
    scan = line_rules().scan
    for line in _lines(name):
        assert scan.seen(line) == _plain_seen(line), line


@SETTINGS
@given(_TEXT)
def test_the_scan_finds_what_it_found_before_on_generated_text(text):
    assert line_rules().scan.seen(text) == _plain_seen(text)


# --- the news agencies' names, casefolded once per version of the list --------------------------

def test_agency_names_are_the_list_casefolded():
    with lexicon.pinned():
        assert agency_names() == frozenset(a.casefold() for a in lexicon.terms("news_agencies"))
    assert newsroom_name("efe") and newsroom_name("EFE") and not newsroom_name("Jane Roe")


def test_an_agency_added_to_the_list_counts_at_once(tmp_path, monkeypatch):
    folder = tmp_path / "lexicon"
    folder.mkdir()
    for path in lexicon.FOLDER.glob("*.csv"):
        (folder / path.name).write_bytes(path.read_bytes())
    monkeypatch.setattr(lexicon, "FOLDER", folder)
    assert not newsroom_name("Zorblax Wire Service")
    agencies = folder / "news_agencies.csv"
    text = agencies.read_text(encoding="utf-8")
    agencies.write_text(text + "Zorblax Wire Service,a test entry\n", encoding="utf-8")
    assert newsroom_name("zorblax wire service")
