"""Speakers in languages whose attributions put the speaker first and the verb of saying (or
"according to") after it, some without spaces between words (issue 12 point 6;
helpers.script_speakers, script_speaker_forms.csv). Sentences written for these tests."""

from __future__ import annotations

import pytest
from conftest import speakers

from helpers.script_speakers import script_speaker


@pytest.mark.parametrize("text, want", [
    ("卫生部发言人张明3日表示,已有45人在洪水中死亡。", "卫生部发言人张明"),  # time cut
    ("警方当天说,共有12名乘客获救。", "警方"),
    ("據消防局的統計,大火造成7人死亡。", "消防局"),  # according to X's figures
    ("県警によると、少なくとも8人がけがをした。", "県警"),
    ("消防庁は午後の会見で、住民3人が死亡したと発表した。", "消防庁"),  # topic + と発表
    ("해경에 따르면 선원 5명이 구조됐다.", "해경"),
    ("3일 경찰청에 따르면 4명이 숨졌다.", "경찰청"),  # a leading date is no speaker
    ("구조대 관계자는 “7명을 구했다”고 말했다.", "구조대 관계자"),
    ("فرماندار شهرستان در گفتگو با خبرنگاران گفت: 9 نفر زخمی شدند.", "فرماندار شهرستان"),
    ("رئیس پلیس راه از مرگ 4 نفر خبر داد.", "رئیس پلیس راه"),
    ("जिलाधिकारी सुनील वर्मा ने बताया कि 6 लोगों की मौत हो गई।", "जिलाधिकारी सुनील वर्मा"),
    ("पुलिस के अनुसार 11 लोग घायल हुए हैं।", "पुलिस"),
])
def test_speaker_first_forms(text: str, want: str) -> None:
    assert script_speaker(text) == want


@pytest.mark.parametrize("text", [
    "洪水造成45人死亡。",  # no verb of saying
    "这是说明书。",  # "说" inside a word, nothing before it but "这是"
    "東京では3人が死亡した。",  # a topic without a verb of saying
    "به گزارش خبرگزاری فارس، 9 نفر زخمی شدند.",  # the outlet relays: no speaker
    "در این گفتگو 9 نفر حضور داشتند.",  # "گفت" inside "گفتگو" is no verb
    "The police said 9 people were hurt.",  # not these scripts
])
def test_no_speaker(text: str) -> None:
    assert script_speaker(text) == ""


def test_persian_pronoun_takes_the_last_speaker() -> None:
    rows = speakers("رئیس پلیس راه از مرگ 4 نفر خبر داد.",
                    "وی گفت: 12 نفر نیز زخمی شدند.")
    assert rows == [(4, "رئیس پلیس راه"), (12, "رئیس پلیس راه")]


def test_chinese_speakers_in_an_article() -> None:
    rows = speakers("暴雨造成9人死亡。", "应急管理局局长王强表示,另有14人失踪。")
    assert rows == [(9, ""), (14, "应急管理局局长王强")]


def test_turkish_participle_of_saying_names_the_speaker() -> None:
    rows = speakers("Depremde üç kişinin öldüğünü belirten Sağlık Bakanı Ayşe Demir, "
                    "yaralıların tedavi edildiğini açıkladı.")
    assert rows == [(3, "Sağlık Bakanı Ayşe Demir")]


@pytest.mark.parametrize("text, want, via", [
    ("ونقلت وكالة الأنباء الرسمية عن وزير الصحة قوله إن 12 شخصا قتلوا.", "وزير الصحة",
     "وكالة الأنباء الرسمية"),
    ("وقالت الإذاعة الحكومية نقلا عن مسؤولين محليين إن 30 شخصا أصيبوا.", "مسؤولين محليين",
     "الإذاعة الحكومية"),
])
def test_arabic_relayed_attribution(text: str, want: str, via: str) -> None:
    from helpers.attribution import Attribution, attribute
    found = attribute(text, Attribution())
    assert (found.speaker, found.via) == (want, via)


def test_arabic_verb_before_a_quotation() -> None:
    from conftest import speaker
    assert speaker("وقال المحافظ “إن الفيضانات أدت إلى مصرع 4 أشخاص”.") == "المحافظ"


def test_a_japanese_paragraph_is_no_title() -> None:
    """A line of sentences in a script without spaces (an ideographic full stop inside it) is
    body, whatever closes it: never the title, no sentence of it lost."""
    from helpers.header_lines import full_stop_line
    line = "県警は5日、住民3人が死亡したと発表した。残る2人の行方を捜している。(編集AB)"
    assert full_stop_line(line, [line], [None], 0)
    assert not full_stop_line("大雨で3人死亡 2人不明", ["大雨で3人死亡 2人不明"], [None], 0)
    decimal = "震度５．２の地震で３人けが"  # a full-width decimal point is no full stop
    assert not full_stop_line(decimal, [decimal], [None], 0)
    assert full_stop_line("３人が死亡した．残る２人を捜している", ["x"], [None], 0)


@pytest.mark.parametrize("text, want", [
    ("记者从市应急管理局了解到,事故造成3人死亡。", "市应急管理局"),  # the reporter learned from X
    ("【東京共同】昨日から救助に当たっている消防本部は5日、8人が死亡したと発表した。",
     "消防本部"),  # the name after a relative clause
    ("주민 3명이 숨졌다고 경찰은 밝혔다.", "경찰"),  # Korean: the speaker after the quotation
    ("پولیس کے مطابق حادثے میں 7 افراد ہلاک ہوئے۔", "پولیس"),  # Urdu "according to"
    ("حکام کا کہنا ہے کہ 12 افراد لاپتہ ہیں۔", "حکام"),  # Urdu "X says that"
])
def test_more_speaker_first_forms(text: str, want: str) -> None:
    assert script_speaker(text) == want


@pytest.mark.parametrize("text, want", [
    ("Kamanda wa polisi Juma Ali amesema kuwa watu 8 walikufa.", "Kamanda wa polisi Juma Ali"),
    ('"Watu watano wamefariki," alisema Kamanda Juma.', "Kamanda Juma"),  # Swahili, inverted
    ("Rzecznik policji Jan Kowalski powiedział, że zginęło 5 osób.",
     "Rzecznik policji Jan Kowalski"),  # Polish
    ("Ketua polis daerah Ahmad Zaki berkata 5 orang maut.", "Ketua polis daerah Ahmad Zaki"),
])
def test_verbs_of_saying_of_more_languages(text: str, want: str) -> None:
    from conftest import speaker
    assert speaker(text) == want


def test_arabic_verb_before_a_quotation_in_an_article() -> None:
    rows = speakers("وقال المحافظ “إن الفيضانات التي بلغت ذروتها أدت إلى مصرع 4 أشخاص”.")
    assert rows == [(4, "المحافظ")]


def test_chinese_clauses_with_speakers_of_their_own() -> None:
    rows = speakers("甲省省长张伟说,该省有12人死亡;乙省省长李强表示,该省有7人失踪。")
    assert rows == [(12, "甲省省长张伟"), (7, "乙省省长李强")]


def test_japanese_quotation_running_into_the_next_sentence() -> None:
    """The topic before a quotation that the sentence does not close speaks (the verb closes
    the quotation in a later sentence); the next sentence takes it in the same paragraph."""
    rows = speakers("消防本部は5日、「住民4人が死亡した。6人が入院している」と明かした。")
    assert rows == [(4, "消防本部"), (6, "消防本部")]


def test_persian_speaker_after_the_relaying_outlet() -> None:
    """'As X reports from Y, Z announced': the relay is cut off at the Persian comma."""
    assert script_speaker("به گزارش خبرگزاری فارس از تهران، پلیس راهور اعلام کرد 5 نفر "
                          "زخمی شدند.") == "پلیس راهور"


def test_turkish_participle_with_a_role_noun() -> None:
    from conftest import speaker
    assert speaker("Televizyona konuşan sözcü, 12 kişinin gözaltına alındığını bildirdi.") \
        == "sözcü"
