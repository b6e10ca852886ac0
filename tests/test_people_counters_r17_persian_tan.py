"""Persian "تن" counts persons and weighs tonnes (round 17): as a counter after a number it
counts persons only before a word of kind next in helpers/lexicon/people_counters.csv (a state
or "other": "۲۵ تن جان خود را از دست دادند", "۴۳ تن دیگر زخمی شدند"); before a noun of goods,
a verb or at a clause end it weighs things. The sentences were written for this test in the
manner of news reports; the first ones missed their count before the rule."""

from __future__ import annotations

import pytest

from helpers.quantities import figures_in


def values(text: str) -> list[float]:
    return [f["value"] for f in figures_in(text)]


@pytest.mark.parametrize("text, expected", [
    ("در این حادثه دستکم ۲۵ تن جان خود را از دست دادند.", [25]),
    ("برخورد کامیون به مرگ دستکم ۸ نفر و زخمی شدن ۴۳ تن دیگر منجر شد.", [8, 43]),
    ("در جریان این اعتراضات ۱۲ تن بازداشت شدند.", [12]),
])
def test_tan_before_a_state_or_other_counts_persons(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text", [
    "ایران ۵۰۰ تن گندم به عراق صادر کرد.",  # wheat
    "تولید این کارخانه به ۲ میلیون تن.",  # a clause end: tonnes
    "ظرفیت این کارخانه ۵۰۰ تن است.",  # a verb
    "۱۰۰ تن کالا در بندر تخلیه شد.",  # goods
])
def test_tan_before_goods_a_verb_or_a_clause_end_weighs_things(text):
    assert values(text) == []
