"""A headline's label before a colon names its speaker when it holds a body noun of any language
(round 17, issue 12 point 6): "Polri: ...", "İçişleri Bakanlığı: ...", and in a script without
capital letters, "المنظمة الدولية للهجرة: 53 مهاجرا ..." (body_nouns_world.csv,
helpers.headline_speakers). A label that names a place or topic is no speaker. On headlines
written for these tests."""

from __future__ import annotations

import pytest

from helpers.headline_speakers import attribute_headline


@pytest.mark.parametrize("title, speaker", [
    ("Polri: Enam Orang Tewas dalam Kerusuhan", "Polri"),
    ("Basarnas: 12 Penumpang Kapal Masih Dicari", "Basarnas"),
    ("İçişleri Bakanlığı: 12 kişi gözaltına alındı", "İçişleri Bakanlığı"),
    ("المنظمة الدولية للهجرة: 53 مهاجرا بين قتيل ومفقود", "المنظمة الدولية للهجرة"),
    ("وزارة الداخلية: القبض على 12 متهما", "وزارة الداخلية"),
    ("پلیس: ۱۲ نفر دستگیر شدند", "پلیس"),
    ("पुलिस: 12 लोग गिरफ्तार", "पुलिस"),
    ("Polizei: 12 Verletzte nach Unfall", "Polizei"),
    ("Behörden: 12 Tote nach Hochwasser", "Behörden"),
])
def test_a_label_with_a_body_noun_speaks(title, speaker):
    assert attribute_headline(title) == speaker


@pytest.mark.parametrize("title", [
    "Tunisia: 12 killed in bus crash",
    "سوريا: مقتل 12 شخصا في انفجار",  # a country
    "زلزال تركيا: ارتفاع عدد القتلى إلى 12",  # a topic
    "सीरिया: 12 लोगों की मौत",
    "Polizeieinsatz: 12 Verletzte",  # a German compound that begins with a body noun: a topic
    "Regierungskrise: 12 Minister treten zurück",
    "सरकारी अस्पताल में आग: 12 मरे",  # 'governmental': the noun with a vowel sign glued on
    "সরকারি হাসপাতালে আগুন: ১২ জন নিহত",
])
def test_a_place_or_topic_label_names_nobody(title):
    assert attribute_headline(title) == ""
