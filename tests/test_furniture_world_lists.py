"""Every furniture_world_*.csv list in helpers/lexicon (furniture in sentence form, one list per
language group) is read as a class list of helpers.furniture, so that a group's list can be
added or dropped alone, and one added to the folder takes effect at the next page, with no
restart and no code change (no list of names kept at import)."""

from __future__ import annotations

from helpers import lexicon
from helpers.cleaning import clean
from helpers.furniture import WORLD_PREFIX, class_lists

NOTICE = "Zorblat quimm vexadora plinth."  # made-up words: no list of today holds them
PAGE = ("A made-up headline about floods\n\nRescuers said 40 people were moved to safety on"
        " Monday.\n\n" + NOTICE + "\n")


def test_each_world_list_on_disk_is_a_class_list():
    on_disk = {p.stem for p in lexicon.FOLDER.glob(f"{WORLD_PREFIX}*.csv")}
    assert on_disk
    assert on_disk <= set(class_lists())


def test_a_world_list_added_to_the_folder_takes_effect_at_the_next_page(word_lists):
    assert NOTICE in clean(PAGE).paragraphs
    model = next(iter(sorted(word_lists.glob(f"{WORLD_PREFIX}*.csv"))))
    header = next(line for line in model.read_text(encoding="utf-8").splitlines()
                  if line and not line.startswith("#"))
    assert header.startswith("pattern,"), header
    columns = header.split(",")
    row = {"pattern": "zorblat quimm vexadora plinth\\.?", "rule": "comment_form", "max_words": "8",
           "match": "line", "comment": "a made-up notice (test)"}
    (word_lists / f"{WORLD_PREFIX}zz_test.csv").write_text(
        header + "\n" + ",".join(row.get(c, "") for c in columns) + "\n", encoding="utf-8")
    art = clean(PAGE)
    assert NOTICE not in art.paragraphs
    assert any(r.text == NOTICE for r in art.removed), [(r.rule, r.text) for r in art.removed]
