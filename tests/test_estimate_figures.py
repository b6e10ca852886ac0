"""The pictures of notebook 02: what they draw, and that they draw the same every time."""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd
import pytest

from helpers import load_documents
from helpers.claims import load_claims
from helpers.estimate_figures import beside_outside, claims_with_dates, estimates_timeline
from helpers.figures import png_bytes
from helpers.paths import data_dir


@pytest.fixture(scope="module")
def tables():
    return load_claims(), load_documents(), pd.read_csv(data_dir() / "external_estimates.csv")


def test_claims_sit_at_their_articles_earliest_date(tables):
    claims, docs, _ = tables
    dated = claims_with_dates(claims, docs)
    assert dated["date"].notna().all()
    c09 = dated.set_index("claim_id").loc["C09", "date"]
    assert str(c09.date()) == "2018-03-06"  # OE Watch: no printed date, earliest possible day


def test_timeline_draws_one_dot_per_claim_and_one_arrow_per_open_bound(tables):
    claims, docs, _ = tables
    fig = estimates_timeline(claims, docs)
    ax = fig.axes[0]
    dots = [line for line in ax.lines if line.get_xydata().shape[0] == 1]
    arrows = [t for t in ax.texts if t.arrow_patch is not None]
    assert len(dots) == len(claims)
    assert len(arrows) == int(claims["high"].isna().sum()) == 2
    assert {t.get_text().split()[0] for t in ax.texts if t.get_text()} == set(claims["claim_id"])
    assert ax.get_ylabel() == "number of people"
    plt.close(fig)


def test_outside_figure_keeps_the_two_kinds_apart(tables):
    claims, docs, external = tables
    fig = beside_outside(claims, docs, external)
    labels = fig.axes[0].get_legend_handles_labels()[1]
    assert labels == ["seed figure (the corpus)", "outside the corpus (external_estimates.csv)"]
    seeds, outside = fig.axes[0].collections[0], fig.axes[0].collections[-1]
    assert len(seeds.get_offsets()) == len(claims)
    assert len(outside.get_offsets()) == int((external["scope"] == "Kazakhstan").sum())
    plt.close(fig)


def test_figures_are_byte_identical_when_drawn_twice(tables):
    claims, docs, external = tables
    first, second = estimates_timeline(claims, docs), estimates_timeline(claims, docs)
    assert png_bytes(first) == png_bytes(second)
    assert (png_bytes(beside_outside(claims, docs, external))
            == png_bytes(beside_outside(claims, docs, external)))
    plt.close("all")
