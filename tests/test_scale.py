"""The collection at 200 articles: every notebook runs and reads right.

A temporary copy of the repository gets 195 generated articles (helpers.scale: short, fictional,
some without a title, byline or date line) beside the five seeds, and the reviewed draft rows of
one generated article are moved into its data/ (as a coder would, by the codebook). Every
notebook is executed there: no error, nothing on stderr, no nan/NaT/None/<NA> shown to readers,
no figure taller than about 2,000 pixels, and the uncoded articles shown as automatic.
"""

from __future__ import annotations

import base64
import re
import struct
import warnings
from pathlib import Path

import nbformat
import pandas as pd
import pytest
from nbclient import NotebookClient
from test_draft import move_into, review

from helpers import load_corpus
from helpers.actors import load_actors
from helpers.claims import load_claims
from helpers.draft import draft_claims, draft_stances
from helpers.notebooks import notebook_paths
from helpers.scale import copy_env, make_copy
from helpers.validation import validate

N_ARTICLES = 200
MAX_FIGURE_PX = 2_000
# a value shown where a reader expects words: as a table cell, or as a word in prose
# ("None of the rules ..." is English, not a missing value)
_MISSING = re.compile(r"<td>(?:nan|NaN|NaT|None|&lt;NA&gt;)</td>|\b(?:nan|NaN|NaT)\b|<NA>"
                      r"|&lt;NA&gt;|\bNone\b(?! of)")

pytestmark = pytest.mark.slow


def _move_reviewed_drafts(copy: Path) -> str:
    """Draft rows of one dated generated article, reviewed as tests/test_draft.py does and
    moved into the copy's data/ (checked as `make` checks it); returns its doc_id."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        docs = load_corpus(copy / "seeds", sources=copy / "data" / "sources.csv").documents
    data = copy / "data"
    dated = docs[docs["year"].notna() & docs["doc_id"].str.startswith("gen_")]
    one = docs[docs["doc_id"] == dated["doc_id"].iloc[0]]
    coded = pd.read_csv(data / "stances.csv", dtype=str, keep_default_na=False)
    ledger = load_claims(data / "claims.csv")
    actors = load_actors(data / "actors.csv")
    drafts = draft_claims(one, ledger), draft_stances(one, coded.iloc[0:0], actors)
    move_into(data, *review(*drafts, actors, ledger, coded))
    assert validate(data, copy / "seeds") == []
    return str(one["doc_id"].iloc[0])


@pytest.fixture(scope="module")
def executed(tmp_path_factory) -> tuple[dict[str, nbformat.NotebookNode], str]:
    copy = make_copy(tmp_path_factory.mktemp("scale") / "collection", N_ARTICLES)
    reviewed = _move_reviewed_drafts(copy)
    env = copy_env(copy)
    patch = pytest.MonkeyPatch()
    for name in ("PYTHONPATH", "PYTHONHASHSEED"):
        patch.setenv(name, env[name])  # the kernels import the copy's helpers
    results = {}
    try:
        for path in notebook_paths(copy / "notebooks"):
            nb = nbformat.read(path, as_version=4)
            NotebookClient(nb, timeout=600, kernel_name="python3", allow_errors=True,
                           resources={"metadata": {"path": str(path.parent)}}).execute()
            results[path.stem] = nb
    finally:
        patch.undo()
    return results, reviewed


def _outputs(nb, kinds=("text/plain", "text/markdown", "text/html")) -> list[tuple[str, str]]:
    found = []
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            found += [(cell.get("id", ""), str(v)) for k, v in out.get("data", {}).items()
                      if k in kinds]
            if out.get("output_type") == "stream":
                found.append((cell.get("id", ""), str(out.get("text", ""))))
    return found


def test_there_are_200_articles_some_without_title_or_date(executed):
    nbs, _ = executed
    shown = "\n".join(t for _, t in _outputs(nbs["00_corpus"]))
    assert f"{N_ARTICLES} articles" in shown
    assert "no recognisable title" in shown and "no date is known at all" in shown


def test_every_notebook_runs_without_error_or_stderr(executed):
    nbs, _ = executed
    assert sorted(nbs) == ["00_corpus", "01_source_reliability", "02_conflicting_estimates",
                           "03_amnesty_vs_prosecution"]
    for name, nb in nbs.items():
        errors = [f"{o.ename}: {o.evalue}" for c in nb.cells for o in c.get("outputs", [])
                  if o.output_type == "error"]
        assert errors == [], name
        stderr = [o["text"][:300] for c in nb.cells for o in c.get("outputs", [])
                  if o.get("name") == "stderr"]
        assert stderr == [], name


def test_no_missing_value_markers_reach_readers(executed):
    nbs, _ = executed
    for name, nb in nbs.items():
        bad = [(cell, text[max(0, m.start() - 60):m.end() + 20])
               for cell, text in _outputs(nb) for m in _MISSING.finditer(text)]
        assert bad == [], name


def _png_size(data: str) -> tuple[int, int]:
    raw = base64.b64decode(data)
    width, height = struct.unpack(">II", raw[16:24])
    return width, height


def test_no_figure_is_taller_than_about_2000_pixels(executed):
    nbs, _ = executed
    heights = {name: max((_png_size(o["data"]["image/png"])[1] for c in nb.cells
                          for o in c.get("outputs", []) if "image/png" in o.get("data", {})),
                         default=0) for name, nb in nbs.items()}
    assert max(heights.values()) <= MAX_FIGURE_PX, heights


def test_tables_are_bounded_and_name_the_full_table(executed):
    nbs, _ = executed
    for name, nb in nbs.items():
        for cell, text in _outputs(nb, ("text/html",)):
            assert text.count("<tr") <= 60, (name, cell)  # a bounded table, never 200 rows
    shown = "\n".join(t for _, t in _outputs(nbs["00_corpus"], ("text/markdown",)))
    assert "the full table is `data/derived/documents.csv`" in shown


def test_uncoded_articles_are_shown_as_automatic_and_reviewed_rows_as_coded(executed):
    nbs, reviewed = executed
    shown = {name: "\n".join(t for _, t in _outputs(nb)) for name, nb in nbs.items()}
    assert "automatic, not reviewed" in shown["01_source_reliability"]
    assert "automatic, not reviewed" in shown["02_conflicting_estimates"]
    assert "awaiting coding" in shown["03_amnesty_vs_prosecution"]
    assert "gen_" in shown["03_amnesty_vs_prosecution"]
    # the reviewed article is in the ledger and the stance table now: six coded documents
    assert "claims** from **6** of them" in shown["01_source_reliability"]
    assert "in **6 of the 200 documents**" in shown["03_amnesty_vs_prosecution"]
