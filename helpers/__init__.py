"""Helpers for the Kazakhstani returnees notebook collection: sources into checkable tables."""

from .reading import SourceProblem
from .sources import (
    Corpus,
    SourceError,
    SourceWarning,
    load_corpus,
    load_documents,
    load_sources,
    paragraphs,
    removed_lines,
    sentences,
)
from .stances import (
    POSITION_SCALE,
    StancesError,
    by_actor_type,
    by_argument,
    by_year,
    load_actors,
    load_stances,
    missing_voices,
    policy_path,
    positions_figure,
    role_cards,
    strongest_statements,
)

__all__ = [
    "Corpus", "SourceError", "SourceProblem", "SourceWarning", "load_corpus", "load_documents",
    "load_sources", "paragraphs", "removed_lines", "sentences",
    "POSITION_SCALE", "StancesError", "by_actor_type", "by_argument", "by_year", "load_actors",
    "load_stances", "missing_voices", "policy_path", "positions_figure", "role_cards",
    "strongest_statements",
]
