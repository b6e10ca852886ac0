"""Cookie-consent banners opening 'this site uses cookies' in more languages (helpers/lexicon/
furniture_world_cookies.csv, issue 12 point 4): Turkish, Azerbaijani, Vietnamese, Swahili,
Czech, Slovak, Arabic, Persian, Urdu, Hebrew, Hindi, Bengali, Chinese, Japanese, Korean and
Thai. Each banner goes; a sentence reporting on a site's cookies stays. Lines written for these
tests."""

from __future__ import annotations

import pytest

from helpers.furniture import PageTraits, line_rule, line_rules

LATIN_PAGE = PageTraits(other_script=False)
NON_LATIN_PAGE = PageTraits(other_script=False, credit_word=False, latin_letters=False)


@pytest.mark.parametrize("line", [
    "Bu web sitesi deneyiminizi geliştirmek için çerezler kullanır.",
    "Sitemizde çerezler kullanılmaktadır.",
    "Trang web này sử dụng cookie để cải thiện trải nghiệm của bạn.",
    "Tovuti hii inatumia vidakuzi.",
    "Tento web používá soubory cookies.",
])
def test_a_cookie_banner_in_a_latin_script_language_goes(line):
    assert line_rule(line, "latin", line_rules(), LATIN_PAGE) == "cookie_notice"


@pytest.mark.parametrize("line", [
    "يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك.",
    "این وب‌سایت از کوکی‌ها استفاده می‌کند.",
    "אתר זה משתמש בעוגיות כדי לשפר את חוויית הגלישה.",
    "यह वेबसाइट कुकीज़ का उपयोग करती है।",
    "本网站使用cookie以改善您的浏览体验。",
    "このサイトではクッキーを使用しています。",
    "이 웹사이트는 쿠키를 사용합니다.",
])
def test_a_cookie_banner_in_another_script_goes(line):
    assert line_rule(line, "latin", line_rules(), NON_LATIN_PAGE) == "cookie_notice"


@pytest.mark.parametrize(("sentence", "page"), [
    ("Bakanlık, sitenin çerezler aracılığıyla 45 bin kullanıcının verisini topladığını açıkladı.",
     LATIN_PAGE),
    ("وقالت الهيئة إن الموقع استخدم ملفات تعريف الارتباط لجمع بيانات 45 ألف مستخدم.",
     NON_LATIN_PAGE),
])
def test_a_sentence_reporting_on_cookies_stays(sentence, page):
    assert line_rule(sentence, "latin", line_rules(), page) is None
