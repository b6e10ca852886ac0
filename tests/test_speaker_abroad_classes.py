"""Speakers of counts in Arabic, Azerbaijani and Serbian / Montenegrin news (issue 12, point 6),
on sentences written for these tests: the Arabic verb before its subject, the Azerbaijani
"according to X's information" and "about this X said" pointing back at the sentence before,
Serbian "it was announced from X" and the feminine, neuter and plural verbs of saying."""

from __future__ import annotations

import pytest
from conftest import speakers


@pytest.mark.parametrize("text, speaker", [
    ("أعلنت وزارة الداخلية، اليوم الأحد، اعتقال 14 شخصا في العاصمة.", "وزارة الداخلية"),
    ("وقال المتحدث باسم الجيش إن 30 مسلحا قتلوا في الاشتباكات.", "المتحدث باسم الجيش"),
    ("ذكرت وكالة الأنباء الرسمية: أصيب 12 مدنيا في القصف.", "وكالة الأنباء الرسمية"),
])
def test_arabic_verb_before_its_subject(text, speaker):
    assert speakers(text)[0][1] == speaker


def test_arabic_sentence_without_a_verb_of_saying_names_nobody():
    assert speakers("مقتل 17 شخصا في حادث سير جنوب البلاد.") == [(17, "")]


def test_azerbaijani_according_to_and_pointing_back():
    assert speakers("Polisin məlumatına görə, 12 nəfər saxlanılıb.") == [(12, "Polis")]
    found = speakers("Yanğın nəticəsində 8 nəfər xəsarət alıb.",
                     "Bu barədə Fövqəladə Hallar Nazirliyindən məlumat verilib.")
    assert found[0][0] == 8 and "Fövqəladə Hallar Nazirliyi" in found[0][1]
    found = speakers("Əməliyyat zamanı 20 nəfər saxlanılıb. Bunu nazir Əli Həsənov deyib.")
    assert found[0][0] == 20 and "Əli Həsənov" in found[0][1]


@pytest.mark.parametrize("text, speaker", [
    ("U nesreći su povrijeđena četiri radnika, saopšteno je iz Uprave policije.",
     "Uprave policije"),
    ("Gradska policija saopštila je da je uhapšeno šest osoba.", "Gradska policija"),
    ("Ministarstvo zdravlja saopštilo je da je hospitalizovano 40 osoba.",
     "Ministarstvo zdravlja"),
])
def test_serbian_and_montenegrin_attributions(text, speaker):
    assert speakers(text)[0][1] == speaker


def test_a_sentence_before_an_azerbaijani_pointer_in_another_story_keeps_none():
    found = speakers("Yanğında 3 nəfər ölüb.", "Hava sabah yağışlı olacaq.")
    assert found == [(3, "")]


@pytest.mark.parametrize("text, speaker", [
    ("Rayon Polis İdarəsindən APA-ya verilən məlumata görə, 3 nəfər saxlanılıb.",
     "Rayon Polis İdarəsi"),
    ("Kako je saopšteno iz Gradske bolnice, 4 osobe su zadržane.", "Gradske bolnice"),
])
def test_given_by_x_and_as_announced_from_x(text, speaker):
    assert speakers(text)[0][1] == speaker


def test_according_to_first_information_names_nobody():
    assert speakers("Prema prvim informacijama, 13 osoba je lakše povređeno.") == [(13, "")]


@pytest.mark.parametrize("text, speaker", [
    ("Enligt polisen har 30 personer evakuerats.", "polisen"),
    ("Minst 12 personer ble skadet, sier politiet.", "politiet"),
    ("Смирнов посочи, че около 300 души са напуснали страната.", "Смирнов"),
    ("Die Feuerwehr sprach am Abend von 41 Verletzten.", "Die Feuerwehr"),
])
def test_scandinavian_bulgarian_and_german_speakers(text, speaker):
    assert speakers(text)[0][1] == speaker
