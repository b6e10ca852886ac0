"""Readers' comments below an article: the text of each comment in a thread, told by the
thread's markers around it rather than by its words (a comment is prose, like the article).

A thread opens at a comment section's marker below the article's first sentence (a counter or
form line, 'Comments', a blog's 'Anonymous said...' header) and holds a signature of a thread:
a comment's header or a reply button ('Reply', 'Antworten', 'Ответить'). A run of at most
THREAD_RUN kept lines is a comment's text when a comment's header, a reply button or the name
or time taken around a comment stands right above it and another marker of the thread right
below it (or, below a header, the page's end). A longer run, or one right below a counter or
a share bar ('Comments (3)'), is article text and stays."""

from __future__ import annotations

import re

from . import lexicon
from .textlines import ends_sentence

THREAD_RUN = 3  # kept lines of one comment between two markers
COMMENT_RULES = frozenset({"comment_form", "comment_header", "comment_notice"})
# lines taken around a comment: its author's name, its time, a label
AROUND_RULES = frozenset({"inner_label", "reading_time", "date_stamp", "date (moved to date_text)",
                          "widget", "trailing_furniture"})
_HEADING = re.compile(r"(?:\d{1,6}\s+)?(?:comments?|kommentare?|commentaires?|comentarios?|"
                      r"comentários?|commenti|yorumlar|komentar|reacties|комментарии|коментарі)"
                      r"\s*(?:\(\d{1,6}\))?\s*:?", re.I)


def _signature(core: str, rule: str | None) -> bool:
    """A comment's header, or a reply button on its own line."""
    return rule == "comment_header" or (
        rule == "comment_form" and lexicon.pattern(
            "comment_reply_words", r"\A(?:WORDS)\s*(?:\(\d{1,6}\))?\Z").match(core) is not None)


def _marker(core: str, rule: str | None) -> bool:
    return rule in COMMENT_RULES or (rule is not None and _HEADING.fullmatch(core) is not None)


def mark_comment_threads(cores: list[str], rule: list[str | None]) -> None:
    """Mark the text of readers' comments (rule 'reader_comment'), see the module's doc."""
    first_sentence = next((i for i, core in enumerate(cores)
                           if core and not rule[i] and ends_sentence(core)), None)
    if first_sentence is None:
        return
    start = next((i for i in range(first_sentence + 1, len(cores))
                  if cores[i] and _marker(cores[i], rule[i])), None)
    if start is None or not any(cores[i] and _signature(cores[i], rule[i])
                                for i in range(start, len(cores))):
        return
    run: list[int] = []
    # the run opens below a comment's header, reply button, name or time
    opened = _signature(cores[start], rule[start])
    header_open = rule[start] == "comment_header"  # the last marker is a comment's header
    for i in range(start + 1, len(cores)):
        core, r = cores[i], rule[i]
        if not core:
            continue
        if not r:
            run.append(i)
            continue
        if _marker(core, r) or r in AROUND_RULES:
            if opened and run and len(run) <= THREAD_RUN:
                for k in run:
                    rule[k] = "reader_comment"
            run = []
            header_open = r == "comment_header"
            opened = r in AROUND_RULES or _signature(core, r)
    if header_open and run and len(run) <= THREAD_RUN:
        for k in run:
            rule[k] = "reader_comment"  # the last comment, closed by the page's end
