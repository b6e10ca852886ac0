"""The README and the seminar guide say what the issue asks, and stay true to the code."""

from __future__ import annotations

import re

import pytest
from conftest import REPO

from helpers.export import TABLES
from helpers.passes import CorpusPass
from helpers.site import notebook_paths

README = (REPO / "README.md").read_text(encoding="utf-8")
GUIDE = (REPO / "docs" / "seminar.md").read_text(encoding="utf-8")


def _section(text: str, heading: str) -> str:
    """The body of the `## heading` section (up to the next `## `)."""
    match = re.search(rf"^## {re.escape(heading)}.*?$(.*?)(?=^## |\Z)", text, re.M | re.S)
    assert match, f"no section '## {heading}'"
    return match.group(1)


def test_readme_has_its_sections_and_links_the_guide():
    for heading in ("Two commands", "How to read it", "How to teach with it", "How to extend it",
                    "Data dictionary", "Methods note", "Layout"):
        assert _section(README, heading).strip(), heading
    assert "](docs/seminar.md)" in README
    assert "The limits of five sources" in _section(README, "Methods note")
    commands = _section(README, "Two commands")
    assert "make " in commands and "make test" in commands and "chromium" in commands


@pytest.fixture(scope="module")
def exported(seed_corpus):
    shared = CorpusPass(seed_corpus)
    return {name: build(shared) for name, build in TABLES.items()}


def test_data_dictionary_names_every_exported_table_and_column(exported):
    dictionary = _section(README, "Data dictionary")
    entries = dict(re.findall(r"^\*\*(\S+\.csv)\*\*:(.*?)(?=^\*\*\S+\.csv\*\*|\Z)", dictionary,
                              re.M | re.S))
    assert sorted(entries) == sorted(TABLES)
    for name, table in exported.items():
        missing = [c for c in table.columns if not re.search(rf"(?<![\w-]){c}(?![\w-])",
                                                             entries[name])]
        assert missing == [], f"README data dictionary, {name}: columns not described"


def test_guide_has_its_parts():
    for heading in ("Audience and prerequisites", "Session 1", "Session 2", "Adding a source",
                    "Marking the exercises"):
        assert _section(GUIDE, heading).strip(), heading
    assert "### The role play" in GUIDE
    assert "](../README.md)" in GUIDE


@pytest.mark.parametrize("session", ["Session 1", "Session 2"])
def test_each_session_fills_90_minutes_without_gaps(session):
    slots = [(int(a), int(b)) for a, b in
             re.findall(r"^\| (\d+)-(\d+) \|", _section(GUIDE, session), re.M)]
    assert slots and slots[0][0] == 0 and slots[-1][1] == 90
    assert all(end == start for (_, end), (start, _) in zip(slots, slots[1:], strict=False))


def test_guide_uses_every_notebook():
    for path in notebook_paths(REPO / "notebooks"):
        assert f"**{path.name[:2]}**" in GUIDE, f"the seminar guide does not use {path.name}"
