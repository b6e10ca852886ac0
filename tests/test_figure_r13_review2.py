"""Review 2 of round 13, figures: "more" after a count is no place of a list ("2 in più di
ieri"), French "que" after "de plus" only as a comparison, Turkish "on bin N"."""

from __future__ import annotations

import pytest

from helpers.elided_forms import more_after
from helpers.quantities import figures_in


def values(text: str) -> list[float]:
    return [f["value"] for f in figures_in(text)]


# --- "in più" after a count of a list is no place ("in" + a word) ------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Sono morti 30 migranti, due in più di ieri.", [30]),        # a comparison, no group
    ("Sono morti 30 migranti, 2 in più rispetto a ieri.", [30]),
    ("Sono morti 30 migranti, 20 nella regione Lazio.", [30, 20]),  # a list by place still
])
def test_italian_more_after_a_count_is_no_place(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("after, expected", [
    (" in più di ieri.", True), (" de plus qu'hier", True), (" más que ayer", True),
    (" in Sicilia.", False), (" inoltre", False),
])
def test_more_after_reads_the_words_of_the_list_without_their_exclusions(after, expected):
    assert more_after(after) is expected


# --- French "de plus que": a comparison only before its other side, else a relative ------------

@pytest.mark.parametrize("text, expected", [
    ("Morts : 30, et 5 de plus que les secours ont retrouvés ce matin.", [30, 5]),  # relative
    ("Il y a eu 30 morts et 5 de plus que l'on a retrouvés.", [30, 5]),
    ("Il y a eu 30 morts, 5 de plus que prévu.", [30]),            # comparisons
    ("Il y a eu 30 morts, 5 de plus qu'en 2022.", [30]),
    ("Il y a eu 30 morts, 5 de plus que la semaine dernière.", [30]),
])
def test_french_more_than_only_before_a_comparison(text, expected):
    assert values(text) == expected
