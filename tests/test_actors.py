"""Actors: an edited data/actors.csv takes effect in a running kernel, and a news outlet's role
("news agency") is nobody's name for another agency."""

from __future__ import annotations

import os
import shutil

from helpers.actors import actor_by_role, find_actor
from helpers.attribution import Attribution, attribute
from helpers.paths import data_dir


def test_editing_actors_csv_changes_find_actor(tmp_path):
    path = tmp_path / "actors.csv"
    shutil.copy(data_dir() / "actors.csv", path)
    assert find_actor("Aigerim Testova said", path) is None
    stat = path.stat()
    with path.open("a", encoding="utf-8") as f:
        f.write("testova,Aigerim Testova,Testova;Aigerim Testova,spokeswoman of the Test"
                " Committee,Test Committee,state security,\n")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    found = find_actor("Aigerim Testova said", path)
    assert found is not None and found.canonical_name == "Aigerim Testova"
    assert actor_by_role("spokeswoman of the Test Committee", path=path) == "Aigerim Testova"


def test_a_news_outlet_is_no_person_and_its_role_names_no_other_agency():
    interfax = find_actor("Interfax-Kazakhstan")
    assert interfax is not None and not interfax.is_person
    assert actor_by_role("National News Agency") == ""
    found = attribute("Two men were arrested, the National News Agency reported.", Attribution())
    assert found.speaker == "the National News Agency"
    assert find_actor("the National News Agency (NNA)") is None
