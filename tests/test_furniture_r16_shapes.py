"""Furniture and titles told by shape across languages (round 16), on text written for the
test: a menu row of links split by spaces only, rows of counters and of share buttons, copies
that differ in punctuation, lines of sentences (never a title) and lines closed by a bare bar."""

import pytest

from helpers.cleaning import clean
from helpers.furniture_shapes import open_separator
from helpers.menu_rows import menu_row
from helpers.title_shapes import clock_row, sentences_inside
from helpers.widget_rows import counter_row, share_row

HEADLINE = "Floods kill twelve in the north of the country"
LEAD = "Heavy rains caused rivers to burst their banks on Monday, officials said."
MIDDLE = "Twelve people died and 300 were evacuated from their homes, the police said."
CLOSE = "Rescue teams are still searching for two missing fishermen near the coast."
BODY = [LEAD, MIDDLE, CLOSE]


def _page(top: list[str], end: list[str] | None = None) -> str:
    return "\n\n".join([*top, HEADLINE, *BODY, *(end or [])]) + "\n"


@pytest.mark.parametrize("row", [
    "Anasayfa Gündem Dünya Ekonomi Spor Yaşam",
    "Home Nieuws Sport Economie Cultuur Opinie Video",
    "Beranda Nasional Internasional Ekonomi Olahraga",
    "Accueil Actualités International Société Culture Sport",
    "Strona główna Wiadomości Kraj Świat Sport",
    "الرئيسية أخبار محلية عربي ودولي اقتصاد رياضة",
    "Trang chủ Thời sự Thế giới Kinh tế Xã hội Thể thao",
])
def test_a_menu_row_split_by_spaces_is_no_title_and_no_text(row):
    assert menu_row(row)
    art = clean(_page([row]))
    assert art.title == HEADLINE
    assert art.paragraphs == BODY
    assert any(r.text == row and r.rule == "navigation_menu" for r in art.removed)


@pytest.mark.parametrize("line", [
    "Police Get More Time To Question Syria Suspects",  # a headline in title case
    "Coast Guard Rescues Migrants Off Aegean Islands",
    "Sport, Kultur und Politik: Was die Stadt 2021 plant",  # punctuation and a digit
    "World leaders meet in Rome to discuss the economy",  # words of running text
])
def test_a_headline_or_a_sentence_is_no_menu_row(line):
    assert not menu_row(line)
    art = clean("\n\n".join([line, *BODY]) + "\n")
    assert art.title == line


@pytest.mark.parametrize("row", [
    "12 yorum 345 görüntülenme", "Share 0 Tweet 0", "1,2K 35 12", "1.234 προβολές 12 σχόλια",
    "Просмотры 1234 Комментарии 5",
])
def test_a_row_of_counters_is_no_title_and_no_text(row):
    assert counter_row(row)
    for text in (_page([row]), "\n\n".join([HEADLINE, LEAD, row, MIDDLE, CLOSE]) + "\n"):
        art = clean(text)
        assert art.title == HEADLINE
        assert art.paragraphs == BODY


@pytest.mark.parametrize("line", [
    "3 ölü 12 yaralı",  # a count of people: nouns of people
    "21 muertos 40 desaparecidos",
    "28 de Noviembre del 2024",  # a date
    "12 March 2021",
    "Twelve people died and 300 were evacuated",  # a sentence
    "Galatasaray beat Fenerbahçe 2 1 in Istanbul",
])
def test_counts_of_people_dates_and_sentences_are_no_counter_row(line):
    assert not counter_row(line)


@pytest.mark.parametrize("row", [
    "Bagikan: Facebook Twitter WhatsApp", "Κοινοποίηση Facebook Twitter Viber",
    "Share 12 Facebook Twitter", "Telegram WhatsApp Facebook",
])
def test_a_row_of_share_buttons_is_no_title_and_no_text(row):
    assert share_row(row)
    art = clean(_page([row], [row]))
    assert art.title == HEADLINE
    assert art.paragraphs == BODY


@pytest.mark.parametrize("line", [
    "Facebook and Twitter removed the accounts",
    "Facebook Twitter Google Fined",
    "The ministry posted the figures on Facebook, Twitter and Telegram.",
])
def test_a_sentence_naming_networks_is_no_share_row(line):
    assert not share_row(line)


def test_a_headline_printed_again_without_its_apostrophe_goes():
    title = "Adıyaman ve Şanlıurfa'daki selde 14 kişi öldü"
    lead = "Şiddetli yağışlar sonrası oluşan sel nedeniyle 14 kişi öldü."
    more = "Kayıp 5 kişi için arama kurtarma çalışmaları sürüyor."
    art = clean("\n\n".join([title, lead, "Adıyaman ve Şanlıurfadaki selde 14 kişi öldü", more]))
    assert art.title == title
    assert art.paragraphs == [lead, more]


def test_a_standfirst_printed_without_its_full_stop_goes_and_its_copy_stays():
    standfirst = ("La prefettura ha già predisposto il trasferimento di 140 persone con il "
                  "traghetto di linea che giungerà in serata a Porto Empedocle")
    lead = "Nuovo sbarco all'alba di oggi a Lampedusa con 48 migranti a bordo."
    close = "Le operazioni di sbarco si sono concluse in modo ordinato."
    art = clean("\n\n".join([HEADLINE, standfirst, lead, standfirst + ".", close]))
    assert art.paragraphs == [lead, standfirst + ".", close]


def test_a_line_that_differs_in_words_is_no_copy():
    standfirst = ("La prefettura ha già predisposto il trasferimento di 140 persone con il "
                  "traghetto di linea che giungerà in serata a Porto Empedocle")
    lead = "Nuovo sbarco all'alba di oggi a Lampedusa con 48 migranti a bordo."
    other = standfirst.replace("140", "150") + "."
    close = "Le operazioni di sbarco si sono concluse in modo ordinato."
    art = clean("\n\n".join([HEADLINE, standfirst, lead, other, close]))
    assert standfirst in " ".join(art.paragraphs)


@pytest.mark.parametrize("line, inside", [
    ("Dauerregen hat Flüsse in Fluten verwandelt. Dutzende Menschen starben. Die Lage bleibt "
     "angespannt", True),
    ("Yağmur sele dönüştü. Ekipler çalışma başlattı. Hayatını", True),
    ("Floods in Kenya. Forty dead", False),  # one stop: a headline may join two clauses so
    ("U.S. Army and Dr. Smith in St. Louis for talks", False),  # abbreviations and initials
    ("Sen. Warren and Gov. Newsom meet Mrs. Obama", False),
])
def test_sentences_inside_a_line(line, inside):
    assert sentences_inside(line) is inside


def test_a_line_of_sentences_is_never_the_title():
    para = ("Dauerregen hat im Westen Flüsse in reißende Fluten verwandelt. Dutzende Menschen "
            "starben. Die Lage bleibt extrem angespannt")
    art = clean("\n\n".join([para, *BODY]) + "\n")
    assert art.title is None
    assert para in art.paragraphs


def test_a_caption_of_sentences_printed_twice_above_the_headline_goes():
    caption = ("Dauerregen hat im Westen Flüsse in reißende Fluten verwandelt. Dutzende Menschen "
               "starben. Die Lage bleibt angespannt. Reuters, AFP")
    art = clean("\n".join([caption, caption, "", *BODY]) + "\n")
    assert art.title is None
    assert art.paragraphs == BODY


@pytest.mark.parametrize("line", [
    "A badly damaged bus after an accident in India. (Illustration photo) |",
    "Комментировать | | Обсудить на форуме |",
])
def test_a_line_closed_by_a_bare_bar_goes(line):
    for text in (_page([], [line]), "\n\n".join([HEADLINE, LEAD, line, MIDDLE, CLOSE])):
        assert clean(text).paragraphs == BODY


def test_a_table_row_or_a_sentence_with_a_bar_inside_stays():
    assert not open_separator("| Ankara | 12 | 5 |")
    row = "Twelve people died in Ankara | the police said on Monday."
    assert row in clean("\n\n".join([HEADLINE, LEAD, row, MIDDLE, CLOSE])).paragraphs


@pytest.mark.parametrize("row", [
    "১৯শে জানুয়ারি, ২০২৫ ইং | ৫ই মাঘ, ১৪৩১ বঙ্গাব্দ | সকাল ৬:০৩",
    "Ὥρα 14:35 | ३ माघ २०८१ | ዓርብ ፲፪",  # forms no date rule reads, a digit in each field
    "الخميس ١٢ | ٢٨ رجب ١٤٤٢ | ١٤:٣٥",
])
def test_a_clock_row_is_never_the_title(row):
    assert clock_row(row)
    art = clean(_page([row]))
    assert art.title == HEADLINE
    assert art.paragraphs == BODY


@pytest.mark.parametrize("line", [
    "Floods: 12 dead | 300 evacuated",  # two fields: a headline may be split so
    "Election 2024 | Results | Live",  # a field without a digit
    "12 killed as floods hit the north of the country | Kenya news 2021 | page 2",
])
def test_a_headline_split_by_bars_is_no_clock_row(line):
    assert not clock_row(line)


def test_feed_items_that_end_a_sentence_go_between_their_date_stamps():
    items = ["I dinosauri potrebbero aver influito su come gli esseri umani invecchiano.",
             "Rzecznik MSWiA o pożarach w Polsce. Czy łączą się z wojną na Ukrainie?"]
    stamp = "1 de Dicembre de 2023"
    page = "\n\n".join([HEADLINE, "30 novembre 2023", *BODY, "Le ultime notizie", items[0],
                        stamp, items[1], stamp])
    assert clean(page).paragraphs == BODY


def test_one_short_sentence_beside_a_date_stamp_stays():
    short = "The search will resume on Tuesday."
    page = "\n\n".join([HEADLINE, *BODY, short, "1 December 2023", "Le ultime notizie"])
    assert short in clean(page).paragraphs
