"""Classes found where the header, figure and furniture rules of round 6 met each other's pages
(issue 12, points 1, 2, 4 and 5), on text written for these tests: a date stamp run into the
lead, a date line under the headline older than the events, an attributed wire sentence closed
by its credit."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.cleaning import clean
from helpers.datelines import date_line
from helpers.quantities import figures_in

HEADLINE = "Flood toll rises in the north"
LEAD = ("Officials said on Monday that the death toll from the floods had risen to 120 people,"
        " with 40 still missing.")
MORE = "Rescue teams reached the last villages cut off by the water, the ministry said."


def _words_in_body(art, sentence: str) -> bool:
    return " ".join(sentence.split()) in " ".join(" ".join(art.paragraphs).split())


@pytest.mark.parametrize("stamp", ["August 3, 2014", "3 August 2014", "03.08.2014"])
def test_a_date_stamp_run_into_the_lead_is_split_from_it(stamp):
    art = clean(f"{HEADLINE}\n{stamp}{LEAD}\n{MORE}\n")
    assert _words_in_body(art, LEAD)
    assert art.date is not None and art.date.date == dt.date(2014, 8, 3)
    assert not any(p.startswith(stamp) for p in art.paragraphs)


@pytest.mark.parametrize("line", [
    "In 2014Chinese officials said the toll had risen to 120 people.",  # no stamp: a year alone
    "August 3, 2014 Chinese officials said the toll had risen to 120 people.",  # a space: no glue
])
def test_a_year_in_the_lead_is_no_glued_stamp(line):
    art = clean(f"{HEADLINE}\n{line}\n{MORE}\n")
    assert _words_in_body(art, line)


def test_a_date_line_below_the_headline_is_the_date_however_old_the_events():
    body = ("The court sentenced the two men on Wednesday. They had left for Syria in March 2009"
            " and came back in 2010, the court said.")
    art = clean(f"{HEADLINE}\n\n30.11.2023\n\n{body}\n")
    assert art.date is not None and art.date.date == dt.date(2023, 11, 30)


def test_a_site_clock_above_the_headline_years_late_is_still_no_date():
    body = ("The court sentenced the two men on Wednesday. They had left for Syria in March 2009"
            " and came back in 2010, the court said.")
    art = clean(f"Tuesday, 30 November 2023\n\n{HEADLINE}\n\n{body}\n")
    assert art.date is None


@pytest.mark.parametrize("credit", ["(Xinhua/NAN)", "(Reuters)", "(AFP/dpa)"])
def test_a_sentence_closed_by_its_speaker_and_a_wire_credit_stays_in_the_body(credit):
    said = "Turkey holds nearly 1,200 foreign fighters in custody, the minister said."
    page = f"{HEADLINE}\n\n{LEAD}\n\n{said} {credit}\n\n{MORE}\n\n{MORE[:40]} later on.\n\nShare\n"
    assert _words_in_body(clean(page), said)


@pytest.mark.parametrize("caption", [
    "Police officers stand guard outside the court in Ankara. (Xinhua/NAN)",
    "Rescuers search the rubble, officials said. (AP Photo/Jane Roe)",
])
def test_a_caption_with_its_credit_still_leaves_the_body(caption):
    page = f"{HEADLINE}\n\n{LEAD}\n\n{caption}\n\n{MORE}\n\n{MORE[:40]} later on.\n\nShare\n"
    assert not _words_in_body(clean(page), caption.rsplit(" (", 1)[0])


def test_a_headline_below_a_date_line_and_above_a_photo_credit_is_no_caption():
    page = (f"05 March 2019 at 08:00\n\n{HEADLINE}\n\nPhoto: Example Press/Jane Roe\n\n"
            f"{LEAD}\n\n{MORE}\n")
    assert clean(page).title == HEADLINE


def test_a_short_line_between_body_text_and_a_photo_credit_is_still_a_caption():
    page = (f"{HEADLINE}\n\n{LEAD}\n\nRescuers at work\n\nPhoto: Example Press/Jane Roe\n\n"
            f"{MORE}\n")
    assert "Rescuers at work" not in clean(page).paragraphs


@pytest.mark.parametrize("span", ["3-14 juin 2019", "3–14 June 2019", "3 - 14 June 2019"])
def test_a_span_of_days_above_the_headline_is_no_title_and_no_date(span):
    art = clean(f"{span}\n{HEADLINE}\n{LEAD}\n{MORE}\n")
    assert art.title == HEADLINE
    assert art.date is None


@pytest.mark.parametrize("form", [
    ("Email This Article", "Your Name:", "Your Email:",
     "9 + 5 = ?: (Required) Please type in the correct answer to the math question.",
     "You are sending a link to..."),
    ("Please enter the answer to the security question.", "You are sharing this article"),
])
def test_an_email_this_article_form_above_the_headline_is_furniture(form):
    art = clean("\n".join([*form, HEADLINE, LEAD, MORE]) + "\n")
    assert art.title == HEADLINE
    assert not any("sending a link" in p or "question" in p for p in art.paragraphs)


@pytest.mark.parametrize("heading", ["Media Statement", "Press Release", "Comunicado de prensa",
                                     "Pressemitteilung", "Joint Statement"])
def test_a_document_heading_above_the_lead_is_its_title(heading):
    assert clean(f"{heading}\n\n{LEAD}\n\n{MORE}\n").title == heading


@pytest.mark.parametrize("label", ["Middle East", "Kenya", "Press Freedom"])
def test_a_section_label_above_the_lead_is_still_no_title(label):
    assert clean(f"{label}\n\n{LEAD}\n\n{MORE}\n").title is None


@pytest.mark.parametrize("credit", ["par France 24 FR", "von Anna Lehmann", "di Marco Rossi"])
def test_a_credit_below_the_headline_is_no_rest_of_it(credit):
    assert clean(f"{HEADLINE}\n{credit}\n{LEAD}\n{MORE}\n").title == HEADLINE


def test_a_headline_broken_over_two_lines_is_still_joined():
    art = clean(f"Army arrests IS fighters'\nparents, terror suspects\n\n{LEAD}\n\n{MORE}\n")
    assert art.title == "Army arrests IS fighters' parents, terror suspects"


@pytest.mark.parametrize("line", ["Politics Materials 25 January 2013 11:14 (UTC +04:00)",
                                  "25 January 2013 11:14 (GMT-5)", "Ain Issa 25 Jan 2013"])
def test_a_date_line_with_a_zone_or_a_label_below_the_headline_is_the_date(line):
    art = clean(f"{HEADLINE}\n\n{line}\n\n{LEAD}\n\n{MORE}\n")
    assert art.date is not None and art.date.date == dt.date(2013, 1, 25)
    assert art.title == HEADLINE


@pytest.mark.parametrize("line", ["25 January 2013 (Reuters)", "25 January 2013 (UTC)",
                                  "25 January 2013 11:14 (seen 4 times)"])
def test_a_date_with_other_words_in_brackets_is_no_date_line(line):
    assert date_line(line) is None


@pytest.mark.parametrize(("sentence", "value", "population"), [
    ("Os campos acolhem mais de 64.000 pessoas, a maioria mulheres.", 64000, "pessoas"),
    ("Foram repatriados 12 crianças e 3 mulheres.", 12, "crianças"),
    ("Unter den 25 Rückkehrern sind sieben Frauen.", 25, "Rückkehrern"),
])
def test_portuguese_and_german_people_nouns_count(sentence, value, population):
    rows = figures_in(sentence)
    assert (value, population) in [(r["value"], r["population"]) for r in rows]


@pytest.mark.parametrize("sentence", ["O hotel custa 64.000 euros por ano.",
                                      "A obra durou 12 anos e 3 meses."])
def test_portuguese_counts_of_things_are_no_people(sentence):
    assert figures_in(sentence) == []


@pytest.mark.parametrize("sentence", [
    "It was a curious cargo: No bombs, no munitions, no troops, only women and children.",
    "There were no weapons, no soldiers and no flags at the ceremony.",
    "There are no casualties among civilians, the source said.",
    "No fatalities were reported after the blast.",
])
def test_a_list_of_things_absent_or_no_harm_counts_no_one(sentence):
    assert figures_in(sentence) == []


@pytest.mark.parametrize("sentence", ["No Kazakhstanis were left in the camps, the ministry said.",
                                      "There were no such cases, the ministry said.",
                                      "No Syrians have returned this year."])
def test_a_count_of_no_one_outside_a_list_is_still_read(sentence):
    assert [r["value"] for r in figures_in(sentence)] == [0.0]


def test_a_harm_noun_after_a_number_still_counts():
    assert [r["value"] for r in figures_in("Two casualties were taken to hospital.")] == [2.0]


def test_a_site_slogan_above_the_headline_printed_twice_is_no_title():
    page = (f"Rus Eng\n\nFederal Example League\nNational and Cultural Autonomy\n\nYour Login\n\n"
            f"{HEADLINE}\n\n{HEADLINE}\n\n{LEAD}\n\n{MORE}\n")
    assert clean(page).title == HEADLINE


def test_a_headline_printed_twice_below_itself_is_still_the_title():
    page = f"Example News\n\n{HEADLINE}\n\n{HEADLINE}\n\n{LEAD}\n\n{MORE}\n"
    assert clean(page).title == HEADLINE


def test_a_sentence_printed_twice_below_the_headline_leaves_it_the_title():
    page = f"{HEADLINE}\n\n{LEAD}\n\n{LEAD}\n\n{MORE}\n"
    assert clean(page).title == HEADLINE


@pytest.mark.parametrize(("sentence", "value"), [
    ("Na Kosovo sa vrátilo okolo 300 občanov Kosova.", 300),  # Slovak
    ("Medzi nimi bolo šesť žien a 12 detí.", 6),
    ("U grupi od 110 povratnika ima 32 žene i 74 djece.", 110),  # Bosnian
    ("Policija je uhapsila četiri lica.", 4),
    ("Domov se je vrnilo približno 300 prebivalcev Kosova.", 300),  # Slovenian
])
def test_slovak_bosnian_and_slovenian_counts_of_people(sentence, value):
    assert value in [r["value"] for r in figures_in(sentence)]


@pytest.mark.parametrize("sentence", ["Sud je izrekao kaznu od šest godina zatvora.",
                                      "Trest bol sedem rokov väzenia."])
def test_slavic_counts_of_years_are_no_people(sentence):
    assert figures_in(sentence) == []


@pytest.mark.parametrize(("sentence", "low", "high"), [
    ("Entre 20.000 y 30.000 combatientes se unieron al grupo.", 20000, 30000),
    ("Zwischen 1.500 und 1.800 Kämpfer sind zurückgekehrt.", 1500, 1800),
    ("Between 1,500 and 3,000 fighters have returned.", 1500, 3000),
])
def test_a_range_with_dots_between_thousands_reads_its_ends_whole(sentence, low, high):
    rows = figures_in(sentence)
    assert [(r["low"], r["high"]) for r in rows] == [(low, high)]


def test_a_range_of_decimals_keeps_its_decimal_points():
    rows = figures_in("Between 2.5 and 3.5 people per household were counted.")
    assert all(r["high"] != 3500 for r in rows)


@pytest.mark.parametrize(("sentence", "value"), [
    ("De ellos, 760 volvieron a su país.", 760),  # Spanish
    ("Los 400 ya han vuelto a Rusia.", 400),
    ("Finora 47 hanno perso la vita in Siria.", 47),  # Italian
    ("Di questi 28 avrebbero fatto rientro in Italia.", 28),
    ("Parmi eux, 15 ont également regagné la Tunisie.", 15),  # French
    ("Desde então, 12 voltaram a Portugal.", 12),  # Portuguese
])
def test_a_count_whose_noun_is_left_out_before_a_verb_of_return_or_death(sentence, value):
    assert [r["value"] for r in figures_in(sentence)] == [value]


@pytest.mark.parametrize("sentence", ["Unos 20 volvieron a intentar el cruce.",
                                      "En 2015 volvieron muchos a casa.",
                                      "Los precios de 2014 volvieron a subir."])
def test_volver_a_before_an_infinitive_or_a_year_is_no_count(sentence):
    assert figures_in(sentence) == []


@pytest.mark.parametrize(("sentence", "value"), [
    ("Deux cents enfants de jihadistes vont passer l'hiver au camp.", 200),
    ("Trois cents personnes sont mortes.", 300),
])
def test_french_hundreds_in_words(sentence, value):
    assert [r["value"] for r in figures_in(sentence)] == [value]


@pytest.mark.parametrize("sentence", ["It costs 20 cents per person.",
                                      "Le chômage touche 12 pour cent des habitants."])
def test_cents_of_money_and_per_cent_are_no_people(sentence):
    assert figures_in(sentence) == []


def _estimates(text: str):
    from helpers.estimates import document_estimates
    from helpers.segment import split_sentences
    from helpers.speakers import attributions
    sentences = split_sentences(text)
    said = attributions(sentences, [0] * len(sentences))
    return document_estimates("d", "", "", [f"d:{k}" for k in range(len(sentences))],
                              sentences, [0] * len(sentences), said)


def test_turkish_parts_of_a_group_printed_before_it_are_its_counts():
    rows = _estimates("Bu kapsamda 5’i Almanya, 3’ü Fransa, 2’si Belçika olmak üzere 12 yabancı"
                      " terörist savaşçı sınır dışı edildi.")
    assert [r["value"] for r in rows][:4] == [5, 3, 2, 12]
    assert rows[0]["population"].endswith("(Almanya)")


@pytest.mark.parametrize("text", [
    "Bu kapsamda 50’si Almanya, 30’u Fransa olmak üzere 12 yabancı terörist savaşçı gönderildi.",
    "Türkiye’nin 2’si Ankara ve İstanbul olmak üzere 81 ili var.",  # no count of people after
    "The 1990’s saw 12 refugees arrive.",
])
def test_parts_that_add_up_to_more_than_the_group_or_have_none_are_no_counts(text):
    assert [r["value"] for r in _estimates(text)] in ([12], [])


@pytest.mark.parametrize(("sentence", "values"), [
    ("O grupo decapitou quatro reféns.", [4]),
    ("Há mais de 300 europeus no grupo.", [300]),
    ("Ela viajou com dois filhos e as duas filhas.", [2, 2]),
    ("Morreram três mulheres e vinte homens.", [3, 20]),
])
def test_portuguese_number_words_and_people_nouns(sentence, values):
    assert [r["value"] for r in figures_in(sentence)] == values


@pytest.mark.parametrize("sentence", ["Ele tem sete anos.", "Custou dez milhões de euros.",
                                      "A viagem durou doze dias."])
def test_portuguese_ages_money_and_durations_are_no_people(sentence):
    assert figures_in(sentence) == []


@pytest.mark.parametrize(("sentence", "value"), [
    ("La policía detuvo a seis miembros activos de la célula.", 6),
    ("Una célula compuesta por siete supuestos yihadistas.", 7),
    ("Sono 13 estremisti.", 13),
    ("Er zijn twee Nederlandse weeskinderen teruggehaald.", 2),
    ("Deux députés de l'opposition ont voyagé.", 2),
    ("Zwei mutmaßliche Dschihadisten wurden festgenommen.", 2),
])
def test_member_nouns_and_alleged_before_a_people_noun(sentence, value):
    assert [r["value"] for r in figures_in(sentence)] == [value]


def test_alleged_before_a_thing_is_no_count():
    assert figures_in("Se confiscaron siete supuestos cuchillos.") == []


@pytest.mark.parametrize("sentence", ["Ke-18 WNI tersebut kini menjalani pemeriksaan.",
                                      "Polisi mendata ke-18 WNI itu juga."])
def test_indonesian_ke_before_a_number_and_its_noun_gathers_them(sentence):
    assert [r["value"] for r in figures_in(sentence)] == [18]


@pytest.mark.parametrize("sentence", ["WNI ke-18 tersebut tiba di Jakarta.",
                                      "Pada hari ke-18 mereka tiba.",
                                      "Two F-16 jets and Covid-19 cases were reported."])
def test_an_ordinal_after_its_noun_and_glued_codes_are_no_counts(sentence):
    assert figures_in(sentence) == []


@pytest.mark.parametrize(("sentence", "value"), [
    ("Ia pulang bersama dua anaknya.", 2),  # Indonesian
    ("Više od 70 njih se vratilo.", 70),  # Bosnian "of them"
    ("Od njih, 120 sa vrátilo domov.", 120),  # Slovak "returned"
])
def test_indonesian_kin_bosnian_of_them_and_slavic_return_verbs(sentence, value):
    assert [r["value"] for r in figures_in(sentence)] == [value]


def test_a_slavic_return_verb_after_a_year_is_no_count():
    assert figures_in("V roku 2015 sa vrátilo veľa ľudí.") == []


def test_a_label_printed_twice_around_body_text_leaves_the_headline_the_title():
    label = "Weather in the valleys"
    page = "\n\n".join([HEADLINE, LEAD, label, MORE, label]) + "\n"
    assert clean(page).title == HEADLINE


@pytest.mark.parametrize(("sentence", "value"), [
    ("Del total de 3400 rusos que se unieron al grupo, 400 ya han vuelto.", 3400),
    ("Sono tornati 20 italiani dalla Siria.", 20),
    ("Foram repatriados 7 belgas.", 7),
])
def test_spanish_italian_and_portuguese_demonyms_count(sentence, value):
    assert value in [r["value"] for r in figures_in(sentence)]


@pytest.mark.parametrize("sentence", ["Llegaron 3 aviones rusos y 12 tanques turcos.",
                                      "Os 4 carros alemães chegaram."])
def test_a_demonym_after_a_thing_is_no_count(sentence):
    assert figures_in(sentence) == []


def test_parts_of_a_group_with_the_noun_left_out_take_the_group_named_before():
    rows = figures_in("Returnees included 400 of the 3,417 fighters from Russia, 760 of the 3,244"
                      " from Saudi Arabia and 800 of the 2,926 from Tunisia.")
    assert [r["value"] for r in rows] == [400, 3417, 760, 3244, 800, 2926]
    assert {r["population"] for r in rows[2:]} == {"fighters"}




def test_of_the_with_no_group_named_before_takes_no_population_from_nowhere():
    rows = figures_in("Officials said 760 of the 3,244 from Saudi Arabia had returned.")
    assert all(r["population"] != "fighters" for r in rows)


def test_a_part_of_a_group_that_names_its_own_noun_is_no_elided_count():
    rows = figures_in("Four of the 12 returned home, but four of the 12 countries refused.")
    assert [r["value"] for r in rows] == [4]


@pytest.mark.parametrize("sentence", [
    "Four of the 12 returned home, but four of the 3,244 countries refused.",
    "Four of the 12 returned home, but four of the 3244 countries refused.",
])
def test_a_part_of_a_group_of_thousands_that_names_its_own_noun_is_no_elided_count(sentence):
    assert [r["value"] for r in figures_in(sentence)] == [4]
