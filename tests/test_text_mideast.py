"""Text classes of pages in the Middle East, Caucasus and Africa group of languages (issue 12,
round 19): sentences glued to the full stop before them in scripts without capitals. Text
written for these tests."""

from __future__ import annotations

import pytest

from helpers.segment import split_sentences


@pytest.mark.parametrize("paragraph, want", [
    # Arabic: a full stop glued to the next sentence's first word
    ("تمكنت فرق الإنقاذ من انتشال ناجيين.وجرى رصد القارب قبالة الساحل.",
     ["تمكنت فرق الإنقاذ من انتشال ناجيين.", "وجرى رصد القارب قبالة الساحل."]),
    # 'انتهى' (end) glued to the last sentence
    ("عقد الاجتماع على هامش منتدى مكافحة الإرهاب.انتهى",
     ["عقد الاجتماع على هامش منتدى مكافحة الإرهاب.", "انتهى"]),
    # Hebrew
    ("המשטרה עצרה שלושה חשודים.החקירה נמשכת.", ["המשטרה עצרה שלושה חשודים.", "החקירה נמשכת."]),
])
def test_glued_full_stop_in_caseless_scripts(paragraph: str, want: list[str]) -> None:
    assert split_sentences(paragraph) == want


@pytest.mark.parametrize("paragraph", [
    "قال د.محمد علي إن 5 أشخاص أصيبوا.",  # an initial: one letter before the stop
    "نشر الخبر موقع الجزيرة نت وقناة العربية.",  # no stop inside
    "بلغت النسبة 3.5 في المئة.",  # a decimal
])
def test_no_glued_sentence_end(paragraph: str) -> None:
    assert split_sentences(paragraph) == [paragraph]


@pytest.mark.parametrize("paragraph", [
    "พล.อ.ประยุทธ์ จันทร์โอชา กล่าวว่า มีผู้เสียชีวิต 5 คน",  # Thai ranks are abbreviations
    "นพ.สมชาย ใจดี ผอ.โรงพยาบาล กล่าวว่า มีผู้บาดเจ็บ 3 คน",
    "आर.के.सिंह ने कहा कि 5 लोग घायल हुए।",  # Hindi initials
    "בית החולים ע.ש. שיבא קיבל 3 פצועים.",  # a Hebrew abbreviation of two letters
])
def test_abbreviations_of_caseless_scripts_end_no_sentence(paragraph: str) -> None:
    # round 19's review: the glued stop is read only in Hebrew, Arabic and Hangul, after three
    # letters; Thai and Devanagari abbreviate with a glued full stop
    assert split_sentences(paragraph) == [paragraph]
