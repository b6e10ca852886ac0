"""Counts of people in the world's most-read news languages and scripts (issue 12, point 5),
on sentences written for these tests: digits of every script with their separators, sentence
ends of other scripts, words holding combining marks, people nouns and classifiers of each
language, classifiers glued to the number and nouns written before it."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from helpers.numbers import parse_number
from helpers.quantities import figures_in
from helpers.scripts import ascii_digits
from helpers.segment import split_sentences


def values(text: str) -> list[float]:
    return [f["value"] for f in figures_in(text)]


# the zero of each script's decimal digits in the first plane, found by Unicode's properties
ZEROS = [c for c in map(chr, range(0x660, 0x10000)) if unicodedata.decimal(c, None) == 0]


def in_script(number: str, zero: str) -> str:
    return "".join(chr(ord(zero) + int(d)) if d.isdigit() else d for d in number)


@pytest.mark.parametrize("text, expected", [
    ("قالت الشرطة إن ٢٣ شخصا أصيبوا في الحادث", [23]),             # Arabic-Indic digits
    ("قالت الشرطة إن ١٬٢٥٠ شخصا أصيبوا", [1250]),                 # the Arabic thousands separator
    ("به گفته پلیس ۲۵ نفر کشته شدند.", [25]),                      # Persian digits
    ("पुलिस ने बताया कि २५ लोगों की मौत हो गई।", [25]),             # Devanagari digits
    ("হাদসায় ২৮ হাজার ৫৪০ জন ক্ষতিগ্রস্ত হয়েছেন।", [28540]),        # Bengali, "thousand" between
    ("हादसे में 1,00,000 लोग प्रभावित हुए।", [100000]),             # the Indian lakh grouping
    ("ตำรวจระบุว่ามีผู้เสียชีวิต ๒๕ คน", [25]),                      # Thai digits and classifier
])
def test_digits_of_every_script_and_their_separators(text, expected):
    assert values(text) == expected


def test_an_excerpt_keeps_the_digits_as_printed():
    assert figures_in("قالت الشرطة إن ١٬٢٥٠ شخصا أصيبوا")[0]["excerpt"] == "١٬٢٥٠ شخصا"


@given(st.integers(min_value=2, max_value=999_999), st.sampled_from(ZEROS))
def test_digits_of_any_script_parse_like_ascii(number, zero):
    ascii = f"{number:,}"
    written = in_script(ascii, zero)
    assert ascii_digits(written) == ascii
    assert parse_number(ascii_digits(written)) == number
    arabic = in_script(ascii, "٠").replace(",", "٬")
    assert values(f"قالت الشرطة إن {arabic} شخصا أصيبوا") == [number]


@pytest.mark.parametrize("paragraph, expected", [
    ("पहला वाक्य है। दूसरा वाक्य है।", ["पहला वाक्य है।", "दूसरा वाक्य है।"]),
    ("پہلا جملہ ہے۔ دوسرا جملہ ہے۔", ["پہلا جملہ ہے۔", "دوسرا جملہ ہے۔"]),
    ("警方表示。已有25人死亡。", ["警方表示。", "已有25人死亡。"]),
    ("ፖሊስ ገልጿል። ሌላ ዓረፍተ ነገር።", ["ፖሊስ ገልጿል።", "ሌላ ዓረፍተ ነገር።"]),
    ("هل هذا صحيح؟ نعم. قال الوزير ذلك.", ["هل هذا صحيح؟", "نعم.", "قال الوزير ذلك."]),
    ("He said so. the end", ["He said so. the end"]),  # Latin: a capital still opens one
])
def test_sentence_ends_of_other_scripts(paragraph, expected):
    assert split_sentences(paragraph) == expected


def test_a_number_word_is_not_read_inside_a_word_with_combining_marks():
    assert values("हादसे में कोई नहीं मरा।") == []     # "दस" (10) inside "हादसे"
    assert values("इसके चलते ग्यारह लोगों की मौत हो गई।") == [11]  # a virama inside a number word


@pytest.mark.parametrize("text, expected", [
    ("पुलिस ने बताया कि 25 लोगों की मौत हो गई।", [25]),            # Hindi
    ("पोलिसांनी सांगितले की 12 जणांचा मृत्यू झाला.", [12]),           # Marathi
    ("ਪੁਲਿਸ ਨੇ ਦੱਸਿਆ ਕਿ 9 ਲੋਕਾਂ ਦੀ ਮੌਤ ਹੋ ਗਈ।", [9]),              # Punjabi
    ("પોલીસે જણાવ્યું કે 14 લોકોનાં મોત થયાં.", [14]),                # Gujarati
    ("পুলিশ জানায়, ২৫ জন নিহত হয়েছেন।", [25]),                      # Bengali
    ("پولیس کے مطابق 30 افراد ہلاک ہو گئے۔", [30]),                  # Urdu
    ("به گفته پلیس سه نفر کشته و دو کودک زخمی شدند.", [3, 2]),         # Persian number words
    ("காவல்துறையினர் 7 பேர் உயிரிழந்ததாக தெரிவித்தனர்.", [7]),         # Tamil
    ("పోలీసులు 8 మంది మృతి చెందారని తెలిపారు.", [8]),                 # Telugu
    ("Cảnh sát cho biết 25 người đã thiệt mạng.", [25]),               # Vietnamese
    ("Ayon sa pulisya, 25 katao ang nasawi.", [25]),                   # Tagalog
    ("ፖሊስ 25 ሰዎች መሞታቸውን ገልጿል።", [25]),                             # Amharic
    ("Policja poinformowała, że zginęło 25 osób.", [25]),              # Polish
])
def test_people_nouns_and_counters_after_the_number(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("警方表示，事故已造成25人死亡、4人受伤。", [25, 4]),      # Chinese, digits
    ("事故造成三人死亡,六十三人受傷。", [3, 63]),            # Chinese number words
    ("警察によると、12人が死亡した。", [12]),               # Japanese
    ("경찰에 따르면 25명이 숨지고 3명이 다쳤다.", [25, 3]),  # Korean, a particle after 명
    ("Polisi ilisema watu 25 wamekufa.", [25]),             # Swahili, noun before number
    ("Watu wanne wamefariki na majeruhi tisa.", [4, 9]),    # Swahili number words
    ("'Yan sanda sun ce mutane 25 sun mutu.", [25]),         # Hausa
])
def test_glued_classifiers_and_nouns_before_the_number(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text", [
    "他在比赛中获得第1名。",               # a rank, not a count
    "ضلع میں 2 منزلہ عمارت گر گئی۔",       # storeys
    "वह 25 साल का है।",                    # an age in years
    "Bei wa mafuta ni 25 shilingi.",       # money
])
def test_numbers_that_count_no_people(text):
    assert values(text) == []


@pytest.mark.parametrize("text, value, qualifier", [
    ("हादसे में करीब 25 लोगों की मौत हो गई।", 25, "about"),           # before, Hindi
    ("हादसे में 25 से अधिक लोगों की मौत हो गई।", 25, "more than"),     # between number and noun
    ("حادثے میں 25 سے زائد افراد ہلاک ہو گئے۔", 25, "more than"),      # Urdu, between
    ("در این حادثه دستکم ۸ نفر کشته شدند.", 8, "at least"),            # Persian
    ("এ ঘটনায় প্রায় ২৫ জন নিহত হয়েছেন।", 25, "about"),                 # Bengali
    ("사고로 25명 이상이 숨졌다.", 25, "at least"),                     # Korean, after the counter
    ("사고로 약 25명이 숨졌다.", 25, "about"),
    ("事故造成至少25人死亡。", 25, "at least"),                         # Chinese, glued before
    ("事故造成30多人受伤。", 30, "more than"),                          # between number and 人
    ("事故で25人以上が死亡した。", 25, "at least"),                     # Japanese, after
    ("Ít nhất 25 người đã thiệt mạng.", 25, "at least"),               # Vietnamese
    ("Zginęło ponad 25 osób.", 25, "more than"),                        # Polish
    ("Watu zaidi ya 25 wamefariki.", 25, "more than"),                  # Swahili, noun first
    ("Halos 25 katao ang nasawi.", 25, "about"),                        # Tagalog
])
def test_qualifiers_before_between_and_after(text, value, qualifier):
    [figure] = figures_in(text)
    assert (figure["value"], figure["qualifier"]) == (value, qualifier)


def test_full_width_digits_before_a_classifier():
    assert values("警方表示，已有２５人死亡。") == [25]         # Chinese
    assert values("事故で１２人が死亡した。") == [12]            # Japanese


@given(st.text(alphabet=st.characters(codec="latin-1")))
def test_latin_text_is_not_copied(text):
    # the cheap character test: text without a digit of another script is returned as it is
    assert ascii_digits(text) is text


@pytest.mark.parametrize("text, expected", [
    ("Zginęło pięć osób, a dwie osoby są ranne.", [5, 2]),    # Polish, the forms of a number
    ("Trzech policjantów zostało rannych.", [3]),
    ("Ewakuowano dwa tysiące osób.", [2000]),
    ("Có bốn người thiệt mạng.", [4]),                        # Vietnamese
    ("Limang katao ang nasawi.", [5]),                        # Tagalog, a number with its linker
    ("সাত জন নিহত হয়েছেন।", [7]),                              # Bengali
])
def test_number_words_of_more_languages(text, expected):
    assert values(text) == expected
