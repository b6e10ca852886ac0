"""Curation without touching code or seeds: data/sources.csv sets any field the parser can get
wrong (title and author included), each with its basis; rows without a file are named."""

from __future__ import annotations

import shutil
import warnings

import pytest
from conftest import SEED_IDS

from helpers import load_corpus
from helpers.sources import SourceWarning

HEADER = ("doc_id,title,title_note,author,author_note,outlet,outlet_type,published,date_basis,"
          "date_note,url,notes,language\n")
UNTITLED = ("Officials said that 23 people came back in March, according to the regional "
            "prosecutor in a statement on Monday.\n\nThe checks go on for all of them, the "
            "prosecutor added in the same statement.\n")


def _load(folder, table, **kwargs):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        corpus = load_corpus(folder, sources=table, **kwargs)
    return corpus, [str(w.message) for w in caught if w.category is SourceWarning]


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "arts").mkdir()
    (tmp_path / "arts" / "untitled_page.txt").write_text(UNTITLED, encoding="utf-8")
    return tmp_path / "arts"


def test_an_untitled_page_gets_its_title_and_author_from_the_table(folder, tmp_path):
    table = tmp_path / "sources.csv"
    table.write_text(HEADER + 'untitled_page,Checks for returnees,"Headline of the print '
                     'edition, page 3",Ana Example,Named in the print edition,Steppe Courier,'
                     'regional newspaper,2019-03,cited,From the print edition.,,,en\n')
    corpus, messages = _load(folder, table)
    row = corpus.documents.iloc[0]
    assert (row["title"], row["title_basis"]) == ("Checks for returnees", "curated")
    assert (row["author"], row["author_basis"]) == ("Ana Example", "curated")
    assert (row["outlet"], row["outlet_basis"]) == ("Steppe Courier", "curated")
    assert (str(row["published_earliest"].date()), str(row["published_latest"].date())) == (
        "2019-03-01", "2019-03-31")
    assert row["date_basis"] == "cited"
    # the curated title settles the page's missing one: no problem is left to report
    assert not any("no recognisable title" in m for m in messages)
    _, uncurated = _load(folder, tmp_path / "none.csv")
    assert any("no recognisable title" in m for m in uncurated)


def test_without_a_row_each_basis_says_parsed_or_unknown(folder, tmp_path):
    corpus, _ = _load(folder, tmp_path / "none.csv")
    row = corpus.documents.iloc[0]
    assert row["title"] is None and row["title_basis"] == "unknown"
    assert row["author_basis"] == "unknown" and row["outlet_basis"] == "unknown"


def test_seed_title_and_author_are_parsed(seed_corpus):
    docs = seed_corpus.documents
    assert set(docs["title_basis"]) == {"parsed"}
    assert set(docs.loc[docs["author"].notna(), "author_basis"]) == {"parsed"}


def test_a_curated_title_without_its_note_is_named(folder, tmp_path):
    table = tmp_path / "sources.csv"
    table.write_text(HEADER + "untitled_page,Checks for returnees,,,,,,,,,,,\n")
    corpus, messages = _load(folder, table)
    assert corpus.documents.iloc[0]["title"] == "Checks for returnees"
    assert any(m.startswith("sources.csv: line 2 (doc_id untitled_page): curated title") and
               "title_note" in m for m in messages), messages


def test_a_curated_title_that_differs_from_the_printed_one_is_a_disagreement(
        originals, tmp_path):
    table = tmp_path / "sources.csv"
    table.write_text(HEADER + f"{SEED_IDS[0]},Another title,The print edition,,,,,,,,,,\n")
    corpus, _ = _load(originals, table)
    found = corpus.disagreements.to_dict("records")
    assert [(d["doc_id"], d["field"], d["curated"]) for d in found] == [
        (SEED_IDS[0], "title", "Another title")]
    assert corpus.documents.set_index("doc_id").loc[SEED_IDS[0], "title"] == "Another title"


def test_a_row_without_a_file_is_a_warning_naming_the_row(folder, tmp_path):
    shutil.copyfile(folder / "untitled_page.txt", folder / "kept.txt")
    table = tmp_path / "sources.csv"
    table.write_text(HEADER + "kept,A title,On the page,,,,,,,,,,\n"
                     "no_such_article,Lost,On the page,,,,,,,,,,\n")
    corpus, messages = _load(folder, table, check_rows=True)
    named = [m for m in messages if "no_such_article" in m]
    assert len(named) == 1 and named[0].startswith("sources.csv: line 3: doc_id "
                                                   "no_such_article has no file")
    assert list(corpus.documents["doc_id"]) == ["kept", "untitled_page"]
    assert "row not used" in set(corpus.problems["action"])
    # another folder of articles is not expected to match the table: no warning by default
    _, quiet = _load(folder, table)
    assert not [m for m in quiet if "no_such_article" in m]


def test_an_outlet_the_page_names_is_parsed_unless_curated(folder, tmp_path, monkeypatch):
    from helpers import sources

    parse = sources.clean

    def wire_credit(text):
        art = parse(text)
        art.outlet_parsed = "Reuters"  # as the header rules set it from a dateline or credit
        return art

    monkeypatch.setattr("helpers.sources.clean", wire_credit)
    corpus, _ = _load(folder, tmp_path / "none.csv")
    row = corpus.documents.iloc[0]
    assert (row["outlet"], row["outlet_basis"]) == ("Reuters", "parsed")
    table = tmp_path / "sources.csv"
    table.write_text(HEADER + "untitled_page,,,,,Steppe Courier,newspaper,,,,,,\n")
    corpus, _ = _load(folder, table)
    row = corpus.documents.iloc[0]
    assert (row["outlet"], row["outlet_basis"]) == ("Steppe Courier", "curated")
