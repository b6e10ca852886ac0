"""The shortcuts of round 9 in reading and cleaning (issue 9, point 7) change nothing: each gives
what the plain form it stands for gives, on the seeds, the tests' articles and the dev pages, and
on generated text."""

from __future__ import annotations

import re
from functools import lru_cache

import pytest
from conftest import TEXT_FOLDERS
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from helpers import captions, cleaning, furniture, furniture_zones, header_lines
from helpers.literals import Scan, needs
from helpers.page import Article
from helpers.reading import read_source
from helpers.textlines import (
    CYRILLIC,
    core_of,
    count_words,
    ends_sentence,
    first_word,
    is_label,
    main_script,
    squeeze,
    words,
)

SETTINGS = settings(max_examples=300, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow])


@lru_cache(maxsize=4)
def _pages(name: str) -> tuple[tuple[str, ...], ...]:
    """Each page's lines, as cores (blank lines kept as '')."""
    return tuple(tuple(core_of(line) for line in read_source(path).text.split("\n"))
                 for path in sorted(TEXT_FOLDERS[name].glob("*.txt")))


# --- cut teasers: a page without one lists no line's words --------------------------------

def _plain_cut_teasers(cores: list[str], rule: list[str | None]) -> None:
    """furniture_zones.mark_cut_teasers as it was: every kept line's words listed first."""
    kept = [(i, " ".join(words(cores[i]))) for i, core in enumerate(cores) if core and not rule[i]]
    text = " " + " ".join(w for _, w in kept) + " "
    at = 1
    for i, joined in kept:
        at += len(joined) + 1
        if not cores[i].endswith(("...", "…")):
            continue
        start = words(cores[i].rstrip(".… "))
        if len(start) < furniture_zones.CUT_TEASER_MIN_WORDS:
            continue
        needle = " " + " ".join(start) + " "
        if text.find(needle, at - 1, at + len(needle) + furniture_zones.CUT_TEASER_REACH) >= 0:
            rule[i] = "repeated_summary"


def _same_teasers(cores: list[str], rule: list[str | None]) -> list[str | None]:
    mine, plain = list(rule), list(rule)
    furniture_zones.mark_cut_teasers(list(cores), mine)
    _plain_cut_teasers(list(cores), plain)
    assert mine == plain, cores
    return mine


@pytest.mark.parametrize("name", TEXT_FOLDERS)
def test_cut_teasers_are_found_as_the_plain_rule_finds_them_on_real_pages(name):
    taken = 0
    for page in _pages(name):
        cores = list(page)
        rule: list[str | None] = [None] * len(cores)
        taken += _same_teasers(cores, rule).count("repeated_summary")
        # and with every third line taken by a rule before
        _same_teasers(cores, [None if i % 3 else "x" for i in range(len(cores))])
    assert name != "dev" or taken  # the dev pages hold cut teasers


_LEAD = "Six people died when the boat capsized near the coast on Monday night"
_TEASER_LINES = st.sampled_from([
    _LEAD + ".", _LEAD[:40] + "...", _LEAD[:50] + "…", " ".join(_LEAD.split()[:6]) + "...",
    " ".join(_LEAD.split()[:5]) + "…", "", "Another line of text.", "one two three four five six…",
    "one two three four five six seven", "... ...", "…"])


@SETTINGS
@given(st.lists(_TEASER_LINES, max_size=10), st.lists(st.booleans(), max_size=10))
@example([_LEAD[:40] + "...", _LEAD + "."], [])
def test_cut_teasers_are_found_as_the_plain_rule_finds_them_on_generated_pages(lines, taken):
    rule = [("x" if k < len(taken) and taken[k] else None) for k in range(len(lines))]
    _same_teasers(lines, rule)


# --- one scan of a line for the words of every pattern's needs ---------------------------------

def _scan_cases() -> dict[str, tuple]:
    """Each set of needs the cleaning rules look up in rules.scan's findings."""
    rules = furniture.line_rules()
    return {"whole": rules.whole, "openers": rules.openers, "starts": rules.starts,
            "captions": rules.caption_needs}


def _same_with_scan(text: str) -> None:
    """Every pattern set finds the same first match, and every need says the same, with the
    scan's findings as without them; and so does line_rule."""
    rules = furniture.line_rules()
    seen = rules.scan.seen(text)
    assert seen.low == text.lower()
    for label, found in _scan_cases().items():
        if label == "captions":
            assert found.may_match(text, None, seen) == found.may_match(text), text
            continue
        for need in found.needs:
            if need is not None:
                assert need.may_match(text, None, seen) == need.may_match(text), (label, text)
        mine, plain = found.first_match(text, None, seen), found.first_match(text)
        assert (mine and mine[0]) == (plain and plain[0]), (label, text)
    if text.strip():
        for script in ("latin", "cyrillic"):
            for opens in (True, False):
                assert (furniture.line_rule(text, script, rules, opens=opens, seen=seen)
                        == furniture.line_rule(text, script, rules, opens=opens)), text


def test_the_scan_holds_every_first_string_of_the_rules_needs():
    rules = furniture.line_rules()
    for found in (*rules.whole.needs, *rules.starts.needs, *rules.openers.needs,
                  rules.caption_needs):
        assert found is None or set(found.first) <= rules.scan.words


@pytest.mark.parametrize("name", TEXT_FOLDERS)
def test_rules_given_a_line_s_scan_find_what_they_find_without_it_on_real_pages(name):
    for page in _pages(name):
        for core in page:
            if core:
                _same_with_scan(core)


_SCAN_PIECES = ["All rights reserved", "said", " ", ".", "19", "2020", "@", "x", "newsletter ",
                "Newsletter abonnieren", "ſ", "İ", "\u212a", "\U0001f600", "Twitter: @a",
                "photo", "Photo: AFP", "in this photo", "все права защищены", "Пише", "K",
                "Privacy Policy and Terms of Service apply", "contributed ", "news", "ı"]


@SETTINGS
@given(st.lists(st.sampled_from(_SCAN_PIECES) | st.text(max_size=4), min_size=1, max_size=8)
       .map("".join))
@example("Photo: AFP")
@example("All rights reſerved")
def test_rules_given_a_line_s_scan_find_what_they_find_without_it_on_generated_lines(text):
    _same_with_scan(text)


def test_a_scan_finds_overlapping_and_short_strings():
    scan = Scan.of((needs("abcd|bc x|zz|ks"), needs("c"), needs("bcdex")))
    seen = scan.seen("xABCDEx zz")  # "abcd", "bcdex" and "c" overlap
    assert seen.words == {w for w in scan.words if w in seen.low} == {"abcd", "bcdex", "zz", "c"}
    assert seen.plain and not scan.seen("ſ").plain and not scan.seen("\U0001f600").plain


# --- the credit words: looked up in each line's scan, for the line and for the page -----------

def _same_credit_tests(cores: list[str]) -> None:
    """might_be_credit and PageTraits.of say the same given the lines' scans as without them."""
    scan = furniture.line_rules().scan
    seen = [scan.seen(core) if core else None for core in cores]
    for core, found in zip(cores, seen, strict=True):
        if core:
            assert (captions.might_be_credit(core, found)
                    == captions.might_be_credit(core)), core
    text = "\n".join(cores)
    cyrillic = CYRILLIC.search(text) is not None
    script = main_script(text) if cyrillic else "latin"
    assert (furniture.PageTraits.of(cores, script, cyrillic, seen)
            == furniture.PageTraits.of(cores, script, cyrillic)), cores


@pytest.mark.parametrize("name", TEXT_FOLDERS)
def test_credit_words_are_found_in_the_scans_as_without_them_on_real_pages(name):
    credited = 0
    for page in _pages(name):
        _same_credit_tests(list(page))
        credited += any(captions.might_be_credit(core) for core in page)
    assert credited  # the folder's pages do name credits


_CREDIT_PIECES = ["Photo", "PHOTO: AFP", "©", "(c) ", "(C) Reuters", "(CC BY", "own work",
                  "Own  work", "Getty", "Wikimedia", "ФОТО", "фото:", "Фᲂтᲂ", "İmage", "ımage",
                  "ſ", "Bild", "credit", "\n", " ", "the minister said.", "\U0001f600", "K"]


@SETTINGS
@given(st.lists(st.lists(st.sampled_from(_CREDIT_PIECES) | st.text(max_size=3), max_size=5)
                .map("".join).map(str.strip), min_size=1, max_size=5))
@example(["Фᲂтᲂ: ТАСС", "Some text of the article."])
@example(["PHOTO: AFP"])
def test_credit_words_are_found_in_the_scans_as_without_them_on_generated_pages(cores):
    _same_credit_tests([core_of(c) for c in cores if "\n" not in c])


# --- the cookie and language-menu tests, spared where the line's scan lacks their words -------

def _same_shape_rule(core: str) -> None:
    rules = furniture.line_rules()
    seen = rules.scan.seen(core)
    for script in ("latin", "cyrillic"):
        for page in (furniture.PageTraits(), furniture.PageTraits(english=True)):
            assert (furniture._shape_rule(core, script, rules, page, seen)
                    == furniture._shape_rule(core, script, rules, page)), core


def test_the_scan_holds_the_cookie_words_and_the_language_names():
    rules = furniture.line_rules()
    assert furniture.COOKIE_WORDS | rules.languages <= rules.scan.words


@pytest.mark.parametrize("name", TEXT_FOLDERS)
def test_shape_rules_given_a_line_s_scan_find_what_they_find_without_it_on_real_pages(name):
    for page in _pages(name):
        for core in page:
            if core:
                _same_shape_rule(core)


_SHAPE_PIECES = ["English", "ENGLISH", "Türkçe", "Русский", "Deutsch", "Français", " | ", " ",
                 "Cookie", "COOKIES", "Куки", "we use cookies", "accept", "ß", "ẞ", "Σ", "ﬁ",
                 "ſ", "İ", "K", "\u0130stanbul", "Qazaqşa", "Қазақша", "O'zbekcha", ", "]


@SETTINGS
@given(st.lists(st.sampled_from(_SHAPE_PIECES) | st.text(max_size=3), min_size=1, max_size=8)
       .map("".join).map(str.strip).filter(bool))
@example("English | Русский | Қазақша")
@example("We use cookies. Accept")
@example("Deutſch")
def test_shape_rules_given_a_line_s_scan_find_what_they_find_without_it_on_generated_lines(core):
    _same_shape_rule(core)


# --- paragraphs: the quote marks of a paragraph counted only when a line may join it ----------

def _plain_groups(lines, cores, rule):
    """The grouping of cleaning._paragraphs as it was: every kept line's quote marks summed."""
    filled = [i for i, line in enumerate(lines) if line]
    blank_separated = bool(filled) and len(filled) < filled[-1] - filled[0] + 1
    groups, current, quotes, start = [], [], (0, 0, 0), 0
    for i, core in enumerate(cores):
        keep = core and not rule[i]
        if keep and not (current and not blank_separated):
            if current and cleaning._new_paragraph(current[-1], core, quotes):
                groups.append((start, current))
                current = []
            if not current:
                start, quotes = i, (0, 0, 0)
            current.append(squeeze(core))
            straight, curly, guillemets = cleaning._quote_marks(current[-1])
            quotes = (quotes[0] + straight, quotes[1] + curly, quotes[2] + guillemets)
            continue
        if current:
            groups.append((start, current))
            current = []
        if keep:
            start, current = i, [squeeze(core)]
    if current:
        groups.append((start, current))
    return groups


def _same_paragraphs(lines: list[str], rule: list[str | None]) -> None:
    cores = [core_of(line) for line in lines]
    captured: list = []

    def capture(groups, lines_, art):
        captured.append([(start, list(group)) for start, group in groups])
        return groups

    art = Article()
    original = cleaning._without_summaries
    cleaning._without_summaries = capture
    try:
        cleaning._paragraphs([line.strip() for line in lines], cores, rule, art)
    finally:
        cleaning._without_summaries = original
    assert captured == [_plain_groups([line.strip() for line in lines], cores, rule)], lines


@pytest.mark.parametrize("name", TEXT_FOLDERS)
def test_paragraphs_are_grouped_as_the_plain_rule_groups_them_on_real_pages(name):
    for path in sorted(TEXT_FOLDERS[name].glob("*.txt")):
        lines = read_source(path).text.split("\n")
        _same_paragraphs(lines, [None] * len(lines))
        _same_paragraphs(lines, [None if i % 4 else "x" for i in range(len(lines))])
        _same_paragraphs([line for line in lines if line.strip()], [None] * len(lines))


_PARAGRAPH_LINES = st.sampled_from([
    "", "He said:", '"We will go home.', 'It is over."', "“They came back.", "It is over.”",
    "«Nous rentrons.", "C'est fini.»", "the rest of the sentence.", "The next sentence.",
    "- A dash opens it.", "„Sie kommen.", "3 women came home.", "Another line"])


@SETTINGS
@given(st.lists(_PARAGRAPH_LINES, max_size=12), st.lists(st.booleans(), max_size=12))
@example(['He said: "We', "will go home.", "It is over.\"", "The next sentence."], [])
def test_paragraphs_are_grouped_as_the_plain_rule_groups_them_on_generated_pages(lines, taken):
    _same_paragraphs(lines, [("x" if k < len(taken) and taken[k] else None)
                             for k in range(len(lines))])


# --- a repeated standfirst: the sentences below the first read up to the third only ----------

def _plain_standfirst(cores: list[str], rule: list[str | None]) -> None:
    """furniture_zones.mark_repeated_standfirst as it was: every sentence below listed."""
    furniture_zones.mark_cut_teasers(cores, rule)
    first = next((i for i, core in enumerate(cores) if core and not rule[i]
                  and ends_sentence(core)), None)
    if first is None:
        return
    lead = next(i for i, core in enumerate(cores) if core and not rule[i] and (
        i == first or count_words(core, 99) >= furniture_zones.STANDFIRST_WORDS))
    nxt, key_of = furniture_zones._next_kept, furniture_zones._letters_key
    for start in {lead, first}:
        key = key_of(cores[start])
        below = [j for j in range(start + 1, len(cores)) if cores[j] and not rule[j]
                 and ends_sentence(cores[j])][:furniture_zones.STANDFIRST_REACH]
        copy = next((j for j in below if key_of(cores[j]) == key), None)
        if copy is not None and nxt(cores, rule, copy) is not None and nxt(
                cores, rule, start) != nxt(cores, rule, copy):
            rule[start] = "repeated_standfirst"
    furniture_zones.mark_doubled_captions(cores, rule, first)


def _same_standfirst(cores: list[str], rule: list[str | None]) -> None:
    mine, plain = list(rule), list(rule)
    furniture_zones.mark_repeated_standfirst(list(cores), mine)
    _plain_standfirst(list(cores), plain)
    assert mine == plain, cores


@pytest.mark.parametrize("name", TEXT_FOLDERS)
def test_standfirsts_are_found_as_the_plain_rule_finds_them_on_real_pages(name):
    for page in _pages(name):
        _same_standfirst(list(page), [None] * len(page))
        _same_standfirst(list(page), [None if i % 5 else "x" for i in range(len(page))])


_STANDFIRST_LINES = st.sampled_from([
    "", "The army freed 155 fighters.", "THE ARMY FREED 155  FIGHTERS.", "A dateline",
    "Another sentence here.", "A last line.", "Caption of the photo"])


@SETTINGS
@given(st.lists(_STANDFIRST_LINES, max_size=10), st.lists(st.booleans(), max_size=10))
def test_standfirsts_are_found_as_the_plain_rule_finds_them_on_generated_pages(lines, taken):
    _same_standfirst(lines, [("x" if k < len(taken) and taken[k] else None)
                             for k in range(len(lines))])


# --- a headline printed again: lines no longer than the title are told before casefolding -----

def _plain_glued_to_title(line: str, title: str) -> bool:
    """header_lines.glued_to_title as it was: both casefolded before the lengths are compared."""
    if first_word(line) == first_word(title) and words(line) == words(title):
        return not ends_sentence(line)
    low, head = line.casefold(), title.casefold()
    if len(line) <= len(title):
        return False
    if low.endswith(head):
        label = line[: len(line) - len(title)].rstrip()
        return (bool(label) and not ends_sentence(label)
                and count_words(label, header_lines.GLUED_LABEL_MAX_WORDS)
                <= header_lines.GLUED_LABEL_MAX_WORDS)
    if low.startswith(head) and re.match(r"\s*[-–—|:·•]\s", line[len(title):]):
        rest = line[len(title):].strip(" -–—|:·•")
        return bool(rest) and is_label(rest, header_lines.SITE_NAME_WORDS)
    return False


@pytest.mark.parametrize("name", TEXT_FOLDERS)
def test_repeated_titles_are_found_as_the_plain_rule_finds_them_on_real_pages(name):
    for page in _pages(name):
        kept = [core for core in page if core][:12]
        for title in kept[:3]:
            for line in kept:
                assert (header_lines.glued_to_title(line, title)
                        == _plain_glued_to_title(line, title)), (line, title)


@SETTINGS
@given(st.sampled_from(["Army frees 155 fighters", "ARMY FREES 155 FIGHTERS", "Straße", "ß"]),
       st.lists(st.sampled_from(["Army frees 155 fighters", "army", " - ", "Example News", "ß",
                                 "STRASSE", "Straße", ".", " "]), max_size=5).map("".join))
def test_repeated_titles_are_found_as_the_plain_rule_finds_them_on_generated_lines(title, line):
    if line.strip():
        assert header_lines.glued_to_title(line, title) == _plain_glued_to_title(line, title)
