"""Who speaks in each sentence of a document: one pass, each sentence attributed once, shared by
both extractors (helpers.estimates and helpers.statements).

A quotation that runs over several sentences is attributed once, from its frame (the words
outside the quotation marks of the whole run), and every sentence of the run shares the result.
A sentence without a speaker of its own is attributed by the carry-over rules S1-S3 of
tests/realpages/README.md (document_attributions).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import NamedTuple

import pandas as pd

from . import zero_subjects
from .actors import canonical_speaker
from .attribution import Attribution, attribute, speaker_patterns
from .script_speakers import script_attribution
from .scripts import acronym_marks
from .speaker_phrases import clean_phrase
from .speaker_reference import pointed_speaker

# a quote ends before the next opens ("...", “...”); a curly quote may close with two
# apostrophes (“...’’, as some wires type it); German quotes open low („...“)
# or with an opening mark after its last punctuation ('“... country,“ it said')
QUOTED = re.compile(r"\"([^\"]+)\"|“((?:[^“”’']|['’](?!['’]))++)(?:”|['’]{2}|(?<=[,.!?])“(?=\s))"
                    r"|„([^„“”]+)[“”]|«([^«»]+)»"  # guillemets: Russian, French, Spanish
                    r"|»([^«»]+)«")  # German and Danish guillemets point inwards (»IS«)
CLOSE_TWICE = ("’’", "''")  # two apostrophes that close a curly quote
CLOSE_AS_OPEN = re.compile(r"[,.!?]“(?=\s)")  # an opening mark typed for the closing one
# a German quotation closed in its sentence („Rheinischen Post“): its “ closes, it opens nothing
GERMAN_CLOSED = re.compile(r"„[^„“”]*[“”]")
# a name in quote marks ('сообщает "Интерфакс"', 'the agency "Mia"'): one to three words, the
# first capitalised, nothing that ends a sentence or a clause
QUOTED_NAME = re.compile(r"[A-ZА-ЯЁ][\w'’.-]*(?:\s+[\w'’-]+){0,2}(?<![.])")
CITATION = re.compile(r"^(?:source|sources|via)\s*:", re.IGNORECASE)


def outside_quotes(text: str) -> str:
    """The text with quoted words replaced by Q, so attribution reads only the frame; a quoted
    name is kept, without its marks."""
    text = QUOTED.sub(lambda m: m[0][1:-1] if QUOTED_NAME.fullmatch(m[0][1:-1]) else "Q",
                      acronym_marks(text))
    lone = re.search(r"[\"“”«»]", text)
    if lone is None:
        return text
    opening = lone.group(0) in "“«" or lone.start() == 0 or text[lone.start() - 1] == " "
    return text[:lone.start()] + "Q" if opening else "Q" + text[lone.end():]


def run_text(texts: list[str], paras: list[int], first: int, last: int) -> str:
    """The sentences of a quotation run joined; a paragraph that carries the quotation on
    reopens it with a mark, which is dropped."""
    return " ".join(texts[k][1:] if k > first and paras[k] != paras[k - 1] else texts[k]
                    for k in range(first, last + 1))


class QuoteRun(NamedTuple):
    """A quotation that runs over sentences first..last of a document: `last`, the run's text
    (run_text) and its frame (outside_quotes of that text), found once for both extractors."""

    last: int
    whole: str
    frame: str


def quote_run_texts(texts: list[str], paras: list[int],
                    runs: list[tuple[int, int]] | None = None) -> dict[int, QuoteRun]:
    """The quotation runs of one document (runs_in, or `runs` when given) by their first
    sentence, each with its text and frame."""
    found = {}
    for first, last in runs_in(texts, paras) if runs is None else runs:
        whole = run_text(texts, paras, first, last)
        found[first] = QuoteRun(last, whole, outside_quotes(whole))
    return found


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

    The rules S1-S3 of tests/realpages/README.md: a sentence without a speaker of its own
    takes the previous one inside its paragraph, running on through sentences with none of
    their own, and in a new paragraph only when it opens with a pronoun or role noun that fits
    it (S1; a sentence before its paragraph's first attribution is empty). An attribution that
    closes a later sentence does not reach back (S2), except inside one quotation (every
    sentence of the run shares it) and from a sentence that points back at the one before
    ("Об этом сообщили в МИД", pointing_back.csv). A refusal or a source left unnamed gives an
    empty speaker that nothing after it takes (S3) until a sentence names a speaker of its own.
    Citation lines ('Source: ...') get an empty attribution.
    """
    return attributions(body["text"].tolist(), body["paragraph_n"].tolist())


def attributions(texts: list[str], paras: list[int], words: list[set[str]] | None = None,
                 runs: dict[int, QuoteRun] | None = None) -> list[Said]:
    """document_attributions for one document's sentence texts and paragraph numbers, in
    reading order (the speaker patterns are fetched once for the document); `words`: each
    sentence's helpers.quick_patterns.words_in, and `runs`: quote_run_texts(texts, paras),
    when the caller has them (one pass over a document reads its quotation runs once, for
    both extractors)."""
    patterns = speaker_patterns()
    says_unnamed = zero_subjects.reader()  # "Añadió que ...": a subject left unsaid
    run_end = quote_run_texts(texts, paras) if runs is None else runs
    found: list[Said | None] = [None] * len(texts)  # None: a citation line, nobody speaks
    # last: the last speaker named (pronouns refer to it); gap: nothing to carry on in this
    # paragraph; silent: a refusal or an unnamed source came after it, so nothing is carried
    last, gap, silent = Attribution(), False, False
    before: range | None = None  # the sentence (or quotation run) before this one
    # introduced: the paragraph before ended "X said:" / "Başsavcılık açıklamasına göre:" (X
    # runs on into this paragraph), or was a one-sentence item of the list that followed such a
    # line (X runs on into this one if it is one sentence too: "listed", not "colon")
    introduced, opened = "", 0  # (opened: where the current paragraph began)
    i = 0
    while i < len(texts):
        run = run_end.get(i)
        j = i if run is None else run.last
        if CITATION.match(texts[i]):
            i, before = j + 1, None
            continue
        same = not i or paras[i] == paras[i - 1]
        if not same:
            one = j + 1 >= len(texts) or paras[j + 1] != paras[i]  # a one-sentence paragraph
            introduced = introduced if last.speaker and (introduced == "colon" or one) else ""
            opened, gap = i, gap and not introduced
        same = same or bool(introduced)
        whole = texts[i] if run is None else run.whole
        text = whole if run is None else run.frame
        own = attribute(text, last, same and not gap, patterns,
                        words[i] if words is not None and i not in run_end else None)
        if not own.named_here and (script := script_attribution(text, last)):
            own = script  # "外交部发言人陆慷表示", "X ने बताया" (helpers.script_speakers)
        if silent and not own.named_here:
            own = Attribution()  # S3: after "declined to comment" nobody is carried on
        elif not own.named_here and own.pattern != "unnamed" and last.speaker and (
                says_unnamed(text)):  # "Añadió que ...", "وأضاف أن": he said (a zero pronoun)
            own = Attribution(last.speaker, last.via, True, "zero_subject")
        pointed = pointed_speaker(text)
        if pointed and not own.via:  # "Об этом сообщили в МИД": its speaker, and the one before's
            # the speaker a named pattern read inside the pointer's phrase is the tidier one
            # ("Das teilte die Staatsanwaltschaft am Freitag mit": not "... am Freitag")
            tidy = own.named_here and own.speaker and own.speaker.casefold() in pointed.casefold()
            own = Attribution(own.speaker if tidy else canonical_speaker(clean_phrase(pointed)),
                              "", True, "points_back")
            if before is not None and _unattributed(found[before.start]):
                given = replace(own, named_here=False)  # named by the pointer, not by itself
                found[before.start:before.stop] = [Said(given, given)] * len(before)
        figures = own
        if i in run_end and own.pattern == "document":
            quoted = " ".join("".join(g) for g in QUOTED.findall(whole)) or whole
            inner = attribute(quoted, Attribution(), patterns=patterns)
            if inner.named_here and inner.speaker:
                figures = Attribution(inner.speaker, own.speaker, True, inner.pattern)
        for k in range(i, j + 1):
            found[k] = Said(own, figures)
        if own.speaker:
            last, gap, silent = own, False, False
        else:
            gap, silent = True, silent or own.pattern == "unnamed"
        if j + 1 >= len(texts) or paras[j + 1] != paras[j]:  # the paragraph ends here
            if own.speaker and own.named_here and whole.rstrip().endswith(":"):
                introduced = "colon"
            else:
                introduced = "listed" if introduced and opened == i and not own.named_here else ""
        before = range(i, j + 1)
        i = j + 1
    return [Said(Attribution(), Attribution()) if s is None else s for s in found]


def _unattributed(said: Said | None) -> bool:
    """Whether a sentence has no speaker of its own (none, or one carried on) and is no refusal
    or unnamed source (S3): a sentence pointing back at it gives it its speaker (S2)."""
    return said is not None and not said.words.named_here and said.words.pattern != "unnamed"


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
    return '"' in text or not text.isascii() and (
        "“" in text or "”" in text or "«" in text or "»" in text or "„" in text)


def runs_in(texts: list[str], paras: list[int]) -> list[tuple[int, int]]:
    """quote_runs for one document's sentence texts and paragraph numbers, in reading order."""
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(texts):
        if not _has_mark(acronym_marks(texts[i])):
            i += 1
            continue
        j, curly, straight, low = i, 0, 0, False
        while True:
            text = GERMAN_CLOSED.sub("", texts[j])
            closed_as_open = len(CLOSE_AS_OPEN.findall(text))
            # a quotation opened low („) over several sentences closes with “ (Slovak, Czech,
            # German typography): there “ closes wherever it stands
            low = low or "„" in text
            opens = text.count("„") if low else text.count("“") - 2 * closed_as_open
            curly += opens - (text.count("“") if low else 0) - text.count("”") - sum(
                text.count(mark) for mark in CLOSE_TWICE) + text.count("«") - text.count("»")
            straight += acronym_marks(text).count('"')
            still_open = curly > 0 if curly else straight % 2 == 1
            if not still_open or j + 1 == len(texts):
                break
            if paras[j + 1] != paras[j]:
                if not texts[j + 1].startswith(('"', "“", "«", "„")):
                    break
                curly, straight, low = 0, 0, False  # the next paragraph reopens the quotation
            j += 1
        runs.append((i, j))
        i = j + 1
    return runs
