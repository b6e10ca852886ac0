"""Readers never see nan, NaT, None or <NA>; counts are words; long tables are cut."""

from __future__ import annotations

import numpy as np
import pandas as pd

from helpers.display import NOT_KNOWN, bounded, count, missing, of, readable, text, year_span

GARBAGE = ("nan", "NaN", "NaT", "None", "<NA>")


def test_missing_values_read_not_known():
    for value in (None, np.nan, pd.NaT, pd.NA, "", "  "):
        assert missing(value) and text(value) == NOT_KNOWN
    assert text(pd.Timestamp("2013-09-25 14:51")) == "2013-09-25"
    assert text(3.0) == "3" and text("Tengrinews") == "Tengrinews"


def test_readable_table_has_no_missing_markers():
    frame = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["X", None],
                          "published": pd.to_datetime(["2014-01-02", None]),
                          "year": pd.array([2014, None], dtype="Int64"),
                          "share": [0.5, np.nan], "n_words": [10, 20], "flag": [True, False]})
    shown = readable(frame)
    rendered = shown.to_string() + shown.to_html()
    assert not any(g in rendered for g in GARBAGE), rendered
    assert list(shown["published"]) == ["2014-01-02", NOT_KNOWN]
    assert list(shown["year"]) == ["2014", NOT_KNOWN]
    assert shown["n_words"].dtype.kind == "i" and shown["flag"].dtype == bool
    assert frame["outlet"].isna().sum() == 1, "the original is not changed"
    assert list(readable(frame, {"share": "open"})["share"]) == ["0.5", "open"]


def test_counts_and_spans_are_words():
    assert count(5, "article") == "five articles"
    assert count(1, "article") == "one article"
    assert count(0, "problem") == "no problems"
    assert count(1234, "sentence") == "1,234 sentences"
    assert count(2, "speech", "speeches") == "two speeches"
    assert of(8, 10) == "8 of 10"
    assert year_span(pd.Timestamp("2013-09-25"), pd.Timestamp("2018-03-06")) == "2013–2018"
    assert year_span(2014, 2014) == "2014"
    assert year_span(pd.NaT, None) == NOT_KNOWN


def test_bounded_cuts_long_tables_and_says_where_the_rest_is():
    frame = pd.DataFrame({"n": range(40)})
    shown, note = bounded(frame, "data/derived/x.csv", rows=12)
    assert len(shown) == 12 and list(shown["n"])[:2] == [0, 1]
    assert note == "The first 12 of 40 rows are shown; the full table is `data/derived/x.csv`."
    shown, note = bounded(frame.head(3), "data/derived/x.csv", rows=12)
    assert len(shown) == 3 and note.startswith("All 3 rows are shown")
    assert bounded(frame.head(1), "x.csv")[1].startswith("The only one is shown")
    shown, note = bounded(frame.head(0), "data/derived/x.csv", what="figures")
    assert shown.empty and note.startswith("No figures")
