"""Folding words as the quick checks before the number grammar compare them (helpers.numbers):
`fold` a word, `words_of` a text."""

from __future__ import annotations

import re
from functools import lru_cache

from .scripts import LETTER_RUN, holds_marks

_LETTERS = re.compile(r"[^\W\d_]++")  # a run of letters
_MARKED = re.compile(LETTER_RUN)  # a run of letters and the combining marks inside it


# a pattern that ignores case lets "I" match a dotless "ı" and "İ" match "i" ("ALTMIŞ" is the
# number word "altmış"); str.casefold does not: these two are folded to "i" on both sides
def fold(word: str) -> str:
    """word case-folded as the quick checks compare words (the dotless and the dotted I made
    "i" first, as said above)."""
    return word.replace("ı", "i").replace("İ", "i").casefold()


def words_of(text: str) -> set[str]:
    """The words of text (runs of letters and the marks inside them: "ग्यारह" is one word),
    folded (fold): what the quick checks before the figure grammar look words up in. The text
    is folded whole, not word by word (the same words, faster), unless it holds a character
    whose folding makes letters of a non-letter or a non-letter of a letter (_REFOLDS)."""
    return _words_of(text, _MARKED if holds_marks(text) else _LETTERS)


def layout_words_of(text: str) -> set[str]:
    """words_of(text) as the layout rules read it (helpers.layout_numbers): runs of letters
    only, a word split at each combining mark ("ग्यारह" -> "ग", "य", "रह")."""
    return _words_of(text, _LETTERS)


def _words_of(text: str, letters: re.Pattern) -> set[str]:
    if text.isascii():  # letters lower-cased, every other character a space, then split
        return set(text.encode("ascii").translate(_ASCII_LETTERS).decode("ascii").split())
    if _refolds().search(text) is None:
        return set(letters.findall(fold(text)))
    return set(map(fold, letters.findall(text)))


_ASCII_LETTERS = bytes(c | 0x20 if chr(c).isascii() and chr(c).isalpha() else 0x20
                       for c in range(256))  # for bytes.translate: "A" -> "a", "1" -> " "


def _folds_alike(char: str) -> bool:
    """Whether every character of char's fold is a letter if char is one, and none if not."""
    letter = _LETTERS.fullmatch(char) is not None
    return all((_LETTERS.fullmatch(c) is not None) == letter for c in fold(char))


@lru_cache(maxsize=1)
def _refolds() -> re.Pattern:
    """The characters of Unicode's first plane whose fold holds a letter where the character
    is none, or a non-letter where it is a letter ("ǰ" folds to "j" and a combining mark; the
    Greek iota subscript to a letter), and any character beyond that plane: in a text holding
    one, a run of letters folded is not always a run of the folded text."""
    odd = [c for c in map(chr, range(0x80, 0x10000))
           if not 0xD800 <= ord(c) < 0xE000 and fold(c) != c and not _folds_alike(c)]
    return re.compile("[" + "".join(map(re.escape, odd)) + "\U00010000-\U0010FFFF]")
