"""Adding a source: a new article dropped into a copy's seeds/ flows through every notebook.

The repository is copied to a temporary folder (without the venv, git data and built output),
an article written for this test is added to the copy's seeds/, and every notebook is executed
there with the copy's own helpers package and folders, as a seminar would do after adding an
article. This runs all notebooks once, so it is the slowest test (marked `slow`). Then the copy's
own unit tests and nbval run there, as `make test` would: they must pass with the added article
(the tests that read neither seeds/ nor notebooks/, themselves or through the fixtures, test
helpers and functions of helpers/ they use, found by tests/copy_tests.py, are left out there,
and so are the cases given only the test articles or the dev real pages: they would repeat
this run exactly).

The article (tests/new_source/steppe_courier_checks.txt) is fictional: outlet, people, figures
and quotes are made up for this test and appear nowhere in the collection's analysis.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pandas as pd
import pytest
from conftest import REPO, TEXT_FOLDERS
from copy_tests import READS_THE_COPY, copy_selection
from nbclient import NotebookClient

from helpers.site import notebook_paths, render_site

ARTICLE = Path(__file__).resolve().parent / "new_source" / "steppe_courier_checks.txt"
DOC_ID = "005_steppe_courier_checks"  # the file stem becomes the doc_id
TITLE = "Returnees from Syria face a year of checks, officials say"
QUOTE = "A year of checks without a court decision is a punishment in all but name"
LEFT_OUT = {".git", ".venv", "site", "student", "build", "__pycache__", ".pytest_cache",
            ".ruff_cache", ".ipynb_checkpoints", ".hypothesis", ".mypy_cache"}

pytestmark = pytest.mark.slow


def _ignore(folder: str, names: list[str]) -> set[str]:
    left_out = {n for n in names if n in LEFT_OUT or n.endswith(".egg-info")}
    if Path(folder) == REPO / "data":
        left_out.add("derived")
    return left_out


@pytest.fixture(scope="module")
def copy(tmp_path_factory) -> Path:
    """A copy of the collection with the new article in its seeds/."""
    root = tmp_path_factory.mktemp("seminar") / "collection"
    shutil.copytree(REPO, root, ignore=_ignore)
    shutil.copyfile(ARTICLE, root / "seeds" / f"{DOC_ID}.txt")
    return root


@pytest.fixture(scope="module")
def env(copy) -> dict[str, str]:
    """Environment under which Python imports the copy's helpers, not the original's."""
    return {**os.environ, "PYTHONPATH": str(copy), "PYTHONHASHSEED": "0"}


def test_the_copy_imports_its_own_helpers(copy, env):
    done = subprocess.run([sys.executable, "-c", "import helpers; print(helpers.__file__)"],
                          cwd=copy / "notebooks", env=env, capture_output=True, text=True,
                          check=True)
    assert Path(done.stdout.strip()).parent == copy / "helpers"


@pytest.fixture(scope="module")
def executed(copy, env) -> dict[str, nbformat.NotebookNode]:
    """Every notebook of the copy, executed top to bottom in the copy's notebooks/ folder."""
    results = {}
    patch = pytest.MonkeyPatch()
    for name in ("PYTHONPATH", "PYTHONHASHSEED"):
        patch.setenv(name, env[name])  # the kernels inherit this environment
    try:
        for path in notebook_paths(copy / "notebooks"):
            nb = nbformat.read(path, as_version=4)
            NotebookClient(nb, timeout=600, kernel_name="python3", allow_errors=False,
                           resources={"metadata": {"path": str(path.parent)}}).execute()
            nbformat.write(nb, path)
            results[path.stem] = nb
    finally:
        patch.undo()
    return results


def _outputs(nb: nbformat.NotebookNode) -> str:
    texts = []
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            texts += [str(v) for k, v in out.get("data", {}).items() if k.startswith("text/")]
            texts.append(str(out.get("text", "")))
    return "\n".join(texts)


def test_every_notebook_still_runs_with_the_new_article(executed):
    assert sorted(executed) == [p.stem for p in notebook_paths(REPO / "notebooks")]
    for name, nb in executed.items():
        errors = [o for c in nb.cells for o in c.get("outputs", []) if o.output_type == "error"]
        assert errors == [], name
        stderr = [o["text"] for c in nb.cells for o in c.get("outputs", [])
                  if o.get("name") == "stderr"]
        assert stderr == [], f"{name} wrote to stderr: {stderr}"


def test_the_new_article_appears_in_the_corpus_tables_of_notebook_00(executed):
    shown = _outputs(executed["00_corpus"])
    assert DOC_ID in shown
    assert TITLE in shown


def test_notebooks_01_to_03_show_the_new_article_as_automatic(executed):
    """Not yet coded, the article's figures and statements are shown apart and marked."""
    shown = _outputs(executed["01_source_reliability"])
    assert "automatic, not reviewed" in shown and DOC_ID in shown
    assert "automatic, not reviewed" in _outputs(executed["02_conflicting_estimates"])
    shown = _outputs(executed["03_amnesty_vs_prosecution"])
    assert "awaiting coding" in shown and f"{DOC_ID}:p" in shown
    assert re.search(r"Over the [\w,]+ hand-coded articles? only",
                     _outputs(executed["02_conflicting_estimates"]))


def test_export_writes_the_new_article_into_the_tables(copy, env, tmp_path):
    subprocess.run([sys.executable, "-m", "helpers", "export", "--out", str(tmp_path)],
                   cwd=copy, env=env, capture_output=True, text=True, check=True)
    docs = pd.read_csv(tmp_path / "documents.csv", dtype=str).set_index("doc_id")
    assert DOC_ID in docs.index
    row = docs.loc[DOC_ID]
    assert (row["title"], row["author"], row["published"], row["date_basis"]) == (
        TITLE, "Aigerim Tulegenova", "2019-03-14", "stated")
    sents = pd.read_csv(tmp_path / "sentences.csv", dtype=str)
    mine = sents[sents["doc_id"] == DOC_ID]
    assert mine["text"].str.contains(QUOTE, regex=False).sum() == 1
    assert mine["text"].str.contains("23 people", regex=False).sum() == 1
    assert (REPO / "seeds" / f"{DOC_ID}.txt").exists() is False, "the original seeds/ is untouched"


def test_the_site_of_the_copy_shows_the_new_article(copy, executed):
    render_site(notebook_paths(copy / "notebooks"), copy / "site", root=copy)
    # six with the five seeds; more in a seminar's copy that has added articles of its own
    n_articles = len(list((copy / "seeds").glob("*.txt")))
    assert n_articles == len(list((REPO / "seeds").glob("*.txt"))) + 1
    number = {6: "Six", 7: "Seven"}.get(n_articles, str(n_articles))
    assert f"{number} news articles" in (copy / "site" / "index.html").read_text(encoding="utf-8")
    assert DOC_ID in (copy / "site" / "00_corpus.html").read_text(encoding="utf-8")


def _pytest(copy: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    """pytest run in the copy, on as many workers as this run has (`make test`: every core)."""
    workers = int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "1"))
    spread = ["-n", str(workers), "--dist", "loadfile"] if workers > 1 else []
    env = {k: v for k, v in env.items() if not k.startswith("PYTEST_XDIST")}
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                           *spread, *args],
                          cwd=copy, env=env, capture_output=True, text=True, timeout=1200)


# run in this suite's own checks of the copy, not again as unit tests there
ALWAYS_LEFT_OUT = ("test_add_source.py", "test_site.py", "test_student.py", "test_scale.py")
# Within the tests that run there, the cases given the test articles or the dev real pages
# (TEXT_FOLDERS "articles" and "dev", tests/articles and tests/realpages/dev: the same bytes in
# the copy) are left out too; their "seeds" twins, which read the new article, run.
SAME_FOLDERS = "not [dev] and not [articles]"


def test_the_copy_runs_every_test_that_reads_seeds_or_notebooks_and_skips_the_rest():
    """The tests that read the seeds or notebooks, themselves or through what they use, run in
    the copy (tests/copy_tests.py); tests of rules on written text only do not (they would give
    the same results there), nor do files of such tests."""
    tests = Path(__file__).resolve().parent
    whole, single = copy_selection(tests, ALWAYS_LEFT_OUT)
    files = set(whole) | {test.split("::")[0] for test in single}
    for reader in ("test_seeds.py", "test_articles.py", "test_notebooks.py"):
        assert (tests / reader).exists() and reader in files
    assert "test_speaker_r11_classes.py" not in files and "test_segment.py" not in files
    assert not set(ALWAYS_LEFT_OUT) & files
    # by what a test names, by a fixture of conftest, by a helper that reads seeds/ unasked
    for test in ("test_seeds.py::test_seed_folder_holds_five_articles_and_their_checksums",
                 "test_speed_shortcuts.py::test_words_folded_whole_are_the_words_folded_one_by_one",
                 "test_reliability.py::test_document_measures_on_seeds",
                 "test_exercises.py::test_every_exercise_answers_from_the_data"):
        assert test in single, test
    # a property test on generated text, in a file whose other tests read the seeds
    assert "test_speed_shortcuts.py::test_words_folded_whole_on_generated_text" not in single
    assert not READS_THE_COPY.search('clean("Police said 14 people died.")')
    assert READS_THE_COPY.search('load_corpus(REPO / "seeds")')
    assert set(TEXT_FOLDERS) == {"seeds", "articles", "dev"}
    assert TEXT_FOLDERS["seeds"] == REPO / "seeds" and "seeds" not in SAME_FOLDERS


def test_the_unit_tests_of_the_copy_pass_with_the_new_article(copy, env, executed):
    """After `make` in a seminar's copy (notebooks re-run), its unit tests pass: the seed tests
    check the five seeds of SHA256SUMS, not every article in seeds/."""
    assert (copy / "seeds" / f"{DOC_ID}.txt").exists()
    tests = copy / "tests"
    whole, single = copy_selection(tests, ALWAYS_LEFT_OUT)
    done = _pytest(copy, env, "-k", SAME_FOLDERS, *(str(tests / test) for test in whole + single))
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-2000:]
    assert " passed" in done.stdout and " failed" not in done.stdout


def test_the_notebooks_of_the_copy_pass_nbval(copy, env, executed):
    """The notebooks as re-run with the new article reproduce their outputs (`make test`)."""
    notebooks = [str(p) for p in notebook_paths(copy / "notebooks")]
    done = _pytest(copy, env, "--nbval", "--nbval-current-env", "--nbval-sanitize-with",
                   str(copy / "tests" / "nbval_sanitize.cfg"), *notebooks)
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-2000:]
