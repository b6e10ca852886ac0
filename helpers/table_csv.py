"""A derived table as CSV text, the same bytes as pandas `to_csv(index=False, date_format=...)`
writes, in about half the time (the export writes some 20 MB of text).

pandas turns each column into values for the csv module (get_values_for_csv) and the csv module
quotes each field that needs it, character by character. `csv_text` does the same per column:
each value as pandas gives it to the csv module and as that module turns it into text; a column
none of whose values holds a character that needs quoting (found by one look at the column's
joined text) is not looked at value by value. A table of another shape or dtype than those
read here (a column label not a string, a single column, a categorical, interval, period or
timedelta column) is written by pandas itself.
"""

from __future__ import annotations

import csv
import io
import os
from datetime import datetime
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

QUOTED = (",", '"', "\n")  # the characters the csv module quotes a field for (see _quotes)


@lru_cache(maxsize=1)
def _quotes() -> tuple[str, ...]:
    """The characters among the delimiter, the quote mark and the line ends for which this
    Python's csv module (as pandas calls it, lines ended by os.linesep) quotes a field: the
    texts here are used only when they are QUOTED and lines end with "\\n" (Python versions
    have differed on a carriage return; pandas ends lines with "\\r\\n" on Windows)."""
    def quoted(char: str) -> bool:
        out = io.StringIO()
        csv.writer(out, lineterminator=os.linesep).writerow([f"a{char}b", "c"])
        return out.getvalue().startswith('"')
    if os.linesep != "\n":
        return ()
    return tuple(char for char in (",", '"', "\n", "\r") if quoted(char))


def _text(value: object, date_format: str | None) -> str:
    """A value of a column of objects as pandas and the csv module write it: a date or period
    in date_format, anything else by str."""
    if isinstance(value, str):
        return value
    if date_format is not None and isinstance(value, (datetime, pd.Period)):
        return value.strftime(date_format)
    return str(value)


def _column(column: pd.Series, date_format: str | None) -> list[str] | None:
    """One column's values as the texts the csv module is given, or None for a dtype that is
    not read here."""
    dtype = column.dtype
    missing = column.isna().to_numpy()
    if isinstance(dtype, np.dtype) and dtype.kind in "fiub":  # floats by numpy's str, as pandas
        texts = column.to_numpy().astype(str).tolist() if dtype.kind == "f" else [
            str(value) for value in column.to_numpy().tolist()]
    elif isinstance(dtype, np.dtype) and dtype.kind == "M" and date_format:  # no time zone
        texts = column.dt.strftime(date_format).tolist()
    elif isinstance(dtype, _OBJECTS) or (isinstance(dtype, np.dtype) and dtype.kind == "O"):
        values = np.asarray(column.array.astype(object)).tolist()
        if not missing.any() and set(map(type, values)) <= {str}:
            return values  # texts only, none missing: as they are
        dates = date_format if isinstance(dtype, np.dtype) else None  # objects' dates only
        return ["" if gap else value if type(value) is str else _text(value, dates)
                for value, gap in zip(values, missing.tolist(), strict=True)]
    else:
        return None
    return [("" if gap else text) for text, gap in zip(texts, missing, strict=True)] \
        if missing.any() else texts


# the extension dtypes whose values pandas hands to the csv module as objects
_OBJECTS = (pd.StringDtype, pd.BooleanDtype, pd.Int64Dtype, pd.Int32Dtype, pd.Float64Dtype)


def _quoted(texts: list[str]) -> list[str]:
    """The fields of one column, each quoted (quote marks doubled) where it holds a QUOTED
    character."""
    joined = "\x00".join(texts)
    if '"' not in joined and "," not in joined and "\n" not in joined:
        return texts
    return ['"' + text.replace('"', '""') + '"' if ('"' in text or "," in text or "\n" in text)
            else text for text in texts]


def _lines(table: pd.DataFrame, date_format: str | None) -> list[str] | None:
    """The lines of `table.to_csv(index=False, date_format=date_format)` without their line
    ends, the header first; None for a table that pandas is left to write."""
    labels = list(table.columns)
    if (_quotes() != QUOTED or len(labels) < 2 or any(type(c) is not str for c in labels)
            or isinstance(table.columns, pd.MultiIndex)):
        return None
    columns = []
    for k in range(len(labels)):
        column = _column(table.iloc[:, k], date_format)
        if column is None:
            return None
        columns.append(_quoted(column))
    return [",".join(_quoted(labels)), *map(",".join, zip(*columns, strict=True))]


def csv_text(table: pd.DataFrame, date_format: str | None = None) -> str:
    """`table.to_csv(index=False, date_format=date_format)`, the same text."""
    lines = _lines(table, date_format)
    if lines is None:
        return str(table.to_csv(index=False, date_format=date_format))
    return "\n".join(lines) + "\n"


BLOCK = 1000  # lines written at a time (one large text would be copied whole to be encoded)


def write_csv(table: pd.DataFrame, path: Path, date_format: str | None = None) -> None:
    """The table written to path as csv_text, in UTF-8, line ends as they are (as pandas
    writes it)."""
    lines = _lines(table, date_format)
    if lines is None:
        table.to_csv(path, index=False, date_format=date_format)
        return
    with path.open("w", encoding="utf-8", newline="") as out:
        for start in range(0, len(lines), BLOCK):
            out.write("\n".join(lines[start:start + BLOCK]) + "\n")
