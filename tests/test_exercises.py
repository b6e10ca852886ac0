"""Self-check exercises: check() says correct for the answer the data give, not yet (with a
hint) otherwise, reads the shapes a student produces, and follows the data when articles are
added. Every check() call in the notebooks names a known exercise, in an exercise cell and in
its solution."""

from __future__ import annotations

import re
import shutil

import nbformat
import pandas as pd
import pytest
from conftest import REPO, SEEDS

from helpers import load_corpus, sentences
from helpers.exercises import EXERCISES, KNB_PATTERN, ExerciseError, Feedback, check, expected
from helpers.notebooks import notebook_paths
from helpers.paths import _root_from
from helpers.stances import by_actor_type, load_stances

CALL = re.compile(r"""check\(\s*["'](\d\d-\d)["']""")


def _knb_by_hand() -> pd.Series:
    sents = sentences(load_corpus().documents)
    hits = sents[sents["text"].str.contains(KNB_PATTERN, regex=True)]
    return hits.groupby("doc_id").size()


def test_the_answer_from_the_data_is_correct_in_every_shape():
    counts = _knb_by_hand()
    assert len(counts) > 0
    for shape in (counts, counts.to_dict(), counts.rename("sentences").reset_index()):
        result = check("00-2", shape)
        assert isinstance(result, Feedback) and result.correct, result
        assert str(result) == "Exercise 00-2: correct."


def test_a_wrong_or_missing_answer_is_not_yet_with_a_hint():
    counts = _knb_by_hand()
    wrong = counts.copy()
    wrong.iloc[0] += 1
    result = check("00-2", wrong)
    assert not result and str(result).startswith("Exercise 00-2: not yet. Hint: ")
    assert f"{len(counts) - 1} of {len(counts)} entries match" in result.hint
    assert not check("00-2", None) and not check("00-2", "KNB")
    assert "should be" in check("00-2", "KNB").hint


def test_shares_and_sets_are_compared_as_the_exercise_says():
    types = by_actor_type(load_stances(docs=load_corpus().documents))
    share = (1 - types["n_positioned"] / types["n_statements"]).round(2)
    answer = types.assign(share_descriptive=share)
    assert check("03-3", answer)
    assert not check("03-3", answer.assign(share_descriptive=share + 0.05))
    assert check("01-1", list(expected("01-1")))
    assert not check("01-1", sorted(expected("01-1"))[1:])


def test_an_unknown_exercise_is_named():
    with pytest.raises(ExerciseError, match="no exercise '09-9'"):
        check("09-9", 1)


def test_every_exercise_answers_from_the_data():
    for exercise_id in EXERCISES:
        assert expected(exercise_id) not in (None, {}, frozenset()), exercise_id


def test_the_expected_answer_follows_an_added_article(tmp_path, monkeypatch):
    """A seminar adds an article that mentions the KNB: exercise 00-2 counts it, unasked."""
    for folder in ("data", "helpers"):
        (tmp_path / folder).mkdir()
    shutil.copytree(SEEDS, tmp_path / "seeds")
    for csv in (REPO / "data").glob("*.csv"):
        shutil.copy(csv, tmp_path / "data" / csv.name)
    (tmp_path / "seeds" / "900_added.txt").write_text(
        "Returnees face checks at the border\n\nBy Ana Example\n\nPublished: 3 March 2016\n\n"
        "The KNB said about 20 people had come back.\n\n"
        "Officials of the National Security Committee met their families.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    _root_from.cache_clear()
    try:
        found = expected("00-2")
    finally:
        monkeypatch.undo()
        _root_from.cache_clear()
    assert found["900_added"] == 2
    assert {k: v for k, v in found.items() if k != "900_added"} == expected("00-2")


@pytest.mark.parametrize("path", notebook_paths(REPO / "notebooks"), ids=lambda p: p.stem)
def test_notebook_exercises_and_solutions_call_check(path):
    nb = nbformat.read(path, as_version=4)
    number = path.name[:2]
    calls: dict[str, set[str]] = {"exercise": set(), "solution": set()}
    for cell in nb.cells:
        for tag in calls:
            if cell.cell_type == "code" and tag in cell.metadata.get("tags", []):
                calls[tag] |= set(CALL.findall(cell.source))
    ours = {e for e in EXERCISES if e.startswith(number)}
    assert calls["exercise"] == calls["solution"] == ours, path.name
