"""Where a search of the text before a number may begin, for a pattern whose match must end
that text (helpers.numbers.not_a_count): searching only the text's end finds the same matches as
searching it whole, at a fraction of the cost on long sentences."""

from __future__ import annotations


def open_sign_from(before: str, stripped: int) -> int:
    """Where to search the text before a number for _OPEN_BEFORE (`stripped`: its length without
    the spaces that end it): each match ends the text with one sign ("+", "(", "#", ":" or "."
    after a digit), maybe spaces after it, and at most a digit before it, maybe spaces between
    them; so no match begins before the last character other than a space before that sign."""
    return max(0, len(before[:max(stripped - 1, 0)].rstrip()) - 1)


def search_from(stripped: int, longest: int) -> int:
    """Where to search the text before a number (`stripped`: its length without the spaces
    that end it) for a pattern whose match ends it: a word or sign of at most `longest`
    characters, then only spaces (a search begun there sees the characters before it too)."""
    return max(0, stripped - longest - 1)
