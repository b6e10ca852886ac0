"""The positions-over-time figure of the stances table (helpers.stances holds the summaries)."""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd

from .figures import OKABE_ITO
from .stances import POSITION_SCALE

_STEP = 0.24  # vertical gap between actors in one cell of the positions figure


def _short_name(actor_id: str) -> str:
    return actor_id.replace("_", " ").title() if "_" in actor_id else actor_id.capitalize()


def position_points(stances: pd.DataFrame) -> pd.DataFrame:
    """The points of the positions-over-time figure: one per year, position and actor.

    Columns: year, position, rank (-1 for no position), actor, actor_type, label (short name,
    with the count when above 1), n_statements, x (the year), y (the rank, shifted a little so
    that several actors in the same cell sit one above the other; descriptive statements stack
    downwards from -1).
    """
    points = (stances.groupby(["year", "position", "actor", "actor_id", "actor_type"])
              .size().rename("n_statements").reset_index())
    points["rank"] = points["position"].map(POSITION_SCALE).fillna(-1).astype(int)
    points["label"] = [_short_name(a) + (f" ×{n}" if n > 1 else "")
                       for a, n in zip(points["actor_id"], points["n_statements"], strict=True)]
    points = points.sort_values(["year", "rank", "actor"], ignore_index=True)
    slot = points.groupby(["year", "rank"]).cumcount()
    size = points.groupby(["year", "rank"])["actor"].transform("size")
    on_scale = points["rank"] >= 0
    points["x"] = points["year"].astype(float)
    points["y"] = points["rank"] + ((size - 1) / 2 - slot).where(on_scale, -slot) * _STEP
    return points[["year", "position", "rank", "actor", "actor_type", "label", "n_statements",
                   "x", "y"]]


_MARKERS = ["o", "s", "^", "D", "v", "P", "X", "*", "<", ">"]


def positions_figure(stances: pd.DataFrame) -> plt.Figure:
    """Year against position, one marker per actor, shape and colour by actor type, labelled."""
    points = position_points(stances)
    types = sorted(points["actor_type"].unique())
    fig, ax = plt.subplots(figsize=(11, 6.5))
    for i, actor_type in enumerate(types):
        sub = points[points["actor_type"] == actor_type]
        ax.scatter(sub["x"], sub["y"], s=40 + 25 * sub["n_statements"],
                   marker=_MARKERS[i % len(_MARKERS)], color=OKABE_ITO[i % len(OKABE_ITO)],
                   edgecolor="black", linewidth=0.5, label=actor_type, zorder=3)
    for p in points.itertuples(index=False):
        ax.annotate(p.label, (p.x, p.y), xytext=(9, 0), textcoords="offset points",
                    ha="left", va="center", fontsize=8)
    lowest = points["y"].min()
    ax.axhline(-0.55, color="grey", linewidth=0.8, linestyle="--")
    ax.set_yticks([(lowest - 1) / 2, *POSITION_SCALE.values()],
                  ["no position\n(descriptive)", *(p.replace("_", " ") for p in POSITION_SCALE)])
    years = range(int(points["year"].min()), int(points["year"].max()) + 1)
    ax.set_xticks(list(years))
    ax.set_xlim(min(years) - 0.5, max(years) + 1)
    ax.set_ylim(lowest - 0.3, max(POSITION_SCALE.values()) + 0.5)
    ax.set_xlabel("year of the document that records the statement")
    ax.set_ylabel("position on what to do with returnees (harsher upwards)")
    ax.set_title("Who took which position, and when (marker size: number of statements)")
    ax.legend(title="actor type", loc="upper left", fontsize=8, title_fontsize=9,
              frameon=False, bbox_to_anchor=(1.01, 1))
    ax.grid(axis="y", color="0.9", zorder=0)
    return fig
