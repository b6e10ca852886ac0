"""Furniture classes of issue 12 point 4 added in round 12, read from label families in several
languages (helpers/lexicon/furniture_contacts.csv, furniture_appeals.csv) and from a line's
shape: contact lines (a label and an e-mail address or phone number), pointers to contacts
('For more information, contact ...'), the payment details of a donation appeal and their
lead-in, a paywall's share of the article still to read, an access offer with its price, and a
caption printed twice (alone, then closed by its credit) whatever numbers it holds. Each goes
with a rule named in Article.removed; no article sentence is lost, and sentences that use the
same words in the article stay. Pages written for these tests."""

from __future__ import annotations

import pytest
from conftest import STORY_HEADLINE as HEADLINE
from conftest import STORY_LEAD as LEAD
from conftest import STORY_MORE as MORE
from conftest import furniture_rule

from helpers.cleaning import clean
from helpers.furniture import line_rule, line_rules


def _removed_at_end(lines: list[str]) -> dict[str, str]:
    art = clean("\n\n".join([HEADLINE, LEAD, MORE, *lines]) + "\n")
    kept = " ".join(art.paragraphs)
    assert LEAD in kept and MORE in kept
    return {r.text: r.rule for r in art.removed}


@pytest.mark.parametrize("line", [
    "kontakt: kansli@example-rf.se Tel: 019-10665 eller 0707-398097",
    "Tel.: +33 1 23 45 67 89 / +33 6 12 34 56 78",
    "E-mail: press@example.org / +32 2 555 01 23",
    "Contacto: prensa@ejemplo.es / 91 555 12 34",
    "Телефон: +7 (495) 123-45-67, +7 (495) 123-45-68",
    "İletişim: 0212 555 44 33 veya bilgi@ornek.com.tr",
    "Kontak: redaksi@contoh.co.id atau 021-5551234",
])
def test_a_contact_line_goes(line):
    assert furniture_rule(line) == "contact_details"
    assert _removed_at_end([line]).get(line) == "contact_details"


@pytest.mark.parametrize("line", [
    "For more information, contact the press office at press@example.org",
    "För mer information kan ni vända er till föreningens kansli",
    "Pour plus d'informations, contactez le service de presse",
    "Para más información, contacte con la oficina de prensa",
    "Für weitere Informationen wenden Sie sich an die Pressestelle",
    "Voor meer informatie kunt u contact opnemen met de woordvoerder",
])
def test_a_pointer_to_contacts_goes(line):
    assert furniture_rule(line) == "contact_details"


@pytest.mark.parametrize("lines", [
    ["För att bidra till insamlingen:", "Swish", "1234567890", "Bankgiro: 5039-0293",
     "Plusgironr: 770977-7"],
    ["To donate:", "IBAN: DE89 3704 0044 0532 0130 00", "BIC: COBADEFFXXX"],
    ["Pour faire un don :", "IBAN : FR76 3000 6000 0112 3456 7890 189"],
    ["Para donar:", "Número de cuenta: ES91 2100 0418 4502 0005 1332"],
])
def test_the_payment_details_of_a_donation_appeal_go(lines):
    removed = _removed_at_end(lines)
    assert all(line in removed for line in lines), removed


@pytest.mark.parametrize("line", [
    "Pozostało jeszcze 82% artykułu",
    "Noch 80 % des Artikels zu lesen",
    "Осталось прочитать 70% статьи",
    "Te queda por leer el 75% de este artículo",
    "Ti resta da leggere il 60% dell'articolo",
    "Dostęp na rok tylko za 79zł z płatnościami powtarzalnymi",
    "Access for just $1 a week",
    "Subskrybuj i bądź na bieżąco!",
])
def test_paywall_lines_go(line):
    assert furniture_rule(line) == "appeal"
    assert _removed_at_end([line]).get(line) == "appeal"


@pytest.mark.parametrize("line", [
    "The hotline number is 0800 123 456, police said.",
    "Contact with the missing fishermen was lost on Monday, the coast guard said.",
    "To donate blood, residents lined up for hours at the hospital.",
    "Access to the camp was closed for 12 hours, and 300 families waited outside.",
    "For more information on the floods, the ministry set up a hotline that 300 people called.",
    "Pozostało jeszcze 82 rodziny, które czekają na pomoc, powiedział wojewoda.",
    "Das Konto der Stiftung wurde gesperrt, sagte die Polizei.",
    # an access word and a number whose next word opens with a currency's letters, and a price
    # in a sentence that goes on past it: no access offer
    "Access to 3 European camps was denied to the 40 families, officials said.",
    "Zugang zu 12 Krankenhäusern ist nach Angaben der Behörden gesperrt.",
    "Toegang tot 3 krantenarchieven werd geweigerd, zei de rechter.",
    "Acceso a 2 eurodiputados fue negado por la policía, dijeron fuentes.",
    "Access to the shelter cost 5 euros a night, and 30 families could not pay, officials said.",
])
def test_article_sentences_with_the_same_words_stay(line):
    assert furniture_rule(line) is None
    art = clean("\n\n".join([HEADLINE, LEAD, line, MORE]) + "\n")
    assert line in " ".join(art.paragraphs)


@pytest.mark.parametrize("caption, credit", [
    ("Auch 5 Kinder starben auf der Flucht.", " - Foto: © shutterstock"),
    ("Rescuers carry 3 survivors to the shore.", " (Photo: AFP)"),
])
def test_a_caption_printed_twice_goes_with_its_count(caption, credit):
    art = clean("\n\n".join([HEADLINE, LEAD, caption, caption + credit, MORE]) + "\n")
    kept = " ".join(art.paragraphs)
    assert LEAD in kept and MORE in kept and caption not in kept
    assert {r.text for r in art.removed} >= {caption, caption + credit}


def test_a_sentence_above_a_credit_of_another_text_stays():
    last = "Three children were among the 12 people rescued on Tuesday."
    art = clean("\n\n".join([HEADLINE, LEAD, last, "A boat on the river. - Foto: © shutterstock",
                             MORE]) + "\n")
    assert last in " ".join(art.paragraphs)


@pytest.mark.parametrize("line, rule", [("Email: jroe@example.com", "author_bio"),
                                        ("Tel: +961 1 234 567", "site_tools")])
def test_one_address_or_number_alone_keeps_its_older_rule(line, rule):
    assert furniture_rule(line) == rule


@pytest.mark.parametrize("line, script", [
    ("このウェブサイトの著作権は新聞社にあります。", "cjk"),
    ("掲載された記事、写真の無断転載を禁じます。", "cjk"),
    ("版权所有 未经授权禁止转载", "cjk"),
    ("저작권자 © 예시뉴스, 무단 전재 및 재배포 금지", "hangul"),
    ("جميع الحقوق محفوظة لموقع الخبر 2024", "arabic"),
    ("© 2024 Gazeta Przykładowa. Wszelkie prawa zastrzeżone.", "latin"),
    ("Todos os direitos reservados.", "latin"),
    ("Všechna práva vyhrazena.", "latin"),
    ("Minden jog fenntartva.", "latin"),
])
def test_a_rights_notice_in_more_languages_and_scripts_goes(line, script):
    assert line_rule(line, script, line_rules()) == "legal_notice"


@pytest.mark.parametrize("line, script", [
    ("قال المسؤول إن جميع الحقوق محفوظة للعائلات وإن 40 شخصا عادوا إلى المخيم أمس.", "arabic"),
    ("Prokurator powiedział, że wszelkie prawa zastrzeżone dla ofiar zostaną uszanowane.",
     "latin"),
])
def test_a_sentence_that_names_rights_stays(line, script):
    assert line_rule(line, script, line_rules()) is None


@pytest.mark.parametrize("caption", [
    "Hotspot del porto di Pozzallo – Ansa",
    "Migrants on the deck of the rescue ship - AFP",
    "Rettungskräfte am Ufer des Flusses | dpa",
    "Police officers at the scene of the blast — Getty Images",
])
def test_a_caption_closed_by_an_agency_after_a_dash_goes(caption):
    art = clean("\n\n".join([HEADLINE, LEAD, caption, MORE]) + "\n")
    kept = " ".join(art.paragraphs)
    assert LEAD in kept and MORE in kept
    assert {r.rule for r in art.removed if r.text == caption} == {"photo_caption"}


def test_a_headline_with_its_source_after_a_dash_stays_the_title():
    title = "Floods kill 12 in the south - Reuters"
    art = clean("\n\n".join([title, LEAD, MORE]) + "\n")
    assert art.title == title and LEAD in " ".join(art.paragraphs)


@pytest.mark.parametrize("line", [
    "The meeting ended without a deal - ANSA reported",
    "Talks are over, the minister told reporters - AFP.",
])
def test_a_sentence_that_names_an_agency_after_a_dash_stays(line):
    art = clean("\n\n".join([HEADLINE, LEAD, line, MORE]) + "\n")
    assert line.rstrip(".") in " ".join(art.paragraphs)


# related headlines that alternate with furniture a rule already took (furniture_lists.py)
def test_related_headlines_between_time_stamps_go():
    items = ["Man held after a knife attack in the harbour", "Worker dies in a factory accident",
             "Driver flees a breath test into the sea"]
    stamps = ["2024-11-25 10:00", "2024-11-25 09:55", "2024-11-25 09:40", "2024-11-25 09:39"]
    lines = ["Latest news", stamps[0]]
    for item, stamp in zip(items, stamps[1:], strict=True):
        lines += [item, stamp]
    art = clean("\n".join([HEADLINE, "", LEAD, "", MORE, "", *lines]) + "\n")
    kept = " ".join(art.paragraphs)
    assert LEAD in kept and MORE in kept and not any(item in kept for item in items)


def test_related_headlines_under_a_repeated_section_label_go():
    items = ["Pożar hali produkcyjnej pod Warszawą. Nad budynkiem kłęby dymu",
             "Płonie zabytkowa hala w Gdańsku. Służby ostrzegają przed dymem",
             "Wstrząs w kopalni. Nie żyje jeden z górników"]
    lines = []
    for item in items:
        lines += ["Klęski żywiołowe", item]
    art = clean("\n".join([HEADLINE, "", LEAD, "", MORE, "", *lines]) + "\n")
    kept = " ".join(art.paragraphs)
    assert LEAD in kept and MORE in kept and not any(item in kept for item in items)


def test_article_paragraphs_between_captions_stay():
    # each paragraph ends with a stop; a single crosshead between two captions stays too
    first = "Rescuers searched the river banks until nightfall, the mayor said."
    second = "Schools in the district will stay closed until Monday."
    crosshead = "Schools closed"
    caps = ["Rescuers on the river bank. (Photo: AFP)",
            "A flooded street in the town. (Photo: AFP)", "Volunteers fill sandbags. (Photo: AFP)"]
    text = "\n\n".join([HEADLINE, LEAD, caps[0], first, caps[1], crosshead, caps[2], second,
                        MORE]) + "\n"
    kept = " ".join(clean(text).paragraphs)
    assert first in kept and second in kept and LEAD in kept and MORE in kept


@pytest.mark.parametrize("marker, headline", [
    ("A lire aussi", "La France pourrait retirer une partie de ses forces du Sahel"),
    ("Leggi anche", "Naufragio a Lampedusa, recuperati altri due corpi"),
    ("Baca juga", "Banjir Bandang Terjang Tiga Desa di Sumatera Barat"),
    ("Lee también", "Rescatan a 40 migrantes frente a la costa de Almería"),
    ("Lesen Sie auch", "Hochwasser in Bayern: Zwei Vermisste gefunden"),
])
def test_the_headline_under_a_bare_related_marker_goes(marker, headline):
    art = clean("\n\n".join([HEADLINE, LEAD, marker, headline, MORE]) + "\n")
    kept = " ".join(art.paragraphs)
    assert LEAD in kept and MORE in kept and headline not in kept
    assert {r.rule for r in art.removed if r.text in (marker, headline)} == {"related_headlines"}


def test_a_paragraph_under_a_bare_related_marker_stays():
    paragraph = "Les secours ont retrouvé deux autres corps mardi soir, a indiqué la préfecture."
    art = clean("\n\n".join([HEADLINE, LEAD, "A lire aussi", paragraph, MORE]) + "\n")
    assert paragraph in " ".join(art.paragraphs)


@pytest.mark.parametrize("heading, count", [
    ("Returnees at a glance", "156 children and 59 women among returnees"),
    ("Rückkehrer im Überblick", "156 Kinder und 59 Frauen unter den Rückkehrern"),
    ("Les rapatriés en bref", "Cent cinquante-six enfants parmi les rapatriés"),
])
def test_short_lines_between_adverts_stay_with_their_count(heading, count):
    # adverts and captions are no rhythm of a list: an article prints them between its lines
    art = clean("\n\n".join([HEADLINE, LEAD, "Advertisement", heading, "Advertisement", count,
                             "Advertisement", MORE]) + "\n")
    assert count in " ".join(art.paragraphs) and MORE in " ".join(art.paragraphs)
    assert not any(r.rule == "related_list_item" for r in art.removed)  # (the heading alike)


def test_a_line_with_a_count_between_repeated_labels_stays():
    # a section label repeated down the page shows a list, but a line that may hold a count is
    # only taken next to a feed's time stamp
    count = "Over 150 children and 59 women among the returnees"
    items = ["Fire destroys a warehouse near the port", count, "Miner dies after a tremor"]
    lines = []
    for item in items:
        lines += ["Natural disasters", item]
    art = clean("\n".join([HEADLINE, "", LEAD, "", *lines, "Natural disasters", "", MORE]) + "\n")
    assert count in " ".join(art.paragraphs)
