"""One way to draw and show figures: a colour-blind-safe palette and alt text on every image.

`show(fig, alt=...)` displays a matplotlib figure as a PNG whose output metadata carries the alt
text (``{"image/png": {"alt": ...}}``); the site renderer writes it into the page's <img alt>.
The PNG carries no software or date stamp, so re-running a notebook gives the same bytes.
"""

from __future__ import annotations

import io

import matplotlib as mpl
import matplotlib.pyplot as plt
from matplotlib import rcsetup

# Okabe & Ito (2008), "Color Universal Design": distinguishable with the common colour-vision
# deficiencies. https://jfly.uni-koeln.de/color/
OKABE_ITO = ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7",
             "#000000"]


def use_style() -> None:
    """House style: Okabe-Ito colour cycle, readable font sizes, no top and right spines; tables
    show every cell whole (no text cut off with "...")."""
    import pandas as pd

    pd.set_option("display.max_colwidth", None)
    mpl.rcParams.update({
        "axes.prop_cycle": rcsetup.cycler(color=OKABE_ITO),
        "figure.dpi": 100,
        "savefig.dpi": 100,
        "font.size": 10,
        "axes.titlesize": 12,
        "axes.spines.top": False,
        "axes.spines.right": False,
    })


def png_bytes(fig: plt.Figure) -> bytes:
    """The figure as PNG bytes without metadata that changes between machines or runs."""
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", bbox_inches="tight", metadata={"Software": None})
    return buffer.getvalue()


def show(fig: plt.Figure, alt: str) -> None:
    """Display the figure in the notebook with its alt text, and close it."""
    from IPython.display import Image, display

    if not alt.strip():
        raise ValueError("every figure needs alt text that says what it shows")
    data = png_bytes(fig)
    plt.close(fig)
    display(Image(data=data, format="png"), metadata={"image/png": {"alt": alt}})
