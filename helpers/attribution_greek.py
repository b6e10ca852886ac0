"""Greek verbs of saying around their subject, an article-led noun phrase.

- el_inverted: after a quotation or a comma, "«...», δήλωσε ο υπουργός X" / "..., ανέφερε η
  αστυνομία": the subject after the verb, up to the next punctuation;
- el_says: "Ο υπουργός X δήλωσε ότι ...", "Με ανάρτησή του ο βουλευτής X αναφέρει ...": the
  article-led subject before the verb (a short opening phrase may stand before it).

The verbs are data (named_pattern_verbs.csv, pattern el_says), the articles too
(subject_articles.csv, language el).
"""

from __future__ import annotations

import re

from . import lexicon
from .pattern_lists import either_case, spaced

NAMES = ("el_inverted", "el_says")


def _article() -> str:
    table = lexicon.table("subject_articles")
    return f"(?:{either_case(tuple(table.loc[table['language'] == 'el', 'term']))})"


def early(v: dict[str, tuple[str, ...]]) -> tuple[tuple[str, re.Pattern], ...]:
    """The patterns tried before the subject patterns (the verbs of named_pattern_verbs.csv,
    pattern el_says: v)."""
    verbs, article = spaced(v["el_says"]), _article()
    return (
        ("el_inverted", re.compile(
            rf"(?:,|[»”\"])\s*(?:{verbs})\s+(?P<spk>{article}\s+[^,.;:«»\"“”\d]{{1,120}}?)"
            r"\s*(?:[,.;:]|$)")),
        ("el_says", re.compile(
            rf"^(?:[^,;:«»\"“”\d]{{0,40}}?\s)?(?P<spk>{article}\s+[^,;:«»\"“”\d]{{1,140}}?)"
            rf"\s+(?:{verbs})(?![^\W\d_])")),
    )


def words_needed(v: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """The words (whole, any case) one of which each pattern needs: its verbs."""
    verbs = tuple(t.lower() for t in v["el_says"])
    return dict.fromkeys(NAMES, verbs)
