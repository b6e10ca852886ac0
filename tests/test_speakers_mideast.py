"""Speakers of counts of people in the Middle East, Caucasus and Africa group of languages
(issue 12 point 6, round 19): Persian perfect and plural verbs of saying and 'به گفته X'
(helpers.script_speakers, script_speaker_forms.csv), Arabic verbs spelled without their hamza
and 'وفق X' (helpers.attribution_abroad). Sentences written for these tests."""

from __future__ import annotations

import pytest
from conftest import speakers

from helpers.script_speakers import script_speaker


@pytest.mark.parametrize("text, want", [
    # present perfect: '... خبر داده است' (has reported), '... خبر داده اند' (have reported)
    ("هلال احمر استان از مرگ 7 نفر در سیل خبر داده است.", "هلال احمر استان"),
    ("مقامات محلی از نجات 12 کوهنورد خبر داده اند.", "مقامات محلی"),
    # plural past: 'گفتند' (they said) before a colon, 'اعلام کردند' (they announced)
    ("امدادگران گفتند: 5 نفر زیر آوار ماندند.", "امدادگران"),
    ("ماموران آتش نشانی اعلام کردند 3 نفر مصدوم شدند.", "ماموران آتش نشانی"),
    # '... گزارش داده که' (has reported that), 'اظهار کرد' (stated)
    ("سازمان عفو بین الملل گزارش داده که 40 زندانی اعدام شدند.", "سازمان عفو بین الملل"),
    ("فرماندار اظهار کرد: 8 نفر به بیمارستان منتقل شدند.", "فرماندار"),
    # 'به گفته X، ...' (in X's words, according to X)
    ("به گفته پلیس راه، 6 نفر در این تصادف کشته شدند.", "پلیس راه"),
])
def test_persian_forms(text: str, want: str) -> None:
    assert script_speaker(text) == want


@pytest.mark.parametrize("text", [
    "در این گفته ها 6 نفر نام برده شده اند.",  # 'گفته' (the sayings) with no 'به' before it
    "گزارش دادن آمار 9 نفر به تعویق افتاد.",  # 'گزارش دادن' (reporting), no verb of saying
])
def test_persian_forms_need_their_whole_words(text: str) -> None:
    assert script_speaker(text) == ""


def test_persian_according_to_with_a_pronoun_takes_the_last_speaker() -> None:
    rows = speakers("رئیس اورژانس استان از مرگ 4 نفر خبر داده است.",
                    "به گفته وی، 11 نفر نیز زخمی شدند.")
    assert rows == [(4, "رئیس اورژانس استان"), (11, "رئیس اورژانس استان")]


def test_persian_perfect_of_announce_is_left_out() -> None:
    """'It is also stated that over 1,700 refugees have announced their wish to return': the
    perfect 'اعلام کرده' so often has a subject that is no speaker that it is no form."""
    assert script_speaker("همچنین قید شده است که بیش از 1700 آواره تمایل خود را برای بازگشت "
                          "اعلام کرده اند.") == ""


def test_persian_quoting_is_no_arabic_verb_of_saying() -> None:
    """'به نقل از X' (quoting X, the outlet relays) holds the Arabic verb 'نقل' (he relayed):
    a phrase written with Persian letters is no subject of an Arabic verb, and the Kurds who
    said it speak."""
    rows = speakers("به گزارش خبرگزاری موج به نقل از رسانه های محلی، کردهای سوری گفتند: 2 زن "
                    "و 6 کودک بازگردانده شدند.")
    assert rows and all(speaker == "کردهای سوری" for _, speaker in rows)


@pytest.mark.parametrize("text, want", [
    # verbs of saying written without the hamza on their alef (أعلنت -> اعلنت, أكد -> اكد)
    ("اعلنت وزارة الصحة عن وفاة 9 أشخاص في الحادث.", "وزارة الصحة"),
    ("واكد مدير الدفاع المدني ان 14 شخصا أصيبوا.", "مدير الدفاع المدني"),
    ("واشار المحافظ الى ان 30 عائلة عادت إلى القرية.", "المحافظ"),
])
def test_arabic_verbs_without_hamza(text: str, want: str) -> None:
    from conftest import speaker
    assert speaker(text) == want


@pytest.mark.parametrize("text, want", [
    # 'وفق X' (according to X) closing a sentence after an Arabic comma, with no 'ل'
    ("توفي 12 شخصا في حوادث السير، وفق المتحدث باسم الحماية المدنية.",
     "المتحدث باسم الحماية المدنية"),
    # 'وفقاً لـX فإن ...' (according to X, then ...): X ends before 'فإن'
    ("وفقاً لتقارير الأمم المتحدة فإنه تم إيواء 73 ألف شخص في 13 ألف خيمة، بينهم 49 ألف طفل.",
     "تقارير الأمم المتحدة"),
    ("ووفق بيانات أوروبية، دخل 2000 مهاجر إلى الجزيرة.", "بيانات أوروبية"),  # 'and' glued on
])
def test_arabic_according_to(text: str, want: str) -> None:
    from conftest import speaker
    assert speaker(text) == want


def test_arabic_according_to_the_information_names_nobody() -> None:
    from conftest import speaker
    assert speaker("ووفق المعلومات، فقد عُثر على القارب وعلى متنه 20 مهاجرا.") == ""


@pytest.mark.parametrize("text", [
    # round 19's review: bare 'وفق' is mostly "in accordance with" a law or estimates
    "اعتقلت الشرطة 12 شخصا وفق القانون.",
    "وفق التقديرات، فإن 300 شخص غادروا المدينة.",
])
def test_arabic_in_accordance_with_names_nobody(text: str) -> None:
    from conftest import speaker
    assert speaker(text) == ""


@pytest.mark.parametrize("text, want", [
    # Swahili: the present 'wanasema' / 'anasema', the perfect 'ametangaza' (has announced)
    ("Wakazi wa kijiji hicho wanasema, watu 9 waliuawa usiku.", "Wakazi wa kijiji hicho"),
    ("Mkuu wa wilaya anasema watu 4 bado hawajapatikana.", "Mkuu wa wilaya"),
    ("Rais Samia Suluhu ametangaza kuwa watu 12 wamefariki.", "Rais Samia Suluhu"),
    ("Wizara ya Afya imethibitisha kuwa wagonjwa 30 wamelazwa.", "Wizara ya Afya"),
    # Hausa: 'ya tabbatar da' (confirmed), after a comma too
    ("Gwamnan jihar Ali Roba, ya tabbatar da mutuwar mutane shida.", "Gwamnan jihar Ali Roba"),
    ("Rundunar 'yan sanda ta tabbatar da kama mutane goma.", "Rundunar 'yan sanda"),
])
def test_swahili_and_hausa_verbs_of_saying(text: str, want: str) -> None:
    from conftest import speaker
    assert speaker(text) == want


@pytest.mark.parametrize("text, want", [
    # Amharic: the content clause, closed by a verbal noun in '-ን' ('መሞታቸውን', that they died),
    # then the speaker, then the verb of saying ('አስታወቀ', announced)
    ("በጀልባ አደጋው አምስት ሰዎች መሞታቸውን የዞኑ ፖሊስ መምሪያ አስታወቀ።", "የዞኑ ፖሊስ መምሪያ"),
    ("በአደጋው በ14 ሰዎች ላይ ጉዳት መድረሱን የወረዳው ፖሊስ ጽህፈት ቤት አስታውቋል።", "የወረዳው ፖሊስ ጽህፈት ቤት"),
    # the speaker first, before 'እንደገለጹት' (as X stated)
    ("የኮሚሽኑ ኃላፊ ኮማንደር ዘመነ እንደገለጹት በአደጋው 3 ሰዎች ሞተዋል።", "የኮሚሽኑ ኃላፊ ኮማንደር ዘመነ"),
])
def test_amharic_speaker_before_the_closing_verb(text: str, want: str) -> None:
    assert script_speaker(text) == want


def test_amharic_sentence_without_a_speaker() -> None:
    """'it was said' (ተብሏል) names nobody, and a noun in '-ን' alone is no speaker."""
    assert script_speaker("በአደጋው 4 ሰዎች መሞታቸው ተብሏል።") == ""
    assert script_speaker("ፖሊስ 7 ሰዎችን በቁጥጥር ስር አውሏል።") == ""
