"""Header labels of round 14, on lines written for these tests: the labels of a publication date
and of an update in some thirty languages (lexicon date_labels.csv), among them the plain word
for 'Date' and labels of scripts whose words end in a vowel sign or tone mark (Devanagari,
Bengali, Tamil, Thai), and byline labels ('Written by', 'By', 'Author:') in as many
(lexicon byline_labels.csv)."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.bylines import labelled_byline
from helpers.cleaning import clean
from helpers.datelines import date_line

D = dt.date(2019, 3, 5)
P, U, OTHER = "published", "updated", "other"


@pytest.mark.parametrize("line, kind", [
    ("Datum: 05.03.2019", P), ("Fecha: 05.03.2019", P), ("Data: 05.03.2019", P),
    ("Tarih: 05.03.2019", P), ("TARİH: 05.03.2019", P), ("Tarix: 05.03.2019", P),
    ("Дата: 05.03.2019", P), ("Ημερομηνία: 05.03.2019", P), ("Dato: 05.03.2019", P),
    ("Kuupäev: 05.03.2019", P), ("Tanggal: 05.03.2019", P), ("Tarehe: 05.03.2019", P),
    ("التاريخ: 05.03.2019", P), ("תאריך: 05.03.2019", P), ("თარიღი: 05.03.2019", P),
    ("तारीख: 05.03.2019", P), ("তারিখ: 05.03.2019", P), ("日期：2019-03-05", P),
    ("Publiziert am 05.03.2019", P), ("Geändert am 05.03.2019", U),
    ("Paru le 05.03.2019", P), ("Dernière mise à jour : 05.03.2019", U),
    ("Postado em 05.03.2019", P), ("Última atualização: 05.03.2019", U),
    ("Publicat el 05.03.2019", P), ("Actualitzat: 05.03.2019", U),
    ("Inserito il 05.03.2019", P), ("Modificato il 05.03.2019", U),
    ("Laatst gewijzigd: 05-03-2019", U), ("Размещено: 05.03.2019", P),
    ("Изменено: 05.03.2019", U), ("Змінено: 05.03.2019", U), ("Публикувано на 05.03.2019", P),
    ("Dodano: 05.03.2019", P), ("Zmieniono: 05.03.2019", U), ("Upraveno: 05.03.2019", U),
    ("Izmijenjeno: 05.03.2019", U), ("ΔΗΜΟΣΙΕΥΣΗ: 05.03.2019", P),
    ("Përditësuar më 05.03.2019", U), ("Eklenme Tarihi: 05.03.2019", P),
    ("Güncellenme: 05.03.2019", U), ("Publicerat: 05.03.2019", P),
    ("Sidst opdateret: 05.03.2019", U), ("Birt: 05.03.2019", P), ("Uppfært: 05.03.2019", U),
    ("Paskelbta: 2019-03-05", P), ("Atnaujinta: 2019-03-05", U), ("Publicēts: 05.03.2019", P),
    ("Avaldatud: 05.03.2019", P), ("Uuendatud: 05.03.2019", U),
    ("გამოქვეყნდა: 05.03.2019", P), ("Թարմացվել է: 05.03.2019", U),
    ("نشر: 05.03.2019", P), ("آخر تعديل: 05.03.2019", U),
    ("آخرین بهروزرسانی: 05.03.2019", U),  # Persian with its joiner lost
    ("آخری اپ ڈیٹ: 05.03.2019", U), ("Disiarkan: 05.03.2019", P),
    ("Kemaskini: 05.03.2019", U), ("An wallafa: 05.03.2019", P),
    ("Ngày cập nhật: 05/03/2019", U), ("기사입력 2019-03-05 10:22", P),
    ("최종수정 2019-03-05 11:40", U), ("Stampato il 05.03.2019", OTHER),
])
def test_date_labels_of_thirty_languages_give_the_date_and_its_kind(line, kind):
    found = date_line(line)
    assert found is not None and (found.date.date, found.kind) == (D, kind)


@pytest.mark.parametrize("line, kind", [
    ("प्रकाशन तिथि: 05.03.2019", P),  # Hindi: the label ends in a vowel sign
    ("अपडेट किया गया: 05.03.2019", U),
    ("প্রকাশের সময়: 05.03.2019", P),  # Bengali: a nukta closes the label
    ("பதிவு: 05.03.2019", P),  # Tamil
    ("புதுப்பிக்கப்பட்டது: 05.03.2019", U),
    ("เผยแพร่: 05.03.2019", P),  # Thai: a tone mark closes the label
])
def test_a_label_ending_in_a_combining_mark_is_still_a_label(line, kind):
    found = date_line(line)
    assert found is not None and (found.date.date, found.kind) == (D, kind)


@pytest.mark.parametrize("line", [
    "Datum der Veranstaltung und 05.03.2019",  # a label word inside a phrase is no label
    "Data di scadenza del bando 05.03.2019",
    "Tarihinde 05.03.2019",  # a longer word that opens with a label
])
def test_a_label_word_inside_a_longer_phrase_gives_no_date_line(line):
    assert date_line(line) is None


HEADLINE = "Fourteen hurt as bus and lorry collide near the town"
LEAD = ("Police said 14 people were injured when a bus and a lorry collided on the road near"
        " the town on Saturday morning.")
SECOND = "The injured were taken to the regional hospital, a police spokesman said."


@pytest.mark.parametrize("line, name", [
    ("Geschrieben von Anna Lehmann", "Anna Lehmann"), ("Écrit par Jean Dupont", "Jean Dupont"),
    ("Escrito por Juan Pérez", "Juan Pérez"), ("Scritto da Marco Rossi", "Marco Rossi"),
    ("Ditulis oleh Budi Santoso", "Budi Santoso"), ("Skrevet af Lars Hansen", "Lars Hansen"),
    ("Napisał Jan Kowalski", "Jan Kowalski"), ("Napsal Jan Novák", "Jan Novák"),
    ("Nga Arben Gashi", "Arben Gashi"), ("Shkruan: Arben Gashi", "Arben Gashi"),
    ("Eftir Jón Jónsson", "Jón Jónsson"), ("Na John Mwangi", "John Mwangi"),
    ("Ni Maria Santos", "Maria Santos"), ("Daga Aminu Abdullahi", "Aminu Abdullahi"),
    ("de Ion Popescu", "Ion Popescu"), ("Avtor: Janez Novak", "Janez Novak"),
    ("Autors: Jānis Bērziņš", "Jānis Bērziņš"),
    ("Kirjoittaja: Matti Virtanen", "Matti Virtanen"),
    ("Text: Anna Svensson", "Anna Svensson"),
    ("Γράφει ο Γιάννης Παπαδόπουλος", "Γιάννης Παπαδόπουλος"),
    ("Аутор: Марко Марковић", "Марко Марковић"), ("Müəllif: Əli Məmmədov", "Əli Məmmədov"),
    ("Yazan: Ahmet Yılmaz", "Ahmet Yılmaz"), ("Mwandishi: John Mwangi", "John Mwangi"),
    ("מאת דני כהן", "דני כהן"), ("تحریر: علی احمد", "علی احمد"),
    ("लेखक: राम कुमार", "राम कुमार"),  # vowel signs inside the name
    ("লেখক: রহিম উদ্দিন", "রহিম উদ্দিন"),
    ("ავტორი: გიორგი ბერიძე", "გიორგი ბერიძე"),  # Georgian: no capitals printed
    ("Հեղինակ: Արամ Պետրոսյան", "Արամ Պետրոսյան"), ("โดย สมชาย ใจดี", "สมชาย ใจดี"),
])
def test_byline_labels_of_more_languages_name_the_author(line, name):
    assert labelled_byline(line) == name


@pytest.mark.parametrize("line", [
    "Per Andersson", "Haber: Haber Merkezi", "Na kraju godine", "De ce a plecat",
    "Nga qyteti i Tiranës", "Ni hatari kubwa", "Daga cikin mutanen", "Yazan Ahmed",
    "Na Slovensku", "Nga Tirana", "Daga Abuja",  # 'in Slovakia', 'from Tirana', 'from Abuja'
    "Na Ukrajině zemřeli dva vojáci",  # 'In Ukraine two soldiers died'
])
def test_a_name_or_a_phrase_opening_with_such_a_word_is_no_byline(line):
    assert labelled_byline(line) is None


@pytest.mark.parametrize("headline, line, lead, name", [
    (HEADLINE, "Na John Mwangi", LEAD, "John Mwangi"),
    (HEADLINE, "लेखक: राम कुमार", LEAD, "राम कुमार"),
    (HEADLINE, "Ditulis oleh Budi Santoso", LEAD, "Budi Santoso"),
])
def test_a_labelled_byline_under_the_headline_is_the_author_and_no_body(headline, line, lead,
                                                                       name):
    art = clean(f"{headline}\n{line}\n\n{lead}\n\n{SECOND}\n")
    assert art.author == name and not any(line in p for p in art.paragraphs)


@pytest.mark.parametrize("line, date, kind", [
    ("অক্টোবর ৯, ২০১৭", dt.date(2017, 10, 9), "plain"),  # Bengali month first, Bengali digits
    ("৯ অক্টোবর ২০১৭", dt.date(2017, 10, 9), "plain"),
    ("বৃহস্পতিবার, ৭ সেপ্টেম্বর ২০১৭", dt.date(2017, 9, 7), "plain"),  # a weekday
    ("প্রকাশ :সেপ্টেম্বর ৭, ২০১৭ ১২:৩৬ অপরাহ্ণ", dt.date(2017, 9, 7), P),  # pm after the time
    ("প্রকাশিত: ১০ জানুয়ারি ২০২৫, সকাল ১০:২২", dt.date(2025, 1, 10), P),  # nukta split (NFC)
    ("আপডেট: ১০ জানুয়ারি ২০২৫, ১১:৪০ পূর্বাহ্ণ", dt.date(2025, 1, 10), U),
])
def test_bengali_dates_with_month_names_and_bengali_digits(line, date, kind):
    found = date_line(line)
    assert found is not None and (found.date.date, found.kind) == (date, kind)


def test_a_bengali_date_line_under_the_headline_dates_the_page():
    page = ("নাফ নদীতে নৌকাডুবি : নিখোঁজ ১৮\nঅক্টোবর ৯, ২০১৭\n\n"
            "কক্সবাজারের টেকনাফে রোহিঙ্গা বোঝাই একটি নৌকা ডুবে গেছে বলে পুলিশ জানিয়েছে।\n")
    art = clean(page)
    assert art.date is not None and art.date.date == dt.date(2017, 10, 9)
    assert art.date_basis == "stated"
