"""The README's steps for adding an article say exactly what the code does (issue 10, point 2).

The columns the README lists for a data/sources.csv row are the columns the loader reads and
data/sources.csv holds; the forms of `published` and the date bases are the accepted ones; the
draft command is a real command writing the files the README names; and following the steps
on an untitled article gives it the curated title, author and date.
"""

from __future__ import annotations

import re
import shlex
import warnings

import pandas as pd
from conftest import REPO

from helpers import load_corpus
from helpers.cli import build_parser
from helpers.draft import CLAIMS_DRAFT, STANCES_DRAFT
from helpers.sources import CURATED_FIELDS, DATE_BASES, PERIOD_FORMS, SourceWarning

README = (REPO / "README.md").read_text(encoding="utf-8")
CODEBOOK = (REPO / "data" / "codebook.md").read_text(encoding="utf-8")
OUTLET_FACTS = {"country", "ownership_funding", "background", "background_url"}


def _steps() -> str:
    match = re.search(r"^## How to extend it$(.*?)(?=^## )", README, re.M | re.S)
    assert match, "README has no '## How to extend it' section"
    return match.group(1)


def _step(n: int) -> str:
    match = re.search(rf"^{n}\. (.*?)(?=^\d\. |^Other additions)", _steps(), re.M | re.S)
    assert match, f"step {n} missing"
    return match.group(1)


def _named_columns(text: str) -> set[str]:
    return set(re.findall(r"`([a-z_]+)`", text))


def test_step_2_names_exactly_the_columns_of_a_sources_row():
    named = _named_columns(_step(2).split("In `data/derived/documents.csv`")[0])
    named -= set(DATE_BASES)  # the date bases, named as values
    understood = {"doc_id", "date_basis", *CURATED_FIELDS, *CURATED_FIELDS.values(),
                  *OUTLET_FACTS}
    assert named == understood
    header = set(pd.read_csv(REPO / "data" / "sources.csv", nrows=0).columns)
    assert header == understood, "data/sources.csv holds exactly the columns the README lists"


def test_step_2_names_the_accepted_dates_and_bases():
    text = " ".join(_step(2).split())
    for form in ("`YYYY`", "`YYYY-MM`", "`YYYY-MM-DD`", "`A/B`"):
        assert form in text
        assert form.strip("`").split("/")[0] in PERIOD_FORMS
    assert {b for b in DATE_BASES if b != "unknown"} <= _named_columns(_step(2))


def test_step_3_is_a_real_command_writing_the_named_files():
    command = re.search(r"`(python -m helpers draft [^`]+)`", _step(3)).group(1)
    args = build_parser().parse_args(shlex.split(command)[3:])
    assert args.command == "draft" and args.seeds == "seeds" and args.out == "drafts"
    assert f"`drafts/{CLAIMS_DRAFT}`" in _step(3) and f"`drafts/{STANCES_DRAFT}`" in _step(3)
    assert "Reviewing a draft row" in " ".join(_step(4).split())
    assert re.search(r"^## Reviewing a draft row", CODEBOOK, re.M)


def test_following_the_steps_curates_an_untitled_article(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    body = ("Officials said that 23 people came back in March, according to the regional "
            "prosecutor in a statement on Monday.\n\nThe checks go on for all of them, the "
            "prosecutor added in the same statement.\n")
    (seeds / "006_steppe_courier_checks.txt").write_text(body, encoding="utf-8")  # step 1
    header = pd.read_csv(REPO / "data" / "sources.csv", nrows=0).columns
    row = {c: "" for c in header} | {
        "doc_id": "006_steppe_courier_checks", "title": "Checks for returnees",
        "title_note": "headline of the print edition", "author": "Ana Example",
        "author_note": "byline of the print edition", "published": "2019-03",
        "date_basis": "cited", "date_note": "print edition of March 2019"}
    table = tmp_path / "sources.csv"
    pd.DataFrame([row, {**{c: "" for c in header}, "doc_id": "007_not_saved"}]).to_csv(
        table, index=False)  # step 2, with a row whose file was never saved
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        corpus = load_corpus(seeds, sources=table, check_rows=True)
    doc = corpus.documents.iloc[0]
    assert (doc["title"], doc["author"], doc["date_basis"]) == (
        "Checks for returnees", "Ana Example", "cited")
    assert (doc["title_basis"], doc["author_basis"]) == ("curated", "curated")
    messages = [str(w.message) for w in caught if w.category is SourceWarning]
    assert [m for m in messages if "line 3" in m and "007_not_saved" in m]
