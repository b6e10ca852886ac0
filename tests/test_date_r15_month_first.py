"""Round 15, printed dates by language: Tagalog, Swahili, Malay and Hausa pages print the month
before the day ('Marso 12, 2019', 'Jumanne, Machi 12, 2019', 'Mac 12, 2019 @ 10:05am', as their
WordPress sites print it), which was read for the 'full' languages only
(lexicon/date_languages.csv, reads 'month_first'); Malay prints '@' before the time and 'PG'/'PTG'
after it (lexicon/date_line_words.csv)."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.cleaning import clean

MARCH_12 = dt.date(2019, 3, 12)

PAGES = {
    "fil": ("Baha sa Mindanao: 300 pamilya lumikas sa kanilang mga tahanan",
            "Mahigit 300 pamilya ang lumikas sa kanilang mga tahanan noong Lunes matapos tumaas"
            " ang tubig sa ilog, ayon sa pulisya."),
    "sw": ("Mafuriko yawakosesha makazi familia 300 mkoani Morogoro",
           "Takriban familia 300 zimeyakimbia makazi yao Jumatatu baada ya mto kufurika, polisi"
           " wamesema."),
    "ms": ("Banjir: 300 keluarga dipindahkan ke pusat pemindahan sementara",
           "Kira-kira 300 keluarga terpaksa meninggalkan rumah mereka pada Isnin selepas paras air"
           " sungai meningkat, kata polis."),
    "ha": ("Ambaliyar ruwa ta raba iyalai 300 da gidajensu a jihar Kano",
           "Kimanin iyalai 300 ne suka bar gidajensu ranar Litinin bayan kogin ya yi ambaliya,"
           " in ji 'yan sanda."),
}


def _page(lang: str, *header: str) -> str:
    title, lead = PAGES[lang]
    return "\n\n".join((title, *header, lead)) + "\n"


@pytest.mark.parametrize("lang, line", [
    ("fil", "Marso 12, 2019"), ("fil", "Martes, Marso 12, 2019"),
    ("fil", "Marso 12, 2019 10:05 AM"),
    ("sw", "Jumanne, Machi 12, 2019"), ("sw", "Machi 12, 2019"),
    ("ms", "Mac 12, 2019 @ 10:05am"), ("ms", "Selasa, 12 Mac 2019 @ 10:05 AM"),
    ("ms", "Selasa, 12 Mac 2019 10:05 PG"),
    ("ha", "Maris 12, 2019"),
])
def test_a_date_line_with_the_month_first_is_the_pages_date(lang, line):
    art = clean(_page(lang, line))
    assert art.date is not None and art.date.date == MARCH_12 and art.date_basis == "stated"


@pytest.mark.parametrize("lang, line", [
    ("fil", "Na-update noong Marso 12, 2019"), ("sw", "Imesasishwa: Machi 12, 2019"),
    ("ms", "Dikemas kini: Mac 12, 2019 @ 10:05am"),
    ("fil", "Larawan: mga residente habang lumilikas sa Cotabato, Marso 12, 2019"),
    ("sw", "Picha: wakazi wakiondoka makwao mjini Morogoro, Machi 12, 2019"),
])
def test_an_update_or_a_caption_with_the_month_first_is_not_the_date(lang, line):
    assert clean(_page(lang, line)).date is None


def test_a_site_clock_above_the_headline_gives_way_to_the_date_line_below_it():
    title, lead = PAGES["sw"]
    art = clean(f"Jumatatu, Machi 18, 2019\n\n{title}\n\nJumanne, Machi 12, 2019\n\n{lead}\n")
    assert art.date is not None and art.date.date == MARCH_12


def test_a_month_name_before_a_count_without_a_year_is_no_date():
    # the month before the day is read only with its year ('Marso 12, 2019'), never a count
    page = _page("fil", "Marso 12, 2019")
    art = clean(page.replace("Mahigit 300", "Noong Marso 12, mahigit 300"))
    assert [d.date for d in art.date_candidates] == [MARCH_12]
