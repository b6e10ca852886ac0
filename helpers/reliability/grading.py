"""Admiralty grades per claim: the measures a rubric reads, the rubric, and the grades.

Source reliability (A-F) rests only on the source's record in the ledger and the outside
estimates; information credibility (1-6) only on comparable figures. Access, anonymity,
relaying, relay errors and hedges are named attributes beside the grade, never inside it.
The rubric is data/reliability_rubric.csv: for each axis the first row whose condition holds
gives the grade. Rules in plain words: data/codebook.md, "Reliability rubric".
"""

from __future__ import annotations

import operator
import re
from functools import lru_cache
from pathlib import Path

import pandas as pd

from .. import lexicon
from ..actors import load_actors
from ..claims import chain_hops, load_claims, load_outside
from ..passes import CorpusPass, corpus_pass
from ..paths import data_dir
from ..sources import Corpus
from ..validation import read_table
from .corroborate import _known, corroboration, corroboration_counts
from .measures import NOT_KNOWN, document_measures, internal_errors

ATTRIBUTES = {
    "access": "speaks for a body that keeps the records it counts",
    "anonymous": "the speaker is not named",
    "relays_estimates": "the speaker passes on others' unnamed estimates",
    "one_of_several": "one of several earlier estimates summed up by the writer",
    "unnamed_relay": "a link of the chain is not named on the page (a lost link is not the "
                     "speaker's fault)",
    "relay_error": "a relay restates the figure wrongly elsewhere in the document",
    "writer_hedged": "the writer hedges the sentence",
    "source_hedged": "the quoted source hedges the sentence",
}
"""Named attributes shown beside the grade (booleans of claim_measures), in display order."""


def load_actor_types(path: Path | str | None = None) -> dict[str, str]:
    """canonical_name -> actor_type from data/actors.csv."""
    table = load_actors(path)
    return dict(zip(table["canonical_name"], table["actor_type"], strict=True))


def _relay_errors(claims: pd.DataFrame, shared: CorpusPass) -> pd.Series:
    """True where a sentence of the claim's document that contradicts the document (a
    reversed direction of travel) restates the claim's value."""
    errors = internal_errors(shared)
    by_doc: dict[str, list[str]] = {}
    for doc_id, sentence_id in zip(errors["doc_id"], errors["sentence_id"], strict=True):
        by_doc.setdefault(doc_id, []).append(sentence_id)
    wanted = {s for ids in by_doc.values() for s in ids}
    sents = shared.sentences
    sents = sents[sents["sentence_id"].isin(wanted)] if wanted else sents.iloc[:0]
    text = dict(zip(sents["sentence_id"], sents["text"], strict=True))
    flags = []
    for doc_id, value in zip(claims["doc_id"], claims["value"], strict=True):
        ids = by_doc.get(doc_id, [])
        number = re.compile(rf"(?<![\d,.]){value:g}(?![\d,])") if ids else None
        flags.append(any(number.search(text[s]) for s in ids) if number else False)
    return pd.Series(flags, index=claims.index, dtype=bool)


def source_key(claims: pd.DataFrame) -> pd.Series:
    """Whose record a claim adds to: the speaker's institution when it is known, else the
    original speaker."""
    return pd.Series([i if _known(i) else chain_hops(c)[0] for i, c in
                      zip(claims["speaker_institution"].tolist(), claims["chain"].tolist(),
                          strict=True)], index=claims.index)  # (lists: not boxed per cell)


def source_records(claims: pd.DataFrame, counts: pd.DataFrame) -> pd.DataFrame:
    """record_confirmed / record_contradicted: independent confirmations and contradictions
    of the source's *other* ledger claims (a figure is not its own record)."""
    keys = source_key(claims).to_numpy()
    columns = {"record_confirmed": "independent_confirmations",
               "record_contradicted": "independent_contradictions"}
    record = pd.DataFrame(index=range(len(counts)))
    for out, column in columns.items():  # the source's total less the claim's own
        own = counts[column].astype(int).to_numpy()
        totals: dict[object, int] = {}
        for key, n in zip(keys, own, strict=True):
            totals[key] = totals.get(key, 0) + int(n)
        record[out] = [totals[key] - int(n) for key, n in zip(keys, own, strict=True)]
    record["record_balance"] = record["record_confirmed"] - record["record_contradicted"]
    return record


def claim_measures(claims: pd.DataFrame, corpus: Corpus | CorpusPass,
                   actor_types: dict[str, str] | None = None,
                   outside: pd.DataFrame | None = None, *,
                   documents: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per ledger claim with the measures the rubric reads and the attributes.

    Columns: claim_id, doc_id, sentence_id, value, definition_class, count_basis, speaker,
    speaker_type, source (whose record), chain, relay_depth; the attributes of ATTRIBUTES
    (booleans); named_attribution, anonymous_attribution, quotation, hedges, hedge_terms,
    writer_hedges, source_hedges (of the claim's sentence); date_stated, byline, url_in_text,
    boilerplate_share (of its document); the corroboration counts (corroboration_counts,
    against the ledger and outside, default data/external_estimates.csv); record_confirmed,
    record_contradicted, record_balance. `documents` (doc_id, year) dates the claims whose
    reference period names no year (default: the corpus's documents).
    """
    shared = corpus_pass(corpus)
    outside = load_outside() if outside is None else outside
    types = load_actor_types() if actor_types is None else actor_types
    documents = shared.documents if documents is None else documents
    sents = shared.sentence_measures.set_index("sentence_id")
    missing = sorted(set(claims["sentence_id"]) - set(sents.index))
    if missing:
        raise ValueError(f"claims: sentence_id(s) not found in the documents: {missing}")
    sent = sents.loc[claims["sentence_id"]].reset_index(drop=True)
    docs = document_measures(shared, claims).set_index("doc_id").loc[claims["doc_id"]]
    table = claims[["claim_id", "doc_id", "sentence_id", "value", "definition_class",
                    "count_basis", "speaker"]].reset_index(drop=True)
    table["speaker_type"] = table["speaker"].map(lambda s: types.get(s, NOT_KNOWN))
    table["source"] = source_key(claims).to_numpy()
    table["chain"] = claims["chain"].to_numpy()
    table["relay_depth"] = claims["relay_depth"].astype(int).to_numpy()
    table["access"] = table["speaker_type"].isin(lexicon.terms("record_keeper_types"))
    table["anonymous"] = table["speaker_type"].isin(lexicon.terms("unnamed_actor_types"))
    table["relays_estimates"] = sent["relays_estimates"].to_numpy()
    table["one_of_several"] = sent["one_of_several_estimates"].to_numpy()
    table["unnamed_relay"] = table["chain"].map(
        lambda c: any(re.search(r"\bunnamed\b|\bnot named\b", h) for h in chain_hops(c)[1:]))
    table["relay_error"] = _relay_errors(claims.reset_index(drop=True), shared).to_numpy()
    table["writer_hedged"] = sent["writer_hedges"].to_numpy() > 0
    table["source_hedged"] = sent["source_hedges"].to_numpy() > 0
    for column in ("named_attribution", "anonymous_attribution", "quotation", "hedges",
                   "hedge_terms", "writer_hedges", "source_hedges"):
        table[column] = sent[column].to_numpy()
    for column in ("date_stated", "byline", "url_in_text", "boilerplate_share"):
        table[column] = docs[column].to_numpy()
    counts = corroboration_counts(claims, corroboration(claims, documents, outside))
    table = table.merge(counts, on="claim_id", how="left")
    return pd.concat([table, source_records(claims, counts)], axis=1)


def attributes(measures: pd.DataFrame) -> pd.Series:
    """'; '-joined names of the ATTRIBUTES that hold for each claim ('' for none; attributes
    missing from measures are left out)."""
    present = [a for a in ATTRIBUTES if a in measures.columns]
    return pd.Series(["; ".join(a.replace("_", " ") for a in present if r[a])
                      for r in _records(measures[present])], index=measures.index, dtype=str)


def _records(frame: pd.DataFrame) -> list[dict]:
    """The rows of a table as dicts, as to_dict("records") gives them, built a column at a
    time (to_dict boxes every cell on its own: most of the grading time on a long table)."""
    names = list(frame.columns)
    if not names:
        return [{} for _ in range(len(frame))]
    return [dict(zip(names, values, strict=True))
            for values in zip(*(frame[name].tolist() for name in names), strict=True)]


# --- rubric and grades --------------------------------------------------------------------

RUBRIC_COLUMNS = ["axis", "grade", "condition", "explanation"]
AXES = {"source": tuple("ABCDEF"), "information": tuple("123456")}
_COMPARE = re.compile(r"^(?P<name>\w+)\s*(?P<op>>=|<=|==|!=|>|<)\s*(?P<number>-?\d+(?:\.\d+)?)$")
_OPS = {">=": operator.ge, "<=": operator.le, "==": operator.eq, "!=": operator.ne,
        ">": operator.gt, "<": operator.lt}


def _terms(condition: str) -> list[str]:
    return [t.strip() for t in re.split(r"\band\b", condition) if t.strip()]


@lru_cache(maxsize=256)
def _read_condition(condition: str) -> tuple[tuple[str, str, str, float], ...]:
    """The terms of a condition, read once: (kind, measure, operator, number) with kind one of
    always, compare, not, is (a rubric has a few conditions, tested on every claim)."""
    read = []
    for term in _terms(condition):
        if term == "always":
            read.append(("always", "", "", 0.0))
        elif m := _COMPARE.match(term):
            read.append(("compare", m["name"], m["op"], float(m["number"])))
        elif term.startswith("not "):
            read.append(("not", term[4:].strip(), "", 0.0))
        else:
            read.append(("is", term, "", 0.0))
    return tuple(read)


def _term_name(term: str) -> str:
    if m := _COMPARE.match(term):
        return m["name"]
    return term[4:].strip() if term.startswith("not ") else term


def load_rubric(path: Path | str | None = None,
                measures: list[str] | None = None) -> pd.DataFrame:
    """The rubric (data/reliability_rubric.csv), checked: columns, axes, grades, and that every
    condition names known measures (when measures is given) and each axis ends with `always`.

    Raises ValueError naming the file and the row.
    """
    path = Path(path) if path else data_dir() / "reliability_rubric.csv"
    table = read_table("reliability_rubric", path)
    return check_rubric(table, str(path), measures)


def check_rubric(table: pd.DataFrame, where: str = "rubric",
                 measures: list[str] | None = None) -> pd.DataFrame:
    """Validate a rubric table (see load_rubric) and return it with RUBRIC_COLUMNS."""
    missing = [c for c in RUBRIC_COLUMNS if c not in table.columns]
    if missing:
        raise ValueError(f"{where}: missing column(s) {', '.join(missing)}")
    for n, row in enumerate(table.itertuples(index=False), start=2):
        if row.axis not in AXES:
            raise ValueError(f"{where}, row {n}: axis {row.axis!r} is not one of {list(AXES)}")
        if row.grade not in AXES[row.axis]:
            raise ValueError(f"{where}, row {n}: grade {row.grade!r} is not a {row.axis} grade")
        for term in _terms(row.condition):
            name = _term_name(term)
            if not re.fullmatch(r"\w+", name):
                raise ValueError(f"{where}, row {n}: cannot read condition term {term!r}")
            if measures is not None and name != "always" and name not in measures:
                raise ValueError(f"{where}, row {n}: {name!r} is not a measure "
                                 f"(known: {', '.join(sorted(measures))})")
    for axis in AXES:
        rows = table[table["axis"] == axis]
        if rows.empty or rows["condition"].iloc[-1].strip() != "always":
            raise ValueError(f"{where}: the {axis} rows must end with a row whose condition is "
                             f"'always'")
    return table[RUBRIC_COLUMNS].reset_index(drop=True)


def holds(condition: str, row: dict | pd.Series) -> bool:
    """Whether a rubric condition holds for one row of claim measures."""
    for kind, name, op, number in _read_condition(condition):
        if kind == "always":
            continue
        if kind == "compare":
            if not _OPS[op](float(row[name]), number):
                return False
        elif kind == "not":
            if bool(row[name]):
                return False
        elif not bool(row[name]):
            return False
    return True


def grade_claims(measures: pd.DataFrame, rubric: pd.DataFrame | None = None) -> pd.DataFrame:
    """Grade every claim on both axes: the first rubric row (per axis) whose condition holds.

    Columns: claim_id, source_grade, source_rule (1-based row number within the axis),
    source_reason, information_grade, information_rule, information_reason, grade (e.g. "F6"),
    attributes (the named attributes beside the grade, '; '-joined).
    """
    rubric = check_rubric(rubric if rubric is not None else load_rubric(),
                          measures=list(measures.columns))
    rules = {axis: list(rubric[rubric["axis"] == axis].itertuples(index=False))
             for axis in AXES}
    rows = []
    for row in _records(measures):
        out = {"claim_id": row["claim_id"]}
        for axis in AXES:
            for n, rule in enumerate(rules[axis], start=1):
                if holds(rule.condition, row):
                    out |= {f"{axis}_grade": rule.grade, f"{axis}_rule": n,
                            f"{axis}_reason": rule.explanation}
                    break
        out["grade"] = out["source_grade"] + out["information_grade"]
        rows.append(out)
    table = pd.DataFrame(rows, columns=[
        "claim_id", "source_grade", "source_rule", "source_reason", "information_grade",
        "information_rule", "information_reason", "grade"])
    table["attributes"] = attributes(measures).to_numpy()
    return table


def reliability_table(corpus: Corpus | CorpusPass, claims: pd.DataFrame | None = None,
                      rubric: pd.DataFrame | None = None) -> pd.DataFrame:
    """reliability.csv: claim_measures joined with grade_claims, one row per claim (claims:
    default data/claims.csv)."""
    measures = claim_measures(load_claims() if claims is None else claims, corpus)
    return measures.merge(grade_claims(measures, rubric), on="claim_id")


def regrade(measures: pd.DataFrame, before: pd.DataFrame, after: pd.DataFrame) -> pd.DataFrame:
    """Claims whose grade moves when the rubric changes from before to after.

    Columns: claim_id, grade_before, grade_after, reason_after.
    """
    a, b = grade_claims(measures, before), grade_claims(measures, after)
    both = a.merge(b, on="claim_id", suffixes=("_before", "_after"))
    moved = both[both["grade_before"] != both["grade_after"]]
    reason = [r.information_reason_after if r.information_grade_before !=
              r.information_grade_after else r.source_reason_after
              for r in moved.itertuples(index=False)]
    return pd.DataFrame({"claim_id": moved["claim_id"], "grade_before": moved["grade_before"],
                         "grade_after": moved["grade_after"], "reason_after": reason}
                        ).reset_index(drop=True)
