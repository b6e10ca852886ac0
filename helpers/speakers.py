"""Who speaks in each sentence of a document: one pass, each sentence attributed once, shared by
both extractors (helpers.estimates and helpers.statements).

A quotation that runs over several sentences is attributed once, from its frame (the words
outside the quotation marks of the whole run), and every sentence of the run shares the result.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from .attribution import Attribution, attribute, speaker_patterns

# a quote ends before the next opens ("...", “...”); a curly quote may close with two
# apostrophes (“...’’, as some wires type it); German quotes open low („...“)
# or with an opening mark after its last punctuation ('“... country,“ it said')
QUOTED = re.compile(r"\"([^\"]+)\"|“((?:[^“”’']|['’](?!['’]))++)(?:”|['’]{2}|(?<=[,.!?])“(?=\s))"
                    r"|„([^„“”]+)[“”]")
CLOSE_TWICE = ("’’", "''")  # two apostrophes that close a curly quote
CLOSE_AS_OPEN = re.compile(r"[,.!?]“(?=\s)")  # an opening mark typed for the closing one
# a name in quote marks ('сообщает "Интерфакс"', 'the agency "Mia"'): one to three words, the
# first capitalised, nothing that ends a sentence or a clause
QUOTED_NAME = re.compile(r"[A-ZА-ЯЁ][\w'’.-]*(?:\s+[\w'’-]+){0,2}(?<![.])")
CITATION = re.compile(r"^(?:source|sources|via)\s*:", re.IGNORECASE)


def outside_quotes(text: str) -> str:
    """The text with quoted words replaced by Q, so attribution reads only the frame; a quoted
    name is kept, without its marks."""
    text = QUOTED.sub(lambda m: m[0][1:-1] if QUOTED_NAME.fullmatch(m[0][1:-1]) else "Q", text)
    lone = re.search(r"[\"“”]", text)
    if lone is None:
        return text
    opening = lone.group(0) == "“" or lone.start() == 0 or text[lone.start() - 1] == " "
    return text[:lone.start()] + "Q" if opening else "Q" + text[lone.end():]


def run_text(texts: list[str], paras: list[int], first: int, last: int) -> str:
    """The sentences of a quotation run joined; a paragraph that carries the quotation on
    reopens it with a mark, which is dropped."""
    return " ".join(texts[k][1:] if k > first and paras[k] != paras[k - 1] else texts[k]
                    for k in range(first, last + 1))


@dataclass(frozen=True)
class Said:
    """Who speaks in a sentence: `words` is whose words they are (the quotation's frame names
    them); `figures` is who gave the figures in them: the same, except in a quoted document
    that names its own speaker ('"The chairman X gave the number ..." the statement of the
    Committee reads': X gave it, the Committee relays it)."""

    words: Attribution
    figures: Attribution


def document_attributions(body: pd.DataFrame) -> list[Said]:
    """Who speaks in each sentence of one document (`body`: its rows of `sentences()` in
    reading order, columns text and paragraph_n); `attribute` runs once per sentence or run
    (once more for the quoted words of a quoted document).

    A sentence without a speaker of its own carries the last one only inside its paragraph
    (a quotation that runs on counts as the same paragraph), unless it opens with a pronoun or
    role noun; after a sentence with no speaker nothing is carried, but "he" still finds the
    last named speaker. Citation lines ('Source: ...') get an empty attribution.
    """
    return attributions(body["text"].tolist(), body["paragraph_n"].tolist())


def attributions(texts: list[str], paras: list[int], words: list[set[str]] | None = None
                 ) -> list[Said]:
    """document_attributions for one document's sentence texts and paragraph numbers, in
    reading order (the speaker patterns are fetched once for the document); `words`: each
    sentence's helpers.quick_patterns.words_in, when the caller has them."""
    patterns = speaker_patterns()
    runs = dict(runs_in(texts, paras))
    found: list[Said | None] = [None] * len(texts)  # None: a citation line, nobody speaks
    last, gap = Attribution(), False
    i = 0
    while i < len(texts):
        j = runs.get(i, i)
        if CITATION.match(texts[i]):
            i = j + 1
            continue
        same = not i or paras[i] == paras[i - 1]
        whole = run_text(texts, paras, i, j)
        text = outside_quotes(whole) if i in runs else whole
        own = attribute(text, last, texts[j + 1] if j + 1 < len(texts) else "", same and not gap,
                        patterns, words[i] if words is not None and i not in runs else None)
        figures = own
        if i in runs and own.pattern == "document":
            quoted = " ".join("".join(g) for g in QUOTED.findall(whole)) or whole
            inner = attribute(quoted, Attribution(), patterns=patterns)
            if inner.named_here and inner.speaker:
                figures = Attribution(inner.speaker, own.speaker, True, inner.pattern)
        for k in range(i, j + 1):
            found[k] = Said(own, figures)
        if own.speaker:
            last, gap = own, False
        else:
            gap = True
        i = j + 1
    _close_paragraphs(found, texts, paras)
    return [Said(Attribution(), Attribution()) if s is None else s for s in found]


# the patterns that close a sentence with its speaker ('..., Heydarov said.', '..., said X.')
CLOSING = frozenset({"quote_then_says", "says_name_role", "says_group"})


def _close_paragraphs(found: list[Said | None], texts: list[str], paras: list[int]) -> None:
    """A paragraph that ends with '..., X said.' gives X to its earlier sentences that have no
    speaker (none of their own, none carried): 'One child has returned. There are 19 more
    children to bring home, Heydarov said.' Only after the sentence with a speaker nearest
    before the closing one; trailing wire codes ('-D06--', under four words) are no end."""
    closing: Said | None = None
    at_end = True  # no sentence of four words or more after this one in its paragraph
    for k in range(len(found) - 1, -1, -1):
        if k + 1 < len(found) and paras[k + 1] != paras[k]:
            closing, at_end = None, True
        said = found[k]
        if said is None:
            closing, at_end = None, False
            continue
        own = said.words
        if own.named_here and own.pattern in CLOSING and at_end:
            closing = said
        elif own.speaker or own.via:
            closing = None
        elif closing is not None:
            found[k] = closing
        at_end = at_end and len(texts[k].split()) < 4


def quote_runs(sentence_rows: pd.DataFrame) -> list[tuple[int, int]]:
    """Where quotations run in one document: (first, last) positions of the sentences, in order.

    `sentence_rows` are one document's rows of `sentences()` in reading order (columns text and
    paragraph_n). A run starts at a sentence with a quote mark and ends at the sentence that
    closes it. Marks are counted per paragraph (curly ones by balance, straight ones by parity),
    and a run ends with its paragraph unless the next paragraph opens with a quote mark, the
    news convention for a quotation over several paragraphs. So a stray mark (an inch mark: 12")
    keeps at most the rest of its paragraph, never the rest of the document.
    """
    return runs_in(sentence_rows["text"].tolist(), sentence_rows["paragraph_n"].tolist())


def _has_mark(text: str) -> bool:
    """Whether text holds a quote mark (straight, or curly unless it is ASCII)."""
    return '"' in text or not text.isascii() and ("“" in text or "”" in text)


def runs_in(texts: list[str], paras: list[int]) -> list[tuple[int, int]]:
    """quote_runs for one document's sentence texts and paragraph numbers, in reading order."""
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(texts):
        if not _has_mark(texts[i]):
            i += 1
            continue
        j, curly, straight = i, 0, 0
        while True:
            closed_as_open = len(CLOSE_AS_OPEN.findall(texts[j]))
            curly += texts[j].count("“") - 2 * closed_as_open - texts[j].count("”") - sum(
                texts[j].count(mark) for mark in CLOSE_TWICE)
            straight += texts[j].count('"')
            still_open = curly > 0 if curly else straight % 2 == 1
            if not still_open or j + 1 == len(texts):
                break
            if paras[j + 1] != paras[j]:
                if not texts[j + 1].startswith(('"', "“")):
                    break
                curly, straight = 0, 0  # the next paragraph reopens the quotation
            j += 1
        runs.append((i, j))
        i = j + 1
    return runs
