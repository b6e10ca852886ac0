"""The notebooks call helpers for every rule: they choose rows by code or by a computed
criterion (never by position), import only the package's public names, and copy no list of
actor types nor write the bounds-overlap test inline (issue 9, point 5)."""

from __future__ import annotations

import ast
import csv
import importlib
from pathlib import Path

import pytest
from conftest import REPO

NOTEBOOKS = sorted((REPO / "notebooks").glob("*.ipynb"))
POSITIONAL_ATTRIBUTES = {"iloc", "iat"}
POSITIONAL_CALLS = {"head", "tail", "nth", "first", "last"}


def code_cells(path: Path) -> list[tuple[int, str]]:
    """(cell number, source) of every code cell of the notebook."""
    import nbformat

    nb = nbformat.read(path, as_version=4)
    return [(i, cell.source) for i, cell in enumerate(nb.cells) if cell.cell_type == "code"]


def _constant_int(node: ast.AST) -> bool:
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        node = node.operand
    return (isinstance(node, ast.Constant) and isinstance(node.value, int)
            and not isinstance(node.value, bool))


def positional_picks(source: str) -> list[str]:
    """Every place where the code picks a row, or a value, by its position."""
    found = []
    for node in ast.walk(ast.parse(source)):
        where = f"line {getattr(node, 'lineno', '?')}"
        if isinstance(node, ast.Attribute) and node.attr in POSITIONAL_ATTRIBUTES:
            found.append(f"{where}: .{node.attr}")
        elif (isinstance(node, ast.Subscript) and _constant_int(node.slice)
              and not (isinstance(node.value, ast.Attribute) and node.value.attr == "str")):
            # (the .str accessor indexes the characters or parts of each string, not rows)
            found.append(f"{where}: [{ast.unparse(node.slice)}] on {ast.unparse(node.value)}")
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
              and node.func.attr in POSITIONAL_CALLS
              and (node.func.attr in {"first", "last"} and not node.args
                   or any(isinstance(a, ast.Constant) and a.value == 1 for a in node.args[:1]))):
            found.append(f"{where}: .{node.func.attr}()")
    return found


def public_names(module: str) -> set[str] | None:
    """The public names of `helpers` or of a public subpackage of it (one with __all__); None
    for any other module of the package (a module's own names are not the interface)."""
    if module != "helpers" and not module.startswith("helpers."):
        return None
    imported = importlib.import_module(module)
    if not hasattr(imported, "__path__") or not hasattr(imported, "__all__"):
        return None
    if any(part.startswith("_") for part in module.split(".")):
        return None
    return set(imported.__all__)


def private_imports(source: str) -> list[str]:
    """Every import of a helpers name that is not public (see public_names)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        where = f"line {node.lineno}" if hasattr(node, "lineno") else ""
        if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "helpers":
            allowed = public_names(node.module)
            for alias in node.names:
                if allowed is None or alias.name not in allowed or alias.name.startswith("_"):
                    found.append(f"{where}: from {node.module} import {alias.name}")
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] == "helpers" and public_names(alias.name) is None:
                    found.append(f"{where}: import {alias.name}")
    return found


def actor_types() -> set[str]:
    with (REPO / "data" / "actors.csv").open(encoding="utf-8") as f:
        return {row["actor_type"] for row in csv.DictReader(f)}


def inline_rules(source: str, types: set[str]) -> list[str]:
    """Rules the helpers hold, written again in a cell: an actor type typed as a literal (a
    copied list of types), and the overlap test max(lows) <= min(highs)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Constant) and node.value in types:
            found.append(f"line {node.lineno}: actor type {node.value!r} typed in the cell")
        elif (isinstance(node, ast.Compare) and isinstance(node.left, ast.Call)
              and isinstance(node.left.func, ast.Name) and node.left.func.id in {"max", "min"}
              and any(isinstance(c, ast.Call) and isinstance(c.func, ast.Name)
                      and c.func.id in {"max", "min"} for c in node.comparators)):
            found.append(f"line {node.lineno}: bounds overlap written inline")
    return found


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebooks_pick_no_row_by_position(path):
    found = [f"cell {i}, {pick}" for i, source in code_cells(path)
             for pick in positional_picks(source)]
    assert not found, f"{path.name}: choose rows by code (row_for) or a computed criterion: {found}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebooks_import_only_public_names(path):
    found = [f"cell {i}, {hit}" for i, source in code_cells(path)
             for hit in private_imports(source)]
    assert not found, f"{path.name}: import from helpers (or helpers.reliability): {found}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebooks_write_no_rule_of_the_helpers_inline(path):
    types = actor_types()
    found = [f"cell {i}, {hit}" for i, source in code_cells(path)
             for hit in inline_rules(source, types)]
    assert not found, f"{path.name}: call the helpers instead: {found}"


@pytest.mark.parametrize("source", [
    "row = table.iloc[0]",
    "row = table[table['a'] == 1].iloc[[0]]",
    "value = table['a'].iat[0]",
    "value = table[table['a'] == 1]['b'].values[0]",
    "year = years[-1]",
    "top = table.head(1)",
    "top = table.groupby('a').first()",
])
def test_a_positional_pick_is_found(source):
    assert positional_picks(source)


@pytest.mark.parametrize("source", [
    "row = row_for(table, 'claim_id', 'C05')",
    "top = table.loc[table['n'].idxmax()]",
    "shown = table.head(len(rows))",
    "doc = table['doc_id'].str[:3]",
    "first, last = min(years), max(years)",
    "part = table['sentence_id'].str.split(':', n=1).str[1]",
])
def test_a_choice_by_code_or_criterion_passes(source):
    assert positional_picks(source) == []


@pytest.mark.parametrize("source, bad", [
    ("from helpers import row_for, load_claims", False),
    ("from helpers.reliability import claim_years", False),
    ("from helpers.claims import load_claims", True),
    ("from helpers.reliability.grading import claim_measures", True),
    ("from helpers import lazy_exports", True),
    ("from helpers.stances import _problems", True),
    ("import helpers.claims", True),
    ("import pandas as pd", False),
])
def test_private_imports_are_found(source, bad):
    assert bool(private_imports(source)) is bad


def test_copied_actor_types_and_an_inline_overlap_are_found():
    types = {"state security", "government ministry"}
    assert inline_rules("state = t['actor_type'].isin(['state security'])", types)
    assert inline_rules("ok = max(a.low, b.low) <= min(a.high, b.high)", types)
    assert inline_rules("state = speaks_for_state(t['actor_type'])", types) == []
