"""The shortcuts of round 6 (issue 9, point 7) change nothing: each gives what the plain rule it
stands for gives, on the seeds, on real pages and on generated text."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from helpers.numbers import _LETTERS, fold, words_of
from helpers.paths import seeds_dir
from helpers.sources import document_sentences, load_corpus

_TESTS = Path(__file__).parent
FOLDERS = {"seeds": seeds_dir(), "articles": _TESTS / "articles",
           "dev": _TESTS / "realpages" / "dev"}
SETTINGS = settings(max_examples=400, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow])


@lru_cache(maxsize=4)
def _texts(name: str) -> tuple[str, ...]:
    docs = load_corpus(FOLDERS[name]).documents
    return tuple(row[5] for d, t in zip(docs["doc_id"], docs["text"], strict=True)
                 for row in document_sentences(d, t))


def _words_word_by_word(text: str) -> set[str]:
    return set(map(fold, _LETTERS.findall(text)))


# --- words_of folds a text whole --------------------------------------------------------------

@pytest.mark.parametrize("name", FOLDERS)
def test_words_folded_whole_are_the_words_folded_one_by_one(name):
    for text in _texts(name):
        assert words_of(text) == _words_word_by_word(text), text


_ODD = "ǰͅΐİıſKßﬀΣς\u0301\u0307_1é𝐀𐐀"  # folds that add marks or letters, marks, digits


@SETTINGS
@given(st.text(alphabet=st.one_of(st.sampled_from("aBz -’." + _ODD), st.characters()),
               max_size=20))
@example("ǰa")  # "ǰ" folds to "j" and a combining caron: a mark inside the folded word
@example("ͅa")  # the iota subscript is a mark that folds to a letter
@example("İSTANBUL ıı")
def test_words_folded_whole_on_generated_text(text):
    assert words_of(text) == _words_word_by_word(text)
