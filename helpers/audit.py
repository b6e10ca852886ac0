"""Show what cleaning did: the fate of every line of a page, and summaries by rule.

These views let a reader check the cleaning instead of trusting it: each raw line is either
kept in the body, blank, or removed by a named rule (see helpers.cleaning).
"""

from __future__ import annotations

from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd

from .doc_ids import article_file
from .figures import OKABE_ITO
from .paths import seeds_dir
from .reading import read_source
from .sources import load_corpus


def line_fates(doc_id: str, folder: Path | str | None = None,
               removed: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every line of one article file: line_no, line (as in the file), fate ('kept', 'blank' or
    the rule that removed it).

    removed is the corpus's removed-lines table (Corpus.removed: doc_id, line_no, rule); pass
    it when the corpus is loaded already, else the folder is parsed again to get it.
    """
    folder = Path(folder) if folder else seeds_dir()
    lines = read_source(article_file(folder, doc_id)).text.split("\n")
    removed = load_corpus(folder).removed if removed is None else removed
    removed = removed[removed["doc_id"] == doc_id]
    rules = removed.groupby("line_no")["rule"].agg(" + ".join)
    fates = ["blank" if not line.strip() else rules.get(n, "kept")
             for n, line in enumerate(lines, start=1)]
    table = pd.DataFrame({"line_no": range(1, len(lines) + 1), "line": lines, "fate": fates})
    return table[~((table["fate"] == "blank") & (table["line_no"] == len(lines)))]


def removal_counts(removed: pd.DataFrame) -> pd.DataFrame:
    """Removed lines per document (rows) and rule (columns), with a total column."""
    rule = removed["rule"].str.replace(r" \(moved to .*\)$", " (moved)", regex=True)
    counts = pd.crosstab(removed["doc_id"], rule)
    counts["total"] = counts.sum(axis=1)
    return counts


def publication_timeline(docs: pd.DataFrame) -> plt.Figure:
    """Each document on a time axis: a dot for a known day, a bar for a date range, coloured by
    how the date is known (date_basis), labelled with its outlet."""
    colours = dict(zip(["stated", "cited", "inferred", "unknown"], OKABE_ITO[4:] + OKABE_ITO[:1],
                       strict=False))
    ordered = docs.sort_values(["published_earliest", "doc_id"], na_position="last")
    fig, ax = plt.subplots(figsize=(9, 0.6 * len(ordered) + 1.6))
    rows = zip(ordered["doc_id"].astype(str), ordered["outlet"], ordered["date_basis"].astype(str),
               ordered["published_earliest"], ordered["published_latest"], strict=True)
    for y, (doc_id, outlet, basis, first, last) in enumerate(rows):
        label = f"{doc_id.split('_')[0]} · {outlet or 'outlet not known'}"
        colour = colours.get(basis, OKABE_ITO[7])
        if pd.isna(first):
            ax.annotate(f"{label}: date unknown", (0.01, y), xycoords=("axes fraction", "data"),
                        va="center")
            continue
        start = pd.Timestamp(first)
        end = pd.Timestamp(last) if pd.notna(last) else None
        if end is not None and end != start:
            ax.plot([start.to_datetime64(), end.to_datetime64()], [y, y], color=colour,
                    linewidth=6, solid_capstyle="butt", label=basis)
        else:
            ax.plot([start.to_datetime64()], [y], "o", color=colour, markersize=9, label=basis)
        middle = start + (end - start) / 2 if end is not None else start
        ax.annotate(label, (middle, y), xytext=(0, 9), textcoords="offset points", ha="center",
                    fontsize=9)
    handles, labels = ax.get_legend_handles_labels()
    unique = dict(zip(labels, handles, strict=True))
    ax.legend(unique.values(), [f"date {k}" for k in unique], loc="lower right", frameon=False)
    ax.set_yticks([])
    ax.set_ylim(-0.7, len(ordered) - 0.3)
    ax.set_xlabel("publication date (dot: known day; bar: range of possible dates)")
    ax.set_title("When the articles were published, and how we know")
    ax.spines["left"].set_visible(False)
    return fig
