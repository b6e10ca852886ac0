"""Every furniture_world_*.csv list in helpers/lexicon (furniture in sentence form, one list per
language group) is read as a class list of helpers.furniture, so that a group's list can be
added or dropped alone."""

from __future__ import annotations

from helpers import lexicon
from helpers.furniture import CLASS_LISTS, WORLD_LISTS


def test_each_world_list_on_disk_is_a_class_list():
    on_disk = {p.stem for p in lexicon.FOLDER.glob("furniture_world_*.csv")}
    assert on_disk == set(WORLD_LISTS)
    assert set(WORLD_LISTS) <= set(CLASS_LISTS)
