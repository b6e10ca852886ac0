"""The hand-coded estimates ledger (data/claims.csv): loading, bounds, chains, and scoring.

The ledger is the reference the automatic extractor is held against: one row per estimate of a
number of people, with its verbatim excerpt, its bounds, what it counts and how it reached print.
Column meanings and codes are defined in data/codebook.md.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from .paths import data_dir
from .validation import read_table

CLAIM_COLUMNS = [
    "claim_id", "doc_id", "sentence_id", "excerpt", "value", "qualifier", "low", "high",
    "definition_class", "population", "reference_period", "speaker", "speaker_institution",
    "chain", "relay_depth", "original_or_relayed", "notes",
]
DEFINITION_CLASSES = (
    "fighters", "travellers", "travellers_with_families", "women", "departures_in_year",
    "returnees", "convicted",
)
SHARE = "share of an earlier figure"
CHAIN_SEPARATOR = " -> "


def load_claims(path: Path | str | None = None) -> pd.DataFrame:
    """The ledger with its documented columns (CLAIM_COLUMNS); numbers as floats.

    Raises ValueError naming the file when a column is missing or a number does not parse.
    """
    path = Path(path) if path else data_dir() / "claims.csv"
    table = read_table("claims", path)
    missing = [c for c in CLAIM_COLUMNS if c not in table.columns]
    if missing:
        raise ValueError(f"{path}: missing column(s) {', '.join(missing)}")
    for column in ("value", "low", "high"):
        try:
            table[column] = pd.to_numeric(table[column].replace("", np.nan)).astype(float)
        except ValueError as exc:
            raise ValueError(f"{path}: column {column!r} holds a value that is not a number: "
                             f"{exc}") from None
    table["relay_depth"] = _relay_depths(table, path)
    return table[CLAIM_COLUMNS]


def _relay_depths(table: pd.DataFrame, path: Path) -> pd.Series:
    """The relay_depth column as Int64, each a whole number equal to relay_depth(chain).

    Raises ValueError naming the file (and the claim, for a depth its chain contradicts).
    """
    text = table["relay_depth"].str.strip()
    bad = text[~text.str.fullmatch(r"\d+")]
    if not bad.empty:
        raise ValueError(f"{path}: column 'relay_depth' holds a value that is not a whole "
                         f"number: {bad.iloc[0]!r} (claim {table.loc[bad.index[0], 'claim_id']})")
    depths = text.astype(int)
    for claim_id, chain, stored in zip(table["claim_id"], table["chain"], depths, strict=True):
        if stored != relay_depth(chain):
            raise ValueError(f"{path}: claim {claim_id}: relay_depth {stored} but its chain has "
                             f"depth {relay_depth(chain)} ({chain!r})")
    return depths.astype("Int64")


def claims_for(documents: pd.DataFrame, path: Path | str | None = None) -> pd.DataFrame:
    """The ledger rows whose article is among documents (so an export of another folder of
    articles carries only the claims it can cite)."""
    claims = load_claims(path)
    return claims[claims["doc_id"].isin(documents["doc_id"])].reset_index(drop=True)


def chain_hops(chain: str) -> list[str]:
    """The links of a chain 'speaker -> relay -> outlet', stripped."""
    return [part.strip() for part in str(chain).split(CHAIN_SEPARATOR) if part.strip()]


def relay_depth(chain: str) -> int:
    """Hops between the original speaker and the seed's outlet: links minus one.

    'Aidos Sarym -> Tengrinews' is 1 (the outlet heard the speaker); every relaying outlet or
    body in between adds one.
    """
    return len(chain_hops(chain)) - 1


def ledger_bounds(claims: pd.DataFrame) -> pd.DataFrame:
    """low and high for every ledger row by the codebook rule (estimates.bounds).

    A share of an earlier figure takes the qualifier of that figure: the nearest earlier row of
    the same document whose qualifier is not itself a share. Columns: claim_id, low, high.
    """
    from .estimates import bounds

    rows = []
    last_base: dict[str, str] = {}
    for claim in claims.itertuples(index=False):
        base = last_base.get(claim.doc_id) if claim.qualifier == SHARE else None
        if claim.qualifier == SHARE and base is None:
            raise ValueError(f"claim {claim.claim_id}: a share with no earlier figure in "
                             f"{claim.doc_id}")
        low, high = bounds(claim.value, claim.qualifier, base_qualifier=base)
        if claim.qualifier != SHARE:
            last_base[claim.doc_id] = claim.qualifier
        rows.append({"claim_id": claim.claim_id, "low": low, "high": high})
    return pd.DataFrame(rows, columns=["claim_id", "low", "high"])


def compare_with_ledger(extracted: pd.DataFrame, claims: pd.DataFrame) -> pd.DataFrame:
    """Hold automatic estimates against the ledger, figure by figure.

    A ledger claim and an extracted row match when they share doc_id and value: the ledger
    codes a figure once per document even when the article repeats it (see the codebook), so an
    extracted repeat in another sentence still finds the claim. One row per ledger claim and per
    extracted row that matches none. Columns: status (matched | missed | spurious), doc_id,
    value, claim_id, ledger_sentence_id, extracted_sentence_ids (";"-joined), excerpt.
    """
    found = extracted.groupby(["doc_id", "value"])["sentence_id"].agg(
        lambda ids: ";".join(sorted(set(ids)))).to_dict()
    keys = set(zip(claims["doc_id"], claims["value"], strict=True))
    rows = []
    for claim in claims.itertuples(index=False):
        ids = found.get((claim.doc_id, claim.value), "")
        rows.append({"status": "matched" if ids else "missed", "doc_id": claim.doc_id,
                     "value": claim.value, "claim_id": claim.claim_id,
                     "ledger_sentence_id": claim.sentence_id, "extracted_sentence_ids": ids,
                     "excerpt": claim.excerpt})
    for row in extracted.itertuples(index=False):
        if (row.doc_id, row.value) not in keys:
            rows.append({"status": "spurious", "doc_id": row.doc_id, "value": row.value,
                         "claim_id": "", "ledger_sentence_id": "",
                         "extracted_sentence_ids": row.sentence_id, "excerpt": row.excerpt})
    return pd.DataFrame(rows, columns=["status", "doc_id", "value", "claim_id",
                                       "ledger_sentence_id", "extracted_sentence_ids",
                                       "excerpt"])


def precision_recall(comparison: pd.DataFrame, extracted: pd.DataFrame) -> dict[str, float]:
    """Precision (share of extracted rows that are ledger figures) and recall (share of ledger
    claims found), from compare_with_ledger's table and the extracted rows it was given."""
    n_claims = int((comparison["status"] != "spurious").sum())
    n_found = int((comparison["status"] == "matched").sum())
    n_spurious = int((comparison["status"] == "spurious").sum())
    n_extracted = len(extracted)
    return {
        "extracted_rows": n_extracted,
        "ledger_claims": n_claims,
        "claims_found": n_found,
        "spurious_rows": n_spurious,
        "precision": (n_extracted - n_spurious) / n_extracted if n_extracted else float("nan"),
        "recall": n_found / n_claims if n_claims else float("nan"),
    }
