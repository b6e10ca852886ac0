"""Speaker classes of issue 12 point 6 added in round 14, each tested on sentences written for these
tests (not seeds, not the real pages): what names a speaker, and the near misses that must not."""

from __future__ import annotations

import pytest
from conftest import speaker

# --- a name that opens with a capital letter with a mark ----------------------------------------


@pytest.mark.parametrize("text, name", [
    ("Štefan Hamran potvrdil, že zomreli traja ľudia.", "Štefan Hamran"),
    ("„Zomreli traja ľudia,“ povedal Štefan Hamran.", "Štefan Hamran"),
    ('"Zginęły trzy osoby," powiedział Łukasz Żak.', "Łukasz Żak"),
    ("Éva Szabó közölte, hogy hárman meghaltak.", "Éva Szabó"),
    ("Three people died, said Ömer Çelik.", "Ömer Çelik"),
    ("Ömer Çelik said 30 people were killed.", "Ömer Çelik"),
    ("Trois personnes sont mortes, a déclaré Élodie Martin.", "Élodie Martin"),
    ("Murieron tres personas, dijo Ángel García.", "Ángel García"),
    ("Drie mensen kwamen om, zegt Ömer Çelik.", "Ömer Çelik"),
    ("Ärzte sprachen von drei Toten.", "Ärzte"),
])
def test_a_name_opening_with_a_marked_capital_is_read(text, name):
    assert speaker(text) == name


def test_a_marked_capital_pronoun_alone_names_nobody():
    assert speaker("Él dijo que murieron tres personas.") == ""
