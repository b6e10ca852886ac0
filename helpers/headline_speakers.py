"""Who a headline names as its speaker: a label before a colon ("Security Ministry: Six women
deported") or a reported-speech pattern of helpers.attribution ("Syria Kurds say ...")."""

from __future__ import annotations

import re

from . import lexicon
from .actors import canonical_speaker, find_actor
from .attribution import Attribution, attribute, speaker_patterns

_LABEL = re.compile(r"^(?P<spk>[A-ZА-ЯЁ][\w'’.-]*(?:\s+[A-ZА-ЯЁ][\w'’.-]*){0,3}):\s+\S")


def attribute_headline(title: str) -> str:
    """The speaker a headline names: "Security Ministry: Six women deported" (a label before a
    colon that names a body, a role, a known actor, a hyphenated name or two to four
    capitalised words, never a kicker such as "Breaking:") or "Syria Kurds say 2 women
    returned"; else ""."""
    label = _LABEL.match(title)
    if label:
        name = label.group("spk")
        words = name.split()
        patterns = speaker_patterns()
        if not {w.lower() for w in words} & set(lexicon.terms("headline_kickers")) and (
                patterns.body.search(name) or patterns.person_role.search(name)
                or find_actor(name) is not None or "-" in name or len(words) > 1):
            return canonical_speaker(name)
        return ""
    return attribute(title, Attribution()).speaker
