"""The quick checks that keep the figure grammar and the speaker patterns from running on a
sentence are exact: a sentence (or a place in one) that a check turns away is one the full
rule never matches, on real pages and on generated text; and each check is built from the word
lists, so a word added to a list is still found."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest
from conftest import TEXT_FOLDERS, corpus_documents, corpus_rows, corpus_sentences
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from helpers import lexicon
from helpers.attribution import speaker_patterns
from helpers.figure_grammar import OF_WORDS as _OF_WORDS
from helpers.number_context import _ZERO, ZERO_WORDS
from helpers.numbers import may_hold_number, number_words, words_of
from helpers.quantities import _grammar, figures_in
from helpers.quick_patterns import (
    alternation,
    literal_starts,
    matches_at_words,
    may_match_starts,
)

_TESTS = Path(__file__).parent
FOLDERS = TEXT_FOLDERS
SETTINGS = settings(max_examples=300, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow])


def _number_pattern() -> re.Pattern:
    return re.compile(number_words().number, re.IGNORECASE)


@pytest.mark.parametrize("name", FOLDERS)
def test_the_number_check_turns_away_only_sentences_without_a_number(name):
    words, number, figure = number_words(), _number_pattern(), _grammar().figure
    texts = corpus_sentences(name)
    turned_away = [text for text in texts if not may_hold_number(text, words)]
    for text in turned_away:
        assert number.search(text) is None, text
        assert figure.search(text) is None, text
    assert len(turned_away) > len(texts) // 3  # the check does turn sentences away


def _cased(word: str) -> st.SearchStrategy[str]:
    return st.sampled_from([word, word.upper(), word.capitalize()])


# number words, the words around them, words that hold one inside ("someone", "often"), and
# the characters that end or join words
_NUMBERS = sorted({*number_words().values, *number_words().scales})
_OTHERS = ["a", "and", "of", "some", "about", "more", "than", "from", "to", "between", "or",
           "someone", "often", "none", "tone", "attend", "Kazakhstanis", "people", "were"]
_JOINS = [" ", "  ", "-", ", ", ".", "_", "'", "\u0301", "\u00a0", "\n", ""]


@st.composite
def _text(draw) -> str:
    parts = draw(st.lists(st.one_of(st.sampled_from(_NUMBERS).flatmap(_cased),
                                    st.sampled_from(_OTHERS).flatmap(_cased),
                                    st.integers(0, 5000).map(str)),
                          min_size=1, max_size=8))
    joins = draw(st.lists(st.sampled_from(_JOINS), min_size=len(parts), max_size=len(parts)))
    return "".join(p + j for p, j in zip(parts, joins, strict=True))


@SETTINGS
@given(_text())
@example("ALTMIŞ ")  # the pattern ignores case: "I" matches the dotless "ı" of "altmış"
@example("İKİ yüz")
def test_no_number_is_missed_by_the_number_check(text):
    if not may_hold_number(text, number_words()):
        assert _number_pattern().search(text) is None
        assert _grammar().figure.search(text) is None
        assert not [f for f in figures_in(text) if f["qualifier"] != "exact"
                    or f["value"] != 0]  # only "no such ..." counts are read without a number


@pytest.fixture
def lexicon_copy(tmp_path, monkeypatch) -> Path:
    """A copy of helpers/lexicon/ that the word lists are read from during the test."""
    folder = tmp_path / "lexicon"
    shutil.copytree(lexicon.FOLDER, folder)
    monkeypatch.setattr(lexicon, "FOLDER", folder)
    return folder


def _append(path: Path, row: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + row + "\n", encoding="utf-8")
    os.utime(path, ns=(1, 4_000_000_000_000_000_000))


def test_a_number_word_added_to_the_list_passes_the_check(lexicon_copy):
    sentence = "Tolvanta Kazakhstanis returned home."  # a made-up number word: in no list
    assert figures_in(sentence) == []
    _append(lexicon_copy / "number_words.csv", "tolvanta,12,unit,a test entry")
    assert may_hold_number(sentence, number_words())
    assert [f["value"] for f in figures_in(sentence)] == [12.0]


# --- patterns built from word lists as trees (helpers.quick_patterns) -------------------------

_LETTERS = ["a", "b", "ab", "ba", "abc", "b a", "a-b", "aa", "a b", "c"]
_CONTINUATIONS = ["", r"\b", "b", "c", r"(?=c)", r"\s+a", "(?!a)", "(?!b)", "(?!c)"]


@SETTINGS
@given(st.lists(st.sampled_from(_LETTERS), min_size=1, max_size=7),
       st.text(alphabet="abc -", max_size=30), st.sampled_from(_CONTINUATIONS))
@example(["ab", "a", "abc"], "abc", "(?!c)")  # "a" between two words that begin "ab"
def test_an_alternation_tree_matches_what_the_plain_alternation_matches(words, text, after):
    tree = re.compile(rf"(?:{alternation(words)}){after}")
    plain = re.compile(rf"(?:{'|'.join(words)}){after}")
    assert [m.span() for m in tree.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_the_verb_trees_of_the_speaker_patterns_match_what_the_verb_lists_match():
    forms = list(lexicon.table("verbs_of_saying")["term"])
    tree = re.compile(rf"(?:{alternation(forms)})\b")
    plain = re.compile(rf"(?:{'|'.join(forms)})\b")
    assert len(alternation(forms)) < len("|".join(forms))  # it is a tree
    for name in FOLDERS:
        for text in corpus_sentences(name):
            assert [m.span() for m in tree.finditer(text)] == [
                m.span() for m in plain.finditer(text)], text


def test_pattern_syntax_in_a_list_is_joined_as_it_is():
    assert alternation(["appear(?:s|ed)? to", "said"]) == "appear(?:s|ed)? to|said"


def _not_saying_starts() -> frozenset[str]:
    return frozenset().union(*(needs[0] for needs in speaker_patterns().not_saying_needs))


@pytest.mark.parametrize("name", FOLDERS)
def test_cuts_found_at_words_are_the_cuts_found_everywhere(name):
    pattern, starts = speaker_patterns().not_saying, _not_saying_starts()
    found = 0
    for text in corpus_sentences(name):
        spans = [m.span() for m in pattern.finditer(text)]
        assert [m.span() for m in matches_at_words(pattern, text, starts)] == spans, text
        found += len(spans)
    assert found > 0


_SAYING = ["is", "was", "IS", "Were", "said", "reported", "claimed", "by", "to", "be", "the",
           "an", "estimated", "could", "not", "can't", "say", "ſaid", "ıs", "Kelvin", "it",
           "thought", "believed", "have", "as", "saying", "unclear", "Said", "toll"]


@SETTINGS
@given(st.lists(st.sampled_from(_SAYING), min_size=1, max_size=10),
       st.lists(st.sampled_from([" ", ", ", "-", "'", ""]), min_size=10, max_size=10))
def test_cuts_found_at_words_on_generated_text(words, joins):
    text = "".join(w + j for w, j in zip(words, joins, strict=False))
    pattern = speaker_patterns().not_saying
    assert [m.span() for m in matches_at_words(pattern, text, _not_saying_starts())] == [
        m.span() for m in pattern.finditer(text)]


@pytest.mark.parametrize("name", FOLDERS)
def test_the_zero_and_share_checks_turn_away_only_what_cannot_match(name):
    share, turned_away = _grammar().share, 0
    extra = ["No such cases, NOT ONE returnee; half OF them.", "no-one"]
    for text in [*corpus_sentences(name), *extra]:
        found = words_of(text)
        if ZERO_WORDS.isdisjoint(found):
            turned_away += 1
            assert _ZERO.search(text) is None, text
        if _OF_WORDS.isdisjoint(found):
            assert share.search(text) is None, text
    assert turned_away > 0


@SETTINGS
@given(st.lists(st.sampled_from(["a.", "a", "a*", "(a", "a b", "ab", "b|a", "b"]), min_size=1,
                max_size=6), st.text(alphabet="ab.*(| ", max_size=20),
       st.sampled_from(_CONTINUATIONS))
def test_a_literal_alternation_tree_matches_the_escaped_words(words, text, after):
    tree = re.compile(rf"(?:{alternation(words, literal=True)}){after}")
    plain = re.compile(rf"(?:{'|'.join(map(re.escape, words))}){after}")
    assert [m.span() for m in tree.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_a_table_read_again_is_a_fresh_copy_and_an_edit_is_read(tmp_path):
    from helpers.paths import data_dir
    from helpers.validation import read_table

    path = tmp_path / "actors.csv"
    shutil.copyfile(data_dir() / "actors.csv", path)
    first = read_table("actors", path)
    first.loc[0, "canonical_name"] = "changed by a caller"
    again = read_table("actors", path)
    assert again.loc[0, "canonical_name"] != "changed by a caller"
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join(lines[:-1]) + "\n", encoding="utf-8")  # the last actor removed
    os.utime(path, ns=(1, 5_000_000_000_000_000_000))
    assert len(read_table("actors", path)) == len(again) - 1


@pytest.mark.parametrize("name", ["seeds", "dev"])
def test_words_read_once_give_what_each_rule_reads_itself(name):
    from helpers.quick_patterns import words_in
    from helpers.reliability.text_rules import measure_sentences
    from helpers.speakers import attributions

    for doc_id, rows in zip(corpus_documents(name)["doc_id"], corpus_rows(name), strict=True):
        texts, paras = [r[5] for r in rows], [r[3] for r in rows]
        words = [words_in(t) for t in texts]
        assert attributions(texts, paras, words) == attributions(texts, paras), doc_id
        assert measure_sentences(texts, words) == measure_sentences(texts), doc_id


# --- hedges: a sentence is searched only when it holds the beginning of one ------------------

@pytest.mark.parametrize("name", FOLDERS)
def test_the_hedge_check_turns_away_only_sentences_without_a_hedge(name):
    from helpers.reliability.text_rules import hedge_pattern, hedge_starts

    pattern, starts, turned_away = hedge_pattern(), hedge_starts(), 0
    assert starts is not None  # the hedges list is read, not given up on
    for text in corpus_sentences(name):
        if not may_match_starts(text, starts):
            turned_away += 1
            assert pattern.search(text) is None, text
    assert turned_away > len(corpus_sentences(name)) // 2


_FRAGMENTS = ["as", "ab?c", "(?:x|yz)w", "a|bc", "q+r", "it's", "(?:p|q)r", "b{2}"]


@SETTINGS
@given(st.lists(st.sampled_from(_FRAGMENTS), min_size=1, max_size=4),
       st.text(alphabet="abcpqrwxyzABCPQRWXYZ' \u0130\u0131\u017f\u212a", max_size=25))
@example(["it's"], "\u0130T's")  # İ is "i" to the pattern, "i̇" to str.lower
@example(["as"], "A\u017f")  # long s
def test_fragments_are_not_missed_by_their_literal_starts(fragments, text):
    pattern = re.compile(rf"\b(?:{'|'.join(fragments)})\b", re.IGNORECASE)
    if not may_match_starts(text, literal_starts(fragments)):
        assert pattern.search(text) is None


def test_literal_starts_give_up_where_a_fragment_may_begin_otherwise():
    assert literal_starts(["appear(?:s|ed)? to", "(?:it is|it's) hard"]) == (
        "appear", "it is", "it's")
    assert literal_starts(["(?:very )?likely"]) is None  # the group is optional
    assert literal_starts(["[Ll]ikely"]) is None
    assert literal_starts(["вероятно"]) is None  # folded case other than ASCII: not read


def test_the_letters_that_fold_onto_ascii_ones_are_all_known():
    from helpers.quick_patterns import _FOLDS_TO_ASCII

    letter = re.compile("[a-z]", re.IGNORECASE)
    folding = [chr(c) for c in range(0x80, 0x110000) if letter.fullmatch(chr(c))]
    assert folding and all(_FOLDS_TO_ASCII.fullmatch(c) for c in folding)
