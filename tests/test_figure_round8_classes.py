"""Counts of people by class, round 8 (issue 12, point 5): protest, trial and rescue nouns of
several languages, a scale word glued to its digits ("3mila"), and the Spanish number "dos" that
is the Portuguese "of the". Sentences written for these tests in the manner of news reports
(none is a seed's or a real page's), each class with near misses."""

from __future__ import annotations

import pytest

from helpers.quantities import figures_in


def read(text: str) -> list[tuple]:
    return [(f["value"], f["population"]) for f in figures_in(text)]


# --- people nouns of protests, trials, rescues ---------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Volgens de politie liepen 12.000 demonstranten mee.", [(12000, "demonstranten")]),
    ("Er waren ongeveer 800 betogers en 40 deelnemers van buiten de stad.",
     [(800, "betogers"), (40, "deelnemers")]),
    ("Laut Polizei kamen 3000 Demonstranten und 150 Teilnehmerinnen.",
     [(3000, "Demonstranten"), (150, "Teilnehmerinnen")]),
    ("Selon les syndicats, 45 000 manifestants ont défilé.", [(45000, "manifestants")]),
    ("Unos 2.000 manifestantes marcharon hasta la plaza.", [(2000, "manifestantes")]),
    ("In piazza 5000 manifestanti e 300 partecipanti al sit-in.",
     [(5000, "manifestanti"), (300, "partecipanti")]),
    ("Около 700 демонстрантов собрались у здания.", [(700, "демонстрантов")]),
    ("Sekitar 400 demonstran dan 20 peserta aksi berkumpul.", [(400, "demonstran"),
                                                               (20, "peserta")]),
    ("Meydanda 2 bin gösterici toplandı.", [(2000, "gösterici")]),
])
def test_protest_nouns_of_several_languages(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("O processo tem nove arguidos e dois réus já condenados.", [(9, "arguidos"), (2, "réus")]),
    ("Nell'elenco ci sono 500 prigionieri e 12 ostaggi.", [(500, "prigionieri"),
                                                          (12, "ostaggi")]),
    ("Das Beben forderte 23 Todesopfer.", [(23, "Todesopfer")]),
    ("Ранее сообщалось о 12 пропавших, помощь оказана 90 человекам.",
     [(12, "пропавших"), (90, "человекам")]),
    ("Ada lima tokoh yang ditangkap.", []),  # "lima" alone is no number (Lima)
    ("Ada tujuh tokoh IS asal Jawa.", [(7, "tokoh")]),
    ("A cheia deixou 14 vítimas e 60 resgatados.", [(14, "vítimas"), (60, "resgatados")]),
])
def test_trial_disaster_and_rescue_nouns(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text", [
    "Der Prozess dauerte 40 Verhandlungstage mit 3 Teilnahmen.",
    "Il corteo ha percorso 5 chilometri in 3 ore.",
    "Bu yıl 12 gösteri yapıldı.",
    "Всего проведено 14 демонстраций.",
])
def test_protest_near_misses_count_no_one(text):
    assert read(text) == []


# --- a scale word glued to the digits ------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Sono più di 3mila i foreign fighters partiti dall'Europa.", [3000]),
    ("Vennero identificati 12mila combattenti e 2,5mila donne.", [12000, 2500]),
    ("Il bilancio sale a 29mila sfollati.", [29000]),
])
def test_a_scale_word_glued_to_its_digits(text, expected):
    assert [f["value"] for f in figures_in(text)] == expected


def test_glued_letters_that_are_no_scale_count_no_one():
    assert read("La 3a compagnia e il 5km di corsa: 40 persone.") == [(40, "persone")]


# --- Spanish "dos" (two) is the Portuguese "of the" ----------------------------------------------

@pytest.mark.parametrize("text", [
    "O julgamento dos terroristas começa esta terça-feira.",
    "Um dos detidos foi libertado.",
    "A maioria dos migrantes não tinha documentos.",
    "A polícia ouviu os pais dos jovens em Lisboa.",
])
def test_portuguese_dos_is_no_number(text):
    assert read(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Murieron dos migrantes y otros tres resultaron heridos.", [2, 3]),
    ("Los dos detenidos pasaron a disposición judicial.", [2]),
    ("Foram detidos dois homens e duas mulheres.", [2, 2]),
])
def test_spanish_dos_and_portuguese_dois_still_count(text, expected):
    assert [f["value"] for f in figures_in(text)] == expected


# --- counts whose noun is left out, in other languages (population: the group named before) ----

@pytest.mark.parametrize("text, expected", [
    ("Von den 900 Ausgereisten sind rund 300 zurückgekehrt, etwa 150 kamen ums Leben.",
     [(900, "Ausgereisten"), (300, "Ausgereisten"), (150, "Ausgereisten")]),
    ("Die 80 Rückkehrer leben in Hessen, 20 davon sitzen in Haft.",
     [(80, "Rückkehrer"), (20, "Rückkehrer")]),
    ("Van de 250 uitreizigers zijn er 45 teruggekeerd en 70 omgekomen.",
     [(250, "uitreizigers"), (45, "uitreizigers"), (70, "uitreizigers")]),
    ("Sono 4mila i combattenti: 900 dalla Francia, 300 da Belgio e Olanda.",
     [(4000, "i combattenti"), (900, "combattenti"), (300, "combattenti")]),
    ("I 60 foreign fighters partiti, e otto di essi sono tornati.",
     [(60, "foreign fighters"), (8, "foreign fighters")]),
    # "N of them" keeps its own words as the group, as in English ("12 of them")
    ("Ada 9 WNI yang ditahan, 4 diantaranya perempuan.", [(9, "WNI"), (4, "diantaranya")]),
    ("В области погибли 120 человек, в том числе 30 — на пожарах, 14 — утонули.",
     [(120, "человек"), (30, "человек"), (14, "человек")]),
    ("Спасли 400 человек, в том числе на воде — 55, в горах — 12.",
     [(400, "человек"), (55, "человек"), (12, "человек")]),
    ("Operasyonda 22 Şüpheli Yakalandı, 9'u Tutuklandı",
     [(22, "Şüpheli"), (9, "Şüpheli")]),
])
def test_elided_nouns_of_other_languages(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a year or a day is no count, nor a part of things
    ("Die drei Männer wurden 2015 festgenommen.", [(3, "Männer")]),
    ("De 12 verdachten zijn in 2018 gearresteerd.", [(12, "verdachten")]),
    ("I 30 migranti sono partiti il 12 dalla Libia.", [(30, "migranti")]),
    ("I 30 migranti sono arrivati alle 12 da Lampedusa.", [(30, "migranti")]),
    ("14 şüpheli gözaltına alındı; 3 tabancanın 2'si ele geçirildi.", [(14, "şüpheli")]),
    ("14 şüpheli gözaltına alındı, 2019'da serbest bırakıldı.", [(14, "şüpheli")]),
    ("Погибли 315 человек; в 2019 — в ДТП.", [(315, "человек")]),
    # with no group named before, no count
    ("Im Jahr 2016 sind 50 zurückgekehrt.", []),
    ("Всего на воде — 102, на пожарах — 48.", []),
])
def test_elided_near_misses(text, expected):
    assert read(text) == expected


# --- ranges with "between" in Italian and Russian -------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Tra i 500 e i 700 combattenti sono partiti.", (600, 500, 700)),
    ("Fra 20 e 30 persone sono state evacuate.", (25, 20, 30)),
    ("Задержаны между 40 и 60 человек.", (50, 40, 60)),
])
def test_between_ranges_in_italian_and_russian(text, expected):
    (row,) = figures_in(text)
    assert (row["value"], row["low"], row["high"], row["qualifier"]) == (*expected, "range")


def test_a_span_of_years_with_tra_counts_no_one():
    assert read("Tra il 2013 e il 2015 partirono 300 persone.") == [(300, "persone")]


# --- kin words after possessives in other languages -----------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Sus 12 hijos y sus tres nietos regresaron.", [(12, "hijos"), (3, "nietos")]),
    ("I suoi 4 figli e le sue tre figlie sono rientrati.", [(4, "figli"), (3, "figlie")]),
    ("Ses deux neveux et ses 5 petits-enfants sont rentrés.", [(2, "neveux"),
                                                              (5, "petits-enfants")]),
    ("Его три сыновей и 2 дочерей вернули.", [(3, "сыновей"), (2, "дочерей")]),
])
def test_kin_words_after_possessives(text, expected):
    assert read(text) == expected


# --- spelled numbers written as one word (German, Dutch, Italian) --------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Vierundzwanzig Menschen starben, dreihundert Flüchtlinge kamen an.", [24, 300]),
    ("Vijfenveertig mensen en drieëntwintig kinderen werden gered.", [45, 23]),
    ("Tweehonderd vluchtelingen en achtentachtig kinderen.", [200, 88]),
    ("Quarantacinque persone, ventitré bambini e ventotto donne.", [45, 23, 28]),
    ("Ventuno morti e trecento sfollati.", [21, 300]),
])
def test_spelled_numbers_written_as_one_word(text, expected):
    assert [f["value"] for f in figures_in(text)] == expected


@pytest.mark.parametrize("text", [
    "Der Einundzwanzigste Bezirk liegt im Norden.",  # an ordinal, no count
    "Im Jahr neunzehnhundertneunzig gab es keine Toten.",
    "La squadra ha vinto ventuno a dodici.",
])
def test_one_word_spelled_numbers_near_misses(text):
    assert figures_in(text) == []


# --- common people nouns of several languages ----------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Pada 3 Maret tiba 40 migran dan 12 wisatawan.", [(40, "migran"), (12, "wisatawan")]),
    ("Kazada 40 polis ve 3 yolcu yaralandı.", [(40, "polis"), (3, "yolcu")]),
    ("L'accident a fait 12 passagers blessés et 30 élèves choqués.",
     [(12, "passagers"), (30, "élèves")]),
    ("Rescataron a 45 trabajadores y 6 turistas.", [(45, "trabajadores"), (6, "turistas")]),
    ("Sono morti 7 civili e 2 poliziotti.", [(7, "civili"), (2, "poliziotti")]),
    ("Die Polizei befreite 5 Geiseln und 200 Schüler.", [(5, "Geiseln"), (200, "Schüler")]),
    ("Er zijn 30 agenten en 12 gijzelaars.", [(30, "agenten"), (12, "gijzelaars")]),
])
def test_common_people_nouns_of_several_languages(text, expected):
    assert read(text) == expected


# --- "the number of X is / exceeds N" in Italian, Portuguese, Spanish, German ---------------------

@pytest.mark.parametrize("text, expected", [
    ("Il numero dei foreign fighters morti è di 75.", [75]),
    ("Il numero delle vittime è salito a 40.", [40]),
    ("O número de mortos subiu para 21.", [21]),
    ("O número de desalojados ultrapassa 300.", [300]),
    ("La cifra de muertos supera los 300.", [300]),
    ("Die Zahl der Flüchtlinge übersteigt 5000.", [5000]),
])
def test_the_number_of_people_is_or_exceeds(text, expected):
    assert [f["value"] for f in figures_in(text)] == expected


@pytest.mark.parametrize("text", [
    "Il numero degli sbarchi è di 300.",  # landings, not people
    "El número de casos supera los 300.",
    "La cifra de turistas asciende a 300 millones de euros.",  # money after "de"
    "Le nombre de touristes atteint 3 millions d’euros.",
    "Il numero dei turisti è di 2 milioni di euro.",
])
def test_the_number_of_things_or_money_counts_no_one(text):
    assert figures_in(text) == []


def test_money_in_other_currencies_counts_no_one_beside_a_count():
    assert read("Gastaron 300 dólares por 12 personas.") == [(12, "personas")]
    assert read("Штраф 300 рублей для 12 человек.") == [(12, "человек")]


# --- Ukrainian: number words (with any apostrophe), people nouns, "кількість ... зросла до" -------

@pytest.mark.parametrize("text, expected", [
    ("Туреччина заарештувала 12 росіян за зв'язки з ІДІЛ.", [(12, "росіян")]),
    ("Серед затриманих 5 жінок і 7 дітей.", [(5, "жінок"), (7, "дітей")]),
    ("Понад 300 українців повернулися додому.", [(300, "українців")]),
    ("Поліція затримала двох чоловіків і трьох жінок.", [(2, "чоловіків"), (3, "жінок")]),
    ("Загинули п’ять людей і дев'ять дітей.", [(5, "людей"), (9, "дітей")]),
    ("Евакуювали двісті пасажирів і тридцять мешканців.", [(200, "пасажирів"),
                                                           (30, "мешканців")]),
    ("Кількість загиблих зросла до 45.", [(45, "загиблих")]),
])
def test_ukrainian_counts(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text", [
    "П'ятниця, 12 березня: засідання перенесли.",
    "Кількість звернень зросла до 45.",
    "Штраф становить 300 гривень.",
])
def test_ukrainian_near_misses(text):
    assert read(text) == []


# --- Russian and Ukrainian: a count whose verb says it is people ("Двое погибли") ---------------

@pytest.mark.parametrize("text, expected", [
    ("Двое погибли, трое ранены.", [2, 3]),
    ("В результате 40 пострадали и 12 пропали без вести.", [40, 12]),
    ("Дванадцять загинули, п'ятеро поранені.", [12, 5]),
])
def test_russian_and_ukrainian_verbs_of_people(text, expected):
    assert [f["value"] for f in figures_in(text)] == expected


def test_a_year_before_such_a_verb_counts_no_one():
    assert read("В 2019 погибли 40 человек.") == [(40, "человек")]


# --- "only N" closing a clause, after a group named before ----------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("O processo tem nove arguidos, mas serão ouvidos apenas três, os únicos presentes.",
     [(9, "arguidos"), (3, "arguidos")]),
    ("Es gibt 40 Verdächtige, aber nur 3.", [(40, "Verdächtige"), (3, "Verdächtige")]),
])
def test_only_n_after_a_group(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Of the 300 fighters, only 2% returned.", [(300, "fighters")]),
    ("The 40 suspects were held for only 3 days.", [(40, "suspects")]),
    ("He has only 2.", []),
])
def test_only_n_near_misses(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("500 ile 700 arasında kişi hayatını kaybetti.", (600, 500, 700)),
    ("Saldırıda 3 ile 5 kişi yaralandı.", (4, 3, 5)),
])
def test_turkish_ranges_with_ile(text, expected):
    (row,) = figures_in(text)
    assert (row["value"], row["low"], row["high"], row["qualifier"]) == (*expected, "range")


@pytest.mark.parametrize("text, expected", [
    ("3 ile 5 yıl hapis cezası verildi; 12 şüpheli tutuklandı.", [(12, "şüpheli")]),
    ("2015 ile 2019 arasında 300 kişi gitti.", [(300, "kişi")]),
])
def test_turkish_ranges_of_years_count_no_one(text, expected):
    assert read(text) == expected
