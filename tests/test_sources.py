"""load_documents columns, curated overrides and disagreements, paragraph and sentence ids."""

from __future__ import annotations

import re
import shutil
import warnings

import pandas as pd
import pytest
from conftest import SEED_IDS, SEEDS, SOURCES

from helpers import SourceError, SourceWarning, load_corpus, load_documents, paragraphs, sentences
from helpers.sources import load_sources, parse_period

REQUIRED = ["doc_id", "title", "outlet", "author", "published", "date_text", "date_basis", "url",
            "language", "text", "n_words", "n_paragraphs", "removed_lines",
            "duplicate_paragraphs", "sha256"]


def test_documents_have_the_required_columns(seed_corpus):
    docs = seed_corpus.documents
    assert set(REQUIRED) <= set(docs.columns)
    assert list(docs["doc_id"]) == SEED_IDS
    assert str(docs["published"].dtype).startswith("datetime64")
    assert set(docs["date_basis"]) <= {"stated", "cited", "inferred", "unknown"}
    assert (docs["n_words"] == docs["text"].str.split().str.len()).all()
    assert (docs["n_paragraphs"] == docs["text"].str.count("\n\n") + 1).all()


def test_load_documents_default_folder_is_seeds(seed_corpus):
    default = load_documents()  # every article of seeds/: the five seeds and any added one
    assert list(default["doc_id"]) == sorted(p.stem for p in SEEDS.glob("*.txt"))
    the_seeds = default[default["doc_id"].isin(SEED_IDS)].reset_index(drop=True)
    pd.testing.assert_frame_equal(the_seeds, seed_corpus.documents)


def test_curated_value_that_disagrees_is_reported(originals, tmp_path):
    table = tmp_path / "sources.csv"
    table.write_text(
        "doc_id,outlet,outlet_type,published,date_basis,date_note,url,notes\n"
        "000_5aa293250e0fc64e,Some Outlet,portal,2013-10-01,stated,,"
        "https://example.org/a,\n"
        "002_470278bf6f952a16,Other,portal,2013-11-25,cited,,https://example.org/b,\n"
        "004_a8144fba6b505cff,Third,portal,2017-01-01/2017-12-31,cited,,,\n")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        corpus = load_corpus(originals, sources=table)
    messages = sorted(str(w.message) for w in caught if w.category is SourceWarning)
    assert len(messages) == 3
    assert messages[0].startswith("000_5aa293250e0fc64e: curated published 2013-10-01 (stated)"
                                  " disagrees with the parsed 2013-09-25 (stated)")
    found = corpus.disagreements.sort_values(["doc_id", "field"]).to_dict("records")
    assert found == [
        {"doc_id": "000_5aa293250e0fc64e", "field": "published",
         "parsed": "2013-09-25 (stated)", "curated": "2013-10-01 (stated)"},
        {"doc_id": "002_470278bf6f952a16", "field": "url",
         "parsed": "https://iwpr.net/global-voices/kazak-authorities-seek-return-syria-fighters",
         "curated": "https://example.org/b"},
        {"doc_id": "004_a8144fba6b505cff", "field": "published",
         "parsed": "2018-03-06 (cited)", "curated": "2017-01-01/2017-12-31 (cited)"},
    ]
    docs = corpus.documents.set_index("doc_id")
    # the curated value wins, and is used
    assert docs.loc["000_5aa293250e0fc64e", "published"] == pd.Timestamp("2013-10-01")
    assert docs.loc["000_5aa293250e0fc64e", "outlet"] == "Some Outlet"
    assert docs.loc["002_470278bf6f952a16", "url"] == "https://example.org/b"
    # a seed without a curated row keeps what was parsed
    assert docs.loc["001_f296294bf3f9221a", "published"] == pd.Timestamp("2014-11-20")
    kept = docs.loc["001_f296294bf3f9221a"]  # an outlet only where the page names one
    assert kept["outlet_basis"] == ("unknown" if pd.isna(kept["outlet"]) else "parsed")


def test_curated_table_that_agrees_gives_no_report(seed_corpus):
    assert seed_corpus.disagreements.empty


def test_strict_raises_on_a_disagreement_free_bad_file(tmp_path):
    shutil.copy(SEEDS / "001_f296294bf3f9221a.txt", tmp_path)
    (tmp_path / "empty.txt").write_bytes(b"")
    with pytest.raises(SourceError, match=r"empty\.txt: the file is empty"):
        load_documents(tmp_path, sources=tmp_path / "none.csv", strict=True)


def test_missing_folder_is_an_error(tmp_path):
    with pytest.raises(SourceError, match="no such folder"):
        load_documents(tmp_path / "nowhere")


def test_parse_period():
    assert [str(d) for d in parse_period("2013-11-25")] == ["2013-11-25", "2013-11-25"]
    assert [str(d) for d in parse_period("2017-11")] == ["2017-11-01", "2017-11-30"]
    assert [str(d) for d in parse_period("2016-12")] == ["2016-12-01", "2016-12-31"]
    assert [str(d) for d in parse_period("2018")] == ["2018-01-01", "2018-12-31"]
    assert [str(d) for d in parse_period("2018-03-06/2018-12-31")] == ["2018-03-06",
                                                                       "2018-12-31"]
    assert parse_period("") == (None, None)


@pytest.mark.parametrize("bad", ["2017-13", "Nov 2017", "2017-02-30", "2017-1-2-3", "/2018",
                                 "2018/2017", "2016/2017/2018", "17-11"])
def test_parse_period_rejects_what_is_not_a_date_or_period(bad):
    with pytest.raises(ValueError, match=r"YYYY, YYYY-MM, YYYY-MM-DD, or a range A/B") as err:
        parse_period(bad)
    assert repr(bad) in str(err.value)


def _write_sources(path, rows, columns=("doc_id", "outlet", "published")):
    pd.DataFrame(rows, columns=list(columns)).to_csv(path, index=False)
    return path


@pytest.mark.parametrize("bad", ["2017-13", "Nov 2017"])
def test_bad_curated_date_names_the_file_the_row_and_the_value(tmp_path, bad):
    table = _write_sources(tmp_path / "my_sources.csv",
                           [["a_doc", "Outlet A", "2016"], ["b_doc", "Outlet B", bad]])
    with pytest.raises(SourceError) as err:
        load_sources(table)
    message = str(err.value)
    assert str(table) in message and "b_doc" in message and repr(bad) in message
    assert "YYYY-MM-DD" in message and "a_doc" not in message


def test_repeated_doc_id_in_the_sources_table_is_an_error(tmp_path):
    table = _write_sources(tmp_path / "my_sources.csv",
                           [["a_doc", "Outlet A", "2016"], ["b_doc", "Outlet B", "2017"],
                            ["a_doc", "Outlet C", "2018"]])
    with pytest.raises(SourceError, match=r"my_sources\.csv: row \d+: doc_id 'a_doc' is repeated"):
        load_sources(table)


def test_sources_table_without_a_doc_id_column_is_an_error(tmp_path):
    table = _write_sources(tmp_path / "my_sources.csv", [["Outlet A", "2016"]],
                           columns=("outlet", "published"))
    with pytest.raises(SourceError, match=r"my_sources\.csv: missing column\(s\) doc_id"):
        load_sources(table)


def test_bad_sources_table_stops_load_corpus_with_the_file_named(originals, tmp_path):
    table = _write_sources(tmp_path / "my_sources.csv", [["x_doc", "Outlet", "Nov 2017"]])
    with pytest.raises(SourceError, match=r"my_sources\.csv: row 1 \(doc_id x_doc\): published"):
        load_corpus(originals, sources=table)


def test_paragraph_ids_are_stable_and_in_order(seed_corpus):
    paras = paragraphs(seed_corpus.documents)
    assert paras["paragraph_id"].is_unique
    for doc_id, group in paras.groupby("doc_id"):
        assert list(group["paragraph_n"]) == list(range(1, len(group) + 1))
        assert list(group["paragraph_id"]) == [f"{doc_id}:p{n}" for n in group["paragraph_n"]]
    counts = paras.groupby("doc_id").size().to_dict()
    assert counts == seed_corpus.documents.set_index("doc_id")["n_paragraphs"].to_dict()
    p = paras.set_index("paragraph_id")
    assert p.loc["003_609f6d418b59efb3:p7", "text"] == "Closing the road back home"
    assert p.loc["003_609f6d418b59efb3:p7", "is_heading"]
    assert not p.loc["003_609f6d418b59efb3:p8", "is_heading"]


def test_sentence_ids_are_stable_and_rejoin_to_paragraphs(seed_corpus):
    paras = paragraphs(seed_corpus.documents).set_index("paragraph_id")
    sents = sentences(seed_corpus.documents)
    assert sents["sentence_id"].is_unique
    assert sents["sentence_id"].str.fullmatch(r"\d{3}_[0-9a-f]{16}:p\d+:s\d+").all()
    for pid, group in sents.groupby("paragraph_id", sort=False):
        assert list(group["sentence_n"]) == list(range(1, len(group) + 1))
        assert re.sub(r"\s", "", "".join(group["text"])) == re.sub(r"\s", "",
                                                                   paras.loc[pid, "text"])
    s = sents.set_index("sentence_id")["text"]
    assert s["003_609f6d418b59efb3:p6:s2"] == "Authorities detected no such cases in 2017."
    assert s["001_f296294bf3f9221a:p1:s2"] == "Half of them are women, Tengrinews reports."


def test_ids_do_not_change_between_loads(originals, seed_corpus):
    again = sentences(load_documents(originals, sources=SOURCES))
    pd.testing.assert_frame_equal(again, sentences(seed_corpus.documents))


def test_removed_lines_table_columns(seed_corpus):
    assert list(seed_corpus.removed.columns) == ["doc_id", "line_no", "rule", "text"]
    assert seed_corpus.removed.groupby("doc_id").size().to_dict() == (
        seed_corpus.documents.set_index("doc_id")["removed_lines"].to_dict())


def test_empty_folder_gives_empty_tables(tmp_path):
    docs = load_documents(tmp_path)
    assert docs.empty and "doc_id" in docs.columns
    assert paragraphs(docs).empty and sentences(docs).empty
