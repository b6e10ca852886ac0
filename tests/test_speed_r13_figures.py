"""The shortcuts of round 13 on the figures side (issue 9) change nothing: the two patterns
that end the text before a number (the age words of age_words.csv, an opening sign such as
"+7(" or "#") are searched only over its end, and find what the search over the whole text
finds, on the seeds, the test articles, the dev real pages and generated text."""

from __future__ import annotations

import pytest
from conftest import TEXT_FOLDERS, corpus_sentences
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import helpers.numbers as numbers
from helpers import lexicon
from helpers.number_context import _AGE_WORDS, _PLAIN_PHRASE, age_words_end

SETTINGS = settings(max_examples=400, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow])
WINDOW = 200  # the text before a number that the figure rules read (helpers.quantities)


def _age_plain(before: str) -> bool:
    return lexicon.pattern("age_words", _AGE_WORDS).search(before) is not None


def _open_plain(before: str) -> bool:
    return numbers._OPEN_BEFORE.search(before) is not None


def _open_from_end(before: str) -> bool:
    start = numbers.open_sign_from(before, len(before.rstrip()))
    return numbers._OPEN_BEFORE.search(before, start) is not None


def _befores(name: str) -> list[str]:
    """The text before each character of each sentence, as the figure rules cut it."""
    return [text[max(0, i - WINDOW):i] for text in corpus_sentences(name)
            for i in range(len(text) + 1)]


@pytest.mark.parametrize("name", sorted(TEXT_FOLDERS))
def test_age_words_at_the_end_are_the_ones_the_whole_search_finds(name):
    befores = _befores(name)
    assert befores
    plain = lexicon.pattern("age_words", _AGE_WORDS)  # _age_plain's pattern, looked up once
    for before in befores:
        assert age_words_end(before) == (plain.search(before) is not None), before


@pytest.mark.parametrize("name", sorted(TEXT_FOLDERS))
def test_an_opening_sign_at_the_end_is_the_one_the_whole_search_finds(name):
    for before in _befores(name):
        assert _open_from_end(before) == _open_plain(before), before


_SPACES = ["", " ", "  ", "\n", "\u00a0", "\t \n"]
_AGE_PIECES = ["as", "young", "old", "aged", "met", "een", "leeftijd", "van", "op", "de",
               "w", "wieku", "d’âge", "d'âge", "âgées", "in", "ages", "Ages", "x", "5", "(",
               "-", "umri", "wa", "miaka"]


@SETTINGS
@given(st.lists(st.tuples(st.sampled_from(_AGE_PIECES), st.sampled_from(_SPACES)), max_size=9))
@example([("met", "  "), ("een", "\n"), ("leeftijd", "\u00a0"), ("van", "   ")])
@example([("op", " "), ("de", " "), ("leeftijd", "\t \n"), ("van", "")])
@example([("as", "   "), ("young", "\n"), ("as", "")])
def test_age_words_at_the_end_on_generated_text(pieces):
    before = "".join(word + space for word, space in pieces)
    assert age_words_end(before) == _age_plain(before)


def test_the_longest_age_phrase_spaced_out_is_still_found():
    # the longest phrases of age_words.csv, with runs of spaces of every kind between words
    assert age_words_end("Er waren kinderen met  een\n\u00a0leeftijd   van  ")
    assert age_words_end("jongeren op de\tleeftijd van")
    assert not age_words_end("met een leeftijd van 12 jaar en")


@SETTINGS
@given(st.lists(st.sampled_from(["7", "12", "+", "(", ")", "#", "№", ":", ".", "x", "Tel",
                                 *_SPACES]), max_size=10).map("".join))
@example("+7   (  \n")
@example("12:\n")
@example("12: ")
@example("7(")
def test_an_opening_sign_at_the_end_on_generated_text(before):
    assert _open_from_end(before) == _open_plain(before)


@pytest.mark.parametrize(("term", "plain"), [
    ("aged", True), (r"as\s+young\s+as", True), (r"âgée?s?\s+de", True), ("d['’]âge", True),
    (r"op\s+(?:de\s+)?leeftijd\s+van", True),
    ("as young", False),  # a space of its own: not only "\s+" parts words
    (r"aged\s*", False), (r"age.of", False), (r"age\Sof", False), (r"ages?\d", False)])
def test_only_phrases_whose_words_are_parted_by_spaces_alone_are_plain(term, plain):
    assert bool(_PLAIN_PHRASE.fullmatch(term)) is plain
