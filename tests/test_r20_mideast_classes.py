"""Text classes of pages in Hebrew, Armenian, Georgian, Amharic, Arabic, Kurdish, Somali and
Hausa (issue 12, round 20), on sentences written for these tests: Georgian and Armenian
sentence ends, Hebrew acronyms typed with a straight quote, and the number words of the group."""

from __future__ import annotations

import pytest

from helpers.header_lines import full_stop_line
from helpers.quantities import figures_in
from helpers.script_speakers import script_speaker
from helpers.scripts import acronym_marks, closes_with_full_stop
from helpers.segment import split_sentences
from helpers.speakers import outside_quotes, runs_in


@pytest.mark.parametrize("paragraph, want", [
    # Georgian: one case in running text, so a full stop before any Georgian letter ends one
    ("ხანძარს ორი ადამიანი ემსხვერპლა. სახანძრო სამსახურის ცნობით, ოთხი დაშავდა.",
     ["ხანძარს ორი ადამიანი ემსხვერპლა.", "სახანძრო სამსახურის ცნობით, ოთხი დაშავდა."]),
    # Armenian: a capital after a full stop
    ("Երեք մարդ է զոհվել. Ոստիկանության տվյալներով, հինգը վիրավոր են։",
     ["Երեք մարդ է զոհվել.", "Ոստիկանության տվյալներով, հինգը վիրավոր են։"]),
    # Armenian typed with ":" for its full stop "։", also before a guillemet
    ("Հրդեհից երկու մարդ է զոհվել: «Փրկարարները դեռ աշխատում են», ասել է նախարարը:",
     ["Հրդեհից երկու մարդ է զոհվել:", "«Փրկարարները դեռ աշխատում են», ասել է նախարարը:"]),
])
def test_georgian_and_armenian_sentences_split(paragraph, want):
    assert split_sentences(paragraph) == want


@pytest.mark.parametrize("paragraph", [
    "Հանդիպումը կսկսվի ժամը 17:00 Երևանում։",    # a time: digits around the colon
    "Note: Armenian readers welcome.",            # a Latin colon stays a colon
    "ე.წ. სამხრეთ ოსეთში სამი ადამიანი დააკავეს.",  # a Georgian abbreviation, dotted letters
])
def test_no_sentence_end_there(paragraph):
    assert split_sentences(paragraph) == [paragraph]


def test_armenian_colon_closes_a_line_as_a_full_stop():
    assert closes_with_full_stop("Հրդեհից երկու մարդ է զոհվել:")
    assert closes_with_full_stop("Ոստիկանությունը ձերբակալել է երեք հոգու։")
    assert not closes_with_full_stop("Ժամը 17:")   # no Armenian letter before it
    assert not closes_with_full_stop("Նախարարը հայտարարեց")


def test_an_armenian_lead_closed_by_a_colon_is_no_headline():
    lead = "Հրդեհից երկու մարդ է զոհվել Գյումրիում: Այդ մասին հայտնում են փրկարարները:"
    nxt = "Փրկարարները շարունակում են աշխատանքները քաղաքում։"
    assert full_stop_line(lead, [lead, nxt], [None, None], 0)


@pytest.mark.parametrize("text, want", [
    ('דובר צה"ל אמר', "דובר צה״ל אמר"),          # acronym: the mark before its last letter
    ('נציג ארה"ב ומנכ"ל החברה', "נציג ארה״ב ומנכ״ל החברה"),
    ('בצה"ל אמרו', "בצה״ל אמרו"),                 # with a prefix
    ('הוא אמר ש"הכתבה שקרית"', 'הוא אמר ש"הכתבה שקרית"'),  # a prefix before a quotation
    ('"שלושה נעצרו", אמר', '"שלושה נעצרו", אמר'),
])
def test_hebrew_acronym_marks(text, want):
    assert acronym_marks(text) == want


def test_hebrew_acronym_opens_no_quotation():
    text = 'דובר צה"ל הודיע הערב כי ארבעה חיילים נפצעו בצפון.'
    assert runs_in([text, "החקירה נמשכת."], [1, 1]) == []
    assert "Q" not in outside_quotes(text)
    assert script_speaker(text) == "דובר צה״ל"


def test_a_hebrew_quotation_still_opens():
    text = 'המשטרה מסרה כי "שלושה חשודים נעצרו בעיר".'
    assert "Q" in outside_quotes(text)
    assert script_speaker(text) == "המשטרה"


def counts(text: str) -> list[float]:
    return [f["value"] for f in figures_in(text)]


@pytest.mark.parametrize("text, want", [
    # Amharic: 'one' before a hundred (alone it is also 'a'), a spelling of eighty
    ("ፖሊስ አንድ መቶ ሃያ ሰዎችን በቁጥጥር ስር አውሏል።", [120]),
    ("በአደጋው ሰማኒያ ሰዎች ተጎድተዋል።", [80]),
    ("አንድ ሰው ሞቷል።", []),                                   # 'a man': no count
    # Armenian: a thousand with a case ending after digits, a nationality noun, 'հոգի'
    ("Աղետից տուժել է 5 հազարից ավելի մարդ:", [5000]),
    ("Պատերազմում 15 հայ է զոհվել։", [15]),
    ("Վթարից 4 հոգի է տուժել։", [4]),
    # Georgian: a thousand with -მდე (up to), a nationality noun, 'კაცი'
    ("ომში 50 ათასამდე ადამიანი დაიღუპა.", [50000]),
    ("სირიაში 6 ქართველი დაიღუპა.", [6]),
    ("ხანძარს 2 კაცი ემსხვერპლა.", [2]),
    # Sorani: units and thousands in words, both spellings of 'ە', 'كهس' as sites type it
    ("شەش کەس لە ڕووداوەکەدا گیانیان لەدەستدا.", [6]),
    ("دوو ههزار كهس ئاوارە بوون.", [2000]),
    ("40 كهس ههڵاتوون.", [40]),
    # Hebrew: construct numerals before a definite noun, construct nouns after a numeral
    ("ארבעת החשודים נעצרו אמש.", [4]),
    ("שבעה לוחמי מילואים נפצעו בקרב.", [7]),
    ("שלושת הימים הבאים יהיו קשים.", []),                      # days: no people
])
def test_number_words_and_people_nouns_of_the_group(text, want):
    assert counts(text) == want


@pytest.mark.parametrize("text, want", [
    ("Ապրիլի 12-ին երեք մարդ է վիրավորվել։", [3]),   # a date's day before a spelled count
    ("On 14 two soldiers were wounded.", [2]),
    ("4 of the six women were rescued.", [4, 6]),  # a partitive is read as before
])
def test_a_number_before_a_spelled_count_counts_nobody(text, want):
    assert counts(text) == want


@pytest.mark.parametrize("text, want", [
    ("Աղետից տուժել է 5 հազար մարդ։", [5000]),     # the Armenian full stop glued to the noun
    ("በአደጋው የሞቱት 12 ሰዎች።", [12]),                 # the Ethiopic full stop
    ("حادثے میں جاں بحق ہونے والے 12 افراد۔", [12]),  # the Urdu full stop
])
def test_a_sentence_end_of_another_script_glued_to_the_noun(text, want):
    assert counts(text) == want
