"""Automatic figures in the pictures of notebook 02: a separate, visibly marked series.

The ledger's figures keep their colours and labels; the figures the rules find in articles
without ledger claims are drawn as hollow grey diamonds, labelled "automatic, not reviewed" in
the legend, never coloured as a definition class (they have none until a coder gives it).
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd

from .automatic import STATUS
from .figures import OKABE_ITO


def dated_figures(figures: pd.DataFrame, docs: pd.DataFrame) -> pd.DataFrame:
    """Automatic figures with a `date` column (their article's earliest date; NaT if unknown)."""
    dates = docs.set_index("doc_id")["published_earliest"]
    return figures.assign(date=pd.to_datetime(figures["doc_id"].map(dates)))


def add_automatic(fig: plt.Figure, figures: pd.DataFrame, docs: pd.DataFrame) -> plt.Figure:
    """Draw the automatic figures with a known date onto the first axes of fig, as their own
    series with its own legend entry (the count drawn and the count left out for want of a
    date)."""
    if figures.empty:
        return fig
    ax = fig.axes[0]
    plot = dated_figures(figures, docs)
    drawn = plot.dropna(subset=["date"])
    label = f"{STATUS} ({len(drawn):,} figures"
    label += f"; {len(plot) - len(drawn):,} undated, not drawn)" if len(drawn) < len(plot) else ")"
    ax.scatter(drawn["date"], drawn["value"], marker="D", facecolors="none",
               edgecolors=OKABE_ITO[7], alpha=0.6, s=28, label=label, zorder=2)
    ax.legend(title="definition class (ledger)", fontsize=8, loc="upper left")
    return fig
