"""Ukrainian verbs of saying (lexicon/verbs_of_saying.csv), round 8: a count of people in a
Ukrainian sentence takes the speaker its verb names, after the count or before it; a sentence
opening "Як повідомляє X" names no speaker "Як". Sentences written for this test."""

from __future__ import annotations

import pytest
from conftest import speakers


@pytest.mark.parametrize("paragraph, expected", [
    ("Турецька поліція затримала 12 громадян Росії, повідомило агентство Anadolu.",
     [(12, "агентство Anadolu")]),
    ("\"Затримано 9 осіб\", - заявив речник поліції Мехмет Озтюрк.",
     [(9, "речник поліції Мехмет Озтюрк")]),
    ("Поліція повідомила, що 40 осіб евакуювали.", [(40, "Поліція")]),
    ("Міністр зазначив, що 30 українців повернулися додому.", [(30, "Міністр")]),
])
def test_ukrainian_verbs_of_saying(paragraph, expected):
    assert speakers(paragraph) == expected


def test_an_opening_as_reports_names_no_speaker_as():
    """'Як повідомляє X' (as X reports): X speaks, never the opening 'Як' (also with 'повідомляє'
    a verb of saying, as in '..., повідомляє УНІАН')."""
    assert speakers("Як повідомляє ТАСС, ще 7 осіб розшукують.") == [(7, "ТАСС")]
    assert speakers("Как сообщает ТАСС, еще 7 человек разыскивают.") == [(7, "ТАСС")]
