"""Round 15, printed dates by language: Hindi, Nepali and Tamil month names are read
(lexicon/date_languages.csv; Nepali and Tamil pages also print the month first: 'मार्च १२, २०१९',
'மார்ச் 12, 2019'), in their own digits or in ASCII ones, and a time zone in brackets after the
time ('10:05 AM (IST)', as Indian sites print it) may close a date line."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.cleaning import clean

MARCH_12 = dt.date(2019, 3, 12)

PAGES = {
    "hi": ("बाढ़ से 300 परिवारों को अपने घर छोड़ने पड़े",
           "पुलिस ने बताया कि नदी का जलस्तर बढ़ने के बाद सोमवार को करीब 300 परिवारों ने अपने"
           " घर छोड़ दिए।"),
    "ne": ("बाढीका कारण ३०० परिवार घरबारविहीन",
           "प्रहरीका अनुसार सोमबार नदीमा पानीको सतह बढेपछि करिब ३०० परिवारले आफ्नो घर छाडेका छन्।"),
    "ta": ("வெள்ளம்: 300 குடும்பங்கள் வீடுகளை விட்டு வெளியேறின",
           "ஆற்றில் நீர்மட்டம் உயர்ந்ததைத் தொடர்ந்து திங்கள்கிழமை சுமார் 300 குடும்பங்கள் தங்கள்"
           " வீடுகளை விட்டு வெளியேறியதாக காவல்துறை தெரிவித்தது."),
    "en": ("Floods force 300 families from their homes in Assam",
           "About 300 families left their homes on Monday after the river rose, police said."),
}


def _page(lang: str, *header: str) -> str:
    title, lead = PAGES[lang]
    return "\n\n".join((title, *header, lead)) + "\n"


@pytest.mark.parametrize("lang, line", [
    ("hi", "12 मार्च 2019"), ("hi", "मंगलवार, 12 मार्च 2019"), ("hi", "१२ मार्च २०१९"),
    ("hi", "प्रकाशित: 12 मार्च 2019, 10:05 AM (IST)"),
    ("ne", "मार्च १२, २०१९"), ("ne", "प्रकाशित मिति: मार्च १२, २०१९"),
    ("ta", "மார்ச் 12, 2019"), ("ta", "பதிவு: மார்ச் 12, 2019 10:05"), ("ta", "12 மார்ச் 2019"),
    ("en", "Published: March 12, 2019 10:05 AM (IST)"),
])
def test_a_south_asian_date_line_is_the_pages_date(lang, line):
    art = clean(_page(lang, line))
    assert art.date is not None and art.date.date == MARCH_12 and art.date_basis == "stated"


@pytest.mark.parametrize("lang, line", [
    ("hi", "अपडेटेड: 12 मार्च 2019, 10:05 AM (IST)"),
    ("ta", "புதுப்பிக்கப்பட்டது: மார்ச் 12, 2019 10:05"),
    ("en", "Updated: March 12, 2019 10:05 AM (IST)"),
    ("hi", "फोटो: गुवाहाटी में बाढ़ से प्रभावित लोग राहत शिविर की ओर, 12 मार्च 2019"),
])
def test_an_update_or_a_caption_is_not_the_date(lang, line):
    assert clean(_page(lang, line)).date is None


def test_a_site_clock_above_the_headline_gives_way_to_the_date_line_below_it():
    title, lead = PAGES["hi"]
    art = clean(f"सोमवार, 18 मार्च 2019\n\n{title}\n\n12 मार्च 2019\n\n{lead}\n")
    assert art.date is not None and art.date.date == MARCH_12
