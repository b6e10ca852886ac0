"""Who a headline names as its speaker: a label before a colon ("Security Ministry: Six women
deported") or a reported-speech pattern of helpers.attribution ("Syria Kurds say ...")."""

from __future__ import annotations

import re

from . import lexicon
from .actors import canonical_speaker, find_actor
from .attribution import Attribution, attribute, speaker_patterns
from .scripts import WORD_END, WORD_START

_LABEL = re.compile(r"^(?P<spk>[A-ZА-ЯЁ][\w'’.-]*(?:\s+[A-ZА-ЯЁ][\w'’.-]*){0,3}):\s+\S")
# the same in capitalised words of any alphabet ("İçişleri Bakanlığı", "Υπουργείο ..."): a
# speaker only when it holds a body noun
_ANY_LABEL = re.compile(r"^(?P<spk>[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){0,3}):\s+\S")
# "Migranti, Guardia costiera: 300 dispersi": a one-word topic, then a body's name that may hold
# lower-case words (a body noun of institution_nouns.csv must be in it)
_TOPIC_BODY = re.compile(r"^[A-ZА-ЯЁ][\w'’-]*,\s+"
                         r"(?P<spk>[A-ZА-ЯЁ][\w'’.-]*(?:\s+[\w'’.-]+){0,3}):\s+\S")
# "... return to Europe - diplomat", "... countries- Report", "... Iraq — diplomat (TASS)",
# "12 killed in blast: police": a dash or a colon, one to four words, perhaps an outlet in
# brackets, at the very end
# an acronym of a body or agency ("IOM", "МЧС", "AFAD", "BNPB"): two to six capitals
_ACRONYM = re.compile(r"[A-ZА-ЯЁÇĞİÖŞÜ]{2,6}")
# a label before a colon in a script without capital letters ("المنظمة الدولية للهجرة: 53 ...")
_UNCASED_LABEL = re.compile(r"^(?P<spk>[^\W\d_][^:：\n]{0,60}?)\s*[:：]\s+\S")
_TRAILER = re.compile(r"(?:\s[-–—]|[-–—]\s|:\s)\s*(?P<spk>\w[\w'’.]*(?:\s+[\w'’.]+){0,3})"
                      r"(?:\s+\([^()]{1,30}\))?\s*$")


def attribute_headline(title: str) -> str:
    """The speaker a headline names: "Security Ministry: Six women deported" (a label before a
    colon that names a body, a role, a known actor, a hyphenated name, an acronym ("AFAD:") or
    two to four capitalised words, never a kicker such as "Breaking:"), a body after a one-word
    topic ("Migranti, Guardia costiera: 300 dispersi"), a label that holds a body noun of
    another language (body_nouns_world.csv: "Polri:", also in a script without capitals,
    "المنظمة الدولية للهجرة:"), "...: IOM" (an acronym after a final colon, an agency too) or
    "Syria Kurds say 2 women returned"; else ""."""
    label = _LABEL.match(title)
    uncased = title[:1].isalpha() and not title[:1].isupper() and not title[:1].islower()
    if uncased and (label := _UNCASED_LABEL.match(title)):  # (Arabic, Hebrew, Devanagari ...)
        name = label.group("spk")
        if len(name.split()) <= 5 and (_world_body(name) or find_actor(name) is not None):
            return canonical_speaker(name)
        label = None
    if label is None and (other := _ANY_LABEL.match(title)) and all(
            word[0].isupper() for word in other.group("spk").split()) and _world_body(
            other.group("spk")):
        return canonical_speaker(other.group("spk"))
    if label:
        name = label.group("spk")
        words = name.split()
        patterns = speaker_patterns()
        if not {w.lower() for w in words} & set(lexicon.terms("headline_kickers")) and (
                patterns.body.search(name) or _world_body(name) or patterns.person_role.search(name)
                or find_actor(name) is not None or "-" in name or len(words) > 1
                or _ACRONYM.fullmatch(name)):
            return canonical_speaker(name)
        return ""
    body = _TOPIC_BODY.match(title)
    if body and speaker_patterns().body.search(body.group("spk")):
        return canonical_speaker(body.group("spk"))
    trailer = _TRAILER.search(title)
    if trailer:
        name = trailer.group("spk")
        if _names_a_source(name) or _ACRONYM.fullmatch(name) and ":" in trailer.group(0):
            return canonical_speaker(name)
    return attribute(title, Attribution()).speaker


def _names_a_source(name: str) -> bool:
    """Whether the words after a headline's final dash name who gave it: a role ("diplomat"),
    a document ("Report"), a body ("Interior Ministry") or a known actor that is no outlet."""
    patterns = speaker_patterns()
    actor = find_actor(name)
    if actor is not None:
        return actor.actor_type != "news outlet"
    return bool(patterns.person_role.search(name) or patterns.document.search(name)
                or patterns.body.search(name))


def _world_body(name: str) -> bool:
    """Whether a label holds a body noun of another language (body_nouns_world.csv): "Polri",
    "المنظمة الدولية للهجرة", "İçişleri Bakanlığı"."""
    return lexicon.pattern("body_nouns_world",
                           f"{WORD_START}(?:WORDS){WORD_END}").search(name) is not None
