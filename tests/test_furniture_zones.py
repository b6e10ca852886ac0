"""Furniture by place and shape (issue 12, point 4), on pages written for this test: the text of a
list item whose bullet is furniture, labels above the first sentence, timed ticker headlines,
calls to action and cited sources after the story, and related links, video-player notices and
comment rules in the languages of the lexicon. Each class has a near miss that stays in the body.
No line is taken from a page of tests/realpages."""

from __future__ import annotations

import pytest

from helpers.cleaning import clean
from helpers.furniture_zones import (
    call_to_action,
    editor_initials,
    form_label,
    mark_leading_labels,
    mark_repeated_labels,
    timed_headline,
)

TITLE = "Floods cut off three valleys after a week of rain"
LEAD = "Rescuers reached the last of the cut-off villages on Sunday, the regional office said."
CLOSE = "The office said that roads to the valleys would open again within a week or two."


def _rules(art, text: str) -> set[str]:
    return {r.rule for r in art.removed if r.text.strip() == text.strip()}


def _body(art) -> str:
    return " ".join(art.paragraphs)


def test_the_text_under_a_furniture_bullet_goes_with_its_bullet():
    page = "\n\n".join([TITLE, LEAD, CLOSE, "Our programmes",
                        "  • Morning Show Morning Show",
                        "    Wake up with the news, the weather and music. Weekdays from 6am.",
                        "  • Late Jazz Late Jazz",
                        "    Smooth records for the night owls. Every Friday at 10pm."]) + "\n"
    art = clean(page)
    assert "Wake up with the news" not in _body(art) and "Smooth records" not in _body(art)
    assert _rules(art, "    Wake up with the news, the weather and music. Weekdays from 6am.") \
        == {"list_item_text"}
    assert CLOSE in _body(art)


def test_text_under_an_article_bullet_and_a_line_back_at_the_margin_stay():
    article_bullet = "  • The first convoy carried water and tents to the upper valley."
    under = "    Its drivers said the road was passable for trucks only in daylight."
    page = "\n\n".join([TITLE, LEAD, article_bullet, under, "  • Share Share",
                        "Officials said a second convoy would leave on Monday morning.",
                        CLOSE]) + "\n"
    art = clean(page)
    body = _body(art)
    assert "Its drivers said the road was passable" in body
    assert "a second convoy would leave on Monday morning" in body  # not indented: stays


def test_short_labels_above_the_first_sentence_go_once_the_header_is_read():
    page = "\n".join(["M", "Marjan", "Member", "KABUL - " + LEAD, CLOSE]) + "\n"
    art = clean(page)
    for label in ("M", "Marjan", "Member"):
        assert _rules(art, label) == {"leading_label"}, label
    assert "Rescuers reached the last" in _body(art) and CLOSE in _body(art)


def test_a_label_with_a_number_and_a_page_without_a_sentence_keep_their_lines():
    art = clean("\n".join(["Floods in three valleys", "Route 7", LEAD, CLOSE]) + "\n")
    assert "leading_label" not in {r.rule for r in art.removed}
    art = clean("Water levels\nNorth valley\nSouth valley\n")  # no sentence: nothing tells
    assert "leading_label" not in {r.rule for r in art.removed}


@pytest.mark.parametrize("line", [
    "09:28France - Charente : des dizaines d'habitants privés de chauffage",
    "14:05Sport - Two goals in the last minute",
    "7h45Politik - Koalition streitet über Haushalt",
])
def test_a_ticker_headline_with_its_time_glued_in_front_goes(line):
    assert timed_headline(line)
    art = clean("\n\n".join([TITLE, LEAD, CLOSE, "More videos", line]) + "\n")
    assert _rules(art, line) == {"timed_headline"}


@pytest.mark.parametrize("line", [
    "09:28 Police said the road to the upper valley was open again.",
    "At 09:28the first truck crossed the bridge, the office said.",
    "2019:10 was a typo in the report, the office said.",
])
def test_a_time_set_apart_from_its_text_stays(line):
    assert not timed_headline(line)


def test_a_call_to_action_after_the_last_sentence_goes():
    page = "\n\n".join([TITLE, LEAD, CLOSE, "Listener Club", "Get more with the Listener Club!"])
    art = clean(page + "\n")
    assert _rules(art, "Get more with the Listener Club!") == {"trailing_furniture"}
    assert _rules(art, "Listener Club") == {"trailing_furniture"}
    assert CLOSE in _body(art)


@pytest.mark.parametrize("line", ["Help us now!", "Subscribe today and never miss a story!"])
def test_calls_to_action_are_short_exclamations(line):
    assert call_to_action(line)


@pytest.mark.parametrize("line", [
    "We will rebuild every house in this valley before the winter comes back again!",
    "Help us! Please! The water is rising.",
    "The water is rising.",
])
def test_long_or_several_exclamations_are_no_call_to_action(line):
    assert not call_to_action(line)


def test_an_exclamation_inside_the_article_stays():
    quote = "“Get out now!”"
    art = clean("\n\n".join([TITLE, LEAD, quote, CLOSE]) + "\n")
    assert "Get out now!" in _body(art)


def test_a_cited_source_after_the_story_goes_and_one_inside_it_stays():
    cited = "Source : Weekly Letter on Floods, 30/05/2013, no. 779"
    art = clean("\n\n".join([TITLE, LEAD, CLOSE, cited]) + "\n")
    assert _rules(art, cited) == {"trailing_furniture"}
    inside = "Source: the regional office, which counted the flooded houses"
    art = clean("\n\n".join([TITLE, LEAD, inside, CLOSE]) + "\n")
    assert "which counted the flooded houses" in _body(art)


@pytest.mark.parametrize("line", [
    "Baca: Banjir memutus jalan ke tiga lembah",
    "Baca juga: Banjir memutus jalan ke tiga lembah",
    "Lihat juga: Banjir memutus jalan ke tiga lembah",
    "Leia também: Cheias cortam estrada para três vales",
    "Veja também - Cheias cortam estrada para três vales",
    "Ver también: Las inundaciones cortan la carretera",
    "Vedi anche: Le alluvioni isolano tre valli",
    "Mehr zum Thema: Hochwasser schneidet drei Täler ab",
    "Lees meer: Overstromingen sluiten drie dalen af",
])
def test_related_links_in_other_languages_go(line):
    art = clean("\n\n".join([TITLE, LEAD, line, CLOSE]) + "\n")
    assert _rules(art, line) == {"related_headlines"}
    assert CLOSE in _body(art)


@pytest.mark.parametrize("sentence", [
    "Baca-baca buku di perpustakaan desa menjadi kegiatan warga selama banjir.",
    "Leia o relatório completo da defesa civil sobre as cheias.",
    "Mehr als dreihundert Menschen mussten ihre Häuser verlassen.",
])
def test_sentences_opening_like_a_related_link_stay(sentence):
    art = clean("\n\n".join([TITLE, LEAD, sentence, CLOSE]) + "\n")
    assert sentence.rstrip(".") in _body(art)


@pytest.mark.parametrize(("line", "rule"), [
    ("Vidéo suivante dans 5 secondes", "widget"),
    ("Next video in 10 seconds", "widget"),
    ("Nächstes Video", "widget"),
    ("Autres vidéos", "related_headlines"),
    ("Weitere Videos", "related_headlines"),
    ("Video lainnya", "related_headlines"),
    ("Vos réactions doivent respecter nos CGU.", "comment_form"),
    ("Comments must respect our community guidelines.", "comment_form"),
    ("Kommentare müssen unsere Regeln einhalten.", "comment_form"),
])
def test_video_player_notices_and_comment_rules_go(line, rule):
    art = clean("\n\n".join([TITLE, LEAD, CLOSE, line]) + "\n")
    assert _rules(art, line) == {rule}


@pytest.mark.parametrize("sentence", [
    "The next video released by the office showed the flooded school.",
    "Comments from residents must be collected before the report is written, she said.",
])
def test_sentences_about_videos_and_comments_stay(sentence):
    art = clean("\n\n".join([TITLE, LEAD, sentence, CLOSE]) + "\n")
    assert sentence.rstrip(".") in _body(art)


@pytest.mark.parametrize("line", ["ab / cd / ef", "kl/mn (Reuters, AFP, dpa)", "XYZ/abc", "pq/rs"])
def test_editors_initials_after_a_wire_story_go(line):
    art = clean("\n\n".join([TITLE, LEAD, CLOSE, line]) + "\n")
    assert _rules(art, line) == {"editor_initials"}
    assert CLOSE in _body(art)


@pytest.mark.parametrize("line", ["AFP/AP", "Jane Roe/Example News", "Roads closed/open: 3/7",
                                  "The 24/7 shelter opened on the hill, the office said."])
def test_credits_and_sentences_with_slashes_are_no_initials(line):
    assert not editor_initials(line)


def test_form_fields_after_the_last_sentence_go_and_a_lead_in_inside_stays():
    fields = ["Recipient's Address:", "Recipient:", "Your Note:"]
    art = clean("\n\n".join([TITLE, LEAD, CLOSE, "Send this article", *fields]) + "\n")
    for field in fields:
        assert _rules(art, field), field  # a rule took it ('Recipient:' reads as a source label)
    assert all(form_label(field) for field in fields)
    assert not any(form_label(t) for t in ("They are:", "He added:", "The victims were:"))
    for lead_in in ("The office listed three villages:", "They are:", "He added:"):
        art = clean("\n\n".join([TITLE, LEAD, CLOSE, lead_in, "Upper Dara", "Lower Dara"])
                    + "\n")
        assert lead_in.rstrip(":") in _body(art), lead_in


def test_a_label_printed_on_two_lines_below_the_lead_goes_both_times():
    label = "Weather in the valleys"
    art = clean("\n\n".join([TITLE, LEAD, label, CLOSE, label]) + "\n")
    assert [r.rule for r in art.removed if r.text == label] == ["repeated_line"] * 2
    assert "Rescuers reached the last" in _body(art) and CLOSE in _body(art)


def test_a_crosshead_printed_once_stays_out_of_the_repeats():
    art = clean("\n\n".join([TITLE, LEAD, "Roads and bridges", CLOSE]) + "\n")
    assert "repeated_line" not in {r.rule for r in art.removed}


@pytest.mark.parametrize("line", [
    "Mayor Opens Three Shelters After Heavy Rains Flood Western Villages",
    "Minister Says Rescue Teams Reached Every Village: ‘We Never Stopped Searching’",
])
def test_a_title_case_headline_set_among_the_paragraphs_goes(line):
    art = clean("\n\n".join([TITLE, LEAD, line, CLOSE]) + "\n")
    assert _rules(art, line) == {"inserted_headline"}
    assert CLOSE in _body(art)


@pytest.mark.parametrize("sentence", [
    "Die Bundesregierung hat drei Familien aus dem Lager geholt, sagte ein Sprecher",
    "Residents of Upper Dara, Lower Dara and Sangin were moved to the school",
    "Upper Dara Lower Dara Sangin Kandak Mirza Olang.",
])
def test_prose_and_a_list_closed_by_a_full_stop_are_no_inserted_headline(sentence):
    art = clean("\n\n".join([TITLE, LEAD, sentence, CLOSE]) + "\n")
    assert "inserted_headline" not in {r.rule for r in art.removed}


@pytest.mark.parametrize(("line", "rule"), [
    ("HomeWorldPoliticsBusiness Sport", "navigation_menu"),
    ("Floods close the mountain road www.youtube.com", "embed_title"),
    ("Three villages cut off by the river twitter.com", "embed_title"),
])
def test_glued_menus_and_embed_titles_go(line, rule):
    art = clean("\n\n".join([TITLE, LEAD, CLOSE, line]) + "\n")
    assert _rules(art, line) == {rule}


@pytest.mark.parametrize("sentence", [
    "The McDonald's on the corner and the iPhone shop were flooded.",
    "Videos of the flood were shared on www.youtube.com by residents.",
])
def test_names_in_camel_case_and_a_sentence_naming_a_domain_stay(sentence):
    art = clean("\n\n".join([TITLE, LEAD, sentence, CLOSE]) + "\n")
    assert sentence.rstrip(".") in _body(art)


@pytest.mark.parametrize(("line", "rule"), [
    ("Pie de foto: Vecinos caminan por la calle inundada. EFE", "photo_caption"),
    ("Légende : Des habitants dans la rue inondée.", "photo_caption"),
    ("Bildunterschrift: Anwohner in der überfluteten Straße", "photo_caption"),
    ("Image result for regional governor floods", "photo_caption"),
    ("Artikel ini telah tayang di Example.com dengan judul \"Banjir di tiga lembah\"",
     "legal_notice"),
    ("Cet article a été publié sur le site de l'office régional.", "legal_notice"),
    ("This post is also available in: Bosnian", "site_tools"),
    ("Read more Floods close the mountain road", "related_headlines"),
    ("See also “Three villages cut off”", "related_headlines"),
])
def test_caption_labels_republish_notices_and_bare_related_links_go(line, rule):
    art = clean("\n\n".join([TITLE, LEAD, line, CLOSE]) + "\n")
    assert _rules(art, line) == {rule}
    assert CLOSE in _body(art)


@pytest.mark.parametrize("sentence", [
    "See also Mr Roe, who said the office was right.",
    "Read more than a hundred reports and you will find the same story.",
    "Foto und Video zeigen das überflutete Dorf, sagte die Polizei.",
])
def test_sentences_opening_like_captions_or_links_stay(sentence):
    art = clean("\n\n".join([TITLE, LEAD, sentence, CLOSE]) + "\n")
    assert sentence.rstrip(".") in _body(art)


def test_a_site_name_in_title_case_above_the_first_sentence_goes_and_a_lower_case_line_stays():
    cores = ["Northern Valleys Relief Network", "heavy rain for a week in the north", LEAD, CLOSE]
    rule: list[str | None] = [None] * len(cores)
    mark_leading_labels(cores, rule)
    assert rule == ["leading_label", None, None, None]


@pytest.mark.parametrize("line", ["Powered by WordPress", "WP Auto Publish Powered By :",
                                  "Propulsé par Example CMS"])
def test_the_credit_of_the_sites_software_goes(line):
    art = clean("\n\n".join([TITLE, LEAD, CLOSE, line]) + "\n")
    assert _rules(art, line) == {"site_tools"}


def test_a_sentence_about_a_powered_plant_stays():
    sentence = "The pumps, powered by a diesel generator, drained the school by noon."
    art = clean("\n\n".join([TITLE, LEAD, sentence, CLOSE]) + "\n")
    assert sentence.rstrip(".") in _body(art)


def test_a_standfirst_printed_again_as_the_lead_goes_once_and_the_lead_stays():
    standfirst = "Rescuers reached the last of the cut-off villages on Sunday, officials said."
    page = "\n".join([TITLE, standfirst, "NORTH VALLEY, June 2 / Example News /", "",
                      standfirst, "", CLOSE]) + "\n"
    art = clean(page)
    assert [r.rule for r in art.removed if r.text == standfirst] == ["repeated_standfirst"]
    assert _body(art).count("Rescuers reached the last") == 1


def test_a_block_the_scraper_printed_twice_keeps_its_first_copy():
    block = [LEAD, "Water stood a metre deep in the school, the office said."]
    art = clean("\n".join([TITLE, *block, *block, CLOSE]) + "\n")
    assert "repeated_standfirst" not in {r.rule for r in art.removed}
    assert _body(art).startswith("Rescuers reached the last")


def test_a_headline_printed_twice_above_the_lead_keeps_one_copy_for_the_header():
    cores = ["Site Name", "Two villages cut off", "Two villages cut off", LEAD, CLOSE]
    rule: list[str | None] = [None] * len(cores)
    mark_repeated_labels(cores, rule)
    assert rule == [None, None, "repeated_line", None, None]


@pytest.mark.parametrize(("line", "rule"), [
    ("Get the latest headlines delivered to your inbox every morning.", "appeal"),
    ("We respect your privacy.", "appeal"),
    ("By signing up you agree to our Terms of Service and Privacy Policy.", "appeal"),
    ("Do you have information about this story? Contact us.", "appeal"),
    ("JavaScript is disabled in your browser.", "page_notice"),
    ("Please enable cookies.", "page_notice"),
    ("Correction: An earlier version misstated the number of valleys.", "page_notice"),
    ("This story has been corrected to show the flood hit three valleys.", "page_notice"),
    ("Send us a correction", "page_notice"),
    ("Reuters contributed reporting.", "legal_notice"),
    ("Our Standards: The Thomson Reuters Trust Principles.", "legal_notice"),
    ("This article originally appeared on Example News.", "legal_notice"),
    ("Tweet this", "share_widget"),
    ("Gift this article", "share_widget"),
    ("Share full article", "share_widget"),
    ("More to explore", "related_headlines"),
    ("Promoted by Outbrain", "related_headlines"),
])
def test_english_widget_sentences_go_anywhere(line, rule):
    art = clean("\n\n".join([TITLE, LEAD, line, CLOSE]) + "\n")
    assert _rules(art, line) == {rule}
    assert CLOSE in _body(art)


@pytest.mark.parametrize("sentence", [
    "The volunteers contributed food and blankets to the shelter, the office said.",
    "Residents said they respect the decision to close the road.",
    "Please enable the sirens earlier next time, the mayor told the office.",
])
def test_article_sentences_near_those_widgets_stay(sentence):
    art = clean("\n\n".join([TITLE, LEAD, sentence, CLOSE]) + "\n")
    assert sentence.rstrip(".") in _body(art)


def test_a_captions_first_line_goes_with_its_credit_on_a_page_with_blank_lines():
    caption = "Rescuers carry a child across the river."
    credit = "Photo: Jane Roe/Example News"
    page = "\n\n".join([TITLE, caption + "\n" + credit, LEAD, CLOSE]) + "\n"
    art = clean(page)
    assert _rules(art, caption) == {"photo_caption"}
    assert "Rescuers reached the last" in _body(art)


def test_a_short_sentence_with_a_count_above_a_credit_stays():
    # it may be article text: a caption kept costs less than a count lost
    credit = "Photo: Jane Roe/Example News"
    for line in ("Forty women came home in March.", "Some 40 women came home in March."):
        art = clean("\n\n".join([TITLE, line + "\n" + credit, LEAD, CLOSE]) + "\n")
        assert line.rstrip(".") in _body(art), line


def test_a_lead_run_into_a_credit_stays():
    credit = "Photo: Jane Roe/Example News"
    art = clean("\n".join([TITLE, credit, LEAD, CLOSE]) + "\n")  # no blank lines at all
    assert "Rescuers reached the last" in _body(art)
    long_lead = "Rescuers reached the last of the cut-off villages on Sunday after three days"
    for lead in (LEAD, long_lead):  # it reports who said it, or it is longer than a caption
        art = clean("\n\n".join([TITLE, lead + "\n" + credit, CLOSE]) + "\n")
        assert lead.rstrip(".") in _body(art), lead


@pytest.mark.parametrize(("line", "rule"), [
    ("Blog at WordPress.com.", "site_tools"),
    ("Newer Post Older Post Home", "site_tools"),
    ("View my complete profile", "site_tools"),
    ("▼ March (3)", "site_tools"),
    ("* indicates required", "comment_form"),
    ("The post Floods cut off three valleys appeared first on Example News.", "site_tools"),
    ("This entry was posted in World and tagged floods. Bookmark the permalink.", "site_tools"),
    ("Visit Example News for more stories.", "site_tools"),
    ("Continue reading →", "site_tools"),
    ("(via Example News)", "site_tools"),
    ("Labels: floods, rain", "taxonomy"),
])
def test_blog_and_site_template_lines_go(line, rule):
    art = clean("\n\n".join([TITLE, LEAD, line, CLOSE]) + "\n")
    assert _rules(art, line) == {rule}
    assert CLOSE in _body(art)


@pytest.mark.parametrize("sentence", [
    "The post office in the upper valley reopened on Monday, officials said.",
    "Visitors were asked to stay away from the river for more days.",
    "Followers of the mayor gathered at the school to help.",
])
def test_sentences_that_open_like_template_lines_stay(sentence):
    art = clean("\n\n".join([TITLE, LEAD, sentence, CLOSE]) + "\n")
    assert sentence.rstrip(".") in _body(art)


def test_without_a_headline_the_first_word_label_stays_and_an_avatar_letter_goes():
    cores = ["Politics", "Digger", LEAD, CLOSE]
    rule: list[str | None] = [None] * len(cores)
    mark_leading_labels(cores, rule, titled=False)
    assert rule == [None, "leading_label", None, None]
    cores = ["D", "Digger", LEAD, CLOSE]
    rule = [None] * len(cores)
    mark_leading_labels(cores, rule, titled=False)
    assert rule == ["leading_label", "leading_label", None, None]


def test_the_cut_last_line_of_a_story_printed_twice_keeps_its_first_copy():
    cut = "The river, whose banks broke near the old mill, rose by 3 metres"
    page = "\n".join([LEAD, CLOSE, cut, CLOSE, cut])
    art = clean(page)
    assert cut in " ".join(art.paragraphs)
    assert " ".join(art.paragraphs).count(cut) == 1
    # near miss: a label of six words printed after two different lines is still furniture
    label = "Read more stories from the valleys"
    art = clean("\n".join([LEAD, label, CLOSE, label]))
    assert label not in " ".join(art.paragraphs)
