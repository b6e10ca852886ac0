"""Choosing a row by what it is, never by where it sits in a table.

A notebook that picks "the first row" of a filtered table says something else as soon as an
added article adds a row; a row chosen by its code (claim_id, stance_id, doc_id, outlet) stays
the row the prose is about, or fails with a message that names the table, the column and the
value.
"""

from __future__ import annotations

import pandas as pd


class RowError(LookupError):
    """No row, or more than one, has the code asked for."""


def row_for(table: pd.DataFrame, key: str, value: object, what: str = "table") -> pd.Series:
    """The one row of ``table`` whose column ``key`` equals ``value``.

    ``what`` names the table in the error. Raises RowError when ``key`` is not a column, when no
    row has the value, or when several do (a code that is not unique cannot choose a row).
    """
    if key not in table.columns:
        raise RowError(f"{what}: no column {key!r} (columns: {', '.join(map(str, table.columns))})")
    hits = table[table[key] == value]
    if hits.empty:
        raise RowError(f"{what}: no row with {key} == {value!r}")
    if len(hits) > 1:
        raise RowError(f"{what}: {len(hits)} rows with {key} == {value!r}, expected one")
    return hits.loc[hits.index[0]]
