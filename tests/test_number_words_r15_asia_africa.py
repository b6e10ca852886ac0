"""Spelled numbers of South-East Asia and Africa (round 15, helpers/lexicon/number_words.csv,
the block marked 'round 15 (rlang): spelled numbers of South-East Asia and Africa' and the
entries after it): Tagalog teens and tens with the linker -ng ('apatnapung katao') and 'daan'
(100) after a number; Vietnamese 'mươi' (ten after a unit: 'bốn mươi' = 40), 'lăm' (5 after
tens) and 'trăm' (100); Swahili tens and teens ('kumi na wawili', 12); Amharic teens and
tens ('አሥራ ሁለት', 12); Hausa and Somali tens. On sentences written for these tests, each of
which missed its count (or read only its first word) before the entries were listed; and
spelled numbers of ages, money, houses and shares in the same languages, which count no one."""

from __future__ import annotations

import pytest

from helpers.quantities import figures_in


def values(text: str) -> list[float]:
    return [f["value"] for f in figures_in(text)]


@pytest.mark.parametrize("text, expected", [
    ("Hindi bababa sa apatnapung katao ang nasawi.", [40]),  # Tagalog
    ("Labimpitong katao ang inaresto.", [17]),  # Tagalog
    ("Dalawang daang katao ang inilikas.", [200]),  # Tagalog
    ("Ít nhất bốn mươi người thiệt mạng.", [40]),  # Vietnamese
    ("Hai trăm người đã được sơ tán.", [200]),  # Vietnamese
    ("Bốn mươi lăm người bị thương.", [45]),  # Vietnamese
    ("Watu ishirini wamefariki.", [20]),  # Swahili
    ("Watu kumi na wawili wamefariki.", [12]),  # Swahili
    ("Watoto kumi na watano wameokolewa.", [15]),  # Swahili
    ("በአደጋው አሥራ ሁለት ሰዎች ሞተዋል።", [12]),  # Amharic
    ("ሃምሳ ሰዎች ተጎድተዋል።", [50]),  # Amharic
    ("Mutane talatin sun mutu.", [30]),  # Hausa
    ("Soddon qof ayaa dhintay.", [30]),  # Somali
    ("Laba boqol oo qof ayaa la daadgureeyay.", [200]),  # Somali
])
def test_spelled_counts_of_people_in_south_east_asia_and_africa(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text", [
    "Siya ay apatnapung taong gulang.",  # Tagalog: age ('taong gulang', years old)
    "Nasira ang dalawang daang bahay.",  # Tagalog: houses
    "Nagbayad siya ng limampung piso.",  # Tagalog: money
    "Ông ấy bốn mươi tuổi.",  # Vietnamese: age
    "Giá tăng bốn mươi phần trăm.",  # Vietnamese: percent
    "Hai trăm ngôi nhà bị phá hủy.",  # Vietnamese: houses
    "Nyumba kumi na tano ziliharibiwa.",  # Swahili: houses
    "Ana umri wa miaka arobaini.",  # Swahili: age
    "ሃምሳ ቤቶች ተቃጥለዋል።",  # Amharic: houses
    "Gidaje talatin sun kone.",  # Hausa: houses
    "Wuxuu jiraa afartan sano.",  # Somali: age
    "Goma residents fled the fighting.",  # Hausa 'goma' (ten) is left out: the city
])
def test_spelled_numbers_of_things_count_no_one(text):
    assert values(text) == []


def test_hausa_hundred_is_no_number_in_indonesian():
    assert values("Lebih dari 30 orang tewas.") == [30]  # 'dari' (from) is left out
