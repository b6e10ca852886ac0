"""Helpers for the Kazakhstani returnees notebook collection: sources into checkable tables."""

from .actors import ActorsError, canonical_speaker, load_actors, normalise_name
from .claims import compare_with_ledger, load_claims, precision_recall, relay_depth
from .estimates import bounds, extract_estimates
from .reading import SourceProblem
from .reliability import (
    attribution_graph,
    claim_measures,
    corroboration,
    document_measures,
    draw_attribution_graph,
    grade_claims,
    internal_errors,
    load_rubric,
    reliability_table,
)
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
from .stance_cards import role_cards
from .stance_figures import positions_figure
from .stances import (
    POSITION_SCALE,
    StancesError,
    by_actor_type,
    by_argument,
    by_occasion,
    by_year,
    load_stances,
    missing_voices,
    policy_path,
    positions_by_occasion,
    strongest_statements,
)
from .statements import extract_statements

__all__ = [
    "attribution_graph", "claim_measures", "corroboration", "document_measures",
    "draw_attribution_graph", "grade_claims", "internal_errors", "load_rubric",
    "reliability_table",
    "bounds", "canonical_speaker", "compare_with_ledger", "extract_estimates",
    "extract_statements", "load_claims", "normalise_name", "precision_recall", "relay_depth",
    "ActorsError",
    "Corpus", "SourceError", "SourceProblem", "SourceWarning", "load_corpus", "load_documents",
    "load_sources", "paragraphs", "removed_lines", "sentences",
    "POSITION_SCALE", "StancesError", "by_actor_type", "by_argument", "by_occasion", "by_year",
    "load_actors", "load_stances", "missing_voices", "policy_path", "positions_by_occasion",
    "positions_figure", "role_cards",
    "strongest_statements",
]
