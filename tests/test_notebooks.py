"""Every committed notebook was executed top to bottom and holds no path of this machine."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import REPO

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
