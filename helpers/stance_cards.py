"""Role-play cards from the stances table: each line with what kind of evidence it is, and a
warning where its sentence or paragraph contradicts its own document."""

from __future__ import annotations

import pandas as pd

from .stances import ARGUMENTS, EVIDENCE, MEASURES, POSITION_SCALE, _reading_order, split_arguments


def translation_flags(stances: pd.DataFrame, errors: pd.DataFrame) -> pd.Series:
    """Per statement, a warning when its sentence is, or shares a paragraph with, a sentence
    that contradicts its own document (helpers.reliability.internal_errors); '' otherwise."""
    para = stances["sentence_id"].str.replace(r":s\d+$", "", regex=True)
    flagged = {s: f"{e} ({x})" for s, e, x in
               zip(errors["sentence_id"], errors["kind"].str.replace("_", " "),
                   errors["excerpt"], strict=True)}
    flags = []
    for sid, p in zip(stances["sentence_id"], para, strict=True):
        if sid in flagged:
            flags.append(f"this sentence reverses the {flagged[sid]}")
        else:
            near = [f"{k}, which reverses the {v}" for k, v in flagged.items()
                    if k.rsplit(":", 1)[0] == p]
            flags.append("same paragraph as " + "; ".join(near) if near else "")
    return pd.Series(flags, index=stances.index, dtype=str)


def role_cards(stances: pd.DataFrame, errors: pd.DataFrame | None = None) -> pd.DataFrame:
    """One role-play card per actor who takes a position on the scale or names a measure.

    errors (helpers.reliability.internal_errors) flags lines from a sentence, or a paragraph,
    that contradicts its own document. Columns: actor, actor_type, positions ('; '-joined
    'position (year)' in scale order), measures ('; '-joined), arguments ('; '-joined codes
    used anywhere by the actor), lines (list of (stance_id, excerpt, evidence in plain words,
    flag) for the positioned or measure-naming statements, in reading order). Sorted by the
    actor's lowest rank (actors with measures only last), then actor.
    """
    flags = (translation_flags(stances, errors) if errors is not None
             else pd.Series("", index=stances.index, dtype=str))
    stances = stances.assign(line_flag=flags)
    keep = stances["rank"].notna() | (stances["measures"] != "")
    placed = _reading_order(stances[keep]).sort_values(["year", "doc_id", "_p", "_s"])
    rows = []
    for actor, group in placed.groupby("actor"):
        everything = stances[stances["actor"] == actor]
        ranked = group.dropna(subset=["rank"])
        pairs = sorted({(int(r), p, int(y)) for r, p, y in
                        zip(ranked["rank"], ranked["position"], ranked["year"], strict=True)})
        args = sorted({a for v in everything["arguments"] for a in split_arguments(v)},
                      key=ARGUMENTS.index)
        measures = sorted({m for v in group["measures"] for m in split_arguments(v)},
                          key=MEASURES.index)
        rows.append({"actor": actor, "actor_type": group["actor_type"].iloc[0],
                     "_min": pairs[0][0] if pairs else len(POSITION_SCALE),
                     "positions": "; ".join(f"{p} ({y})" for _, p, y in pairs),
                     "measures": "; ".join(measures), "arguments": "; ".join(args),
                     "lines": [(r.stance_id, r.excerpt, EVIDENCE[r.evidence], r.line_flag)
                               for r in group.itertuples(index=False)]})
    out = pd.DataFrame(rows, columns=["actor", "actor_type", "_min", "positions", "measures",
                                      "arguments", "lines"])
    return out.sort_values(["_min", "actor"]).drop(columns="_min").reset_index(drop=True)
