"""Who a pronoun, a role noun or a sentence without a speaker refers to (helpers.attribution,
helpers.speakers), by rules S1-S3 of tests/realpages/README.md: "he" and "she" a person, "it"
and "they" a body or a group, never a document; a sentence without a speaker of its own carries
the last speaker on inside its paragraph, or in a new one when it opens with a pronoun or role
noun that fits (S1); a sentence that points back ("Об этом сообщили в МИД") names the speaker of
the one before it (S2, pointing_back.csv); a refusal or a source left unnamed ("declined to
comment", "reportedly", "Напомним") gives an empty speaker, carried to no one (S3,
unnamed_sources.csv); a news medium relays, it does not count."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Protocol

from . import lexicon
from .actors import find_actor
from .quick_patterns import bits_of, literal_starts, matches_at_words, needed_words, word_bits
from .scripts import WORD_CHARS

_WORD = re.compile(WORD_CHARS)  # a word with the combining marks inside it
# a group named in lower case ("officials", "police sources", "the rescuers"); "the Dutch RTL
# News" is a name, not a group
_GROUP = re.compile(r"^(?:the\s+)?[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)*s$")
# a new paragraph's "They are/were <a noun phrase>" describes people ("They are men from ...");
# "They are suspecting ..." (a verb in -ing) still refers to the source
_DESCRIBED = re.compile(r"^they\s+(?:are|were)\s+(?!\w+ing\b|said\b|reported\b)", re.IGNORECASE)


class Patterns(Protocol):
    """What these rules read of helpers.attribution.SpeakerPatterns."""

    @property
    def opener(self) -> re.Pattern: ...
    @property
    def document(self) -> re.Pattern: ...
    @property
    def body(self) -> re.Pattern: ...
    @property
    def person_role(self) -> re.Pattern: ...
    @property
    def any_role(self) -> re.Pattern: ...


class LastSpeaker(Protocol):
    """What these rules read of helpers.attribution.Attribution."""

    @property
    def speaker(self) -> str: ...


# the patterns by which a sentence names who tells its figure with a verb of saying: with one
# of them, an "according to X" source only relays ("Y said N, according to X": Y speaks), unless
# the teller is a news medium (is_medium)
TELLING = frozenset({"told", "name_role_says", "says_name_role", "subject_aside_says",
                     "subject_says", "quote_then_says", "name_says", "says_group", "fr_inverted",
                     "es_inverted", "nl_inverted", "id_inverted", "role_name_says"})
# the "according to" patterns of every language: their source only relays when the sentence
# names a teller too ("Laut Polizei starben 300, sagte der Bürgermeister": the mayor speaks;
# issue 12 point 6, "according to X's report, Y told Z": Y speaks, X relays)
ACCORDING = frozenset({"according_to", "laut", "selon", "volgens", "nach_angaben", "po_dannym",
                       "menurut", "de_acuerdo", "d_apres", "pt_it_segundo", "uk_za_danymy",
                       "de_zufolge", "per_source", "as_per", "bcs_kako", "slavic_prema", "az_gore",
                       "az_gore_of", "it_secondo_quanto", "tr_compound_gore", "vi_theo_of",
                       "fi_mukaan", "hu_szerint", "case_source"})


def is_medium(phrase: str) -> bool:
    """Whether a speaker phrase names a news medium ('Official news agency Xinhua', 'state
    television'): it relays what it reports, so an 'according to' source stays the speaker."""
    actor = find_actor(phrase)
    if actor is not None:
        return actor.actor_type == "news outlet"
    words = set(_WORD.findall(phrase.casefold()))
    return bool(words & _MEDIA_WORDS or words & {n.casefold() for n in
                                                 lexicon.terms("news_agencies")})


_MEDIA_WORDS = frozenset({"agency", "newspaper", "daily", "broadcaster", "television", "tv",
                          "radio", "media", "outlet", "website", "channel"})


@lru_cache(maxsize=2)
def _statement_back(_version: tuple) -> re.Pattern:
    """An opening that points at the last speaker's statement (statement_back_references.csv)."""
    terms = (t.replace(" ", r"\s+") for t in lexicon.terms("statement_back_references"))
    return re.compile(rf"(?:{'|'.join(terms)})", re.IGNORECASE)


def continues(text: str, last: LastSpeaker, same_paragraph: bool,
               patterns: Patterns) -> bool:
    """Whether a sentence without a speaker of its own carries on the last one: inside its
    paragraph, or when it opens with "He", "She" or "The official" (never meaning a document) or
    points at the last speaker's statement ("Açıklamada, ...", "In the statement, ...")."""
    if not last.speaker:
        return False
    text = text.lstrip("\"“”' ")
    opens = patterns.opener.match(text)
    if opens is None and same_paragraph:
        return True  # (inside its paragraph: whether it points at the statement or not)
    if _statement_back(lexicon.version("statement_back_references")).match(text):
        return True  # "Açıklamada, ... belirtildi": the last speaker's statement, read on
    if opens is None:
        return False
    if same_paragraph:  # "They" may be the people counted; "he" or "the official" must fit
        return opens.group(0).lower() == "they" or fits(opens.group(0), last.speaker, patterns)
    if _DESCRIBED.match(text):
        return False  # "They are men from the two cities": the people counted, not the source
    return fits(opens.group(0), last.speaker, patterns)


# a person's name as printed: two to five words, the first and the last capitalised
# ("Alexander de Croo", "Dragan Mektic"); not an acronym ("NDMA") nor a description
_PERSON_NAME = re.compile(r"^(?!(?:The|A|An|Le|La|Les|Der|Die|Das|Het) )"
                          r"[A-ZА-ЯЁ][\w'’.-]*+(?: [\w'’.-]++){0,3}? [A-ZА-ЯЁ][\w'’-]*+$")


def fits(phrase: str, speaker: str, patterns: Patterns) -> bool:
    """Whether a pronoun or role noun can refer to a speaker: to a document only "it" ("The
    report finds ... It also estimates"), never a person's pronoun or role noun; "he" and
    "she" to a person, not a body ("the ministry"); "they" to a body or a group, not a person;
    a role noun ("the minister") not to a speaker printed with another role ("police chief X")."""
    word = phrase.split()[0].lower()
    if patterns.document.search(speaker):
        return word == "it" and len(phrase.split()) == 1
    if role_clash(phrase, speaker, patterns):
        return False  # "the minister" after "police chief X" spoke: someone else
    head = re.split(r"\s+of\s+", speaker, maxsplit=1)[0]  # "Deputy Chairman of the Committee"
    body = (bool(patterns.body.search(head)) and not patterns.person_role.search(head)
            or _GROUP.match(head) is not None)  # "Police chief X" is a person
    persons, groups = _pronouns(lexicon.version("uk_pronouns"))
    if word in persons:
        return not body
    if word in groups:
        return body
    if len(phrase.split()) > 2 and patterns.person_role.search(phrase):
        # "the prime minister" (a role with a modifier) refers back to a named person only
        return not body and _PERSON_NAME.fullmatch(speaker) is not None
    return True



@lru_cache(maxsize=4)
def _pronouns(_version: tuple) -> tuple[frozenset[str], frozenset[str]]:
    """The pronouns of a person and those of a group or body (the Ukrainian ones, in the
    nominative and genitive, from uk_pronouns.csv)."""
    table = lexicon.table("uk_pronouns")
    table = table[table["case"].isin(("nominative", "genitive"))]
    persons = frozenset(("he", "she", "him", "her", "он", "она", "его", "её", "ее", "il", "elle",
                         "lui", "dia", "ia", "beliau", "nya", "er", "ihm", "seinen", "hij", "hem",
                         "él", "ella", *table.loc[table["refers"] == "person", "pronoun"]))
    groups = frozenset(("it", "they", "them", "они", "их", "ils", "elles", "eux",
                        *table.loc[table["refers"] == "group", "pronoun"]))
    return persons, groups


def names_nobody(text: str, words: set[str] | None = None) -> bool:
    """Whether a sentence holds a refusal, a source it leaves unnamed or the outlet's own voice
    (unnamed_sources.csv): then its speaker is empty and carried to no one (S3). `words`
    (helpers.quick_patterns.words_in(text)), when given, turns away at once an ASCII text
    that lacks the words every phrase needs (_Unnamed.may_match)."""
    unnamed = _unnamed(lexicon.version("unnamed_sources", "unowned_records"))
    if unnamed.starts is None:
        return unnamed.pattern.search(text) is not None
    if words is not None and text.isascii() and not unnamed.may_match(words):
        return False
    return bool(matches_at_words(unnamed.pattern, text, unnamed.starts))


class _Unnamed:
    """The phrases of unnamed_sources.csv as one pattern matched at a word; the words (lower
    case) a match can begin with (starts; None: some phrase begins otherwise); and the words
    each phrase needs in an ASCII text (helpers.quick_patterns.needed_words), as bits."""

    def __init__(self, terms: tuple[str, ...]) -> None:
        self.pattern = re.compile(rf"(?:{'|'.join(terms)})(?!\w)", re.IGNORECASE)
        self.starts: frozenset[str] | None = _starts(terms)
        needs = [needed_words(term) for term in terms]
        branches = None if None in needs else [b for n in needs if n is not None for b in n]
        groups = list(dict.fromkeys(g for b in branches or () for g in b))
        self.index = word_bits(groups)
        # per branch of a phrase, the bits of the groups it needs a word of each of
        self.masks: tuple[int, ...] | None = None if branches is None else tuple(
            sum(1 << groups.index(g) for g in set(b)) for b in branches)
        self._able: dict[int, bool] = {}

    def may_match(self, words: set[str]) -> bool:
        """Whether an ASCII text with these words (words_in) may hold a phrase: a word a phrase
        can begin with, and a word of each group one of its branches needs."""
        if self.starts is not None and self.starts.isdisjoint(words):
            return False
        if self.masks is None:
            return True
        bits = bits_of(words, self.index)
        able = self._able.get(bits)
        if able is None:  # each set of groups held once per version of the list
            able = self._able[bits] = any(bits & mask == mask for mask in self.masks)
        return able


def _starts(terms: tuple[str, ...]) -> frozenset[str] | None:
    """The words (lower case) a match of the phrases can begin with, or None."""
    starts: set[str] = set()
    for term in terms:
        first = literal_starts([term])
        if first is None:  # its first word (one in other than ASCII letters is tried anyway)
            word = re.match(r"[^\W\d_]+", term)
            if word is None:
                return None
            starts.add(word.group(0).lower())
        else:
            starts.update(re.split(r"\W", start, maxsplit=1)[0] for start in first)
    return frozenset(starts)


@lru_cache(maxsize=4)
def _unnamed(_version: tuple) -> _Unnamed:
    """The phrases of one version of unnamed_sources.csv, read for names_nobody, {records} in
    them the nouns of estimates of unowned_records.csv (kind noun)."""
    table = lexicon.table("unowned_records")
    records = "(?:" + "|".join(table.loc[table["kind"] == "noun", "term"]) + ")"
    return _Unnamed(tuple(term.replace("{records}", records)
                          for term in lexicon.terms("unnamed_sources")))


def pointed_speaker(text: str) -> str:
    """The speaker phrase of a sentence that attributes the one before it by pointing at it
    ("Об этом сообщили в пресс-службе МВД": "пресс-службе МВД"; pointing_back.csv), as printed,
    or "" (S2)."""
    m = _pointers(lexicon.version("pointing_back")).match(text)
    return m.group(m.lastgroup).strip() if m and m.lastgroup else ""


# what a speaker phrase after a pointer runs over, and what ends it
_SPEAKER = r"[^,.;:!?«»\"“”]{1,150}?"
_END = r"(?=\s*(?:[,.;:!?«»\"“”]|$))"


@lru_cache(maxsize=4)
def _pointers(_version: tuple) -> re.Pattern:
    """The phrases of pointing_back.csv as one pattern anchored at the start of a sentence,
    the speaker of each in a group of its own (p0, p1, ...)."""
    rows = []
    for k, term in enumerate(lexicon.terms("pointing_back")):
        before, _, after = term.partition("{speaker}")
        rows.append(before.replace(" ", r"\s+") + f"(?P<p{k}>{_SPEAKER})"
                    + (r"\s+" + after.strip().replace(" ", r"\s+") if after.strip() else "")
                    + _END)
    return re.compile(rf"^[\s\"“”'«„‘]*(?:{'|'.join(rows)})", re.IGNORECASE)


def role_clash(phrase: str, speaker: str, patterns: Patterns) -> bool:
    """Whether a role noun ("the minister") names another role than the speaker's as printed
    ("Police chief X"); a speaker printed without a role clashes with none, and a noun that
    fits any office ("the official", "the spokesman") with no one."""
    roles = {r for r in _roles(phrase, patterns) if not patterns.any_role.fullmatch(r)}
    if not roles:
        return False  # ("he", "the official": the speaker's roles are not read)
    held = _roles(speaker, patterns)
    return bool(held and roles.isdisjoint(held))


def _roles(text: str, patterns: Patterns) -> frozenset[str]:
    """The role nouns of titles_roles.csv printed in a phrase or a speaker ("minister")."""
    return frozenset(m.group(0).lower() for m in patterns.person_role.finditer(text))


def rest_of(text: str, m: re.Match) -> str:
    """The sentence without an "according to" phrase that `m` matched, read for a teller of its
    own: an opening phrase taken out leaves the next word first, as a sentence opens ("According
    to Reuters, police chief X said": "Police chief X said")."""
    if m.start() > 0:
        return text[:m.start()] + text[m.end():]
    rest = text[m.end():].lstrip(" ,")
    return rest[:1].upper() + rest[1:]
