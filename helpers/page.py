"""What cleaning makes of a page: its fields, its body paragraphs and the log of removals."""

from __future__ import annotations

from dataclasses import dataclass, field

from .dates import DateMatch


@dataclass(frozen=True)
class Removal:
    """One line (or the part of a line) taken out of the body, and the rule that took it."""

    line_no: int
    rule: str
    text: str


@dataclass
class Article:
    """A page split into its fields, its body paragraphs and the log of what was taken out."""

    title: str | None = None
    author: str | None = None
    date: DateMatch | None = None
    date_basis: str = "unknown"
    date_kind: str = ""  # the date's label: published, plain (none), or '' (no date, or cited)
    date_candidates: list[DateMatch] = field(default_factory=list)  # printed dates, in order
    date_beside_title: bool = False  # the date is a date line below the headline or a dateline
    outlet_parsed: str | None = None  # the outlet named by a dateline or wire credit
    url: str | None = None
    language: str = "und"
    paragraphs: list[str] = field(default_factory=list)
    removed: list[Removal] = field(default_factory=list)
    duplicate_paragraphs: int = 0
    boilerplate_share: float = 0.0
    notes: list[str] = field(default_factory=list)  # what the reader should know of the parse


