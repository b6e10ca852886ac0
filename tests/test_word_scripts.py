"""One definition of a word in every script (helpers.scripts.WORD_RUN, LETTER_RUN, WORD_CHARS):
letters and digits with the combining marks inside them (vowel signs, viramas, nuktas, Thai and
Khmer vowel and tone marks, Hebrew points, Arabic harakat) and the zero-width joiners. Python's
\\w stops at such a mark, so "लोगों" was read as two words and "हादसे" as three; word look-ups
(speaker markers, spelled numbers, the figure grammar's starting points) now agree on whole
words. Word COUNTS of the layout (helpers.textlines: the header's and the furniture's
thresholds) stay the old layout count, in pieces, and so does the layout's number check
(helpers.layout_numbers). The sentences are written for these tests."""

from __future__ import annotations

import re

import pytest

from helpers.layout_numbers import layout_may_hold_number
from helpers.number_folds import words_of
from helpers.numbers import may_hold_number, number_words
from helpers.quantities import figures_in
from helpers.quick_patterns import words_in
from helpers.scripts import LETTER_RUN, WORD_RUN, holds_marks
from helpers.textlines import count_words, words

# (text, its words as a reader counts them)
SPACED = [
    ("हादसे में ग्यारह लोगों की मौत", 6),  # Hindi: vowel signs, a virama, a candrabindu
    ("বন্যায় মৃতের সংখ্যা বেড়ে গেছে", 5),  # Bengali: a nukta ('য়', 'ড়') and vowel signs
    ("வெள்ளத்தில் பன்னிரண்டு பேர் உயிரிழந்தனர்", 4),  # Tamil: pulli and vowel signs
    ("ਹੜ੍ਹ ਵਿੱਚ ਬਾਰਾਂ ਲੋਕਾਂ ਦੀ ਮੌਤ", 6),  # Gurmukhi: addak, tippi, vowel signs
    ("వరదల్లో పన్నెండు మంది మృతి", 4),  # Telugu
    ("ගංවතුරෙන් පුද්ගලයින් දොළොස් දෙනෙකු මිය ගියහ", 6),  # Sinhala: al-lakuna, vowel signs
    ("بالقرب من الحدود قُتِلَ اثنا عشر شخصًا أيضًا", 8),  # Arabic with harakat and tanwin
    ("בַּשָּׁנָה שֶׁעָבְרָה נֶהֶרְגוּ שְׁנֵים עָשָׂר אֲנָשִׁים", 6),  # Hebrew with points
    ("ناوەندی هەواڵ: دوازدە کەس گیانیان لەدەستدا", 6),  # Sorani: no mark at all
]


@pytest.mark.parametrize(("text", "n"), SPACED)
def test_a_word_holds_its_marks(text, n):
    assert holds_marks(text) or text.startswith("ناوەندی")
    assert len(re.findall(WORD_RUN, text)) == n


@pytest.mark.parametrize(("text", "n"), SPACED)
def test_layout_counts_stay_in_pieces(text, n):
    # the header's and the furniture's word-count thresholds were set on the layout count, which
    # splits a word at its marks: it is kept so (helpers.textlines._WORD), never the whole words
    pieces = re.findall(r"[^\W_]+(?:[-'’][^\W_]+)*", text)
    assert words(text) == pieces
    assert count_words(text, 40) == len(pieces)
    assert len(pieces) >= n


def test_latin_text_counts_as_before():
    for text in ("Rescue teams found 12 people under the rubble, officials said.",
                 "Les secours ont retrouvé 12 personnes sous les décombres d'un immeuble.",
                 "Спасатели нашли 12 человек под завалами", "救援人员 在废墟下 发现12人",
                 "Ekipler enkaz altında 12 kişiyi buldu; şehir_merkezi e-posta"):
        plain = re.findall(r"[^\W_]+(?:[-'’][^\W_]+)*", text)
        assert re.findall(rf"{WORD_RUN}(?:[-'’]{WORD_RUN})*", text) == plain
        assert words_in(text) == set(re.findall(r"\w+", text.lower()))


def test_the_layout_number_check_keeps_its_pieces():
    # 'दोपहर' (noon) holds no number word read whole ('दो', two, is none of its words), so the
    # figure grammar's quick check skips the line; the layout's check reads it in pieces, as the
    # caption and feed rules were set, and still says it may hold one
    line = "दोपहर में बाजार बंद रहा।"
    assert not may_hold_number(line, number_words())
    assert layout_may_hold_number(line)
    assert layout_may_hold_number("बाढ़ में दो लोगों की मौत हो गई।")
    assert not layout_may_hold_number("Markets closed at noon.")
    assert layout_may_hold_number("Two markets closed at noon.")


def test_lookups_read_whole_words():
    sentence = "उन्होंने कहा कि ग्यारह लोगों की मौत हो गई"
    assert {"उन्होंने", "कहा", "ग्यारह", "लोगों"} <= words_in(sentence)
    assert {"कहा", "ग्यारह", "लोगों"} <= words_of(sentence)
    assert "कह" not in words_in(sentence) and "ल" not in words_of(sentence)
    assert {"قُتِلَ", "شخصًا"} <= words_in("قُتِلَ 12 شخصًا")
    assert re.findall(LETTER_RUN, "ग्यारह12लोग") == ["ग्यारह", "लोग"]


def test_a_counter_glued_to_a_spelled_number():
    # Bengali glues the counter of persons to the number word: 'পাঁচজন' (five persons), 'দুইজনের'
    # (of two persons); 'একজন' (a person, one person) stays no count
    found = [(row["value"], row["excerpt"]) for row in figures_in(
        "দুর্ঘটনায় পাঁচজন নিহত হয়েছেন এবং দুইজনের অবস্থা গুরুতর বলে একজন কর্মকর্তা জানান।")]
    assert found == [(5.0, "পাঁচজন"), (2.0, "দুইজন")]
    assert figures_in("এই ঘটনায় তিনজনের মৃত্যু হয়েছে।")[0]["value"] == 3.0


@pytest.mark.parametrize(("text", "speaker"), [
    ("हादसे में 11 लोगों की मौत हो गई, पुलिस ने कहा।", "पुलिस"),  # a verb before the danda
    ("پلیس گفت، ۱۲ نفر در این حادثه کشته شدند.", "پلیس"),  # before the Arabic comma
    ("دوازده نفر کشته شدند، پلیس گفت۔", "پلیس"),  # before the Urdu full stop
])
def test_a_verb_of_saying_ends_where_its_word_does(text, speaker):
    # a marker of script_speaker_forms.csv ends where no letter or mark follows it: the danda,
    # the Arabic comma and the Urdu full stop are in the same Unicode blocks as the letters,
    # and were read as letters of the word
    from helpers.script_speakers import script_speaker
    assert script_speaker(text) == speaker
    assert script_speaker(text.replace("कहा", "कहानी").replace("گفت", "گفتگو")) != speaker


@pytest.mark.parametrize(("text", "speaker"), [
    ("जिल्ला प्रहरी कार्यालयका अनुसार बाढीमा १२ जनाको मृत्यु भएको छ।", "जिल्ला प्रहरी कार्यालयका"),
    ("দমকল বাহিনী জানায়, আগুনে ১২ জন দগ্ধ হয়েছেন।", "দমকল বাহিনী"),
    ("জেলা প্রশাসক জানান, নৌকাডুবিতে ১২ জন নিখোঁজ রয়েছেন।", "জেলা প্রশাসক"),
    ("ආපදා කළමනාකරණ මධ්යස්ථානය පවසන්නේ පුද්ගලයින් 12 දෙනෙකු මිය ගිය බවයි.",
     "ආපදා කළමනාකරණ මධ්යස්ථානය"),
])
def test_speaker_first_forms_of_bengali_nepali_and_sinhala(text, speaker):
    # the speaker before "according to" or a verb of saying (script_speaker_forms.csv), read
    # now that the script's words, marks and all, are words (script_speakers)
    from helpers.script_speakers import script_speaker
    assert script_speaker(text) == speaker


def test_a_short_headline_in_the_pages_own_letters_stays_the_title():
    # (r16-scripts' 317e311) counted whole, this Bengali headline is four words, and the
    # six-word foreign-label rule of the furniture took it; the layout counts in pieces, as on
    # main, so it stays the page's title with no change to the furniture rule
    from helpers.cleaning import clean
    headline = "নদীতে নৌকাডুবিতে নিহত ৭"
    art = clean(f"{headline}\n\nরবিবার সকালে নদীতে একটি নৌকা ডুবে সাতজনের মৃত্যু হয়েছে বলে "
                "জানিয়েছে স্থানীয় প্রশাসন। উদ্ধারকাজ চলছে।\n")
    assert art.title == headline
