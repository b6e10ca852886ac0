"""Furniture in sentence form in languages of other scripts (helpers/lexicon/
furniture_world_other_scripts.csv, issue 12 point 4): comments closed, click-here and
error-report prompts, opinion disclaimers, reproduction bans and rights lines, paywall notices,
channel appeals, ad-block notices and file-photo captions in Arabic, Persian, Urdu, Hebrew,
Greek, Hindi, Bengali, Tamil, Chinese, Japanese, Korean, Thai, Amharic, Armenian and Georgian,
each closed by its script's own stop. Each line goes under its rule on a page of its
language; sentences that hold the same words stay. Lines and pages written for these tests."""

from __future__ import annotations

import pytest

from helpers.cleaning import clean
from helpers.furniture import PageTraits, line_rule, line_rules

# a page whose letters are mostly not Latin (what PageTraits.of finds on such a page)
NON_LATIN_PAGE = PageTraits(other_script=False, credit_word=False, latin_letters=False)

LINES = [
    ("التعليقات مغلقة.", "comment_form"),
    ("بخش نظرات بسته است.", "comment_form"),
    ("התגובות לכתבה זו נסגרו.", "comment_form"),
    ("Τα σχόλια είναι κλειστά.", "comment_form"),
    ("评论已关闭。", "comment_form"),
    ("コメントは締め切りました。", "comment_form"),
    ("댓글이 닫혔습니다.", "comment_form"),
    ("اضغط هنا لقراءة المزيد.", "click_here"),
    ("برای مطالعه بیشتر اینجا کلیک کنید.", "click_here"),
    ("مزید پڑھنے کے لیے یہاں کلک کریں۔", "click_here"),
    ("לחצו כאן לקריאה נוספת.", "click_here"),
    ("Πατήστε εδώ για να διαβάσετε περισσότερα.", "click_here"),
    ("पूरी खबर पढ़ने के लिए यहां क्लिक करें।", "click_here"),
    ("বিস্তারিত পড়তে এখানে ক্লিক করুন।", "click_here"),
    ("点击这里阅读更多。", "click_here"),
    ("자세한 내용은 여기를 클릭하세요.", "click_here"),
    ("ተጨማሪ ለማንበብ እዚህ ይጫኑ።", "click_here"),
    ("هل وجدت خطأ؟ أبلغنا.", "feedback_prompt"),
    ("מצאתם טעות? כתבו לנו.", "feedback_prompt"),
    ("Βρήκατε λάθος; Ενημερώστε μας.", "feedback_prompt"),
    ("الآراء الواردة في المقال تعبر عن رأي كاتبها ولا تعبر بالضرورة عن رأي الموقع.",
     "legal_notice"),
    ("مطالب منتشر شده در این ستون لزوماً دیدگاه سایت نیست.", "legal_notice"),
    ("Οι απόψεις του αρθρογράφου δεν εκφράζουν απαραίτητα το site.", "legal_notice"),
    ("लेख में व्यक्त विचार लेखक के निजी हैं।", "legal_notice"),
    ("本文仅代表作者观点，不代表本站立场。", "legal_notice"),
    ("يمنع نسخ أو إعادة نشر المحتوى دون إذن مسبق.", "legal_notice"),
    ("استفاده از مطالب این سایت بدون ذکر منبع ممنوع است.", "legal_notice"),
    ("جملہ حقوق بحق ادارہ محفوظ ہیں۔", "legal_notice"),
    ("כל הזכויות שמורות לאתר.", "legal_notice"),
    ("Απαγορεύεται η αναδημοσίευση χωρίς άδεια.", "legal_notice"),
    ("सर्वाधिकार सुरक्षित।", "legal_notice"),
    ("সর্বস্বত্ব সংরক্ষিত।", "legal_notice"),
    ("அனைத்து உரிமைகளும் பாதுகாக்கப்பட்டவை.", "legal_notice"),
    ("መብቱ በህግ የተጠበቀ ነው።", "legal_notice"),
    ("Նյութերի արտատպումն առանց թույլտվության արգելվում է։", "legal_notice"),
    ("მასალის გამოყენება ნებართვის გარეშე აკრძალულია.", "legal_notice"),
    ("הכתבה מיועדת למנויים בלבד.", "appeal"),
    ("この記事は有料会員限定です。", "appeal"),
    ("اشترك في نشرتنا البريدية ليصلك كل جديد.", "appeal"),
    ("ما را در کانال تلگرام دنبال کنید.", "appeal"),
    ("ہمارے واٹس ایپ چینل کو فالو کریں۔", "appeal"),
    ("हमारे व्हाट्सएप चैनल से जुड़ें।", "appeal"),
    ("يرجى تعطيل مانع الإعلانات.", "adblock_notice"),
    ("אנא בטלו את חוסם הפרסומות.", "adblock_notice"),
    ("الصورة تعبيرية.", "photo_caption"),
    ("عکس تزئینی است.", "photo_caption"),
    ("Ενδεικτική φωτογραφία.", "photo_caption"),
    ("प्रतीकात्मक तस्वीर।", "photo_caption"),
    ("প্রতীকী ছবি।", "photo_caption"),
    ("写真はイメージです。", "photo_caption"),
]


@pytest.mark.parametrize(("line", "rule"), LINES)
def test_a_furniture_sentence_in_another_script_goes_under_its_rule(line, rule):
    assert line_rule(line, "latin", line_rules(), NON_LATIN_PAGE) == rule


@pytest.mark.parametrize("sentence", [
    "وقال المتحدث إن التعليقات مغلقة أمام الصحفيين منذ مقتل 45 مهاجرا في البحر.",
    "يمنع القانون نقل المهاجرين الـ45 إلى مراكز الاحتجاز دون أمر قضائي.",
    "נמסר כי כל הזכויות של 45 המהגרים נשמרו במהלך החקירה.",
    "Οι απόψεις των κατοίκων για τους 45 μετανάστες διίστανται, είπε ο δήμαρχος.",
    "अधिकारियों ने कहा कि 45 प्रवासियों की तस्वीर प्रतीकात्मक नहीं, असली है।",
])
def test_a_sentence_holding_those_words_stays(sentence):
    assert line_rule(sentence, "latin", line_rules(), NON_LATIN_PAGE) is None


def test_an_arabic_page_loses_its_notices_and_keeps_its_sentences():
    lead = "قال مسؤولون إن 45 مهاجرا لقوا حتفهم بعد غرق قاربهم قبالة سواحل ليبيا يوم الأحد."
    more = "وأثارت تعليقات الوزير على الحادث موجة من الانتقادات في البرلمان يوم الاثنين."
    notices = ["التعليقات مغلقة.", "اضغط هنا لقراءة المزيد.",
               "يمنع نسخ أو إعادة نشر المحتوى دون إذن مسبق."]
    art = clean("\n\n".join(["غرق قارب يقل مهاجرين قبالة السواحل الليبية", lead, more,
                             *notices]) + "\n")
    kept = " ".join(art.paragraphs)
    assert lead in kept and more in kept
    assert not any(n in kept for n in notices)
