"""A date line printed alone directly after the article's last sentence ('Monday, November 11th
2019', '14 Mart 2025', '19 January 2016 14:30'): the page's publication date when the page
states no other (README D1, 'a date line anywhere in the header zone' read at the article's
end as at its start). Not a date when a list of time stamps follows (a news feed's '26.11.24 |
18:37' lines), when furniture stands between the last sentence and the date (a comment's or a
footer's date), or when the line is labelled as an update (helpers.datelines.set_date takes
published and unlabelled dates only)."""

from __future__ import annotations

from .datelines import DATE_LINE_MAX, date_line, date_only, set_date
from .page import Article
from .textlines import ends_sentence

TAKEN_AFTER = (None, "date_stamp")  # the rules a closing date line may carry before this pass


def _next_line(cores: list[str], i: int) -> int | None:
    return next((j for j in range(i + 1, len(cores)) if cores[j]), None)


def _date_alone(core: str) -> bool:
    return len(core) <= DATE_LINE_MAX and date_only(core) is not None


def take_closing_date(cores: list[str], rule: list[str | None], art: Article) -> None:
    """Set the page's date from a date line alone after the last kept sentence (rule: the
    cleaning rules of the lines, final; the date line's rule becomes the date's)."""
    if art.date is not None:
        return
    last = next((i for i in range(len(cores) - 1, -1, -1)
                 if cores[i] and rule[i] is None and ends_sentence(cores[i])
                 and not _date_alone(cores[i])), None)  # ('2019. november 11.' ends with a stop)
    if last is None or (j := _next_line(cores, last)) is None or rule[j] not in TAKEN_AFTER:
        return
    if len(cores[j]) > DATE_LINE_MAX or (found := date_line(cores[j])) is None:
        return
    if (k := _next_line(cores, j)) is not None and date_only(cores[k]) is not None:
        return  # a list of time stamps, not the article's date
    if set_date(art, found):
        rule[j] = "date (moved to date_text)"
