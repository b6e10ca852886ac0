"""Shared fixtures: the repository's folders and the parsed seeds (loaded once per session).

"The seeds" are the five original articles listed in seeds/SHA256SUMS. A seminar may add
articles to seeds/ (the collection promises that this just works), so tests of seed values
parse a temporary folder that holds exactly the listed files, never the whole seeds/ folder.
"""

from __future__ import annotations

import contextlib
import re
import shutil
import subprocess
import warnings
from functools import lru_cache
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import settings

from helpers import lexicon, load_corpus
from helpers.attribution import Attribution, attribute
from helpers.estimates import extract_estimates
from helpers.furniture import line_rule, line_rules
from helpers.paths import seeds_dir
from helpers.sources import document_sentences

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
ARTICLES = Path(__file__).resolve().parent / "articles"
SOURCES = REPO / "data" / "sources.csv"

# Property tests check what a rule answers, never how fast: no per-example deadline, so a busy
# machine cannot fail them (growth is bounded by the dedicated x4 tests instead).
settings.register_profile("no_deadline", deadline=None)
settings.load_profile("no_deadline")


# The texts every speed shortcut is checked on (it must give what the plain rule gives): the
# seeds folder, the test articles and the real dev pages.
TEXT_FOLDERS = {"seeds": seeds_dir(), "articles": ARTICLES,
                "dev": Path(__file__).resolve().parent / "realpages" / "dev"}


# The pages of TEXT_FOLDERS are parsed once per worker and version of the word lists, and shared
# by every test file that reads them: the cache is keyed on the lexicon's folder and the version
# of every list in it, so a test that edits a list (or points the lexicon at a copy) gets pages
# parsed with its lists, never another test's. Tests only read these objects, never change them.
def _lexicon_key() -> tuple:
    """The lexicon's folder and the version (path, size, modification time) of its lists."""
    return str(lexicon.FOLDER), lexicon.version(
        *sorted(path.stem for path in Path(lexicon.FOLDER).glob("*.csv")))


def corpus_documents(name: str) -> pd.DataFrame:
    """The documents table of load_corpus(TEXT_FOLDERS[name])."""
    return _documents(name, _lexicon_key())


@lru_cache(maxsize=4)
def _documents(name: str, _key: tuple) -> pd.DataFrame:
    return load_corpus(TEXT_FOLDERS[name]).documents


def corpus_rows(name: str) -> tuple[tuple[tuple, ...], ...]:
    """For each document of corpus_documents(name), in order, its sentence rows as
    document_sentences gives them (SENTENCE_COLUMNS: id, paragraph, doc, para, n, text, words)."""
    return _rows(name, _lexicon_key())


@lru_cache(maxsize=4)
def _rows(name: str, key: tuple) -> tuple[tuple[tuple, ...], ...]:
    docs = _documents(name, key)
    return tuple(tuple(document_sentences(d, t))
                 for d, t in zip(docs["doc_id"], docs["text"], strict=True))


def corpus_sentences(name: str) -> tuple[str, ...]:
    """Every sentence of the pages in TEXT_FOLDERS[name], as the export splits them."""
    return _sentences(name, _lexicon_key())


@lru_cache(maxsize=4)
def _sentences(name: str, key: tuple) -> tuple[str, ...]:
    return tuple(row[5] for rows in _rows(name, key) for row in rows)


def seed_checksums() -> dict[str, str]:
    """File name -> SHA-256 of the original seeds, as seeds/SHA256SUMS lists them."""
    lines = (SEEDS / "SHA256SUMS").read_text(encoding="utf-8").splitlines()
    return {name.strip(): digest for digest, name in (line.split(maxsplit=1) for line in lines)}


SEED_FILES = sorted(seed_checksums())
SEED_IDS = sorted(Path(name).stem for name in SEED_FILES)

_MD_LINK = re.compile(r"\[([^\]]*)\]\([^)\s]*\)")
_MD_AUTOLINK = re.compile(r"<(https?://[^>]+)>")


def normalise(text: str) -> str:
    """Text as the clean body shows it: markdown links and emphasis reduced, spaces collapsed."""
    text = _MD_AUTOLINK.sub(r"\1", _MD_LINK.sub(r"\1", text))
    text = text.replace("**", "")
    text = re.sub(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])", r"\1", text)
    return " ".join(text.split())


@pytest.fixture(scope="session")
def originals(tmp_path_factory) -> Path:
    """A seeds folder holding exactly the files of seeds/SHA256SUMS, copied byte for byte."""
    folder = tmp_path_factory.mktemp("originals") / "seeds"
    folder.mkdir()
    for name in [*SEED_FILES, "SHA256SUMS"]:
        shutil.copyfile(SEEDS / name, folder / name)
    return folder


@pytest.fixture(scope="session")
def seed_sources(tmp_path_factory) -> Path:
    """data/sources.csv with the seeds' rows only (rows a user added for articles are left out)."""
    table = pd.read_csv(SOURCES, dtype=str, keep_default_na=False)
    path = tmp_path_factory.mktemp("seed_sources") / "sources.csv"
    table[table["doc_id"].isin(SEED_IDS)].to_csv(path, index=False)
    return path


@pytest.fixture(scope="session")
def seed_corpus(originals, seed_sources):
    """The seeds parsed with the curated rows of data/sources.csv for the seeds."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the seeds must load without a single warning
        return load_corpus(originals, sources=seed_sources)


@pytest.fixture(scope="session")
def parsed_seed_corpus(originals, tmp_path_factory):
    """The seeds parsed with an empty curated table: what the parser alone finds."""
    empty = tmp_path_factory.mktemp("curated") / "sources.csv"
    empty.write_text("doc_id,outlet,outlet_type,published,date_basis,date_note,url,notes\n")
    return load_corpus(originals, sources=empty)


@pytest.fixture(scope="session")
def article_corpus():
    """The hand-written test articles of tests/articles/ (no curated values)."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        return load_corpus(ARTICLES, sources=ARTICLES / "no_sources.csv")


@pytest.fixture(scope="session")
def rendered_site() -> list[Path]:
    """The pages written into site/ from the notebooks, as `make site` does (rendered once for
    the site's checks and the handout's)."""
    from helpers.site import notebook_paths, render_site

    return render_site(notebook_paths(REPO / "notebooks"), REPO / "site", root=REPO)


# warnings Python does not print by default (outside __main__)
_NOT_SHOWN = (DeprecationWarning, PendingDeprecationWarning, ImportWarning, ResourceWarning)


@pytest.fixture
def command(capsys):
    """`python -m helpers ARGS` run in this process from the repository folder: the exit code,
    stdout and stderr as a CompletedProcess, stderr holding every warning the command would
    print too. (tests/test_cli.py runs the real `python -m helpers` once, for the export.)"""
    def run(*args: str) -> subprocess.CompletedProcess:
        from helpers.cli import main

        capsys.readouterr()
        with contextlib.chdir(REPO), warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("default")
            try:
                code = main(list(args))
            except SystemExit as exc:  # argparse: --help, or arguments it refuses
                code = 0 if exc.code is None else exc.code if isinstance(exc.code, int) else 1
        out, err = capsys.readouterr()
        err += "".join(f"{w.filename}:{w.lineno}: {w.category.__name__}: {w.message}\n"
                       for w in caught if not issubclass(w.category, _NOT_SHOWN))
        return subprocess.CompletedProcess(["python", "-m", "helpers", *args], code, out, err)

    return run


# `make test` runs pytest on every core (pytest-xdist, --dist loadfile): each file's tests run in
# order on one worker, so module fixtures and a notebook's cells (nbval, one kernel) stay together.
# Files that write the same folder of the repository run on one worker too (SAME_WORKER: the site
# of conftest's rendered_site, printed by the handout test), and the files that take longest start
# first (FIRST), so that none of them is left running alone at the end.
SAME_WORKER = {"tests/test_handout.py": "tests/test_site.py"}
FIRST = ("tests/test_add_source.py", "tests/test_adversarial.py", "tests/test_adversarial_more.py",
         "tests/test_speed_shortcuts.py", "tests/test_site.py", "tests/test_scale.py",
         "tests/test_load_speed.py", "tests/test_openings.py",
         # nbval's notebooks (`make test`): collected last, each a long file for one kernel
         *(f"notebooks/{path.name}" for path in sorted((REPO / "notebooks").glob("*.ipynb"))))


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config, log):
    """--dist loadfile with the groups and the order above (other modes as xdist has them)."""
    if config.getoption("dist") != "loadfile":
        return None
    from xdist.scheduler import LoadFileScheduling

    class Scheduler(LoadFileScheduling):
        def _split_scope(self, nodeid: str) -> str:
            scope = super()._split_scope(nodeid)
            return SAME_WORKER.get(scope, scope)

        def _assign_work_unit(self, node) -> None:
            for scope in reversed(FIRST):
                if scope in self.workqueue:
                    self.workqueue.move_to_end(scope, last=False)
            super()._assign_work_unit(node)

    return Scheduler(config, log)


def pytest_configure(config):
    """Markers used by the tests (pytest warns about unknown ones)."""
    config.addinivalue_line("markers", "slow: runs every notebook (tests/test_add_source.py)")


@pytest.fixture
def word_lists(tmp_path, monkeypatch) -> Path:
    """A copy of helpers/lexicon's word lists that the rules read for the rest of the test: a
    test may add a row to one and see what changes, and the real lists stay as they are."""
    for path in lexicon.FOLDER.glob("*.csv"):
        shutil.copyfile(path, tmp_path / path.name)
    monkeypatch.setattr(lexicon, "FOLDER", tmp_path)
    return tmp_path


def speaker(text: str) -> str:
    """Who one sentence, read alone, names as its speaker (the speaker-class tests)."""
    return attribute(text, Attribution()).speaker


def speakers(*paragraphs: str, title: str = "") -> list[tuple]:
    """(value, speaker) of every count of people the estimates extractor reads in an article
    made of these paragraphs (the speaker-class tests)."""
    docs = pd.DataFrame([{"doc_id": "t01", "title": title, "outlet": "Test News",
                          "text": "\n\n".join(paragraphs)}])
    return [(r.value, r.speaker) for r in extract_estimates(docs).itertuples()]


# A short story written for the furniture and footer class tests, which put furniture around it.
STORY_HEADLINE = "Floods kill 12 in the south"
STORY_LEAD = ("Rescuers recovered the bodies of 12 people on Tuesday after the river burst its"
              " banks, the prefecture said.")
STORY_MORE = "Another 40 people were taken to hospital, officials added."


def furniture_rule(line: str) -> str | None:
    """The furniture rule that takes line, if any (a line with Cyrillic letters read as such)."""
    script = "cyrillic" if any("а" <= ch.lower() <= "я" for ch in line) else "latin"
    return line_rule(line, script, line_rules())
