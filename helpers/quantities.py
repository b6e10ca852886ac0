"""Counts of people in one sentence: which number, how sure, and which group it counts.

`figures_in(text, previous)` finds every number that counts people: a number before a people
noun ("300 Kazakhstanis", "one man", "40 relatives", "600 of its citizens"), after "the number
of ... is", before "who" ("the 300 who left"), a count whose noun is elided but named earlier
in the sentence ("..., of whom 40 were killed", "25 have since come home"), a share of a figure
("half of them") and "no such cases". Word lists (people nouns, shares, qualifiers, number
words) come from helpers/lexicon/.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from . import lexicon
from .numbers import bounds, not_a_count, number_words, parse_number, qualifier_words

WINDOW = 200  # characters before a number that its context is read from (keeps reading linear)
_DEMONYM = re.compile(r"^[A-Z][a-z]+(?:stanis|ians|ans|aks|eks|iks|ens|anis|qis|udis|itis|elis|"
                      r"enis|alis|shis|atis)$")
_STOP_WORDS = frozenset("""
and or but in into on at to from for with by who whom which that than as are were is was have
has had will would been be being the a an of said says told their his her its they them these
those this there when where while after before since during until
""".split())
_CASES = re.compile(r"\bsuch\s+cases$|\bcases\s+of\s+(?:departure|travel|leaving|people)",
                    re.IGNORECASE)
_NUMBER_OF = re.compile(
    r"\b(?:the|a|their|its)\s+(?:total\s+)?(?:number|figure|count|total)"
    r"(?:\s+of\s+(?P<pop>[^–—:;,.\"“”]{1,150}?))?\s*(?:[–—:]|\bat\b|\bis\b|\bwas\b|\bstood at\b"
    r"|\breached\b|\bto\b|\btops\b|\btopped\b|\bexceeds\b|\bexceeded\b)\s*$", re.IGNORECASE)
# "the nation's fighters number about 300"
_NOUN_NUMBERS = re.compile(r"(?<![\w'’-])(?P<pop>[\w'’-]++)\s++(?:number|numbers|numbered|"
                           r"numbering|total|totals|totalled|totaled|totalling|totaling)\s*+$",
                           re.IGNORECASE)
_ZERO = re.compile(
    r"\b(?:no|not a single|not one)\s+(?:such\s+|new\s+|further\s+|more\s+)?(?P<noun>[\w-]+)",
    re.IGNORECASE)
# a count whose noun is left out: "of whom 40 were killed", "25 have since come home", "200 in
# Iraq", "seven from Germany", "1,300 joining ISIS", "two more"
_ELIDED_BEFORE = re.compile(r"\b(?:of|among)\s+(?:whom|them|those)\s*$", re.IGNORECASE)
_ELIDED_AFTER = re.compile(r"(?<!\s)\s++(?:(?:have|has|had|were|was|are|is|will|would|remain|"
                           r"remained|returned|died|come|came|more)\b"
                           r"(?!\s+(?:been\s+)?(?:years?|days?|months?|times?|percent)\b)"
                           r"|(?:in|from)\s+(?:outside\s+)?[A-Z]|[a-z]+ing\b)")
_WHO = re.compile(r"(?<!\s)\s++((?:who|that)\s+(?:had\s+|have\s+|has\s+|were\s+|are\s+)?[a-z]+"
                  r"[^,;:.!?\"“”]*)")
# "the death toll has reached 53", "a death toll rising above 300"
_TOLL = re.compile(r"\b(?P<pop>(?:death|casualty)\s+toll)\b[^.;:\d]{0,80}?"
                   r"\b(?:to|at|of|reached|hit|above|is|was|stands|stood)\s*$", re.IGNORECASE)
# after "killed 300": the object ends there ("killed 300 in Syria"), no other noun follows
_OBJECT_ENDS = re.compile(r"(?<!\s)\s*+(?:[,.;:!?)]|$|(?<=\s)(?:in|on|at|since|and|or|from|during|"
                          r"across|last|this|over|after|before|when|while|as|by)\b)")
# after a word that is also an adjective: the noun phrase ends there ("two Irish and at least")
_NOUN_PHRASE_ENDS = re.compile(r"[,.;:!?)]|(?<!\s)\s*+$|(?<!\s)\s++(?:and|or|were|are|was|is|who|"
                               r"had|have|has|in|from|on|at|to|with|remain|remained)\b")
# "seven from Germany were sent": a count that says where the people are from
_FROM_PLACE = re.compile(r"(?<!\s)\s++(from\s++[A-ZА-ЯЁ][\w-]*+(?:\s[A-ZА-ЯЁ][\w-]*+)?)\s++"
                         r"(?:were|are|was|have|had)\b")
# "the three were detained": a definite spelled number stands for people named before
_THE_BEFORE = re.compile(r"\b(?:the|all|both)\s+$", re.IGNORECASE)
_AUX_AFTER = re.compile(r"(?<!\s)\s++(?:were|are|had|have|remain|remained|said|told)\b")
_THEY_ARE = re.compile(r"(?<!\s)\s++(?:were|are|had|have)\b")
_OR_SO = re.compile(r"(?<!\s)\s++or\s++so\b")


@dataclass(frozen=True)
class _Grammar:
    figure: re.Pattern
    share: re.Pattern
    shares: dict[str, float]
    qualifiers: dict[str, str]
    plural: frozenset[str]
    singular: frozenset[str]
    adjective: frozenset[str]
    object_of: re.Pattern
    subject_of: re.Pattern
    number_words: frozenset[str]


_DIGIT = re.compile(r"\d")
_LETTERS = re.compile(r"[^\W\d_]+")  # words, to see whether a sentence spells a number at all
_LISTS = ("number_words", "figure_qualifiers", "people_nouns", "shares", "people_verbs")


def _alternation(phrases: Iterable[str]) -> str:
    """Phrases of a word list as one alternation, longest first, spaces matching any white."""
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len,
                                                                       reverse=True))


def _grammar() -> _Grammar:
    """The figure grammar for the current word lists (rebuilt when one changes)."""
    return _build(lexicon.version(*_LISTS))


@lru_cache(maxsize=4)
def _build(_version: tuple) -> _Grammar:
    number, digits = number_words().number, number_words().digits
    qualifiers = tuple(qualifier_words().items())
    table = lexicon.table("people_nouns")
    nouns = tuple(zip(table["term"], table["number"], strict=True))
    table = lexicon.table("shares")
    shares = tuple(zip(table["term"], table["value"], strict=True))
    verbs = lexicon.terms("people_verbs")
    words = _alternation(w for w, _ in qualifiers)
    figure = re.compile(
        rf"(?:\b(?P<q>{words})\s+(?:total\s+of\s+)?)?(?:"
        rf"\bfrom\s+(?P<f_lo>{number})\s+to\s+(?P<f_hi>{number})"
        rf"|\bbetween\s+(?P<b_lo>{number})\s+and\s+(?P<b_hi>{number})"
        rf"|(?P<r_lo>{digits})\s*[-–—]\s*(?P<r_hi>{digits})"
        rf"|(?P<t_lo>{number})\s+to\s+(?P<t_hi>{number})(?=\s+[\w-])"
        rf"|(?P<num>{number}))",
        re.IGNORECASE)
    share_words = _alternation(w for w, _ in shares)
    share = re.compile(
        rf"\b(?P<share>{share_words}|(?P<pct>\d+(?:\.\d+)?)\s*(?:%|per\s?cent))\s+of\s+"
        rf"(?:them|whom|those|these|the\s+latter)(?P<new>\s+(?:who|that|which)\b)?"
        rf"(?:\s+(?P<base>{number}))?"
        rf"(?:\s*(?:are|were|is|was|-|–|—)\s+(?:also\s+)?(?P<pop>[\w-]+))?",
        re.IGNORECASE)
    return _Grammar(figure, share, {w.lower(): float(v) for w, v in shares},
                    dict(qualifiers),
                    frozenset(w.lower() for w, n in nouns if n == "plural"),
                    frozenset(w.lower() for w, n in nouns if n == "singular"),
                    frozenset(w.lower() for w, n in nouns if n == "adjective"),
                    re.compile(rf"\b(?P<verb>{'|'.join(verbs)})\s*$", re.IGNORECASE),
                    # "40 were killed", "12 have been deported", "30 died", "25 fled"
                    re.compile(r"(?<!\s)\s++(?P<verb>(?:(?:were|are|have\s+been|had\s+been)\s+"
                               rf"(?:\w+ly\s+)?(?:{'|'.join(verbs)})|died|fled|went\s+missing"
                               r"|(?:have|has|had)\s+(?:since\s+|already\s+)?(?:returned|left"
                               r"|come\s+(?:back|home)|gone\s+back))\b)", re.IGNORECASE),
                    frozenset(number_words().values) | frozenset(number_words().scales))


def _is_people_noun(word: str, grammar: _Grammar, value: float | None = None) -> bool:
    """A people noun; a singular one ("man") only after the number one."""
    bare = word.strip(".,;:!?\"'“”‘’()").strip().lower()
    return (bare in grammar.plural or bool(_DEMONYM.match(word.strip(".,;:!?\"'“”‘’()")))
            or value == 1 and bare in grammar.singular)


def _people_after(after: str, grammar: _Grammar, value: float | None = None
                  ) -> tuple[str, int] | None:
    """The counted group right after a number ('Kazakhstan citizens', 'of them', 'of its
    citizens'), with its length in characters, or None when the number does not count people."""
    of_them = re.match(r"\s+of\s+(?:them|whom|those|these|us)\b", after, re.IGNORECASE)
    if of_them:
        return of_them.group(0).strip(), of_them.end()
    or_so = _OR_SO.match(after)
    if or_so:  # "500 or so U.K. citizens"
        rest = _people_after(after[or_so.end():], grammar, value)
        return (rest[0], or_so.end() + rest[1]) if rest else None
    of_the = re.match(r"\s+of\s+(?:the|our|their|its|his|her)\b(?:\s+\d[\d,]*\b)?", after,
                      re.IGNORECASE)  # "six of the 31 members"
    if of_the and re.search(r"\d$", of_the.group(0)) and _THEY_ARE.match(after, of_the.end()):
        return of_the.group(0).strip(), of_the.end()  # "4 of the 12 were children"
    if of_the:
        rest = _people_after(after[of_the.end():], grammar)
        return (after[:of_the.end() + rest[1]].strip(), of_the.end() + rest[1]) if rest else None
    for n, m in enumerate(re.finditer(r"\s*(\S+)", after)):
        word = m.group(1)
        bare = word.strip(".,;:!?\"'“”‘’()")
        if n >= 4 or not bare or not re.match(r"[\w-]", word):
            return None
        position = m.start(1) + len(word.rstrip(".,;:!?\"'“”‘’()"))
        if _is_people_noun(word, grammar, value if n == 0 else None) or _CASES.search(
                after[:position]):
            return after[:position].strip(), position
        if bare.lower() in grammar.adjective and _NOUN_PHRASE_ENDS.match(after[position:]):
            return after[:position].strip(), position  # "two Irish and ...", "11 French."
        if re.fullmatch(r"(?:[A-Z]\.){2,}", word):
            continue  # "U.K. citizens"
        if word[-1] in ".,;:!?\"”)" or bare[-1].isdigit():
            return None
        if bare.lower() in _STOP_WORDS and not (bare.isupper() and len(bare) > 1):
            return None  # "IS" and "ISIS" are names, not the verb "is"
        if re.search(r"['’]s$|s['’]$", bare):
            continue  # a possessive: "the nation's fighters"
        if bare.islower() and re.search(r"[^su]s$", bare):
            return None  # another plural noun heads the phrase: 80 countries, two meetings
    return None


def _elided(text: str, m: re.Match, antecedent: dict | None) -> str | None:
    """The population of a count whose noun is left out ("of whom 40 were later killed", "25
    have since come home", "200 in Iraq"): the group of the last figure before it (`antecedent`,
    in the same sentence or an earlier sentence of the paragraph); None without one."""
    before, after = text[max(0, m.start() - WINDOW):m.start()], text[m.end():]
    if antecedent is None or not antecedent.get("noun", True) or not (
            _ELIDED_BEFORE.search(before) or _ELIDED_AFTER.match(after)):
        return None  # no group named before ("40 died" names none for "12 were ...")
    return antecedent["population"]


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of `spans` (sorted, not overlapping each other)."""
    i = bisect.bisect_right(spans, (start, float("inf"))) - 1
    return any(a < end and start < b for a, b in spans[max(i, 0):i + 2])


def figures_in(text: str, previous: list[dict] | None = None) -> list[dict]:
    """The numbers of people in one sentence, as dicts with value, low, high, qualifier,
    population and excerpt, in reading order. `previous` holds the figures that a share in this
    sentence may refer to ("half of them"): the caller passes those of the earlier sentences in
    the same paragraph; a share refers to the last figure before it (this sentence first)."""
    grammar = _grammar()
    previous = previous if previous is not None else []
    rows: list[dict] = []
    shares = list(grammar.share.finditer(text))
    share_spans = [m.span() for m in shares]
    antecedent = next((r for r in reversed(previous)
                       if r["qualifier"] != "share of an earlier figure"), None)
    has_number = _DIGIT.search(text) or not grammar.number_words.isdisjoint(
        _LETTERS.findall(text.lower()))
    for m in grammar.figure.finditer(text) if has_number else ():
        if _overlaps(share_spans, m.start(), m.end()):
            continue
        figure = _figure(text, m, grammar, antecedent)
        if figure:
            rows.append(figure)
            antecedent = figure
    # a share refers to the last figure before it, or to a stated one ("half of those 300")
    last, by_value = (previous[-1] if previous else None), {r["value"]: r for r in previous}
    figures, k = list(rows), 0
    for m in shares:
        while k < len(figures) and figures[k]["start"] < m.start():
            last = by_value[figures[k]["value"]] = figures[k]
            k += 1
        share = _share(m, grammar, last, by_value)
        if share:
            rows.append(share)
    taken = sorted(share_spans + [(r["start"], r["end"]) for r in figures])
    for m in _ZERO.finditer(text):
        noun = m.group("noun")
        if _overlaps(taken, m.start(), m.start() + 1):
            continue
        if _is_people_noun(noun, grammar) or re.match(r"cases\b", noun, re.IGNORECASE) and (
                "such" in m.group(0).lower()):
            rows.append({"value": 0.0, "low": 0.0, "high": 0.0, "qualifier": "exact",
                         "population": re.sub(r"^\w+(?: a single| one)?\s+", "", m.group(0)),
                         "excerpt": m.group(0), "start": m.start(), "end": m.end()})
    rows.sort(key=lambda r: r["start"])
    return [{k: v for k, v in r.items() if k not in ("start", "end", "noun")} for r in rows]


def _figure(text: str, m: re.Match, grammar: _Grammar, antecedent: dict | None) -> dict | None:
    """One figure match as a row (with its span), or None when it does not count people."""
    qualifier = grammar.qualifiers[" ".join(m.group("q").lower().split())] if m.group("q") \
        else "exact"
    ends = [(m.group(f"{k}_lo"), m.group(f"{k}_hi")) for k in "fbrt" if m.group(f"{k}_lo")]
    try:
        if ends:
            low, high = parse_number(ends[0][0]), parse_number(ends[0][1])
            if not low < high:
                return None
            value, qualifier = (low + high) / 2, "range"
        else:
            value = parse_number(m.group("num"))
            low, high = bounds(value, qualifier)
    except ValueError:
        return None
    number_start = m.start("num") if m.group("num") else m.start()
    verdict = not_a_count(text, number_start, m.end(), value, bool(ends))
    people = _people_after(text[m.end():], grammar, value)
    if verdict or verdict is None and people is None:
        return None
    end = m.end() + people[1] if people else m.end()
    population = people[0] if people else ""
    noun = True  # the population is a group named by a noun (an antecedent for elided counts)
    if not people:
        who = _WHO.match(text[m.end():])
        before = text[max(0, m.start() - WINDOW):m.start()]
        number_of = (_NUMBER_OF.search(before)
                     or _NUMBER_OF.search(text[max(0, number_start - WINDOW):number_start]))
        numbered = _NOUN_NUMBERS.search(before)
        toll = _TOLL.search(before)
        verb = grammar.object_of.search(before)
        if who:
            population, end = who.group(1).strip(), m.end() + who.end()
        elif number_of:
            population = (number_of.group("pop") or "the number").strip()
        elif numbered and _is_people_noun(numbered.group("pop"), grammar):
            population = numbered.group("pop")
        elif toll:
            population = toll.group("pop")
        elif verb and _OBJECT_ENDS.match(text[m.end():]):
            population, noun = verb.group("verb"), False
        else:
            place = _FROM_PLACE.match(text, m.end())
            population = "" if place else _elided(text, m, antecedent) or ""
            subject = grammar.subject_of.match(text, m.end())
            if place:
                population, end = place.group(1), place.end(1)
            elif not population and subject:  # "40 died", with no group named before
                population, noun = " ".join(subject.group("verb").split()), False
            elif (not population and not _DIGIT.search(m.group(0)) and _THE_BEFORE.search(before)
                  and _AUX_AFTER.match(text, m.end())):
                population = "the " + m.group(0).strip()  # spelled: "the three", not "the 12"
            if not population:
                return None
    return {"value": value, "low": low, "high": high, "qualifier": qualifier,
            "population": population, "excerpt": text[m.start():end].strip(),
            "start": m.start(), "end": end, "noun": noun}


def _share(m: re.Match, grammar: _Grammar, last: dict | None, by_value: dict[float, dict]
           ) -> dict | None:
    """A share ("half of them", "30% of those 300") as a row, or None when nothing it could be
    a share of is in reach (a share of "those who ..." names a new group, not a figure)."""
    if m.group("base"):
        stated = parse_number(m.group("base"))
        base = by_value.get(stated, {"value": stated, "low": stated, "high": stated})
    elif m.group("new") or last is None:
        return None
    else:
        base = last
    share = (float(m.group("pct")) / 100 if m.group("pct")
             else grammar.shares[" ".join(m.group("share").lower().split())])
    # the bounds rule for shares: the share of the base's bounds (open stays open)
    return {"value": round(share * base["value"], 2), "low": share * base["low"],
            "high": share * base["high"], "qualifier": "share of an earlier figure",
            "population": m.group("pop") or "of them", "excerpt": m.group(0).strip(),
            "start": m.start(), "end": m.end()}
