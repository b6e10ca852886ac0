"""The two pictures of notebook 02: the ledger's estimates over time, and beside outside figures.

Both place a claim at the earliest publication date of the article that printed it (the date
the figure was in print at the latest), so an undated article sits at its earliest possible day.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd

from .figures import OKABE_ITO

SAME_DATE_SHIFT = pd.Timedelta(days=25)  # spreads claims of one article side by side


def claims_with_dates(claims: pd.DataFrame, docs: pd.DataFrame) -> pd.DataFrame:
    """The ledger with a `date` column: the earliest publication date of each claim's article."""
    dates = docs.set_index("doc_id")["published_earliest"]
    return claims.assign(date=pd.to_datetime(claims["doc_id"].map(dates)))


def estimates_timeline(claims: pd.DataFrame, docs: pd.DataFrame) -> plt.Figure:
    """Every claim as a dot at its value with a bar for its bounds (an arrow where there is no
    upper bound), coloured by definition class and labelled with claim id and speaker."""
    plot = claims_with_dates(claims, docs)
    classes = sorted(plot["definition_class"].unique())
    colour = {c: OKABE_ITO[i % len(OKABE_ITO)] for i, c in enumerate(classes)}
    rank = plot.groupby("date").cumcount()
    fig, ax = plt.subplots(figsize=(10, 5.5))
    for row, k in zip(plot.itertuples(), rank, strict=True):
        x = row.date + SAME_DATE_SHIFT * k
        c = colour[row.definition_class]
        low = row.low if pd.notna(row.low) else 0
        if pd.notna(row.high):
            ax.vlines(x, low, row.high, color=c, linewidth=3, alpha=0.6)
        else:
            ax.annotate("", xy=(x, row.value * 1.25), xytext=(x, low),
                        arrowprops={"arrowstyle": "->", "color": c, "linewidth": 2})
        ax.plot(x, row.value, "o", color=c)
        ax.annotate(f"{row.claim_id} {row.speaker.split(' (')[0]}", (x, row.value),
                    xytext=(5, 3), textcoords="offset points", fontsize=7)
    for c in classes:
        ax.plot([], [], "o", color=colour[c], label=c)
    ax.set_xlabel("date of the article that printed the figure")
    ax.set_ylabel("number of people")
    ax.set_title("Seed estimates with their bounds, by what they count")
    ax.legend(title="definition class", fontsize=8, loc="upper left")
    return fig


def beside_outside(claims: pd.DataFrame, docs: pd.DataFrame,
                   external: pd.DataFrame) -> plt.Figure:
    """Seed claims (dots, labelled) beside outside estimates for Kazakhstan (squares with range
    bars, at the month of publication), so a reader sees which is which at a glance."""
    plot = claims_with_dates(claims, docs)
    kz = external[external["scope"] == "Kazakhstan"]
    month = pd.to_datetime(kz["published"].astype(str).str.slice(0, 7) + "-01")
    fig, ax = plt.subplots(figsize=(10, 5))
    ax.scatter(plot["date"], plot["value"], color=OKABE_ITO[4], zorder=3,
               label="seed figure (the corpus)")
    for row in plot.itertuples():
        ax.annotate(row.claim_id, (row.date, row.value), xytext=(4, 3),
                    textcoords="offset points", fontsize=7)
    ax.vlines(month, kz["figure_low"], kz["figure_high"].fillna(kz["figure_low"]),
              color=OKABE_ITO[5], linewidth=2)
    ax.scatter(month, kz["figure_low"], marker="s", color=OKABE_ITO[5],
               label="outside the corpus (external_estimates.csv)")
    ax.set_xlabel("date of the figure (outside: month of publication)")
    ax.set_ylabel("number of people")
    ax.set_title("Seed figures beside outside estimates for Kazakhstan")
    ax.legend(fontsize=8)
    return fig
