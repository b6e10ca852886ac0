"""Every committed notebook was executed top to bottom and holds no path of this machine."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest
from conftest import ARTICLES, REPO

from helpers.notebooks import execution_problems

NOTEBOOKS = sorted((REPO / "notebooks").glob("*.ipynb"))
# absolute paths of this machine: the repository, the shared folder, home and temp folders
MACHINE_PATH = re.compile("|".join(re.escape(p) for p in sorted(
    {str(REPO), str(REPO.parent), str(Path.home()), "/tmp/", "/work/"}, key=len, reverse=True)
    if p not in {"/", ""}))


def test_notebook_folder_exists():
    assert (REPO / "notebooks").is_dir()


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_was_executed_top_to_bottom(path):
    assert execution_problems(path) == []


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_holds_no_absolute_path(path):
    text = path.read_text(encoding="utf-8")
    found = sorted(set(MACHINE_PATH.findall(text)))
    assert not found, f"{path.name} contains {found}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_name_and_kernel(path):
    import nbformat

    assert re.fullmatch(r"\d\d_[a-z0-9_]+\.ipynb", path.name)
    nb = nbformat.read(path, as_version=4)
    assert nb.metadata["kernelspec"]["name"] == "python3"


def test_a_failing_cell_stops_execution_and_names_the_notebook_and_the_cell(tmp_path, capsys):
    """`make` runs `python -m helpers execute`: a cell error must fail it, say where, and leave
    the notebook as it was (no half-run file)."""
    import nbformat

    from helpers.cli import main

    nb = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_markdown_cell("# A notebook with an error"),
        nbformat.v4.new_code_cell("x = 1"),
        nbformat.v4.new_code_cell("x / 0"),
    ])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                 "language": "python"}
    path = tmp_path / "99_broken.ipynb"
    nbformat.write(nb, path)
    before = path.read_bytes()
    assert main(["execute", str(path)]) == 1
    err = capsys.readouterr().err
    assert f"{path}: cell 2 failed: ZeroDivisionError" in err
    assert path.read_bytes() == before


@pytest.mark.parametrize("text", ["", "{not json", "[1]", '{"cells": [], "nbformat": 4}'])
def test_read_notebook_names_the_file_that_is_not_a_notebook(tmp_path, text):
    from helpers.notebooks import NotebookUnreadable, read_notebook

    path = tmp_path / "00_broken.ipynb"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(NotebookUnreadable, match=re.escape(f"{path}: not a readable notebook")):
        read_notebook(path)


def test_write_notebook_round_trips_with_a_final_newline(tmp_path):
    import nbformat

    from helpers.notebooks import read_notebook, write_notebook

    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("# 00 · X")])
    path = tmp_path / "00_x.ipynb"
    write_notebook(path, nb)
    assert path.read_text(encoding="utf-8") == nbformat.writes(nb) + "\n"
    assert read_notebook(path) == nb


@pytest.mark.parametrize("name", ["check", "student", "site"])
def test_a_broken_notebook_is_named_by_the_command_line(tmp_path, name, command):
    path = tmp_path / "00_broken.ipynb"
    path.write_text("{not json", encoding="utf-8")
    extra = [] if name == "check" else ["--out", str(tmp_path / "out")]
    result = command(name, str(path), *extra)  # an uncaught exception fails the test here
    assert result.returncode != 0
    assert f"{path}: not a readable notebook" in result.stderr
    assert "Traceback" not in result.stderr


def test_line_fates_reads_the_given_removed_lines_instead_of_reparsing(article_corpus,
                                                                        monkeypatch):
    """Notebook 00 passes corpus.removed: line_fates then reads only the one file it shows."""
    import helpers.audit

    removed = article_corpus.removed
    doc_id = removed["doc_id"].value_counts().sort_index().idxmax()
    expected = helpers.audit.line_fates(doc_id, ARTICLES)

    def no_parse(*args, **kwargs):
        raise AssertionError("line_fates re-parsed the corpus although removed was given")

    monkeypatch.setattr(helpers.audit, "load_corpus", no_parse)
    fates = helpers.audit.line_fates(doc_id, ARTICLES, removed=removed)
    pd.testing.assert_frame_equal(fates, expected)
    mine = removed[removed["doc_id"] == doc_id]
    assert sorted(fates.loc[~fates["fate"].isin(["kept", "blank"]), "line_no"]) == sorted(
        set(mine["line_no"]))
