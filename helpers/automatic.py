"""Articles without hand-coded rows: what the rules find in them, marked as not yet reviewed.

An article added to seeds/ has no rows in data/claims.csv or data/stances.csv until a coder
writes them. The notebooks still show what the extraction rules find in it, always apart from
the hand-coded tables and marked with STATUS (figures) or AWAITING (statements), so a reader
never takes an automatic row for a reviewed one.
"""

from __future__ import annotations

import pandas as pd

from .claims import CHAIN_SEPARATOR, CLAIM_COLUMNS, relay_depth
from .estimates import extract_estimates
from .passes import CorpusPass, corpus_pass
from .reliability.grading import claim_measures, grade_claims
from .sources import Corpus
from .statements import extract_statements

STATUS = "automatic, not reviewed"
AWAITING = "awaiting coding"
UNKNOWN_SPEAKER = "speaker not known"
# graded_figures without any figure; with figures, the columns of reliability.claim_measures
# and grade_claims come in between
EMPTY_GRADES = ["claim_id", "doc_id", "sentence_id", "value", "speaker", "chain", "grade",
                "cannot_know", "status"]
CANNOT_KNOW = ("definition class and reference period are not coded, so no figure can confirm"
               " or contradict it; the chain is only what the sentence names")


def uncoded(docs: pd.DataFrame, coded: pd.DataFrame) -> pd.DataFrame:
    """The documents that have no row in a hand-coded table (coded has a doc_id column)."""
    return docs[~docs["doc_id"].isin(set(coded["doc_id"]))].reset_index(drop=True)


def automatic_figures(docs: pd.DataFrame, claims: pd.DataFrame) -> pd.DataFrame:
    """Figures the extractor finds in articles without ledger claims, with a status column.

    Columns: those of extract_estimates plus outlet (of the article) and status (STATUS).
    """
    new = uncoded(docs, claims)
    return _with_status(extract_estimates(new), new)


def _with_status(found: pd.DataFrame, new: pd.DataFrame) -> pd.DataFrame:
    """automatic_figures from the figures `found` in the uncoded documents `new`."""
    outlets = new.set_index("doc_id")["outlet"]
    return found.assign(outlet=found["doc_id"].map(outlets).fillna(""), status=STATUS)


def as_claims(figures: pd.DataFrame) -> pd.DataFrame:
    """Automatic figures in the ledger's columns (CLAIM_COLUMNS), ids A0001..., ready for the
    rubric. What the rules cannot know stays empty or "not known"."""
    columns = ("doc_id", "sentence_id", "excerpt", "value", "qualifier", "low", "high",
               "population", "speaker", "via", "outlet")
    rows: list[dict[str, object]] = []
    blank: dict[str, object] = dict.fromkeys(CLAIM_COLUMNS, "")  # what rules cannot fill
    # a column at a time (the values itertuples gives, without boxing each row)
    for n, (doc_id, sentence_id, excerpt, value, qualifier, low, high, population, spoken,
            via, outlet) in enumerate(zip(*(figures[c].tolist() for c in columns), strict=True),
                                      start=1):
        speaker = str(spoken or UNKNOWN_SPEAKER)
        hops = [speaker, *[str(h) for h in (via, outlet) if h and h != speaker]]
        chain = CHAIN_SEPARATOR.join(dict.fromkeys(hops))  # no hop twice
        depth = relay_depth(chain)
        rows.append(blank | {
            "claim_id": f"A{n:04d}", "doc_id": doc_id, "sentence_id": sentence_id,
            "excerpt": excerpt, "value": value, "qualifier": qualifier,
            "low": low, "high": high, "definition_class": "not known",
            "population": population, "reference_period": "", "speaker": speaker,
            "speaker_institution": "not known", "chain": chain, "relay_depth": depth,
            "original_or_relayed": "relayed" if depth > 1 else "original",
            "notes": STATUS})
    table = pd.DataFrame(rows, columns=CLAIM_COLUMNS)
    table["relay_depth"] = table["relay_depth"].astype("Int64")
    return table


def graded_figures(corpus: Corpus | CorpusPass, claims: pd.DataFrame,
                   rubric: pd.DataFrame | None = None) -> pd.DataFrame:
    """Automatic figures measured and graded by the same rubric as the ledger.

    One row per figure: claim_id (A0001...), the measures of reliability.claim_measures, the
    grades of grade_claims, cannot_know (what the rubric cannot know for an automatic figure)
    and status; without figures, the columns of EMPTY_GRADES. Headline figures are left out (a
    headline is not a sentence the measures can read). Corroboration columns are empty: without
    a coded definition class and period, no other figure is comparable.
    """
    shared = corpus_pass(corpus)
    new = uncoded(shared.documents, claims)
    found = shared.estimates
    found = found[found["doc_id"].isin(set(new["doc_id"]))].reset_index(drop=True)
    auto = as_claims(_with_status(found, new))
    auto = auto[~auto["sentence_id"].str.endswith(":title")]
    if auto.empty:
        return pd.DataFrame(columns=EMPTY_GRADES)
    # all uncoded articles at once, without their years: nothing is compared across them (an
    # undated claim compares with none), and the measures are read in one pass
    docs = shared.documents
    undated = docs[docs["doc_id"].isin(set(auto["doc_id"]))].assign(year=None)
    measures = claim_measures(auto.sort_values("doc_id", kind="stable").reset_index(drop=True),
                              shared, documents=undated)
    graded = measures.merge(grade_claims(measures, rubric), on="claim_id")
    for column in graded.columns:  # nothing is comparable: the counts are not known, not 0
        if column.endswith(("confirmations", "contradictions")) or column == "comparable_claims":
            graded[column] = pd.NA
    return graded.assign(cannot_know=CANNOT_KNOW, status=STATUS)


def article_summary(figures: pd.DataFrame, statements: pd.DataFrame,
                    docs: pd.DataFrame) -> pd.DataFrame:
    """Per article without hand-coded rows: outlet, figures found, speakers and relays named.

    Columns: doc_id, outlet, figures, speakers (most frequent first), via, statements, status;
    articles with the most figures first.
    """
    rows = []
    for doc in docs.itertuples(index=False):
        figs = figures[figures["doc_id"] == doc.doc_id]
        said = statements[statements["doc_id"] == doc.doc_id]
        speakers = pd.concat([figs["speaker"], said["speaker"]])
        speakers = speakers[speakers != ""].value_counts()
        via = figs["via"][figs["via"] != ""].value_counts()
        rows.append({"doc_id": doc.doc_id, "outlet": doc.outlet, "figures": len(figs),
                     "speakers": "; ".join(speakers.index[:5]), "via": "; ".join(via.index[:3]),
                     "statements": len(said), "status": STATUS})
    table = pd.DataFrame(rows, columns=["doc_id", "outlet", "figures", "speakers", "via",
                                        "statements", "status"])
    return table.sort_values(["figures", "statements", "doc_id"],
                             ascending=[False, False, True]).reset_index(drop=True)


def by_population(figures: pd.DataFrame) -> pd.DataFrame:
    """Automatic figures grouped by the counted group as written (lower case).

    Columns: population, figures, articles, values (smallest to largest, up to five, then how
    many more), status;
    the groups with most figures first. It is a reading aid, not a definition class: the same
    words may count different people.
    """
    if figures.empty:
        return pd.DataFrame(columns=["population", "figures", "articles", "values", "status"])
    group = figures.assign(population=figures["population"].str.lower().str.strip())
    table = group.groupby("population").agg(
        figures=("value", "size"), articles=("doc_id", "nunique"),
        values=("value", lambda v: ", ".join(f"{x:g}" for x in sorted(set(v))[:5])
                + (f" and {v.nunique() - 5} more" if v.nunique() > 5 else "")))
    return (table.reset_index().assign(status=STATUS)
            .sort_values(["figures", "population"], ascending=[False, True])
            .reset_index(drop=True))


def awaiting_coding(docs: pd.DataFrame, stances: pd.DataFrame,
                    statements: pd.DataFrame | None = None) -> pd.DataFrame:
    """Attributed statements of articles without stance rows, for a coder to work through.

    Columns: doc_id, sentence_id, speaker, speaker_role, kind, text, status (AWAITING);
    direct quotations first (they are what a stance is usually coded from), then reading order.
    `statements`: those of extract_statements(docs) where already extracted (an export's).
    """
    new = uncoded(docs, stances)
    if statements is None:
        found = extract_statements(new)
    else:
        found = statements[statements["doc_id"].isin(set(new["doc_id"]))].reset_index(drop=True)
    found = found.assign(status=AWAITING, _direct=found["kind"] != "direct")
    return (found.sort_values(["_direct", "doc_id"], kind="stable").drop(columns="_direct")
            .reset_index(drop=True))
