"""The shortcuts of round 14 (issue 9) change nothing: each gives what the plain form it stands
for gives, on the seeds, the test articles, the dev pages and generated text."""

from __future__ import annotations

import dataclasses

import pytest
from conftest import TEXT_FOLDERS, corpus_sentences
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from helpers.figure_grammar import figure_grammar, figure_matches

SETTINGS = settings(max_examples=400, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow])


# --- figure_matches: the one-number grammar where fewer than two numbers are left -----------

def _matches(text: str, grammar) -> list[tuple]:
    return [(m.span(), m.groupdict()) for m in figure_matches(text, grammar)]


def _plain_grammar():
    """The figure grammar with its full pattern tried at every start (no one-number form)."""
    grammar = figure_grammar()
    return dataclasses.replace(grammar, one_number=grammar.figure)


@pytest.mark.parametrize("name", TEXT_FOLDERS)
def test_figures_with_the_one_number_grammar_are_the_figures_of_the_full_one(name):
    grammar, plain = figure_grammar(), _plain_grammar()
    texts = corpus_sentences(name)
    for text in texts:
        assert _matches(text, grammar) == _matches(text, plain), text
    assert texts


@SETTINGS
@given(st.lists(st.sampled_from(["from", "to", "or", "between", "and", "entre", "y", "a", "bis",
                                 "10", "1,500", "2014", "twenty", "five", "hundred", "a", "More",
                                 "than", "about", "fighters", "people", "-", "–", "i", "gli",
                                 "de", "personas", "dos", "dois", "FIVE", "İKİ", "bin", "500"]),
                max_size=9),
       st.sampled_from([" ", "", "-", ", ", "  "]))
@example(["from", "10", "to", "20", "people"], " ")
@example(["10", "or", "twenty", "people"], " ")
@example(["between", "five", "and", "ten"], " ")
@example(["1,500", "2,000"], "-")
def test_figures_with_the_one_number_grammar_on_generated_text(words, join):
    text = join.join(words)
    assert _matches(text, figure_grammar()) == _matches(text, _plain_grammar())
