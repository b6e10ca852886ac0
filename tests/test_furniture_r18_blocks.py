"""Blocks of other headlines after an article (round 18), on text written for the test: the
headers of 'trending', 'most viewed', 'other news' and 'editor's picks' blocks in many
languages open a related block, and a block's later headlines may be long tabloid headlines
of several clauses closed by '!' or '?'. Article text above or under the marker stays."""

import pytest

from helpers.cleaning import clean
from helpers.furniture_lists import block_headline

HEADLINE = "Floods kill twelve in the north of the country"
LEAD = "Heavy rains caused rivers to burst their banks on Monday, officials said."
MIDDLE = "Twelve people died and 300 were evacuated from their homes, the police said."
CLOSE = "Rescue teams are still searching for two missing fishermen near the coast."
BODY = [LEAD, MIDDLE, CLOSE]
# headlines closed by '!' or '?': the page's tail pass takes none of them (a line closed by
# sentence punctuation may be the article's last paragraph)
TEASERS = ["Storm warning for the whole coast: stay at home!",
           "Will the schools open again on Monday?",
           "Big win for the home team in the derby!"]


def _page(end: list[str]) -> str:
    return "\n\n".join([HEADLINE, *BODY]) + "\n" + "\n".join(end) + "\n"


@pytest.mark.parametrize("marker", [
    "Trend Haberler", "Diğer Haberler", "En Çok İzlenenler", "Editörün Seçtikleri",
    "Lo más visto", "Otras noticias", "No te lo pierdas", "Outras notícias", "Mais vistas",
    "Les plus vus", "Autres actualités", "Altre notizie", "Da non perdere", "Meistgesehen",
    "Weitere Nachrichten", "Meest bekeken", "Ander nieuws", "Inne wiadomości",
    "Najczęściej komentowane", "Další zprávy", "Самое читаемое", "Другие новости",
    "Інші новини", "Ostale vijesti", "Най-четени", "Άλλες ειδήσεις", "Alte știri",
    "További hírek", "Lajme të tjera", "Digər xəbərlər", "الأكثر مشاهدة", "أخبار أخرى",
    "اخبار دیگر", "अन्य खबरें", "Tin khác", "Habari nyingine",
    "Iba pang balita", "כתבות נוספות", "Muut uutiset", "Andra nyheter", "Kitos naujienos",
    "Most viewed", "Other news", "Editor's picks",
])
def test_a_block_header_takes_the_headlines_under_it(marker):
    art = clean(_page([marker, *TEASERS]))
    assert art.title == HEADLINE
    assert art.paragraphs == BODY
    removed = {r.text: r.rule for r in art.removed}
    assert all(removed.get(t) == "related_headlines" for t in TEASERS), removed


LONG = ("Breaking! Former club director dies at 71! Transfer saga ends at the airport: "
        "the player flies home before landing?")


def test_a_long_tabloid_headline_under_another_headline_of_the_block_goes():
    art = clean(_page(["Most read", TEASERS[0], LONG, TEASERS[1]]))
    assert art.paragraphs == BODY
    removed = {r.text: r.rule for r in art.removed}
    assert removed.get(LONG) == "related_headlines"
    assert removed.get(TEASERS[1]) == "related_headlines"


LONG_QUESTION = ("What will the families of the twelve victims receive from the state, and when "
                 "will the bridge over the river be rebuilt?")


def test_a_long_line_right_under_the_marker_is_read_strictly_and_stays():
    art = clean(_page(["Other news", LONG_QUESTION, "The mayor promised an answer by Friday."]))
    assert LONG_QUESTION in art.paragraphs
    assert "The mayor promised an answer by Friday." in art.paragraphs


@pytest.mark.parametrize(("line", "follows_item", "want"), [
    ("Storm warning for the whole coast: stay at home!", False, True),
    (LONG, True, True),
    (LONG, False, False),  # the first line under a marker: at most 14 words
    ("The mayor promised an answer by Friday.", True, False),  # a paragraph closes the block
    ("Officials say the death toll may rise …", False, True),  # a teaser cut off
    (" ".join(["word"] * 26) + "!", True, False),  # more than 25 words
])
def test_block_headline(line, follows_item, want):
    assert block_headline(line, follows_item) is want


@pytest.mark.parametrize("sentence", [
    "Other news agencies reported the same figures on Tuesday.",
    "Diğer haberler de aynı rakamları verdi.",
    "Самое читаемое издание региона сообщило об этом первым.",
])
def test_a_sentence_opening_with_a_marker_stays(sentence):
    art = clean(_page([sentence]))
    assert sentence in art.paragraphs


# tabloid headlines closed by '!' or '?' (two sentences in one, 'X. Y!') between labels at the
# page's end: a block header that no list names, or one whose items come after a blank line
TABLOIDS = ["Old square turns red overnight. Residents are amazed!",
            "Comic heroes visit the city. Are you ready?",
            "Oatmeal with salt. You have never eaten it like this!"]


@pytest.mark.parametrize("label", ["Zobacz również", "Gündemdekiler", "Our picks"])
def test_tabloid_headlines_between_labels_go(label):
    art = clean(_page(["", label, "", *TABLOIDS]))
    assert art.paragraphs == BODY
    assert all(t not in art.paragraphs for t in TABLOIDS)


def test_tabloid_headlines_printed_twice_go():
    twice = [t for t in TABLOIDS[:2] for _ in (0, 1)]
    art = clean(_page(["", "Polecamy", "", *"\n\n".join(twice).split("\n"), "", "Footer Links"]))
    assert art.paragraphs == BODY


QUESTIONS = ["Who will pay for the damage this time?", "And who will protect the villages?"]


def test_closing_questions_of_the_article_stay():
    # the article's last paragraphs have a sentence above them: no label bounds them
    art = clean(_page(["", *QUESTIONS, "", "Share this"]))
    assert all(q in art.paragraphs for q in QUESTIONS)


def test_closing_questions_under_a_crosshead_stay():
    # a crosshead no rule takes, then questions of one sentence each, ending the page: the
    # article's end (tabloid teasers there print two sentences in one, 'X. Y!')
    art = clean(_page(["", "Open questions", "", *QUESTIONS]))
    assert art.paragraphs == [*BODY, *QUESTIONS]


@pytest.mark.parametrize("credit", [
    "fot. Krzysztof Nowak", "Fot. PAP", "Nuotr. BNS", "Imagen: EFE", "Imagem: Reuters",
    "Kép: MTI", "Hoto: Reuters", "Mynd: Jón Jónsson", "Sawirka: Reuters",
])
def test_photo_credit_labels_of_more_languages(credit):
    art = clean(_page([credit]))
    assert art.paragraphs == BODY
    assert any(r.text == credit and r.rule == "photo_credit" for r in art.removed)


@pytest.mark.parametrize("sentence", [
    "Imagen de la ciudad tras las lluvias de ayer, publicada por el ayuntamiento.",
    "Policja zatrzymała dwie osoby, a fot. ze zdarzenia opublikowano w sieci.",
])
def test_a_sentence_with_a_credit_word_stays(sentence):
    art = clean(_page([sentence]))
    assert sentence in art.paragraphs


@pytest.mark.parametrize("control", [
    "Zum Vergrößern klicken", "Cliquez pour agrandir", "Haz clic para ampliar",
    "Clique para ampliar", "Clicca per ingrandire", "Klik om te vergroten",
    "Kliknij, aby powiększyć", "Klik untuk memperbesar", "انقر للتكبير",
    "Κάντε κλικ για μεγέθυνση", "Zobacz galerię", "Ver galería", "Voir la galerie",
    "Galerie ansehen", "Guarda la gallery", "Bekijk de fotoserie", "Vezi galeria foto",
    "Przeglądaj galerię za pomocą strzałek na klawiaturze", "Przesuń zdjęcie palcem",
])
def test_gallery_controls_of_many_languages_go(control):
    # a gallery's header above the headline: a counter, the control, the arrows' labels
    art = clean("\n".join(["3 / 10", control, "Previous", "Next"]) + "\n\n"
                + "\n\n".join([HEADLINE, *BODY]) + "\n")
    assert art.title == HEADLINE
    assert art.paragraphs == BODY
    assert any(r.text == control for r in art.removed)


@pytest.mark.parametrize("sentence", [
    "Zobacz galerię zdjęć z wczorajszego protestu, w którym wzięło udział 200 osób.",
    "Ver fotos de los 12 heridos fue muy duro, dijo el médico.",
])
def test_a_sentence_opening_like_a_gallery_link_stays(sentence):
    art = clean(_page([sentence]))
    assert sentence in art.paragraphs


AR_HEADLINE = "فيضانات تقتل اثني عشر شخصا في شمال البلاد بعد أمطار غزيرة"
AR_BODY = ["تسببت الأمطار الغزيرة في فيضان الأنهار يوم الاثنين، بحسب ما قال مسؤولون في المنطقة.",
           "لقي اثنا عشر شخصا حتفهم وتم إجلاء 300 من منازلهم، وفقا للشرطة المحلية.",
           "لا تزال فرق الإنقاذ تبحث عن صيادين مفقودين قرب الساحل الشمالي."]


@pytest.mark.parametrize("appeal", [
    "تابعونا على فيسبوك وتويتر.", "تابعنا عبر قناتنا في يوتيوب", "حمّل تطبيقنا الآن.",
    "ادعم الصحافة المستقلة.", "ما را در تلگرام دنبال کنید.",
])
def test_appeals_in_arabic_script_go(appeal):
    art = clean("\n\n".join([AR_HEADLINE, AR_BODY[0], appeal, *AR_BODY[1:]]) + "\n")
    assert art.paragraphs == AR_BODY


@pytest.mark.parametrize("sentence", [
    "تابعوا على مدى ساعات عمليات البحث عن 12 مفقودا في المنطقة الجبلية.",
    "حمل التطبيق الجديد اسم المدينة التي غرق فيها 12 شخصا.",
])
def test_an_arabic_sentence_opening_like_an_appeal_stays(sentence):
    art = clean("\n\n".join([AR_HEADLINE, AR_BODY[0], sentence, *AR_BODY[1:]]) + "\n")
    assert sentence in art.paragraphs


@pytest.mark.parametrize("appeal", [
    "Εγγραφείτε στο newsletter μας για να λαμβάνετε τις σημαντικότερες ειδήσεις.",
    "Abonează-te la newsletter-ul nostru pentru a primi cele mai importante știri.",
    "Bağımsız gazeteciliği destekleyin.", "Ακολουθήστε μας στο Facebook και στο Instagram.",
])
def test_appeals_in_more_languages_go(appeal):
    art = clean("\n\n".join([HEADLINE, LEAD, appeal, MIDDLE, CLOSE]) + "\n")
    assert art.paragraphs == BODY
