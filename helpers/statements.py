"""Attributed statements: who said what, in quotation marks or in reported speech.

One row per statement. Direct quotations in straight or curly quotes may run over several
sentences; the speaker is named where the quotation closes (or, for a quotation standing
alone, is the speaker in force). Reported speech is a sentence that names its own speaker with a
verb of saying ("X said that", "X told Y", "according to X"). Speakers resolve through
data/actors.csv; "he" and "the expert" resolve to the last named speaker.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd

from . import lexicon
from .actors import find_actor
from .attribution import Attribution
from .quick_patterns import any_order_alternation
from .sources import document_sentences
from .speakers import CITATION, QUOTED, QuoteRun, Said, attributions, quote_run_texts

STATEMENT_COLUMNS = ["doc_id", "sentence_id", "speaker", "speaker_role", "kind", "text"]


_RolePatterns = tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]


def _role_patterns() -> _RolePatterns:
    """The role after a name, before it, and as a title, with the role words of
    helpers/lexicon/titles_roles.csv (compiled again when the list changes); last, a role word
    alone (any case), which the two patterns before a name need."""
    return _roles(lexicon.version("titles_roles"))


@lru_cache(maxsize=4)
def _roles(_version: tuple) -> _RolePatterns:
    roles = lexicon.table("titles_roles")
    terms = roles.loc[roles["role"] == "yes", "term"]
    role = rf"\b(?:{'|'.join(terms)})\b"
    # a title is tried at every place before a name, and its match runs to the name whichever
    # role term matched; a role word alone is asked only whether it is there: for both the
    # terms as a tree of shared beginnings (the same texts match)
    title_role = _title_role(terms)
    return (re.compile(rf",\s+((?:(?:a|an|the)\s[^,]*?)?{role}[^,]*?)[,.]"),
            re.compile(rf"(?:^|[,;.]\s+|\b(?:by|to)\s+)((?:the|a|an)\s[^,;]*?{role}"
                       r"[^,;]*?),\s*$", re.IGNORECASE),
            re.compile(rf"((?:[A-Z][a-z]+\s)*(?:[a-z]+\s){{0,3}}?(?i:{title_role})\s+"
                       r"(?:[a-z]+\s)*)$"),
            re.compile(title_role, re.IGNORECASE))


def _title_role(terms: pd.Series) -> str:
    """The role terms as a tree of shared beginnings, between word boundaries (any case)."""
    return rf"\b(?:{any_order_alternation(terms, ignore_case=True)})\b"


@lru_cache(maxsize=4)
def _title_end(_version: tuple) -> re.Pattern[str]:
    """How every match of the title pattern (the third of _role_patterns) ends: a role term,
    then lower-case words to the name. A text without it holds no title; it is found by trying
    the role terms at each place, where the title pattern tries words before them too."""
    roles = lexicon.table("titles_roles")
    return re.compile(rf"(?i:{_title_role(roles.loc[roles['role'] == 'yes', 'term'])})\s+"
                      r"(?:[a-z]+\s)*$")


def speaker_role(text: str, speaker: str) -> str:
    """The role a sentence gives its speaker, as written: 'Zamir Karajanov, a political analyst
    based in Almaty, ...', 'The head of the Union of Muslims of Kazakstan, Murat Telibekov, ...',
    'President Nursultan Nazarbayev said'; empty when the sentence gives none."""
    actor = find_actor(speaker)
    if actor is None:
        return ""
    after_name, before_name, as_title, any_role = _role_patterns()
    names = sorted({actor.canonical_name, actor.canonical_name.split()[-1]}, key=len, reverse=True)
    for name in names:
        at = text.find(name)
        if at < 0:
            continue
        start, end = at, at + len(name)
        after = after_name.match(text[end:])
        if after:
            return after.group(1).strip()
        if not any_role.search(text, 0, start):
            continue  # no role word before the name: neither pattern below can match
        prefix = text[:start]
        # "the head of X, Name": the words before the name end with a comma
        before = before_name.search(prefix) if prefix.rstrip().endswith(",") else None
        if before:
            return before.group(1).strip()
        window = _title_window(prefix)
        title = as_title.search(prefix, window) if _title_end(lexicon.version(
            "titles_roles")).search(prefix, window) else None
        if title:
            return title.group(1).strip()
    return ""


# a role term of letters, spaces, \w, classes of letters ("advis[eo]r") and punctuation that
# stands for itself ("porte-parole")
_PLAIN_ROLE = re.compile(r"(?:[a-z ]|\\w[+*]?|\[[a-z]+\]|[^\w\s\\.^$*+?{}\[\]|()])+")
_PUNCTUATION = re.compile(r"[^\w\s\\.^$*+?{}\[\]|()]")


def _title_window(prefix: str) -> int:
    """Where a role as a title before a name can begin at the earliest: after the last
    character of the prefix that is neither a word character, a space nor a punctuation mark
    a role term holds ("-" of "porte-parole"): a title is made of words, spaces and its role
    term; at 0 when a role term may match other characters."""
    at_end = _words_at_end(lexicon.version("titles_roles"))
    if at_end is None:
        return 0
    words = at_end.match(prefix[::-1])  # read on the reversed text: its last words and spaces
    return len(prefix) - (words.end() if words else 0)


@lru_cache(maxsize=4)
def _words_at_end(_version: tuple) -> re.Pattern | None:
    """What a title before a name is made of (word characters, spaces and the punctuation
    marks of the role terms of titles_roles.csv), as a run; None when a role term is not made
    of letters, spaces, \\w, classes of letters and punctuation that stands for itself."""
    roles = lexicon.table("titles_roles")
    terms = roles.loc[roles["role"] == "yes", "term"]
    if not all(_PLAIN_ROLE.fullmatch(term) for term in terms):
        return None
    marks = sorted({mark for term in terms for mark in _PUNCTUATION.findall(term)})
    return re.compile(rf"[\w\s{re.escape(''.join(marks))}]*")


def extract_statements(docs: pd.DataFrame) -> pd.DataFrame:
    """Attributed statements in every document, in reading order.

    Columns (STATEMENT_COLUMNS): doc_id; sentence_id (where the statement starts); speaker
    (canonical name from actors.csv when it resolves, else as written); speaker_role (as
    written in the sentence that names the speaker, else empty); kind (direct | reported);
    text (the quoted words, joined over sentences, or the reported sentence).
    """
    rows: list[dict] = []
    for doc_id, text in zip(docs["doc_id"], docs["text"], strict=True):
        sents = document_sentences(doc_id, text)
        ids, paras, texts = ([row[k] for row in sents] for k in (0, 3, 5))
        rows += document_statements(str(doc_id), ids, texts, paras, attributions(texts, paras))
    return statement_table(rows)


def statement_table(rows: list[dict]) -> pd.DataFrame:
    """Rows of document_statements as the table of extract_statements: those without a
    speaker and repeated rows left out."""
    table = pd.DataFrame(rows, columns=STATEMENT_COLUMNS)
    return table[table["speaker"] != ""].drop_duplicates().reset_index(drop=True)


def document_statements(doc: str, ids: list[str], texts: list[str], paras: list[int],
                        said: list[Said], runs: dict[int, QuoteRun] | None = None
                        ) -> list[dict]:
    """The statements of one document (before statement_table): its sentences' ids, texts
    and paragraph numbers in reading order with who speaks in each
    (helpers.speakers.attributions); `runs`: helpers.speakers.quote_run_texts(texts, paras),
    when the caller has them."""
    rows: list[dict] = []
    roles: dict[tuple[str, str], str] = {}  # speaker_role of (text, speaker), per document
    run_end = quote_run_texts(texts, paras) if runs is None else runs
    last = Attribution()
    i = 0
    while i < len(texts):
        text, own = texts[i], said[i].words
        if CITATION.match(text):  # 'Source: "Title of an article," Outlet, date.'
            i += 1
            continue
        if i in run_end:
            j, whole, frame = run_end[i]
            # a quotation standing alone is the speaker's in force (news convention)
            current = own if own.named_here else last
            words = ["".join(g) for g in QUOTED.findall(whole)] or [whole.strip("\"“” ")]
            if own.named_here and len(re.findall(r"\w+", frame.replace("Q", ""))) > 8:
                rows.append(_row(doc, ids[i], current, "reported", frame, text, whole, roles))
            for quote in words:
                if len(quote.split()) > 3:
                    rows.append(_row(doc, ids[i], current, "direct", quote, text, whole, roles))
            last = current if current.speaker else last
            i = j + 1
            continue
        if own.named_here:
            rows.append(_row(doc, ids[i], own, "reported", text, text, text, roles))
            last = own
        i += 1
    return rows


def _row(doc_id: str, sentence_id: str, who: Attribution, kind: str, words: str,
         first: str, whole: str, roles: dict[tuple[str, str], str]) -> dict:
    role = ""
    if who.speaker:
        key = (whole, who.speaker)
        if key not in roles:
            roles[key] = speaker_role(whole, who.speaker)
        role = roles[key]
    text = words if kind == "direct" else first
    return {"doc_id": doc_id, "sentence_id": sentence_id, "speaker": who.speaker,
            "speaker_role": role, "kind": kind, "text": text}
