"""Furniture classes of issue 12 point 4 read from word families in several languages (round 11),
tested on pages written for these tests: breadcrumb trails opened by the home link, a comment
form's log-in notice, a site's disclaimer about its content and links, listen-to-the-article
controls, latest and most-read headers, related and video links, read-in-another-language links
and 'screenshot of' captions; a footer or notice in no word list among the page's last labels;
a wire paragraph that reports words keeps its credit. Each goes (or stays); no article sentence is
lost, and sentences that use the same words in the article stay."""

from __future__ import annotations

import pytest
from conftest import STORY_HEADLINE as HEADLINE
from conftest import STORY_LEAD as LEAD
from conftest import STORY_MORE as MORE
from conftest import furniture_rule

from helpers.cleaning import clean


def _page(line: str, where: str = "end") -> str:
    if where == "top":
        return f"{line}\n\n{HEADLINE}\n\n{LEAD}\n\n{MORE}\n"
    if where == "middle":
        return f"{HEADLINE}\n\n{LEAD}\n\n{line}\n\n{MORE}\n"
    return f"{HEADLINE}\n\n{LEAD}\n\n{MORE}\n\n{line}\n"


def _check_removed(line: str, where: str = "end") -> None:
    art = clean(_page(line, where))
    kept = " ".join(art.paragraphs)
    assert any(r.text == line for r in art.removed), line
    assert LEAD in kept and MORE in kept


@pytest.mark.parametrize("line", [
    "Accueil | Actualités | Floods kill 12 in the south",
    "Home > World > Europe > Floods kill 12 in the south",
    "Главная > Новости > Наводнение на юге",
    "Anasayfa / Gündem / Güneyde sel: 12 ölü",
    "Beranda › Nasional › Banjir di selatan",
])
def test_a_breadcrumb_opened_by_the_home_link_goes_and_is_no_title(line):
    _check_removed(line, "top")
    assert clean(_page(line, "top")).title == HEADLINE


@pytest.mark.parametrize("line", [
    "Per poter lasciare o votare un commento devi essere registrato.",
    "You must be logged in to post a comment.",
    "Vous devez être connecté pour publier un commentaire.",
    "Sie müssen angemeldet sein, um einen Kommentar zu schreiben.",
    "Debes iniciar sesión para comentar.",
    "Você precisa estar logado para comentar.",
    "Je moet ingelogd zijn om een reactie te plaatsen.",
    "Anda harus login untuk berkomentar.",
    "Yorum yapabilmek için üye girişi yapmalısınız.",
    "Чтобы оставить комментарий, необходимо авторизоваться.",
    "Щоб залишити коментар, потрібно увійти.",
    "Votre adresse email ne sera pas publiée. Vos données sont recueillies conformément à la"
    " législation en vigueur sur la protection des données personnelles. Pour en savoir plus,"
    " cliquez ici.",
])
def test_comment_form_notices_go(line):
    _check_removed(line)


@pytest.mark.parametrize("line", [
    "The information on this site is from external sources that are not under our control.",
    "The inclusion of any links does not necessarily imply a recommendation or endorse the views"
    " expressed within them.",
    "Редакция не несет ответственности за содержание комментариев.",
    "La redazione non è responsabile dei contenuti dei siti esterni.",
    "Wir übernehmen keine Haftung für die Inhalte externer Links.",
    "Redaksi tidak bertanggung jawab atas isi komentar.",
])
def test_site_disclaimers_go(line):
    _check_removed(line)


@pytest.mark.parametrize("line", ["ascolta articolo", "Sesli Dinle", "Artikel anhören",
                                  "Écouter l'article", "Escuchar noticia", "Послушать статью"])
def test_listen_controls_go(line):
    assert furniture_rule(line) == "print_controls"
    _check_removed(line, "middle")


@pytest.mark.parametrize("line", ["Le ultime notizie", "Últimas noticias", "Berita Terkini Lainnya",
                                  "Son Haberler", "Les plus lus", "Trends 24h"])
def test_latest_and_most_read_headers_go(line):
    assert furniture_rule(line) == "related_headlines"
    _check_removed(line)


@pytest.mark.parametrize("line", [
    "À lire : La France ne sait que faire des femmes de djihadistes en Syrie",
    "Читайте: Спасатели нашли еще двух погибших",
    "GUARDA IL VIDEO: Migranti, 13 paesi nel nuovo decreto",
    "REGARDEZ LA VIDÉO : les images de la crue",
    "Watch the video: Floods close the mountain road",
])
def test_related_and_video_links_go(line):
    assert furniture_rule(line) == "related_headlines"
    _check_removed(line, "middle")


@pytest.mark.parametrize("line", ["Читать новость на русском", "Читати українською",
                                  "English version", "Türkçe oku"])
def test_read_in_another_language_links_go_and_are_no_title(line):
    assert furniture_rule(line) == "site_tools"
    assert clean(_page(line, "top")).title == HEADLINE


@pytest.mark.parametrize("line", [
    "Screenshot of a video released by the coast guard showing part of the rescue.",
    "Captura de pantalla de un video difundido por la Guardia Civil.",
    "Скриншот из видео МЧС.",
])
def test_screenshot_captions_go(line):
    assert furniture_rule(line) == "photo_caption"
    _check_removed(line, "middle")


@pytest.mark.parametrize("line", [
    "A screenshot of the video shows the boat sinking, the coast guard said.",
    "The ministry said the information on this case came from the police.",
    "Home to 40,000 people, the town was cut off by the flood.",
    "Readers must be registered to vote in the local election, the mayor said.",
    "He said the editors were not responsible for the delay.",
    "Watch the river, the mayor told the 300 residents who stayed.",
])
def test_article_sentences_with_the_same_words_stay(line):
    assert furniture_rule(line) is None
    art = clean(_page(line, "middle"))
    assert line in " ".join(art.paragraphs)


# a site's footer in no word list (here in Swahili and Polish), under the page's last labels
FOOTER = "Haki zote zimehifadhiwa na kampuni ya habari ya mfano, tafadhali wasiliana nasi."
LABELS = ["Habari za Kitaifa", "Michezo na Burudani", "Mafuriko yaua watu kusini"]


def test_a_footer_under_the_last_labels_goes_with_them():
    text = "\n\n".join([HEADLINE, LEAD, MORE, *LABELS, FOOTER]) + "\n"
    art = clean(text)
    kept = " ".join(art.paragraphs)
    assert LEAD in kept and MORE in kept
    assert FOOTER not in kept and not any(label in kept for label in LABELS)


def test_one_label_above_the_last_paragraph_is_a_crosshead_and_the_paragraph_stays():
    last = "Wasomaji wanaweza kutuma maoni yao kwa barua pepe ya gazeti."
    text = "\n\n".join([HEADLINE, LEAD, MORE, "Maoni ya wasomaji", last]) + "\n"
    assert last in " ".join(clean(text).paragraphs)


def test_a_last_paragraph_with_a_count_stays():
    last = "Mwaka jana watu 40 walifariki katika mafuriko kama hayo."
    text = "\n\n".join([HEADLINE, LEAD, MORE, *LABELS[:2], last]) + "\n"
    assert last in " ".join(clean(text).paragraphs)


def test_a_paragraph_broken_over_short_lines_stays():
    # a scraper that broke the article's lines: the words of one sentence on several lines
    broken = ["Aidha,", "kamanda Kimola amesema miili ya marehemu", "imehifadhiwa hospitalini."]
    text = "\n".join([HEADLINE, "", LEAD, "", MORE, "", *broken]) + "\n"
    kept = " ".join(clean(text).paragraphs)
    assert "kamanda Kimola" in kept and "imehifadhiwa hospitalini." in kept


def test_a_wire_paragraph_that_reports_words_keeps_its_credit_and_stays():
    # the speaker stands inside the sentence, not at its end: still a wire story's line
    last = ("A sweep operation was underway in the area, he said, calling on the residents to be"
            " vigilant. (ANI/Xinhua)")
    art = clean("\n\n".join([HEADLINE, LEAD, MORE, last]) + "\n")
    assert "A sweep operation was underway" in " ".join(art.paragraphs)


def test_a_caption_closed_by_a_slash_credit_still_goes():
    caption = "Women wait at the gate of the camp in the north. REUTERS/Jane Roe"
    art = clean("\n\n".join([HEADLINE, LEAD, caption, MORE]) + "\n")
    assert any(r.text == caption for r in art.removed)


def test_a_notice_among_the_tail_labels_goes_with_them():
    notice = "Jiandikishe kupokea habari zetu kila siku kwa barua pepe."
    text = "\n\n".join([HEADLINE, LEAD, MORE, *LABELS[:2], notice, LABELS[2]]) + "\n"
    kept = " ".join(clean(text).paragraphs)
    assert LEAD in kept and MORE in kept
    assert notice not in kept and not any(label in kept for label in LABELS)


def test_a_paragraph_under_a_single_crosshead_stays_though_a_label_follows_it():
    last = "Wasomaji wanaweza kutuma maoni yao kwa barua pepe ya gazeti."
    text = "\n\n".join([HEADLINE, LEAD, MORE, "Maoni ya wasomaji", last, LABELS[0]]) + "\n"
    assert last in " ".join(clean(text).paragraphs)
