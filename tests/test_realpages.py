"""The parser on real news pages, scored by tests/realpages/score.py against expectations written
by hand (tests/realpages/README.md).

The targets of issue 12 are asserted on the holdout part only: pages from sites that the dev part
does not have, which nobody tunes the parser on. The scorer itself is tested on a tiny synthetic
page and hand-made parser tables, so its arithmetic is checked apart from the parser.
"""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

import pandas as pd
import pytest

REALPAGES = Path(__file__).resolve().parent / "realpages"
_spec = importlib.util.spec_from_file_location("realpages_score", REALPAGES / "score.py")
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)

# Central Asian coverage of 2013-2023 is the project's independent check: never in this corpus.
CENTRAL_ASIA = re.compile(r"kazakh|kyrgyz|tajik|uzbek|turkmen"
                          r"|казах|кыргыз|киргиз|таджик|узбек|туркмен", re.IGNORECASE)


# --- the scorer on a page whose scores are worked out by hand ------------------------------

SYNTHETIC = "\n".join([
    "Skip to content",                       # 1 furniture (the fake parser takes it as title)
    "Ten fighters return home",              # 2 header: title
    "2 January 2020",                        # 3 header: date
    "Ten fighters came back on Monday, police said. Two of them were arrested in 2019.",  # 4
    "Share this",                            # 5 furniture, kept in the body by the fake parser
    "The mayor said 30 families were told.",  # 6 body
    "Read more",                             # 7 furniture, removed
])
SYNTHETIC_EXPECTED = {
    "site": "example.org", "title": "Ten fighters return home", "authors": [],
    "published": "2020-01-02", "header": [2, 3], "body": [4, 6],
    "figures": [
        {"value": 10, "population": "fighters", "speaker": "",
         "sentence": "Ten fighters return home"},
        {"value": 10, "population": "fighters", "speaker": "police",
         "sentence": "Ten fighters came back"},
        {"value": 2, "population": "of them", "speaker": "",
         "sentence": "Two of them were arrested"},
    ],
    "ambiguous": [{"value": 30, "population": "families", "speaker": "The mayor",
                   "sentence": "30 families were told"}],
    "not_people": [2019, 2020, 2],
}


def _fake_parser_tables():
    docs = pd.DataFrame([{
        "doc_id": "syn", "title": "Skip to content", "author": None,
        "published": pd.Timestamp("2019-01-01"), "date_basis": "stated",
        "text": "Ten fighters came back on Monday, police said.\n\nShare this\n\n"
                "The mayor said 30 families were told.",
    }])
    removed = pd.DataFrame({"doc_id": ["syn"] * 3, "line_no": [1, 3, 7],
                            "rule": ["title", "date", "related"], "text": ["", "", ""]})
    estimates = pd.DataFrame([
        {"doc_id": "syn", "sentence_id": "syn:p1:s1", "value": 10.0, "low": 10.0, "high": 10.0,
         "qualifier": "exact", "population": "fighters", "speaker": "Police", "via": ""},
        {"doc_id": "syn", "sentence_id": "syn:p3:s1", "value": 30.0, "low": 30.0, "high": 30.0,
         "qualifier": "exact", "population": "families", "speaker": "mayor", "via": ""},
        {"doc_id": "syn", "sentence_id": "syn:p1:s1", "value": 2020.0, "low": 2020.0,
         "high": 2020.0, "qualifier": "exact", "population": "people", "speaker": "", "via": ""},
    ])
    return docs, removed, estimates


def test_scorer_on_a_synthetic_page():
    docs, removed, estimates = _fake_parser_tables()
    table = score.score_pages({"syn": SYNTHETIC_EXPECTED}, {"syn": SYNTHETIC}, docs, removed,
                              estimates)
    row = table.iloc[0]
    assert not row["title_ok"]
    assert row["date_parsed"] == "2019-01-01" and not row["date_found"] and row["date_wrong"]
    # 3 body sentences; "Two of them were arrested in 2019." is not in the body
    assert (row["n_body_sentences"], row["n_sentences_lost"]) == (3, 1)
    # furniture: lines 1, 5, 7; line 5 is still in the body
    assert (row["n_furniture"], row["n_furniture_removed"]) == (3, 2)
    # the 30 is set aside (ambiguous); 10 matches in the body (the title figure is missed, as
    # the parsed title is wrong); the 2020 is extra and a non-people number
    assert (row["n_figures"], row["n_parsed"], row["n_matched"]) == (3, 2, 1)
    assert (row["n_not_people"], row["n_speaker_right"]) == (1, 1)

    summary = score.summarise(table)
    assert summary["titles_right"] == 0.0
    assert (summary["dates_printed"], summary["dates_found"], summary["dates_wrong"]) == (1, 0.0, 1)
    assert summary["figure_recall"] == round(1 / 3, 3)
    assert summary["figure_precision"] == 0.5
    assert summary["speaker_accuracy"] == 1.0
    assert summary["sentences_lost"] == 1
    assert summary["furniture_removed"] == round(2 / 3, 3)


@pytest.mark.parametrize(("expected", "parsed", "same"), [
    ("Dragan Mektic", "Security Minister Dragan Mektic", True),
    ("the interior ministry", "Interior Ministry", True),
    (["a judicial spokesman", "Abdul Sattar al-Biraqdar"], "Biraqdar", True),
    (["a judicial spokesman", "Abdul Sattar al-Biraqdar"], "Saad al-Hadithi", False),
    (["a judicial spokesman", "Abdul Sattar al-Biraqdar"], "Abdul Sattar al-Biraqdar", True),
    ("", "", True),
    ("", "police", False),
    ("police", "", False),
    ("the ministry", "the prime minister", False),
])
def test_same_speaker(expected, parsed, same):
    assert score.same_speaker(expected, parsed) is same


def test_line_spec():
    assert score.line_numbers([1, "3-4", {"line": 6, "from": "A", "to": "B."}]) == {
        1: (None, None), 3: (None, None), 4: (None, None), 6: ("A", "B.")}


# --- the corpus itself ----------------------------------------------------------------------

@pytest.mark.parametrize("part", score.PARTS)
def test_every_page_has_expectations_that_fit_it(part):
    expected = score.load_expected(part)
    pages = {p.stem: p for p in (REALPAGES / part).glob("*.txt")}
    assert sorted(pages) == sorted(expected)
    for name, want in expected.items():
        text = pages[name].read_bytes().decode("utf-8")
        lines = text.split("\n")
        flat = " ".join(text.split())
        assert want["url"].startswith("http"), name
        assert want["published"] is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", want["published"])
        for n, (start, end) in score.line_numbers(want["body"] + want["header"]).items():
            assert 1 <= n <= len(lines) and lines[n - 1].strip(), (name, n)
            assert (start or "") in lines[n - 1] and (end or "") in lines[n - 1], (name, n)
        for fig in want["figures"] + want.get("ambiguous", []):
            assert " ".join(fig["sentence"].split()) in flat, (name, fig["sentence"])


def test_parts_are_large_and_varied_and_holdout_sites_are_new():
    dev, holdout = (score.load_expected(p) for p in score.PARTS)
    sites = {p: {w["site"].lower().removeprefix("www.") for w in score.load_expected(p).values()}
             for p in score.PARTS}  # "www.x.com" and "x.com" are one site
    assert len(dev) + len(holdout) >= 30 and len(sites["dev"] | sites["holdout"]) >= 15
    assert not sites["dev"] & sites["holdout"]


def test_no_central_asian_coverage():
    for path in REALPAGES.glob("*/*.txt"):
        assert not CENTRAL_ASIA.search(path.read_bytes().decode("utf-8")), path.name


def test_urls_file_matches_the_pages():
    urls = json.loads((REALPAGES / "urls.json").read_text(encoding="utf-8"))
    assert sorted(urls) == sorted(f"{p.parent.name}/{p.stem}" for p in REALPAGES.glob("*/*.txt"))


# --- the kept-aside part: the targets where they are met, floors where not yet ---------
# Issue 12's targets on pages not tuned on: titles >= 0.95, printed dates found >= 0.90 with
# none wrong, figure recall >= 0.95 with no non-people number, speakers >= 0.90, no sentence
# lost, furniture removed >= 0.90. Where the parser does not meet a target yet on a group of
# kept-aside pages, tests/realpages/floors.csv holds the level it reached there (so a change that
# makes it worse fails), with each group's history.
TARGETS = {"titles_right": 0.95, "dates_found": 0.90, "figure_recall": 0.95,
           "speaker_accuracy": 0.90, "furniture_removed": 0.90}
NIL_MEASURES = ["dates_wrong", "not_people_reported", "sentences_lost"]


def _limits() -> dict[str, dict[str, dict[str, float]]]:
    """floors.csv as {group: {"floor": {measure: value}, "ceiling": {measure: value}}}."""
    table = pd.read_csv(REALPAGES / "floors.csv", comment="#")
    limits: dict[str, dict[str, dict[str, float]]] = {}
    for row in table.itertuples(index=False):
        group = limits.setdefault(row.group, {"floor": {}, "ceiling": {}})
        group[row.bound][row.measure] = row.value
    return limits


GROUPS = _limits()


def test_floors_file_is_well_formed():
    table = pd.read_csv(REALPAGES / "floors.csv", comment="#")
    assert list(table.columns) == ["group", "measure", "bound", "value"]
    assert set(table["bound"]) <= {"floor", "ceiling"}
    assert set(table.loc[table["bound"] == "floor", "measure"]) <= set(TARGETS)
    assert set(table.loc[table["bound"] == "ceiling", "measure"]) <= set(NIL_MEASURES)
    assert not table.duplicated(["group", "measure", "bound"]).any()
    assert all(set(GROUPS[g]["ceiling"]) == set(NIL_MEASURES) for g in GROUPS)


@pytest.fixture(scope="module")
def holdout_groups() -> dict[str, dict]:
    """The kept-aside summary per group: the pages kept aside before batches, and each batch."""
    table = score.score("holdout")[0]
    group = {name: want.get("batch", "before batches")
             for name, want in score.load_expected("holdout").items()}
    return {g: score.summarise(table[table["page"].map(group) == g]) for g in GROUPS}


@pytest.mark.parametrize("group", sorted(GROUPS))
@pytest.mark.parametrize("measure", sorted(TARGETS))
def test_holdout_meets_its_target_or_floor(holdout_groups, group, measure):
    floors = GROUPS[group]["floor"]
    assert holdout_groups[group][measure] >= floors.get(measure, TARGETS[measure])


@pytest.mark.parametrize("group", sorted(GROUPS))
@pytest.mark.parametrize("measure", NIL_MEASURES)
def test_holdout_keeps_what_should_be_nil_at_its_ceiling(holdout_groups, group, measure):
    assert holdout_groups[group][measure] <= GROUPS[group]["ceiling"][measure]


def test_every_holdout_page_is_in_a_group_with_floors():
    groups = {want.get("batch", "before batches")
              for want in score.load_expected("holdout").values()}
    assert groups <= set(GROUPS)
