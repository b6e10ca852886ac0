"""Furniture classes of issue 12 point 4 added in round 13, read from label families in several
languages (helpers/lexicon/furniture_comments.csv, furniture_cookies.csv, furniture_related.csv,
furniture_legal.csv): a blog's anti-spam notice in any language (known by the service it
names), a notice that no comment has been posted yet, a cookie notice opening with its subject
in Spanish, French, Italian, German, Dutch or Portuguese, a pointer to the full story on another
site, a related link behind three angle brackets, a publisher's disclaimer of what it prints
(furniture_site_tools.csv, furniture_share_follow.csv, caption_phrases.csv:) a newsroom's call
for tips and letters, a row of reaction buttons, a Chinese editor's credit line, and a caption
naming an illustrative or archive photo in more languages. Each goes with a rule named in
Article.removed; no article sentence is lost, and sentences that use the same words in the
article stay. Pages written for these tests."""

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


def _kept(line: str) -> bool:
    art = clean("\n\n".join([HEADLINE, LEAD, line, MORE]) + "\n")
    return line in " ".join(art.paragraphs)


@pytest.mark.parametrize("line", [
    "Questo sito usa Akismet per ridurre lo spam. Scopri come vengono elaborati i dati.",
    "Diese Seite verwendet Akismet, um Spam zu reduzieren. Erfahre mehr darüber.",
    "Este sitio usa Akismet para reducir el spam. Aprende cómo se procesan los datos.",
    "Ce blog utilise Akismet pour lutter contre le spam.",
])
def test_an_anti_spam_notice_goes_in_any_language(line):
    assert furniture_rule(line) == "comment_form"
    assert _removed_at_end([line]).get(line) == "comment_form"


def test_an_anti_spam_notice_in_arabic_goes():
    line = "يستخدم هذا الموقع Akismet لتقليل الرسائل المزعجة. اعرف المزيد عن بياناتك."
    assert line_rule(line, "arabic", line_rules()) == "comment_form"


@pytest.mark.parametrize("line", [
    "Aucun commentaire pour le moment.",
    "Pas encore de commentaires.",
    "Keine Kommentare bisher",
    "Sin comentarios hasta ahora",
    "Nessun commento finora",
    "No comments so far.",
])
def test_a_no_comment_notice_goes(line):
    assert furniture_rule(line) == "comment_form"
    assert _removed_at_end([line]).get(line) == "comment_form"


@pytest.mark.parametrize("line", [
    "Este sitio web utiliza cookies propias y de terceros para mejorar tu experiencia."
    " Si continúas navegando, aceptas su uso.",
    "Ce site utilise des cookies pour vous offrir une meilleure expérience de navigation.",
    "Questo sito utilizza cookie tecnici e di terze parti per migliorare la navigazione.",
    "Diese Website verwendet Cookies, um Ihnen das beste Erlebnis zu bieten.",
    "Deze website maakt gebruik van cookies om het gebruik te analyseren.",
    "Utilizamos cookies para personalizar contenidos y analizar el tráfico.",
])
def test_a_cookie_notice_opening_with_its_subject_goes(line):
    assert furniture_rule(line) == "cookie_notice"
    assert _removed_at_end([line]).get(line) == "cookie_notice"


@pytest.mark.parametrize("line", [
    "Lee la noticia completa en El Diario del Sur.",
    "Read the full story at the Coastal Herald.",
    "Lire la suite sur Le Courrier du Nord",
    "Leggi l'articolo completo su Il Giornale del Porto",
    "Leia a matéria completa em Folha do Vale",
    "Подробнее читайте на vesti-yuga.ru",
    "Baca selengkapnya di Harian Pesisir",
])
def test_a_pointer_to_the_full_story_elsewhere_goes(line):
    assert furniture_rule(line) == "related_headlines"
    assert _removed_at_end([line]).get(line) == "related_headlines"


def test_a_related_link_behind_three_angle_brackets_goes():
    line = ">>> A lire aussi : les sinistrés attendent toujours les aides promises"
    assert _removed_at_end([line]).get(line) == "related_headlines"


@pytest.mark.parametrize("line", [
    "The site is not responsible for the content of readers' comments.",
    "La rédaction n'est pas responsable des propos tenus dans les commentaires.",
    "El portal no se hace responsable de las opiniones de los lectores.",
    "La redazione non è responsabile dei commenti pubblicati.",
    "Die Redaktion übernimmt keine Haftung für den Inhalt der Leserbriefe.",
])
def test_a_publisher_disclaimer_goes(line):
    assert furniture_rule(line) == "legal_notice"
    assert _removed_at_end([line]).get(line) == "legal_notice"


def test_a_publisher_disclaimer_in_arabic_goes():
    line = "تنويه: إدارة الموقع غير مسؤولة عن الآراء الواردة في المقالات."
    assert line_rule(line, "arabic", line_rules()) == "legal_notice"


@pytest.mark.parametrize("line", [
    "The minister said the site of the collapse was not responsible for the delays, officials"
    " added.",
    "Regulators fined the company because its website uses cookies to track children.",
    "Rescuers said no comments had been made by the operator before the dam failed.",
    "Residents read the full story of the flood in the local paper a week later.",
    "Il sindaco ha detto che la redazione del giornale locale ha raccontato tutto.",
])
def test_article_sentences_with_the_same_words_stay(line):
    assert furniture_rule(line) is None
    assert _kept(line)


@pytest.mark.parametrize("line", [
    "> Email us your tips now.",
    "Send us your story ideas",
    "Tell us your stories here!",
    "> Submit a letter to the editor.",
    "Send us news tips to desk@example.org",
    "> See all newsroom contact information.",
    "See our contact details",
    "> More Gazette contact information.",
    "Find the Courier's newsroom contact info",
    "Staff contact details",
    "Envoyez-nous vos témoignages",
    "Schicken Sie uns Ihre Hinweise!",
    "Envíanos tus denuncias",
    "Kirim berita Anda",
])
def test_a_newsroom_call_for_tips_and_letters_goes(line):
    assert furniture_rule(line) == "feedback_prompt"
    assert _removed_at_end([line]).get(line) == "feedback_prompt"


@pytest.mark.parametrize("line", [
    "Send us news, begged the families of the 40 missing fishermen.",
    "Tell us your stories, the mayor told the 300 survivors gathered in the square.",
    "Schicken Sie uns Ihre Fotos, bat die Polizei, nachdem 40 Menschen verletzt wurden.",
    "Envoyez-nous vos témoignages, ont lancé les familles des 40 disparus.",
    "Tell us your news now, the rescuers shouted to the 12 villagers on the roof.",
    "More contact information for the 40 families is on the city's website.",
    "Police released contact information for the 12 shelters.",
    "More than 300 families asked for contact information.",
    "More than 300 gave contact details.",
    "All 30 passengers provided contact details.",
    "All 40 victims lost contact information.",
    "More than three hundred volunteers left contact details.",
])
def test_a_sentence_that_opens_with_a_call_for_tips_stays(line):
    assert furniture_rule(line) is None
    assert _kept(line)


@pytest.mark.parametrize("line", [
    "Like Love Haha Wow Sad Angry",
    "开心 难过 震惊 愤怒",
])
def test_a_row_of_reaction_buttons_goes(line):
    assert line_rule(line, "latin" if line.isascii() else "han", line_rules()) == "share_widget"


def test_a_row_of_reaction_buttons_goes_from_a_page():
    line = "Like Love Haha Wow Sad Angry"
    assert _removed_at_end([line]).get(line) == "share_widget"


@pytest.mark.parametrize(("line", "script"), [
    ("Ảnh minh họa", "latin"),
    ("Lực lượng cứu hộ tìm kiếm người mất tích. Ảnh tư liệu", "latin"),
    ("Soccorritori al lavoro sul molo (immagine di repertorio)", "latin"),
    ("Zdjęcie ilustracyjne", "latin"),
    ("صورة تعبيرية", "arabic"),
    ("فرق الإنقاذ في موقع الحادث - صورة أرشيفية", "arabic"),
])
def test_an_illustrative_or_archive_photo_caption_goes(line, script):
    assert line_rule(line, script, line_rules()) == "photo_caption"


def test_an_illustrative_photo_caption_goes_from_a_page():
    line = "Ảnh minh họa."
    assert _removed_at_end([line]).get(line) == "photo_caption"


@pytest.mark.parametrize("line", [
    "Readers sent us their news and photos of the flood, the editor said on Monday.",
    "Volunteers love the work, and they said the wow factor of the rescue was sad.",
])
def test_article_sentences_near_these_labels_stay(line):
    assert furniture_rule(line) is None
    assert _kept(line)


@pytest.mark.parametrize("line", [
    "责任编辑：王小明",
    "（责任编辑：李明）",
    "編輯: 陳大文",
    "责编 :张华 (本网版权所有)",
])
def test_a_chinese_editor_credit_goes(line):
    assert line_rule(line, "han", line_rules()) == "reporting_credit"


def test_a_chinese_editor_credit_goes_from_a_page():
    page = ("暴雨致12人死亡\n\n暴雨已造成12人死亡，当局周二表示。\n\n另有40人受伤。\n\n"
            "责任编辑：王小明\n")
    art = clean(page)
    assert "另有40人受伤。" in art.paragraphs
    assert any(r.rule == "reporting_credit" and r.text == "责任编辑：王小明" for r in art.removed)


@pytest.mark.parametrize("line", ["编辑部表示，已有12人获救。", "记者：张三"])
def test_sentences_naming_the_newsroom_stay(line):
    assert line_rule(line, "han", line_rules()) is None
