"""Who argued what about those who come back: the hand-coded stances of data/stances.csv.

Each row is one statement, its speaker, an ordinal position (amnesty ... beyond prosecution, or
no position) and the argument types it uses; the codes are defined in data/codebook.md.
``load_stances`` refuses a table whose excerpt, actor, code or year does not match the sources,
and names the row. The summaries count rows; they never average ranks, because the distances
between positions on the scale mean nothing.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd

from .actors import load_actors
from .figures import OKABE_ITO
from .paths import data_dir
from .sources import load_documents, sentences
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

ARGUMENTS: tuple[str, ...] = (
    "security_risk", "rule_of_law", "human_rights", "root_causes", "families_children",
    "feasibility_evidence", "foreign_policy",
)

STANCE_COLUMNS = ["stance_id", "doc_id", "sentence_id", "actor", "actor_type", "year", "position",
                  "arguments", "excerpt", "notes"]

# Actor types that speak for the state of Kazakhstan (used for the policy path).
STATE_ACTOR_TYPES: tuple[str, ...] = (
    "state security", "head of state or government", "government ministry")

_STEP = 0.24  # vertical gap between actors in one cell of the positions figure
_SENTENCE_ID = re.compile(r"^(?P<doc>.+):p\d+:s\d+$")


class StancesError(ValueError):
    """The stances table does not match the codebook, the actors or the sources."""


def split_arguments(value: str) -> list[str]:
    """'security_risk;rule_of_law' as a list of codes ('' gives [])."""
    return [code.strip() for code in str(value).split(";") if code.strip()]


def _problems(stances: pd.DataFrame, actors: pd.DataFrame, docs: pd.DataFrame) -> list[str]:
    """Every way the rows disagree with the codebook, the actors table or the clean sentences."""
    types = dict(zip(actors["canonical_name"], actors["actor_type"], strict=True))
    sents = dict(zip(*(sentences(docs)[c] for c in ("sentence_id", "text")), strict=True))
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
             docs: pd.DataFrame) -> pd.DataFrame:
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
    problems = _problems(table, actor_table, docs)
    if problems:
        raise StancesError(f"{path}: " + "; ".join(problems))
    ids = dict(zip(actor_table["canonical_name"], actor_table["actor_id"], strict=True))
    table["actor_id"] = table["actor"].map(ids)
    table["rank"] = table["position"].map(POSITION_SCALE).astype("Int64")
    return table.reset_index(drop=True)


def load_stances(path: Path | str | None = None, actors: Path | str | None = None,
                 docs: pd.DataFrame | None = None) -> pd.DataFrame:
    """The checked stances table.

    Columns: those of data/stances.csv (STANCE_COLUMNS; ``year`` as int, ``arguments`` and
    ``notes`` as strings, '' when empty) plus ``actor_id`` (from actors.csv) and ``rank`` (the
    position's number on POSITION_SCALE, <NA> for no_position_descriptive). Raises StancesError
    naming the file and every bad row: unknown actor or code, actor_type that differs from
    actors.csv, excerpt not verbatim in its sentence, year not the document's.
    """
    path = Path(path) if path is not None else data_dir() / "stances.csv"
    table = read_table("stances", path, StancesError)
    return _checked(table, path, actors, load_documents() if docs is None else docs)


def stances_for(docs: pd.DataFrame, path: Path | str | None = None) -> pd.DataFrame:
    """The checked rows of data/stances.csv whose document is in ``docs`` (STANCE_COLUMNS).

    For the export: a folder of articles without some seeds gets the stances of the articles it
    has (rows of absent documents cannot be checked against their text, so they are left out).
    """
    path = Path(path) if path is not None else data_dir() / "stances.csv"
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    if "doc_id" not in table.columns:
        raise StancesError(f"{path}: missing columns ['doc_id']")
    kept = table[table["doc_id"].isin(set(docs["doc_id"]))].reset_index(drop=True)
    return _checked(kept, path, None, docs)[STANCE_COLUMNS]


def _names(values: pd.Series) -> str:
    return "; ".join(sorted(set(values)))


def by_actor_type(stances: pd.DataFrame) -> pd.DataFrame:
    """Who speaks: one row per actor type.

    Columns: actor_type, n_statements, n_positioned (statements on the scale), n_actors, actors
    ('; '-joined). Sorted by n_statements (most first), then actor_type.
    """
    grouped = stances.groupby("actor_type")
    out = pd.DataFrame({
        "n_statements": grouped.size(),
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
                actor_types: tuple[str, ...] = STATE_ACTOR_TYPES) -> pd.DataFrame:
    """What the state said and did, year by year: the statements of state actor types.

    Columns: year, stance_id, actor, actor_type, position, excerpt, sentence_id; in reading
    order (year, document, sentence).
    """
    rows = _reading_order(stances[stances["actor_type"].isin(actor_types)])
    rows = rows.sort_values(["year", "doc_id", "_p", "_s", "stance_id"])
    return rows[["year", "stance_id", "actor", "actor_type", "position", "excerpt",
                 "sentence_id"]].reset_index(drop=True)


def role_cards(stances: pd.DataFrame) -> pd.DataFrame:
    """One role-play card per actor who takes a position on the scale.

    Columns: actor, actor_type, positions ('; '-joined 'position (year)' in scale order),
    arguments ('; '-joined codes used anywhere by the actor), excerpts (list of
    (stance_id, excerpt) for the positioned statements, in reading order). Sorted by the
    actor's lowest rank, then actor.
    """
    placed = _reading_order(stances.dropna(subset=["rank"])).sort_values(
        ["year", "doc_id", "_p", "_s"])
    rows = []
    for actor, group in placed.groupby("actor"):
        everything = stances[stances["actor"] == actor]
        pairs = sorted({(int(r), p, int(y)) for r, p, y in
                        zip(group["rank"], group["position"], group["year"], strict=True)})
        args = sorted({a for v in everything["arguments"] for a in split_arguments(v)},
                      key=ARGUMENTS.index)
        rows.append({"actor": actor, "actor_type": group["actor_type"].iloc[0],
                     "_min": pairs[0][0],
                     "positions": "; ".join(f"{p} ({y})" for _, p, y in pairs),
                     "arguments": "; ".join(args),
                     "excerpts": list(zip(group["stance_id"], group["excerpt"], strict=True))})
    out = pd.DataFrame(rows, columns=["actor", "actor_type", "_min", "positions", "arguments",
                                      "excerpts"])
    return out.sort_values(["_min", "actor"]).drop(columns="_min").reset_index(drop=True)


def _short_name(actor_id: str) -> str:
    return actor_id.replace("_", " ").title() if "_" in actor_id else actor_id.capitalize()


def position_points(stances: pd.DataFrame) -> pd.DataFrame:
    """The points of the positions-over-time figure: one per year, position and actor.

    Columns: year, position, rank (-1 for no position), actor, actor_type, label (short name,
    with the count when above 1), n_statements, x (the year), y (the rank, shifted a little so
    that several actors in the same cell sit one above the other; descriptive statements stack
    downwards from -1).
    """
    points = (stances.groupby(["year", "position", "actor", "actor_id", "actor_type"])
              .size().rename("n_statements").reset_index())
    points["rank"] = points["position"].map(POSITION_SCALE).fillna(-1).astype(int)
    points["label"] = [_short_name(a) + (f" ×{n}" if n > 1 else "")
                       for a, n in zip(points["actor_id"], points["n_statements"], strict=True)]
    points = points.sort_values(["year", "rank", "actor"], ignore_index=True)
    slot = points.groupby(["year", "rank"]).cumcount()
    size = points.groupby(["year", "rank"])["actor"].transform("size")
    on_scale = points["rank"] >= 0
    points["x"] = points["year"].astype(float)
    points["y"] = points["rank"] + ((size - 1) / 2 - slot).where(on_scale, -slot) * _STEP
    return points[["year", "position", "rank", "actor", "actor_type", "label", "n_statements",
                   "x", "y"]]


_MARKERS = ["o", "s", "^", "D", "v", "P", "X", "*", "<", ">"]


def positions_figure(stances: pd.DataFrame) -> plt.Figure:
    """Year against position, one marker per actor, shape and colour by actor type, labelled."""
    points = position_points(stances)
    types = sorted(points["actor_type"].unique())
    fig, ax = plt.subplots(figsize=(11, 6.5))
    for i, actor_type in enumerate(types):
        sub = points[points["actor_type"] == actor_type]
        ax.scatter(sub["x"], sub["y"], s=40 + 25 * sub["n_statements"],
                   marker=_MARKERS[i % len(_MARKERS)], color=OKABE_ITO[i % len(OKABE_ITO)],
                   edgecolor="black", linewidth=0.5, label=actor_type, zorder=3)
    for p in points.itertuples(index=False):
        ax.annotate(p.label, (p.x, p.y), xytext=(9, 0), textcoords="offset points",
                    ha="left", va="center", fontsize=8)
    lowest = points["y"].min()
    ax.axhline(-0.55, color="grey", linewidth=0.8, linestyle="--")
    ax.set_yticks([(lowest - 1) / 2, *POSITION_SCALE.values()],
                  ["no position\n(descriptive)", *(p.replace("_", " ") for p in POSITION_SCALE)])
    years = range(int(points["year"].min()), int(points["year"].max()) + 1)
    ax.set_xticks(list(years))
    ax.set_xlim(min(years) - 0.5, max(years) + 1)
    ax.set_ylim(lowest - 0.3, max(POSITION_SCALE.values()) + 0.5)
    ax.set_xlabel("year of the document that records the statement")
    ax.set_ylabel("position on what to do with returnees (harsher upwards)")
    ax.set_title("Who took which position, and when (marker size: number of statements)")
    ax.legend(title="actor type", loc="upper left", fontsize=8, title_fontsize=9,
              frameon=False, bbox_to_anchor=(1.01, 1))
    ax.grid(axis="y", color="0.9", zorder=0)
    return fig
