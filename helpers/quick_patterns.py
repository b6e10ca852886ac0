"""Patterns built from word lists, run quickly with the same results.

`alternation(words)`: `"said|says|say|stated"` makes the engine try every word in turn
wherever a verb may stand; `alternation` writes the same alternation as a tree of shared
beginnings (`s(?:a(?:id|ys|y)|tated)`), so a place where no word fits is given up after a
letter or two. The tree matches exactly what the plain alternation matches, in the same
order of preference: words that differ at a letter can never both fit at one place, and where
one word ends inside others (`say`, `says`) the tree keeps the list's order or, when it cannot,
keeps the words as listed. Entries that are not plain words (pattern syntax) are joined as
they are.

`words_in(text)`: the lower-case words of a text, which the checks before the speaker patterns
and the sentence measures look words up in (read once per sentence, shared).

`word_bits(groups)` and `bits_of(words, index)`: which of many word groups a sentence holds a
word of, from one look at its words (instead of one set operation per group).

`matches_at_starts(pattern, text, starts)`: the same for a pattern whose matches begin with
one of some literal texts (literal_starts), tried where the lower-cased text holds one.

`matches_at_words(pattern, text, starts)`: what `pattern.finditer(text)` finds, for a pattern
that can only match where one of the words `starts` begins ("is", "was", "the" ...), tried at
those words only instead of at every character.

`any_order_alternation(words)`: an alternation for a place where only whether a word matches
counts (plain words as a tree, the others after them). `needed_words(fragment)`: the words
every match of a fragment holds in an ASCII text, so that a sentence without them is turned
away from its words alone.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from .scripts import MARKS, WORD_CHARS, holds_marks

_WORD = re.compile(r"\w+")
_MARKED_WORD = re.compile(WORD_CHARS)  # with the combining marks inside a word (helpers.scripts)
# letters, digits, spaces, apostrophes, hyphens and the combining marks inside words ("ग्यारह"):
# no syntax
_PLAIN = re.compile(rf"[\w ’'{MARKS}-]+")


def alternation(words: Iterable[str], literal: bool = False, ignore_case: bool = False) -> str:
    """The pattern `"|".join(words)`, matched case-sensitively, as a tree of shared beginnings
    (same matches, same preference); unchanged when an entry is not a plain word or phrase.
    With `literal`, the words are text, not patterns: the tree matches what
    `"|".join(map(re.escape, words))` matches, whatever characters they hold. With
    `ignore_case`, for a pattern compiled with re.IGNORECASE: where two words part at letters
    that one character of a text can match both of ("i" and "ı"; case apart), the words are
    kept as listed from there on."""
    words = list(words)
    if not words or not literal and not all(_PLAIN.fullmatch(w) for w in words):
        return "|".join(words)
    # a repeated word adds nothing
    return "|".join(_branches(list(dict.fromkeys(words)), 0, ignore_case))


def phrase_alternation(phrases: Iterable[str]) -> str:
    """Phrases of a word list (text, not patterns) as one alternation, longest first, a space
    matching any white space."""
    return "|".join(re.escape(p).replace(r"\ ", r"\s+")
                    for p in sorted(phrases, key=len, reverse=True))


def any_order_alternation(words: Iterable[str], ignore_case: bool = False) -> str:
    """The alternation of words (patterns) for a place where it matters only whether one of
    them matches, not which (the pattern around it keeps no part of what it matched apart):
    the plain words as a tree of shared beginnings (`alternation`), the others after them.
    It matches the same texts as `"|".join(words)`."""
    words = list(words)
    plain = [w for w in words if _PLAIN.fullmatch(w)]
    rest = [w for w in words if not _PLAIN.fullmatch(w)]
    return "|".join([alternation(plain, ignore_case=ignore_case)] * bool(plain) + rest)


def _branches(words: list[str], depth: int, ignore_case: bool = False) -> list[str]:
    """The alternatives of a tree for the words' endings from `depth` on (the words share
    their first `depth` characters), in the order they are tried."""
    common = os.path.commonprefix(words)
    if len(words) == 1 or len(common) > depth:
        rest = _branches(words, len(common), ignore_case) if len(words) > 1 else [""]
        return [re.escape(common[depth:]) + _group(rest)]
    groups: dict[str, list[str]] = {}  # next character ("" where a word ends) -> words
    for word in words:
        groups.setdefault(word[depth:depth + 1], []).append(word)
    if "" in groups:  # a word ending here is tried where the list puts it
        at = words.index(groups[""][0])
        if any(words.index(group[0]) < at < words.index(group[-1]) for group in groups.values()):
            return [re.escape(w[depth:]) for w in words]  # no tree keeps that order
    if ignore_case and _alike([char for char in groups if char]):
        return [re.escape(w[depth:]) for w in words]  # both branches could fit one place
    return [re.escape(char) + _group(_branches(group, depth + 1, ignore_case)) if char else ""
            for char, group in groups.items()]


def _alike(chars: list[str]) -> bool:
    """Whether two of the characters match each other ignoring case."""
    return any(re.fullmatch(re.escape(a), b, re.IGNORECASE)
               for i, a in enumerate(chars) for b in chars[i + 1:])


def _group(branches: list[str]) -> str:
    """Alternatives as one unit that more can follow."""
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"


def words_in(text: str) -> set[str]:
    """The words (runs of word characters and the combining marks inside them) of text, in
    lower case: "कहा" is one word, not "कह" (helpers.scripts.WORD_CHARS)."""
    return set((_MARKED_WORD if holds_marks(text) else _WORD).findall(text.lower()))


def word_bits(groups: Iterable[Iterable[str]]) -> dict[str, int]:
    """For word groups in order, word -> the bits (1 << k) of the groups k that hold it: a
    sentence's words looked up once (bits_of) tell every group it holds a word of."""
    index: dict[str, int] = {}
    for k, group in enumerate(groups):
        for word in group:
            index[word] = index.get(word, 0) | 1 << k
    return index


def bits_of(words: set[str] | frozenset[str], index: dict[str, int]) -> int:
    """The bits of the groups of `index` (word_bits) that hold one of words: group k holds
    one exactly when bit k is set (what `not group.isdisjoint(words)` says of each)."""
    bits = 0
    for word in index.keys() & words:
        bits |= index[word]
    return bits


def holds_twice(text: str, words: Iterable[str]) -> bool:
    """Whether text holds the (lower-case) words at two places at least, counted in the
    lower-cased text (so never fewer than a case-sensitive pattern finds them): a pattern
    each match of which holds two of them cannot match a text that fails this."""
    lowered = text.lower()
    return sum(lowered.count(word) for word in words) >= 2


def matches_at_words(pattern: re.Pattern, text: str, starts: frozenset[str]) -> list[re.Match]:
    """The matches of `pattern.finditer(text)`, for a pattern (case-insensitive) each of whose
    matches starts with a whole word of `starts` (lower case) after a word boundary: the
    pattern is tried only where such a word begins, and where a word has letters other than
    ASCII ones (whose case the engine may fold differently from str.lower)."""
    found: list[re.Match] = []
    end = 0
    # in an ASCII text, the words of starts are found by one search (_word_finder)
    words = _word_finder(starts).finditer(text) if text.isascii() else _WORD.finditer(text)
    for word in words:
        if word.start() < end:
            continue
        token = word.group()
        if token.isascii() and token.lower() not in starts:
            continue
        m = pattern.match(text, word.start())
        if m:
            found.append(m)
            end = m.end()
    return found


@lru_cache(maxsize=256)
def _word_finder(words: frozenset[str]) -> re.Pattern:
    """In an ASCII text, the whole words (runs of word characters) that are one of `words`
    (lower case), in any case."""
    plain = sorted(w for w in words if re.fullmatch("[a-z0-9_]+", w))
    return re.compile(rf"(?<![A-Za-z0-9_])(?:{alternation(plain, literal=True)})(?![A-Za-z0-9_])",
                      re.IGNORECASE)


_LETTER_WORD = re.compile(r"[^\W\d_]+")  # a word of letters only
_WORD_GROUP = re.compile(r"\(\?:([^\W\d_]+(?:\|[^\W\d_]+)*)\)")  # "(?:had|has|have)"


def needed_words(fragment: str) -> tuple[tuple[frozenset[str], ...], ...] | None:
    """For a pattern fragment matched case-insensitively, only where a word begins and never
    followed by a word character: for each of its branches, groups of lower-case ASCII words
    of which every match in an ASCII text holds one each, as a whole word. They are the
    branch's parts between spaces that are a word of letters or a group of them
    ("(?:had|has|have)"); a word in other letters that match no ASCII letter cannot be in an
    ASCII text (a group of them only: an empty group, which no text holds). None when a part
    holds a letter that may match an ASCII one (ſ, K): its words may be printed otherwise."""
    found = []
    for branch in _top_level(fragment, "|"):
        groups = []
        for part in _top_level(branch, " "):
            plain = _LETTER_WORD.fullmatch(part)
            grouped = None if plain else _WORD_GROUP.fullmatch(part)
            if not plain and not grouped:
                continue  # a part with other syntax tells no word
            words = [part] if plain else grouped.group(1).split("|") if grouped else []
            if any(not word.isascii() and _folds_to_ascii_letter(word) for word in words):
                return None
            groups.append(frozenset(w.lower() for w in words if w.isascii()))
        found.append(tuple(groups))
    return tuple(found)


def _folds_to_ascii_letter(word: str) -> bool:
    """Whether a character of word other than an ASCII one matches an ASCII letter when case
    is ignored (the pattern engine's own answer)."""
    return any(re.fullmatch(re.escape(char), letter, re.IGNORECASE)
               for char in set(word) if not char.isascii()
               for letter in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


def replaced(text: str, matches: list[re.Match], by: str) -> str:
    """text with each of `matches` (found in it, in order) replaced by `by`: pattern.sub
    without searching again."""
    parts: list[str] = []
    at = 0
    for m in matches:
        parts += (text[at:m.start()], by)
        at = m.end()
    return "".join(parts) + text[at:]


# the characters other than ASCII ones that a case-insensitive pattern matches with an ASCII
# letter (İ ı ſ K); str.lower maps them otherwise, so a text holding one is always searched
_FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")
_META = frozenset("\\.^$*+?{}[]|()")


def literal_starts(fragments: Iterable[str]) -> tuple[str, ...] | None:
    """For pattern fragments (each matched case-insensitively), texts in lower case one of
    which every match of any fragment begins with ("appear" of "appear(?:s|ed)? to"); None
    when a fragment begins in a way this reading does not follow (a class, an optional
    group) or with other than ASCII letters: then no text can be turned away."""
    starts: set[str] = set()
    for fragment in fragments:
        for branch in _top_level(fragment, "|"):
            found = _starts(branch)
            if found is None:
                return None
            starts |= found
    return tuple(sorted(starts))


def may_match_starts(text: str, starts: tuple[str, ...] | None) -> bool:
    """Whether a case-insensitive pattern whose matches begin with one of `starts`
    (literal_starts) can match in text."""
    return starts is None or may_hold(text, starts)


def folds_to_ascii(text: str) -> bool:
    """Whether text holds a character other than an ASCII one that a case-insensitive pattern
    matches with an ASCII letter (İ ı ſ K)."""
    return not text.isascii() and _FOLDS_TO_ASCII.search(text) is not None


def may_hold(text: str, literals: tuple[str, ...]) -> bool:
    """Whether a case-insensitive pattern each of whose matches holds one of `literals` (lower
    case ASCII) can match in text: False only when the lower-cased text holds none of them
    and no character that the pattern may match with an ASCII letter (_FOLDS_TO_ASCII)."""
    return folds_to_ascii(text) or bool(literals) and _any_of(literals).search(
        text.lower()) is not None


def matches_at_starts(pattern: re.Pattern, text: str, starts: tuple[str, ...] | None
                      ) -> list[re.Match]:
    """What `pattern.finditer(text)` finds, for a case-insensitive pattern each of whose
    matches begins with one of `starts` (literal_starts): tried only where the lower-cased
    text holds one (found by one search for any of them), instead of at every character. A
    text in which a character may match an ASCII letter without lower-casing to it (İ ı ſ K;
    İ is also the one character that lower-cases to two) is searched everywhere."""
    if starts is None or folds_to_ascii(text):
        return list(pattern.finditer(text))
    lowered = text.lower()
    search = _any_of(starts).search
    found: list[re.Match] = []
    end = 0
    place = search(lowered)
    while place is not None:
        at = place.start()
        if at >= end:
            m = pattern.match(text, at)
            if m:
                found.append(m)
                end = max(m.end(), at + 1)
        place = search(lowered, at + 1)  # the next place a start begins (they may overlap)
    return found


@lru_cache(maxsize=16)
def _any_of(literals: tuple[str, ...]) -> re.Pattern:
    """A pattern that finds any of the literal texts (a tree of shared beginnings)."""
    return re.compile(alternation(literals, literal=True))


def _starts(branch: str) -> set[str] | None:
    """The literal beginnings of one branch (no top-level "|"), or None."""
    if branch.startswith("(?:"):
        end = _closing(branch)
        if end is None or branch[end + 1:end + 2] in ("?", "*", "{"):
            return None  # an optional group: the text after it may begin the match
        found: set[str] = set()
        for inner in _top_level(branch[3:end], "|"):
            part = _starts(inner)
            if part is None:
                return None
            found |= part
        return found
    i = 0
    while i < len(branch) and branch[i] not in _META:
        i += 1
    literal = branch[:i - 1] if i < len(branch) and branch[i] in "*?{+" else branch[:i]
    if not literal or not literal.isascii():
        return None
    return {literal.lower()}


def _structure(text: str) -> Iterator[tuple[int, str | None, int]]:
    """(index, character, group depth after it) for each character of a pattern outside
    escapes and character classes; (index, None, depth) for a class that is never closed, and
    no more after it."""
    depth, i = 0, 0
    while i < len(text):
        char = text[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":
            close = text.find("]", i + 2)
            if close < 0:
                yield i, None, depth
                return
            i = close + 1
            continue
        depth += (char == "(") - (char == ")")
        yield i, char, depth
        i += 1


def _closing(text: str) -> int | None:
    """The index of the ")" that closes the group opening text, or None."""
    for i, char, depth in _structure(text):
        if char is None:
            return None
        if depth == 0:
            return i
    return None


def _top_level(text: str, separator: str) -> list[str]:
    """text split at `separator` outside groups, classes and escapes."""
    parts, start = [], 0
    for i, char, depth in _structure(text):
        if char == separator and depth == 0:
            parts.append(text[start:i])
            start = i + 1
    return [*parts, text[start:]]
