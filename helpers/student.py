"""Student copies of the notebooks: the worked solutions removed, the exercises left to do.

Both steps are nbconvert's TagRemovePreprocessor (enabled explicitly): cells tagged ``solution``
are removed; code cells tagged ``exercise`` keep their task and starter code but lose their
outputs and execution count, so a student sees an empty answer. Every other cell keeps its
outputs: the reading stays intact.
"""

from __future__ import annotations

import copy
from pathlib import Path

import nbformat
from nbconvert.preprocessors import TagRemovePreprocessor

from .notebooks import read_notebook, write_notebook

SOLUTION_TAG = "solution"
EXERCISE_TAG = "exercise"


def tags(cell: nbformat.NotebookNode) -> set[str]:
    """The cell's tags (cell.metadata["tags"])."""
    return set(cell.get("metadata", {}).get("tags", []))


def student_copy(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """A copy of the notebook without solution cells and with exercise outputs cleared."""
    nb = copy.deepcopy(nb)
    remove = TagRemovePreprocessor(enabled=True, remove_cell_tags={SOLUTION_TAG},
                                   remove_all_outputs_tags={EXERCISE_TAG})
    nb, _ = remove(nb, {})
    return nb


def write_student_copies(notebooks: list[Path], out: Path) -> list[Path]:
    """Write the student copy of each notebook into `out` under the same file name."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for path in notebooks:
        nb = student_copy(read_notebook(path))
        target = out / Path(path).name
        write_notebook(target, nb)
        written.append(target)
    return written
