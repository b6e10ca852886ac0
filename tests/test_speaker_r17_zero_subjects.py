"""Speakers carried by a verb of saying whose subject is left unsaid (round 17, issue 12 point 6):
in the languages that drop a subject pronoun, "Añadió que ...", "Dodał, że ...", "وأضاف أن ...",
"Alisema ...", "افزود: ...", '또 "..."고 보고했다.', "... söyledi." name the last speaker as
"He added that ..." does, also at the start of a new paragraph (rule S1;
helpers.zero_subjects, zero_subject_sayings.csv). On sentences written for these tests."""

from __future__ import annotations

import pytest
from conftest import speakers

from helpers.speakers import outside_quotes
from helpers.zero_subjects import reader


def _last_speaker(*paragraphs: str) -> str:
    found = speakers(*paragraphs)
    assert len(found) >= 2, f"counts read: {found}"
    return found[-1][1]


# a speaker in the first paragraph, a verb with its subject left unsaid opening the second
@pytest.mark.parametrize("first, second, speaker", [
    ("La policía dijo que 12 personas murieron.",
     "Añadió que otras 40 personas resultaron heridas.", "policía"),
    ("Policja podała, że zginęło 12 osób.",
     "Dodała, że 40 osób zostało rannych.", "Policja"),
    ("Policie uvedla, že zemřelo 12 lidí.",
     "Dodala, že 40 lidí bylo zraněno.", "Policie"),
    ("قال وزير الداخلية إن 12 شخصا قتلوا في الهجوم.",
     "وأضاف أن 40 شخصا أصيبوا.", "وزير الداخلية"),
    ("قال وزير الداخلية إن 12 شخصا قتلوا في الهجوم.",
     'وأضاف: "أصيب 40 شخصا".', "وزير الداخلية"),
    ("Kamanda wa polisi John Mrema alisema watu 12 walikufa.",
     "Alisema majeruhi 40 wamelazwa hospitalini.", "John Mrema"),
    ("A rendőrség közölte, hogy 12 ember meghalt.",
     "Hozzátette, hogy 40 ember megsérült.", "rendőrség"),
])
def test_an_unsaid_subject_carries_the_speaker_into_a_new_paragraph(first, second, speaker):
    assert speaker in _last_speaker(first, second)


# a new paragraph that names nobody: a plural or impersonal verb, a passive, no verb of saying
@pytest.mark.parametrize("first, second", [
    ("La policía dijo que 12 personas murieron.", "Otras 40 personas resultaron heridas."),
    ("Полиция сообщила, что погибли 12 человек.", "Сообщили, что ранены 40 человек."),
    ("Policja podała, że zginęło 12 osób.", "Rannych zostało 40 osób."),
    ("Kamanda wa polisi John Mrema alisema watu 12 walikufa.",
     "Majeruhi 40 wamelazwa hospitalini."),
])
def test_a_new_paragraph_without_such_a_verb_names_nobody(first, second):
    assert _last_speaker(first, second) == ""


@pytest.mark.parametrize("text", [
    "Añadió que tres personas murieron.",
    "Dodał, że zginęły trzy osoby.",
    '"Zginęły trzy osoby", dodał.',
    "وأضاف أن 15 شخصا قتلوا.",
    "وأشار إلى أن 15 شخصا قتلوا.",
    "Alisema majeruhi wanane wamelazwa.",
    "افزود: تعداد ۱۰۰ تن است.",
    '또 "외국인 5명도 적발했다"며 "아니다"고 보고했다.',
    "5人が死亡したと述べた。",
    "3 kişinin öldüğünü söyledi.",
    "Hozzátette, hogy hárman meghaltak.",
    "Πρόσθεσε ότι τρεις άνθρωποι σκοτώθηκαν.",
])
def test_verbs_whose_subject_is_left_unsaid(text):
    assert reader()(outside_quotes(text))


@pytest.mark.parametrize("text", [
    "Dijo el ministro que tres personas murieron.",  # a subject after the verb
    "Сообщили, что погибли три человека.",  # plural: impersonal, nobody named
    "बताया जा रहा है कि तीन लोग मरे।",  # a passive: it is said
    "3 kişi öldü, belirtildi.",  # a passive: it was stated
    "Hakimu alisema watu watatu walikufa.",  # a subject before the verb
    "Police said three people died.",
    "Bu söyledi ki geldi.",  # the verb not at the end
    "او همیشه این را نمی‌گفت.",  # Persian: 'did not say', the verb's ending inside a word
    "سه نفر کشته شدند، او می‌گفت.",  # Persian: 'was saying', a joiner inside the word
])
def test_sentences_that_name_their_subject_or_nobody(text):
    assert not reader()(outside_quotes(text))


def test_arabic_that_after_the_verb_is_no_subject():
    # "وأوضح أن من بين ..." (he explained that among ...): "أن" opens what was said
    found = speakers("قال وزير الداخلية إن 12 شخصا قتلوا في الهجوم.",
                     "وأوضح أن من بين الجرحى 40 طفلا.")
    assert "وزير الداخلية" in found[-1][1]


def test_arabic_between_is_no_verb_of_saying():
    # "بين" printed without vowels is also "between": "53 مهاجرا بين قتيل ومفقود"
    found = speakers("غرق قارب: 53 مهاجرا بين قتيل ومفقود قبالة سواحل ليبيا - جريدة")
    assert found and found[0][1] == ""
