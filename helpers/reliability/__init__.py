"""Source reliability: text measures, corroboration, grades and the attribution graph.

One module per job: measures (text rules per sentence and document), corroboration
(comparable figures, in and outside the corpus, and their independence), grading (claim
measures, the rubric and Admiralty grades), graph (who relays whom), plots and outlets. The
names below are the package's public interface.
"""

from .corroboration import (
    INDEPENDENCE,
    claim_years,
    comparable,
    corroboration,
    corroboration_counts,
    independence,
    reference_year,
)
from .grading import (
    ATTRIBUTES,
    attributes,
    check_rubric,
    claim_measures,
    grade_claims,
    holds,
    load_actor_types,
    load_rubric,
    regrade,
    reliability_table,
    source_key,
    source_records,
)
from .graph import attribution_graph, claims_per_node, draw_attribution_graph
from .measures import (
    NOT_KNOWN,
    anonymous_attribution,
    direction_conflicts,
    document_measures,
    has_quotation,
    hedge_pattern,
    hedge_terms,
    hedges_by_voice,
    internal_errors,
    named_attribution,
    one_of_several_estimates,
    relays_estimates,
    scraping_artefacts,
    sentence_measures,
)
from .outlets import OUTLET_FACTS, load_outlets
from .plots import HEATMAP_MEASURES, measures_heatmap

__all__ = [
    "ATTRIBUTES", "HEATMAP_MEASURES", "INDEPENDENCE", "NOT_KNOWN", "OUTLET_FACTS",
    "anonymous_attribution", "attribution_graph", "attributes", "check_rubric", "claim_measures",
    "claim_years", "claims_per_node", "comparable", "corroboration", "corroboration_counts",
    "direction_conflicts", "document_measures", "draw_attribution_graph", "grade_claims",
    "has_quotation", "hedge_pattern", "hedge_terms", "hedges_by_voice", "holds", "independence",
    "internal_errors", "load_actor_types", "load_outlets", "load_rubric", "measures_heatmap",
    "named_attribution", "one_of_several_estimates", "reference_year", "regrade",
    "relays_estimates", "reliability_table", "scraping_artefacts", "sentence_measures",
    "source_key", "source_records",
]
