"""Round 18: "the number of X ... N" with the people noun before the number, in more languages
(number_of_before.csv; the nouns of the counted group in people_nouns_abroad.csv): the word
"number" first (Slovenian, Bulgarian, Macedonian, Albanian, Danish, Vietnamese, Tagalog) or
after the people noun (Hungarian 'száma', Finnish 'määrä', Estonian 'arv'). Sentences written
for these tests in the manner of news reports."""

from __future__ import annotations

import pytest

from helpers.quantities import figures_in


def counts(text: str) -> list[tuple[float, str]]:
    return [(f["value"], f["population"]) for f in figures_in(text)]


@pytest.mark.parametrize("text, expected", [
    ("Število žrtev se je povzpelo na 12.", [(12, "žrtev")]),                    # Slovenian
    ("Броят на загиналите нарасна до 12.", [(12, "загиналите")]),                # Bulgarian
    ("Бројот на загинатите се зголеми на 12.", [(12, "загинатите")]),            # Macedonian
    ("Numri i viktimave u rrit në 12.", [(12, "viktimave")]),                    # Albanian
    ("Antallet af døde er steget til 12.", [(12, "døde")]),                      # Danish
    ("Số người chết đã tăng lên 12.", [(12, "người")]),                          # Vietnamese
    ("Ang bilang ng mga nasawi ay umakyat sa 12.", [(12, "nasawi")]),            # Tagalog
    ("A halottak száma egyelőre 31.", [(31, "halottak")]),                       # Hungarian
    ("Kuolleiden määrä on noussut 12:een.", [(12, "Kuolleiden")]),               # Finnish
    ("Hukkunute arv tõusis 12-ni.", [(12, "Hukkunute")]),                        # Estonian
    # the number of things counts no one
    ("Število prošenj se je povzpelo na 12.", []),
    ("Numri i aplikimeve u rrit në 12.", []),
    ("Số vụ tai nạn đã tăng lên 12.", []),
    ("A kérelmek száma egyelőre 31.", []),
])
def test_the_number_of_people_before_the_count(text, expected):
    assert counts(text) == expected
