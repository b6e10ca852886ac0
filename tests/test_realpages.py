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
    sites = {p: {w["site"] for w in score.load_expected(p).values()} for p in score.PARTS}
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
# lost, furniture removed >= 0.90. Where the parser does not meet a target yet, FLOORS holds the
# level it reached when the holdout was first scored after the rules were written (so a change
# that makes it worse fails); raise a floor to the target once the parser meets it. The holdout
# grew from 21 to 57 pages (36 new sites) in round 3; the floors are the levels measured on all 57
# after that round's rules, which were written on the dev part only. Round 4 raised the titles'
# floor to the level its rules (written on 49 new dev pages) reached: 53 of 57 (0.93).
TARGETS = {"titles_right": 0.95, "dates_found": 0.90, "figure_recall": 0.95,
           "speaker_accuracy": 0.90, "furniture_removed": 0.90}
# Round 4: figure recall (0.959) and speaker accuracy (0.90 on the merged rules) met their
# targets and are held to them. An audit of the holdout's expectations (holdout/AUDIT.md) moved
# one line from body to furniture (a highlight bullet repeating the body), which the rules do not
# remove: 38 of 58 furniture lines are removed (0.655), so its floor is 0.65.
# Round 6: the audit settled speaker carry-over from issue 12 point 6 (README rules S1-S3) and
# applied it to both parts; the parser now follows S1-S3 and speaker accuracy on these pages is
# back at its target (0.90).
# Round 7: furniture on these pages rose to 0.672 (shape rules written on dev pages only).
# Round 8: furniture 0.707, speakers 0.915 (rules written on dev pages only).
# Round 10: furniture 0.741 (a short label with a colon after the last sentence; dev rules only).
FLOORS = {"titles_right": 0.93, "furniture_removed": 0.74}
# The most the 57 pages may show of what should be nil: wrong dates, lost sentences, numbers
# that count no people (targets 0, 0, 0).
CEILINGS = {"dates_wrong": 0, "sentences_lost": 1, "not_people_reported": 2}

# Pages added later carry a "batch" key (tests/realpages/README.md). Batch "2026-11-30": 37
# pages from 37 new sites, expectations written by hand by someone who wrote no rule, never
# tuned on. Its first summary, with the code as round 6 began: titles 0.892, dates found 1.0
# with 0 wrong, recall 0.789, precision 0.921, 8 non-people numbers, speakers 0.838, 2 sentences
# lost, furniture 0.725. After round 6's rules (written on dev pages only): titles 0.919, dates
# 1.0 with 1 wrong, recall 0.887, 5 non-people numbers, speakers 0.754 (more figures matched,
# so more speakers counted), 2 lost, furniture 0.825. Its floors and ceilings are those levels,
# so a change that makes it worse fails; the targets stay the issue's.
# After round 7's rules (written on dev pages only; nobody who wrote one read these pages):
# recall 0.902, 2 non-people numbers, speakers 0.808, furniture 0.85; the rest unchanged.
# Round 11 (dev rules only): furniture 0.925 (a footer in no word list under the page's last
# labels).
BATCH_FLOORS = {"titles_right": 0.91, "figure_recall": 0.90, "speaker_accuracy": 0.80,
                "furniture_removed": 0.92}
BATCH_CEILINGS = {"dates_wrong": 1, "sentences_lost": 2, "not_people_reported": 2}
# Batch "2026-12-01": 34 pages from 34 new sites, collected and annotated by someone who wrote no
# rule, never tuned on. Its first summary, with the code as round 7 began (main at 6fe2b38):
# titles 1.0 (34 of 34; held to the target), dates found 0.875 (7 of 8) with 0 wrong, recall
# 0.764, precision 0.973, 2 non-people numbers, speakers 0.764, 0 sentences lost, furniture
# 0.469 (32 lines). The floors below are those levels (a change that makes them worse fails); the
# ceilings hold what should be nil at its measured count; the targets stay the issue's.
# A second reader (who wrote no rule and ran no parser) checked all 34 entries and changed 10
# (holdout/AUDIT.md); on the audited entries the code at 6fe2b38 gives recall 0.764, speakers
# 0.755, 1 non-people number, the rest as above. After round 7's rules (written on dev pages
# only): recall 0.806, speakers 0.776, 1 non-people number, furniture 0.469 (unchanged).
# Round 8's figure rules (written on dev pages only) read more of its counts: recall 0.861; the
# newly matched counts' speakers are mostly not read yet, so speaker accuracy, a share of the
# matched counts, fell to 0.734, while the counts with the right speaker, as a share of all
# counts, rose (0.776 x 0.806 = 0.625 before, 0.734 x 0.861 = 0.632 after). The speaker floor is
# that level; the recall floor holds the gain. With round 8's speaker and furniture rules merged:
# speakers 0.742, furniture 0.5.
# Round 9's rules (written on dev pages only): recall 0.882, speakers 0.78 (floors raised).
BATCH2_FLOORS = {"dates_found": 0.87, "figure_recall": 0.88, "speaker_accuracy": 0.78,
                 "furniture_removed": 0.50}
BATCH2_CEILINGS = {"dates_wrong": 0, "sentences_lost": 0, "not_people_reported": 1}
# Batch "2026-12-01b": 33 pages from 33 new sites, collected and annotated in round 8 by someone
# who wrote no rule, its 33 entries checked by a second reader who ran no parser (one entry
# changed; holdout/AUDIT.md); never tuned on. Its first summary, with the code as round 8 began
# (main at 226f17f): titles 0.879, dates found 0.2 (1 of 5) with 0 wrong, recall 0.711,
# precision 0.947, 4 non-people numbers, speakers 0.806, 1 sentence lost, furniture 0.824.
# After round 8's rules (written on dev pages only): recall 0.724, precision 0.932, speakers
# 0.80, the rest unchanged: the new rules barely reached pages from sites nobody had seen. The
# floors and ceilings are those levels; the targets stay the issue's.
# Round 9's figure rules (people nouns and number words of more languages, written on dev pages
# only) read more of its counts: recall 0.724 -> 0.809. Speaker accuracy, a share of the matched
# counts, fell to 0.772 because some newly matched counts get no speaker or the wrong one, while
# the counts with the right speaker, as a share of all counts, rose (0.80 x 0.724 = 0.579 before,
# 0.772 x 0.809 = 0.625 after). The speaker floor is that level; the recall floor holds the gain.
# Round 10 (dev rules only): recall 0.849, speakers 0.783, furniture 0.843.
BATCH3_FLOORS = {"titles_right": 0.87, "dates_found": 0.2, "figure_recall": 0.84,
                 "speaker_accuracy": 0.78, "furniture_removed": 0.84}
BATCH3_CEILINGS = {"dates_wrong": 0, "sentences_lost": 1, "not_people_reported": 4}
# Batch "2026-12-01c": 33 pages from 33 new sites (17 languages; West Africa, the Americas and
# South Asia among the regions), collected and annotated in round 9 by someone who wrote no rule,
# its 33 entries checked by a second reader who ran no parser (three `ambiguous` entries changed;
# holdout/AUDIT.md); never tuned on. Its first summary, with the code as round 9 began (main at
# 8919695), before and after the second reading alike: titles 0.97 (32 of 33), dates found 0.75
# (6 of 8) with 0 wrong, recall 0.614, precision 0.909, 3 non-people numbers, speakers 0.90 (held
# to the target), 1 sentence lost, furniture 0.739. The floors and ceilings are those levels; the
# targets stay the issue's.
# Round 9's rules (written on dev pages only, by helpers who never saw this batch): recall 0.693,
# precision 0.908, 4 non-people numbers (one more than before; which number it is was not looked
# at, so no rule is fitted to it), speakers 0.899 (the counts with the right speaker, as a share
# of all counts, rose from 0.90 x 0.614 = 0.553 to 0.899 x 0.693 = 0.623); titles, dates, lost
# and furniture unchanged.
# The floors and ceilings are those levels.
# Round 10 (dev rules only): recall 0.754, precision 0.915, speakers 0.907; the rest unchanged.
# Round 11 (dev rules only): recall 0.763, speakers 0.908.
BATCH4_FLOORS = {"dates_found": 0.75, "figure_recall": 0.76, "speaker_accuracy": 0.90,
                 "furniture_removed": 0.73}
BATCH4_CEILINGS = {"dates_wrong": 0, "sentences_lost": 1, "not_people_reported": 4}
# The batch 2026-12-01d (round 10): 34 pages from 34 new sites, collected by two helpers who write
# no rules (Europe, the Balkans, the Americas and Oceania; the Middle East, Turkey, the Caucasus,
# Africa, South and Southeast Asia), in 24 languages, eleven of them new to the kept-aside part
# (Polish, Macedonian, Icelandic, Greek, Malay, Hindi, Swahili, Vietnamese, Bengali, Urdu, Persian);
# every entry read again by a second reader who ran no parser (six entries changed;
# holdout/AUDIT.md); never tuned on. Its first summary, with the code as round 10 began (main at
# c8631c0): titles 0.882, dates found 0.667 with 0 wrong, recall 0.513, precision 0.892,
# 5 non-people numbers, speakers 0.741, 6 sentences lost, furniture 0.605. The floors and ceilings
# are those levels; the targets stay the issue's.
# Round 10's rules (written on dev pages only, by helpers who never saw this batch; among them
# people nouns, classifiers and digits of the world's most-spoken languages, chosen from a list of
# languages by speakers, not from this batch): recall 0.513 -> 0.69, precision 0.918, speakers
# 0.705 (a share of the matched counts: the counts with the right speaker, as a share of all
# counts, rose from 0.741 x 0.513 = 0.380 to 0.705 x 0.69 = 0.486); the rest unchanged. The
# floors are those levels.
# Round 11 (dev rules only, by helpers who never saw this batch): recall 0.717, precision 0.92,
# speakers 0.728, furniture 0.791; the rest unchanged. The floors are those levels.
BATCH5_FLOORS = {"titles_right": 0.88, "dates_found": 0.66, "figure_recall": 0.71,
                 "speaker_accuracy": 0.72, "furniture_removed": 0.79}
BATCH5_CEILINGS = {"dates_wrong": 0, "sentences_lost": 6, "not_people_reported": 5}
# The batch 2026-12-01e (round 11): 27 pages from 27 new sites, collected by two helpers who write
# no rules (Europe, the Americas and Oceania in twelve languages; the Middle East, Turkey, the
# Caucasus, Africa, South and Southeast Asia in thirteen, six of them new to the kept-aside part:
# Hebrew, Georgian, Armenian, Amharic, Hausa, Tamil), every entry read again by a second reader
# who ran no parser (holdout/AUDIT.md; one page dropped as not shown complete as stored); never
# tuned on. Its first summary, with the code as round 11 began (main at 0370b5a): titles 0.926,
# dates found 0.5 with 0 wrong, recall 0.619, precision 0.952, 2 non-people numbers, speakers
# 0.65, 2 sentences lost, furniture 0.771. The floors and ceilings are those levels; the targets
# stay the issue's.
# Round 11's rules (written on dev pages only, by helpers who had not seen this batch, which
# was collected while they worked): recall 0.629, precision 0.953, speakers 0.738, furniture
# 0.886; titles, dates, non-people numbers and sentences lost unchanged. The floors are those
# levels.
BATCH6_FLOORS = {"titles_right": 0.92, "dates_found": 0.5, "figure_recall": 0.62,
                 "speaker_accuracy": 0.73, "furniture_removed": 0.88}
BATCH6_CEILINGS = {"dates_wrong": 0, "sentences_lost": 2, "not_people_reported": 2}
# The batch 2026-12-01f (round 12): 28 pages from 28 new sites, collected by two helpers who write
# no rules (Europe, the Balkans, the Americas and Oceania in thirteen languages; the Middle East,
# Turkey, the Caucasus, Africa, South and Southeast Asia in fourteen, Thai and Nepali new to the
# kept-aside part), every entry read again by a second reader who ran no parser (three entries
# changed; holdout/AUDIT.md); never tuned on. Its first summary, with the code as round 12 began
# (main at ba274b3): titles 0.893, dates found 0.5 with 0 wrong, recall 0.718, precision 0.947,
# 1 non-people number, speakers 0.697, 0 sentences lost, furniture 0.676. The floors and ceilings
# are those levels; the targets stay the issue's.
BATCH7_FLOORS = {"titles_right": 0.89, "dates_found": 0.5, "figure_recall": 0.71,
                 "speaker_accuracy": 0.69, "furniture_removed": 0.67}
BATCH7_CEILINGS = {"dates_wrong": 0, "sentences_lost": 0, "not_people_reported": 1}
# The batch 2026-12-01g (round 13): 28 pages from 28 new sites, collected by two helpers who write
# no rules (Europe, the Balkans, the Americas and Oceania in twelve languages; the Middle East,
# Turkey, the Caucasus, Africa, South and Southeast Asia in fourteen, an Ethiopian-calendar
# dateline among them), every entry read again by a second reader who ran no parser (three entries
# changed; holdout/AUDIT.md); never tuned on. Its first summary, with the code as round 13 began
# (main at 795e4b8): titles 0.929, dates found 0.667 with 0 wrong, recall 0.773, precision 0.939,
# 1 non-people number, speakers 0.685, 0 sentences lost, furniture 0.857. The floors and ceilings
# are those levels; the targets stay the issue's.
BATCH8_FLOORS = {"titles_right": 0.92, "dates_found": 0.66, "figure_recall": 0.77,
                 "speaker_accuracy": 0.68, "furniture_removed": 0.85}
BATCH8_CEILINGS = {"dates_wrong": 0, "sentences_lost": 0, "not_people_reported": 1}
GROUPS = {"before batches": (FLOORS, CEILINGS), "2026-11-30": (BATCH_FLOORS, BATCH_CEILINGS),
          "2026-12-01": (BATCH2_FLOORS, BATCH2_CEILINGS),
          "2026-12-01b": (BATCH3_FLOORS, BATCH3_CEILINGS),
          "2026-12-01c": (BATCH4_FLOORS, BATCH4_CEILINGS),
          "2026-12-01d": (BATCH5_FLOORS, BATCH5_CEILINGS),
          "2026-12-01e": (BATCH6_FLOORS, BATCH6_CEILINGS),
          "2026-12-01f": (BATCH7_FLOORS, BATCH7_CEILINGS),
          "2026-12-01g": (BATCH8_FLOORS, BATCH8_CEILINGS)}


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
    floors = GROUPS[group][0]
    assert holdout_groups[group][measure] >= floors.get(measure, TARGETS[measure])


@pytest.mark.parametrize("group", sorted(GROUPS))
@pytest.mark.parametrize("measure", ["dates_wrong", "sentences_lost", "not_people_reported"])
def test_holdout_keeps_what_should_be_nil_at_its_ceiling(holdout_groups, group, measure):
    assert holdout_groups[group][measure] <= GROUPS[group][1][measure]


def test_every_holdout_page_is_in_a_group_with_floors():
    groups = {want.get("batch", "before batches")
              for want in score.load_expected("holdout").values()}
    assert groups <= set(GROUPS)
