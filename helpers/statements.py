"""Attributed statements: who said what, in quotation marks or in reported speech.

One row per statement. Direct quotations in straight or curly quotes may run over several
sentences; the speaker is named where the quotation closes (or, for a quotation standing
alone, is the speaker in force). Reported speech is a sentence that names its own speaker with a
verb of saying ("X said that", "X told Y", "according to X"). Speakers resolve through
data/actors.csv; "he" and "the expert" resolve to the last named speaker.
"""

from __future__ import annotations

import re

import pandas as pd

from .actors import find_actor
from .estimates import Attribution, attribute, quote_runs
from .sources import sentences

STATEMENT_COLUMNS = ["doc_id", "sentence_id", "speaker", "speaker_role", "kind", "text"]
_ROLE = (r"\b(?:analyst|expert|director|head|chairman|chairwoman|minister|president|member|"
         r"official|spokes\w+|secretary|deputy|chief|researcher|professor|lawyer|works)\b")
_QUOTED = re.compile(r"\"([^\"]+)\"|“([^“”]+)”")  # a quote ends before the next opens
_CITATION = re.compile(r"^(?:source|sources|via)\s*:", re.IGNORECASE)


def _outside_quotes(text: str) -> str:
    """The sentence with quoted words replaced by Q, so attribution reads only the frame."""
    text = _QUOTED.sub("Q", text)
    lone = re.search(r"[\"“”]", text)
    if lone is None:
        return text
    opening = lone.group(0) == "“" or lone.start() == 0 or text[lone.start() - 1] == " "
    return text[:lone.start()] + "Q" if opening else "Q" + text[lone.end():]


def speaker_role(text: str, speaker: str) -> str:
    """The role a sentence gives its speaker, as written: 'Zamir Karajanov, a political analyst
    based in Almaty, ...', 'The head of the Union of Muslims of Kazakstan, Murat Telibekov, ...',
    'President Nursultan Nazarbayev said'; empty when the sentence gives none."""
    actor = find_actor(speaker)
    if actor is None:
        return ""
    names = sorted({actor.canonical_name, actor.canonical_name.split()[-1]}, key=len, reverse=True)
    for name in names:
        at = text.find(name)
        if at < 0:
            continue
        start, end = at, at + len(name)
        after = re.match(rf",\s+((?:(?:a|an|the)\s[^,]*?)?{_ROLE}[^,]*?)[,.]", text[end:])
        if after:
            return after.group(1).strip()
        before = re.search(rf"(?:^|[,;.]\s+|\b(?:by|to)\s+)((?:the|a|an)\s[^,;]*?{_ROLE}"
                           r"[^,;]*?),\s*$", text[:start], re.IGNORECASE)
        if before:
            return before.group(1).strip()
        title = re.search(r"((?:[A-Z][a-z]+\s)*(?:[a-z]+\s){0,3}?(?:analyst|expert|minister|"
                          r"President|Minister|chairman|director|head)\s+(?:[a-z]+\s)*)$",
                          text[:start])
        if title:
            return title.group(1).strip()
    return ""


def extract_statements(docs: pd.DataFrame) -> pd.DataFrame:
    """Attributed statements in every document, in reading order.

    Columns (STATEMENT_COLUMNS): doc_id; sentence_id (where the statement starts); speaker
    (canonical name from actors.csv when it resolves, else as written); speaker_role (as
    written in the sentence that names the speaker, else empty); kind (direct | reported);
    text (the quoted words, joined over sentences, or the reported sentence).
    """
    rows: list[dict] = []
    for doc_id, body in sentences(docs).groupby("doc_id", sort=False):
        ids, texts = body["sentence_id"].tolist(), body["text"].tolist()
        paras = body["paragraph_n"].tolist()
        run_end = {first: last for first, last in quote_runs(body)}
        last = Attribution()
        i = 0
        while i < len(texts):
            text = texts[i]
            if _CITATION.match(text):  # 'Source: "Title of an article," Outlet, date.'
                i += 1
                continue
            if i in run_end:
                j = run_end[i]
                # a paragraph that carries the quotation on reopens it: drop that mark
                whole = " ".join(texts[k][1:] if k > i and paras[k] != paras[k - 1] else texts[k]
                                 for k in range(i, j + 1))
                frame = _outside_quotes(whole)
                own = attribute(frame, last)
                current = own if own.named_here else last
                words = [a or b for a, b in _QUOTED.findall(whole)] or [whole.strip("\"“” ")]
                if own.named_here and len(re.findall(r"\w+", frame.replace("Q", ""))) > 8:
                    rows.append(_row(doc_id, ids[i], current, "reported", frame, text, whole))
                for quote in words:
                    if len(quote.split()) > 3:
                        rows.append(_row(doc_id, ids[i], current, "direct", quote, text, whole))
                last = current if current.speaker else last
                i = j + 1
                continue
            current = attribute(text, last)
            if current.named_here:
                rows.append(_row(doc_id, ids[i], current, "reported", text, text, text))
                last = current
            i += 1
    table = pd.DataFrame(rows, columns=STATEMENT_COLUMNS)
    return table[table["speaker"] != ""].drop_duplicates().reset_index(drop=True)


def _row(doc_id: str, sentence_id: str, who: Attribution, kind: str, words: str,
         first: str, whole: str) -> dict:
    role = speaker_role(whole, who.speaker) if who.speaker else ""
    text = words if kind == "direct" else first
    return {"doc_id": doc_id, "sentence_id": sentence_id, "speaker": who.speaker,
            "speaker_role": role, "kind": kind, "text": text}
