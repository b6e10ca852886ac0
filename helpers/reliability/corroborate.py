"""Corroboration: which figures count the same thing at the same time, whether they agree, and
whether the agreement comes from an independent source.

Ledger claims are compared with each other and with the outside estimates
(data/external_estimates.csv); outside figures stay marked as outside. Rules in plain words:
data/codebook.md, "Corroboration".
"""

from __future__ import annotations

import re
from itertools import combinations

import pandas as pd

from ..claims import NOT_STATED, chain_hops, load_outside
from ..intervals import overlap
from .text_rules import relays_estimates

INDEPENDENCE = ("independent", "same source", "not shown")
"""independent: another original speaker of another institution; same source: the same
speaker or the same institution, relayed again; not shown: the origin of one figure is not
known (anonymous, unnamed estimates, or an outside figure whose origin is not stated)."""
NEVER_COMPARED = ("other_scope",)
LINK_COLUMNS = ["claim_id", "other_claim_id", "other_outside", "relation", "independence",
                "independent", "reason"]


def reference_year(period: str, fallback: int | None = None) -> int | None:
    """The year a figure describes: the last four-digit year in reference_period."""
    years = re.findall(r"\b(?:19|20)\d{2}\b", str(period))
    return int(years[-1]) if years else fallback


def _known(name: str) -> bool:
    text = str(name).strip().lower()
    return bool(text) and text not in ("none stated", "not known", NOT_STATED) \
        and "unnamed" not in text


def claim_years(claims: pd.DataFrame, documents: pd.DataFrame) -> pd.Series:
    """The reference year of each claim: from reference_period, else its document's year
    (documents: doc_id, year). A claim with neither stays None.
    """
    years = claims["reference_period"].map(reference_year)
    if years.notna().all():
        return years.astype(object)
    doc_year = documents.set_index("doc_id")["year"].dropna().astype(int).to_dict()
    return pd.Series([reference_year(period, doc_year.get(doc_id)) for period, doc_id in
                      zip(claims["reference_period"], claims["doc_id"], strict=True)],
                     index=claims.index, dtype=object)


def _figures(claims: pd.DataFrame, documents: pd.DataFrame,
             outside: pd.DataFrame) -> pd.DataFrame:
    """Ledger claims and outside estimates in one frame: id, outside, class, basis, period,
    year, low, high, speaker, institution, origin_known."""
    ledger = pd.DataFrame({
        "id": claims["claim_id"], "outside": False,
        "definition_class": claims["definition_class"],
        "count_basis": claims.get("count_basis", pd.Series(NOT_STATED, index=claims.index)),
        "period": claims["reference_period"], "year": claim_years(claims, documents),
        "low": claims["low"], "high": claims["high"],
        "speaker": claims["chain"].map(lambda c: chain_hops(c)[0]),
        "institution": claims["speaker_institution"]})
    excerpts = claims["excerpt"] if "excerpt" in claims else pd.Series("", index=claims.index)
    ledger["origin_known"] = [
        not relays_estimates(str(e)) and "unnamed" not in f"{s} {i}".lower()
        for e, s, i in zip(excerpts, ledger["speaker"], ledger["institution"], strict=True)]
    other = pd.DataFrame({
        "id": outside["estimate_id"], "outside": True,
        "definition_class": outside["definition_class"], "count_basis": outside["count_basis"],
        "period": outside["reference_period"],
        "year": [reference_year(p, reference_year(d)) for p, d in
                 zip(outside["reference_period"], outside["published"], strict=True)],
        "low": outside["low"], "high": outside["high"],
        "speaker": outside["origin_speaker"], "institution": outside["origin_institution"],
        "origin_known": outside["origin_speaker"].map(_known)})
    return pd.concat([ledger, other.astype({"year": object})], ignore_index=True)


def comparable(a: pd.Series, b: pd.Series) -> bool:
    """Same class (not other_scope), same known basis, same year; flows also the same period."""
    if (a["definition_class"] != b["definition_class"] or a["definition_class"] in NEVER_COMPARED
            or a["count_basis"] != b["count_basis"] or a["count_basis"] == NOT_STATED
            or a["year"] is None or b["year"] is None or a["year"] != b["year"]):
        return False
    return a["count_basis"] != "flow" or (
        str(a["period"]).strip().lower() == str(b["period"]).strip().lower())


def independence(a: pd.Series, b: pd.Series) -> tuple[str, str]:
    """(independent | same source | not shown, reason) for two comparable figures."""
    if a["speaker"] == b["speaker"] and _known(a["speaker"]):
        return "same source", f"same original speaker ({a['speaker']})"
    if _known(a["institution"]) and a["institution"] == b["institution"]:
        return "same source", f"same institution ({a['institution']})"
    unknown = [f["id"] for f in (a, b) if not f["origin_known"]]
    if unknown:
        return "not shown", f"origin of {' and '.join(unknown)} not known"
    return "independent", f"different speakers ({a['speaker']}; {b['speaker']})"


def _candidate_pairs(figures: pd.DataFrame) -> list[tuple[int, int]]:
    """Positions (i < j) of the figures that share class, basis and year, the only ones
    `comparable` can accept: grouping first keeps corroboration linear in the number of figures
    that can never be compared (undated, unclassified, other_scope)."""
    groups: dict[tuple[str, str, object], list[int]] = {}
    keys = zip(figures["definition_class"], figures["count_basis"], figures["year"], strict=True)
    for k, (cls, basis, year) in enumerate(keys):
        if cls in NEVER_COMPARED or basis == NOT_STATED or year is None or pd.isna(year):
            continue
        groups.setdefault((cls, basis, year), []).append(k)
    return sorted(pair for members in groups.values() for pair in combinations(members, 2))


def _fmt(x: float) -> str:
    return "open" if pd.isna(x) else f"{x:g}"


def corroboration(claims: pd.DataFrame, documents: pd.DataFrame,
                  outside: pd.DataFrame | None = None) -> pd.DataFrame:
    """For each ledger claim, the comparable figures that confirm or contradict it.

    Ledger pairs appear in both directions; an outside estimate (outside: default
    data/external_estimates.csv, an empty frame for none) appears only as other_claim_id, with
    other_outside True. documents supplies the year of an undated claim's article. Columns:
    claim_id, other_claim_id, other_outside, relation (confirms | contradicts), independence
    (INDEPENDENCE), independent (bool: independence == "independent"), reason.
    """
    outside = load_outside() if outside is None else outside
    if outside.empty:
        outside = pd.DataFrame(columns=["estimate_id", "definition_class", "count_basis",
                                        "reference_period", "published", "low", "high",
                                        "origin_speaker", "origin_institution"])
    figures = _figures(claims, documents, outside)
    rows = []
    for i, j in _candidate_pairs(figures):
        a, b = figures.iloc[i], figures.iloc[j]
        if a["outside"] or not comparable(a, b):
            continue
        relation = "confirms" if overlap((a.low, a.high), (b.low, b.high)) else "contradicts"
        kind, why = independence(a, b)
        reason = (f"{a['definition_class']} ({a['count_basis']}) {a['year']}: bounds "
                  f"{_fmt(a.low)}-{_fmt(a.high)} and {_fmt(b.low)}-{_fmt(b.high)} "
                  f"{'overlap' if relation == 'confirms' else 'do not overlap'}; {why}")
        pairs = ((a, b),) if b["outside"] else ((a, b), (b, a))
        for x, y in pairs:
            rows.append({"claim_id": x["id"], "other_claim_id": y["id"],
                         "other_outside": bool(y["outside"]), "relation": relation,
                         "independence": kind, "independent": kind == "independent",
                         "reason": reason})
    table = pd.DataFrame(rows, columns=LINK_COLUMNS)
    return table.sort_values(["claim_id", "other_claim_id"]).reset_index(drop=True)


def corroboration_counts(claims: pd.DataFrame, links: pd.DataFrame) -> pd.DataFrame:
    """Per claim: confirmations and contradictions by independence, comparable figures.

    Columns: claim_id, independent_/relayed_/unshown_confirmations, the same for
    contradictions (relayed = same source), comparable_claims (all comparable figures),
    outside_comparisons (of them, outside the corpus).
    """
    out = pd.DataFrame({"claim_id": claims["claim_id"]})
    kinds = {"independent": "independent", "relayed": "same source", "unshown": "not shown"}
    for relation, rel in (("confirmations", "confirms"), ("contradictions", "contradicts")):
        for prefix, kind in kinds.items():
            hit = links[(links["relation"] == rel) & (links["independence"] == kind)]
            out[f"{prefix}_{relation}"] = out["claim_id"].map(
                hit.groupby("claim_id").size()).fillna(0).astype(int)
    out["comparable_claims"] = out["claim_id"].map(
        links.groupby("claim_id").size()).fillna(0).astype(int)
    out["outside_comparisons"] = out["claim_id"].map(
        links[links["other_outside"].astype(bool)].groupby("claim_id").size()
    ).fillna(0).astype(int)
    return out
