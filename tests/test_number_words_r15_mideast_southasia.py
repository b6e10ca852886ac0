"""Spelled numbers of the Middle East and South Asia (round 15, helpers/lexicon/number_words.csv,
the block marked 'round 15 (rlang): spelled numbers of Arabic ...'): the Arabic 'two' of twelve
('اثنا عشر') and hundreds ('ثلاثمائة'), Persian, Urdu, Hindi and Bengali 11 to 19, tens and
hundreds, Hebrew tens and hundreds and the Hebrew qualifiers 'לפחות' (at least) and 'כמעט'
(almost; figure_qualifiers.csv); Persian 'سی' (30) is no number in an Urdu sentence, where it is
the feminine of 'like' ('بہت سی خواتین', many women; number_homographs.csv). On sentences
written for these tests, each of which missed its count (or read a false one) before the
entries were listed; and spelled numbers of years, money, distances and shares in the same
languages, which count no one."""

from __future__ import annotations

import pytest

from helpers.quantities import figures_in


def rows(text: str) -> list[tuple[float, str]]:
    return [(f["value"], f["qualifier"]) for f in figures_in(text)]


@pytest.mark.parametrize("text, expected", [
    ("قتل اثنا عشر شخصا في الهجوم.", [(12, "exact")]),  # Arabic
    ("أصيب ثلاثمائة شخص.", [(300, "exact")]),  # Arabic
    ("بیش از سی نفر کشته شدند.", [(30, "more than")]),  # Persian
    ("دست کم چهل نفر کشته شدند.", [(40, "at least")]),  # Persian
    ("حدود دویست نفر تخلیه شدند.", [(200, "about")]),  # Persian
    ("پانزده نفر بازداشت شدند.", [(15, "exact")]),  # Persian
    ("کم از کم چالیس افراد ہلاک ہوئے۔", [(40, "at least")]),  # Urdu
    ("پولیس نے پندرہ افراد کو گرفتار کیا۔", [(15, "exact")]),  # Urdu
    ("कम से कम चालीस लोगों की मौत हुई।", [(40, "at least")]),  # Hindi
    ("पुलिस ने पंद्रह लोगों को गिरफ्तार किया।", [(15, "exact")]),  # Hindi
    ("অন্তত চল্লিশ জন নিহত হয়েছেন।", [(40, "at least")]),  # Bengali
    ("পনেরো জন আহত হয়েছেন।", [(15, "exact")]),  # Bengali
    ("לפחות ארבעים בני אדם נהרגו.", [(40, "at least")]),  # Hebrew
    ("המשטרה עצרה שלושים חשודים.", [(30, "exact")]),  # Hebrew
    ("לפחות 12 בני אדם נהרגו.", [(12, "at least")]),  # Hebrew qualifier
])
def test_spelled_counts_of_people_in_the_middle_east_and_south_asia(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text", [
    "اس حادثے میں بہت سی خواتین زخمی ہوئیں۔",  # Urdu 'بہت سی' (many): no thirty
    "پولیس نے بہت سی خواتین کو گرفتار کیا۔",  # Urdu
    "این مرد چهل سال دارد و دویست کیلومتر رانندگی کرد.",  # Persian: age, distance
    "وہ چالیس سال کا ہے اور اس نے پچاس کلومیٹر سفر کیا۔",  # Urdu: age, distance
    "उसकी उम्र चालीस साल है और उसने तीस किलोमीटर यात्रा की।",  # Hindi: age, distance
    "তার বয়স চল্লিশ বছর।",  # Bengali: age
    "הוא בן ארבעים ונסע שלושים קילומטרים.",  # Hebrew: age, distance
    "دفع ثلاثمائة دولار.",  # Arabic: money
])
def test_spelled_numbers_of_things_count_no_one(text):
    assert rows(text) == []


def test_thirty_in_persian_is_not_read_in_the_bbc_name():
    assert rows("به گزارش بی بی سی، ۱۲ نفر کشته شدند.") == [(12, "exact")]
