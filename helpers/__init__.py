"""Helpers for the Kazakhstani returnees notebook collection: sources into checkable tables.

The public names below load on first use (helpers.lazy), so `import helpers` costs little and a
notebook pays for pandas, matplotlib or networkx only when it uses a name that needs them.
"""

from .lazy import lazy_exports

__getattr__, __dir__, __all__ = lazy_exports(__name__, {
    "actors": ("ActorsError", "canonical_speaker", "load_actors", "normalise_name"),
    "claims": ("compare_with_ledger", "load_claims", "precision_recall", "relay_depth"),
    "estimates": ("bounds", "extract_estimates"),
    "reading": ("SourceProblem",),
    "reliability": ("attribution_graph", "claim_measures", "corroboration", "document_measures",
                    "draw_attribution_graph", "grade_claims", "internal_errors", "load_rubric",
                    "reliability_table"),
    "sources": ("Corpus", "SourceError", "SourceWarning", "load_corpus", "load_documents",
                "load_sources", "paragraphs", "removed_lines", "sentences"),
    "stance_cards": ("role_cards",),
    "stance_figures": ("positions_figure",),
    "stances": ("POSITION_SCALE", "StancesError", "by_actor_type", "by_argument", "by_occasion",
                "by_year", "load_stances", "missing_voices", "policy_path",
                "positions_by_occasion", "strongest_statements"),
    "statements": ("extract_statements",),
})
