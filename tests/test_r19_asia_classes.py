"""Round 19 (South-East and East Asia), on sentences and pages written for these tests in the
manner of news reports: counts whose digits carry scale words before a counter of persons
(Korean "1만 2천 명", "167만8383명", Chinese and Japanese "7万3000人", Thai "1.2 ล้านคน"), scale
words after spelled numbers (Tagalog "limang libong katao", "dalawang dosenang sibilyan",
Vietnamese "2 vạn người"), ranges written with a wave dash ("6∼7명", "3〜5人"), sentences glued
after a full stop in scripts without capitals ("밝혔다.경찰은", "قتلوا.وأضاف"), and Chinese,
Japanese and Korean headlines that were taken for interface labels."""

from __future__ import annotations

import pytest

from helpers.cleaning import clean
from helpers.quantities import figures_in
from helpers.segment import split_sentences
from helpers.textlines import headline_words, own_script_headline


def values(text: str) -> list[float]:
    return [f["value"] for f in figures_in(text)]


# --- digits with scale words before a counter of persons -------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("산불로 대피한 주민은 1만 2천 명에 이른다.", [12000]),             # Korean, spaced
    ("지난해 병원으로 옮겨진 환자는 132만4105명으로 집계됐다.", [1324105]),  # Korean, glued
    ("이번 홍수로 이재민이 3만명을 넘었다.", [30000]),                    # Korean, 만 alone
    ("避難所に身を寄せた住民は約2万6000人に上った。", [26000]),           # Japanese 万 then digits
    ("洪灾已造成5万8000人紧急转移。", [58000]),                          # Chinese 万 then digits
    ("น้ำท่วมครั้งนี้ทำให้มีผู้ได้รับผลกระทบ 1.5 ล้านคน ใน 12 จังหวัด", [1500000]),  # Thai
    ("เจ้าหน้าที่อพยพชาวบ้านกว่า 4 หมื่นคน ออกจากพื้นที่เสี่ยง", [40000]),       # Thai
])
def test_digits_with_scale_words_before_a_counter(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text", [
    "올해 화재는 3만1520건으로 집계됐다.",          # fires, not persons: no counter
    "ผู้ป่วยลดลงร้อยละ 5 เมื่อเทียบกับปีก่อน",        # 'ร้อยละ', per cent: no scale
])
def test_scale_words_without_a_counter_of_persons_count_no_one(text):
    assert values(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Umabot sa tatlong libong katao ang inilikas ng mga awtoridad.", [3000]),   # Tagalog
    ("Dalawang dosenang pasahero ang nasugatan sa aksidente.", [24]),             # Tagalog
    ("Khoảng 3 vạn người phải sơ tán khỏi vùng lũ.", [30000]),                    # Vietnamese
])
def test_scale_words_after_spelled_numbers(text, expected):
    assert values(text) == expected


# --- ranges written with a wave dash (Korean, Japanese, Chinese) -----------------------------

@pytest.mark.parametrize("text, low, high", [
    ("구조대는 실종자 4∼6명을 찾고 있다.", 4, 6),      # U+223C
    ("事故で3〜5人が軽いけがをした。", 3, 5),           # U+301C
    ("暴雨导致10～20人被困。", 10, 20),                 # U+FF5E
    ("사망자는 8~12명으로 추정된다.", 8, 12),           # ASCII tilde
])
def test_ranges_with_a_wave_dash(text, low, high):
    rows = figures_in(text)
    assert [(r["low"], r["high"]) for r in rows] == [(low, high)]


# --- sentences glued after a full stop in scripts without capitals ---------------------------

def test_a_full_stop_glued_between_two_words_of_a_caseless_script_ends_a_sentence():
    text = "경찰은 3명이 다쳤다고 밝혔다.소방당국은 화재 원인을 조사하고 있다."
    assert split_sentences(text) == ["경찰은 3명이 다쳤다고 밝혔다.",
                                     "소방당국은 화재 원인을 조사하고 있다."]
    assert split_sentences("وقالت الشرطة إن 12 شخصا قتلوا.وأضافت أن التحقيق مستمر.") == [
        "وقالت الشرطة إن 12 شخصا قتلوا.", "وأضافت أن التحقيق مستمر."]


def test_a_one_letter_abbreviation_glued_to_a_name_ends_no_sentence():
    text = "وقال د.خالد إن 12 شخصا قتلوا."
    assert split_sentences(text) == [text]


# --- Chinese, Japanese and Korean headlines are no interface labels --------------------------

def test_chinese_and_japanese_words_count_two_letters_each_for_a_headline():
    assert headline_words("湖南暴雨致12人遇难") == 4
    assert headline_words("大雨で3人が行方不明 川の氾濫相次ぐ") == 7  # 9 letters, then 7
    assert headline_words("Floods kill 12 in Hunan") == 5


@pytest.mark.parametrize("line, headline", [
    ("湖南山区暴雨引发山洪 已致12人遇难3人失踪", True),  # many words
    ("서울 아파트 화재...5명 부상", True),                 # a count glued to its counter
    ("分享到微信", False),                                 # interface labels
    ("ホームへ戻る", False),
    ("공유하기", False),
    ("川に流された車を調べる警察官ら=12日、熊本(共同通信)", False),  # a caption and its credit
])
def test_own_script_headline(line, headline):
    assert own_script_headline(line) is headline


@pytest.mark.parametrize("title, lead", [
    ("湖南山区暴雨引发山洪 已致12人遇难",
     "据当地应急管理部门介绍,截至12日18时,暴雨引发的山洪已造成12人遇难,3人失踪。"
     "救援人员仍在现场搜救。"),
    ("大雨で3人が行方不明 川の氾濫相次ぐ",
     "九州北部を襲った大雨で、12日夕方までに3人の行方が分からなくなっている。"
     "警察と消防が捜索を続けている。"),
    ("서울 아파트 화재...5명 부상",
     "12일 오후 서울의 한 아파트에서 불이 나 주민 5명이 다쳤다. "
     "소방당국은 화재 원인을 조사하고 있다."),
])
def test_headline_of_a_page_in_chinese_japanese_or_korean_is_its_title(title, lead):
    art = clean(f"{title}\n\n{lead}\n")
    assert art.title == title


def test_interface_label_above_a_chinese_headline_is_still_no_title():
    title = "湖南山区暴雨引发山洪 已致12人遇难"
    lead = ("据当地应急管理部门介绍,截至12日18时,暴雨引发的山洪已造成12人遇难,3人失踪。"
            "救援人员仍在现场搜救。")
    art = clean(f"分享到微信\n\n{title}\n\n{lead}\n")
    assert art.title == title


# --- Chinese "X 显示" (X's data show), "据" inside "数据", and "有数据显示" (no one named) --------

@pytest.mark.parametrize("text, speaker", [
    ("应急管理部数据显示,今年前三季度自然灾害造成120人死亡。", "应急管理部数据"),
    ("泰國衛生部數據顯示,洪災已造成45人死亡。", "泰國衛生部數據"),       # traditional: no "據" (by)
    ("有数据显示,每年约有2000人死于溺水。", ""),                         # some data: no one named
    ("有消息称,事故已造成8人受伤。", ""),
    ("据新华社报道,事故已造成8人受伤。", "新华社报道"),                 # "据" alone: according to
])
def test_chinese_data_show_and_unnamed_sources(text, speaker):
    from helpers.script_speakers import script_speaker
    assert script_speaker(text) == speaker


# --- a qualifier or range around digits with scale words is kept (the whole number is read) ---

@pytest.mark.parametrize("text, qualifier, population", [
    ("集会当天有1万多人参加。", "more than", "人"),            # Chinese 多 after the scale
    ("已有3千余人被疏散。", "more than", "人"),                 # Chinese 余
    ("산불로 주민 3천여 명이 대피했다.", "more than", "명"),    # Korean 여
    ("이재민 1만여 명이 발생했다.", "more than", "명"),
])
def test_a_mark_of_over_after_a_scale_word_is_kept(text, qualifier, population):
    [row] = figures_in(text)
    assert (row["qualifier"], row["population"]) == (qualifier, population)


@pytest.mark.parametrize("text", [
    "주민 1만~2만 명이 대피한 것으로 추정된다.",
    "暴雨导致1万~2万 명",
    "피해 주민은 1만-2만명으로 추정된다.",
    "洪水已致1万-2万人受灾。",
])
def test_a_range_of_numbers_with_scale_words_is_a_range(text):
    [row] = figures_in(text)
    assert (row["qualifier"], row["low"], row["high"]) == ("range", 10000, 20000)


# --- a menu of short Chinese items, and a widget's count on a Latin page, are no headlines ----

def test_a_menu_of_short_chinese_items_above_the_headline_is_no_title():
    title = "湖南山区暴雨引发山洪 已致12人遇难"
    lead = ("据当地应急管理部门介绍,截至12日18时,暴雨引发的山洪已造成12人遇难,3人失踪。"
            "救援人员仍在现场搜救。")
    art = clean(f"首页 新闻中心 国际新闻 国内新闻 社会新闻\n\n{title}\n\n{lead}\n")
    assert art.title == title
    assert own_script_headline("首页 新闻中心 国际新闻 国内新闻 社会新闻") is False


def test_a_count_glued_to_a_chinese_counter_on_an_english_page_is_a_widget():
    art = clean("Floods kill 12 in Hunan province\n\n"
                "Heavy rain triggered flash floods in the mountains of Hunan on Tuesday, killing "
                "12 people and leaving three missing, local officials said.\n\n已有1234人参与\n\n"
                "Rescue workers were still searching the area on Wednesday, officials said.\n")
    assert "已有1234人参与" not in art.paragraphs
    assert [r.rule for r in art.removed if r.text == "已有1234人参与"] == [
        "other_script_interface"]
