"""The Russian error-report widget ('Нашли ошибку? Выделите её и нажмите Ctrl+Enter') goes
in its forms only: a reported sentence opening with the same words stays."""

import pytest

from helpers.cleaning import clean

TITLE = "В Москве обсудили помощь пострадавшим от наводнения"
LEAD = ("Власти города в понедельник обсудили помощь семьям, пострадавшим от наводнения. "
        "Они договорились о плане.")
CLOSE = "Трое чиновников сказали, что на выполнение плана уйдет два года."


def _page(line: str) -> str:
    return "\n\n".join([TITLE, LEAD, line, CLOSE]) + "\n"


@pytest.mark.parametrize("line", [
    "Нашли ошибку?",
    "Нашли ошибку? Выделите её и нажмите Ctrl+Enter",
    "Нашли ошибку в тексте? Сообщите нам",
    "Нашли ошибку. Выделите фрагмент текста и нажмите Ctrl + Enter",
    "Нашли ошибку",
])
def test_the_widget_goes(line):
    art = clean(_page(line))
    assert line not in art.paragraphs
    assert any(r.rule == "widget" and line.rstrip(".") in r.text for r in art.removed)


@pytest.mark.parametrize("line", [
    "Нашли ошибку в отчете о 45 погибших, заявили в прокуратуре.",
    "Нашли ошибку в расчетах, сообщили в министерстве финансов.",
])
def test_a_sentence_opening_with_its_words_stays(line):
    assert line in clean(_page(line)).paragraphs
