"""The parser on articles written for the tests, in layouts the seeds do not have.

The articles in tests/articles/ are fictional but laid out like real news pages; their expected
fields are in tests/articles/expected.json, written by hand from reading each page.
"""

from __future__ import annotations

import hashlib
import json

import pandas as pd
import pytest
from conftest import ARTICLES, SEEDS

from helpers import sentences

EXPECTED = json.loads((ARTICLES / "expected.json").read_text(encoding="utf-8"))


def test_expectations_cover_every_test_article():
    assert sorted(p.stem for p in ARTICLES.glob("*.txt")) == sorted(EXPECTED)
    assert len(EXPECTED) >= 5


def test_test_articles_are_not_seeds():
    seed_hashes = {hashlib.sha256(p.read_bytes()).hexdigest() for p in SEEDS.glob("*.txt")}
    for path in ARTICLES.glob("*.txt"):
        assert hashlib.sha256(path.read_bytes()).hexdigest() not in seed_hashes
        assert not (SEEDS / path.name).exists()


@pytest.fixture(scope="module")
def docs(article_corpus):
    return article_corpus.documents.set_index("doc_id")


@pytest.mark.parametrize("doc_id", sorted(EXPECTED))
def test_header_fields(docs, doc_id):
    want, doc = EXPECTED[doc_id], docs.loc[doc_id]
    assert doc["title"] == want["title"]
    assert doc["author"] == want["author"]
    assert doc["date_text"] == want["date_text"]
    assert doc["date_basis"] == want["date_basis"]
    if want["published"] is None:
        assert pd.isna(doc["published"])
    else:
        assert doc["published"] == pd.Timestamp(want["published"])
    assert doc["language"] == want["language"]
    assert doc["n_paragraphs"] == want["n_paragraphs"]


@pytest.mark.parametrize("doc_id", sorted(EXPECTED))
def test_body_sentences_kept(docs, doc_id):
    body = docs.loc[doc_id, "text"]
    missing = [s for s in EXPECTED[doc_id]["sentences"] if s not in body]
    assert not missing


@pytest.mark.parametrize("doc_id", sorted(EXPECTED))
def test_furniture_gone(docs, doc_id):
    body = docs.loc[doc_id, "text"]
    left = [s for s in EXPECTED[doc_id]["furniture"] if s in body]
    assert not left


@pytest.mark.parametrize("doc_id", sorted(EXPECTED))
def test_header_lines_are_logged(article_corpus, doc_id):
    rules = set(article_corpus.removed.loc[article_corpus.removed["doc_id"] == doc_id, "rule"])
    assert "title (moved to title)" in rules
    assert ("byline (moved to author)" in rules) or ("signoff" in rules)


def test_hard_wrapped_lines_join_into_one_paragraph(docs):
    first = docs.loc["tajik_amnesty", "text"].split("\n\n")[0]
    assert first.endswith("the state news agency reported on Thursday.")
    assert "\n" not in first


def test_page_without_blank_lines_gives_one_paragraph_per_line(docs):
    paras = docs.loc["uzbek_returnees", "text"].split("\n\n")
    assert [p.split()[0] for p in paras] == ["A", "The", "Officials", "\"Most"]


def test_sentence_split_of_abbreviations_in_an_article(docs):
    sents = sentences(docs.reset_index().loc[lambda d: d["doc_id"] == "tajik_amnesty"])
    texts = sents["text"].tolist()
    assert "He put the number of Tajik citizens in the region at about 1,100." in texts
    assert any(t.startswith("Human rights groups welcomed") for t in texts)
    assert [t.split()[0] for t in texts] == ["DUSHANBE", "The", "He", "Human", "\"An"]
