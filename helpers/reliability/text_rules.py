"""Text rules of sourcing, one sentence at a time: attributions, quotations, hedges (the
writer's and the quoted sources'), relayed estimates, and a reversed direction of travel
within one document.

`measure_sentences` reads a document's sentences once with every rule (the patterns fetched
once); helpers.reliability.measures turns the results into tables. Word lists come from
helpers/lexicon/. Rules in plain words: data/codebook.md, "Measures".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import lexicon
from ..dates import month_names
from ..quick_patterns import (
    alternation,
    folds_to_ascii,
    literal_starts,
    matches_at_starts,
    words_in,
)


def hedge_pattern() -> re.Pattern[str]:
    """The hedging lexicon (helpers/lexicon/hedges.csv: regular-expression fragments) as one
    pattern matched as whole words, case-insensitive; an edited list takes effect at once."""
    return lexicon.pattern("hedges")


# a name starts where no name character stands before it, and has at most six words, each
# read whole: so a run of capitals is tried from one place, not from every word of it (the
# capital comes first and the look-behind after it, so that a search skips to the capitals)
_NAME = r"[A-Z](?<![\w'’.-][A-Z])[\w'’.-]*+(?: [A-Z][\w'’.-]*+){0,5}"


def _not_names() -> frozenset[str]:
    """The capitalised words that open no name (not_name_openers.csv) and the English months'
    full names (helpers.dates), capitalised."""
    return _not_names_for(lexicon.version("not_name_openers"))


@lru_cache(maxsize=4)
def _not_names_for(_version: tuple) -> frozenset[str]:
    months: dict[int, str] = {}
    for name, number in month_names("en").items():  # each month's longest name: its full one
        if len(name) > len(months.get(number, "")):
            months[number] = name
    return frozenset(lexicon.terms("not_name_openers")) | {m.capitalize() for m in months.values()}
_END = r"(?=\s*(?:[,.;:!?)]|$))"


@lru_cache(maxsize=8)
def _named_patterns(verbs: tuple[str, ...], inverting: tuple[str, ...]
                    ) -> tuple[re.Pattern[str], ...]:
    """"Name [, role,] (also) (has) said", "according to / reported by [the role of ...] Name",
    and the inverted "..., said Name." A name after "told" is the one told, not the speaker."""
    # longest first, as trees of shared beginnings (helpers.quick_patterns: the same matches)
    verb = "(?:" + alternation(sorted(verbs, key=len, reverse=True), literal=True) + ")"
    inverted = "(?:" + alternation(sorted(inverting, key=len, reverse=True), literal=True) + ")"
    return (
        re.compile(rf"(?P<name>{_NAME})(?=(?:, [^,]{{1,120}})?,? (?:also |publicly |then )?"
                   rf"(?:has |have |had )?{verb}\b)"),
        re.compile(rf"\b(?i:according to|reported by|quoted by)(?: [^\s,.;:]+){{0,10}}? "
                   rf"(?P<name>{_NAME}){_END}"),
        re.compile(rf"\b{inverted} (?P<name>{_NAME}){_END}"),
    )


def named_triggers() -> frozenset[str]:
    """Words one of which each named-attribution pattern needs (lower case): the first word of
    every verb of saying, and those of "according to", "reported by", "quoted by"."""
    return named_pattern_triggers().every


_ACCORDING = frozenset({"according", "reported", "quoted"})  # "according to", "reported by" ...


@dataclass(frozen=True)
class NamedTriggers:
    """For each pattern of named_patterns, words one of which it needs (lower case): the first
    word of every verb of saying; "according", "reported", "quoted"; the first word of every
    inverting verb. `always` marks a pattern with a first word that is not all word characters
    ("l'a"): it is tried in every sentence that holds one of `every`."""

    each: tuple[frozenset[str], ...]
    always: tuple[bool, ...]
    every: frozenset[str]


def named_pattern_triggers() -> NamedTriggers:
    """The NamedTriggers of the current verbs_of_saying.csv."""
    return _named_pattern_triggers(lexicon.version("verbs_of_saying"))


@lru_cache(maxsize=8)
def _named_pattern_triggers(_version: tuple[tuple[str, int, int], ...]) -> NamedTriggers:
    verbs = lexicon.table("verbs_of_saying")
    each = (frozenset(v.split()[0].lower() for v in verbs["term"]), _ACCORDING,
            frozenset(v.split()[0].lower() for v in verbs.loc[verbs["inverts"] == "yes", "term"]))
    return NamedTriggers(each, tuple(not all(map(str.isalnum, words)) for words in each),
                         frozenset().union(*each))


def named_patterns() -> tuple[re.Pattern[str], ...]:
    """The named-attribution patterns, with the verbs of helpers/lexicon/verbs_of_saying.csv
    (built again only when the list changes on disk: one stat per call)."""
    return _named_patterns_for(lexicon.version("verbs_of_saying"))


@lru_cache(maxsize=8)
def _named_patterns_for(_version: tuple[tuple[str, int, int], ...]
                        ) -> tuple[re.Pattern[str], ...]:
    verbs = lexicon.table("verbs_of_saying")
    return _named_patterns(tuple(verbs["term"]),
                           tuple(verbs.loc[verbs["inverts"] == "yes", "term"]))


_SOURCES = ("source", "sources", "anonymity")  # the words of the pattern's first alternatives


def _anonymous() -> tuple[re.Pattern[str], frozenset[str]]:
    """The pattern of an unnamed source ("a senior official", "some experts": the roles and
    groups of anonymous_roles.csv) and the words one of which each of its matches holds."""
    return _anonymous_for(lexicon.version("anonymous_roles"))


@lru_cache(maxsize=4)
def _anonymous_for(_version: tuple) -> tuple[re.Pattern[str], frozenset[str]]:
    table = lexicon.table("anonymous_roles")
    roles = tuple(table.loc[table["kind"] == "role", "term"])
    groups = tuple(table.loc[table["kind"] == "group", "term"])
    pattern = re.compile(
        r"\b(?:an? |one |unnamed |anonymous |several |two |three )?sources? "
        r"(?:in|at|close to|within|familiar with|inside)\b"
        r"|\bsources? (?:said|say|says|told)\b|\baccording to (?:unnamed |anonymous )?sources\b"
        r"|\bon (?:the )?condition of anonymity\b"
        r"|\b(?:an?|one|unnamed|anonymous) (?:senior |security |government )?"
        rf"(?:{'|'.join(roles)})s?\b"
        rf"|\bsome (?:{'|'.join(groups)})\b"
        r"|\b(?:say|said|according to) (?:some |unnamed |anonymous )?"
        rf"(?:{'|'.join(groups)})\b",
        re.I)
    # every alternative needs one of these words (built from the same lists)
    return pattern, frozenset((*_SOURCES, *roles, *(f"{r}s" for r in roles), *groups))
_ESTIMATE_WORDS = frozenset(("estimates", "judging"))  # _RELAYS and _SEVERAL need one
_QUOTE_MARKS = "\"“”«»"
_CITATION = re.compile(r"^\s*(?:sources?|via|photo|image)\s*:", re.I)
_QUOTED_SPAN = re.compile(r"[\"“«]([^\"“”«»]+)[\"”»]")
# The speaker rests the figure on others' estimates ("judging from various estimates").
_RELAYS = re.compile(
    r"\bjudging (?:from|by)\b"
    r"|\b(?:according to |from |on )?(?:various|unofficial|some|several) estimates\b"
    r"(?!,? including)", re.I)
# The writer sums up several estimates, one of them the speaker's ("Previous estimates,
# including by X, have placed ...").
_SEVERAL = re.compile(
    r"\b(?:previous|earlier|other|several|various) estimates,? including (?:those )?(?:by|of)\b",
    re.I)
_MOVE = r"(?:returned|return|returning|returns|came back|come back|travelled|traveled|went|moved)"
_FROM_TO = re.compile(rf"\b{_MOVE} from (?P<a>[A-Z][\w-]+) to (?P<b>[A-Z][\w-]+)")
_BACK_FROM = r"\b(?:{move}|returnees?)\b[^.;]{{0,60}}?\bfrom {place}\b"

def hedge_terms(text: str) -> list[str]:
    """The hedging expressions of the hedges lexicon found in text, lower-cased, in order."""
    return [m.group(0).lower() for m in hedge_pattern().finditer(text)]


def named_attribution(text: str) -> bool:
    """True when the sentence credits a statement to a capitalised name (person or body)."""
    not_names = _not_names()
    return any(m["name"].split()[0] not in not_names
               for pattern in named_patterns() for m in pattern.finditer(text))


def anonymous_attribution(text: str) -> bool:
    """True when the sentence credits a statement to someone it does not name."""
    return bool(_anonymous()[0].search(text))


def _quote_marks(text: str) -> int:
    if text.isascii():
        return text.count('"')  # the one quote mark of ASCII
    return sum(text.count(q) for q in _QUOTE_MARKS)


def has_quotation(text: str) -> bool:
    """True for direct speech: a quoted span of 4+ words, or an odd number of quotation marks
    in a sentence of 4+ words (a quotation that runs over several sentences). A citation line
    ("Source: ...") quotes a title, not speech."""
    if _CITATION.match(text):
        return False
    if any(len(span.split()) >= 4 for span in _QUOTED_SPAN.findall(text)):
        return True
    return _quote_marks(text) % 2 == 1 and len(text.split()) >= 4


def relays_estimates(text: str) -> bool:
    """True when the speaker rests a figure on others' unnamed estimates ("judging from
    various estimates"); not when the writer sums up several estimates ("including by")."""
    return bool(_RELAYS.search(text)) and not one_of_several_estimates(text)


def one_of_several_estimates(text: str) -> bool:
    """True when the writer sums up several estimates and names the speaker as one of their
    authors ("Previous estimates, including by X, have placed the number at ...")."""
    return bool(_SEVERAL.search(text))


def hedges_by_voice(text: str) -> tuple[list[str], list[str]]:
    """The hedges of a sentence split by whose they are: (writer's, quoted sources').

    A hedge inside quotation marks, in a sentence that continues a quotation (odd number of
    marks), or in a sentence that reports someone's statement (named or anonymous
    attribution) belongs to the source; any other hedge is the writer's. Known limit: an aside
    the writer slips into reported speech ("..., presumably referring to ...") counts as the
    source's.
    """
    if _CITATION.match(text):
        return [], []
    quoted = " ".join(_QUOTED_SPAN.findall(text))
    rest = _QUOTED_SPAN.sub(" ", text)
    source = hedge_terms(quoted)
    if (_quote_marks(text) % 2 == 1 and len(text.split()) >= 4) or named_attribution(text) \
            or anonymous_attribution(text):
        return [], source + hedge_terms(rest)
    return hedge_terms(rest), source


def hedge_starts() -> tuple[str, ...] | None:
    """Texts one of which every hedge begins with (helpers.quick_patterns.literal_starts of
    the hedges lexicon): a sentence without any is not searched for hedges."""
    return _hedge_starts(lexicon.terms("hedges"))


@lru_cache(maxsize=8)
def _hedge_starts(terms: tuple[str, ...]) -> tuple[str, ...] | None:
    return literal_starts(terms)


def _hedges(pattern: re.Pattern[str], text: str, starts: tuple[str, ...] | None = None
            ) -> list[str]:
    return [m.group(0).lower() for m in matches_at_starts(pattern, text, starts)]


def _named(patterns: tuple[re.Pattern[str], ...], text: str) -> bool:
    not_names = None
    for pattern in patterns:
        for m in pattern.finditer(text):
            not_names = _not_names() if not_names is None else not_names
            if m["name"].split()[0] not in not_names:
                return True
    return False


def _named_in(text: str, found: set[str], patterns: tuple[re.Pattern[str], ...],
              triggers: NamedTriggers) -> bool:
    """_named(patterns, text) for a sentence with the words `found` (words_in), each pattern
    tried only where it may match: one of its own triggers is a word of the sentence, or it
    is tried always (in a sentence that holds one of triggers.every), or the sentence holds a
    character that the case-insensitive "according to" may match with an ASCII letter (then
    every one: 'ACCORDİNG to X' has no word "according")."""
    if folds_to_ascii(text):
        return _named(patterns, text)
    if found.isdisjoint(triggers.every):
        return False
    return _named(tuple(p for p, words, always in zip(patterns, triggers.each, triggers.always,
                                                      strict=True)
                        if always or not words.isdisjoint(found)), text)


MEASURE_COLUMNS = ["named_attribution", "anonymous_attribution", "quotation", "hedges",
                   "hedge_terms", "writer_hedges", "source_hedges", "relays_estimates",
                   "one_of_several_estimates"]
"""The measures of one sentence, in the order of measure_sentences' tuples."""


def measure_sentences(texts: list[str], words: list[set[str]] | None = None) -> list[tuple]:
    """The measures of MEASURE_COLUMNS for each sentence, as tuples in that order: the same
    values as named_attribution, anonymous_attribution, has_quotation, hedge_terms (count and
    ";"-joined), hedges_by_voice (counts), relays_estimates and one_of_several_estimates, with
    each rule run once per sentence and the word-list patterns fetched once; `words`: each
    sentence's helpers.quick_patterns.words_in, when the caller has them."""
    hedge, named, triggers = hedge_pattern(), named_patterns(), named_pattern_triggers()
    starts = hedge_starts()
    unnamed, unnamed_words = _anonymous()
    rows = []
    for k, text in enumerate(texts):
        terms = _hedges(hedge, text, starts)
        found = words_in(text) if words is None else words[k]  # a rule without its words
        is_named = _named_in(text, found, named, triggers)  # is not run
        anonymous = not found.isdisjoint(unnamed_words) and bool(unnamed.search(text))
        estimates = not found.isdisjoint(_ESTIMATE_WORDS)
        marks = _quote_marks(text)
        citation = _CITATION.match(text) is not None
        writer = source = 0  # a citation line ("Source: ...") quotes a title, no one's hedges
        spans: list[str] = _QUOTED_SPAN.findall(text) if marks else []
        open_quote = marks % 2 == 1 and len(text.split()) >= 4  # a quotation runs on
        if not citation:
            quoted = " ".join(spans)
            rest = _QUOTED_SPAN.sub(" ", text) if marks else text
            own = _hedges(hedge, quoted, starts) if quoted else []
            rest_terms = terms if rest is text else _hedges(hedge, rest, starts)
            if open_quote or is_named or anonymous:
                writer, source = 0, len(own) + len(rest_terms)
            else:
                writer, source = len(rest_terms), len(own)
        several = estimates and bool(_SEVERAL.search(text))
        # has_quotation, from the spans and marks read above (it needs a mark)
        quotation = not citation and (any(len(span.split()) >= 4 for span in spans)
                                      or open_quote)
        rows.append((is_named, anonymous, quotation, len(terms), ";".join(terms),
                     writer, source, estimates and bool(_RELAYS.search(text)) and not several,
                     several))
    return rows


def document_conflicts(doc_id: str, ids: list[str], texts: list[str]) -> list[dict]:
    """Sentences of one document saying people went 'from A to B' while another sentence of
    it says they returned 'from B' (rows of direction_conflicts)."""
    rows = []
    for sentence_id, text in zip(ids, texts, strict=True):
        if " from " not in text:
            continue  # every match holds " from " (_FROM_TO): most sentences are not searched
        for m in _FROM_TO.finditer(text):
            back = re.compile(_BACK_FROM.format(move=_MOVE, place=re.escape(m["b"])))
            hits = [other for other, other_text in zip(ids, texts, strict=True)
                    if other != sentence_id and back.search(other_text)]
            if hits:
                rows.append({"doc_id": doc_id, "sentence_id": sentence_id,
                             "kind": "direction_of_travel", "excerpt": m.group(0),
                             "explanation": f"says from {m['a']} to {m['b']}, but "
                             f"{', '.join(hits)} say(s) from {m['b']}"})
    return rows
