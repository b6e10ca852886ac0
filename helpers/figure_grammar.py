"""The figure grammar of helpers.quantities, built from the word lists (number words,
qualifiers, people nouns and verbs, shares), and where in a sentence it is tried.

`figure_grammar()` compiles the patterns for the current lists (rebuilt when one changes);
`figure_matches` tries the figure pattern only where a word that can start a figure begins, and
`shares_in` searches for shares ("half of them") only in a sentence that holds the words every
share holds.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache

from . import lexicon
from .classifier_counts import Counters, counters
from .number_context import subject_of
from .numbers import NumberWords, fold, may_hold_number, number_words, parse_number, qualifier_words
from .pattern_parts import PLACEHOLDERS, compile_parts
from .people_counters import glued_heads, glued_in
from .people_phrases import NOUN_LISTS, PeopleNouns, people_nouns
from .quick_patterns import alternation, may_hold, phrase_alternation
from .scripts import LETTER_RUN


@dataclass(frozen=True)
class FigureGrammar:
    """The patterns and word lists that figures are read with (helpers.quantities)."""

    figure: re.Pattern
    share: re.Pattern
    shares: dict[str, float]
    qualifiers: dict[str, str]
    nouns: PeopleNouns
    object_of: re.Pattern
    subject_of: re.Pattern
    and_number: re.Pattern  # " and 95" before "people": two numbers that share one noun
    # the words a figure can start with (a number, a qualifier, "from"), folded (numbers.fold)
    starts: frozenset[str]
    numbers: NumberWords  # every figure holds one of its numbers
    # `figure` with only its one-number branch (a qualifier, then a number): the same match
    # where no branch that holds two numbers (from/between/range/to/or) can match
    one_number: re.Pattern

    @cached_property
    def counters(self) -> Counters:
        """The classifier and qualifier patterns of helpers.classifier_counts ("25人")."""
        return counters()

    @cached_property
    def counted_cores(self) -> frozenset[str] | None:
        """numbers.cores, where each of them may start a figure (so the search of figure_matches
        finds each as a word of its own); else None."""
        cores = self.numbers.cores
        return cores if cores is not None and cores <= self.starts else None

    @cached_property
    def ascii_starts(self) -> re.Pattern:
        """In an ASCII text, the runs of digits and the runs of letters that are one of
        `starts`: the words where a figure may start, found by one search."""
        words = sorted(w for w in self.starts if re.fullmatch("[a-z]+", w))
        return re.compile(rf"[0-9]++|(?<![A-Za-z])(?:{alternation(words, literal=True)})"
                          r"(?![A-Za-z])", re.IGNORECASE)


# words (the marks inside them) and runs of digits: where a figure may start
_TOKEN = re.compile(rf"{LETTER_RUN}|\d++")
OF_WORDS = frozenset(("of", "из"))  # no share without one of them
# what a share is of ("half of them", "a third of the latter"): every share holds one
SHARE_BASES = ("them", "whom", "those", "these", "latter")
_LISTS = ("number_words", "thousand_before_digits", "figure_qualifiers", *NOUN_LISTS, "shares",
          "people_verbs", "people_events", "range_between", "range_words",
          "outcome_verbs_ru_uk", "people_counters", "cjk_numerals", "figure_qualifiers_after",
          "ordinal_marks")


def figure_grammar() -> FigureGrammar:
    """The figure grammar for the current word lists (rebuilt when one changes; fetched once
    by a caller that reads many sentences)."""
    return _build(lexicon.version(*_LISTS))


@lru_cache(maxsize=4)
def _build(_version: tuple) -> FigureGrammar:
    # the number pattern (and its digits-only form) stands about a dozen times in the patterns
    # below: each is written once, in place of a placeholder (helpers.pattern_parts)
    number, digits = PLACEHOLDERS[:2]
    parts = {number: number_words().number, digits: number_words().digits}
    qualifiers = tuple(qualifier_words().items())
    table = lexicon.table("shares")
    shares = tuple(zip(table["term"], table["value"], strict=True))
    verbs = lexicon.terms("people_verbs")
    events = "|".join(lexicon.terms("people_events"))
    words = phrase_alternation(w for w, _ in qualifiers)
    # "1,500 to 3,000 people", "two or three fighters": ranges without "from"; also Spanish,
    # Italian, Portuguese "500 a 700", Indonesian "500 hingga 700", Russian "500 до 700";
    # "between" (range_between.csv): also Italian "tra i 500 e i 700", Russian "между 500 и 700"
    between = lexicon.terms("range_between")
    ranges = lexicon.table("range_words")
    joins = {kind: "|".join(t for t, k in zip(ranges["term"], ranges["kind"], strict=True)
                            if k == kind) for kind in ("and", "to")}  # range_words.csv
    qualifier = rf"(?:\b(?P<q>{words})\s+(?:total\s+of\s+)?)?"  # "about", "a total of"
    figure = compile_parts(
        rf"{qualifier}(?:"
        rf"\bfrom\s+(?P<f_lo>{number})\s+to\s+(?P<f_hi>{number})"
        rf"|\b(?:{'|'.join(between)})\s+(?:i\s+|gli\s+)?(?P<b_lo>{number})"
        rf"\s+(?:{joins['and']})\s+(?:i\s+|gli\s+)?(?P<b_hi>{number})"
        rf"|(?P<r_lo>{digits})\s*[-–—~∼〜～]\s*(?P<r_hi>{digits})"  # CJK "6∼7명", "3〜5人"
        rf"|(?P<t_lo>{number})\s+(?:{joins['to']})\s+(?P<t_hi>{number})"
        r"(?=\s+[\w-]|\s*+[.;,]|\s*+$)"
        rf"|(?P<o_lo>{number})\s+or\s+(?P<o_hi>{number})(?=\s+[\w-])"
        rf"|(?P<num>{number}))",
        parts, re.IGNORECASE)
    # the same groups, those of the two-number branches in a branch that never matches
    dead = "".join(f"(?P<{k}_{end}>)" for k in "fbrto" for end in ("lo", "hi"))
    one_number = compile_parts(rf"{qualifier}(?:(?!){dead}|(?P<num>{number}))", parts,
                               re.IGNORECASE)
    share_words = phrase_alternation(w for w, _ in shares)
    share = compile_parts(
        rf"\b(?P<share>{share_words}|(?P<pct>\d+(?:\.\d+)?)\s*(?:%|per\s?cent))\s+of\s+"
        rf"(?:{'|'.join(SHARE_BASES[:-1])}|the\s+{SHARE_BASES[-1]})"
        r"(?P<new>\s+(?:who|that|which)\b)?"
        rf"(?:\s+(?P<base>{number}))?"
        rf"(?:\s*(?:are|were|is|was|-|–|—)\s+(?:also\s+)?(?P<pop>[\w-]+))?",
        parts, re.IGNORECASE)
    return FigureGrammar(figure, share, {w.lower(): float(v) for w, v in shares},
                    dict(qualifiers),
                    people_nouns(),
                    # "killed 300", "sentenced another two", "the repatriation of 21"
                    re.compile(rf"\b(?P<verb>(?:{'|'.join(verbs)})|(?:{events})\s++of)\s*+"
                               r"(?:(?:another|a\s+further|an\s+additional|the\s+remaining)"
                               r"\s*+)?$", re.IGNORECASE),
                    subject_of(verbs, lexicon.terms("outcome_verbs_ru_uk")),
                    compile_parts(rf"\s++(?:and|y|et|und|en|ve|и)\s++{number}(?=\s)", parts,
                                  re.IGNORECASE),
                    # each phrase's first word and its first run of letters ("п’ять")
                    frozenset(word for phrase in (
                        *number_words().values, *number_words().scales, *dict(qualifiers),
                        *number_words().before_thousand, *number_words().ones,
                        "from", *between)
                        for word in (fold(phrase).split()[0], *_TOKEN.findall(fold(phrase))[:1])),
                    number_words(), one_number)


# a word glued by an apostrophe to the figure before it is a case ending (Turkish "35'ten
# fazla", "2017'de"), never a number word of its own ("ten")
_SUFFIX_AFTER = re.compile(r"\d['’]")
_WORD = re.compile(r"\S+")


def figure_matches(text: str, grammar: FigureGrammar, found: set[str] | None = None
                   ) -> Iterator[re.Match]:
    """The figure grammar's matches in reading order, tried only where a word that can start a
    figure begins (the grammar is long: trying it at every character would be slow), and only
    in a sentence that may hold a number (`found`: the sentence's words_of, if known). Where
    fewer than two of the words from there on can be part of a number, no branch of two
    numbers ("from 10 to 20", "10 or 20") can match, and grammar.one_number is tried instead:
    the same match, found without trying those branches at every number of the sentence; where
    none can, no figure can start, and the words left are not tried at all."""
    if not may_hold_number(text, grammar.numbers, found):
        return
    tokens = list((grammar.ascii_starts if text.isascii() else _TOKEN).finditer(text))
    folded = [None if (word := token.group())[0].isdigit() else fold(word) for token in tokens]
    glued = glued_in(text, grammar.numbers.glued)  # counters the text holds at all
    end = 0
    for token, low, left in zip(tokens, folded, _numbers_left(folded, grammar), strict=True):
        if not left and not glued:  # no token from here on may be part of a number, so no
            break  # figure starts here or later (where a counter is glued on, "পাঁচজন", a
            # number's word is no token of its own: all is tried)
        if token.start() < end or not (low is None or low in grammar.starts or (
                glued and not grammar.starts.isdisjoint(glued_heads({low}, glued)))):
            continue  # (a word may begin with a number and a counter glued to it: "পাঁচজন")
        if low is not None and _SUFFIX_AFTER.match(text, max(0, token.start() - 2)):
            continue  # "35'ten fazla": a case ending after an apostrophe, no number word
        m = (grammar.figure if left >= 2 else grammar.one_number).match(text, token.start())
        if m:
            end = m.end()  # the words of a cut match are read no further ("dos" in "dois dos")
            yield _first_number(text, m, grammar)


def _numbers_left(folded: list[str | None], grammar: FigureGrammar) -> list[int]:
    """For each token of figure_matches (folded: None for a run of digits), how many of the
    tokens from it on may be part of a number, counted up to 2: a run of digits or a word of
    numbers.cores. Every number holds one (numbers.may_hold_number), each from its own
    token, and two numbers are apart (a space or dash between them), so a branch of two
    numbers needs two. Where a word of cores may start no figure (the search of ASCII text
    would not find it), each count is 2: the full grammar is always tried."""
    cores = grammar.counted_cores
    if cores is None:
        return [2] * len(folded)
    left, counts = 0, []
    for low in reversed(folded):
        if left < 2 and (low is None or low in cores):
            left += 1
        counts.append(left)
    return counts[::-1]


def _first_number(text: str, m: re.Match, grammar: FigureGrammar) -> re.Match:
    """The match, or where its spelled number is a number word followed by a word that only
    looks like one (Portuguese "dois dos guardas": two of the guards, "dos" being Spanish two),
    the match cut after its longest run of words that reads as a number."""
    spelled = m.group("num")
    if not spelled or " " not in spelled.strip() or spelled[:1].isdigit():
        return m
    try:
        parse_number(spelled)
        return m
    except ValueError:
        pass
    words = list(_WORD.finditer(spelled))
    for n in range(len(words) - 1, 0, -1):
        if n > 1 and words[n - 2].group() == "و" and words[n - 1].group().isdigit():
            continue  # "بیست هزار و ۳۰ هزار": the group after "و" starts a second number
        try:
            parse_number(spelled[:words[n - 1].end()])
        except ValueError:
            continue
        return grammar.figure.match(text, m.start(), m.start("num") + words[n - 1].end()) or m
    return m


def shares_in(text: str, grammar: FigureGrammar, found: set[str]) -> list[re.Match]:
    """The matches of the share pattern ("half of them") in text, whose words_of are `found`:
    none without "of" and a word a share is of (SHARE_BASES), the pattern not searched."""
    if OF_WORDS.isdisjoint(found) or not may_hold(text, SHARE_BASES):
        return []
    return list(grammar.share.finditer(text))
