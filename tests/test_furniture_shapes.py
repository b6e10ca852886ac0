"""Furniture told by its shape on pages in any language (helpers/furniture_shapes.py), and the
header classes that fresh pages showed (issue 12 points 1 and 4), on text written for the test."""

import pytest

from helpers.cleaning import clean
from helpers.furniture_shapes import (
    contact_line,
    credit_label,
    footnote,
    marked_words,
    post_signature,
    spaced_hashtags,
)

HEADLINE = "Police arrest twelve returnees in dawn raids"
LEAD = "Police arrested 12 people on Monday after they returned from Syria, officials said."
MIDDLE = "The ministry added that the investigation would continue for several months."
CLOSE = "A court will decide on Friday whether the suspects stay in custody."


def _page(*lines: str, where: str = "middle") -> str:
    body = {"middle": [LEAD, *lines, MIDDLE, CLOSE], "end": [LEAD, MIDDLE, CLOSE, *lines]}[where]
    return "\n\n".join([HEADLINE, *body]) + "\n"


def _kept(text: str) -> str:
    return "\n".join(clean(text).paragraphs)


@pytest.mark.parametrize("label", [
    "Artikel teilen", "Werbung", "Mehr zum Thema", "Partager sur Facebook", "Publicité",
    "Lo más leído", "Compartir", "Deel dit artikel", "Advertentie", "Haberi paylaş", "Reklam",
    "Bunlar da ilginizi çekebilir", "Bagikan artikel ini", "Iklan",
    "TW", "Druppelsgewijze terugkeer",  # a crosshead is header: it goes too
])
def test_a_short_label_between_paragraphs_goes_in_any_language(label):
    art = clean(_page(label))
    assert len([r.rule for r in art.removed if r.text == label]) == 1
    assert [LEAD, MIDDLE, CLOSE] == art.paragraphs


# (labels that no word list names: "Meistgelesen" and "Iklan", used here before, are in the lists
# since round 11)
@pytest.mark.parametrize("label", ["Druppelsgewijze terugkeer", "Wybór redakcji",
                                   "Pilihan Redaksi"])
def test_a_label_no_list_names_goes_by_its_shape(label):
    art = clean(_page(label))
    assert [r.rule for r in art.removed if r.text == label] == ["inner_label"]


@pytest.mark.parametrize("label", ["Самое читаемое", "Реклама", "Поделиться"])
def test_a_short_label_between_paragraphs_of_a_russian_page_goes(label):
    lines = ["Суд приговорил сторонника ИГ к девяти годам колонии, сообщили в суде.",
             "Как считает следствие, мужчина состоял в рядах ИГ с февраля по март.",
             "Свою вину подсудимый не признал."]
    art = clean("\n\n".join(["В Ростове осудили сторонника ИГ", lines[0], label, *lines[1:]]))
    assert label not in art.paragraphs
    assert art.paragraphs == lines


@pytest.mark.parametrize("line", [
    "Four were arrested.",  # a sentence, however short
    "Why?",
    "12 women",  # a number: a count, never taken by shape
    "Police sources told the paper that the suspects had planned an attack",  # long
])
def test_a_short_sentence_or_a_count_between_paragraphs_stays(line):
    assert line in clean(_page(line)).paragraphs


def test_a_label_above_the_first_or_below_the_last_sentence_is_not_an_inner_label():
    art = clean("\n\n".join([HEADLINE, "Werbung", LEAD, MIDDLE, "Teilen"]) + "\n")
    assert art.paragraphs == [LEAD, MIDDLE]
    assert "inner_label" not in {r.rule for r in art.removed}


@pytest.mark.parametrize("line, want", [
    ("Kaynak: AA", True), ("Bron: ANP", True), ("Sumber: Antara", True),
    ("Editor: Budi Santoso", True), ("Foto: Reuters", True), ("Fonte: ANSA", True),
    ("Source: the interior ministry said four were held", False),  # a sentence after it
    ("Update: 12 more arrests", False),  # a digit
    ("Note: police say more arrests may follow", False),
    ("Kaynak: AA Haber Ajansı ve Reuters Türkiye", False),  # too long for a name
])
def test_a_label_and_a_name_is_a_credit(line, want):
    assert credit_label(line) is want


def test_a_credit_line_between_paragraphs_goes():
    art = clean(_page("Kaynak: AA"))
    assert [r.rule for r in art.removed if r.text == "Kaynak: AA"] == ["source_credit"]


@pytest.mark.parametrize("line, want", [
    ("# abd # pkk # terörle mücadele # Göç İdaresi Başkanlığı", True),
    ("# Syria # returnees # ISIS", True),
    ("# Syria # returnees", False),  # two tags: a heading, perhaps
    ("# Police said on Monday that the suspects were held. # more", False),
])
def test_spaced_hashtags_are_a_tag_line(line, want):
    assert spaced_hashtags(line) is want


def test_a_spaced_tag_line_at_the_end_goes():
    line = "# abd # pkk # terörle mücadele # Göç İdaresi Başkanlığı"
    assert line not in _kept(_page(line, where="end"))


def test_an_embedded_post_goes_with_its_text():
    post = "Eleven people were detained at the border today. https://t.co/AbC123xYz"
    signature = "— Ministry of National Defence (@example_mod) March 9, 2021"
    assert post_signature(signature)
    art = clean(_page(post, signature))
    assert [r.rule for r in art.removed if r.text in {post, signature}] == ["embedded_post"] * 2
    assert art.paragraphs == [LEAD, MIDDLE, CLOSE]


def test_a_sentence_naming_a_handle_is_no_post_signature():
    line = "The ministry wrote on its account (@example_mod) that eleven people were held."
    assert not post_signature(line)
    assert line in clean(_page(line)).paragraphs


@pytest.mark.parametrize("line, want", [
    ("Jane Roe covers courts. She can be reached at jroe@example.com.", True),
    ("Send tips to news@example.org", True),
    ("Police said four suspects were held in @-shaped cells.", False),
    ("The 12 suspects wrote to recruits from the address jihad2019@example.com, police said.",
     False),  # a count beside the address: the story's
])
def test_a_line_with_an_email_address_is_a_contact_line(line, want):
    assert contact_line(line) is want


def test_an_author_box_with_an_email_address_goes():
    box = "Jane Roe covers courts for the paper. She can be reached at jroe@example.com."
    assert box not in _kept(_page(box, where="end"))


def test_a_footnote_to_a_marked_word_goes():
    note = "* ИГИЛ - террористическая организация, запрещена в РФ."
    lead = "Суд приговорил сторонника ИГИЛ* к девяти годам колонии, сообщили в суде."
    page = "\n\n".join([HEADLINE, lead, MIDDLE, CLOSE, note]) + "\n"
    assert footnote(note, marked_words(page))
    assert note not in _kept(page)


def test_a_line_opening_with_an_asterisk_and_no_marked_word_stays():
    line = "*Four suspects were later released, the police said."
    assert not footnote(line, marked_words(_page(line)))
    assert line in clean(_page(line)).paragraphs


# --- header classes -----------------------------------------------------------------------

def test_a_caption_printed_twice_below_the_headline_does_not_make_it_a_slogan():
    caption = "A woman carries her child out of the camp on 13 February 2019 - Getty Images/AFP"
    text = "\n\n".join(["Logo BBC", HEADLINE, caption]) + "\n" + caption + "\n\n" + "\n\n".join(
        [LEAD, MIDDLE]) + "\n"
    assert clean(text).title == HEADLINE


def test_a_line_after_a_removed_caption_does_not_carry_on_the_headline():
    caption = "A woman carries her child out of the camp - Getty Images/AFP"
    text = "\n".join([HEADLINE, caption, caption, "Sumber :", "  • bbc", "", LEAD, MIDDLE]) + "\n"
    art = clean(text)
    assert art.title == HEADLINE
    assert "bbc" not in "\n".join(art.paragraphs)


def test_a_headline_broken_over_two_lines_is_still_joined():
    text = "\n".join(["Army arrests IS fighters'", "parents, terror suspects", "", LEAD]) + "\n"
    assert clean(text).title == "Army arrests IS fighters' parents, terror suspects"


def test_a_date_run_into_the_leads_first_number_is_split_from_it():
    text = "\n".join([HEADLINE, "7 Februari 201775 warga negara Indonesia dideportasi dari Turki,"
                      " kata pejabat itu.", MIDDLE]) + "\n"
    art = clean(text)
    assert art.date is not None and art.date.date.isoformat() == "2017-02-07"
    assert art.paragraphs[0].startswith("75 warga negara")


# --- listed phrases in other languages, and related links with a long headline ----------

@pytest.mark.parametrize("line, rule", [
    ("Non c'è ancora nessun commento.", "comment_form"),
    ("Belum ada komentar", "comment_form"),
    ("Henüz yorum yapılmamış.", "comment_form"),
    ("Soyez le premier à commenter", "comment_form"),
    ("The full article can be found here.", "site_tools"),
    ("Para continuar a ler o artigo, clique AQUI", "site_tools"),
    ("Lire la suite", "site_tools"),
    ("Baca selengkapnya", "site_tools"),
])
def test_comment_notices_and_pointers_to_the_rest_in_other_languages(line, rule):
    art = clean(_page(line, where="end"))
    assert [r.rule for r in art.removed if r.text == line] == [rule]


def test_a_read_more_link_with_a_long_headline_is_a_related_link():
    line = ("Read More: Police in Turkey arrest 20 foreign nationals on ISIS ties, state media"
            " reports")
    art = clean(_page(line))
    assert [r.rule for r in art.removed if r.text == line] == ["related_headlines"]


def test_a_long_sentence_after_read_stays():
    line = ("Read: the ministry said that twelve people were arrested on Monday and that four of"
            " them were released later in the day.")
    assert line in clean(_page(line)).paragraphs


# --- lines above the headline that are never the title (issue 12 point 1) ---------------

DE_HEAD = "Zwölf Rückkehrer bei Razzien festgenommen"
DE_LEAD = ("Die Polizei hat am Montag zwölf Rückkehrer aus Syrien festgenommen, teilten die"
           " Behörden mit.")
TR_HEAD = "Polis 12 DEAŞ şüphelisini gözaltına aldı"
TR_LEAD = "Polis, Suriye'den dönen 12 kişiyi pazartesi günü gözaltına aldı, dedi yetkililer."
NEXT = {HEADLINE: MIDDLE, DE_HEAD: "Die Ermittlungen dauern nach Angaben der Behörden an.",
        TR_HEAD: "Bakanlık soruşturmanın aylarca süreceğini açıkladı."}


@pytest.mark.parametrize("above, head, lead", [
    ("Actualizado: 05/03/2019 10:22", HEADLINE, LEAD),  # an 'updated' line, any label
    ("USD 64,50 EUR 72,10", HEADLINE, LEAD),  # a rates box
    ("5 Mart 2019 Pazartesi", TR_HEAD, TR_LEAD),  # a date beside its weekday
    ("Bugün 10:22", TR_HEAD, TR_LEAD),  # a site clock
    ("Dernière mise à jour : 5 mars 2019", HEADLINE, LEAD),
    ("Terakhir diperbarui 5 Maret 2019", HEADLINE, LEAD),
    ("Lesezeit: 3 Min.", DE_HEAD, DE_LEAD),  # reading time
    ("Okuma süresi: 3 dk", TR_HEAD, TR_LEAD),
    ("Waktu baca 3 menit", HEADLINE, LEAD),
    ("Unterstützen Sie unabhängigen Journalismus – jetzt spenden!", DE_HEAD, DE_LEAD),
    ("Abone olun, haberleri kaçırmayın!", TR_HEAD, TR_LEAD),  # appeals
    ("Soutenez notre rédaction, faites un don", HEADLINE, LEAD),
    ("Schriftgröße: A A A", DE_HEAD, DE_LEAD),  # a text-size control
    ("Wir verwenden Cookies, um Ihnen ein besseres Nutzererlebnis zu bieten. Mit der Nutzung"
     " stimmen Sie zu.", DE_HEAD, DE_LEAD),  # a cookie banner
])
def test_a_field_appeal_or_control_above_the_headline_is_not_the_title(above, head, lead):
    art = clean("\n\n".join([above, head, lead, NEXT[head]]) + "\n")
    assert art.title == head
    assert above not in art.paragraphs


@pytest.mark.parametrize("head", [
    "Kenya: 24 dead in bus crash",  # a kicker and a count: no clock, date or price
    "Turkey deports 1,200 foreign fighters",
    "Floods kill 12 in Pakistan",
])
def test_a_headline_with_a_number_is_still_the_title(head):
    assert clean("\n\n".join([head, LEAD, MIDDLE]) + "\n").title == head


@pytest.mark.parametrize("line, rule", [
    ("Mit Material von dpa und AFP.", "reporting_credit"),
    ("Con información de EFE.", "reporting_credit"),
    ("Met medewerking van ANP.", "reporting_credit"),
    ("Dieser Artikel erschien zuerst auf tagesschau.de.", "legal_notice"),
    ("Cet article a été publié initialement sur France 24.", "legal_notice"),
    ("Dieser Artikel wurde aktualisiert.", "legal_notice"),
    ("Simak berita lainnya di Google News.", "social_follow"),
    ("Folgen Sie uns auf Twitter und Facebook", "social_follow"),
    ("Die Polizei bei einer Razzia in Berlin. (Foto: dpa)", "photo_credit"),
])
def test_credits_notices_and_follow_appeals_in_other_languages(line, rule):
    art = clean(_page(line))
    assert [r.rule for r in art.removed if r.text == line] == [rule]
    assert art.paragraphs == [LEAD, MIDDLE, CLOSE]


def test_a_sentence_that_mentions_material_or_a_photo_stays():
    lines = ["Mit Material von der Polizei konnten die Ermittler zwölf Verdächtige identifizieren,"
             " sagte ein Sprecher am Montag in Berlin vor Journalisten.",
             "The photo: a key piece of evidence, prosecutors said, showed the men in Raqqa."]
    for line in lines:
        assert line in clean(_page(line)).paragraphs


@pytest.mark.parametrize("line, rule", [
    ("Vorheriger Artikel: Zehn Festnahmen in Berlin nach Razzia gegen Islamisten", "prev_next"),
    ("Article suivant : La justice condamne un revenant", "prev_next"),
    ("Berita sebelumnya: Densus 88 tangkap tiga terduga teroris", "prev_next"),
    ("Haberi paylaş:", "share_widget"),
    ("Artikel teilen:", "share_widget"),  # a colon makes it no label for the shape rules
    ("Partager l'article :", "share_widget"),
])
def test_previous_next_links_and_share_labels_in_other_languages(line, rule):
    art = clean(_page(line))
    assert [r.rule for r in art.removed if r.text == line] == [rule]


def test_a_lead_in_with_a_colon_stays():
    line = "Der Sprecher des Ministeriums sagte dazu:"
    assert line in clean(_page(line)).paragraphs


def test_a_sentence_broken_over_short_lines_stays_whole():
    text = "\n".join([HEADLINE, "", LEAD, "The ministry said", "that the four suspects were",
                      "Belgian citizens.", MIDDLE]) + "\n"
    body = " ".join(clean(text).paragraphs)
    assert "The ministry said that the four suspects were Belgian citizens." in body


def test_two_labels_in_a_row_between_paragraphs_both_go():
    art = clean(_page("Teilen", "Drucken"))
    assert art.paragraphs == [LEAD, MIDDLE, CLOSE]


@pytest.mark.parametrize("caption", [
    "Seorang polisi berjaga di depan gedung. (ANTARA FOTO/Budi Santoso)",
    "Polizisten in Berlin bei einer Razzia [Foto: dpa]",
    "Un policía en Ceuta, en una imagen de archivo (EFE)",
    "Ilustrasi penangkapan terduga teroris (Liputan6.com/Johan Tallo)",
    "Symbolbild: Polizisten vor einem Gerichtsgebäude in Düsseldorf",
])
def test_photo_captions_with_bracketed_credits_in_other_languages(caption):
    art = clean(_page(caption))
    assert caption not in art.paragraphs
    assert art.paragraphs == [LEAD, MIDDLE, CLOSE]


def test_a_sentence_about_a_photo_archive_stays():
    line = ("Die Ermittler werteten das Fotoarchiv der Gruppe aus und identifizierten zwölf"
            " Mitglieder, sagte ein Sprecher.")
    assert line in clean(_page(line)).paragraphs


def test_a_menu_printed_one_item_a_line_above_the_headline_is_no_title():
    menu = ["Startseite", "Politik", "Ausland", "Wirtschaft", "Sport", "Kultur"]
    art = clean("\n\n".join([*menu, DE_HEAD, DE_LEAD, NEXT[DE_HEAD]]) + "\n")
    assert art.title == DE_HEAD
    assert not set(menu) & set(art.paragraphs)


@pytest.mark.parametrize("line", [
    "vor 5 Stunden", "il y a 2 heures", "hace 3 horas", "5 jam lalu", "2 saat önce",
    "Foto 1 von 5", "Resim 1/5", "Mots-clés : Syrie, djihadistes, rapatriement",
    "Etiquetas: Siria, yihadistas, Ceuta", "Trefwoorden: Syrië, IS, terugkeerders",
])
def test_relative_times_gallery_counters_and_tags_below_the_headline_go(line):
    art = clean("\n".join([HEADLINE, line, "", LEAD, MIDDLE]) + "\n")
    assert art.title == HEADLINE
    assert line not in art.paragraphs


@pytest.mark.parametrize("prompt", ["Saksikan video berikut ini:", "Videoyu izleyin",
                                    "Sehen Sie hier das Video:", "Regardez la vidéo ci-dessous"])
def test_a_prompt_to_a_video_goes(prompt):
    art = clean(_page(prompt, "POPULER", "Berita Terkini", where="end"))
    assert [r.rule for r in art.removed if r.text == prompt] == ["site_tools"]
    assert art.paragraphs == [LEAD, MIDDLE, CLOSE]


def test_a_lead_in_followed_by_its_quote_stays():
    lead_in = "The minister said:"
    quote = "“We will bring the children home, and the mothers will face trial.”"
    art = clean(_page(lead_in, quote, where="end"))
    assert lead_in in art.paragraphs and quote in art.paragraphs


def test_a_comment_moderation_notice_in_turkish_goes():
    line = ("Türkçe karakter kullanılmayan ve büyük harflerle yazılmış yorumlar"
            " onaylanmamaktadır.")
    art = clean(_page("Kaynak:", line, where="end"))
    assert [r.rule for r in art.removed if r.text == line] == ["comment_form"]


@pytest.mark.parametrize("line", [
    "Get the latest news on WhatsApp. Join our channel.",
    "Views expressed are personal.",
    "Have a story idea? Send it to us.",
    "Found an error? Let us know.",
    "Read our comment guidelines",
])
def test_appeals_and_notices_that_read_as_sentences_go(line):
    art = clean(_page(line))
    assert line not in art.paragraphs
    assert art.paragraphs == [LEAD, MIDDLE, CLOSE]


def test_a_sentence_about_an_error_stays():
    line = "Officials found an error in the list of 12 returnees, the ministry said on Tuesday."
    assert line in clean(_page(line)).paragraphs


@pytest.mark.parametrize("line", [
    "Hier können Sie unseren Newsletter abonnieren.", "Inscrivez-vous à notre newsletter.",
    "Meld je aan voor onze nieuwsbrief.", "Bültenimize abone olun.",
    "Son dakika haberleri için bizi takip edin.", "Baca berita lainnya di Google News",
    "Dapatkan update berita pilihan dan breaking news setiap hari dari Kompas.com.",
])
def test_newsletter_and_follow_appeals_in_other_languages_go(line):
    assert line not in clean(_page(line)).paragraphs


def test_a_sentence_about_a_newsletter_stays():
    line = "Die Gruppe warb über einen Newsletter zwölf Anhänger an, sagte die Polizei."
    assert line in clean(_page(line)).paragraphs


@pytest.mark.parametrize("lang, head, text", [
    ("id", "Polisi Tangkap 12 WNI Eks ISIS di Jakarta",
     "detikNews\nBerita\nRabu, 05 Mar 2019 10:22 WIB\nPolisi Tangkap 12 WNI Eks ISIS di Jakarta\n"
     "Jakarta - Polisi menangkap 12 WNI eks ISIS yang baru kembali dari Suriah, kata polisi.\n"
     "Mereka kini menjalani pemeriksaan di Mako Brimob, ujarnya kepada wartawan.\n"),
    ("fr", "Douze revenants arrêtés lors de perquisitions",
     "Accueil / Monde\nPublié le 05/03/2019 à 10h22 - Mis à jour le 05/03/2019 à 12h10\n"
     "Douze revenants arrêtés lors de perquisitions\nPar Jean Dupont\nLa police a arrêté lundi"
     " douze personnes revenues de Syrie, ont indiqué les autorités.\nL'enquête se poursuivra"
     " pendant plusieurs mois, a ajouté le ministère.\n"),
    ("es", "Detenidos doce retornados en una redada",
     "Inicio > Internacional\n05/03/2019 10:22 h.\nDetenidos doce retornados en una redada\n"
     "Redacción / EFE\nLa Policía detuvo el lunes a doce personas que regresaron de Siria,"
     " informaron las autoridades.\nLa investigación continuará durante varios meses, añadió el"
     " ministerio.\nCompartir en Facebook\n"),
])
def test_the_headline_under_a_brand_a_dated_field_or_above_a_newsroom_credit(lang, head, text):
    art = clean(text)
    assert art.title == head, lang
    furniture = ("detikNews", "Publié", "05/03", "Compartir")
    assert not any(p.startswith(furniture) for p in art.paragraphs)
    assert art.author != "Compartir en Facebook"


def test_a_lower_case_label_above_the_lead_of_a_page_with_no_headline_is_no_title():
    art = clean("dpa\n\n" + LEAD + "\n\n" + MIDDLE + "\n")
    assert art.title is None
    assert art.paragraphs == [LEAD, MIDDLE]


@pytest.mark.parametrize("field", ["Vandaag, 10:22", "Publié le 05/03/2019 à 10:22"])
def test_a_clock_or_dated_field_under_the_headline_is_header(field):
    art = clean("\n".join([HEADLINE, field, LEAD, MIDDLE]) + "\n")
    assert art.title == HEADLINE
    assert art.paragraphs == [LEAD, MIDDLE]


def test_a_lead_with_a_clock_time_under_the_headline_stays():
    lead = "At 10:22 on Monday police stormed the flat and arrested 12 people, officials said."
    assert lead in clean("\n".join([HEADLINE, lead, MIDDLE]) + "\n").paragraphs


def test_a_dateline_with_a_numeric_date_opening_a_short_lead_stays():
    lead = "SARAJEVO, 03.03.2016 - Six women returned on Sunday."
    art = clean("\n".join([HEADLINE, lead, MIDDLE]) + "\n")
    assert any(p.endswith("Six women returned on Sunday.") for p in art.paragraphs)


@pytest.mark.parametrize("first, rest", [
    ("Police said on Monday", "that twelve people were arrested after they returned from Syria."),
    ("Twelve people were arrested on Monday after they", "returned from Syria, police said."),
])
def test_a_lead_broken_by_a_line_end_gives_no_title(first, rest):
    art = clean(f"{first}\n{rest}\n\n{MIDDLE}\n")
    assert art.title is None
    assert art.paragraphs[0] == f"{first} {rest}"


@pytest.mark.parametrize("line", [
    '[caption id="attachment_123" align="aligncenter" width="640"] Women at the camp [/caption]',
    "[embed]https://www.youtube.com/watch?v=abc123[/embed]",
    "googletag.cmd.push(function() { googletag.display('div-gpt-ad-123'); });",
    "window.dataLayer = window.dataLayer || [];",
    '<img src="https://example.com/photo.jpg" alt="camp">',
])
def test_markup_and_script_left_by_a_scraper_go(line):
    art = clean(_page(line))
    assert [r.rule for r in art.removed if r.text == line] == ["markup"]
    assert art.paragraphs == [LEAD, MIDDLE, CLOSE]


@pytest.mark.parametrize("line", [
    "[AFP] Twelve people were arrested on Monday after they returned from Syria.",
    "Police seized phones, laptops and flags; four suspects were released later.",
    "The <b> tag was not the point; officials said twelve people were held.",
])
def test_prose_with_brackets_or_semicolons_stays(line):
    assert line in clean(_page(line)).paragraphs


# --- counters beside a label (furniture_shapes.without_counters) ------------------------------

@pytest.mark.parametrize(("line", "rest"), [
    ("Condividi 340", "Condividi"),
    ("Condividi  1,234", "Condividi"),
    ("3405 stampa questo articolo", "stampa questo articolo"),
    ("Komentari (12)", "Komentari"),
    ("Tweet 12 340", "Tweet"),
    ("Share\t23:37", "Share"),
])
def test_counters_beside_a_label_are_taken_off(line, rest):
    from helpers.furniture_shapes import without_counters
    assert without_counters(line) == rest


@pytest.mark.parametrize("line", ["Posted on 12.03.2021", "Share this"])
def test_a_date_or_a_line_with_no_counter_keeps_its_text(line):
    from helpers.furniture_shapes import without_counters
    assert without_counters(line) is None


def test_counters_after_a_long_run_of_spaces_are_still_found():
    """The counters at a line's end are sought right after the last letter, not at each space
    of a run before them (the pattern stays linear on long runs of spaces)."""
    from helpers.furniture_shapes import _COUNTERS
    assert _COUNTERS.sub("", "Condividi" + " " * 60 + "340") == "Condividi"
    assert _COUNTERS.sub("", " " * 3000 + "!\n") == " " * 3000 + "!\n"
