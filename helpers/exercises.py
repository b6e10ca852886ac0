"""Self-check for the notebooks' exercises: `check(exercise_id, answer)` says "correct" or
"not yet" with a hint.

The expected answer is never stored: each exercise computes it from the data (the seeds and the
hand-coded tables) when it is checked, so it stays right when articles or rows are added. An
answer may come in the shapes a student is likely to produce (a DataFrame, a Series, a dict, a
set, a tuple); each exercise turns both sides into one plain form before comparing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import partial

import numpy as np
import pandas as pd

KNB_PATTERN = r"KNB|National Security Committee|Committee for National Security"


class ExerciseError(KeyError):
    """No exercise has that id, or the data no longer hold what the exercise asks about."""


@dataclass(frozen=True)
class Feedback:
    """What check() answers: correct or not yet, with a hint when not yet."""

    exercise_id: str
    correct: bool
    hint: str = ""

    def __str__(self) -> str:
        if self.correct:
            return f"Exercise {self.exercise_id}: correct."
        return f"Exercise {self.exercise_id}: not yet. Hint: {self.hint}"

    def __repr__(self) -> str:
        return str(self)

    def __bool__(self) -> bool:
        return self.correct


@dataclass(frozen=True)
class Exercise:
    """An exercise: how to compute its answer from the data, how to read an answer, a hint."""

    expected: Callable[[], object]
    normalise: Callable[[object], object]
    hint: str


# --- reading answers ------------------------------------------------------------------------

def _mapping(answer: object, key: str, value: str) -> dict:
    """{key: value} from a DataFrame (columns or index), a Series or a mapping."""
    if isinstance(answer, pd.DataFrame):
        frame = answer.reset_index() if key not in answer.columns else answer
        if key not in frame.columns or value not in frame.columns:
            raise ValueError(f"a table with the columns {key} and {value}")
        return dict(zip(frame[key], frame[value], strict=True))
    if isinstance(answer, pd.Series):
        return answer.to_dict()
    if isinstance(answer, Mapping):
        return dict(answer)
    raise ValueError(f"a table (or dict) from {key} to {value}")


def _counts(answer: object, key: str, value: str) -> dict[str, int]:
    """Whole-number counts by key, without the zero counts (absent and 0 mean the same)."""
    return {str(k): int(v) for k, v in _mapping(answer, key, value).items() if int(v)}


def _rounded(answer: object, key: str, value: str, places: int = 2) -> dict[str, float]:
    return {str(k): round(float(v), places) for k, v in _mapping(answer, key, value).items()}


def _ids(answer: object, column: str) -> frozenset[str]:
    """A set of ids from a DataFrame column, a Series or any iterable of strings."""
    if isinstance(answer, pd.DataFrame):
        if column not in answer.columns:
            raise ValueError(f"a table with a column {column}")
        answer = answer[column]
    if isinstance(answer, str) or not isinstance(answer, Iterable):
        raise ValueError(f"a list or set of {column} values")
    return frozenset(str(x) for x in answer)


def _pair(answer: object, first: type, second: type) -> tuple:
    if not (isinstance(answer, tuple | list) and len(answer) == 2):
        raise ValueError("a pair: (first, second)")
    a, b = answer
    return first(a), round(float(b), 1) if second is float else second(b)


def _flag(answer: object) -> bool:
    if not isinstance(answer, bool | np.bool_):
        raise ValueError("True or False")
    return bool(answer)


# --- expected answers, computed from the data ----------------------------------------------

def _longest_sentences() -> tuple[str, float]:
    from .corpus_view import load_for_reading
    from .sources import sentences

    sents = sentences(load_for_reading().documents)
    words = sents.assign(words=sents["text"].str.split().str.len())
    mean = words.groupby("doc_id")["words"].mean().round(1)
    top = mean[mean == mean.max()].sort_index()
    return str(top.index[0]), float(top.iloc[0])


def _knb_mentions() -> dict[str, int]:
    from .corpus_view import load_for_reading
    from .sources import sentences

    sents = sentences(load_for_reading().documents)
    found = sents[sents["text"].str.contains(KNB_PATTERN, regex=True)]
    return {str(k): int(v) for k, v in found.groupby("doc_id").size().items()}


def access_rubric(rubric: pd.DataFrame) -> pd.DataFrame:
    """Exercise 01-1's rubric: access standing in for a record, a source row `access` giving C,
    put just above the source axis's catch-all row (the first row that holds wins)."""
    rows = []
    for row in rubric.to_dict("records"):
        if row["axis"] == "source" and row["condition"] == "always":
            rows.append(row | {"grade": "C", "condition": "access",
                               "explanation": "Access taken as a record."})
        rows.append(row)
    if len(rows) == len(rubric):
        raise ExerciseError("01-1: the rubric has no catch-all source row (condition 'always')")
    return pd.DataFrame(rows)


def _access_moves() -> frozenset[str]:
    from .claims import load_claims
    from .corpus_view import load_for_reading
    from .reliability.grading import claim_measures, load_rubric, regrade

    rubric = load_rubric()
    measures = claim_measures(load_claims(), load_for_reading())
    moved = regrade(measures, rubric, access_rubric(rubric))
    return frozenset(moved["claim_id"])


def traveller_pair(claims: pd.DataFrame, ids: tuple[str, str] = ("C05", "C06")
                   ) -> tuple[pd.Series, pd.Series]:
    """The two traveller figures that notebook 02 compares (`t400` and `t500` of its section
    3), chosen by claim_id: about 400 travellers and about 500 with their families, 2017."""
    from .rows import RowError, row_for

    try:
        first, second = (row_for(claims, "claim_id", claim_id, "claims") for claim_id in ids)
    except RowError as exc:
        raise ExerciseError(str(exc)) from None
    return first, second


def about_bounds(value: float, margin: float) -> tuple[float, float]:
    """An "about N" figure read as N ± margin (0.25 for 25 %)."""
    return value * (1 - margin), value * (1 + margin)


def _overlap_at(margin: float) -> bool:
    from .claims import load_claims
    from .intervals import overlap

    a, b = (about_bounds(c["value"], margin) for c in traveller_pair(load_claims()))
    return overlap(a, b)


def merged_links(claims: pd.DataFrame, documents: pd.DataFrame | None = None) -> pd.DataFrame:
    """Exercise 01-3: corroboration links that appear only once the two traveller classes are
    merged into one."""
    from .reliability.corroborate import corroboration

    merged = claims.assign(definition_class=claims["definition_class"].replace(
        "travellers_with_families", "travellers"))
    before = corroboration(claims, documents)
    after = corroboration(merged, documents)
    keys = ["claim_id", "other_claim_id"]
    new = after.merge(before[keys], on=keys, how="left", indicator=True)
    return new[new["_merge"] == "left_only"].drop(columns="_merge").reset_index(drop=True)


def _merged_relation() -> frozenset[tuple[str, bool]]:
    from .claims import load_claims
    from .corpus_view import load_for_reading

    links = merged_links(load_claims(), load_for_reading().documents)
    return frozenset(zip(links["relation"], links["independent"].astype(bool), strict=True))


def _relation_answer(answer: object) -> frozenset[tuple[str, bool]]:
    if isinstance(answer, pd.DataFrame):
        return frozenset(zip(answer["relation"], answer["independent"].astype(bool),
                             strict=True))
    relation, independent = _pair(answer, str, bool)
    return frozenset({(relation, independent)})


def _relays(chain_table: pd.DataFrame | None = None) -> dict[str, frozenset[str]]:
    from .claims import chain_hops, load_claims

    claims = load_claims() if chain_table is None else chain_table
    deep = claims[claims["relay_depth"] > 1]
    return {str(r.claim_id): frozenset(chain_hops(r.chain)[1:-1])
            for r in deep.itertuples(index=False)}


def _relay_answer(answer: object) -> dict[str, frozenset[str]]:
    pairs = _mapping(answer, "claim_id", "relays")
    return {str(k): frozenset(v.split(" | ") if isinstance(v, str) else v)
            for k, v in pairs.items()}


def recoded_2017(stances: pd.DataFrame, stance_id: str = "S27") -> dict[str, int]:
    """Exercise 03-1: statements per position in 2017 once `stance_id` is coded prosecution."""
    from .stances import POSITION_SCALE, by_year

    if stance_id not in set(stances["stance_id"]):
        raise ExerciseError(f"03-1: the stances table has no statement {stance_id}")
    recoded = stances.copy()
    recoded.loc[recoded["stance_id"] == stance_id, "position"] = "prosecution"
    recoded["rank"] = recoded["position"].map(POSITION_SCALE).astype("Int64")
    year = by_year(recoded).query("year == 2017")
    return {str(k): int(v) for k, v in zip(year["position"], year["n_statements"], strict=True)}


def _recoded_answer(answer: object) -> dict[str, int]:
    if isinstance(answer, pd.DataFrame) and "n_statements" not in answer.columns:
        column = next((c for c in answer.columns if str(c).endswith("recoded")), None)
        if column is None:
            raise ValueError("a table with the columns position and n_statements")
        answer = answer.rename(columns={column: "n_statements"})
    return _counts(answer, "position", "n_statements")


def _coded_stances() -> pd.DataFrame:
    """The stance table, checked against the corpus as the notebooks read it."""
    from .corpus_view import load_for_reading
    from .stances import load_stances

    return load_stances(docs=load_for_reading().documents)


def _speakers_per_position() -> dict[str, int]:
    positioned = _coded_stances().dropna(subset=["rank"])
    return {str(k): int(v) for k, v in positioned.groupby("position")["actor"].nunique().items()}


def _descriptive_shares() -> dict[str, float]:
    from .stances import by_actor_type

    types = by_actor_type(_coded_stances())
    share = 1 - types["n_positioned"] / types["n_statements"]
    return {str(k): round(float(v), 2) for k, v in zip(types["actor_type"], share, strict=True)}


def _stances_2017() -> dict[str, int]:
    return recoded_2017(_coded_stances())


EXERCISES: dict[str, Exercise] = {
    "00-1": Exercise(_longest_sentences, partial(_pair, first=str, second=float),
                     "give (doc_id, mean words per sentence, one decimal); count words with "
                     "text.split() on the sentences table and average them per doc_id."),
    "00-2": Exercise(_knb_mentions, partial(_counts, key="doc_id", value="sentences"),
                     "count sentences, not mentions, per doc_id, with all three names in one "
                     "pattern; a table with the columns doc_id and sentences, or a Series."),
    "01-1": Exercise(_access_moves, partial(_ids, column="claim_id"),
                     "put the new C row with condition 'access' just above the source row "
                     "'always' (the first row that holds wins); answer with the claim_ids that "
                     "move."),
    "01-3": Exercise(_merged_relation, _relation_answer,
                     "compare corroboration before and after the merge and keep only the new "
                     "links; answer (relation, independent) or the table of new links."),
    "02-1": Exercise(partial(_overlap_at, 0.25), _flag,
                     "low = value * (1 - margin), high = value * (1 + margin); two intervals "
                     "overlap when the larger low is at most the smaller high."),
    "02-3": Exercise(_relays, _relay_answer,
                     "keep the claims with relay_depth > 1; the relays are the links of "
                     "chain_hops(chain) between the first (speaker) and the last (the seed)."),
    "03-1": Exercise(_stances_2017, _recoded_answer,
                     "change both position and rank of the statement, then read the 2017 rows of "
                     "by_year(recoded): a table with position and n_statements."),
    "03-2": Exercise(_speakers_per_position, partial(_counts, key="position", value="n_speakers"),
                     "leave out the descriptive statements (no rank), then count distinct actors "
                     "per position: a table with position and n_speakers, or a Series."),
    "03-3": Exercise(_descriptive_shares, partial(_rounded, key="actor_type",
                                                  value="share_descriptive"),
                     "share_descriptive = 1 - n_positioned / n_statements, rounded to two "
                     "decimals, one row per actor_type."),
}


def expected(exercise_id: str) -> object:
    """The answer the data give today, in the exercise's plain form."""
    if exercise_id not in EXERCISES:
        raise ExerciseError(f"no exercise {exercise_id!r}; known: {', '.join(EXERCISES)}")
    return EXERCISES[exercise_id].expected()


def check(exercise_id: str, answer: object) -> Feedback:
    """Compare an answer with the one computed from the data: correct, or not yet with a hint."""
    want = expected(exercise_id)
    exercise = EXERCISES[exercise_id]
    if answer is None:
        return Feedback(exercise_id, False, exercise.hint)
    try:
        got = exercise.normalise(answer)
    except (ValueError, TypeError, KeyError) as exc:
        return Feedback(exercise_id, False, f"the answer should be {exc}. {exercise.hint}")
    if got == want:
        return Feedback(exercise_id, True)
    return Feedback(exercise_id, False, _difference(got, want) + exercise.hint)


def _difference(got: object, want: object) -> str:
    """A nudge that gives nothing away: how many parts of the answer are right."""
    if isinstance(want, dict) and isinstance(got, dict):
        right = sum(1 for k, v in got.items() if want.get(k) == v)
        return f"{right} of {len(want)} entries match; "
    if isinstance(want, frozenset) and isinstance(got, frozenset):
        return f"{len(got & want)} of your {len(got)} items are right, {len(want)} expected; "
    return ""


