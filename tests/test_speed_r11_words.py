"""The shared word reading of round 11 (issue 9, point 7) changes nothing: sentence_words
gives what words_in and words_of give, and the estimates read with those words are the rows
read without them, on the seeds, the test articles and the dev real pages, and on generated
text."""

from __future__ import annotations

import pytest
from conftest import TEXT_FOLDERS, corpus_documents, corpus_rows, corpus_sentences
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers.estimates import document_estimates
from helpers.numbers import words_of
from helpers.quick_patterns import words_in
from helpers.sentence_words import sentence_words
from helpers.speakers import attributions

SETTINGS = settings(max_examples=500, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow])


def _same(text: str) -> None:
    assert sentence_words(text) == (words_in(text), words_of(text)), text


@pytest.mark.parametrize("name", TEXT_FOLDERS)
def test_sentence_words_are_words_in_and_words_of_on_real_sentences(name):
    for text in corpus_sentences(name):
        _same(text)
        _same(text.upper())
        _same(text.replace(" ", "_", 2) + " 300 F-16s")


def test_one_set_for_both_only_where_the_two_readings_agree():
    both, letters = sentence_words("Officials SAID forty-two people left.")
    assert both is letters and both == {"officials", "said", "forty", "two", "people", "left"}
    words, letters = sentence_words("Officials said 42 people left_home.")
    assert words == {"officials", "said", "42", "people", "left_home"}
    assert letters == {"officials", "said", "people", "left", "home"}
    words, letters = sentence_words("İki yüz “kişi” ayrıldı")  # not ASCII: the plain readings
    assert (words, letters) == (words_in("İki yüz “kişi” ayrıldı"),
                                words_of("İki yüz “kişi” ayrıldı"))


_ALPHABET = st.sampled_from(list("aZz09_ -.,'\"\t\n\x1c\x7f") + ["İ", "ı", "ß", "“", "é", "٣",
                                                                  "ǰ", "K"])


@SETTINGS
@given(st.lists(_ALPHABET, max_size=40).map("".join))
def test_sentence_words_on_generated_text(text):
    _same(text)


@pytest.mark.parametrize("name", TEXT_FOLDERS)
def test_estimates_read_with_the_shared_words_are_the_same(name):
    docs, total = corpus_documents(name), 0
    for doc_id, title, rows in zip(docs["doc_id"], docs["title"], corpus_rows(name), strict=True):
        ids, paras, texts = ([r[k] for r in rows] for k in (0, 3, 5))
        said = attributions(texts, paras)
        letters = [sentence_words(t)[1] for t in texts]
        plain = document_estimates(doc_id, str(title or ""), "", ids, texts, paras, said)
        shared = document_estimates(doc_id, str(title or ""), "", ids, texts, paras, said, letters)
        assert repr(shared) == repr(plain), doc_id  # repr: NaN bounds are equal as text
        total += len(plain)
    assert total  # the comparison saw figures
