"""Counts of people in sentences written for these tests (not seeds), one class per test."""

from __future__ import annotations

import pytest

from helpers.numbers import parse_number
from helpers.quantities import figures_in


def read(text: str, previous: list[dict] | None = None) -> list[tuple]:
    return [(f["value"], f["qualifier"], f["population"]) for f in figures_in(text, previous)]


@pytest.mark.parametrize("words, value", [
    ("Forty-five", 45), ("Sixty-three", 63), ("ninety nine", 99), ("twenty-one thousand", 21000),
    ("one hundred and five", 105)])
def test_hyphenated_and_spelled_numbers(words, value):
    assert parse_number(words) == value


@pytest.mark.parametrize("text, expected", [
    ("Forty-five Kazakhstanis returned home.", [(45, "exact", "Kazakhstanis")]),
    ("Sixty-three women were flown back.", [(63, "exact", "women")]),
    ("Nearly twenty-two fighters surrendered.", [(22, "about", "fighters")]),
])
def test_spelled_counts_at_the_start_of_a_sentence(text, expected):
    assert read(text) == expected


def test_singular_nouns_count_after_one_only():
    assert read("One man was detained and 1 woman was released.") == [
        (1, "exact", "man"), (1, "exact", "woman")]
    assert read("Two fighter jets flew over 12 countries.") == []


def test_kin_words_count_people():
    assert read("Forty relatives of the fighters protested.") == [(40, "exact", "relatives")]
    assert read("About 30 mothers and 12 grandchildren waited.") == [
        (30, "about", "mothers"), (12, "exact", "grandchildren")]


def test_possessives():
    assert read("Kazakhstan has repatriated 600 of its citizens.") == [
        (600, "exact", "of its citizens")]
    assert read("Officials brought back 200 of the nation's fighters.") == [
        (200, "exact", "of the nation's fighters")]
    assert read("The nation's fighters number about 300.") == [(300, "about", "fighters")]


@pytest.mark.parametrize("text, expected", [
    ("The number of fighters tops 300.", [(300, "more than", "fighters")]),
    ("The total exceeds 500 people.", [(500, "more than", "people")]),
    ("They brought back a total estimated at 1,500 people.", [(1500, "about", "people")]),
    ("An estimated total of 800 Kazakhs went.", [(800, "about", "Kazakhs")]),
])
def test_verbs_and_qualifiers_apart_from_the_number(text, expected):
    assert read(text) == expected


def test_ranges_without_from():
    found = figures_in("Some 1,500 to 3,000 people left.")
    assert [(f["low"], f["high"], f["qualifier"]) for f in found] == [(1500, 3000, "range")]
    assert read("He was jailed for 5 to 10 years.") == []


@pytest.mark.parametrize("text, expected", [
    ("About 150 Kazakhs went to Syria, of whom 40 were later killed.",
     [(150, "about", "Kazakhs"), (40, "exact", "Kazakhs")]),
    ("About 150 Kazakhs went to Syria; 25 have since come home.",
     [(150, "about", "Kazakhs"), (25, "exact", "Kazakhs")]),
    ("Of the 300 who travelled, some 60 have gone back.",
     [(300, "exact", "who travelled"), (60, "about", "who travelled")]),
    # no antecedent in the sentence, or a larger number than the group: no count
    ("Some 60 have been built.", []),
    ("Police held 12 suspects; 39 were later released.",
     [(12, "exact", "suspects"), (39, "exact", "suspects")]),
    ("The two men met 3 times in 2015.", [(2, "exact", "men")]),
    ("They are between 1,000 and 1,500 in Libya, 200 in Iraq and 60 in Mali.", []),
    ("The 12 countries have agreed.", []),
])
def test_elided_nouns_take_the_antecedent_as_population(text, expected):
    assert read(text) == expected


def test_elided_counts_take_an_antecedent_from_the_paragraph():
    earlier = figures_in("Some 4,000 Tunisian nationals are fighting abroad.")
    assert read("They are between 1,000 and 1,500 in Libya, 200 in Iraq and 60 in Mali.",
                earlier) == [(1250, "range", "Tunisian nationals"),
                             (200, "exact", "Tunisian nationals"),
                             (60, "exact", "Tunisian nationals")]
    assert read("All seven are now behind bars.", figures_in("Seven men were jailed.")) == [
        (7, "exact", "men")]
    assert read("Of the 330 that had left, some 50 have returned.") == [
        (330, "exact", "that had left"), (50, "about", "that had left")]
    assert read("Of 1659 Moroccans who left, 1,300 were joining ISIS and two more died.") == [
        (1659, "exact", "Moroccans"), (1300, "exact", "Moroccans"), (2, "exact", "Moroccans")]


def test_people_as_the_subject_of_a_verb_whose_subject_is_people():
    assert read("Officials say at least 40 died in the attack.") == [(40, "at least", "died")]
    assert read("In 2015, 12 were arrested and 3 were sentenced to 10 years.") == [
        (12, "exact", "were arrested"), (3, "exact", "were sentenced")]
    assert read("Of the 300 houses, 120 were destroyed.") == []


def test_counts_after_one_of_the_and_returns():
    assert read("The ministry said 4 of the 12 were children.")[0] == (4, "exact", "of the 12")
    assert read("4 of the 12 countries have agreed.") == []
    assert read("By 2017, 150 had returned; 20 of them were jailed.") == [
        (150, "exact", "had returned"), (20, "exact", "of them")]


def test_numbers_that_name_things_are_no_counts():
    assert read("Covid-19 patients filled 30 beds and 12 nurses left.") == [
        (12, "exact", "nurses")]
    assert read("Under Resolution 2178 in New York, 300 fighters were listed.") == [
        (300, "exact", "fighters")]
    assert read("Police detained of300 people.") == [(300, "exact", "people")]  # a lost space
    assert read("Camp 3 holds 400 women; Article 58 covers 2 men.") == [
        (400, "exact", "women"), (2, "exact", "men")]


def test_dozens_numbering_and_estimated():
    assert read("A dozen people were hurt and two dozen fled.") == [
        (12, "exact", "people"), (24, "exact", "people")]  # fled: the people named before
    assert read("Dozens of people left.") == []
    assert read("Fighters numbering 300 crossed.") == [(300, "exact", "Fighters")]
    assert read("The ministry estimated 300 fighters had left.") == [(300, "about", "fighters")]


def test_people_without_a_noun():
    assert read("The war has killed more than 360,000 since 2011.") == [
        (360000, "more than", "killed")]
    assert read("Earthquake Kills Over 100 in China") == [(100, "more than", "Kills")]
    assert read("The death toll from days of flooding has reached 53.") == [
        (53, "exact", "death toll")]
    assert read("Rescuers found one dead and more than 5,500 injured.") == [
        (1, "exact", "dead"), (5500, "more than", "injured")]
    assert read("He was sentenced to 5 years and fined 300 dollars.") == []


def test_more_nouns_and_forms():
    assert read("GCHQ tracks the movements of 500 Brits and 300 Azerbaijanis.") == [
        (500, "exact", "Brits"), (300, "exact", "Azerbaijanis")]
    assert read("There are 500 or so U.K. citizens there.") == [(500, "exact", "U.K. citizens")]
    assert read("Six of the 31 Maute Group members killed were foreigners.") == [
        (6, "exact", "of the 31 Maute Group members"), (31, "exact", "Maute Group members")]
    assert read("Turkey deported more than 20 Europeans.") == [(20, "more than", "Europeans")]
    assert read("Из Сирии вернули свыше 200 граждан России, две женщины и четверо детей.") == [
        (200, "more than", "граждан"), (2, "exact", "женщины"), (4, "exact", "детей")]


def test_is_and_isis_are_names_not_the_verb():
    assert read("There are 300 IS fighters in the city.") == [(300, "exact", "IS fighters")]
    assert read("He counted 40 ISIS militants.") == [(40, "exact", "ISIS militants")]
    assert read("The figure of 40 is high.") == []


def test_shares_refer_to_the_figure_they_follow():
    assert read("There are 500 Kazakhs in Syria and 30% of them are women.") == [
        (500, "exact", "Kazakhs"), (150, "share of an earlier figure", "women")]
    earlier = figures_in("About 200 women returned.")
    assert read("Nearly half of them were children.", earlier) == [
        (100, "share of an earlier figure", "children")]
    # a share of "those who ..." names a new group; with nothing in reach there is no base
    assert read("Nearly half of those who left were women.", earlier) == []
    assert read("A third of them are women.") == []


def _cpu(func, text: str) -> float:
    """The least CPU time of three runs (the machine is shared)."""
    import time
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        func(text)
        best = min(best, time.process_time() - start)
    return best


@pytest.mark.parametrize("unit", ["1 ", "of whom 4 ", "300 men and half of them ", "A. ",
                                  "Abcdef Abcdef, ", "the "])
def test_reading_grows_linearly_on_hostile_sentences(unit):
    from helpers.attribution import Attribution, attribute

    def read_all(text: str) -> None:
        figures_in(text)
        attribute(text + " said x", Attribution())

    small = _cpu(read_all, unit * 300)
    large = _cpu(read_all, unit * 1200)
    assert large < 8 * max(small, 0.002), (small, large)  # quadratic would be about 16x


def test_a_share_never_reaches_into_another_paragraph():
    import pandas as pd

    from helpers.estimates import extract_estimates
    doc = pd.DataFrame([{"doc_id": "t01", "title": "", "outlet": "Test News",
                         "text": "About 400 Kazakhs left in 2015.\n\nA third of them were seen in "
                                 "the video. There are 90 women in the camp; half of them are "
                                 "ill."}])
    found = extract_estimates(doc)
    assert [(r.value, r.qualifier) for r in found.itertuples()] == [
        (400, "about"), (90, "exact"), (45, "share of an earlier figure")]


def test_demonyms_that_are_also_adjectives_and_counts_named_by_place_or_article():
    assert read("Officials processed 11 French citizens, two Irish and at least two additional "
                "Germans.") == [(11, "exact", "French citizens"), (2, "exact", "Irish"),
                                (2, "at least", "additional Germans")]
    assert read("The two French cities were hit.") == []
    assert read("One man was sent to London, while seven from Germany were sent to Berlin.") \
        == [(1, "exact", "man"), (7, "exact", "from Germany")]
    assert read("Police said the three were questioned in May.") == [(3, "exact", "the three")]
    assert read("The 12 were destroyed by fire.") == []
