"""The faster forms of the cleaning and splitting rules find what the plain forms find: each
rewritten pattern is compared with the pattern it replaced (kept here, as it was written) on
the text of real pages and on generated text."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from pathlib import Path

import pytest
from conftest import TEXT_FOLDERS
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers import (
    cleaning,
    date_regex,
    datelines,
    dates,
    furniture,
    lexicon,
    menu_rows,
    menus,
    outlets,
    scripts,
    segment,
    textlines,
)
from helpers.reading import read_source

_TESTS = Path(__file__).parent
FOLDERS = TEXT_FOLDERS
SETTINGS = settings(max_examples=400, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow])

# the patterns as they were written before they were reordered for speed
# (round 9: the opening quote may be "„" or "‹" and have a space after it, the capital may be
# Ukrainian "І", "Є", "Ї", "Ґ" or Belarusian "Ў", and a glued sentence may open with any capital
# and small letter of the Latin, Greek and Cyrillic scripts: the rule the plain form states too)
# (round 20: after a space, any capital of the Latin, Greek and Cyrillic scripts opens a
# sentence too, "lidí. ČTK", "morts. État")
PLAIN_CANDIDATE = re.compile(
    rf"(?<![.!?…])[.!?…]++[\"'”’»)\]]*(?=\s+(?:[\"'“‘«„‹(\[]\s?)?[{segment._UPPER}0-9])"
    rf"|(?<=[^\W\d_]{{3}})[.!?]++[\"'”’»)\]]*+(?=[{segment._UPPER}][{segment._LOWER}]|\d{{2,}}\s)"
    # (round 10: a stop before a letter of a script without capitals, and the sentence ends of
    # other scripts, "।", "۔", "。", before any further text)
    # (round 20: also before a Georgian letter or an Armenian capital)
    rf"|(?<![.!?…])[.!?…]++[\"'”’»)\]]*+(?=\s+[{scripts.CASELESS}{scripts.CASE_OPENERS}])"
    # (round 20: an Armenian ":" typed for "։", between Armenian words)
    rf"|(?<=[{scripts.ARMENIAN_LETTERS}]):(?=\s+[«\"(]?[{scripts.ARMENIAN_LETTERS}])"
    # (round 19: a full stop glued between three letters and two of Hebrew, Arabic or Hangul,
    # "شديد.وجرى")
    rf"|(?<=[{scripts.GLUED_STOP_LETTERS}]{{3}})\.(?=[{scripts.GLUED_STOP_LETTERS}]{{2}})"
    rf"|[{scripts.SENTENCE_ENDS}]++[\"'”’»)\]」』]*+(?=\s*+[^\s\"'”’»)\]」』])")
PLAIN_YEAR = re.compile(r"(?<!\d)(?<!\bAct )(?<!\bLaw )(?<!\bCode )(?:19|20)\d\d(?!\d)")
PLAIN_YEAR_ONLY = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


@lru_cache(maxsize=4)
def _lines(name: str) -> tuple[str, ...]:
    return tuple(line for path in sorted(FOLDERS[name].glob("*.txt"))
                 for line in read_source(path).text.split("\n") if line.strip())


def _spans(pattern: re.Pattern, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


# characters that the patterns read: stops, closing and opening quotes, capitals and small
# letters of both scripts, digits, spaces, and a letter that is neither
# (round 19: letters of caseless scripts, those that glue a full stop between words and Thai
# and Devanagari that do not)
_CHARS = ".!?…\"'”’»)]“‘«„‹([ \t\nAaZzЯяЁё0129_-éÉŠšІЄ가나وبאבพลकर"
_PIECES = ["Act ", "Law ", "Code ", "1999", "2016", "20", "19", " ", "U.S.", "Mr.", "abc.",
           "Lenta.Ru", "...", "?!", "”", " “", "Он", "2011 ", "밝혔다.", "قتلوا.", "พล.อ.",
           "आर.के."]


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


@lru_cache(maxsize=1)
def _plain_date_patterns() -> tuple[re.Pattern, ...]:
    """The date patterns with the month and weekday names in one plain alternation each."""
    return dates._build(date_regex._alternation)


def _plain_find_dates(text: str) -> list[dates.DateMatch]:
    """helpers.dates.find_dates as it was: every pattern tried in every window, the names in
    one plain alternation (with its reading of other scripts' digits on a short line)."""
    found: list[dates.DateMatch] = []
    printed = text
    if len(text) <= dates.DIGITS_LINE:
        text = dates.ascii_digits(text)
    for pattern in _plain_date_patterns():
        for lo, hi in dates._windows(text):
            for m in pattern.finditer(text, lo, hi):
                start, end = m.span()
                if any(start < f.end and f.start < end for f in found):
                    continue
                date = dates._to_date(m)
                if date is not None:
                    found.append(dates.DateMatch(date, printed[start:end].strip(" ,"), start,
                                                 end))
    return sorted(found, key=lambda d: d.start)


_DATE_PIECES = ["25 November 2013", "Nov. 5, 2015", "November 25 2013", "5th of May, 2016",
                "Tue, 06 Mar 2018", "25-Nov-2013", "14 февраля 2019 г.", "2018 жылғы 6 наурыз",
                "2013-11-25", "25.11.2013", "03/06/2018", "Wednesday ,15 May 2019", "ſept",
                "5. März 2019", "5 de marzo de 2019", "terça-feira, 5 de março de 2019", "de",
                "November 5. 2013", "5.", "5 Kasım 2016", "5 KASIM 2016", "ı", "İ", "Ş",
                "Sept", "2016", " ", ", ", "-", "1", "31", "st", "th", "May", "in", "\n", "."]


def _dates_text() -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(_DATE_PIECES) | st.text(_CHARS, max_size=3),
                    max_size=10).map("".join)


@pytest.mark.parametrize("name", FOLDERS)
def test_the_dates_are_the_same_on_real_pages(name):
    lines = _lines(name)
    assert any(dates.find_dates(line) for line in lines)  # the pages print dates
    for line in lines:
        assert dates.find_dates(line) == _plain_find_dates(line), line


@SETTINGS
@given(_dates_text())
def test_the_dates_are_the_same_on_generated_text(text):
    assert dates.find_dates(text) == _plain_find_dates(text)
    assert _spans(dates._YEAR_ONLY, text) == _spans(PLAIN_YEAR_ONLY, text)


@SETTINGS
@given(_dates_text())
def test_every_date_holds_what_its_pattern_needs(text):
    for pattern, need in zip(dates._patterns(), dates._needs(), strict=True):
        for m in pattern.finditer(text):
            assert need is None or need.search(m.group(0)), (pattern.pattern[:40], m.group(0))


def test_the_needs_turn_windows_away():
    needs = dates._needs()
    assert all(need is not None for need in needs[:2])  # every month name is a word of letters
    assert not any(need.search("in 2016 the 57 returnees") for need in needs[:2])
    assert needs[0].search("25 November 2013") and needs[1].search("Nov. 5, 2015")


_WORD_CHARS = "abcAZ019_-'’ .,\u00e7\u0259\u015f\u0131\u0416\u0436\u00a0\t"


@SETTINGS
@given(st.text(_WORD_CHARS, max_size=12))
def test_the_first_word_is_the_first_of_the_words(text):
    # so a line whose first word differs from the title's has other words (glued_to_title)
    assert textlines.first_word(text) == (textlines.words(text)[:1] or [""])[0]


def _plain_other_latin_language(core: str) -> bool:
    """helpers.menus.other_latin_language as it was: the words listed first."""
    if core.isascii():
        return False
    found = textlines.words(core)
    if len(found) < menus.OTHER_LANGUAGE_MIN_WORDS or (textlines.ends_sentence(core)
                                                        and len(found) >= 6):
        return False
    english = lexicon.term_set("english_common_words")
    if any(w.casefold() in english for w in found):
        return False
    foreign = sum(1 for w in found if w[0].islower() and not w.isascii() and all(
        ch.isascii() or "\u00c0" <= ch <= "\u02af" or "\u1e00" <= ch <= "\u1eff" for ch in w))
    return foreign >= 2


@pytest.mark.parametrize("name", FOLDERS)
def test_other_latin_language_lines_are_the_same_on_real_pages(name):
    for line in _lines(name):
        assert menus.other_latin_language(line) == _plain_other_latin_language(line), line


@SETTINGS
@given(st.lists(st.sampled_from(["şəhər ", "çox ", "the ", "Bakı ", "ğ", ". ", "!", "”", " ",
                                 "yeni ", "haber ", "a", "1 "]), max_size=12).map("".join))
def test_other_latin_language_lines_are_the_same_on_generated_text(text):
    assert menus.other_latin_language(text) == _plain_other_latin_language(text)


PLAIN_GLUE = re.compile(r"[^\W\d_](?=[A-Z0-9])")


def _plain_glued_repeat(paragraph: str, earlier: set[str]) -> bool:
    """helpers.cleaning._glued_repeat as it was: every glue tried with the rest copied."""
    for m in PLAIN_GLUE.finditer(paragraph, 0, 80):
        label, rest = paragraph[: m.end()], paragraph[m.end():]
        if rest in earlier and textlines.count_words(label, 5) <= 5:
            return True
    return False


_LEADS = ["The army announced it.", "Army units left", "19 Syrians were held", "A B C", "x"]


@SETTINGS
@given(st.lists(st.sampled_from(_LEADS), max_size=3),
       st.lists(st.sampled_from(["Lebanese ", "Army", "arsal", "IS", "the ", "1", " ", "é"]),
                max_size=5).map("".join), st.sampled_from(_LEADS) | st.text(_CHARS, max_size=5))
def test_a_glued_repeat_is_found_as_before(earlier, label, rest):
    paragraph = label + rest
    found = cleaning._glued_repeat(paragraph, set(earlier), {len(p) for p in earlier})
    assert found == _plain_glued_repeat(paragraph, set(earlier))


def _plain_doubled_label(core: str) -> bool:
    """helpers.menus.doubled_label as it was: the halves copied and compared at once."""
    n = len(core)
    for gap in (0, 1):
        half = (n - gap) // 2
        if (n - gap) % 2 == 0 and half >= 6 and core[half:half + gap].isspace() \
                == bool(gap) and core[:half] == core[half + gap:]:
            return (any(ch.isalpha() for ch in core[:half])
                    and not textlines.ends_sentence(core[:half])
                    and textlines.count_words(core[:half], 12) <= 12)
    return False


@SETTINGS
@given(st.text("abAB1 .,", max_size=10), st.sampled_from(["", " ", "  ", "x"]),
       st.text("abAB1 .,", max_size=2))
def test_a_doubled_label_is_found_as_before(label, gap, tail):
    for core in (label + gap + label, label + gap + label + tail, label + gap + tail + label):
        assert menus.doubled_label(core) == _plain_doubled_label(core), core


def _plain_language_menu(core: str, languages: frozenset[str]) -> bool:
    if len(core) > 200:
        return False
    tokens = menus._MENU_TOKEN.findall(core)
    named = sum(1 for t in tokens if t.casefold() in languages)
    return (named >= 3 and named * 2 >= len(tokens)) or (len(tokens) == named == 1)


def _plain_menu_line(core: str) -> bool:
    if any(ch in core for ch in ">›»/") and len(core) < 200 and not any(
            ch.isdigit() for ch in core):
        items = [i.strip() for i in menus._BREADCRUMB.split(core)]
        if len(items) >= 2 and all(textlines.is_label(i, 3) and i[:1].isupper() for i in items):
            return True
    if "|" not in core and "•" not in core and "·" not in core:
        return menu_rows.menu_row(core)  # (round 16: a row of links split by spaces only)
    items = [i.strip() for i in re.split(r"\s[|•·]\s", core)]
    return (len(items) >= 3 and all(textlines.is_label(i, 3) for i in items)
            and not dates.find_dates(core))


@pytest.mark.parametrize("name", FOLDERS)
def test_menus_are_found_as_before_on_real_pages(name):
    languages = furniture.line_rules().languages
    lines = [line.strip() for line in _lines(name)]
    assert any(menus.is_menu_line(line) for line in lines) or name != "dev"
    for line in lines:
        assert menus.is_language_menu(line, languages) == _plain_language_menu(line, languages)
        assert menus.is_menu_line(line) == _plain_menu_line(line), line
        assert menus.doubled_label(line) == _plain_doubled_label(line), line


@SETTINGS
@given(st.lists(st.sampled_from(["English", "Русский", "Қазақша", "Home", "News", " | ", " > ",
                                 " / ", "»", "›", "1", " ", "ENGLISH", "Deutsch", "a."]),
                max_size=8).map("".join))
def test_menus_are_found_as_before_on_generated_lines(line):
    languages = furniture.line_rules().languages
    assert menus.is_language_menu(line, languages) == _plain_language_menu(line, languages)
    assert menus.is_menu_line(line) == _plain_menu_line(line)


def test_the_rows_tried_for_a_number_of_words_are_those_the_bisection_finds():
    rules = furniture.line_rules()
    widest = rules.whole_rows[0][1]
    assert len(rules.whole_stops) == widest + 2
    for n in range(widest + 2):
        assert rules.whole_stops[n] == bisect_right(rules.whole_rows, -n, key=lambda r: -r[1])
    assert furniture._stops(()) == (0, 0)


@SETTINGS
@given(st.lists(st.sampled_from(["said.", " ", "-D06--", "-", "A", "\u00a0", "\n", "”", "x"]),
                max_size=6).map("".join))
def test_an_agency_code_is_only_found_at_a_line_ending_in_a_dash(core):
    if outlets._AGENCY_CODE.search(core):
        assert core.rstrip().endswith("-"), core


def _plain_repeated(line: str, later: list[str]) -> bool:
    """helpers.cleaning._repeated as it was: every later paragraph searched one by one."""
    if not cleaning.SUMMARY_WORDS[0] <= line.count(" ") + 1 <= cleaning.SUMMARY_WORDS[1]:
        return False
    key = line.rstrip(".")
    return any(cleaning._holds(other, key) and len(other) > len(line) + 1 for other in later)


@pytest.mark.parametrize("name", FOLDERS)
def test_summary_points_are_found_as_before_on_real_pages(name):
    found = 0
    for path in sorted(FOLDERS[name].glob("*.txt")):
        paragraphs = [p.casefold() for p in cleaning.clean(read_source(path).text).paragraphs]
        lines = [line.strip().casefold() for line in read_source(path).text.split("\n")]
        for n in range(min(len(paragraphs), cleaning.SUMMARY_PARAGRAPHS + 1)):
            later = paragraphs[n + 1:]
            for line in [paragraphs[n], *lines]:
                plain = _plain_repeated(line, later)
                found += plain
                assert cleaning._repeated(line, later, "\n".join(later)) == plain, line
    assert found or name != "dev"  # the dev pages repeat summary points below them


_SUMMARY_WORDS = ["many", "of", "those", "women", "the", "army", "said", ".", ",", "armythe"]


@SETTINGS
@given(st.lists(st.sampled_from(_SUMMARY_WORDS), min_size=6, max_size=12).map(" ".join),
       st.lists(st.lists(st.sampled_from(_SUMMARY_WORDS), max_size=16).map(" ".join),
                max_size=4))
def test_summary_points_are_found_as_before_on_generated_text(line, later):
    assert cleaning._repeated(line, later, "\n".join(later)) == _plain_repeated(line, later)


def test_casefolding_a_line_keeps_its_menu_tokens_apart_as_they_were():
    # is_language_menu reads the tokens of the casefolded line: that is the casefolded tokens
    # only if casefolding leaves every separator as it is and makes none out of another
    # character; checked on every character
    separator = menus._MENU_TOKEN
    changed = 0
    for code in range(0x110000):
        ch = chr(code)
        folded = ch.casefold()
        if folded == ch:
            continue
        changed += 1
        assert separator.fullmatch(ch) and separator.fullmatch(folded), hex(code)
    assert changed > 1000  # (the scan did reach the letters casefolding changes)


@SETTINGS
@given(st.lists(st.sampled_from(["English", "ENGLISH", "Deutsch", "Straße", "ǅ", "İ", "ﬁ", " ",
                                 "|", "/", "·", "•", ",", "\u00a0", "Русский", "a"]),
                max_size=8).map("".join))
def test_menu_tokens_of_the_casefolded_line_are_the_casefolded_tokens(line):
    tokens = menus._MENU_TOKEN.findall(line)
    assert menus._MENU_TOKEN.findall(line.casefold()) == [t.casefold() for t in tokens]


def test_one_run_of_names_at_most_admits_any_character():
    # the month and weekday names are tried in runs by first letter: the same match as one
    # alternation only if no character opens names of two runs (checked on every character
    # of the first plane, where all the letters of the names are)
    from helpers.literals import _plane
    months, weekdays = dates._names()
    plane = _plane()
    for names in (list(months), weekdays):
        runs = re.findall(r"\(\?=\[((?:\\.|[^\]])*)\]\)", date_regex.by_first_letter(names))
        assert len(runs) > 10
        admitted: set[str] = set()
        for run in runs:
            found = set(re.findall(f"[{run}]", plane, re.I))
            assert found and not found & admitted, run
            admitted |= found
    assert date_regex._same_letter("i", "ı") and not date_regex._same_letter("i", "j")


def _plain_page_title(line: str, cores: list[str], rule: list[str | None], i: int) -> str | None:
    """helpers.header._page_title as it was: the next kept line found (past date lines) first."""
    from helpers import header
    following = header._next_kept(cores, rule, i)
    if not following or len(following) >= len(line) or not line.startswith(following):
        return None
    rest = line[len(following):]
    if not re.match(r"\s*[-–—|:,·•]", rest):
        return None
    rest = rest.strip(" -–—|:,·•")
    return "page_title" if rest and textlines.is_label(rest, header._SITE_SUFFIX_WORDS) else None


@pytest.mark.parametrize("name", FOLDERS)
def test_page_titles_are_found_as_before_on_real_pages(name):
    from helpers import header
    for path in sorted(FOLDERS[name].glob("*.txt")):
        cores = [textlines.core_of(line) for line in read_source(path).text.split("\n")]
        rule: list[str | None] = [None] * len(cores)
        for i, core in enumerate(cores[:40]):
            if core:
                assert header._page_title(core, cores, rule, i) == _plain_page_title(
                    core, cores, rule, i), core


@SETTINGS
@given(st.lists(st.sampled_from(["Malaysia detains 3", "Malaysia detains 3 - The Paper",
                                 "Malaysia detains 3 | News", "5 March 2019", "Malaysia", "",
                                 "Malaysia detains 3, Latest World News - The New Paper"]),
                min_size=2, max_size=6),
       st.lists(st.sampled_from([None, None, "byline"]), min_size=6, max_size=6))
def test_page_titles_are_found_as_before_on_generated_lines(cores, ruled):
    from helpers import header
    rule = ruled[:len(cores)]
    assert header._page_title(cores[0], cores, rule, 0) == _plain_page_title(cores[0], cores,
                                                                             rule, 0)


def test_white_space_is_the_same_for_the_pattern_and_for_split():
    # is_language_menu splits a line without bars, slashes or bullets with str.split: the
    # same tokens as _MENU_TOKEN only if \s and str.isspace agree on every character
    space = re.compile(r"\s")
    for code in range(0x110000):
        ch = chr(code)
        assert bool(space.fullmatch(ch)) == ch.isspace(), hex(code)
        if ch.isspace():
            assert f"a{ch}b".split() == ["a", "b"], hex(code)


@SETTINGS
@given(st.lists(st.sampled_from(["English", "Deutsch", "Русский", ",", ", ", " ", "\u00a0",
                                 "\u2003", "\t", "\x1c", "|", "a", "Ǆ"]), max_size=10).map("".join))
def test_a_menu_line_split_by_spaces_and_commas_gives_the_pattern_s_tokens(line):
    folded = line.casefold()
    assert folded.replace(",", " ").split() == menus._MENU_TOKEN.findall(folded) or any(
        ch in folded for ch in "|/·•")
    languages = furniture.line_rules().languages
    assert menus.is_language_menu(line, languages) == _plain_language_menu(line, languages)
