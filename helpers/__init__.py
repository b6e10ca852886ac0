"""Helpers for the Kazakhstani returnees notebook collection: sources into checkable tables.

The public names below load on first use (helpers.lazy), so `import helpers` costs little and a
notebook pays for pandas, matplotlib or networkx only when it uses a name that needs them. The
notebooks import only these names (and those of the public subpackage helpers.reliability);
tests/test_notebook_rules.py holds them to it.
"""

from .lazy import lazy_exports

__getattr__, __dir__, __all__ = lazy_exports(__name__, {
    "actors": ("ActorsError", "canonical_speaker", "load_actors", "normalise_name",
               "speaks_for_state", "state_actor_types"),
    "audit": ("line_fates", "removal_counts"),
    "automatic": ("article_summary", "automatic_figures", "awaiting_coding", "by_population",
                  "graded_figures", "uncoded"),
    "automatic_plots": ("add_automatic",),
    "claims": ("chain_hops", "compare_with_ledger", "ledger_bounds", "load_claims",
               "load_outside", "precision_recall", "relay_depth"),
    "corpus_view": ("coded_ids", "corpus_sentence", "date_notes", "glance", "load_for_reading",
                    "removal_table", "span", "undated_sentence"),
    "display": ("bounded", "count", "readable", "year_span"),
    "estimate_figures": ("beside_outside", "claims_with_dates", "estimates_timeline"),
    "estimates": ("bounds", "extract_estimates"),
    "exercises": ("check",),
    "figures": ("show", "use_style"),
    "intervals": ("difference_range", "overlap", "ratio_range"),
    "paths": ("data_dir",),
    "reading": ("SourceProblem",),
    "reliability": ("attribution_graph", "claim_measures", "corroboration", "document_measures",
                    "draw_attribution_graph", "grade_claims", "internal_errors", "load_rubric",
                    "reliability_table"),
    "rows": ("RowError", "row_for"),
    "safe_prose": ("escape", "join", "link", "md", "prose", "prose_text"),
    "sources": ("Corpus", "SourceError", "SourceWarning", "load_corpus", "load_documents",
                "load_sources", "paragraphs", "removed_lines", "sentences"),
    "stance_cards": ("role_cards",),
    "stance_figures": ("positions_figure",),
    "stances": ("ARGUMENTS", "POSITIONS", "POSITION_LABELS", "POSITION_SCALE", "SIDES",
                "StancesError", "arguments_by_side", "by_actor_type", "by_argument",
                "by_occasion", "by_year", "load_stances", "missing_voices", "policy_path",
                "positions_by_occasion", "strongest_statements"),
    "statements": ("extract_statements",),
    "timeline": ("DETAIL_LIMIT", "publication_overview"),
})
