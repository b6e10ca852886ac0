"""Round 15 (issue 9): inside lexicon.pinned() a list's pattern and set are kept in the block's
look-ups, and inside paths.pinned() each data/ file's path (one dictionary look-up per rule and
sentence instead of a key built and hashed each time). They change nothing: the same patterns,
sets and paths as outside a block, one pattern per template and flags, the block's own version
of a list and root; the export's passes give the same results on the seeds, the test articles,
the dev pages and generated articles."""

from __future__ import annotations

import os

import pytest
from conftest import TEXT_FOLDERS

from helpers import lexicon, paths
from helpers.bench import write_corpus
from helpers.passes import _document_pass
from helpers.sources import load_corpus


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setattr(lexicon, "FOLDER", tmp_path)
    return tmp_path


def test_a_pinned_pattern_and_set_are_those_of_the_plain_calls(folder):
    (folder / "verbs.csv").write_text("term,comment\nsaid,\ntold,\n", encoding="utf-8")
    (folder / "nouns.csv").write_text("term,comment\nofficial,\n", encoding="utf-8")
    plain = {(name, template, flags): lexicon.pattern(name, template, flags)
             for name in ("verbs", "nouns") for template in (r"\b(?:WORDS)\b", r"^(?:WORDS)$")
             for flags in (0, lexicon.re.IGNORECASE)}
    sets = {name: lexicon.term_set(name) for name in ("verbs", "nouns")}
    with lexicon.pinned():
        for _ in range(2):  # asked again: from the block's look-ups
            for (name, template, flags), pattern in plain.items():
                found = lexicon.pattern(name, template, flags)
                assert (found.pattern, found.flags) == (pattern.pattern, pattern.flags)
            assert {name: lexicon.term_set(name) for name in sets} == sets
        # each template and flags of a list is its own pattern
        assert lexicon.pattern("verbs", r"^(?:WORDS)$", 0).fullmatch("said")
        assert not lexicon.pattern("verbs", r"^(?:WORDS)$", 0).fullmatch("Said")
        assert lexicon.pattern("verbs", r"^(?:WORDS)$", lexicon.re.IGNORECASE).fullmatch("Said")
        assert not lexicon.pattern("nouns").search("he said")


def test_a_pinned_pattern_keeps_the_blocks_version_and_follows_the_list_after_it(folder):
    path = folder / "verbs.csv"
    path.write_text("term,comment\nsaid,\n", encoding="utf-8")
    with lexicon.pinned():
        assert not lexicon.pattern("verbs").search("she noted")
        assert lexicon.term_set("verbs") == {"said"}
        path.write_text("term,comment\nsaid,\nnoted,\n", encoding="utf-8")
        os.utime(path, ns=(1, 7_000_000_000_000_000_000))
        assert not lexicon.pattern("verbs").search("she noted")  # one version per block
        assert lexicon.term_set("verbs") == {"said"}
    assert lexicon.pattern("verbs").search("she noted")  # the edit counts after the block
    assert lexicon.term_set("verbs") == {"said", "noted"}
    with lexicon.pinned():
        assert lexicon.pattern("verbs").search("she noted")
        assert lexicon.term_set("verbs") == {"said", "noted"}


def _passes(folder) -> str:
    """Every document pass of a folder, written out (repr: a missing bound, nan, compares
    equal to itself there)."""
    docs = load_corpus(folder).documents
    return repr([_document_pass(str(d), str(t or ""), "", x)
                 for d, t, x in zip(docs["doc_id"], docs["title"], docs["text"], strict=True)])


@pytest.mark.parametrize("name", [*TEXT_FOLDERS, "generated"])
def test_a_document_pass_inside_a_pinned_block_is_the_pass_outside(name, tmp_path):
    """_document_pass unpinned (every list looked up, patterns and sets built from their keys
    at each call) against the same inside pinned() (kept in the block's look-ups)."""
    if name == "generated":
        write_corpus(tmp_path, 40, seed=15)
        folder = tmp_path
    else:
        folder = TEXT_FOLDERS[name]
    plain = _passes(folder)
    with lexicon.pinned(), paths.pinned():
        assert _passes(folder) == plain


def test_a_pinned_data_path_is_the_plain_one_and_follows_the_root_after_the_block(
        tmp_path, monkeypatch):
    plain = {name: paths.data_file(name) for name in ("actors.csv", "sources.csv")}
    assert plain["actors.csv"] == str(paths.data_dir() / "actors.csv")
    for name in ("seeds", "data", "helpers"):
        (tmp_path / name).mkdir()
    with paths.pinned():
        for _ in range(2):  # asked again: from the block's look-ups
            assert {name: paths.data_file(name) for name in plain} == plain
        monkeypatch.setenv(paths.ROOT_VARIABLE, str(tmp_path))  # another root, set in the block
        assert paths.data_file("actors.csv") == plain["actors.csv"]
        with paths.pinned():  # one document inside a pinned export: the export's root
            assert paths.data_file("actors.csv") == plain["actors.csv"]
    moved = str(tmp_path.resolve() / "data" / "actors.csv")
    assert paths.data_file("actors.csv") == moved  # the new root counts after the block
    with paths.pinned():
        assert paths.data_file("actors.csv") == moved
