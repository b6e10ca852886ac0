"""A weekday and a bracketed day/month date that close a sentence after its speaker, the
Indonesian and Malay news convention: '"...," kata seorang pejabat pada Minggu (20/3).',
'"...," kata polisi, Minggu (20/3).', '..., kata juru bicara polisi di Jakarta, Jumat
(7/2/2020).' The speaker patterns that read a speaker to the end of the sentence (says_group,
dash_inverted) find it once the date is cut (helpers.attribution cuts it before they run, as it
cuts an age: "Mr Fallon, 62, told").

What is cut: a comma or a space, maybe a word of closing_date_words.csv ('pada', 'hari'), maybe
a weekday of any language helpers.dates knows, and the bracketed date (day/month, maybe a year)
at the sentence's end, before its closing punctuation. A bracketed date elsewhere, or one that
is not a day/month date ('(UNHCR)', '(2019)'), stays.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon
from .dates import weekday_names
from .quick_patterns import alternation

_HINT = re.compile(r"\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)")  # what every cut holds


def cut(text: str) -> str:
    """text without a weekday and bracketed date that close it ('pada Minggu (20/3)'), or
    text itself."""
    if "/" not in text or not _HINT.search(text):
        return text
    return _pattern(lexicon.version("closing_date_words"), weekday_names()).sub("", text)


@lru_cache(maxsize=2)
def _pattern(_version: tuple, weekdays: tuple[str, ...]) -> re.Pattern:
    """The cut, built again when closing_date_words.csv or the weekday names change (weekdays:
    helpers.dates.weekday_names(), itself kept up to date with the date lists)."""
    words = alternation(sorted(lexicon.term_set("closing_date_words")), literal=True)
    days = alternation(sorted(weekdays), literal=True)
    return re.compile(rf"(?:,\s*|\s+)(?:(?:{words})\s+)?(?:(?:{days})\s*)?"
                      r"\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)(?=\s*[.!?]?\s*$)", re.IGNORECASE)
