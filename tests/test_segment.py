"""The sentence splitter: abbreviations, initials, quotes, decimals."""

from __future__ import annotations

import pytest

from helpers.segment import split_sentences


@pytest.mark.parametrize(("paragraph", "expected"), [
    ("Mr. Rahimov said so. He left.", ["Mr. Rahimov said so.", "He left."]),
    ("Dr. L. Karimova of the U.S. Army spoke. Then it was quiet.",
     ["Dr. L. Karimova of the U.S. Army spoke.", "Then it was quiet."]),
    ("J. R. R. Tolkien wrote it. Fine.", ["J. R. R. Tolkien wrote it.", "Fine."]),
    ("The cost was 1.2 billion tenge. It rose by 3.5%.",
     ["The cost was 1.2 billion tenge.", "It rose by 3.5%."]),
    ('"An amnesty works," he said. "Really?" she asked. Yes.',
     ['"An amnesty works," he said.', '"Really?" she asked.', "Yes."]),
    ("He said: “It is over.” Then he left.", ["He said: “It is over.”", "Then he left."]),
    ("About 400 left in 2016. 69 cases were found.",
     ["About 400 left in 2016.", "69 cases were found."]),
    ("Gen. Smith arrived at 3 p.m. on Monday.", ["Gen. Smith arrived at 3 p.m. on Monday."]),
    ("The U.N. said it. The U.S. agreed.", ["The U.N. said it.", "The U.S. agreed."]),
    ("Он сказал, т.е. так. Это всё.", ["Он сказал, т.е. так.", "Это всё."]),
    ("Is it real? No! It is (mostly) staged.", ["Is it real?", "No!", "It is (mostly) staged."]),
    ("a lower-case start. still one sentence", ["a lower-case start. still one sentence"]),
    ("No stop at the end", ["No stop at the end"]),
    # a digit before the stop is a number, not an initial
    ("The death toll rose to 7. Officials said more would come.",
     ["The death toll rose to 7.", "Officials said more would come."]),
    ("Turnout fell to 4.5. Nobody was surprised.",
     ["Turnout fell to 4.5.", "Nobody was surprised."]),
    ("", []),
])
def test_split_sentences(paragraph, expected):
    assert split_sentences(paragraph) == expected


def test_split_loses_only_white_space():
    para = 'ASTANA -- One (IS) "two." Three? Four [a terrorist] five. Six.'
    assert "".join(split_sentences(para)).replace(" ", "") == para.replace(" ", "")


def test_abbreviations_are_read_from_their_list(tmp_path, monkeypatch):
    import os

    from helpers import lexicon
    for path in lexicon.FOLDER.glob("*.csv"):
        (tmp_path / path.name).write_bytes(path.read_bytes())
    monkeypatch.setattr(lexicon, "FOLDER", tmp_path)
    text = "The talks were led by Amb. Roe. They ended."
    assert split_sentences(text) == ["The talks were led by Amb.", "Roe.", "They ended."]
    with open(tmp_path / "abbreviations.csv", "a", encoding="utf-8") as f:
        f.write("amb,ambassador (added by a test)\n")
    os.utime(tmp_path / "abbreviations.csv", ns=(1, 3_000_000_000_000_000_000))
    assert split_sentences(text) == ["The talks were led by Amb. Roe.", "They ended."]


@pytest.mark.parametrize(("paragraph", "expected"), [
    # a stop glued to the next sentence (a missing space) still ends one
    ("The boat sank near the coast.Rescuers found two men.",
     ["The boat sank near the coast.", "Rescuers found two men."]),
    ("Об этом сообщает ТАСС.Ранее он уехал.", ["Об этом сообщает ТАСС.", "Ранее он уехал."]),
    ("Los rescatados llegaron bien.Otros siguen en el mar.",
     ["Los rescatados llegaron bien.", "Otros siguen en el mar."]),
    ("He quoted the rules.”Then the vote was held.",
     ["He quoted the rules.”", "Then the vote was held."]),
    ("Çalışmalar devam ediyor.2019 yılında 40 kişi döndü.",
     ["Çalışmalar devam ediyor.", "2019 yılında 40 kişi döndü."]),
    # near misses: a web address, initials, an abbreviation, a decimal, a short word
    ("The story ran on Lenta.Ru on Monday.", ["The story ran on Lenta.Ru on Monday."]),
    ("See Amazon.Com and www.Example.org for more.",
     ["See Amazon.Com and www.Example.org for more."]),
    ("The U.S.Army took part.", ["The U.S.Army took part."]),
    ("Prof.Smith spoke first.", ["Prof.Smith spoke first."]),
    ("It cost 3.5 million.Nobody paid.", ["It cost 3.5 million.", "Nobody paid."]),
    ("Version 2.Beta was released.", ["Version 2.Beta was released."]),
    ("They met at No.10 Downing Street.", ["They met at No.10 Downing Street."]),
])
def test_a_stop_glued_to_the_next_sentence(paragraph, expected):
    assert split_sentences(paragraph) == expected


@pytest.mark.parametrize("paragraph", [
    "Brig. Gen. Ahmed Ali said 40 fighters had surrendered.",
    "Lt. Col. Maria Lopez and Cpl. John Hart were injured.",
    "The Rev. James Moore and Supt. Ann Reid attended.",
    "Es waren ca. 500 Kämpfer, so die Polizei.",
    "По данным ген. Иванова, погибли 12 человек.",
])
def test_military_titles_and_other_abbreviations_end_no_sentence(paragraph):
    assert split_sentences(paragraph) == [paragraph]
