"""The corpus as notebook 00 shows it to readers, for five articles or five hundred.

Each function returns a table ordered most informative first; the notebook cuts it with
display.bounded and names the full table in data/derived/.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import pandas as pd

from .display import NOT_KNOWN, count, of, text, year_span
from .sources import Corpus, SourceWarning, load_corpus

DATE_ORDER = {"stated": 0, "cited": 1, "inferred": 2, "unknown": 3}


def coded_ids(*tables: pd.DataFrame) -> set[str]:
    """doc_ids with at least one row in any of the hand-coded tables."""
    return {doc_id for table in tables for doc_id in table["doc_id"]}


def date_label(row: pd.Series) -> str:
    """A day, a range 'A to B', or 'not known'."""
    if pd.notna(row["published"]):
        return text(row["published"])
    if pd.isna(row["published_earliest"]):
        return NOT_KNOWN
    return f"{text(row['published_earliest'])} to {text(row['published_latest'])}"


def glance(docs: pd.DataFrame, coded: set[str]) -> pd.DataFrame:
    """One row per article: id, outlet, outlet_type, author, date, date_basis, n_words, title,
    coding (hand-coded, or automatic, not reviewed). Hand-coded articles first, then the
    others by how well their date is known and by length."""
    table = docs.assign(
        id=docs["doc_id"],
        date=docs.apply(date_label, axis=1) if len(docs) else "",
        coding=docs["doc_id"].map(lambda d: "hand-coded" if d in coded
                                  else "automatic, not reviewed"),
        _date=docs["date_basis"].map(DATE_ORDER).fillna(len(DATE_ORDER)),
    )
    mine = table["doc_id"].isin(coded)
    table = pd.concat([table[mine].sort_values("doc_id"),
                       table[~mine].sort_values(["_date", "n_words", "doc_id"],
                                                ascending=[True, False, True])])
    return table[["id", "outlet", "outlet_type", "author", "date", "date_basis", "n_words",
                  "title", "coding"]].reset_index(drop=True)


def corpus_sentence(docs: pd.DataFrame, n_sentences: int, coded: set[str]) -> str:
    """The opening sentence of notebook 00: articles, outlets, years, words, coding."""
    known = docs["outlet"].dropna()
    n_coded = int(docs["doc_id"].isin(coded).sum())
    n_undated = int(docs["published_earliest"].isna().sum())
    return (
        f"The corpus holds **{count(len(docs), 'article')}** from "
        f"**{count(known.nunique(), 'known outlet')}**"
        + (f" (the outlet of {of(len(docs) - len(known), len(docs))} is not known)"
           if len(known) < len(docs) else "")
        + f", published **{span(docs)}**"
        + (f" (no date is known for {of(n_undated, len(docs))})" if n_undated else "")
        + ": "
        f"{docs['n_words'].sum():,} words in {docs['n_paragraphs'].sum():,} paragraphs and "
        f"{n_sentences:,} sentences. "
        + ("All of them have hand-coded rows in `data/claims.csv` or `data/stances.csv`."
           if n_coded == len(docs) else
           f"**{of(n_coded, len(docs))}** have hand-coded rows in `data/claims.csv` or "
           f"`data/stances.csv`; the others are read by rule only and are shown as "
           f"*automatic, not reviewed*."))


def span(docs: pd.DataFrame) -> str:
    """The years the articles' dates cover ('2013–2018'), or 'not known'."""
    return year_span(docs["published_earliest"].min(), docs["published_latest"].max())


def load_for_reading(folder: Path | str | None = None) -> Corpus:
    """load_corpus without a warning per file: the notebooks list the problems in a table
    (notebook 00, data/derived/problems.csv), where a reader sees them all at once."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", SourceWarning)
        return load_corpus(folder)


def date_notes(docs: pd.DataFrame) -> pd.DataFrame:
    """doc_id, date_basis, date_note: curated notes first; an article without a note says what
    is known instead (the date as printed, or that none was found)."""
    printed = docs["date_text"].map(lambda t: f"printed on the page as “{t}”; no curated note")
    missing_note = docs["date_basis"].map(
        lambda b: "no date found on the page, and no curated row" if b == "unknown"
        else "no curated note")
    note = docs["date_note"].where(docs["date_note"].notna(),
                                   printed.where(docs["date_text"].notna(), missing_note))
    table = docs[["doc_id", "date_basis"]].assign(
        date_note=note, _none=docs["date_note"].isna(),
        _date=docs["date_basis"].map(DATE_ORDER))
    return (table.sort_values(["_none", "_date", "doc_id"]).drop(columns=["_none", "_date"])
            .reset_index(drop=True))


def undated_sentence(docs: pd.DataFrame) -> str:
    """'3 of 5 pages print no date of their own; 1 has no date known at all.'"""
    printed = int((docs["date_basis"] == "stated").sum())
    unknown = int(docs["published_earliest"].isna().sum())
    return (f"{of(len(docs) - printed, len(docs))} pages print no date of their own"
            + (f"; for {of(unknown, len(docs))} no date is known at all"
               if unknown else "") + ".")


def removal_table(counts: pd.DataFrame, rules: int = 8) -> pd.DataFrame:
    """removal_counts (documents x rules) with the documents that lost most lines first and at
    most `rules` rule columns (the rules that removed most lines; the others summed as "other
    rules"), so the table stays readable however many layouts the corpus holds."""
    by_rule = counts.drop(columns="total").sum().sort_values(ascending=False, kind="stable")
    kept = list(by_rule.index[:rules])
    table = counts[kept].copy()
    rest = list(by_rule.index[rules:])
    if rest:
        table["other rules"] = counts[rest].sum(axis=1)
    table["total"] = counts["total"]
    return table.sort_values(["total"], ascending=False, kind="stable")
