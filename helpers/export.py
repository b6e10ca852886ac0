"""The derived tables that `python -m helpers export` writes, one builder per file.

Every builder reads the export's helpers.passes.CorpusPass, so each article is read, split
into sentences, attributed and measured once for all the tables. Later analyses add their
table here, so one command always writes the whole set.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pandas as pd

from .actors import load_actors
from .automatic import awaiting_coding, graded_figures
from .passes import CorpusPass
from .reliability.corroborate import corroboration
from .reliability.grading import reliability_table
from .reliability.measures import document_measures
from .table_csv import write_csv

Builder = Callable[[CorpusPass], pd.DataFrame]

TABLES: dict[str, Builder] = {
    "documents.csv": lambda c: c.documents,
    "paragraphs.csv": lambda c: c.paragraphs,
    "sentences.csv": lambda c: c.sentences,
    "removed_lines.csv": lambda c: c.corpus.removed,
    "problems.csv": lambda c: c.corpus.problems,
    "stances.csv": lambda c: c.stances,
    "actors.csv": lambda c: load_actors(),
    "reliability.csv": lambda c: reliability_table(c, c.claims),
    "corroboration.csv": lambda c: corroboration(c.claims, c.documents),
    "estimates.csv": lambda c: c.estimates,
    "statements.csv": lambda c: c.statements,
    "claims.csv": lambda c: c.claims,
    "document_measures.csv": lambda c: document_measures(c, c.claims),
    "automatic_figures.csv": lambda c: graded_figures(c, c.claims),
    "awaiting_coding.csv": lambda c: awaiting_coding(c.documents, c.stances, c.statements),
}


def write_table(table: pd.DataFrame, path: Path) -> None:
    """One derived table as CSV, as the export writes it (the bytes of pandas to_csv with
    index=False and dates as %Y-%m-%d: helpers.table_csv)."""
    write_csv(table, path, date_format="%Y-%m-%d")
