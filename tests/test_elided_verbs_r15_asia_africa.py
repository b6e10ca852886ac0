"""Counts whose noun is left out, after a count of people in the same sentence, in Swahili,
Tagalog, Amharic, Georgian and Armenian (round 15, helpers/lexicon/elided_past_tenses.csv, the
block marked 'round 15 (rlang, Asia and Africa)'); and, for the languages that write their
people noun before the number (Swahili 'watu 30'), that count as the antecedent of an elided
count in the same sentence (helpers.people_counters.classified_before: such counts were added
to the sentence only after its other numbers were read). On sentences written for these tests,
each of which missed its second count before; and numbers of things after the same verbs,
which count no one."""

from __future__ import annotations

import pytest

from helpers.quantities import figures_in


def values(text: str) -> list[float]:
    return [f["value"] for f in figures_in(text)]


@pytest.mark.parametrize("text, expected", [
    ("Watu 30 walikamatwa na 12 wameachiliwa.", [30, 12]),  # Swahili
    ("Watu 30 wamefariki na 12 wamejeruhiwa.", [30, 12]),  # Swahili
    ("30 katao ang nasawi at 12 ang sugatan.", [30, 12]),  # Tagalog
    ("30 katao ang inaresto, 12 ang nakauwi na.", [30, 12]),  # Tagalog
    ("30 ሰዎች ሞተዋል፤ 12 ቆስለዋል።", [30, 12]),  # Amharic
    ("30 ადამიანი დაიღუპა, 12 დაშავდა.", [30, 12]),  # Georgian
    ("30 მიგრანტი გადაარჩინეს, 12 დაიკარგა.", [30, 12]),  # Georgian
    ("30 մարդ զոհվել է, 12 վիրավորվել են։", [30, 12]),  # Armenian
])
def test_elided_counts_after_verbs_of_asian_and_african_languages(text, expected):
    assert values(text) == expected


def test_a_count_with_its_noun_first_names_the_group_of_the_elided_one():
    rows = figures_in("Watu 30 walikamatwa; 12 walirudi nyumbani.")
    assert [(r["value"], r["population"]) for r in rows] == [(30, "Watu"), (12, "Watu")]


@pytest.mark.parametrize("text, expected", [
    ("Nyumba 30 ziliharibiwa na 12 zilizama.", []),  # Swahili: houses
    ("Watu 30 walikufa na nyumba 12 ziliharibiwa.", [30]),  # Swahili: houses after people
    ("Mnamo 2015 watu 30 walikamatwa; 2016 walikamatwa zaidi.", [30]),  # Swahili: a year
    ("30 ቤቶች ተቃጥለዋል፤ 12 ጠፍተዋል።", []),  # Amharic: houses, no people before
    ("Noong 2019, 30 katao ang nasawi.", [30]),  # Tagalog: a year
])
def test_numbers_of_things_after_these_verbs_count_no_one(text, expected):
    assert values(text) == expected
