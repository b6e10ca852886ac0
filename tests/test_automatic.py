"""Articles without hand-coded rows: their figures graded by the same rubric, their statements
awaiting coding, always marked as automatic and never mixed with the ledger."""

from __future__ import annotations

import warnings

import pandas as pd
import pytest

from helpers import load_corpus
from helpers.automatic import (
    AWAITING,
    CANNOT_KNOW,
    STATUS,
    article_summary,
    automatic_figures,
    awaiting_coding,
    graded_figures,
    uncoded,
)
from helpers.claims import load_claims
from helpers.scale import write_articles
from helpers.statements import extract_statements

NEW = ("Returnees face checks in Aktobe\n\nBy Ana Example\n\n3 March 2019\n\n"
       "About 40 people have come back from Syria, Dana Seitova, a spokeswoman for the "
       "regional prosecutor, told the Steppe Courier.\n\n"
       "\u201cEach case will be examined on its own merits,\u201d Seitova said.\n")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, originals):
    folder = tmp_path_factory.mktemp("auto") / "seeds"
    folder.mkdir()
    for path in originals.glob("*.txt"):
        (folder / path.name).write_bytes(path.read_bytes())
    (folder / "new_aktobe.txt").write_text(NEW, encoding="utf-8")
    write_articles(folder, 6, seed=3)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return load_corpus(folder, sources=tmp_path_factory.mktemp("none") / "none.csv")


def test_only_uncoded_articles_are_automatic(corpus):
    claims = load_claims()
    figures = automatic_figures(corpus.documents, claims)
    assert not set(figures["doc_id"]) & set(claims["doc_id"])
    assert "new_aktobe" in set(figures["doc_id"]) and set(figures["status"]) == {STATUS}
    assert 40 in set(figures.loc[figures["doc_id"] == "new_aktobe", "value"])
    assert len(uncoded(corpus.documents, claims)) == len(corpus.documents) - 5


def test_automatic_figures_are_graded_by_the_rubric_and_say_what_it_cannot_know(corpus):
    graded = graded_figures(corpus, load_claims())
    mine = graded[graded["doc_id"] == "new_aktobe"]
    assert len(mine) >= 1 and mine["grade"].str.fullmatch(r"[A-F][1-6]").all()
    assert set(graded["cannot_know"]) == {CANNOT_KNOW} and set(graded["status"]) == {STATUS}
    assert graded["independent_confirmations"].isna().all()
    assert not graded["sentence_id"].str.endswith(":title").any()
    # a rubric that changes one row changes the automatic grades too: the same rubric is read
    from helpers.reliability import load_rubric
    rubric = load_rubric()
    harsh = rubric.assign(grade=rubric["grade"].where(rubric["axis"] != "source", "E"))
    assert set(graded_figures(corpus, load_claims(), harsh)["source_grade"]) == {"E"}


def test_statements_await_coding_with_speaker_and_sentence(corpus):
    stances = pd.DataFrame({"doc_id": ["000_5aa293250e0fc64e"]})
    waiting = awaiting_coding(corpus.documents, stances)
    assert set(waiting["status"]) == {AWAITING}
    assert "000_5aa293250e0fc64e" not in set(waiting["doc_id"])
    mine = waiting[waiting["doc_id"] == "new_aktobe"]
    assert mine["sentence_id"].str.startswith("new_aktobe:p").all()
    assert (mine["speaker"] != "").all() and "direct" in set(mine["kind"])
    assert list(waiting["kind"]).index("reported") > list(waiting["kind"]).index("direct") \
        if "reported" in set(waiting["kind"]) else True


def test_article_summary_puts_the_richest_first(corpus):
    claims = load_claims()
    docs = uncoded(corpus.documents, claims)
    figures = automatic_figures(corpus.documents, claims)
    table = article_summary(figures, extract_statements(docs), docs)
    assert set(table["doc_id"]) == set(docs["doc_id"])
    assert table["figures"].is_monotonic_decreasing
    row = table.set_index("doc_id").loc["new_aktobe"]
    assert row["figures"] >= 1 and "Seitova" in row["speakers"]


def test_by_population_lists_five_values_and_says_how_many_more():
    from helpers.automatic import by_population

    figures = pd.DataFrame({"population": ["Fighters"] * 7 + ["women"],
                            "value": [1, 2, 3, 4, 5, 6, 7, 9], "doc_id": ["a"] * 8})
    table = by_population(figures).set_index("population")
    assert table.loc["fighters", "values"] == "1, 2, 3, 4, 5 and 2 more"
    assert table.loc["women", "values"] == "9"
