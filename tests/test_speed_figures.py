"""The shortcuts of round 8 on the figures side (issue 9, point 7) change nothing: each gives
what the plain rule it stands for gives, on the seeds, the test articles and the dev real
pages, and on generated text."""

from __future__ import annotations

import re

import pytest
from conftest import TEXT_FOLDERS, corpus_sentences
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import helpers.numbers as numbers
import helpers.quantities as quantities
from helpers import lexicon
from helpers.figure_grammar import figure_grammar, figure_matches
from helpers.numbers import not_a_count, parse_number, words_of
from helpers.partitives import _PART, partitive_counts
from helpers.passes import CorpusPass
from helpers.people_phrases import people_after
from helpers.reliability.text_rules import _FROM_TO, document_conflicts
from helpers.sources import load_corpus

FOLDERS = TEXT_FOLDERS
SETTINGS = settings(max_examples=300, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow])
_WORDS = ["of", "them", "half", "no", "none", "300", "12'si", "19’u", "Almanya", "Fransa",
          "fighters", "people", "one", "three", "about", "more", "than", "killed", "were",
          "2015", "1.5", "March", "5", "from", "to", "'", "’", ",", ".", "cases", "zero",
          "Kazakhstanis", "such", "not", "a", "single", "left"]
_EXAMPLES = ["No Kazakhstanis left Syria.", "There were no such cases.", "Half of them were women.",
             "Of 300 fighters, half of them returned.", "He was 1.5 metres tall, 12 people came."]


def _plain_figures(text: str) -> tuple[list[dict], bool]:
    """figures_and_scope with every sentence read to the end (no early return)."""
    plain = quantities.may_hold_number
    try:
        quantities.may_hold_number = lambda *args: True  # type: ignore[assignment]
        return quantities.figures_and_scope(text, [])
    finally:
        quantities.may_hold_number = plain  # type: ignore[assignment]


# --- figures_and_scope returns early for a sentence without a number, a share or a zero -------

@pytest.mark.parametrize("name", FOLDERS)
def test_sentences_turned_away_early_have_no_figures_read_in_full(name):
    texts = [*corpus_sentences(name), *_EXAMPLES]
    found = [quantities.figures_and_scope(t, []) for t in texts]
    assert found == [_plain_figures(t) for t in texts]
    assert any(rows for rows, _ in found)


@SETTINGS
@given(st.lists(st.sampled_from(_WORDS), max_size=10), st.sampled_from([" ", ", "]))
def test_sentences_turned_away_early_on_generated_text(words, join):
    text = join.join(words)
    assert quantities.figures_and_scope(text, []) == _plain_figures(text)


# --- _figure stops before the group is read when the number is no count ------------------------

def _skipped(text: str) -> list[tuple[str, int]]:
    """The numbers of text that _figure turns away before reading the words after them (not a
    count, or a fraction without a range), each with the end of its match."""
    grammar, out = figure_grammar(), []
    for m in figure_matches(text, grammar, words_of(text)):
        if m.group("num") is None:
            continue
        try:
            value = parse_number(m.group("num").replace(".", ""))
        except ValueError:
            continue
        if not_a_count(text, m.start("num"), m.end(), value, False) or value % 1:
            out.append((text, m.end()))
    return out


@pytest.mark.parametrize("name", FOLDERS)
def test_numbers_turned_away_before_their_group_are_no_figure_with_it(name):
    """The full rule reads the group after such a number and then returns None all the same
    (its verdict decides): skipping the read changes the result only if the read failed, so
    it is run here on every number the shortcut turns away."""
    grammar = figure_grammar()
    skipped = [s for t in corpus_sentences(name) for s in _skipped(t)]
    for text, end in skipped:
        people_after(text[end:], grammar.nouns, None, True, False)
        people_after(text[end:], grammar.nouns, 1.0, False, True)
    assert skipped or name == "articles"


# --- partitive_counts: only a sentence with an apostrophe is searched ---------------------------

@pytest.mark.parametrize("name", FOLDERS)
def test_partitives_turned_away_by_the_apostrophe_check_have_none(name):
    texts = corpus_sentences(name)
    for text in texts:
        if "'" not in text and "’" not in text:
            assert _PART.search(text) is None, text
    assert any("'" in t or "’" in t for t in texts)


@SETTINGS
@given(st.lists(st.sampled_from(_WORDS), max_size=10), st.sampled_from([" ", ", ", ""]))
def test_partitives_on_generated_text(words, join):
    text = join.join(words)
    found = quantities.figures_in(text)
    plain = list(_PART.finditer(text))
    assert partitive_counts(text, found) == [] or plain
    if "'" not in text and "’" not in text:
        assert not plain


# --- the passes of one export look each word list up once ------------------------------------

def test_the_passes_of_an_export_look_each_list_up_once(monkeypatch):
    corpus = load_corpus(FOLDERS["articles"])
    assert len(corpus.documents) > 3
    looked: list[str] = []
    plain = lexicon._look
    monkeypatch.setattr(lexicon, "_look", lambda name: looked.append(name) or plain(name))
    assert len(CorpusPass(corpus).passes) == len(corpus.documents)
    assert looked and len(looked) == len(set(looked)) <= len(list(lexicon.FOLDER.glob("*.csv")))


# --- document_conflicts: only a sentence holding " from " is searched ---------------------------

@pytest.mark.parametrize("name", FOLDERS)
def test_direction_checks_turned_away_by_from_find_nothing(name):
    texts = [*corpus_sentences(name), "They returned from Syria to Kazakhstan."]
    for text in texts:
        if " from " not in text:
            assert _FROM_TO.search(text) is None, text
    assert any(_FROM_TO.search(t) for t in texts)


@SETTINGS
@given(st.lists(st.sampled_from(["returned", "went", "from", "From", "to", "Syria", "Iraq",
                                 "came back", "\n", "x"]), max_size=8),
       st.sampled_from([" ", "  ", "\n", ", "]))
def test_direction_checks_on_generated_text(words, join):
    text = join.join(words)
    assert " from " in text or _FROM_TO.search(text) is None
    plain = [m.group(0) for m in _FROM_TO.finditer(text)]
    found = [r["excerpt"] for r in document_conflicts("d", ["d:1", "d:2"], [text, text])]
    assert not found or plain


# --- not_a_count's phone-number pattern, written to stay linear, matches as the plain one ------

_PLAIN_PHONE = re.compile(r"\s*\)\s*\d|\s\d{2,3}\s\d{2}")


@SETTINGS
@given(st.text(alphabet=" \t\n)(12345x", max_size=24))
def test_the_phone_pattern_matches_what_the_plain_pattern_matches(after):
    found, plain = numbers._PHONE.match(after), _PLAIN_PHONE.match(after)
    assert (found and found.span()) == (plain and plain.span()), after


@pytest.mark.parametrize("name", FOLDERS)
def test_the_phone_pattern_on_the_text_after_every_number(name):
    texts = corpus_sentences(name)
    afters = [t[m.end():m.end() + 200] for t in texts for m in re.finditer(r"\d+", t)]
    assert afters
    for after in afters:
        found, plain = numbers._PHONE.match(after), _PLAIN_PHONE.match(after)
        assert (found and found.span()) == (plain and plain.span()), after
