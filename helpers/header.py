"""The page's header: its title and its printed date, found among the first lines kept."""

from __future__ import annotations

import re

from .bylines import byline
from .dates import DateMatch, find_dates
from .page import Article
from .textlines import is_label, words

_DATE_FILLER = re.compile(
    r"^(?:published|posted|updated|last updated|date|опубликовано|обновлено)?"
    r"\s*(?:on)?\s*[:|,·–—-]*\s*$",
    re.I,
)

DATE_LINE_MAX = 100  # characters: a longer line is never a date line
TITLE_MAX_WORDS = 25


def date_only(text: str, dates: list[DateMatch] | None = None) -> DateMatch | None:
    """The date of a line that holds a date and nothing else of substance (dates: the line's
    find_dates, when the caller has them already)."""
    if len(text) > DATE_LINE_MAX:  # a date with a weekday, time and 'Last updated on:' is far
        return None  # shorter
    if dates is None:
        dates = find_dates(text)
    if len(dates) != 1:
        return None
    rest = text[: dates[0].start] + text[dates[0].end:]
    return dates[0] if _DATE_FILLER.match(rest.strip()) else None


def _title_date(text: str, dates: list[DateMatch]) -> tuple[str, DateMatch | None]:
    """Split a date printed at the end (or start) of a title line (dates: its find_dates)."""
    for d in dates:
        before, after = text[: d.start].strip(" |·–—-,"), text[d.end:].strip(" |·–—-,")
        if before and not after:
            return before, d
        if after and not before:
            return after, d
    return text, None


# --- the rules ----------------------------------------------------------------------------
def take_header(cores: list[str], rule: list[str | None], art: Article,
                 opens: list[bool]) -> None:
    """Find the title and a printed date among the first lines that survived the rules (opens:
    which lines may match a _LINE_STARTS pattern)."""
    seen = 0
    for i, core in enumerate(cores):
        if rule[i] or not core:
            continue
        seen += 1
        if seen > 6:
            break
        # found once for both the date-line and the title tests
        dates = find_dates(core) if len(core) <= DATE_LINE_MAX else None
        if (d := date_only(core, dates)) is not None:
            if art.date is None:
                art.date, art.date_basis = d, "stated"
            rule[i] = "date (moved to date_text)"
            continue
        if (opens[i] and byline(core)) or art.title is not None:
            continue  # after the title, only a date line is still header
        title, d = _title_date(core, find_dates(core) if dates is None else dates)
        n = len(words(title))
        if n == 0 or n > TITLE_MAX_WORDS or (title.endswith(".") and n > 12):
            break  # the page opens with body text: no recognisable title
        if d is None and _is_masthead(title, cores, rule, i):
            rule[i] = "masthead"
            continue
        art.title = title
        if d is not None and art.date is None:
            art.date, art.date_basis = d, "stated"
        rule[i] = "title (moved to title)"


def _next_kept(cores: list[str], rule: list[str | None], i: int) -> str:
    """The next non-empty line after line i that no rule has taken ('' if none)."""
    return next((c for j, c in enumerate(cores[i + 1:], i + 1) if c and not rule[j]), "")


def _is_masthead(line: str, cores: list[str], rule: list[str | None], i: int) -> bool:
    """The site's name above the headline: a label of at most three words (line, at index i),
    followed by a longer line that reads as a headline (4 to TITLE_MAX_WORDS words, no closing
    full stop). The following line is looked at only once the label test has passed."""
    if not is_label(line, 3):
        return False
    following = _next_kept(cores, rule, i)
    n_next = len(words(following))
    return (4 <= n_next <= TITLE_MAX_WORDS and not following.endswith(".")
            and date_only(following) is None)


