"""The export's CSV writer (helpers.table_csv, issue 9 point 7) writes what pandas to_csv
writes: the same text for every table of the export of the seeds, the test articles and the
dev pages, and for generated tables of every dtype the export uses, with missing values,
commas, quote marks, line ends and other scripts in them."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest
from conftest import TEXT_FOLDERS
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers import lexicon, paths, table_csv
from helpers.export import TABLES, write_table
from helpers.passes import CorpusPass
from helpers.sources import load_corpus
from helpers.table_csv import csv_text

DATES = "%Y-%m-%d"
SETTINGS = settings(max_examples=200, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow])


def _pandas(table: pd.DataFrame) -> str:
    return str(table.to_csv(index=False, date_format=DATES))


@pytest.mark.parametrize("name", TEXT_FOLDERS)
def test_every_exported_table_is_written_as_pandas_writes_it(name, tmp_path):
    with lexicon.pinned(), paths.pinned():
        shared = CorpusPass(load_corpus(TEXT_FOLDERS[name]))
        tables = {file: build(shared) for file, build in TABLES.items()}
    for file, table in tables.items():
        assert csv_text(table, DATES) == _pandas(table), file
        write_table(table, tmp_path / file)
        assert (tmp_path / file).read_bytes() == _pandas(table).encode("utf-8"), file
    assert any('"' in csv_text(t, DATES) for t in tables.values())  # some fields quoted


_TEXT = st.text(alphabet=st.sampled_from(list('ab ,"\n\r\t;é€İ\'') + ["\u2028", "x"]),
                max_size=12)


@st.composite
def _tables(draw) -> pd.DataFrame:
    rows = draw(st.integers(0, 6))
    kinds = draw(st.lists(st.sampled_from(
        ["str", "object", "float", "int", "bool", "date", "Int64", "boolean", "mixed"]),
        min_size=2, max_size=5))
    columns = {}
    for k, kind in enumerate(kinds):
        gaps = draw(st.lists(st.booleans(), min_size=rows, max_size=rows))
        texts = draw(st.lists(_TEXT, min_size=rows, max_size=rows))
        numbers = draw(st.lists(st.floats(allow_infinity=True, width=64), min_size=rows,
                                max_size=rows))
        whole = [int(x) if np.isfinite(x) and abs(x) < 1e15 else 7 for x in numbers]
        held = [None if g else t for t, g in zip(texts, gaps, strict=True)]
        if kind == "str":
            column = pd.Series(held, dtype="str")
        elif kind == "object":
            column = pd.Series(held, dtype=object)
        elif kind == "float":
            column = pd.Series(numbers, dtype="float64")
        elif kind == "int":
            column = pd.Series(whole, dtype="int64")
        elif kind == "bool":
            column = pd.Series(gaps, dtype=bool)
        elif kind == "date":
            column = pd.Series([pd.NaT if g else pd.Timestamp(2013, 1, 1 + i % 28)
                                for i, g in enumerate(gaps)], dtype="datetime64[s]")
        elif kind == "Int64":
            column = pd.Series([None if g else w for w, g in zip(whole, gaps, strict=True)],
                               dtype="Int64")
        elif kind == "boolean":
            column = pd.Series([None if g else not g for g in gaps], dtype="boolean")
        else:  # what a builder may leave in a column of objects
            pool = [None, np.nan, 3, 2.5, np.float64(0.1), True, "a,b", dt.date(2014, 5, 6),
                    pd.Timestamp(2015, 2, 3), ["x"], pd.NA]
            column = pd.Series([pool[(i + k) % len(pool)] if g else t
                                for i, (t, g) in enumerate(zip(texts, gaps, strict=True))],
                               dtype=object)
        columns[f"c{k},{kind}" if k == 1 else f"c{k}"] = column
    return pd.DataFrame(columns)


@SETTINGS
@given(_tables())
def test_generated_tables_are_written_as_pandas_writes_them(table):
    assert csv_text(table, DATES) == _pandas(table)
    assert csv_text(table) == str(table.to_csv(index=False))


@pytest.mark.parametrize("table", [
    pd.DataFrame({"only": ["", "a"]}),  # one column: an empty field alone on a line is quoted
    pd.DataFrame({1: ["a"], 2.5: ["b"]}),  # labels that are no text
    pd.DataFrame({"a": pd.Categorical(["x", None]), "b": [1, 2]}),
    pd.DataFrame({"a": pd.to_timedelta([1, 2], unit="D"), "b": ["x", "y"]}),
    pd.DataFrame({"a": pd.Series([], dtype="str"), "b": pd.Series([], dtype=float)}),
    pd.DataFrame({"a": pd.to_datetime(["2014-05-06", None]).tz_localize("Asia/Almaty"),
                  "b": ["x", "y"]}),
])
def test_tables_of_other_shapes_are_written_as_pandas_writes_them(table):
    assert csv_text(table, DATES) == _pandas(table)


def test_lines_ended_otherwise_are_left_to_pandas(monkeypatch):
    """Where pandas ends lines with os.linesep other than a line feed (Windows), the table is
    written by pandas."""
    table = pd.DataFrame({"a": ["x,y", "z"], "b": [1.5, None]})
    monkeypatch.setattr(table_csv.os, "linesep", "\r\n")
    table_csv._quotes.cache_clear()
    try:
        assert csv_text(table, DATES) == _pandas(table)
        assert "\r\n" in csv_text(table, DATES)
    finally:
        monkeypatch.undo()
        table_csv._quotes.cache_clear()
