"""When the articles appeared, readable at any number of articles.

Up to DETAIL_LIMIT articles, audit.publication_timeline draws one row per article. Past it, one
row per article would make a figure thousands of pixels tall, so the articles are counted by
year and outlet instead (the most frequent outlets by name, the rest together), with undated
articles said in the title.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd

from .audit import publication_timeline
from .display import NOT_KNOWN
from .figures import OKABE_ITO

DETAIL_LIMIT = 25  # articles drawn one row each; more are counted by year and outlet
UNKNOWN_GREY = "#BBBBBB"  # articles whose outlet is not known: no palette colour
TOP_OUTLETS = 7  # outlets named in the aggregated figure; the others are "other outlets"


def outlet_counts(docs: pd.DataFrame, top: int = TOP_OUTLETS) -> pd.DataFrame:
    """Dated articles per year (rows) and outlet (columns: the most frequent, then "other
    outlets"; an article without outlet counts as "outlet not known")."""
    dated = docs.dropna(subset=["published_earliest"])
    outlet = dated["outlet"].where(dated["outlet"].notna() & (dated["outlet"] != ""),
                                   f"outlet {NOT_KNOWN}")
    named = outlet.value_counts().index[:top]
    outlet = outlet.where(outlet.isin(named), "other outlets")
    return pd.crosstab(dated["published_earliest"].dt.year.rename("year"),
                       outlet.rename("outlet"))


def publication_overview(docs: pd.DataFrame, limit: int = DETAIL_LIMIT) -> plt.Figure:
    """One row per article up to limit articles; past it, a bar per year stacked by outlet.

    The aggregated figure keeps a fixed size whatever the number of articles; an article known
    only within a range counts in the year of its earliest possible date.
    """
    if len(docs) <= limit:  # an unknown outlet as "" (the timeline labels it "not known")
        return publication_timeline(docs.assign(outlet=docs["outlet"].fillna("")))
    counts = outlet_counts(docs)
    undated = int(docs["published_earliest"].isna().sum())
    fig, ax = plt.subplots(figsize=(9, 5))
    bottom = pd.Series(0, index=counts.index)
    for i, outlet in enumerate(counts.columns):
        colour = UNKNOWN_GREY if outlet.startswith("outlet ") else OKABE_ITO[i % len(OKABE_ITO)]
        ax.bar(counts.index, counts[outlet], bottom=bottom, label=outlet, color=colour,
               edgecolor="white")
        bottom += counts[outlet]
    ax.set_xlabel("year of publication (earliest possible date)")
    ax.set_ylabel("number of articles")
    ax.set_xticks(counts.index)
    ax.set_title(f"{len(docs):,} articles by year and outlet"
                 + (f" ({undated:,} without a known date are not drawn)" if undated else ""))
    ax.legend(title="outlet", fontsize=8, frameon=False, loc="upper left",
              bbox_to_anchor=(1.01, 1))
    return fig
