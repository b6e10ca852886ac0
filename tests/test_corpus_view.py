"""Notebook 00's views and the pictures of automatic figures, at 5 articles and at 300."""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd
import pytest

from helpers.automatic import STATUS
from helpers.automatic_plots import add_automatic
from helpers.corpus_view import corpus_sentence, date_notes, glance, undated_sentence
from helpers.estimate_figures import estimates_timeline
from helpers.timeline import DETAIL_LIMIT, outlet_counts, publication_overview


def _docs(n: int) -> pd.DataFrame:
    rows = []
    for i in range(n):
        dated = i % 4 != 3
        day = pd.Timestamp(2013 + i % 6, 1 + i % 12, 1) if dated else pd.NaT
        rows.append({"doc_id": f"d{i:03d}", "title": None if i % 5 == 0 else f"Title {i}",
                     "outlet": None if i % 3 == 0 else f"Outlet {i % 13}",
                     "outlet_type": None, "author": None, "published": day,
                     "published_earliest": day, "published_latest": day,
                     "date_basis": "stated" if dated else "unknown",
                     "date_note": "from the print edition" if i == 1 else None,
                     "date_text": "1 January" if dated else None,
                     "n_words": 100 + i, "n_paragraphs": 3})
    return pd.DataFrame(rows)


def test_glance_puts_hand_coded_first_and_marks_the_others():
    docs = _docs(12)
    table = glance(docs, {"d005", "d002"})
    assert list(table["id"][:2]) == ["d002", "d005"]
    assert set(table["coding"][2:]) == {"automatic, not reviewed"}
    assert list(table["date_basis"][2:]).index("unknown") > 0, "dated articles before undated"
    assert table.loc[table["id"] == "d003", "date"].item() == "not known"


def test_sentences_count_from_the_data():
    docs = _docs(8)
    text = corpus_sentence(docs, 40, {"d001"})
    assert text.startswith("The corpus holds **eight articles** from **")
    assert "2013–2018" in text and "no date is known for 2 of 8" in text and "1 of 8" in text
    assert undated_sentence(docs) == ("2 of 8 pages print no date of their own; for 2 of 8 no "
                                      "date is known at all.")
    notes = date_notes(docs).set_index("doc_id")["date_note"]
    assert notes.iloc[0] == "from the print edition"
    assert notes["d003"] == "no date found on the page, and no curated row"
    assert notes["d000"].startswith("printed on the page as “1 January”")


@pytest.mark.parametrize("n", [5, DETAIL_LIMIT + 1, 300])
def test_publication_overview_stays_under_2000_pixels(n):
    fig = publication_overview(_docs(n))
    width, height = fig.get_size_inches() * fig.dpi
    plt.close(fig)
    assert height <= 2000


def test_past_the_limit_articles_are_counted_by_year_and_outlet():
    docs = _docs(300)
    counts = outlet_counts(docs)
    assert counts.to_numpy().sum() == docs["published_earliest"].notna().sum()
    assert "other outlets" in counts.columns and "outlet not known" in counts.columns
    assert len(counts.columns) <= 9
    fig = publication_overview(docs)
    assert "300 articles" in fig.axes[0].get_title()
    assert "75 without a known date" in fig.axes[0].get_title()
    plt.close(fig)


def test_automatic_figures_are_a_separate_series():
    docs = _docs(4).assign(doc_id=["a", "b", "c", "d"])
    claims = pd.DataFrame([{"claim_id": "C01", "doc_id": "a", "value": 100.0, "low": 90.0,
                            "high": 110.0, "definition_class": "fighters", "speaker": "X"}])
    auto = pd.DataFrame({"doc_id": ["b", "c", "d"], "value": [5.0, 7.0, 9.0]})
    fig = add_automatic(estimates_timeline(claims, docs), auto, docs)
    labels = [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
    plt.close(fig)
    assert labels[0] == "fighters"
    assert labels[-1] == f"{STATUS} (2 figures; 1 undated, not drawn)"


def test_a_short_timeline_never_labels_an_unknown_outlet_nan():
    docs = _docs(4).assign(outlet=pd.Series([None, "A", None, "B"], dtype="str"))
    fig = publication_overview(docs)
    labels = [t.get_text() for t in fig.axes[0].texts]
    plt.close(fig)
    assert labels and not any("nan" in label for label in labels), labels


def test_removal_table_keeps_the_busiest_rules_and_sums_the_rest():
    from helpers.corpus_view import removal_table

    counts = pd.DataFrame({f"rule_{i}": [i, 1] for i in range(12)}, index=["a", "b"])
    counts["total"] = counts.sum(axis=1)
    table = removal_table(counts, rules=3)
    assert list(table.columns) == ["rule_11", "rule_10", "rule_9", "other rules", "total"]
    assert list(table.index) == ["a", "b"]
    assert (table.drop(columns="total").sum(axis=1) == table["total"]).all()
    few = removal_table(counts[["rule_1", "rule_2", "total"]], rules=3)
    assert list(few.columns) == ["rule_2", "rule_1", "total"]  # nothing to fold
