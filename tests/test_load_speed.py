"""The shortcuts of round 8 in reading and cleaning (issue 9, point 7) change nothing: each
gives what the plain form it stands for gives, on the seeds, the tests' articles, the dev pages
and on generated text; and the corpus loader looks each word list up once per load."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

import pytest
from conftest import TEXT_FOLDERS
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from helpers import cleaning, furniture, furniture_zones, header_lines, lexicon
from helpers.literals import needs
from helpers.openings import CROWDED, RUN, OrderedPatterns, _pair_of, _parser
from helpers.page import Article, Removal
from helpers.reading import read_source
from helpers.sources import load_corpus
from helpers.textlines import core_of, count_words, fewest_words, is_label, words


def test_a_load_looks_each_word_list_up_on_disk_once(monkeypatch):
    looked: Counter[str] = Counter()
    look = lexicon._look

    def counting(name: str) -> tuple[str, int, int]:
        looked[name] += 1
        return look(name)

    monkeypatch.setattr(lexicon, "_look", counting)
    load_corpus(TEXT_FOLDERS["seeds"])
    assert looked  # the cleaning rules do read word lists
    assert max(looked.values()) == 1, looked.most_common(3)


def test_a_list_edited_between_two_loads_counts_in_the_second(tmp_path, monkeypatch):
    # a page whose only furniture line is one the edited list adds
    page = tmp_path / "page.txt"
    page.write_text("A title for the page\n\nZorblax widget toggle\n\n"
                    + "The minister said on Monday that the plan would go ahead. " * 3 + "\n",
                    encoding="utf-8")
    folder = tmp_path / "lexicon"
    folder.mkdir()
    for path in Path(lexicon.FOLDER).glob("*.csv"):
        (folder / path.name).write_bytes(path.read_bytes())
    monkeypatch.setattr(lexicon, "FOLDER", folder)
    def rule_of_line() -> set[str]:
        removed = load_corpus(tmp_path, check_rows=False).removed
        return set(removed.loc[removed["text"] == "Zorblax widget toggle", "rule"])

    assert "site_tools" not in rule_of_line()
    lines = folder / "furniture_lines.csv"
    lines.write_text(lines.read_text(encoding="utf-8")
                     + "zorblax widget toggle,site_tools,4,a test entry\n", encoding="utf-8")
    assert rule_of_line() == {"site_tools"}


# --- needs: the rarest need of each alternative is looked for first -------------------------

def test_the_caption_check_looks_first_for_words_a_plain_sentence_lacks():
    first = furniture.line_rules().caption_needs.first
    sentence = "police said in the city on monday that this is the last of them"
    assert "in th" not in first and not any(word in sentence for word in first), first
    # a year's digits are rarer than a space, a word than a piece of two
    assert needs(r"[A-Z]\w+ (?:19|20)\d\d").first == ("19", "20")
    assert needs(r"in th(?:is|e) (?:photo|image)").first == ("image", "photo")


# --- whole-line rows: tried up to a bound below the line's words, not its counted words -------

SETTINGS = settings(max_examples=400, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow])
_ASCII = "aZ09-'_. ,;:!?\"()[]/\\|@#&*\t\n\x0b\x0c\r\x1c\x1f\x00\x7f~`^"
_WORDS = st.text(_ASCII, max_size=60) | st.text(max_size=30) | st.lists(
    st.sampled_from(["don't", "well-known", "U.S.", "--", "a-'b", " - ", "x_y", "2019", "’",
                     "Share", " this", " article", "Follow us on ", "Twitter", "Photo: AFP"])
    | st.text(_ASCII, max_size=3), max_size=12).map("".join)


def _plain_whole_rule(core: str) -> str | None:
    """The whole-line rule as it was: rows tried up to the line's counted words."""
    rules = furniture.line_rules()
    stops = rules.whole_stops
    found = rules.whole.first_match(core, stops[count_words(core, len(stops) - 2)])
    return furniture._row_rule(None if found is None else found[0], rules.whole_rows, core)


def _whole_rule(core: str) -> str | None:
    rules = furniture.line_rules()
    return furniture._row_rule(furniture._whole_row(core, rules), rules.whole_rows, core)


@lru_cache(maxsize=4)
def _cores(name: str) -> tuple[str, ...]:
    return tuple(c for path in sorted(TEXT_FOLDERS[name].glob("*.txt"))
                 for line in read_source(path).text.split("\n") if (c := core_of(line)))


@pytest.mark.parametrize("name", TEXT_FOLDERS)
def test_the_bound_of_words_is_never_above_their_number_on_real_pages(name):
    cores = _cores(name)
    # the bound is often exact (about half the lines of the dev pages: long lines in languages
    # with many short words are where it falls short, which costs time, never a result)
    assert sum(fewest_words(c) == len(words(c)) for c in cores) > len(cores) * 0.4
    for core in cores:
        assert fewest_words(core) <= len(words(core)), core
        assert _whole_rule(core) == _plain_whole_rule(core), core


@SETTINGS
@given(_WORDS)
def test_the_bound_of_words_is_never_above_their_number_on_generated_text(text):
    assert fewest_words(text) <= len(words(text))
    assert _whole_rule(text) == _plain_whole_rule(text)


# --- patterns in order: a crowded pair's texts told apart by their first RUN characters ----------

def _ordered() -> dict[str, OrderedPatterns]:
    rules = furniture.line_rules()
    return {"whole": rules.whole, "openers": rules.openers, "starts": rules.starts}


def _plain_first(patterns: OrderedPatterns, text: str) -> int | None:
    """The first pattern that matches the whole text, every pattern tried in order."""
    return next((k for k, p in enumerate(patterns.patterns) if p.fullmatch(text)), None)


def test_runs_leave_out_patterns_that_a_pair_lets_through():
    starts = furniture.line_rules().starts
    assert len(starts.candidates("Th")) >= CROWDED  # a crowded pair
    assert len(starts.candidates("The ")) < len(starts.candidates("Th"))
    assert set(starts.candidates("The ")) <= set(starts.candidates("Th"))
    found = _pair_of(_parser.parse("the (?:views|opinions)|this", re.I).data, 4)
    assert found is not None and found.fullmatch("The ") and found.fullmatch("THIS")
    assert not found.fullmatch("Tha ")
    short = _pair_of(_parser.parse("ab(?s:.*)", re.I).data, 4)
    assert short is not None and short.fullmatch("ab\n!")  # what follows a short match: any


@pytest.mark.parametrize("name", TEXT_FOLDERS)
def test_every_pattern_that_matches_a_line_is_among_its_candidates(name):
    for core in _cores(name):
        if len(core) < RUN:
            continue
        for label, patterns in _ordered().items():
            found = _plain_first(patterns, core)
            assert found is None or found in patterns.candidates(core[:RUN]), (label, core)
            mine = patterns.first_match(core)
            assert (None if mine is None else mine[0]) == found, (label, core)


_RUN_PIECES = ["The ", "This ", "Th", "the views expressed ", "this article is ", "we use ",
               "THE STORY CONTINUES BELOW", "this material may not be published", "Tha", " ",
               "Source: ", "By ", "İ", "ſ", "K", "x", "1", ":", ".", "/", " - photo:"]


@SETTINGS
@given(st.lists(st.sampled_from(_RUN_PIECES) | st.text(max_size=3), min_size=1, max_size=6)
       .map("".join))
def test_patterns_in_order_find_the_plain_first_on_generated_lines(text):
    for label, patterns in _ordered().items():
        mine = patterns.first_match(text)
        assert (None if mine is None else mine[0]) == _plain_first(patterns, text), (label, text)


# --- a header's numeric field: the pattern with its first digit read first --------------------

PLAIN_NUMERIC_FIELD = re.compile(r"(?<!\d)(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}[:h]\d\d(?!\d)"
                                 r"|\d++,\d\d(?!\d))")


def _same_fields(text: str) -> None:
    assert ([m.span() for m in header_lines._NUMERIC_FIELD.finditer(text)]
            == [m.span() for m in PLAIN_NUMERIC_FIELD.finditer(text)]), text
    assert header_lines._NUMERIC_FIELD.sub(" ", text) == PLAIN_NUMERIC_FIELD.sub(" ", text)


@pytest.mark.parametrize("name", TEXT_FOLDERS)
def test_numeric_fields_are_found_as_the_plain_pattern_finds_them_on_real_pages(name):
    lines = _cores(name)
    assert sum(PLAIN_NUMERIC_FIELD.search(line) is not None for line in lines) > 1
    for line in lines:
        _same_fields(line)


@SETTINGS
@given(st.text("0123456789٣/.-:h, aZ", max_size=30))
def test_numeric_fields_are_found_as_the_plain_pattern_finds_them_on_generated_text(text):
    _same_fields(text)


# --- summary points: groups of the wrong size are passed over before the rest is casefolded ----

def _plain_without_summaries(groups, lines, art):
    """cleaning._without_summaries as it was: every later paragraph casefolded and joined
    for each of the first paragraphs."""
    out = []
    folded = [" ".join(g).casefold() for _, g in groups[1:]]
    for n, (start, group) in enumerate(groups):
        if n >= cleaning.SUMMARY_PARAGRAPHS:
            out.extend(groups[n:])
            break
        later = folded[n:]
        text = "\n".join(later)
        if later and all(cleaning._repeated(line.casefold(), later, text) for line in group):
            art.removed.extend(Removal(start + k + 1, "repeated_summary", lines[start + k])
                               for k in range(len(group)))
            continue
        out.append((start, group))
    return out


_POINT = "many of those who came back were women and children from the camps"
_SENTENCES = st.sampled_from([_POINT, _POINT.upper(), f"• {_POINT}", f"{_POINT}, said AFP.",
                              "short line", "Officials said " + _POINT + " in March.",
                              " ".join(["word"] * 70), "Straße " * 8])


@SETTINGS
@given(st.lists(st.lists(_SENTENCES, min_size=1, max_size=2), max_size=8))
def test_summary_points_are_taken_as_before(paragraphs):
    groups = [(k * 3, group) for k, group in enumerate(paragraphs)]
    lines = [line for group in paragraphs for line in group + [""]] * 3
    mine, plain = Article(), Article()
    assert (cleaning._without_summaries(groups, lines, mine)
            == _plain_without_summaries(groups, lines, plain))
    assert mine.removed == plain.removed


# --- an embed's title: lines that do not end as a domain are told without the pattern --------

def _plain_embed_title(core: str) -> bool:
    start = max(0, len(core) - furniture_zones._EMBED_DOMAIN_CHARS)
    return furniture_zones._EMBED_DOMAIN.search(core, start) is not None and is_label(
        core.rsplit(None, 1)[0], furniture_zones.EMBED_TITLE_WORDS)


@pytest.mark.parametrize("name", TEXT_FOLDERS)
def test_embed_titles_are_found_as_the_plain_rule_finds_them_on_real_pages(name):
    for core in _cores(name):
        assert furniture_zones.embed_title(core) == _plain_embed_title(core), core


@SETTINGS
@given(st.lists(st.sampled_from(["Boat capsizes", " ", "www.", "youtube", "YOUTU", "twitter",
                                 "x", ".", "com", "COM", "be", "Me", "/", "ſ", "K", "İ", "\n",
                                 "t.co", "2 dead."]), max_size=8).map("".join))
@example("Boat capsizes www.youtube.com\n")
@example("Boat capsizes www.youtube.com/\n\n")
@example("Boat capsizes x.ME")
def test_embed_titles_are_found_as_the_plain_rule_finds_them_on_generated_lines(text):
    if text.strip():
        assert furniture_zones.embed_title(text) == _plain_embed_title(text), text
