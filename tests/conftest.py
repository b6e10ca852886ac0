"""Shared fixtures: the repository's folders and the parsed seeds (loaded once per session)."""

from __future__ import annotations

import re
import warnings
from pathlib import Path

import pytest

from helpers import load_corpus

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
ARTICLES = Path(__file__).resolve().parent / "articles"
SEED_IDS = sorted(p.stem for p in SEEDS.glob("*.txt"))

_MD_LINK = re.compile(r"\[([^\]]*)\]\([^)\s]*\)")
_MD_AUTOLINK = re.compile(r"<(https?://[^>]+)>")


def normalise(text: str) -> str:
    """Text as the clean body shows it: markdown links and emphasis reduced, spaces collapsed."""
    text = _MD_AUTOLINK.sub(r"\1", _MD_LINK.sub(r"\1", text))
    text = text.replace("**", "")
    text = re.sub(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])", r"\1", text)
    return " ".join(text.split())


@pytest.fixture(scope="session")
def seed_corpus():
    """The seeds parsed with the curated table of data/sources.csv."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the seeds must load without a single warning
        return load_corpus(SEEDS)


@pytest.fixture(scope="session")
def parsed_seed_corpus(tmp_path_factory):
    """The seeds parsed with an empty curated table: what the parser alone finds."""
    empty = tmp_path_factory.mktemp("curated") / "sources.csv"
    empty.write_text("doc_id,outlet,outlet_type,published,date_basis,date_note,url,notes\n")
    return load_corpus(SEEDS, sources=empty)


@pytest.fixture(scope="session")
def article_corpus():
    """The hand-written test articles of tests/articles/ (no curated values)."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        return load_corpus(ARTICLES, sources=ARTICLES / "no_sources.csv")


def pytest_configure(config):
    """Markers used by the tests (pytest warns about unknown ones)."""
    config.addinivalue_line("markers", "slow: runs every notebook (tests/test_add_source.py)")
