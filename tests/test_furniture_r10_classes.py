"""Furniture classes of issue 12 point 4 told by a line's shape and place, met on pages from new
sites and tested on pages written for these tests: a short label ending with a colon after the
article's last sentence ('للمزيد:', 'Оставить сообщение:'), and related links printed as a
source's or writer's name, a dash and a headline. No article sentence is lost."""

from __future__ import annotations

import pytest

from helpers.cleaning import clean
from helpers.menus import colon_label, credited_headline

LEAD = ("Rescuers recovered the bodies of 12 migrants on Tuesday after their boat capsized off the"
        " coast, the coastguard said.")
MORE = "Another 40 people were taken to hospital, officials added."


def _kept(text: str) -> str:
    return " ".join(clean(text).paragraphs)


@pytest.mark.parametrize("label", ["للمزيد:", "Оставить сообщение:", "Numéros de page :",
                                   "Lees ook:", "Mehr zum Thema:"])
def test_a_colon_label_after_the_last_sentence_goes(label):
    text = f"Boat capsizes off the coast\n\n{LEAD}\n\n{MORE}\n\n{label}\n"
    art = clean(text)
    assert any(r.text == label for r in art.removed)
    assert LEAD in _kept(text) and MORE in _kept(text)


def test_a_colon_label_closes_the_walk_up_the_page():
    # the line above the label is not read as furniture: it may be the article's last line
    # that lost its full stop
    last = "The search continues on Wednesday with two ships and a plane"
    text = f"Boat capsizes off the coast\n\n{LEAD}\n\n{last}\n\nNuméros de page :\n"
    assert last in _kept(text)


@pytest.mark.parametrize("line", ["He said:", "Il a ajouté :", "The minister said the following"
                                  " about the case:"])
def test_a_lead_in_to_a_quote_that_follows_stays(line):
    quote = "“We will bring every child home,” the statement read."
    text = f"Boat capsizes off the coast\n\n{LEAD}\n\n{line}\n\n{quote}\n"
    assert line.rstrip(": ").split()[0] in _kept(text) and "every child" in _kept(text)


@pytest.mark.parametrize("line, yes", [
    ("NCTV – Dreigingsniveau terrorisme verhoogd", True),
    ("Jan Jaap de Ruiter – ‘Nederlandse’ jihadisten zijn nu geen ‘Marokkanen’ meer", True),
    ("BBC | Floods hit the north of the country", True),
    ("Reuters - Ten dead as storms sweep the coast", True),
    ("The ministry – which runs the camps – gave no figure.", False),  # a sentence
    ("Police in the north - where the floods hit - counted the dead", False),  # no name first
    ("Colonel John Smith Jr. of the Army – the head of the unit", False),  # over four words
])
def test_credited_headlines(line, yes):
    assert credited_headline(line) is yes


def test_credited_related_links_at_the_end_go_and_the_text_stays():
    links = ("NCTV – Dreigingsniveau terrorisme verhoogd\n"
             "Jan Jaap de Ruiter – ‘Nederlandse’ jihadisten zijn nu geen ‘Marokkanen’ meer\nANP")
    text = f"{LEAD}\n{MORE}\n{links}\n"
    kept = _kept(text)
    assert LEAD in kept and MORE in kept
    assert "NCTV" not in kept and "Ruiter" not in kept


def test_colon_label_shape():
    assert colon_label("Read more:") and colon_label("للمزيد:")
    assert not colon_label("The ministry gave these figures for the five camps in the north:")
    assert not colon_label("Read more")


def test_a_caption_printed_twice_as_a_block_of_its_own_goes_whole():
    caption = "The wreck of the boat lies on the beach near the harbour."
    text = f"Boat capsizes off the coast\n\n{LEAD}\n\n{caption}\n{caption}\n\n{MORE}\n"
    kept = _kept(text)
    assert caption not in kept and LEAD in kept and MORE in kept


def test_a_sentence_printed_twice_inside_a_paragraph_keeps_one_copy():
    # no blank line around the two copies: text alone cannot tell them from a caption
    line = "The wreck of the boat lies on the beach near the harbour."
    text = f"Boat capsizes off the coast\n\n{LEAD}\n{line}\n{line}\n{MORE}\n"
    assert _kept(text).count(line) == 1


@pytest.mark.parametrize("line, gone", [
    ("Copyright Ships & Ports Ltd. Permission to use quotations from this article is granted"
     " subject to appropriate credit given to the site as the source.", True),
    ("Copyright Example Media Group. Reproduction in whole or in part is forbidden.", True),
    ("Copyright law was changed in 2019. Permission is now needed for 12 kinds of use, the court"
     " said.", False),
])
def test_a_copyright_owner_and_the_terms_of_use(line, gone):
    text = f"{LEAD}\n{MORE}\n{line}\n"
    assert (line not in _kept(text)) is gone


@pytest.mark.parametrize("line", [
    "facebook twitter whatsapp telegram line copy",
    "facebook icon twitter icon whatsapp icon telegram icon line icon copy",
    "Facebook | Twitter | Email",
])
def test_a_row_of_share_buttons_goes(line):
    text = f"Boat capsizes off the coast\n\n{LEAD}\n\n{line}\n\n{MORE}\n"
    kept = _kept(text)
    assert "twitter" not in kept.casefold() and LEAD in kept and MORE in kept


def test_networks_named_in_a_sentence_stay():
    line = "Facebook, Twitter and Telegram removed 40 accounts of the group, the company said."
    assert line in _kept(f"Boat capsizes off the coast\n\n{LEAD}\n\n{line}\n")


@pytest.mark.parametrize("line, gone", [
    ("Baca juga Puding Jagung Sedot, Buatan Mahasiswa KKN 43 UTM", True),
    ("Ver más: El último kilómetro de tierra bajo dominio del Estado Islámico", True),
    ("Lees ook Kabinet wil meer geld voor de kustwacht", True),
    ("Read also the report of the UN, which says 40 people died.", False),  # a sentence
    ("Ver más de 100 personas murieron en el naufragio, según la guardia costera.", False),
])
def test_a_related_link_whose_marker_has_no_colon(line, gone):
    text = f"Boat capsizes off the coast\n\n{LEAD}\n\n{line}\n\n{MORE}\n"
    assert (line not in _kept(text)) is gone


@pytest.mark.parametrize("page, title", [
    ("61 people are missing after a boat capsizes.\n\n0\n119\n\n61 people are missing after a boat"
     " carrying migrants capsized off Libya. All are feared dead.\n",
     "61 people are missing after a boat capsizes."),
    # a lead with no headline: its first sentence is no title, nor is a one-sentence lead
    # taken up by the next paragraph in other words
    ("Rescuers found 12 bodies on the beach.\n\nThey said the search would go on.\n", None),
    ("Rescuers found 12 bodies on the beach on Tuesday.\n\nRescuers found 12 bodies on the beach on"
     " Tuesday. They said the search would go on.\n", None),
])
def test_a_headline_with_a_full_stop_taken_up_by_the_lead(page, title):
    assert clean(page).title == title


@pytest.mark.parametrize("line", [
    "Sizin e-poçt ünvanınız dərc edilməyəcəkdir. Gərəkli sahələr * ilə işarələnmişdir",
    "Vaša e-mail adresa neće biti objavljena. Neophodna polja su označena sa *",
    "Adınız *",
])
def test_a_comment_forms_required_fields_note_in_any_language(line):
    text = f"Boat capsizes off the coast\n\n{LEAD}\n\n{line}\n\n{MORE}\n"
    kept = _kept(text)
    assert "*" not in kept and LEAD in kept and MORE in kept


def test_a_footnote_asterisk_glued_to_its_word_stays():
    line = "The court jailed 12 members of ISIS* on Monday, the prosecutor said."
    assert "12 members" in _kept(f"Court jails group members\n\n{LEAD}\n\n{line}\n")


@pytest.mark.parametrize("line", ["They are:", "The victims were:", "Er sagte:", "Ils sont :"])
def test_a_lead_in_ending_with_a_verb_stays_before_removed_lines(line):
    # the names below it read as a signature and go; the lead-in is article text all the same
    names = "Upper Dara\n\nLower Dara\n"
    text = f"Boat capsizes off the coast\n\n{LEAD}\n\n{MORE}\n\n{line}\n\n{names}"
    assert line.rstrip(" :") in _kept(text)


@pytest.mark.parametrize("line", ["Share this:", "Like this:", "Tags:", "Оставить сообщение:"])
def test_widget_labels_ending_with_a_colon_go(line):
    text = f"Boat capsizes off the coast\n\n{LEAD}\n\n{MORE}\n\n{line}\n"
    assert line.rstrip(" :") not in _kept(text)


def test_a_page_in_portuguese_is_not_read_as_english():
    # its many 'a' and 'as' are English words too; were it English, its headline (accented
    # words in lower case, no full stop) would go as a line in another language
    page = ("Pelo menos 42 migrantes desaparecem após naufrágio de barco na costa da Líbia\n\n"
            "Pelo menos 42 migrantes estão desaparecidos após o naufrágio de um barco a sul da"
            " costa, informou a organização. As autoridades resgataram sete pessoas que ficaram à"
            " deriva durante seis dias, a norte do campo.\n")
    art = clean(page)
    assert art.title is not None and art.title.startswith("Pelo menos 42 migrantes")
    assert art.language != "en"


def test_a_bulleted_headline_goes_with_the_run_it_stands_in():
    links = ("• Guru PAUD di Purbalingga Terserempet Bus Sinar Jaya, Polisi Jelaskan Kenapa\n"
             "• Ngeri Tebing Batu di Karangsambung Kebumen Longsor, Batu Besar Berserakan\n"
             "• Unik, Caping yang Jadi Alat Musik ini Hasilkan Suara Mirip Gamelan, Asli\n")
    lead = "Setidaknya ada 660 WNI yang diduga menjadi teroris lintas batas, kata kementerian."
    text = (f"Kisah Gadis WNI yang Ingin Pulang\n{lead}\n{links}"
            "Beberapa dari mereka bergabung dengan ISIS di Suriah dan Irak, kata pejabat itu.\n")
    kept = _kept(text)
    assert "Guru PAUD" not in kept and "Caping" not in kept and lead in kept


def test_bulleted_sentences_of_the_article_stay():
    items = ("• 12 people died in the north, the ministry said.\n"
             "• 40 people were taken to hospital.\n• The search goes on.\n")
    kept = _kept(f"Boat capsizes off the coast\n\n{LEAD}\n{items}")
    assert "12 people died" in kept and "40 people" in kept and "search goes on" in kept
