"""Who said it, and through whom: the reported-speech patterns of news English.

`attribute(sentence, last)` reads one sentence (helpers.speakers runs it once per sentence of a
document, for both extractors) with the named patterns of helpers.attribution_patterns, which
are built from the word lists (verbs_of_saying.csv, titles_roles.csv) and rebuilt when a list
changes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import closing_dates, lexicon, said_continuations
from . import speaker_phrases as phr
from .actors import actor_by_role, canonical_speaker, find_actor
from .attribution_patterns import SpeakerPatterns, speaker_patterns
from .colon_quotes import colon_speaker
from .pattern_lists import turkish_stem
from .quick_patterns import bits_of, holds_twice, matches_at_words, replaced, words_in
from .speaker_phrases import appositive, clean_phrase
from .speaker_reference import (
    ACCORDING,
    TELLING,
    continues,
    fits,
    is_medium,
    names_nobody,
    rest_of,
    role_clash,
)
from .speaker_skips import DOCUMENT as _DOCUMENT
from .speaker_skips import left_to_try

_AGE = re.compile(r"(?<=[A-Za-zА-Яа-яЁё]),\s+\d{1,3},(?=\s)")  # "Mr Fallon, 62, told": an age
_AGE_HINT = re.compile(r",\s+\d{1,3},")  # what _AGE needs (found faster: no look-behind)
_BODY_HEAD = re.compile(r"(?:the|a|an)\s", re.IGNORECASE)  # a description opening a body's name
_OWNER = re.compile(r"^(?P<owner>.+?)['’]s\s+(?P<doc>.+)$")  # "the ministry's report"
# the patterns that read the speaker after an inverted verb: a "que" there opens what was said
_INVERTED = frozenset({"says_group", "says_name_role", "dash_inverted"})
_AS_REPORTED = re.compile(r"\b(?:as )?reported by (?P<via>[^,.;]+)", re.IGNORECASE)


def _but_says(text: str, say: str) -> str:
    """The text of a refusal that goes on with a verb of saying ("X - on the camps but said
    40 ...", the refusal cut to "-") without the refusal: "X said 40 ..."."""
    return re.sub(rf"\s-(?:\s[^,;:\"“”]*?)?\s(?:but|and|yet)\s+(?=(?:\w+ly\s+)?(?:{say})\b)",
                  " ", text, count=1)


@dataclass
class Attribution:
    """Who gave a figure (canonical or as written) and the outlet or body that carried it;
    named_here says whether the sentence itself names them (not only carries them on), and
    pattern which named speaker pattern did ("document" when a document of the speaker's;
    "unnamed" for a refusal or a source left unnamed, rule S3; "points_back" for a sentence
    that names the speaker of the one before, and "zero_subject" for a verb of saying whose
    subject is left unsaid, "Añadió que ...", both set by helpers.speakers: such a verb counts
    as naming the last speaker in its own sentence, as "He added that ..." does)."""

    speaker: str = ""
    via: str = ""
    named_here: bool = False
    pattern: str = ""


def _speaker_of(phrase: str, last: Attribution, patterns: SpeakerPatterns
                ) -> tuple[str, bool]:
    """(speaker, resolved by anaphora?) for a speaker phrase (as clean_phrase leaves it).

    A pronoun or a bare description ("the expert") is the last speaker, unless that is a
    document ("the report": then nobody); a description that matches the role of a person in
    actors.csv ("the chairman of the National Security Committee") is that person, the last
    speaker first.
    """
    anaphoric = bool(patterns.anaphora.match(phrase) and last.speaker)
    if anaphoric and last.pattern == "says_others_say" and fits(phrase, last.via, patterns):
        return last.via, True  # "Ban says member states estimate ... He said": Ban
    if anaphoric and fits(phrase, last.speaker, patterns):
        actor = find_actor(phrase)
        if actor is None or actor.canonical_name == last.speaker:
            return last.speaker, True
    named = find_actor(phrase)
    if named is not None and named.is_person:
        return named.canonical_name, named.canonical_name == last.speaker
    if re.match(r"the\s+\S+\s+\S+\s+\S+", phrase, re.IGNORECASE):
        described = actor_by_role(phrase[4:], prefer=last.speaker)
        if described:
            return described, described == last.speaker
    if anaphoric and role_clash(phrase, last.speaker, patterns):
        return canonical_speaker(phrase), False  # "the minister" after "police chief X"
    if anaphoric and len(phrase.split()) <= 2 or patterns.anaphora.match(phrase) \
            and " " not in phrase:
        return "", False  # "he" after "the report said", or before any name: nobody named
    # "the prime minister" that fits no last speaker names a speaker of its own
    return canonical_speaker(phrase), False


def attribute(text: str, last: Attribution, same_paragraph: bool = True,
              patterns: SpeakerPatterns | None = None, words: set[str] | None = None
              ) -> Attribution:
    """Who said what a sentence reports, by the named reported-speech patterns of news English.

    `last` is the attribution in force from the sentence before: pronouns and "the expert"
    refer to its speaker (never to a document). A sentence with no attribution of its own
    continues it inside the same paragraph (`same_paragraph`), or in a new paragraph when it
    opens with a pronoun or role noun that fits ("He", "The official"); otherwise its speaker
    is empty (rule S1 of tests/realpages/README.md). A refusal or a source left unnamed
    ("declined to comment", "are said to", "reportedly") gives an empty speaker that continues
    nothing, with pattern "unnamed" (S3); "an estimated", "was estimated at" are no attribution.
    `patterns` (default: those of the current word lists) lets a caller that reads a whole
    document fetch them once, and `words` (helpers.quick_patterns.words_in(text)) lets it read
    the words of text once.
    """
    patterns = patterns or speaker_patterns()
    found = Attribution()
    by_document = False  # the relay is a document's author ("the report of X"), not an outlet
    ordered: tuple[tuple[str, re.Pattern], ...] = ()  # no pattern can match without a trigger
    words = words_in(text) if words is None else words
    # whether nobody is named (S3): set by a cut, a subject or the outlet's own voice below; a
    # phrase of the sentence that names nobody ("reportedly", "declined to comment",
    # "Напомним": names_nobody) counts only where no speaker is found, so it is read there
    whole, whole_words, unnamed = text, words, False
    audience = False  # the relay is the one told ("He told Reuters"), not a source
    bits = bits_of(words, patterns.word_index)  # which word groups the sentence holds
    if bits & patterns.trigger_bit or patterns.opener.match(text.lstrip("\"“”' ")):
        changed = 0
        starts = patterns.cut_starts(bits)  # the alternatives that can match start with these
        if starts:
            cuts = matches_at_words(patterns.not_saying, text, starts)
            # "is said to", "declined to comment": no speaker here, and none carried on
            unnamed = unnamed or any(m.group("unnamed") or m.group("refused") for m in cuts)
            changed = len(cuts)
            text = replaced(text, cuts, "-")
            if any(m.group("refused") for m in cuts):  # "He declined to comment on X but said
                text = _but_says(text, patterns.say)  # 40 ...": he speaks, of the rest
        aged = 0
        if _AGE_HINT.search(text):
            text, aged = _AGE.subn("", text)
        if (dated := closing_dates.cut(text)) != text:  # "kata X pada Minggu (20/3).": X
            text, aged = dated, aged + 1
        if changed or aged:  # the words left after the cuts
            words = words_in(text)
            bits = bits_of(words, patterns.word_index)
        ordered = patterns.ordered
    start = text  # the text the patterns start on (a document it names: helpers.speaker_skips)
    only, twice, gated = patterns.speaker_only_bits, patterns.twice_bits, patterns.gate_bits
    clausal = patterns.clause_bits
    passed: dict[int, bool] = {}  # the gates searched in text (by id), and whether they match
    lowered: str | None = None  # text.lower(), once a clause check needs it
    todo = bits & ~patterns.lacking(bits) & (1 << len(ordered)) - 1  # a pattern without its
    # words cannot match
    while todo:  # the patterns left, in order of trust (bit k: ordered[k])
        if found.speaker and (found.via or todo & only):
            todo = left_to_try(todo, found.via, start, only)  # (helpers.speaker_skips)
            if not todo:
                break
        low = todo & -todo
        todo ^= low
        name, pattern = ordered[low.bit_length() - 1]
        if low & clausal:  # its words are not where a match has them (helpers.clause_gates)
            lowered = text.lower() if lowered is None else lowered
            if not patterns.clause_checks[name](lowered, patterns.needs[name] & words):
                continue
        elif low & twice and not holds_twice(text, patterns.needs[name] & words):
            continue  # it needs two verb forms, and the sentence holds one
        if low & gated:  # what every match of it holds, searched once for all that need it
            gate = patterns.gates[name]
            held = passed.get(id(gate))  # (a compiled pattern is slow to hash)
            if held is None:
                held = passed[id(gate)] = gate.search(text) is not None
            if not held:
                continue
        m = pattern.search(text)
        if not m:
            continue
        groups = m.groupdict()
        if name == "dash_verb_alone":  # "– ... – powiedział.": he said (an unsaid pronoun)
            if last.speaker and not found.speaker:
                found.speaker, found.pattern = last.speaker, name
                found.via = found.via or last.via
            continue
        if name == "relay_reports":
            if not re.search(rf"\b(?:{patterns.say})\b", text[:m.start()]):
                continue  # "..., Trend reports." alone: Trend is the speaker (read below)
            text = text[:m.start()] + "."  # the rest of the sentence names the speaker
            passed.clear()
            lowered = None
        if groups.get("name"):
            groups["spk"] = groups["name"]  # "said the deputy chairman of X, Name."
        elif name in ACCORDING and groups.get("spk") and (
                beside := phr.name_beside(groups["spk"], text[m.end("spk"):])):
            groups["spk"] = beside  # "Secondo il portavoce dell'OIM, Joel Millman, ...": Millman
        if groups.get("spk"):
            spk = clean_phrase(groups["spk"])
            if name.startswith("tr_"):  # Turkish "Valiliğin" less its case ending: "Valilik"
                spk = turkish_stem(spk)  # (turkish_consonant_alternations.csv)
            lone = phr.lone_word(spk)
            unnamed = unnamed or lone == "impersonal"  # "se informó que": nobody named (S3)
            if not spk or lone or phr.CLAUSE.search(spk) or phr.negated(spk) or (
                    phr.ends_relative(spk)) or (
                    name in _INVERTED and phr.holds_clause(spk)) or (
                    name == "name_says") and phr.inverted(
                    text[m.start("spk"):m.end("spk") + 1]) or phr.names_before_noun(
                    groups["spk"], text[m.end("spk"):]) or (
                    name in ("subject_says", "name_says") and phr.opens_aside(spk)):
                continue  # a clause; "...," X said; "in Yobe and Adamawa states"; "X – said to"
            if _DOCUMENT.match(spk):
                groups["doc"] = groups.get("doc") or _DOCUMENT.sub("", spk)
                groups["spk"] = None  # "the report of X says": X speaks through a document
            elif name == "according_to" and (owner := _OWNER.match(spk)) and \
                    patterns.document.search(owner["doc"]):
                groups["doc"], groups["spk"] = owner["owner"], None  # "according to X's report"
        if name in ACCORDING and groups.get("spk") and not found.speaker and (
                bits & patterns.teller_bits):  # (the words a teller's pattern needs are there)
            teller = attribute(rest_of(text, m), last, same_paragraph=False,
                               patterns=patterns)  # "Y said N, according to X": Y speaks,
            if teller.pattern in TELLING and teller.speaker and not is_medium(teller.speaker):
                found.speaker, found.pattern = teller.speaker, teller.pattern
                found.via = found.via or canonical_speaker(spk)
                continue
        if groups.get("spk") and not found.speaker:
            before = text[:m.start("spk")]
            if not (before.rstrip().endswith(",") and _BODY_HEAD.match(groups["spk"].lstrip())
                    and patterns.body.search(" ".join(groups["spk"].split()[:4]))):
                # (", Dagestan Region, the information center of the Committee said": a body
                # after a comma has no name beside it)
                named = appositive(before, spk)
                spk = clean_phrase(named) if named else spk
            speaker, anaphoric = _speaker_of(spk, last, patterns)
            outlet = find_actor(speaker) if speaker else None
            if outlet and outlet.actor_type == "news outlet":
                # "..., Tengrinews reports": an outlet carries the figure, it did not count
                found.via = found.via or outlet.canonical_name
                continue
            found.speaker = speaker
            found.pattern = found.pattern or name
            if anaphoric and not found.via:
                found.via = last.via
        if groups.get("via") and not found.via and not (
                name == "told" and found.pattern == "opening_says_that"):
            # (the one told in the clause of "X said that ..." is no relay)
            found.via = canonical_speaker(clean_phrase(groups["via"]))
            audience = name == "told"  # "He told Tribunnews.com": the one told, never a speaker
        if groups.get("doc") and not found.via:
            found.via = canonical_speaker(clean_phrase(groups["doc"]))
            by_document = True
            found.pattern = found.pattern or "document"
        if name == "according_to" and not found.via:
            reported = _AS_REPORTED.search(text)
            if reported:
                found.via = canonical_speaker(clean_phrase(reported.group("via")))
    if not found.speaker and not found.via and (
            said := said_continuations.cut(start, words)) and not (
            unnamed or names_nobody(whole, whole_words)):  # "..., uvedla X s tím, že": X speaks
        return attribute(said, last, same_paragraph, patterns)
    if not found.speaker and not found.via and ":" in text and not (
            unnamed or names_nobody(whole, whole_words)) and (
            spoken := colon_speaker(text)):  # 'Le ministre X : « ... »': X speaks
        found.speaker, _ = _speaker_of(clean_phrase(spoken), last, patterns)
        found.pattern = "colon_quote" if found.speaker else found.pattern
    # a source in the first person plural is the outlet's own voice ("selon nos informations",
    # own_voice_words.csv): nobody named (S3)
    if found.speaker and lexicon.pattern("own_voice_words", r"(?:WORDS)\b").match(found.speaker):
        found.speaker, found.pattern, unnamed = "", "unnamed", True  # "selon nos informations"
    found.named_here = bool(found.speaker or found.via)
    outlet = find_actor(found.speaker) if found.speaker else None
    if outlet and outlet.actor_type == "news outlet":
        # "..., Tengrinews reports": an outlet carries the figure, it did not count
        found.via, found.speaker = found.via or outlet.canonical_name, ""
    if not found.speaker and found.via and not audience and (by_document or not last.speaker):
        found.speaker, found.via = found.via, ""  # "the statement of the Committee reads"
    if not found.speaker and (unnamed or names_nobody(whole, whole_words)):
        found.pattern = "unnamed"  # nobody named speaks here, and nobody is carried on (S3)
    elif not found.speaker and continues(text, last, same_paragraph, patterns):
        found.speaker = last.speaker
    if not found.via and found.speaker and found.speaker == last.speaker:
        found.via = last.via
    if found.via == found.speaker:
        found.via = ""
    return found
