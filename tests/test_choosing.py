"""The small helpers the notebooks call instead of writing rules inline: a row by its code,
arithmetic on bounded figures, the state's actor types, the sides of the debate."""

from __future__ import annotations

import math
import shutil

import pandas as pd
import pytest

from helpers import (
    RowError,
    arguments_by_side,
    difference_range,
    lexicon,
    overlap,
    policy_path,
    ratio_range,
    row_for,
    speaks_for_state,
    state_actor_types,
)

NAN = math.nan


def test_row_for_gives_the_row_with_the_code_wherever_it_sits():
    table = pd.DataFrame({"claim_id": ["C02", "C01", "C03"], "value": [20, 10, 30]})
    assert row_for(table, "claim_id", "C01")["value"] == 10
    shuffled = table.sample(frac=1, random_state=1)
    assert row_for(shuffled, "claim_id", "C03")["value"] == 30


@pytest.mark.parametrize("table, key, value, message", [
    (pd.DataFrame({"claim_id": ["C01"]}), "claim_id", "C09",
     r"claims: no row with claim_id == 'C09'"),
    (pd.DataFrame({"claim_id": ["C01", "C01"]}), "claim_id", "C01",
     r"claims: 2 rows with claim_id == 'C01', expected one"),
    (pd.DataFrame({"stance_id": ["S1"]}), "claim_id", "C01", r"claims: no column 'claim_id'"),
])
def test_row_for_names_the_table_and_the_code_when_it_cannot_choose(table, key, value, message):
    with pytest.raises(RowError, match=message):
        row_for(table, key, value, "claims")


@pytest.mark.parametrize("a, b, expected", [
    ((360.0, 440.0), (450.0, 550.0), False),   # about 400 and about 500
    ((300.0, 500.0), (375.0, 625.0), True),    # the same at ±25 %
    ((300.0, NAN), (90.0, 110.0), False),      # more than 300 against about 100
    ((300.0, NAN), (900.0, 1100.0), True),     # an open high reaches any larger figure
    ((NAN, 50.0), (40.0, 40.0), True),         # up to 50 holds 40
    (125.0, (112.5, 137.5), True),             # a number is exact
    (125.0, 126.0, False),
    ((10.0, 20.0), (20.0, 30.0), True),        # touching bounds overlap
])
def test_overlap(a, b, expected):
    assert overlap(a, b) is expected
    assert overlap(b, a) is expected


def test_difference_and_ratio_of_bounded_figures():
    adults = difference_range(125.0, (40.5, 49.5))
    assert adults == pytest.approx((75.5, 84.5))
    assert ratio_range(57.0, adults) == pytest.approx((57 / 84.5, 57 / 75.5))
    assert ratio_range(125.0, (360.0, 440.0)) == pytest.approx((125 / 440, 125 / 360))


def test_open_bounds_stay_open_in_a_ratio():
    low, high = ratio_range(150.0, (300.0, NAN))        # over "more than 300"
    assert low == 0.0 and high == pytest.approx(0.5)
    low, high = ratio_range((150.0, NAN), (NAN, 300.0))  # open part over "up to 300"
    assert low == pytest.approx(0.5) and math.isnan(high)
    assert math.isnan(ratio_range(1.0, (0.0, 0.0))[1])
    low, high = difference_range((300.0, NAN), 100.0)
    assert low == 200.0 and math.isnan(high)


def test_state_actor_types_come_from_the_word_list_and_follow_an_edit(tmp_path, monkeypatch):
    types = pd.Series(["state security", "foreign state security", "independent analyst",
                       "head of state or government"])
    assert speaks_for_state(types).tolist() == [True, False, False, True]
    folder = tmp_path / "lexicon"
    shutil.copytree(lexicon.FOLDER, folder)
    monkeypatch.setattr(lexicon, "FOLDER", folder)
    with (folder / "state_actor_types.csv").open("a", encoding="utf-8") as f:
        f.write("independent analyst,a test entry\n")
    assert "independent analyst" in state_actor_types()
    assert speaks_for_state(types).tolist() == [True, False, True, True]
    stances = pd.DataFrame({
        "year": [2017, 2017], "stance_id": ["S1", "S2"], "actor": ["A", "B"],
        "actor_type": ["independent analyst", "militant"], "position": ["prosecution"] * 2,
        "excerpt": ["x", "y"], "doc_id": ["d", "d"], "sentence_id": ["d:p1:s1", "d:p1:s2"]})
    assert policy_path(stances)["stance_id"].tolist() == ["S1"]


def test_arguments_by_side_sums_the_positions_of_a_side():
    stances = pd.DataFrame({
        "stance_id": ["S1", "S2", "S3", "S4", "S5"], "actor": ["A", "B", "C", "D", "E"],
        "position": ["prosecution", "beyond_prosecution", "amnesty", "prosecution",
                     "no_position_descriptive"],
        "arguments": ["security_risk", "security_risk;rule_of_law", "human_rights", "",
                      "security_risk"]})
    sides = arguments_by_side(stances)
    assert sides.to_dict("records") == [
        {"side": "for amnesty", "argument": "human_rights", "n_statements": 1},
        {"side": "for prosecution or more", "argument": "security_risk", "n_statements": 2},
        {"side": "for prosecution or more", "argument": "rule_of_law", "n_statements": 1},
    ]


def test_exercise_02_1_checks_the_pair_the_notebook_compares():
    """The checker once took the first 'travellers' claim (about 100, 2013) while the notebook
    compares the 2017 pair; both now name the claims by claim_id."""
    from helpers import load_claims
    from helpers.exercises import ExerciseError, expected, traveller_pair

    claims = load_claims()
    t400, t500 = traveller_pair(claims)
    assert (t400["value"], t500["value"]) == (400.0, 500.0)
    assert expected("02-1") is True
    with pytest.raises(ExerciseError, match="claims: no row with claim_id == 'C05'"):
        traveller_pair(claims[claims["claim_id"] != "C05"])
