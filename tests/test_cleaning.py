"""Cleaning on the seeds: furniture goes, every article sentence stays, every removal is logged."""

from __future__ import annotations

import re
import sys

import pytest
from conftest import SEED_IDS, SEEDS, normalise

from helpers import captions
from helpers.cleaning import clean, detect_language

FURNITURE = [
    "Found a bug?", "Join Telegram", "Exchange Rates", "494.98", "521.17", "Читайте также",
    "ПОДЕЛИТЬСЯ", "Comment Policy", "©REUTERS", "Location: Central Asia", "Topic:",
    "Иконка", "Реклама", "Social", "Социальные сети", "Weather", "Do you like this article?",
    "Comment(s)", "Kazakhstanis advised to leave Ukraine", "How Tokayev was greeted in Serbia",
    "Source URL", "Redtryfan77", "Own work", "Manjali mosque", "End OE Watch Commentary",
    "By Dmitriy Khegai", "By Dinara Urazova", "Author:", "By Arman Kaliyev", "**", "](",
    "Kazakhstani Defence Ministry]", "сентября",
]

# Sentences picked by hand from each seed: the article's own words must all survive.
KEY_SENTENCES = {
    "000_5aa293250e0fc64e": [
        "Kazakhstan authorities should give specially attention to internal security until the"
        " military conflict in Syria is fully settled: political analyst Aidos Sarym.",
        "According to the expert, many extremists will return to Kazakhstan.",
        "Kazakhstan can only provide general recommendations, call the warring sides to peaceful"
        " negotiations and provide a platform for such, just like in the case with the Iranian"
        " nuclear talks, Zhumaly said.",
    ],
    "001_f296294bf3f9221a": [
        "Half of them are women, Tengrinews reports.",
        "This, Abykayev said, increases the geographical extent of terrorist threat in the world,"
        " since militants might return to their countries.",
        "The Chairman of the National Security Committee stressed that other state agencies along"
        " with the Anti-Terrorist Centre of Kazakhstan were working together with NGOs to stop"
        " the radicalization of the people of Kazakhstan.",
    ],
    "002_470278bf6f952a16": [
        "Footage appearing to show Kazaks with hard-line Islamist rebels causes shockwaves back"
        " home.",
        "A source in the security services told the Radiotochka news site that there were about"
        " 190 Kazak nationals fighting in Syria.",
        "“I am not in favour of an amnesty for all. Each case should be treated on an individual"
        " basis,” he said.",
        "where he said “the danger of religious extremism is not perceived but real”.",
    ],
    "003_609f6d418b59efb3": [
        "ASTANA -- Hundreds of young Kazakhstanis who fought for \"Islamic State\" (IS)",
        "Authorities detected no such cases in 2017.",
        "Closing the road back home",
        "Building the foundation of society",
        "the tougher it is to sow the seeds of animosity among youth, she said.",
    ],
    "004_a8144fba6b505cff": [
        "OE Watch Commentary: A Russian-language article on 6 March from the Kazakhstan-focused"
        " Russian-language news website Tengri News presented new statistics",
        "The deputy chairman believes that Kazakhstan needs to improve its national programming"
        " to counter terrorism and religious extremism.",
        "57 вернувшихся из Сирии казахстанцев осуждены",
        "57 Kazakhstani returnees from Syria sentenced – KNB",
        "125 citizens returned from Kazakhstan to Syria, 57 of whom were convicted.",
    ],
}


@pytest.fixture(scope="module")
def bodies(seed_corpus):
    return seed_corpus.documents.set_index("doc_id")["text"].to_dict()


@pytest.mark.parametrize("doc_id", SEED_IDS)
def test_no_furniture_survives(bodies, doc_id):
    left = [s for s in FURNITURE if s in bodies[doc_id]]
    assert not left, f"{doc_id} body still holds {left}"


def test_key_sentences_cover_every_seed():
    assert sorted(KEY_SENTENCES) == SEED_IDS


@pytest.mark.parametrize("doc_id", SEED_IDS)
def test_key_sentences_survive(bodies, doc_id):
    missing = [s for s in KEY_SENTENCES[doc_id] if s not in bodies[doc_id]]
    assert not missing


@pytest.mark.parametrize("doc_id", SEED_IDS)
def test_every_line_not_logged_is_in_the_body(seed_corpus, bodies, doc_id):
    """Nothing leaves the body unaccounted: a raw line is in the clean text or in the log."""
    removed = seed_corpus.removed[seed_corpus.removed["doc_id"] == doc_id]
    logged: dict[int, list[str]] = {}
    for row in removed.itertuples():
        logged.setdefault(row.line_no, []).append(row.text)
    body = normalise(bodies[doc_id])
    raw = (SEEDS / f"{doc_id}.txt").read_text(encoding="utf-8").split("\n")
    for n, line in enumerate(raw, start=1):
        if not line.strip() or line.strip() in logged.get(n, []):
            continue
        rest = normalise(line)
        for part in logged.get(n, []):  # a part of the line moved out (inline byline, sign-off)
            assert normalise(part) in rest, f"{doc_id}:{n} logs text that is not on the line"
            rest = rest.replace(normalise(part), "").strip(" *")
        assert rest in body, f"{doc_id} line {n} is neither in the body nor logged: {line[:60]!r}"


@pytest.mark.parametrize("doc_id", SEED_IDS)
def test_every_logged_line_is_a_raw_line(seed_corpus, doc_id):
    raw = (SEEDS / f"{doc_id}.txt").read_text(encoding="utf-8").split("\n")
    removed = seed_corpus.removed[seed_corpus.removed["doc_id"] == doc_id]
    for row in removed.itertuples():
        assert row.text in raw[row.line_no - 1], (doc_id, row.line_no, row.text)
    assert len(removed) == seed_corpus.documents.set_index("doc_id").loc[doc_id, "removed_lines"]


def test_rules_that_took_the_seed_furniture(seed_corpus):
    removed = seed_corpus.removed.set_index(["doc_id", "line_no"])["rule"]
    expected = {
        ("000_5aa293250e0fc64e", 1): "advert",
        ("000_5aa293250e0fc64e", 2): "navigation_menu",
        ("000_5aa293250e0fc64e", 10): "widget",
        ("000_5aa293250e0fc64e", 14): "widget",
        ("001_f296294bf3f9221a", 5): "widget",
        ("001_f296294bf3f9221a", 7): "photo_credit",
        ("001_f296294bf3f9221a", 16): "duplicate_paragraph",
        ("001_f296294bf3f9221a", 40): "related_headlines",
        ("001_f296294bf3f9221a", 50): "related_headlines",
        ("001_f296294bf3f9221a", 54): "rates_weather",
        ("001_f296294bf3f9221a", 56): "numbers_only",
        ("001_f296294bf3f9221a", 51): "other_script_interface",
        ("002_470278bf6f952a16", 67): "taxonomy",
        ("002_470278bf6f952a16", 75): "source_url (moved to url)",
        ("003_609f6d418b59efb3", 6): "photo_caption",
        ("003_609f6d418b59efb3", 48): "widget",
        ("004_a8144fba6b505cff", 9): "signoff",
        ("004_a8144fba6b505cff", 21): "photo_credit",
    }
    assert {key: removed.loc[key] for key in expected} == expected


def test_repeated_paragraphs_of_001_appear_once(seed_corpus, bodies):
    body = bodies["001_f296294bf3f9221a"]
    for start in ("The National Security Committee of Kazakhstan has declared",
                  "\"The chairman of the National Security Committee of Kazakhstan Nurtai"):
        assert body.count(start) == 1
    doc = seed_corpus.documents.set_index("doc_id").loc["001_f296294bf3f9221a"]
    assert doc["duplicate_paragraphs"] == 2
    assert body.startswith("The National Security Committee of Kazakhstan has declared")


def test_only_001_has_duplicates(seed_corpus):
    counts = seed_corpus.documents.set_index("doc_id")["duplicate_paragraphs"].to_dict()
    assert {k: v for k, v in counts.items() if v} == {"001_f296294bf3f9221a": 2}


def test_russian_source_title_of_004_is_kept(seed_corpus):
    sents = seed_corpus.documents.set_index("doc_id").loc["004_a8144fba6b505cff", "text"]
    assert "Source: “57 вернувшихся из Сирии казахстанцев осуждены – КНБ (57 Kazakhstani" in sents


def test_markdown_is_removed_but_words_kept(bodies):
    assert "website Tengri News presented" in bodies["004_a8144fba6b505cff"]
    assert "*Tengri News*" not in bodies["004_a8144fba6b505cff"]


# --- the rules on small pages written here ------------------------------------------------

PAGE = """Home | News | World | Sport

Officials promise help for families of returnees

Published on: 12 May 2017

By Anna Example

Share this story

The ministry said on Friday that it would pay for schooling. It gave no figure.

Реклама

Смотрите также
"""


def test_clean_logs_every_rule_on_a_small_page():
    art = clean(PAGE)
    assert art.title == "Officials promise help for families of returnees"
    assert art.author == "Anna Example"
    assert (str(art.date.date), art.date_basis) == ("2017-05-12", "stated")
    assert art.paragraphs == ["The ministry said on Friday that it would pay for schooling. It"
                              " gave no figure."]
    assert [(r.line_no, r.rule) for r in art.removed] == [
        (1, "navigation_menu"), (3, "title (moved to title)"), (5, "date (moved to date_text)"),
        (7, "byline (moved to author)"), (9, "widget"), (13, "advert"),
        (15, "related_headlines")]


def test_russian_quote_in_english_sentence_is_kept():
    page = ("A headline about a court\n\nThe court cited the law «О противодействии терроризму»"
            " in its ruling. The ruling was final.\n")
    assert clean(page).paragraphs == [page.split("\n\n")[1].strip()]


def test_short_foreign_label_goes_but_long_foreign_paragraph_stays():
    page = ("Ministers discuss a new rehabilitation law\n\nВойти\n\nThe law was discussed on"
            " Tuesday. It has twelve articles.\n\nЗакон был принят в первом чтении. Депутаты"
            " поддержали его большинством голосов.\n")
    art = clean(page)
    assert "Войти" not in " ".join(art.paragraphs)
    assert [r.rule for r in art.removed if r.text == "Войти"] == ["other_script_interface"]
    # a full sentence in the other script is prose in another language, not interface text
    assert art.paragraphs[-1].startswith("Закон был принят в первом чтении.")
    assert not any(r.text.startswith("Закон") for r in art.removed)


def test_duplicate_keeps_first_occurrence_and_logs_the_second():
    page = "A title line\n\nFirst paragraph here. It is long.\n\nSecond one.\n\nFirst paragraph" \
           " here. It is long.\n"
    art = clean(page)
    assert art.paragraphs == ["First paragraph here. It is long.", "Second one."]
    assert art.duplicate_paragraphs == 1
    assert [(r.line_no, r.rule) for r in art.removed if r.rule == "duplicate_paragraph"] == [
        (7, "duplicate_paragraph")]


def test_detect_language():
    assert detect_language("The court said that the men were guilty.") == "en"
    assert detect_language("Суд признал мужчин виновными.") == "ru"
    assert detect_language("Xyzzy plugh frobnicate.") == "und"


def _page(line: str) -> str:
    return ("Officials meet in Astana\n\nBy John Doe\n\n"
            "The officials met on Monday and discussed the returnees. They agreed on a plan.\n\n"
            f"{line}\n\n"
            "Three of the officials said the plan would take two years to carry out in full.\n")


@pytest.mark.parametrize("digit", ["3", "٣", "३"])  # ASCII, Arabic-Indic, Devanagari
def test_list_numbering_in_any_script_is_taken_off_before_the_rules(digit):
    removed = [(r.rule, r.text) for r in clean(_page(f"{digit}. Join Telegram")).removed]
    assert removed[2:] == [("widget", f"{digit}. Join Telegram")]


@pytest.mark.parametrize("line", ["İMAGE: Reuters", "CREDıT: AFP", "Photo by AFP", "Фото: ТАСС",
                                  "Фᲂтᲂ: ТАСС"])
def test_photo_credit_found_whatever_the_case_of_its_letters(line):
    art = clean(_page(line))
    assert [(r.rule, r.text) for r in art.removed][2:] == [("photo_credit", line)]
    assert line not in "\n".join(art.paragraphs)


def test_a_dotted_capital_i_alone_is_no_credit():
    art = clean(_page("İstanbul talks were held on the same day as the meeting in Astana."))
    assert [r.rule for r in art.removed][2:] == []


def test_credit_prefilter_knows_every_letter_that_lower_case_does_not_reach():
    # every character that the credit pattern's re.I takes for a letter of a credit word, but
    # that lower() does not turn into that letter, is given to the pattern by the prefilter
    words = captions.credit_rules().needs.first
    letters = {ch for word in words for ch in word if ch.isalpha()}
    any_letter = re.compile("[" + "".join(sorted(letters)) + "]", re.I)
    odd = {ch for ch in map(chr, range(0x80, sys.maxunicode + 1))
           if ch.lower() not in letters and any_letter.fullmatch(ch)}
    assert odd >= {"\u0130", "\u0131", "\u017f"}  # 'İ', dotless 'ı', long 'ſ'
    for ch in odd:
        assert captions.might_be_credit(f"{ch}mage by Jane Roe"), ch


# --- no lost sentence: furniture only when the whole line is furniture ------------------------

@pytest.mark.parametrize("line", [
    "By then, about 300 citizens had returned from Syria, the committee said.",
    "By contrast, the courts in Almaty gave suspended sentences.",
    "By December, the number of returnees had doubled.",
    "By then the war was over.",
    "By Friday, officials had named 40 of the women.",
    "Photos by local activists show about 40 women in the camp near Raqqa.",
    "The ministry released a photo: it shows 12 children at the airport in Aktau.",
    "Officials said the credit: a loan of 5 million tenge had been paid out in full.",
])
def test_a_sentence_that_opens_like_a_byline_or_holds_a_credit_is_kept(line):
    art = clean(_page(line))
    assert line in art.paragraphs, [(r.rule, r.text) for r in art.removed]


@pytest.mark.parametrize("line", ["Photo: AFP", "©REUTERS ©REUTERS", "Photo by John Smith",
                                  "Image: courtesy of the Ministry of Defence",
                                  "Women at the camp in Syria. Photo: AFP",
                                  "Photo: Vladimir Tretyakov / Vlast.kz"])
def test_a_whole_credit_line_still_goes(line):
    art = clean(_page(line))
    assert [r.rule for r in art.removed][2:] == ["photo_credit"]
    assert line not in "\n".join(art.paragraphs)


def test_a_headline_above_a_credit_is_the_title_not_a_caption():
    art = clean("Kazakhstan brings home 30 women from Syria\n\nPhoto: AFP\n\n"
                "The women landed in Aktau on Sunday. Officials said they would be checked.\n")
    assert art.title == "Kazakhstan brings home 30 women from Syria"


@pytest.mark.parametrize("line", ["By JOHN CARTER, Staff Reporter", "By Aliya Nurlanova and Tom"
                                  " Becker", "Author: Ahmad bin Ali", "By Anna Example | RFE/RL"])
def test_real_bylines_still_move_to_author(line):
    art = clean(_page(line).replace("By John Doe", "Some short deck line here"))
    assert art.author is not None and art.author in line
    assert not any(line in p for p in art.paragraphs)
