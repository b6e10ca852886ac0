"""Breadcrumb trails opened by the home link's name, filled for 40 languages
(furniture_navigation.csv; issue 12 point 1): 'Főoldal > Külföld > ...' above the headline is
navigation, never the title, whatever its last item; a headline that opens with the same word,
with no separator after it, stays the title. Pages written for these tests."""

from __future__ import annotations

import pytest

from helpers.cleaning import clean

LEADS = {
    "hu": "A mentők egész éjjel dolgoztak, és a rendőrség szerint 12 ember meghalt a balesetben.",
    "lv": "Glābēji strādāja visu nakti, un policija paziņoja, ka bojā gājuši 12 cilvēki.",
    "sq": "Shpëtimtarët punuan gjithë natën dhe policia tha se 12 persona humbën jetën.",
    "fa": "امدادگران تمام شب کار کردند و پلیس گفت که ۱۲ نفر جان باختند.",
    "he": "כוחות ההצלה עבדו כל הלילה והמשטרה אמרה כי 12 בני אדם נהרגו.",
    "es": "Los rescatistas trabajaron toda la noche y la policía dijo que murieron 12 personas.",
    "cs": "Záchranáři pracovali celou noc a policie uvedla, že zemřelo 12 lidí.",
    "ro": "Salvatorii au lucrat toată noaptea, iar poliția a spus că 12 oameni au murit.",
}


def page(header: str, lang: str) -> str:
    return f"{header}\n\n{LEADS[lang]}\n\n{LEADS[lang]}\n"


@pytest.mark.parametrize(("trail", "headline", "lang"), [  # the trail's last item: the headline
    ("Főoldal > Külföld", "Tizenkét halott egy buszbalesetben Romániában", "hu"),
    ("Sākums / Pasaulē", "Plūdos Teksasā bojā gājuši 12 cilvēki", "lv"),
    ("Ballina » Bota", "Dymbëdhjetë të vdekur nga përmbytjet në Shqipëri", "sq"),
    ("صفحه اصلی > حوادث", "سیل در شمال کشور جان ۱۲ نفر را گرفت", "fa"),
    ("Úvod > Zprávy", "Při nehodě autobusu zemřelo dvanáct lidí", "cs"),
    ("Portada > Internacional", "Un terremoto deja 12 muertos en el sur de Perú", "es"),
])
def test_a_breadcrumb_opened_by_the_home_link_is_no_title(trail, headline, lang):
    art = clean(page(f"{trail} > {headline}\n{headline}", lang))
    assert art.title == headline
    assert any(r.text.startswith(trail.split()[0]) for r in art.removed)


@pytest.mark.parametrize(("headline", "lang"), [
    ("Úvod soudního procesu s pašeráky odložen", "cs"),  # the word, no separator after it
    ("Acasă, după 12 ani de exil", "ro"),
    ("Portada del diario: 12 muertos en Perú", "es"),
])
def test_a_headline_opening_with_a_home_word_stays(headline, lang):
    assert clean(page(headline, lang)).title == headline


@pytest.mark.parametrize(("line", "lang"), [
    ("דף הבית > חדשות > שיטפונות בצפון איטליה", "he"),
    ("Acasă / Externe / Inundații în Italia: 12 morți", "ro"),
])
def test_the_trail_line_is_taken_as_navigation(line, lang):
    art = clean(page(line, lang))
    assert [r.rule for r in art.removed if r.text == line] == ["navigation_menu"]
