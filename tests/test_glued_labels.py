"""Interface labels glued to the text after them (helpers/glued_labels.py, lexicon
glued_labels.csv; issue 12 point 4): 'Watch VideoAt least 40 people died ...' loses its button
and keeps its sentence whole, the button logged in Article.removed; words that only open like a
label, and labels set apart by a space, are left alone. Pages written for these tests."""

from __future__ import annotations

import pytest

from helpers.cleaning import clean
from helpers.glued_labels import glued_label

LEAD = "At least 40 people died when the river burst its banks, officials said on Monday."
MORE = "Another 12 people were taken to hospital, the prefecture added."


@pytest.mark.parametrize(("label", "text"), [
    ("Watch Video", LEAD),
    ("Listen to this article", "The coast guard rescued 85 migrants off Lampedusa on Sunday."),
    ("Ver vídeo", "La policía detuvo a 12 personas en Madrid, informó el ministerio."),
    ("Regarder la vidéo", "Quelque 300 personnes ont été évacuées, selon la préfecture."),
    ("Advertisement", "Rescuers found 7 survivors in the rubble, the agency said."),
])
def test_a_glued_label_is_cut_and_logged(label, text):
    art = clean(f"{label}{text}\n\n{MORE}\n")
    assert art.paragraphs[0] == text
    assert [(r.line_no, r.rule, r.text) for r in art.removed
            if r.rule == "glued_label"] == [(1, "glued_label", label)]


def test_a_glued_label_after_a_date_stamp_goes_too():
    art = clean(f" date 2023-02-26 Watch Video{LEAD}\n\n{MORE}\n")
    assert LEAD in art.paragraphs
    assert any(r.rule == "glued_label" and r.text == "Watch Video" for r in art.removed)


@pytest.mark.parametrize("line", [
    "Videographers filmed the river as it rose, and 40 people were evacuated.",
    "Watch Video of the rescue below.",
    "Listen carefully: 40 people died, officials said.",
    "WATCH VIDEOAt the scene",  # upper case: no lower-case letter before the capital
    "Video At least 40 people died.",  # a space: no glue
    "Gallery owners said 12 paintings were lost.",
])
def test_lines_without_a_glued_label_are_untouched(line):
    assert glued_label(line) == 0


def test_the_label_length_is_the_cut():
    assert glued_label("Watch VideoAt least") == len("Watch Video")


@pytest.mark.parametrize("line", [
    "VideoLAN volunteers said 30 people were evacuated.",  # capitals run on: a name
    "AudioBoom staff said 30 people died.",  # a media noun before no sentence opener: a name
    "GalleryMedia Group said 40 workers were hurt.",
    "AudioBoom",
])
def test_a_name_written_in_camel_case_is_untouched(line):
    assert glued_label(line) == 0


def test_a_camel_case_title_keeps_its_name():
    title = "VideoLAN volunteers helped 30 families"
    art = clean(f"{title}\n\n{title} after the floods, the group said.\n\n{MORE}\n")
    assert art.title == title
    assert not [r for r in art.removed if r.rule == "glued_label"]


@pytest.mark.parametrize(("label", "text"), [
    ("Video", LEAD),
    ("Audio", "The coast guard rescued 85 migrants off Lampedusa on Sunday."),
    ("Gallery", "La policía detuvo a 12 personas en Madrid, informó el ministerio."),
    ("Photos", "A 40-year-old man and 12 children were rescued, the agency said."),
])
def test_a_bare_media_noun_glued_to_a_sentence_opener_is_cut(label, text):
    assert glued_label(label + text) == len(label)


@pytest.mark.parametrize(("label", "text"), [
    ("Video", "Rescuers pulled 30 people from the rubble, the agency said."),
    ("Video", "Two hundred migrants died."),
    ("Audio", "Officials said 12 people were missing."),
    ("Video", "Police said 12 people died in the fire."),
    ("Watch Video", "UN says 300 died."),
    ("Watch Video", "NYPD officers said 12 people were hurt."),
    ("Watch Video", "Firefighters saved 40 residents."),
])
def test_a_label_glued_to_a_sentence_start_is_cut(label, text):
    assert glued_label(label + text) == len(label)
    art = clean(f"{label}{text}\n\n{MORE}\n")
    assert [(r.rule, r.text) for r in art.removed if r.rule == "glued_label"] == [
        ("glued_label", label)]
