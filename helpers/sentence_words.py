"""The words of one sentence read once for every rule of a document pass.

Two word sets are asked of each sentence: helpers.quick_patterns.words_in (runs of word
characters, lower-cased: what attribution and the sentence measures look words up in) and
helpers.numbers.words_of (runs of letters, folded: what the quick checks before the figure
grammar look words up in). `sentence_words` gives both from one reading of an ASCII sentence
(most sentences): its bytes translated once, and, when the sentence holds no digit and no
underscore, the two sets are the same words and one set is returned for both. Any other
sentence is read by the two plain functions. Callers only read the sets (never change them).
"""

from __future__ import annotations

import re

from .numbers import words_of
from .quick_patterns import words_in

# for bytes.translate: ASCII letters lower-cased, digits and "_" kept (word characters of
# words_in), every other byte a space
_ASCII_WORD_CHARS = bytes(c | 0x20 if chr(c).isascii() and chr(c).isalpha()
                          else c if chr(c).isdigit() or chr(c) == "_" else 0x20
                          for c in range(256))
_NOT_LETTER_WORD = re.compile(r"[0-9_]")  # a word character that words_of does not keep


def sentence_words(text: str) -> tuple[set[str], set[str]]:
    """(words_in(text), words_of(text)): for an ASCII text without digits and underscores
    one set, the same words in both readings (then both names are bound to it)."""
    if not text.isascii():
        return words_in(text), words_of(text)
    found = set(text.encode("ascii").translate(_ASCII_WORD_CHARS).decode("ascii").split())
    if _NOT_LETTER_WORD.search(text) is None:
        return found, found
    return found, words_of(text)
