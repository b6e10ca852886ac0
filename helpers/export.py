"""The derived tables that `python -m helpers export` writes, one builder per file.

Later analyses add their table here, so one command always writes the whole set.
"""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd

from .actors import load_actors
from .automatic import awaiting_coding, graded_figures
from .claims import claims_for
from .estimates import extract_estimates
from .reliability.corroborate import corroboration
from .reliability.grading import reliability_table
from .reliability.measures import document_measures
from .sources import Corpus, paragraphs, sentences
from .stances import stances_for
from .statements import extract_statements

Builder = Callable[[Corpus], pd.DataFrame]

TABLES: dict[str, Builder] = {
    "documents.csv": lambda c: c.documents,
    "paragraphs.csv": lambda c: paragraphs(c.documents),
    "sentences.csv": lambda c: sentences(c.documents),
    "removed_lines.csv": lambda c: c.removed,
    "problems.csv": lambda c: c.problems,
    "stances.csv": lambda c: stances_for(c.documents),
    "actors.csv": lambda c: load_actors(),
    "reliability.csv": lambda c: reliability_table(c, claims_for(c.documents)),
    "corroboration.csv": lambda c: corroboration(claims_for(c.documents), c.documents),
    "estimates.csv": lambda c: extract_estimates(c.documents),
    "statements.csv": lambda c: extract_statements(c.documents),
    "claims.csv": lambda c: claims_for(c.documents),
    "document_measures.csv": lambda c: document_measures(c, claims_for(c.documents)),
    "automatic_figures.csv": lambda c: graded_figures(c, claims_for(c.documents)),
    "awaiting_coding.csv": lambda c: awaiting_coding(c.documents, stances_for(c.documents)),
}
