"""Counts of people (issue 12, point 5), round 13, on sentences written for these tests in the
manner of news reports: people picked out of a group by a partitive with a determiner ("12 de
sus compañeros", "dois dos guardas", "trois de ces hommes"), counts whose noun is left out before
"more" ("dos más", "dua lagi"), a dash aside closed by a hyphen ("-15 varones y 16 mujeres-"),
Turkish "bin 109" (1,109), and Spanish perfect verbs of saying in the plural that give each
clause of a sentence its own speaker ("algunos han manifestado que ..., mientras que otros
aseguran que ...")."""

from __future__ import annotations

import pytest

from helpers import lexicon
from helpers.classifier_counts import counters
from helpers.clause_speakers import clause_speakers
from helpers.elided_forms import elided_form
from helpers.numbers import number_words, parse_number
from helpers.quantities import figures_in


def values(text: str) -> list[float]:
    return [f["value"] for f in figures_in(text)]


# --- a partitive with a determiner before the people noun -------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Los vecinos contaron que 12 de sus compañeros murieron en la mina.", [12]),
    ("Siete de estos migrantes fueron trasladados al hospital.", [7]),
    ("Ocho de esas mujeres viajaban solas.", [8]),
    ("Morreram ao menos 40 desses combatentes na ofensiva.", [40]),
    ("Segundo a polícia, três dos guardas foram feitos reféns.", [3]),  # 'dos' is Spanish two
    ("Cinq de ces hommes ont été interpellés.", [5]),
    ("Quatre des blessés sont dans un état grave.", [4]),
    ("Sei dei feriti sono stati dimessi.", [6]),
    ("Dos dels ferits continuen a l'hospital.", [2]),
])
def test_partitive_with_a_determiner_counts_the_people_it_picks_out(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text", [
    "Cinco de las casas quedaron destruidas.",        # things, not people
    "Tres de estos edificios serán demolidos.",
    "Uno de los heridos murió en el hospital.",       # one picked out of a group counts none
    "Deux des maisons ont brûlé.",
])
def test_partitive_with_a_determiner_before_things_or_after_one_counts_none(text):
    assert values(text) == []


def test_partitive_determiners_come_from_the_lexicon_list():
    whole = lexicon.pattern("partitive_determiners", r"^(?:WORDS)\s++(?=persone$)")
    for phrase in ("de sus", "de estos", "desses", "de ces", "dei", "dels"):
        assert whole.match(f"{phrase} persone"), phrase
    assert not whole.match("of the persone")  # English is read by helpers.people_phrases


def test_a_partitive_that_starts_with_another_letter_is_read_once_listed(word_lists):
    # the quick check's first letters come from the list, not from code
    text = "Sept parmi ces hommes ont été interpellés."
    assert values(text) == []
    path = word_lists / "partitive_determiners.csv"
    path.write_text(path.read_text(encoding="utf-8") + "parmi\\s++ces,French\n", encoding="utf-8")
    assert values(text) == [7]


def test_a_number_word_before_a_word_that_only_looks_like_one_is_cut_there():
    # Portuguese 'dos' (of the) is Spanish 'two': 'dois dos' is two of the, never 2 + 2
    assert values("Morreram dois dos presos e três guardas.") == [2, 3]
    assert values("Vinte e dois dos presos fugiram.") == [22]
    assert values("Twenty two people died.") == [22]  # a number of two words is kept whole


# --- "more" or "others" after a count whose noun is left out ----------------------------------

@pytest.mark.parametrize("text, expected", [
    ("El derrumbe dejó tres muertos y dos más en estado grave.", [3, 2]),
    ("Rescataron a 40 personas, a las que hay que sumar cuatro más que fueron evacuadas.",
     [40, 4]),
    ("Deux personnes sont mortes et trois autres ont été blessées.", [2, 3]),
    ("Tiga orang tewas dan dua lagi masih dicari.", [3, 2]),
    ("Zwei Menschen starben, drei weitere wurden verletzt.", [2, 3]),
])
def test_more_after_a_count_whose_noun_is_named_before(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Llegaron 30 personas, más o menos.", [30]),              # 'more or less': no second count
    ("El fuego destruyó 40 casas y dos más quedaron dañadas.", []),  # more houses
    ("Se registraron dos más que el año pasado.", []),         # nothing counted before
    ("Drei Menschen starben, zwei weitere Autos brannten.", [3]),  # more cars
    ("Deux personnes sont mortes et trois autres maisons ont brûlé.", [2]),
])
def test_more_after_things_or_alone_counts_none(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Hay 30 heridos, 5 más que ayer.", [30]),                 # a comparison, no second group
    ("Hay 30 heridos, 5 más que el año pasado.", [30]),
    ("Il y a eu 30 morts, 5 de plus qu'hier.", [30]),
    ("Il y a eu 30 morts, 5 de plus que la veille.", [30]),
    ("Hi ha 30 ferits, 5 més que ahir.", [30]),
    ("Hi ha 30 ferits i 5 més que segueixen ingressats.", [30, 5]),  # a relative: a group
])
def test_more_than_before_a_comparison_counts_none(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("after, expected", [
    (" in più di ieri.", False), (" in più rispetto a ieri.", False),
    (" in più sono dispersi.", True),
])
def test_italian_more_before_a_comparison_is_no_elided_count(after, expected):
    assert elided_form("Sono morti 30 migranti, ", after) is expected


# --- a dash aside closed by a hyphen ------------------------------------------------------------

def test_a_people_noun_glued_to_the_hyphen_that_closes_an_aside():
    text = "En la barca viajaban 25 personas -10 hombres y 15 mujeres-, según Salvamento."
    assert values(text) == [25, 10, 15]


# --- Spanish perfect verbs of saying in the plural ----------------------------------------------

def test_each_clause_takes_its_own_speaker_with_spanish_plural_perfects():
    text = ("Los testimonios difieren: algunos han manifestado que 12 de sus compañeros murieron,"
            " mientras que otros aseguran que a bordo iban 60 personas.")
    speakers = [a.speaker for _, a in clause_speakers(text)]
    assert speakers == ["algunos", "otros"]


# --- Turkish "bin" (a thousand) alone before the digits of the rest ------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Bugüne kadar toplam bin 109 yabancı terörist sınır dışı edildi.", [1109]),
    ("Bin 250 kişi tahliye edildi.", [1250]),
    ("Selde 8 bin 922 kişi evsiz kaldı.", [8922]),        # after digits, as before
    ("Usame bin Ladin'in 3 oğlu tutuklandı.", []),         # a name: no digits after "bin"
])
def test_a_thousand_alone_before_digits(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Kampta iki bin 500 göçmen bulunuyor.", [2500]),     # a spelled number before "bin"
    ("Depremde on bin 500 kişi hayatını kaybetti.", [10500]),  # "on" (10) only before "bin"
    ("Depremde yirmi bin 300 kişi yaralandı.", [20300]),
    ("Depremde on iki bin 500 kişi öldü.", [12500]),
    ("Police came on 30 migrants near the border.", [30]),  # "on" alone is no number
])
def test_a_spelled_number_before_a_lone_thousand_and_digits(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text", ["million 5", "mil 200", "thousand 109", "tausend 5"])
def test_only_a_lone_thousand_word_takes_digits_after_it(text):
    with pytest.raises(ValueError):
        parse_number(text)


def test_the_counters_follow_an_edit_of_the_thousand_words(word_lists):
    # a pattern holding the number grammar is rebuilt when a list of that grammar changes
    assert number_words().number in counters().before_pattern.pattern
    path = word_lists / "thousand_before_digits.csv"
    path.write_text(path.read_text(encoding="utf-8") + "tausend,German\n", encoding="utf-8")
    assert number_words().number in counters().before_pattern.pattern


def test_the_thousand_words_are_scales_of_the_number_list():
    scales = {w.lower() for w, k in zip(lexicon.table("number_words")["term"],
                                         lexicon.table("number_words")["kind"], strict=True)
              if k in ("scale", "digit_scale")}
    assert set(lexicon.terms("thousand_before_digits")) <= scales


# --- Italian future and passive auxiliaries after a count whose noun is left out ----------------

@pytest.mark.parametrize("text, expected", [
    ("Dei 60 profughi sbarcati, 25 verranno trasferiti a Bari e gli altri 35 saranno ospitati "
     "a Lecce.", [60, 25, 35]),
    ("Dei 12 feriti, 4 vengono curati a Catania.", [12, 4]),
    ("Il comune ha stanziato 30 milioni, 20 verranno spesi per il porto.", []),  # money
])
def test_italian_future_and_passive_after_an_elided_count(text, expected):
    assert values(text) == expected
