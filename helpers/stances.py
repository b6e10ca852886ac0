"""Who argued what about those who come back: the hand-coded stances of data/stances.csv.

Each row is one statement, its speaker, an ordinal position on the harshness of criminal treatment
(amnesty ... beyond prosecution, or none), the security or rehabilitation measures it names (a
second dimension, not ranked), the argument types it uses, what kind of evidence the line is, and
the occasion on which the speaker said it; the codes are defined in data/codebook.md.
``load_stances`` refuses a table whose excerpt, actor, code or year does not match the sources,
and names the row. The summaries count rows; they never average ranks, because the distances
between positions on the scale mean nothing.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path

import pandas as pd

from .actors import load_actors, state_actor_types
from .paths import data_dir
from .sources import sentences
from .validation import read_table

# The ordinal scale: a higher rank is a harsher treatment of those who return.
POSITION_SCALE: dict[str, int] = {
    "amnesty": 0,
    "conditional_or_case_by_case": 1,
    "prosecution": 2,
    "beyond_prosecution": 3,
}
NO_POSITION = "no_position_descriptive"
POSITIONS: tuple[str, ...] = (*POSITION_SCALE, NO_POSITION)
POSITION_LABELS: dict[str, str] = {
    "amnesty": "amnesty", "conditional_or_case_by_case": "case by case",
    "prosecution": "prosecution", "beyond_prosecution": "beyond prosecution",
    NO_POSITION: "no position",
}
"""Each position in plain words, for column headings."""
SIDES: dict[str, tuple[str, ...]] = {
    "for amnesty": ("amnesty",),
    "for case by case": ("conditional_or_case_by_case",),
    "for prosecution or more": ("prosecution", "beyond_prosecution"),
}
"""The sides of the debate, each the scale positions it holds (descriptive rows take no side)."""

ARGUMENTS: tuple[str, ...] = (
    "security_risk", "rule_of_law", "human_rights", "root_causes", "families_children",
    "feasibility_evidence", "foreign_policy",
)

MEASURES: tuple[str, ...] = (
    "surveillance", "departure_prevention", "security_powers", "counter_radicalisation",
    "rehabilitation",
)
"""The security dimension: measures a statement proposes, announces or describes (not ranked,
apart from the harshness scale)."""
EVIDENCE: dict[str, str] = {
    "direct_quotation": "direct quotation",
    "indirect_speech": "indirect speech",
    "paraphrase": "paraphrase by the writer",
    "description_of_act": "the writer's description of an act",
}
"""What kind of evidence a line is: the speaker's words, reported words, the writer's
restatement, or the writer's account of something done."""

STANCE_COLUMNS = ["stance_id", "doc_id", "sentence_id", "actor", "actor_type", "year", "position",
                  "arguments", "measures", "evidence", "occasion", "excerpt", "notes"]

_SENTENCE_ID = re.compile(r"^(?P<doc>.+):p\d+:s\d+$")


class StancesError(ValueError):
    """The stances table does not match the codebook, the actors or the sources."""


def split_arguments(value: str) -> list[str]:
    """'security_risk;rule_of_law' as a list of codes ('' gives []); also for measures."""
    return [code.strip() for code in str(value).split(";") if code.strip()]


def _problems(stances: pd.DataFrame, actors: pd.DataFrame, docs: pd.DataFrame,
              sents_of: pd.DataFrame | None = None) -> list[str]:
    """Every way the rows disagree with the codebook, the actors table or the clean sentences."""
    types = dict(zip(actors["canonical_name"], actors["actor_type"], strict=True))
    cited = set(stances["doc_id"]) | {m["doc"] for m in map(_SENTENCE_ID.match,
                                                             stances["sentence_id"]) if m}
    cited_sents = (sentences(docs[docs["doc_id"].isin(cited)]) if sents_of is None  # only
                   else sents_of[sents_of["doc_id"].isin(cited)])  # the articles rows cite
    sents = dict(zip(cited_sents["sentence_id"], cited_sents["text"], strict=True))
    years = dict(zip(docs["doc_id"], docs["year"], strict=True))
    problems = []
    for row in stances.itertuples(index=False):
        where = f"row {row.stance_id}"
        if row.actor not in types:
            problems.append(f"{where}: unknown actor {row.actor!r} (not a canonical_name in "
                            "actors.csv)")
        elif row.actor_type != types[row.actor]:
            problems.append(f"{where}: actor_type {row.actor_type!r} but actors.csv says "
                            f"{types[row.actor]!r} for {row.actor!r}")
        if row.position not in POSITIONS:
            problems.append(f"{where}: unknown position code {row.position!r}")
        for code in split_arguments(row.arguments):
            if code not in ARGUMENTS:
                problems.append(f"{where}: unknown argument code {code!r}")
        for code in split_arguments(row.measures):
            if code not in MEASURES:
                problems.append(f"{where}: unknown measure code {code!r}")
        if row.evidence not in EVIDENCE:
            problems.append(f"{where}: unknown evidence code {row.evidence!r}")
        if not row.occasion.strip():
            problems.append(f"{where}: empty occasion")
        match = _SENTENCE_ID.match(row.sentence_id)
        if not match or match["doc"] != row.doc_id:
            problems.append(f"{where}: sentence_id {row.sentence_id!r} is not in doc_id "
                            f"{row.doc_id!r}")
        if row.sentence_id not in sents:
            problems.append(f"{where}: sentence {row.sentence_id!r} not found in the sources")
        elif not row.excerpt or row.excerpt not in sents[row.sentence_id]:
            problems.append(f"{where}: excerpt not found verbatim in sentence {row.sentence_id}: "
                            f"{row.excerpt!r}")
        year = years.get(row.doc_id)
        if year is not None and (pd.isna(year) or int(year) != int(row.year)):
            problems.append(f"{where}: year {row.year} but document {row.doc_id} is of {year}")
    return problems


def _checked(table: pd.DataFrame, path: Path, actors: Path | str | None,
             docs: pd.DataFrame, sents: pd.DataFrame | None = None) -> pd.DataFrame:
    """The raw rows of ``path`` checked and completed with actor_id and rank (see load_stances)."""
    missing = [c for c in STANCE_COLUMNS if c not in table.columns]
    if missing:
        raise StancesError(f"{path}: missing columns {missing}")
    if table["stance_id"].duplicated().any():
        raise StancesError(f"{path}: repeated stance_id "
                           f"{sorted(table.loc[table['stance_id'].duplicated(), 'stance_id'])}")
    bad_year = table.loc[~table["year"].str.fullmatch(r"\d{4}"), "stance_id"]
    if len(bad_year):
        raise StancesError(f"{path}: year is not a four-digit year in rows {sorted(bad_year)}")
    table = table.assign(year=table["year"].astype(int))
    actor_table = load_actors(actors)
    problems = _problems(table, actor_table, docs, sents)
    if problems:
        raise StancesError(f"{path}: " + "; ".join(problems))
    ids = dict(zip(actor_table["canonical_name"], actor_table["actor_id"], strict=True))
    table["actor_id"] = table["actor"].map(ids)
    table["rank"] = table["position"].map(POSITION_SCALE).astype("Int64")
    return table.reset_index(drop=True)


def load_stances(path: Path | str | None = None, actors: Path | str | None = None, *,
                 docs: pd.DataFrame) -> pd.DataFrame:
    """The checked stances table.

    Columns: those of data/stances.csv (STANCE_COLUMNS; ``year`` as int, ``arguments`` and
    ``notes`` as strings, '' when empty) plus ``actor_id`` (from actors.csv) and ``rank`` (the
    position's number on POSITION_SCALE, <NA> for no_position_descriptive). Raises StancesError
    naming the file and every bad row: unknown actor or code, actor_type that differs from
    actors.csv, excerpt not verbatim in its sentence, year not the document's (docs: the
    articles, e.g. load_corpus().documents).
    """
    path = Path(path) if path is not None else data_dir() / "stances.csv"
    table = read_table("stances", path, StancesError)
    return _checked(table, path, actors, docs)


def stances_for(docs: pd.DataFrame, path: Path | str | None = None,
                sents: pd.DataFrame | None = None) -> pd.DataFrame:
    """The checked rows of data/stances.csv whose document is in ``docs`` (STANCE_COLUMNS).

    For the export: a folder of articles without some seeds gets the stances of the articles it
    has (rows of absent documents cannot be checked against their text, so they are left out).
    ``sents``: the sentences of docs where already split (an export's), else split here.
    """
    path = Path(path) if path is not None else data_dir() / "stances.csv"
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    if "doc_id" not in table.columns:
        raise StancesError(f"{path}: missing columns ['doc_id']")
    kept = table[table["doc_id"].isin(set(docs["doc_id"]))].reset_index(drop=True)
    return _checked(kept, path, None, docs, sents)[STANCE_COLUMNS]


def _names(values: pd.Series) -> str:
    return "; ".join(sorted(set(values)))


def by_actor_type(stances: pd.DataFrame) -> pd.DataFrame:
    """Who speaks: one row per actor type.

    Columns: actor_type, n_statements, n_occasions (speaker and occasion pairs, see
    by_occasion), n_positioned (statements on the scale), n_actors, actors ('; '-joined).
    Sorted by n_statements (most first), then actor_type.
    """
    grouped = stances.groupby("actor_type")
    out = pd.DataFrame({
        "n_statements": grouped.size(),
        "n_occasions": grouped[["actor", "occasion"]].apply(lambda g: len(g.drop_duplicates())),
        "n_positioned": grouped["rank"].count(),
        "n_actors": grouped["actor"].nunique(),
        "actors": grouped["actor"].agg(_names),
    }).reset_index()
    return out.sort_values(["n_statements", "actor_type"], ascending=[False, True],
                           ignore_index=True)


def by_year(stances: pd.DataFrame) -> pd.DataFrame:
    """Positions over time: one row per year and position present.

    Columns: year, position, rank (<NA> off the scale), n_statements, actors ('; '-joined).
    Sorted by year, then scale order with no_position_descriptive last.
    """
    out = (stances.groupby(["year", "position"])
           .agg(n_statements=("stance_id", "size"), actors=("actor", _names)).reset_index())
    out.insert(2, "rank", out["position"].map(POSITION_SCALE).astype("Int64"))
    order = out["position"].map({p: i for i, p in enumerate(POSITIONS)})
    return out.assign(_o=order).sort_values(["year", "_o"]).drop(columns="_o").reset_index(
        drop=True)


def _exploded(stances: pd.DataFrame) -> pd.DataFrame:
    """One row per statement and argument code it uses (statements without arguments drop out)."""
    rows = stances.assign(argument=stances["arguments"].map(split_arguments)).explode("argument")
    return rows.dropna(subset=["argument"])


def by_argument(stances: pd.DataFrame) -> pd.DataFrame:
    """The argument map: one row per argument code and position.

    Columns: argument, position, rank, n_statements, speakers ('; '-joined actors). A statement
    with two argument codes counts once under each. Sorted in the order of ARGUMENTS, then
    scale order with no_position_descriptive last.
    """
    rows = _exploded(stances)
    out = (rows.groupby(["argument", "position"])
           .agg(n_statements=("stance_id", "size"), speakers=("actor", _names)).reset_index())
    out.insert(2, "rank", out["position"].map(POSITION_SCALE).astype("Int64"))
    arg_order = out["argument"].map({a: i for i, a in enumerate(ARGUMENTS)})
    pos_order = out["position"].map({p: i for i, p in enumerate(POSITIONS)})
    return (out.assign(_a=arg_order, _p=pos_order).sort_values(["_a", "_p"])
            .drop(columns=["_a", "_p"]).reset_index(drop=True))


def arguments_by_side(stances: pd.DataFrame) -> pd.DataFrame:
    """Which arguments each side of the debate uses (SIDES), from by_argument's counts.

    Columns: side, argument, n_statements (statements of the side's positions using it). In
    the order of SIDES, then of ARGUMENTS; a side that uses no argument has no row.
    """
    arguments = by_argument(stances)
    rows = [{"side": side, "argument": argument, "n_statements": int(n)}
            for side, codes in SIDES.items()
            for argument, n in arguments[arguments["position"].isin(codes)]
            .groupby("argument", sort=False)["n_statements"].sum().items()]
    return pd.DataFrame(rows, columns=["side", "argument", "n_statements"])


def _date_label(doc: pd.Series) -> str:
    """The document's date as printed in a citation: the day, or the known range."""
    if pd.notna(doc["published"]):
        return doc["published"].strftime("%Y-%m-%d")
    if pd.notna(doc["published_earliest"]) and pd.notna(doc["published_latest"]):
        return (f"between {doc['published_earliest']:%Y-%m-%d} and "
                f"{doc['published_latest']:%Y-%m-%d}")
    return "date unknown"


def citation(stances: pd.DataFrame, docs: pd.DataFrame) -> pd.Series:
    """'<actor>, in <outlet>, <date>, sentence <sentence_id>' for each statement."""
    by_doc = docs.set_index("doc_id")
    return pd.Series(
        [f"{r.actor}, in {by_doc.loc[r.doc_id, 'outlet']}, {_date_label(by_doc.loc[r.doc_id])}, "
         f"sentence {r.sentence_id}" for r in stances.itertuples(index=False)],
        index=stances.index, dtype=str)


def _reading_order(stances: pd.DataFrame) -> pd.DataFrame:
    parts = stances["sentence_id"].str.extract(r":p(?P<p>\d+):s(?P<s>\d+)$").astype(int)
    return stances.assign(_p=parts["p"], _s=parts["s"])


def strongest_statements(stances: pd.DataFrame, docs: pd.DataFrame) -> pd.DataFrame:
    """The strongest statement on each side of the scale, with its citation.

    "Strongest" is the furthest position: the lowest rank for the lenient side, the highest for
    the punitive side (descriptive rows are ignored). Ties go to a named speaker over "unnamed"
    actor types, then to the earliest year, document and sentence, because an article usually
    states a speaker's claim before the reasons for it.
    Columns: side ('lenient' or 'punitive'), stance_id, actor, actor_type, year, position, rank,
    arguments, excerpt, sentence_id, outlet, date, citation.
    """
    placed = _reading_order(stances.dropna(subset=["rank"]))
    placed = placed.assign(_unnamed=placed["actor_type"].str.startswith("unnamed"))
    keys = ["_unnamed", "year", "doc_id", "_p", "_s", "stance_id"]
    rows = []
    for side, rank in (("lenient", placed["rank"].min()), ("punitive", placed["rank"].max())):
        if pd.isna(rank):
            continue
        best = placed[placed["rank"] == rank].sort_values(keys).iloc[[0]]
        rows.append(best.assign(side=side))
    columns = ["side", "stance_id", "actor", "actor_type", "year", "position", "rank",
               "arguments", "excerpt", "sentence_id", "outlet", "date", "citation"]
    if not rows:
        return pd.DataFrame(columns=columns)
    out = pd.concat(rows, ignore_index=True)
    by_doc = docs.set_index("doc_id")
    out["outlet"] = out["doc_id"].map(by_doc["outlet"])
    out["date"] = [_date_label(by_doc.loc[d]) for d in out["doc_id"]]
    out["citation"] = citation(out, docs)
    return out[columns]


def missing_voices(stances: pd.DataFrame, sents: pd.DataFrame,
                   voices: Mapping[str, tuple[str, str]]) -> pd.DataFrame:
    """Who is spoken about but never speaks.

    ``voices`` maps a voice (e.g. "the courts") to (actor_type that would carry it, regular
    expression for sentences that mention it). Which voices to look for is the analyst's
    judgement; this function only counts. Columns: voice, actor_type, n_statements (coded
    stances by that actor type), n_sentences_about (sentences matching the expression,
    case-insensitive), first_mention (sentence_id of the first, '' if none). Sorted by voice.
    """
    rows = []
    for voice, (actor_type, pattern) in sorted(voices.items()):
        hits = sents[sents["text"].str.contains(pattern, case=False, regex=True)]
        rows.append({"voice": voice, "actor_type": actor_type,
                     "n_statements": int((stances["actor_type"] == actor_type).sum()),
                     "n_sentences_about": len(hits),
                     "first_mention": hits["sentence_id"].iloc[0] if len(hits) else ""})
    return pd.DataFrame(rows, columns=["voice", "actor_type", "n_statements",
                                       "n_sentences_about", "first_mention"])


def policy_path(stances: pd.DataFrame,
                actor_types: tuple[str, ...] | None = None) -> pd.DataFrame:
    """What the state said and did, year by year: the statements of state actor types
    (``actor_types``, by default those of helpers.actors.state_actor_types).

    Columns: year, stance_id, actor, actor_type, position, excerpt, sentence_id; in reading
    order (year, document, sentence).
    """
    types = state_actor_types() if actor_types is None else actor_types
    rows = _reading_order(stances[stances["actor_type"].isin(types)])
    rows = rows.sort_values(["year", "doc_id", "_p", "_s", "stance_id"])
    return rows[["year", "stance_id", "actor", "actor_type", "position", "excerpt",
                 "sentence_id"]].reset_index(drop=True)


def by_occasion(stances: pd.DataFrame) -> pd.DataFrame:
    """One row per speaker and occasion, so that a talkative speaker counts once per occasion.

    Columns: actor, actor_type, year, occasion, n_statements, positions (the scale positions
    taken, '; '-joined in scale order, '' for none), harshest (the highest of them, '' for
    none), measures ('; '-joined MEASURES named), stance_ids. In reading order.
    """
    rows = []
    ordered = _reading_order(stances).sort_values(["year", "doc_id", "_p", "_s", "stance_id"])
    for (actor, occasion), group in ordered.groupby(["actor", "occasion"], sort=False):
        placed = sorted({p for p in group["position"] if p in POSITION_SCALE},
                        key=lambda p: POSITION_SCALE[p])
        measures = sorted({m for v in group["measures"] for m in split_arguments(v)},
                          key=MEASURES.index)
        rows.append({"actor": actor, "actor_type": group["actor_type"].iloc[0],
                     "year": int(group["year"].iloc[0]), "occasion": occasion,
                     "n_statements": len(group), "positions": "; ".join(placed),
                     "harshest": placed[-1] if placed else "",
                     "measures": "; ".join(measures),
                     "stance_ids": ";".join(group["stance_id"])})
    return pd.DataFrame(rows, columns=["actor", "actor_type", "year", "occasion", "n_statements",
                                       "positions", "harshest", "measures", "stance_ids"])


def positions_by_occasion(stances: pd.DataFrame) -> pd.DataFrame:
    """How many speaker-occasions take each position, and how many name each measure.

    Columns: dimension (harshness | measure), code, n_occasions, n_statements, speakers.
    An occasion that takes two positions counts once under each. Harshness in scale order,
    then measures in MEASURES order; codes nobody uses are left out.
    """
    occasions = by_occasion(stances)
    rows = []
    for dimension, column, codes in (("harshness", "positions", list(POSITION_SCALE)),
                                     ("measure", "measures", list(MEASURES))):
        for code in codes:
            hit = occasions[occasions[column].map(lambda v, c=code: c in v.split("; "))]
            source = "position" if dimension == "harshness" else "measures"
            n = int(stances[source].map(lambda v, c=code: c in split_arguments(v)).sum())
            if len(hit):
                rows.append({"dimension": dimension, "code": code, "n_occasions": len(hit),
                             "n_statements": n, "speakers": _names(hit["actor"])})
    return pd.DataFrame(rows, columns=["dimension", "code", "n_occasions", "n_statements",
                                       "speakers"])
