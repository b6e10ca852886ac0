"""Relayed attributions (issue 12 point 6): "according to X, Y said N" names Y as the speaker
and X as the relay, also when the teller opens with a lower-case role. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from helpers.attribution import Attribution, attribute


@pytest.mark.parametrize("text, speaker, via", [
    ("According to Reuters, police chief John Smith said 12 people died.",
     "Police chief John Smith", "Reuters"),
    ("According to state media, the governor Ali Khan said 30 people were hurt.",
     "The governor Ali Khan", "state media"),
    ("According to the police, 12 people died.", "the police", ""),  # no teller: X speaks
])
def test_according_to_then_a_teller(text: str, speaker: str, via: str) -> None:
    found = attribute(text, Attribution())
    assert (found.speaker.lower(), found.via) == (speaker.lower(), via)


@pytest.mark.parametrize("text, want", [
    ('"Three officers surrendered," says Jama Ali a colonel in the army speaking to reporters.',
     "Jama Ali"),  # inverted, the role after the name without a comma
    ('"Twelve people died," said John Smith, a police spokesman.', "John Smith"),
])
def test_inverted_name_then_role(text: str, want: str) -> None:
    assert attribute(text, Attribution()).speaker == want


def test_a_body_that_releases_figures_gives_them() -> None:
    assert attribute("The health ministry has released the figures of the floods.",
                     Attribution()).speaker == "The health ministry"
