"""Photo captions and credits: a line closed by a bracketed credit ('(AP Photo/Jane Roe)',
'[AFP]', '(Bernama pic)'), a credit of names joined to an agency by a slash ('REUTERS/Jane Roe',
'Jane Roe / AFP'), a credit line ('Photo: AFP', '©REUTERS', photo_credit_line) and a short line
just above a credit. Agency names are data
(helpers/lexicon/news_agencies.csv and photo_agencies.csv)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from . import lexicon
from .datelines import date_only
from .layout_numbers import layout_may_hold_number
from .literals import Needs, needs
from .textlines import (
    TAIL,
    common_words,
    count_words,
    ends_sentence,
    holds_sentence_stop,
    is_label,
    name_words_only,
)

if TYPE_CHECKING:
    from .literals import Seen

_BRACKET_CREDIT = re.compile(r"[.!?]\s*\[(?!sic\b)[A-Z][^\]\[]{1,60}\]\s*$")
CAPTION_MAX_WORDS = 30
TWICE_MIN_CHARS = 20  # a caption printed twice (alone, then with its credit) is this long
# a caption line closed by its credit: 'Text. (Reuters)' or 'Text. - Foto: © Agency'; the same
# text alone just above it is the picture's alternative text, whatever numbers it holds
CAPTION_LINE_RULES = frozenset({"photo_caption", "photo_credit"})
_PAREN_CREDIT = re.compile(r"[.!?]\s*\((?P<credit>[^()]{2,60})\)$")
# a photographer's credit after a caption: '(Delil SOULEIMAN)', '(AFP/Delil SOULEIMAN)'
_PHOTOGRAPHER = re.compile(r"\s\((?:[A-Z]{2,}/)?(?:[A-Z][\w'’-]+\s)+[A-Z]{2,}[A-Z'’-]*\)$")
# a sentence closed by its speaker ('..., the minister said.'); a caption describes a picture
_SAID_BEFORE = re.compile(r"\b(?:said|says|told \w++|added|reported|stated|announced)[.!?]$")
_PHOTO_WORD = re.compile(r"\b(?:photo|image|picture|pic|pix|handout|courtesy|file)s?\b", re.I)


def _attributed(core: str, end: int, credit: str) -> bool:
    """The sentence that ends at core[end] is closed by its speaker, or reports someone's words
    anywhere (reporting_words: '..., he said, calling on ...'), and the credit after it names no
    photo: a wire story's line with its credit, not a caption."""
    return _PHOTO_WORD.search(credit) is None and (
        _SAID_BEFORE.search(core, max(0, end - 30), end + 1) is not None
        or lexicon.pattern("reporting_words").search(core, 0, end) is not None)


_CREDIT_IN_PARENS = re.compile(
    r"\b(?:photo|image|picture|credit|pic|pix|handout|courtesy)s?\b|/", re.I)


def _paren_credit(core: str, agencies: frozenset[str]) -> bool:
    """The line ends with a bracketed photo credit after its sentence: '(Reuters)', '(Photo:
    AFP)', '(AP Photo/Jane Roe)'. A sentence closed by an attribution ('..., the minister said.
    (Xinhua/NAN)') is a wire story's with its credit, unless the credit names a photo."""
    if _PHOTOGRAPHER.search(core):
        return True
    m = _PAREN_CREDIT.search(core)
    if m is None:
        return False
    credit = m.group("credit").strip()
    if _attributed(core, m.start(), credit):
        return False
    return credit.casefold() in agencies or _CREDIT_IN_PARENS.search(credit) is not None


def mark_captions(cores: list[str], rule: list[str | None], agencies: frozenset[str]) -> None:
    """Photo captions: a line ending in a bracketed credit, or a short line just above a credit
    (but not the page's first kept line: a page opens with its headline, not a caption). A line
    with a credit in round brackets is a caption when it is short and not among the last three
    lines kept: there, '..., officials said. (Reuters)' closes a wire story instead."""
    kept = [i for i, core in enumerate(cores) if core and not rule[i]]
    last = set(kept[-3:])
    begun = False  # a kept line above holds a sentence stop: the article has begun (the title
    # is no caption)
    for i, core in enumerate(cores):
        if begun and not rule[i] and dash_credit_caption(core):
            rule[i] = "photo_caption"  # 'Hotspot a Pozzallo – Ansa'
        begun = begun or bool(core and not rule[i] and holds_sentence_stop(core))
        if not rule[i] and core.endswith("]") and _BRACKET_CREDIT.search(  # cores are stripped
                core, max(0, len(core) - TAIL)):
            rule[i] = "photo_caption"
        if (not rule[i] and core.endswith(")") and i not in last  # kept holds i
                and count_words(core, CAPTION_MAX_WORDS) <= CAPTION_MAX_WORDS
                and (i != kept[0] or _PAREN_CREDIT.search(core))  # no headline ends '. (X)'
                and _paren_credit(core, agencies)):
            rule[i] = "photo_caption"
        if not rule[i] and "/" in core[:60] and credit_before_caption(core):
            rule[i] = "photo_caption"  # 'AP Photo/Jane Roe, File Women at the gate ...'
        if rule[i] in CAPTION_LINE_RULES:  # the same caption just above, without its credit
            j = i - 1
            while j >= 0 and not cores[j]:
                j -= 1
            if (j >= 0 and not rule[j] and len(cores[j]) >= TWICE_MIN_CHARS
                    and core.startswith(cores[j])):
                rule[j] = "photo_caption"
        if rule[i] == "photo_credit":
            j = i - 1
            while j >= 0 and not cores[j]:
                j -= 1
            if (j >= 0 and not rule[j] and count_words(cores[j], 8) <= 8
                    and not counting_sentence(cores[j])
                    and not _closing_sentence(cores, rule, i, j)
                    and any(cores[k] and not rule[k] and date_only(cores[k]) is None
                            for k in range(j))):  # a date line above a headline is no text
                rule[j] = "photo_caption"


def _closing_sentence(cores: list[str], rule: list[str | None], i: int, j: int) -> bool:
    """Line j, above the photo credit at line i, is the article's closing sentence rather than
    a caption: the credit is the last line kept on the page (the lead picture's credit, printed
    below the story), a blank line stands between them, and line j is a sentence of five words
    or more ('Manjali mosque atyrau.' is a picture's name)."""
    return (j < i - 1 and ends_sentence(cores[j]) and count_words(cores[j], 5) >= 5
            and not any(cores[k] and not rule[k] for k in range(i + 1, len(cores))))


def counting_sentence(core: str) -> bool:
    """A line that ends a sentence and may hold a count ('Forty women came home in March.'):
    above a photo credit it may be article text, and a caption kept costs less than a count
    lost, so no caption rule takes it for a caption's first line."""
    return ends_sentence(core) and layout_may_hold_number(core)


@lru_cache(maxsize=4)
def _agencies_for(_stamps: tuple[tuple[int, int], ...]) -> tuple[frozenset[str], frozenset[str]]:
    news = frozenset(n.casefold() for n in lexicon.terms("news_agencies"))
    photo = frozenset(n.casefold() for n in lexicon.terms("photo_agencies"))
    return news | photo, photo - news


_DASH_CREDIT = re.compile(r"\s[-–—|]\s(?P<credit>[^-–—|]{2,30})$")


def dash_credit_caption(core: str) -> bool:
    """A caption closed by its photo's credit after a dash or bar: 'Hotspot a Pozzallo – Ansa',
    'Migrants on the deck of the ship - AFP', the credit an agency of photo_agencies (news
    agencies too); the caption before it has no sentence stop and at most CAPTION_MAX_WORDS
    words. Read only once the article has begun, so a headline with its source stays a title."""
    if not core or not core[-1].isalpha():
        return False
    end = core[-34:]  # (a credit is short: the separator stands near the line's end)
    if " - " not in end and " – " not in end and " — " not in end and " | " not in end:
        return False
    if (m := _DASH_CREDIT.search(core, len(core) - len(end))) is None:
        return False
    if m.group("credit").strip().casefold() not in photo_agencies()[0]:
        return False
    caption = core[:m.start()].rstrip()
    return (any(ch.isalpha() for ch in caption) and not ends_sentence(caption)
            and count_words(caption, CAPTION_MAX_WORDS) <= CAPTION_MAX_WORDS)


def photo_agencies() -> tuple[frozenset[str], frozenset[str]]:
    """News and photo agencies (casefolded) that a slash credit names, and the photo agencies
    that are no news agency (one of those alone on a line is a credit; a news agency alone is a
    wire credit, read by helpers.outlets)."""
    return _agencies_for(lexicon.stamps("news_agencies", "photo_agencies"))


def slash_credit(text: str) -> bool:
    """text is a credit of names joined by slashes or ' - ', one of them an agency ('REUTERS/Jane
    Roe', 'Jane Roe / AFP', 'EPA-EFE/JANE ROE', 'AFP/Getty Images'), or a photo agency alone."""
    text = text.strip(" ()[]")
    if not text or len(text) > 80:
        return False
    agencies, photo_only = photo_agencies()
    if "/" not in text and " - " not in text and " – " not in text and " — " not in text:
        return text.casefold() in photo_only
    parts = [p.strip() for p in re.split(r"\s*/\s*|\s+[-–—]\s+", text) if p.strip()]
    return (len(parts) > 1 and any(p.casefold() in agencies for p in parts)
            and all(is_label(p, 4) and name_words_only(p) for p in parts)
            # a newsroom and its wire ('Redacción / EFE') is the story's credit, not a photo's
            and not any(p.casefold() in lexicon.term_set("byline_corporate_words") for p in parts))


# a credit of names joined by a slash, a comma and the caption after it ('AP Photo/Jane Roe,
# File Women at the gate'); 'File' marks an archive photo
_CREDIT_FIRST = re.compile(r"(?P<credit>[^,]{3,60}+),\s*+(?P<file>File\s++)?(?=[^\W\d_])")


def credit_before_caption(core: str) -> bool:
    """A caption opened by its slash credit: the credit names an agency and a photo ('AP
    Photo/Jane Roe', 'Getty Images/Jane Roe') or is marked 'File', and a caption of at most
    CAPTION_MAX_WORDS words follows it ('Reuters/Ipsos, a polling firm, found ...': a sentence)."""
    m = _CREDIT_FIRST.match(core)
    if m is None or "/" not in (credit := m.group("credit")) or not slash_credit(credit):
        return False
    photo = m.group("file") or _PHOTO_WORD.search(credit) or any(
        p.strip().casefold() in photo_agencies()[1] for p in credit.split("/"))
    return bool(photo) and count_words(core, CAPTION_MAX_WORDS) <= CAPTION_MAX_WORDS


# the credit may hold initials ('M.TAUSEEF / AFP'): a full stop not followed by a space
_CAPTION_END = re.compile(r"[.!?]\s+(?P<credit>(?:[^.!?]|\.(?=\S)){2,80})$")


def credit_after_caption(core: str) -> bool:
    """A caption sentence closed by a slash credit ('Women at the gate. REUTERS/Jane Roe')."""
    if core.endswith((".", "!", "?")):  # no credit of _CAPTION_END ends with a sentence stop
        return False  # (only a full stop before more text, 'M.TAUSEEF'): most lines are told here
    return _caption_end_credit(core)


def _caption_end_credit(core: str) -> bool:
    """credit_after_caption without its quick return for a line ending with a sentence stop."""
    m = _CAPTION_END.search(core, max(0, len(core) - TAIL))
    if m is None or count_words(core, CAPTION_MAX_WORDS + 5) > CAPTION_MAX_WORDS + 5:
        return False
    credit = m.group("credit").lstrip("—–- ")  # '... irako-syrienne. — JANE ROE / AFP'
    if (c := _CREDIT_WORD.match(credit)) is not None:  # 'Courtesy Reuters', 'Photo by Jane Roe'
        names = credit[c.end():].strip()
        found = bool(names) and (slash_credit(names) or (is_label(names, 5)
                                                         and name_words_only(names)))
    else:
        found = "/" in credit and slash_credit(credit)
    return found and not _attributed(core, m.start(), credit)  # (read last: it costs most)


_CREDIT_WORD = re.compile(r"(?:courtesy(?: of)?|(?:photo(?:graph)?|image|picture|pic)s?"
                          r"(?:\s*:|\s+by|\s+courtesy(?: of)?)|credit\s*:)\s*", re.I)


def source_label_at(core: str) -> re.Match | None:
    """A label of source_labels.csv and its colon at the line's start ('Source: ', 'Via : '):
    a credit or a cited source follows."""
    return lexicon.pattern("source_labels", r"(?:WORDS)\s*:\s*").match(core)


def source_credit(core: str) -> bool:
    """'Source: N1', 'Source: N1 / Ilustracija': a source label and a name or two, nothing else
    (a cited title in quotes, or a sentence, is no credit)."""
    m = source_label_at(core)
    if m is None:
        return False
    rest = core[m.end():].replace("/", " ").strip()
    return is_label(rest, 5) and common_words(rest) == 0


_CITATION_WITH_TITLE = re.compile(r"^source\s*:\s*[“\"«]", re.I)


@dataclass(frozen=True)
class CreditRules:
    """The photo-credit words of helpers/lexicon/photo_credit_words.csv, compiled."""

    pattern: re.Pattern  # a credit anywhere in a line
    needs: Needs | None  # the words a line needs for the pattern to match in it


@lru_cache(maxsize=4)
def _credit_rules_for(_stamps: tuple[tuple[int, int], ...]) -> CreditRules:
    """The credit rules from the list as it is on disk (_stamps: its size and modification
    time, so that an edited list is read again)."""
    rows = lexicon.table("photo_credit_words")
    labels = [term for term, kind in zip(rows["term"], rows["kind"], strict=True)
              if kind == "label"]
    parts: list[str] = []
    for term, kind in zip(rows["term"], rows["kind"], strict=True):
        if kind == "mark":
            parts.append(term)
        elif term == labels[0]:  # the labels as one alternative, where the first stands
            parts.append(rf"\b(?:{'|'.join(labels)})s?\s*(?:by\b|:|/)")
    text = "|".join(parts)
    return CreditRules(re.compile(text, re.I), needs(text, re.I))


def credit_rules() -> CreditRules:
    """The photo-credit words as they stand in helpers/lexicon now."""
    return _credit_rules_for(lexicon.stamps("photo_credit_words"))


def might_be_credit(core: str, seen: Seen | None = None) -> bool:
    """A fast test that the credit pattern could match: the line holds the words it needs (seen:
    the line's scan, made with the credit needs, when the caller has it). It says True on every
    line that the pattern matches, so it can only spare the pattern, never change a rule."""
    found = credit_rules().needs
    return found is None or found.may_match(core, seen=seen)


_URL = re.compile(r"(?:https?://|www\.)\S*|(?<![\w.-])\w[\w.-]*+(?<=\.[a-z]{2})"
                  r"|(?<![\w.-])\w[\w.-]*+(?<=\.[a-z]{3})")  # or a domain ('Vlast.kz')
_LAST_SENTENCE_END = re.compile(r"[.!?…]\s|[(\[]")  # where a caption's closing credit may start


def _credit_only(text: str) -> bool:
    """text is a credit and nothing else: a credit word, and names of people or agencies (one
    common word may stand among them: 'Image by Wikimedia user Example', 'Photo: the author')."""
    credit = credit_rules().pattern
    return credit.search(text) is not None and common_words(credit.sub(" ", text)) <= 1


def _is_credit_line(core: str) -> bool:
    """The whole line is a photo credit ('Photo: AFP', '©REUTERS'), or a caption closed by one
    ('Women at the camp. Photo: AFP'). A credit inside a sentence ('Photos by local activists
    show ...') leaves the line a sentence (links and domains are ignored: they name no words)."""
    text = _URL.sub(" ", core)
    if _credit_only(text):
        return True
    starts = [m.end() for m in _LAST_SENTENCE_END.finditer(text)]
    return bool(starts) and _credit_only(text[starts[-1]:])


def photo_credit_line(core: str, seen: Seen | None = None) -> bool:
    """The line is a photo credit ('Photo: AFP', '©REUTERS') or a caption closed by one (seen:
    the line's scan, when the caller has it: see might_be_credit)."""
    return (might_be_credit(core, seen) and count_words(core, 40) <= 40
            and credit_rules().pattern.search(core) is not None and _is_credit_line(core)
            and not _CITATION_WITH_TITLE.search(core))


_CREDIT_PARTS = re.compile(r"[,/&]|\band\b")


def closed_by_credit(core: str) -> bool:
    """A line of sentences closed by a photo or agency credit and nothing else after its last
    sentence ('... Die Lage bleibt angespannt. Reuters, AFP', '... still searching. Photo:
    AFP'): a caption, where the same sentences without a credit are a standfirst."""
    if credit_after_caption(core):
        return True
    end = max(core.rfind(". "), core.rfind("! "), core.rfind("? "))
    tail = _CREDIT_PARTS.split(core[end + 2:].lower()) if end >= 0 else []
    parts = [p for p in map(str.strip, tail) if p]
    return bool(parts) and all(p in photo_agencies()[0] for p in parts)
