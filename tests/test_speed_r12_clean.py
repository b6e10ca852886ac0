"""The shortcuts of round 12 in cleaning (issue 9, point 7) change nothing: each gives what the
plain form it stands for gives, on every line of the seeds, the tests' articles and the dev
pages, and on generated text."""

from __future__ import annotations

from functools import lru_cache
from itertools import chain

import pytest
from conftest import TEXT_FOLDERS
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers import lexicon
from helpers.author_outlets import agency_names, newsroom_name
from helpers.furniture import line_rules
from helpers.literals import _BEYOND, _SECOND, Seen
from helpers.reading import read_source
from helpers.textlines import SAMPLE_CHARS, core_of, latin_letters
from helpers.textlines import mostly_latin as _mostly_latin

SETTINGS = settings(max_examples=500, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow])
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


def _plain_seen(text: str) -> Seen:
    """Scan.seen as it was: every short string looked for, whatever the line's characters."""
    scan = line_rules().scan
    low = text.lower()
    hits = () if scan.automaton is None else map(_SECOND, scan.automaton.iter(low))
    found = frozenset(chain(filter(low.__contains__, scan.short), hits))
    plain = ((scan.odd is None or scan.odd.search(text) is None)
             and (text.isascii() or _BEYOND.search(text) is None))
    return Seen(low, found, plain)


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


def _mostly_latin_plain(text: str) -> bool:
    """The plain form (as in round 11): ASCII text, or more than half of the letters Latin."""
    if text.isascii():
        return True
    letters = sum(ch.isalpha() for ch in text)
    return 2 * latin_letters(text) > letters


@pytest.mark.parametrize("name", sorted(TEXT_FOLDERS))
def test_mostly_latin_is_the_plain_count_on_every_page(name):
    samples = [read_source(path).text[:SAMPLE_CHARS]
               for path in sorted(TEXT_FOLDERS[name].glob("*.txt"))]
    assert samples
    assert [_mostly_latin(t) for t in samples] == [_mostly_latin_plain(t) for t in samples]


@SETTINGS
@given(st.lists(st.sampled_from(["Война ", "der Krieg ", "  ", "...", "战争", "حرب ", "’", "¹²",
                                 "ǅ", "1999 ", "é", "_", "\u0301", "ⅷ", "Ⅻ", "ﬁ", "ß"]),
                max_size=40).map("".join) | st.text(max_size=60))
def test_mostly_latin_is_the_plain_count_on_generated_text(text):
    assert _mostly_latin(text) == _mostly_latin_plain(text)
