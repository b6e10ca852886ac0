"""Student copies: no solution reaches them, exercises start empty, and each copy still runs."""

from __future__ import annotations

import json

import nbformat
import pytest
from conftest import REPO
from nbclient import NotebookClient

from helpers.notebooks import notebook_paths
from helpers.student import student_copy, tags, write_student_copies

NOTEBOOKS = notebook_paths(REPO / "notebooks")


def _cells_text(nb: nbformat.NotebookNode) -> str:
    """Everything a student can read in the notebook: sources and outputs, as one string."""
    return "\n".join([c.source for c in nb.cells]
                     + [json.dumps(c.get("outputs", []), ensure_ascii=False) for c in nb.cells])


@pytest.fixture(scope="module")
def copies(tmp_path_factory) -> dict[str, tuple[nbformat.NotebookNode, nbformat.NotebookNode]]:
    """(original, student copy) for every notebook, the copies written as `make student` does."""
    out = tmp_path_factory.mktemp("student")
    written = write_student_copies(NOTEBOOKS, out)
    assert [p.name for p in written] == [p.name for p in NOTEBOOKS]
    return {p.stem: (nbformat.read(p, as_version=4), nbformat.read(out / p.name, as_version=4))
            for p in NOTEBOOKS}


def test_every_notebook_has_exercises_and_solutions(copies):
    for name, (original, _) in copies.items():
        kinds = [tags(c) for c in original.cells]
        assert any("exercise" in t for t in kinds), f"{name} has no exercise cells"
        assert any("solution" in t for t in kinds), f"{name} has no solution cells"


@pytest.mark.parametrize("name", [p.stem for p in NOTEBOOKS])
def test_no_solution_text_reaches_the_student_copy(copies, name):
    original, student = copies[name]
    assert not [c for c in student.cells if "solution" in tags(c)]
    solutions = [c for c in original.cells if "solution" in tags(c)]
    assert len(student.cells) == len(original.cells) - len(solutions)
    readable = _cells_text(student)
    for cell in solutions:
        assert cell.source.strip() not in readable
    kept = [c.source for c in original.cells if "solution" not in tags(c)]
    assert [c.source for c in student.cells] == kept


@pytest.mark.parametrize("name", [p.stem for p in NOTEBOOKS])
def test_exercise_cells_start_without_outputs(copies, name):
    _, student = copies[name]
    exercises = [c for c in student.cells if "exercise" in tags(c) and c.cell_type == "code"]
    assert exercises
    assert all(c.outputs == [] and c.execution_count is None for c in exercises)


@pytest.mark.parametrize("name", [p.stem for p in NOTEBOOKS])
def test_student_copy_runs_up_to_and_through_its_exercises(copies, name):
    _, student = copies[name]
    client = NotebookClient(student, timeout=600, kernel_name="python3", allow_errors=False,
                            resources={"metadata": {"path": str(REPO / "notebooks")}})
    client.execute()  # raises CellExecutionError on the first failing cell
    code = [c for c in student.cells if c.cell_type == "code"]
    assert [c.execution_count for c in code] == list(range(1, len(code) + 1))
    errors = [o for c in code for o in c.outputs if o.output_type == "error"]
    assert errors == []


def test_student_copy_removes_tagged_solutions_and_clears_exercises():
    nb = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_markdown_cell("Task: add one.", metadata={"tags": ["exercise"]}),
        nbformat.v4.new_code_cell("x = 1  # your answer", metadata={"tags": ["exercise"]},
                                  execution_count=1, outputs=[nbformat.v4.new_output(
                                      "stream", name="stdout", text="1\n")]),
        nbformat.v4.new_markdown_cell("**Solution.** Add it.", metadata={"tags": ["solution"]}),
        nbformat.v4.new_code_cell("x + 1", metadata={"tags": ["solution", "other"]}),
        nbformat.v4.new_code_cell("print('kept')", execution_count=2, outputs=[
            nbformat.v4.new_output("stream", name="stdout", text="kept\n")]),
    ])
    student = student_copy(nb)
    assert [c.source for c in student.cells] == ["Task: add one.", "x = 1  # your answer",
                                                 "print('kept')"]
    assert student.cells[1].outputs == [] and student.cells[1].execution_count is None
    assert student.cells[2].outputs[0]["text"] == "kept\n"
    assert len(nb.cells) == 5, "the original notebook is left unchanged"


@pytest.mark.parametrize("name", [p.stem for p in NOTEBOOKS])
def test_student_copy_keeps_the_checks_and_loses_the_solutions(copies, name):
    """Every exercise that the original checks is still checked in the student copy, and no
    solution's check (with its answer) is left."""
    original, student = copies[name]
    checks = [c.source for c in original.cells
              if "exercise" in tags(c) and c.cell_type == "code" and "check(" in c.source]
    assert checks, f"{name}: no exercise calls check()"
    kept = [c.source for c in student.cells if "exercise" in tags(c)]
    assert all(source in kept for source in checks)
    solved = [c.source for c in original.cells if "solution" in tags(c) and "check(" in c.source]
    assert solved and not [c for c in student.cells if c.source in solved]
