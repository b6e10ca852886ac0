"""The word-list loader: files are data, re-read when they change, errors name the file."""

from __future__ import annotations

import os

import pytest

from helpers import lexicon


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setattr(lexicon, "FOLDER", tmp_path)
    return tmp_path


def test_terms_follow_the_file_and_its_edits(folder):
    path = folder / "verbs.csv"
    path.write_text("# verbs of saying\nterm,comment\nsaid,past\ntold,\n", encoding="utf-8")
    assert lexicon.terms("verbs") == ("said", "told")
    path.write_text("term,comment\nsaid,past\ntold,\nnoted,added later\n", encoding="utf-8")
    os.utime(path, ns=(1, 2_000_000_000_000_000_000))
    assert lexicon.terms("verbs") == ("said", "told", "noted")
    assert list(lexicon.table("verbs").columns) == ["term", "comment"]


def test_missing_and_blank_entries_name_the_file(folder):
    with pytest.raises(lexicon.LexiconError, match="nothing.csv"):
        lexicon.terms("nothing")
    (folder / "bad.csv").write_text("term,comment\n,why\n", encoding="utf-8")
    with pytest.raises(lexicon.LexiconError, match="bad.csv: row 2"):
        lexicon.terms("bad")


def test_version_changes_with_the_file(folder):
    path = folder / "verbs.csv"
    path.write_text("term,comment\nsaid,\n", encoding="utf-8")
    before = lexicon.version("verbs")
    path.write_text("term,comment\nsaid,\nnoted,\n", encoding="utf-8")
    os.utime(path, ns=(1, 3_000_000_000_000_000_000))
    assert lexicon.version("verbs") != before
    with pytest.raises(lexicon.LexiconError, match="nothing.csv"):
        lexicon.version("nothing")


def test_a_pinned_block_reads_one_version_and_an_inner_block_keeps_it(folder):
    path = folder / "verbs.csv"
    path.write_text("term,comment\nsaid,\n", encoding="utf-8")
    with lexicon.pinned():
        assert lexicon.terms("verbs") == ("said",)
        path.write_text("term,comment\nsaid,\nnoted,\n", encoding="utf-8")
        os.utime(path, ns=(1, 4_000_000_000_000_000_000))
        with lexicon.pinned():  # one document inside a pinned export
            assert lexicon.terms("verbs") == ("said",)
        assert lexicon.terms("verbs") == ("said",)
    assert lexicon.terms("verbs") == ("said", "noted")  # the edit counts after the block
    with lexicon.pinned():
        assert lexicon.terms("verbs") == ("said", "noted")


def test_keys_built_inside_a_pinned_block_follow_the_list_after_it(folder):
    path = folder / "verbs.csv"
    path.write_text("term,comment\nsaid,\n", encoding="utf-8")
    with lexicon.pinned():
        key, stamp = lexicon.version("verbs"), lexicon.stamps("verbs")
        path.write_text("term,comment\nsaid,\nnoted,\n", encoding="utf-8")
        os.utime(path, ns=(1, 6_000_000_000_000_000_000))
        assert lexicon.version("verbs") == key and lexicon.stamps("verbs") == stamp
    assert lexicon.version("verbs") != key and lexicon.stamps("verbs") != stamp
    with pytest.raises(lexicon.LexiconError, match="nothing.csv"), lexicon.pinned():
        lexicon.version("nothing")
