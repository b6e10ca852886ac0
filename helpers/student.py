"""Student copies of the notebooks: the worked solutions removed, the exercises left to do.

Cells tagged ``solution`` are removed with nbconvert's TagRemovePreprocessor (enabled
explicitly); cells tagged ``exercise`` keep their task and starter code but lose their outputs,
so a student sees an empty answer. Every other cell keeps its outputs: the reading stays intact.
"""

from __future__ import annotations

import copy
from pathlib import Path

import nbformat
from nbconvert.preprocessors import TagRemovePreprocessor

SOLUTION_TAG = "solution"
EXERCISE_TAG = "exercise"


def tags(cell: nbformat.NotebookNode) -> set[str]:
    """The cell's tags (cell.metadata["tags"])."""
    return set(cell.get("metadata", {}).get("tags", []))


def student_copy(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """A copy of the notebook without solution cells and with exercise outputs cleared."""
    nb = copy.deepcopy(nb)
    remove = TagRemovePreprocessor(enabled=True, remove_cell_tags={SOLUTION_TAG})
    nb, _ = remove(nb, {})
    for cell in nb.cells:
        if cell.cell_type == "code" and EXERCISE_TAG in tags(cell):
            cell.outputs = []
            cell.execution_count = None
    return nb


def write_student_copies(notebooks: list[Path], out: Path) -> list[Path]:
    """Write the student copy of each notebook into `out` under the same file name."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for path in notebooks:
        nb = student_copy(nbformat.read(path, as_version=4))
        target = out / Path(path).name
        target.write_text(nbformat.writes(nb) + "\n", encoding="utf-8")
        written.append(target)
    return written
