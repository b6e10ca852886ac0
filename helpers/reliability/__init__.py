"""Source reliability: text measures, corroboration, grades and the attribution graph.

One module per job: text_rules (the rules, one sentence at a time), measures (their
tables per sentence and document), corroboration
(comparable figures, in and outside the corpus, and their independence), grading (claim
measures, the rubric and Admiralty grades), graph (who relays whom), plots and outlets. The
names below are the package's public interface; each loads with its module on first use, so
grading does not import matplotlib or networkx.
"""

from ..lazy import lazy_exports

__getattr__, __dir__, __all__ = lazy_exports(__name__, {
    "corroborate": ("INDEPENDENCE", "claim_years", "comparable", "corroboration",
                    "corroboration_counts", "independence", "reference_year"),
    "grading": ("ATTRIBUTES", "attributes", "check_rubric", "claim_measures", "grade_claims",
                "holds", "load_actor_types", "load_rubric", "regrade", "reliability_table",
                "source_key", "source_records"),
    "graph": ("attribution_graph", "claims_per_node", "draw_attribution_graph"),
    "measures": ("NOT_KNOWN", "direction_conflicts", "document_measures", "internal_errors",
                 "scraping_artefacts", "sentence_measures"),
    "text_rules": ("anonymous_attribution", "has_quotation", "hedge_pattern", "hedge_terms",
                   "hedges_by_voice", "named_attribution", "one_of_several_estimates",
                   "relays_estimates"),
    "outlets": ("OUTLET_FACTS", "load_outlets"),
    "plots": ("HEATMAP_MEASURES", "measures_heatmap"),
})
