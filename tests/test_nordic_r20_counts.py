"""Counts of people and their speakers in the Nordic, Finnic and Baltic languages (round 20, the
'nordic' rule writer), on sentences written for these tests, each of which read no count (or the
wrong speaker) before its rule:

- Norwegian and Danish "to" (two), "fire" (four), "ni", "ti", Swedish "tio", "sex": common words
  of other languages, read as numbers only in a sentence that shows a mark of their own language
  (helpers.cued_numbers, cued_number_words.csv, number_word_cues.csv); the excerpt keeps the
  word as printed;
- the case and gender forms of the Icelandic numerals two to four ("tvo", "tvær", "þrjú",
  "fjögur": number_words.csv);
- compounds whose last part is the plural of "man" ("lögreglumenn", "ökumenn", "brandmænd",
  "tjänstemän", "poliisimiestä": people_compound_endings.csv);
- Icelandic "voru" after a count whose noun is left out (elided_past_tenses.csv), "of them"
  in Icelandic, Nynorsk, Estonian, Latvian and Lithuanian (of_them.csv), and "andre" / "andra"
  / "aðrir" (others) after a count (more_after_number.csv);
- Nordic, Finnic and Baltic pronouns that refer back to the last speaker ("sier hun", "segir
  hann": speaker_pronouns.csv) and Nordic verbs of saying ("forteller", "fortæller", "seier",
  "berättar": verbs_of_saying.csv)."""

from __future__ import annotations

import pytest
from conftest import speakers

from helpers.quantities import figures_in


def values(text: str) -> list[float]:
    return [f["value"] for f in figures_in(text)]


@pytest.mark.parametrize("text, expected", [
    ("To personer er sendt til sykehus med ukjent skadeomfang.", [2]),  # Norwegian
    ("Politiet har pågrepet fire personer etter slagsmålet.", [4]),
    ("Ni personer ble drept i angrepet.", [9]),
    ("Ti personer ble evakuert fra huset.", [10]),
    ("To mænd er anholdt efter røveriet.", [2]),  # Danish
    ("Det var fire personer i bilen.", [4]),  # only words Norwegian shares with Swedish
    ("Tio personer greps av polisen i natt.", [10]),  # Swedish
    ("Sex personer skadades i olyckan.", [6]),
    ("Sex manns slösuðust í árekstrinum.", [6]),  # Icelandic
])
def test_cued_number_words_in_their_own_language(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("He went to the police with two friends.", [2]),  # English "to"
    ("Soldiers opened fire on the crowd and killed 12 people.", [12]),  # English "fire"
    ("Sex workers said ten people were arrested.", [10]),  # English "sex"
    ("Nie ma to znaczenia, dwie osoby zginęły.", [2]),  # Polish "to"
    ("Ni les policiers ni les témoins n'ont parlé.", []),  # French "ni"
    ("Har ni barn?", []),  # Swedish "ni" (you)
    ("Ti ho visto ieri con i tuoi amici.", []),  # Italian "ti"
])
def test_cued_number_words_are_no_numbers_in_other_languages(text, expected):
    assert values(text) == expected


def test_a_cued_number_keeps_its_word_in_the_excerpt():
    found = figures_in("Politiet har pågrepet fire personer og to andre ble kjørt til sykehus.")
    assert [(f["value"], f["excerpt"]) for f in found] == [(4, "fire personer"), (2, "to")]


@pytest.mark.parametrize("text, expected", [
    ("Lögreglan handtók tvo menn um helgina.", [2]),
    ("Tvær konur létust og tvö börn slösuðust.", [2, 2]),
    ("Þrjár konur og þrjú börn voru flutt á sjúkrahús.", [3, 3]),
    ("Fjórar konur og fjögur börn björguðust.", [4, 4]),
    ("Lögreglan handtók fjóra menn.", [4]),
])
def test_icelandic_numerals_in_their_case_and_gender_forms(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Eftir átökin þurftu fjórir lögreglumenn að leita á slysadeild.", [4]),  # Icelandic
    ("Lögreglan handtók tvo ökumenn um helgina.", [2]),
    ("Tre brandmænd blev såret under slukningen.", [3]),  # Danish
    ("Fem politimenn ble skadet.", [5]),  # Norwegian
    ("Fem tjänstemän greps av polisen.", [5]),  # Swedish
    ("Kolme poliisimiestä loukkaantui.", [3]),  # Finnish
    ("Zwölf Feuerwehrleute wurden verletzt.", [12]),  # German
    ("Kolme tämän vuoden aikana avatuista kouluista suljettiin.", []),  # Finnish genitive
])
def test_compounds_ending_in_the_plural_of_man_count_people(text, expected):
    assert values(text) == expected


def test_icelandic_voru_after_a_count_whose_noun_is_left_out():
    text = "Fjórir lögreglumenn fóru á slysadeild. Þrír voru útskrifaðir eftir skoðun."
    assert values(text) == [4, 3]


@pytest.mark.parametrize("text, expected", [
    ("Þrír þeirra voru handteknir á vettvangi.", [3]),  # Icelandic
    ("To av dei vart sende til sjukehus.", [2]),  # Norwegian Nynorsk
    ("Kaks neist said raskelt vigastada.", [2]),  # Estonian
    ("Divi no viņiem ir gājēji.", [2]),  # Latvian
    ("Trys iš jų žuvo.", [3]),  # Lithuanian
])
def test_of_them_after_a_count(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Politiet har pågrepet fire personer og to andre ble kjørt til sykehus.", [4, 2]),
    ("Politiet kontrollerer tre personer, mens to andre er sendt til sykehus.", [3, 2]),
    ("Tre personer dog och två andra fördes till sjukhus.", [3, 2]),  # Swedish
    ("Fimm menn voru handteknir og tveir aðrir voru fluttir á sjúkrahús.", [5, 2]),  # Icelandic
    ("Fire personer er pågrepet. To andre biler hadde kjørt fra stedet.", [4]),  # two cars
])
def test_others_after_a_count_whose_noun_is_left_out(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("paragraphs, speaker", [
    (("Operasjonsleder Kari Nordmann sier at situasjonen er uoversiktlig.",
      "Vi har pågrepet fem personer, sier hun."), "Kari Nordmann"),
    (("Vagtchef Mette Hansen bekræfter anholdelserne.",
      "Vi har anholdt fem personer, siger hun."), "Mette Hansen"),
    (("Jón Jónsson yfirlögregluþjónn segir að málið sé í rannsókn.",
      "Fimm menn voru handteknir, segir hann."), "Jón Jónsson"),
])
def test_a_nordic_pronoun_after_the_verb_is_the_last_speaker(paragraphs, speaker):
    found = speakers(*paragraphs)
    assert found and speaker in found[-1][1]


@pytest.mark.parametrize("text, speaker", [
    ("Fem personer ble sendt til sykehus, forteller operasjonsleder Kari Nordmann til NTB.",
     "Kari Nordmann"),
    ("Fem menn vart sende til sjukehus, seier operasjonsleiar Kari Nordmann.",
     "Kari Nordmann"),
    ("Fem personer er anholdt, fortæller vagtchef Jens Hansen.", "Jens Hansen"),
    ("Fem personer greps, berättar polisens presstalesperson Anna Svensson.", "Anna Svensson"),
])
def test_nordic_verbs_of_saying_close_a_sentence_with_their_speaker(text, speaker):
    found = speakers(text)
    assert found and speaker in found[-1][1]


@pytest.mark.parametrize("text", [
    "Solskjær said he had spoken to players after the defeat.",  # a Norwegian name
    "The boat sailed from Tromsø and sent a message to fishermen.",  # a Norwegian place
    "Police in Malmö said sex offenders were being monitored.",  # a Swedish place
    "Det. Smith said fire victims were taken to hospital.",  # "Det." for Detective
    "Polis sex işçileri gözaltına aldı.",  # Turkish writes "ö"
])
def test_a_name_or_a_shared_word_is_no_mark_of_the_language(text):
    assert values(text) == []


@pytest.mark.parametrize("text, speaker", [
    ("Ho said 30 people had been taken to hospital.", "Ho"),  # not Nynorsk "ho" (she)
    ("Thirty people were hurt, said Hon.", "Hon"),  # not Swedish "hon" (she)
    ("Kazada 12 kişi öldü, sade bir cenaze töreni yapıldı.", ""),  # Turkish "sade" (plain)
])
def test_a_nordic_pronoun_or_verb_that_is_a_word_elsewhere_is_not_read(text, speaker):
    from helpers.attribution import Attribution, attribute
    assert attribute(text, Attribution()).speaker == speaker
