"""Round 18 (issue 9): the shortcuts of this round change nothing. Each gives what the plain form
it stands for gives, on the seeds, the test articles, the dev pages and generated text.

- pattern_lists.either_case_tree: the tree of shared beginnings that slavic_prema's gate
  searches matches where the flat alternation of either_case matches, and the gate (its
  prepositions and closing phrases before a space) matches wherever the plain gate (a closing
  phrase only after a comma) does.
- figure_grammar.figure_matches: where no word from a token on may be part of a number (and no
  counter is glued to a word), no figure is tried there or later; the plain form tries the
  full figure grammar at every token that may start one.
"""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache

import pytest
from conftest import TEXT_FOLDERS, corpus_sentences
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from helpers import lexicon
from helpers.attribution_more_forms import _terms, gates
from helpers.figure_grammar import figure_grammar, figure_matches
from helpers.pattern_lists import either_case, either_case_tree

SETTINGS = settings(max_examples=400, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow])


def _phrases() -> tuple[str, ...]:
    table = lexicon.table("source_prepositions")
    return tuple(table.loc[table["kind"].isin(("preposition", "closing")), "term"])


def _plain_gate() -> re.Pattern:
    """slavic_prema's gate as round 17 wrote it: a flat alternation, a closing phrase only after
    a comma or semicolon."""
    return re.compile(rf"(?:(?<=[,;]\s)(?:{_terms('closing')})|{_terms('preposition')})\s")


@lru_cache(maxsize=4)
def _built(_version: tuple) -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """(flat alternation, tree, plain gate, slavic_prema's gate), built once per version of
    source_prepositions.csv: building the tree, not searching it, was most of a check's time."""
    return (re.compile(rf"(?:{either_case(_phrases())})\s"),
            re.compile(rf"(?:{either_case_tree(_phrases())})\s"), _plain_gate(),
            gates()["slavic_prema"])


def _same(text: str, tree: re.Pattern | None = None) -> bool:
    """The tree finds a phrase wherever the flat alternation does, and the gate matches wherever
    the plain gate does (it may match more: a closing phrase with no comma before it)."""
    flat, built, plain_gate, gate = _built(lexicon.version("source_prepositions"))
    tree = tree or built
    assert (tree.search(text) is None) == (flat.search(text) is None), text
    plain = plain_gate.search(text) is not None
    assert gate.search(text) is not None or not plain, text
    return plain


def _variants(text: str) -> list[str]:
    return [text, "Prema podacima MUP-a, " + text, text.rstrip(".") + ", według policji.",
            "Jak podaje policja, " + text, text.rstrip(".") + ", s odvoláním na policii.",
            "JAK PODAJE " + text, text + " s  odvoláním\tna"]


@pytest.mark.parametrize("name", TEXT_FOLDERS)
def test_the_gate_tree_matches_as_the_flat_gate(name):
    found = sum(_same(variant) for text in corpus_sentences(name) for variant in _variants(text))
    assert found >= 4 * len(corpus_sentences(name))  # the variants do hold the phrases


@SETTINGS
@given(st.lists(st.one_of(st.sampled_from(["s", "po", "Po", "jak", "it's", "the", "policija",
                                           "ako", "Ako", "na", "sa", "Ayon", "όπως", "Όπως"]),
                          st.sampled_from(_phrases())), max_size=10),
       st.lists(st.sampled_from([" ", ", ", "; ", "  ", "\n", "\t", ":", "", "-"]), max_size=10))
@example(["s odvoláním na", "x"], [" "])
@example(["x", "atsaucoties uz", "x"], [", ", " "])
def test_the_gate_tree_on_generated_text(words, joins):
    text = "".join(w + (joins[k] if k < len(joins) else " ") for k, w in enumerate(words))
    for variant in (text, text.capitalize(), text.upper(), text.lower()):
        _same(variant)


def test_the_tree_holds_every_phrase_in_either_case():
    tree = re.compile(rf"(?:{either_case_tree(_phrases())})\s")
    for phrase in _phrases():
        for text in (phrase, phrase[0].upper() + phrase[1:], phrase.replace(" ", " \t ")):
            assert tree.fullmatch(text + " "), text


def test_a_wrong_tree_is_caught():
    """The check fails for a tree that lacks a phrase ('podle')."""
    wrong = re.compile(rf"(?:{either_case_tree(tuple(p for p in _phrases() if p != 'podle'))})\s")
    with pytest.raises(AssertionError):
        _same("Podle policie zemřelo 12 lidí.", wrong)


# --- figure_matches: no figure tried where no number is left ---------------------------------

def _matches(text: str, grammar) -> list[tuple]:
    return [(m.span(), m.groupdict()) for m in figure_matches(text, grammar)]


def _plain_grammar():
    """The figure grammar with no word list of numbers' cores: every sentence read, the full
    pattern tried at every token that may start a figure (figure_grammar._numbers_left counts
    2 everywhere)."""
    grammar = figure_grammar()
    return dataclasses.replace(grammar, one_number=grammar.figure,
                               numbers=dataclasses.replace(grammar.numbers, cores=None))


@pytest.mark.parametrize("name", TEXT_FOLDERS)
def test_figures_where_numbers_are_left_are_the_plain_figures(name):
    grammar, plain = figure_grammar(), _plain_grammar()
    assert plain.counted_cores is None and grammar.counted_cores is not None
    texts = corpus_sentences(name)
    for text in texts:
        assert _matches(text, grammar) == _matches(text, plain), text
    assert any(_matches(text, grammar) for text in texts)


@SETTINGS
@given(st.lists(st.sampled_from(["from", "to", "or", "between", "and", "a", "About", "more",
                                 "than", "at", "least", "10", "1,500", "2014", "twenty", "five",
                                 "hundred", "thousand", "million", "fighters", "people", "-",
                                 "İKİ", "altmış", "ALTMIŞ", "yüz", "bin", "kişi", "п’ять",
                                 "тисяч", "পাঁচজন", "জন", "পাঁচ", "25人", "五十", "人", "명",
                                 "dos", "mil", "3mila", "one", "in", "the", "region", "of"]),
                max_size=9),
       st.sampled_from([" ", "", "-", ", ", "  ", "'"]))
@example(["about", "people"], " ")
@example(["More", "than", "five", "hundred"], " ")
@example(["পাঁচজন", "people"], " ")
@example(["about", "ALTMIŞ", "kişi"], " ")
def test_figures_where_numbers_are_left_on_generated_text(words, join):
    text = join.join(words)
    assert _matches(text, figure_grammar()) == _matches(text, _plain_grammar()), text


def test_a_figure_lost_is_caught():
    """The check fails where a figure is lost: the grammar without its one-number form (no
    figure then where one number is left)."""
    grammar = dataclasses.replace(figure_grammar(), one_number=re.compile("(?!)"))
    with pytest.raises(AssertionError):
        assert _matches("About 40 people died.", grammar) == _matches(
            "About 40 people died.", _plain_grammar())
