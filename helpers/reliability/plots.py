"""The document measures as a picture (colour-blind-safe heat map)."""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd

HEATMAP_MEASURES = ["named_attributions", "anonymous_attributions", "quotation_sentences",
                    "writer_hedges_per_1000_words", "source_hedges_per_1000_words",
                    "max_relay_depth", "boilerplate_share", "duplicate_paragraphs",
                    "internal_errors", "date_stated", "byline", "url_in_text"]
"""Default columns: duplicate_paragraphs is a scraping artefact, internal_errors the
document's errors against itself; the two are shown apart."""


def measures_heatmap(table: pd.DataFrame, columns: list[str] | None = None) -> plt.Figure:
    """Documents (rows) by measures (columns); colour = the value scaled to the column's
    largest value, the raw value written in each cell. cividis is colour-blind safe."""
    columns = columns or HEATMAP_MEASURES
    values = table[columns].astype(float)
    scaled = values / values.max().replace(0, 1).fillna(1)
    fig, ax = plt.subplots(figsize=(1.0 * len(columns) + 2.5, 0.55 * len(table) + 1.8))
    ax.imshow(scaled.fillna(0).to_numpy(), cmap="cividis", aspect="auto", vmin=0, vmax=1)
    for i in range(len(table)):
        for j, column in enumerate(columns):
            v = values.iloc[i, j]
            text = "–" if pd.isna(v) else (f"{v:.2f}" if column == "boilerplate_share"
                                           else f"{v:g}")
            ax.text(j, i, text, ha="center", va="center", fontsize=8,
                    color="black" if scaled.fillna(0).iloc[i, j] > 0.5 else "white")
    ax.set_xticks(range(len(columns)), [c.replace("_", " ") for c in columns], rotation=35,
                  ha="right")
    outlet = table["outlet"].str.split(" (", regex=False).str[0]
    ax.set_yticks(range(len(table)), table["doc_id"].str[:3] + " " + outlet)
    ax.set_xlabel("measure (colour: value / largest value in the column)")
    ax.set_ylabel("document")
    ax.set_title("Reliability measures per document")
    ax.spines[:].set_visible(False)
    return fig
