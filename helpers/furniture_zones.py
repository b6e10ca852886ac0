"""Furniture told by its place on the page rather than by its words: the text of a list item
whose bullet line is furniture, the short labels above an article's first sentence, and a
ticker of timed headlines. They run on the lines still kept after the line rules and the header
pass (rule[i] None), and mark the lines they take with their rule, so that each is logged.
"""

from __future__ import annotations

import re
from itertools import islice

from . import lexicon
from .captions import counting_sentence
from .textlines import common_words, count_words, ends_sentence, folded, is_label, words

LIST_BULLETS = tuple("•·▪●◦‣*-–—")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def mark_list_item_text(lines: list[str], cores: list[str], rule: list[str | None]) -> None:
    """The text of a list item printed under its bullet, indented deeper than the bullet
    ('  • Legal Show' then '    Once a fortnight we ...'): when the bullet line is furniture
    (a show list, a related link), so is the item's text. An indented line under a bullet line
    that the article keeps stays, and so does a line no deeper than the bullet."""
    bullet: int | None = None  # the last bullet line read that a rule took
    for i, line in enumerate(lines):
        if not cores[i]:
            continue
        stripped = line.lstrip()
        if stripped.startswith(LIST_BULLETS):
            bullet = i if rule[i] else None
            continue
        if bullet is not None and not rule[i] and _indent(line) > _indent(lines[bullet]):
            rule[i] = "list_item_text"
            continue
        bullet = None


HEADLINE_RULES = frozenset({"inserted_headline", "related_headlines", "trailing_furniture",
                            "video_list"})
BULLET_HEADLINE_WORDS = 25


def mark_bullet_runs(stripped: list[str], cores: list[str], rule: list[str | None]) -> None:
    """A run of lines opened by the same bullet, with no blank line between them, of which two
    or more went as headlines (related links, a video list): the others that read as headlines
    too (no sentence punctuation at the end, at most 25 words) go with them, whatever their
    commas ('• Unik, Caping yang Jadi Alat Musik ...' among '• Guru PAUD ...' links). A bulleted
    sentence of the article stays."""
    i = 0
    while i < len(cores):
        mark = stripped[i][:1]
        if not cores[i] or mark not in LIST_BULLETS:
            i += 1
            continue
        j = i
        while j < len(cores) and cores[j] and stripped[j][:1] == mark:
            j += 1
        run = range(i, j)
        if sum(rule[k] in HEADLINE_RULES for k in run) >= 2:
            for k in run:
                if not rule[k] and is_label(cores[k], BULLET_HEADLINE_WORDS):
                    rule[k] = "related_headlines"
        i = j


LEADING_LABEL_WORDS = 3
LEADING_NAME_WORDS = 6  # a site's or section's name in title case
FIRST_SENTENCE_WORDS = 8


def _sentence(core: str) -> bool:
    return ends_sentence(core) or count_words(core, FIRST_SENTENCE_WORDS) >= FIRST_SENTENCE_WORDS


def _title_case(core: str) -> bool:
    """Every word of four letters or more opens with a capital (and there is one)."""
    long_words = _LONG_WORD.findall(core)
    return bool(long_words) and all(w[0].isupper() for w in long_words)


def mark_leading_labels(cores: list[str], rule: list[str | None], titled: bool = True) -> None:
    """Short labels still kept above the article's first sentence, once the header has taken
    its headline, byline, dates and dateline: an avatar's initial, a poster's name and rank on a
    forum ('D', 'Digger', 'Guest'), a tag or image label under the headline ('Iraqi terrorist
    fighters'), a site's name in title case. A label has no digit and no sentence punctuation,
    and at most three words, or six in title case; a page with no sentence keeps them (nothing
    tells them from its text). titled: False when the header found no headline; then the page's
    first line, a word or more, stays (a section label over the lead, 'Politics', is what the
    reader sees first), while a letter alone (an avatar's initial) goes."""
    kept = [i for i, core in enumerate(cores) if core and not rule[i]]
    first = next((i for i in kept if _sentence(cores[i])), None)
    if first is None:
        return
    for n, i in enumerate(kept):
        if i >= first:
            break
        if n == 0 and not titled and sum(ch.isalpha() for ch in cores[i]) > 1:
            continue
        if not any(ch.isdigit() for ch in cores[i]) and (
                is_label(cores[i], LEADING_LABEL_WORDS)
                or (is_label(cores[i], LEADING_NAME_WORDS) and _title_case(cores[i]))):
            rule[i] = "leading_label"


# a clock time run into the headline of a news ticker or video list: '09:28France - Floods ...'
# (a time subhead of a live report, '8 a.m.' or '09:28 Police said', stands apart from its text)
_TIMED_HEADLINE = re.compile(r"\d{1,2}[:h]\d\d(?=[^\W\d_])")
TIMED_HEADLINE_WORDS = 30


def timed_headline(core: str) -> bool:
    """A headline of a ticker or video list with its time glued in front ('09:28France - ...')."""
    return (_TIMED_HEADLINE.match(core) is not None
            and count_words(core, TIMED_HEADLINE_WORDS) <= TIMED_HEADLINE_WORDS)


CALL_TO_ACTION_WORDS = 8


def call_to_action(core: str) -> bool:
    """A short exclamation with no other sentence: a promotion's call ('Get more with the
    Listener Club!', 'Subscribe now!'), read only after the article's last sentence."""
    return (core.endswith("!") and count_words(core, CALL_TO_ACTION_WORDS) <= CALL_TO_ACTION_WORDS
            and re.search(r"[.!?]\s", core) is None)


FORM_LABEL_WORDS = 5


def form_label(core: str) -> bool:
    """A short label closed by a colon with nothing after it, read only after the article's
    last sentence, where it announces no text of the article: a form's field ('Sender's Name:',
    'Message:') or an empty box's heading ('Related Videos:'): in title case, or two words
    that are no common words; a lead-in of the article ('They are:', 'He said:') is neither."""
    if not core.endswith(":") or ":" in core[:-1]:
        return False
    found = words(core)
    if not 0 < len(found) <= FORM_LABEL_WORDS:
        return False
    saying = lexicon.term_set("verbs_of_saying")
    if any(w.casefold() in saying for w in found):
        return False
    return all(w[0].isupper() for w in found) or (len(found) <= 2 and common_words(core) == 0)


# an editor's initials after a wire story, with the agencies it drew on: 'jf / fm / ls',
# 'mkg/hc (Reuters, AFP, dpa)' (a slash between a name and a role is no such line)
_INITIALS = re.compile(r"[a-z]{1,4}(?:\s?/\s?[a-z]{1,4}){1,4}(?:\s?\([^()]{2,80}\))?", re.I)


def editor_initials(core: str) -> bool:
    """A line of editors' initials split by slashes, with the agencies in brackets or not;
    at least one group in lower case (an upper-case 'AFP/AP' is a credit the credit rules read)."""
    if _INITIALS.fullmatch(core) is None:
        return False
    groups = core.split("(")[0].replace(" ", "").split("/")
    return any(g.islower() for g in groups)


REPEATED_LABEL_WORDS = 15


def _first_sentence(cores: list[str], rule: list[str | None]) -> int | None:
    """The first line still kept that is a sentence (or is as long as one)."""
    return next((i for i, core in enumerate(cores) if core and not rule[i] and _sentence(core)),
                None)


def mark_repeated_labels(cores: list[str], rule: list[str | None]) -> None:
    """A label or headline printed on two lines of the page (a link's text and its tooltip on
    lines of their own, a related headline in two boxes, a caption's alternative text; the
    copies may differ in punctuation, _letters_key): each
    copy still kept goes, but for the first copy of a headline printed twice above the first
    sentence, which the header reads. Only lines that are no sentence (at most 15 words, no
    sentence punctuation) are compared; a paragraph printed twice is the paragraph pass's, and so
    is a line of six words or more that a sentence stands before in each copy (the cut last line
    of a story the scraper printed twice: its first copy is article text)."""
    first = _first_sentence(cores, rule)
    seen: dict[str, list[int]] = {}
    for i, core in enumerate(cores):
        if core and is_label(core, REPEATED_LABEL_WORDS):
            seen.setdefault(_letters_key(core), []).append(i)
    for copies in seen.values():
        if len(copies) < 2:
            continue
        if first is not None and copies[0] < first:
            copies = copies[1:]  # the headline above the lead stays for the header
        elif _repeated_block(cores, copies):
            continue
        for i in copies:
            if not rule[i]:
                rule[i] = "repeated_line"


# what a copy may change: punctuation (an apostrophe or a quote mark dropped or changed, a stop
# added), as an image's alternative text or a link's tooltip prints the headline
_NOT_LETTER = re.compile(r"[^\w\s]+|_")


def _letters_key(core: str) -> str:
    """The line's words without punctuation, casefolded, one space apart ("Şanlıurfa'daki" and
    'Şanlıurfadaki' are the same word of two copies of one headline)."""
    return " ".join(_NOT_LETTER.sub("", folded(core)).split())


def _repeated_block(cores: list[str], copies: list[int]) -> bool:
    """Every copy of a line of six words or more follows the same sentence: the line is part
    of a block the scraper printed twice, whose repeat the paragraph pass drops."""
    if count_words(cores[copies[0]], 6) < 6:
        return False
    before = [next((cores[j] for j in range(i - 1, -1, -1) if cores[j]), "") for i in copies]
    return _sentence(before[0]) and all(b == before[0] for b in before)


def _next_kept(cores: list[str], rule: list[str | None], i: int) -> str | None:
    j = next((j for j in range(i + 1, len(cores)) if cores[j] and not rule[j]), None)
    return None if j is None else folded(cores[j])


CUT_TEASER_MIN_WORDS = 6
CUT_TEASER_REACH = 1500  # characters below the teaser in which its full text is looked for


def mark_cut_teasers(cores: list[str], rule: list[str | None]) -> None:
    """A summary cut off with an ellipsis whose words the article prints in full just below it,
    maybe across two lines ('... deixou seis mortos. Segundo os bombeiros, as vítimas são...'
    above the lead and its next paragraph): the cut copy goes, the article keeps the words. At
    least six words, found in order in the kept lines' words within CUT_TEASER_REACH
    characters below it."""
    # the teasers first: most pages have none, and then no line's words need be listed
    teasers = {i: start for i, core in enumerate(cores)
               if core and not rule[i] and core.endswith(("...", "…"))
               and len(start := words(core.rstrip(".… "))) >= CUT_TEASER_MIN_WORDS}
    if not teasers:
        return
    kept = [(i, " ".join(words(cores[i]))) for i, core in enumerate(cores) if core and not rule[i]]
    text = " " + " ".join(w for _, w in kept) + " "
    at = 1
    for i, joined in kept:
        at += len(joined) + 1  # text[at:] is what the lines below line i hold
        if (teaser := teasers.get(i)) is None:
            continue
        needle = " " + " ".join(teaser) + " "
        if text.find(needle, at - 1, at + len(needle) + CUT_TEASER_REACH) >= 0:
            rule[i] = "repeated_summary"


STANDFIRST_REACH = 3  # the sentences below the standfirst among which its copy is looked for


def mark_repeated_standfirst(cores: list[str], rule: list[str | None]) -> None:
    """A standfirst printed above the dateline and again in the article: the page's first
    sentence is printed once more as one of the next three sentences (lines that end no
    sentence, a dateline or a byline, may stand between), the copy is not the page's last line
    (a paragraph the scraper printed again at the end keeps its first copy), and it is no part
    of a block that the scraper printed twice (the line after each copy differs). The first
    copy goes; the article keeps the words where it prints them. The copies may differ in
    punctuation (_letters_key), and a long standfirst may lack its full stop. A standfirst cut
    with an ellipsis is found by mark_cut_teasers, a caption printed twice by
    mark_doubled_captions."""
    mark_cut_teasers(cores, rule)
    first = next((i for i, core in enumerate(cores) if core and not rule[i]
                  and ends_sentence(core)), None)
    if first is None:
        return
    # a long standfirst printed without its full stop ('... giungerà in serata a Porto
    # Empedocle', then the article's '... a Porto Empedocle.') is read too
    lead = next(i for i, core in enumerate(cores) if core and not rule[i] and (
        i == first or count_words(core, STANDFIRST_WORDS) >= STANDFIRST_WORDS))
    for start in {lead, first}:
        key = _letters_key(cores[start])
        below = islice((j for j in range(start + 1, len(cores)) if cores[j] and not rule[j]
                        and ends_sentence(cores[j])), STANDFIRST_REACH)  # (up to the third)
        copy = next((j for j in below if _letters_key(cores[j]) == key), None)
        if (copy is not None and _next_kept(cores, rule, copy) is not None
                and _next_kept(cores, rule, start) != _next_kept(cores, rule, copy)):
            rule[start] = "repeated_standfirst"
    mark_doubled_captions(cores, rule, first)


STANDFIRST_WORDS = 12  # a line this long with no full stop may be a standfirst


DOUBLED_CAPTION_WORDS = 40


def mark_doubled_captions(cores: list[str], rule: list[str | None], first: int) -> None:
    """A picture's alternative text and its caption: the same line printed twice, one copy right
    below the other, below the page's first sentence (line first; a lead printed twice under the
    headline is a standfirst and its lead). The first copy goes, unless the line reports
    someone's words or may hold a count (a caption kept costs less than a count lost); the
    second goes too when it does not end like a sentence or when the two copies are a block of
    their own between blank lines (_pair_alone); otherwise an article sentence the scraper
    printed twice keeps one copy, since text alone cannot tell it from a caption."""
    kept = [i for i in range(first + 1, len(cores)) if cores[i] and not rule[i]]
    for a, b in zip(kept, kept[1:], strict=False):
        if (cores[a] == cores[b] and not rule[a]
                and count_words(cores[a], DOUBLED_CAPTION_WORDS) <= DOUBLED_CAPTION_WORDS
                and lexicon.pattern("reporting_words").search(cores[a]) is None
                and not counting_sentence(cores[a])):
            rule[a] = "photo_caption"
            if not ends_sentence(cores[b]) or _pair_alone(cores, a, b):
                rule[b] = "photo_caption"


def _pair_alone(cores: list[str], a: int, b: int) -> bool:
    """The two copies stand one right under the other with a blank line above and below them:
    an image's alternative text and caption, which a scraper prints as a block of their own."""
    return b == a + 1 and a > 0 and not cores[a - 1] and (b + 1 == len(cores) or not cores[b + 1])


# a word of four letters or more: title case capitalises every one of them
_LONG_WORD = re.compile(r"[^\W\d_]{4,}")
INSERTED_HEADLINE_WORDS = 6


def mark_inserted_headlines(cores: list[str], rule: list[str | None]) -> None:
    """A headline in title case set among the article's lines, a link to another story ('Judge
    Goes Off On Assistant During Shouting Match'): at least six words of four letters or more,
    every one capitalised, and no closing full stop. Prose, even German with its capital nouns,
    has verbs and adjectives in lower case."""
    for i, core in enumerate(cores):
        if not core or rule[i] or ends_sentence(core.rstrip("'’\"”")):
            continue
        long_words = _LONG_WORD.findall(core)
        if len(long_words) >= INSERTED_HEADLINE_WORDS and all(w[0].isupper() for w in long_words):
            rule[i] = "inserted_headline"


# a link's text glued to the next one's ('FinancialGovernment SolutionsLegal'): a lower-case
# run of three letters or more, then a capital and a lower-case letter
_GLUED_LINK = re.compile(r"[^\W\d_A-Z]{3}(?=[A-Z][^\W\d_A-Z])")
GLUED_MENU_WORDS = 25


def glued_links(core: str) -> bool:
    """A menu whose link texts the scraper ran together, two glue points or more, no sentence."""
    return is_label(core, GLUED_MENU_WORDS) and len(_GLUED_LINK.findall(core)) >= 2


# the title of an embedded video or post followed by the platform's domain
_EMBED_DOMAIN = re.compile(r"\s(?:www\.)?(?:youtube|youtu|twitter|x|facebook|instagram|tiktok|"
                           r"vimeo|dailymotion|t)\.(?:com|be|me)/?$", re.I)
EMBED_TITLE_WORDS = 30
_EMBED_DOMAIN_CHARS = 24  # the longest match (a space and 'www.dailymotion.com/') and more


_EMBED_ENDS = ("com", "be", "me", "com/", "be/", "me/")  # how _EMBED_DOMAIN's match ends


def embed_title(core: str) -> bool:
    """'2 dead, 8 rescued after boat capsizes www.youtube.com': an embed's title and domain."""
    # the domain closes the line (or stands before a final line break, where "$" matches too):
    # a line that does not end as one is told without the pattern (no letter but these ASCII
    # ones matches c, o, m, b or e ignoring case)
    if not core[-5:].lower().removesuffix("\n").endswith(_EMBED_ENDS):
        return False
    start = max(0, len(core) - _EMBED_DOMAIN_CHARS)  # the pattern ends the line: look there
    return _EMBED_DOMAIN.search(core, start) is not None and is_label(
        core.rsplit(None, 1)[0], EMBED_TITLE_WORDS)



CAPTION_RULES = frozenset({"photo_caption", "photo_credit"})
CAPTION_BLOCK_WORDS = 12


def _caption_line(core: str) -> bool:
    """Short, reporting no one's words (a lead run into a credit says who said it), and no
    sentence that may hold a count ('Forty women came home in March.' over 'Photo: AFP' is
    article text: a caption kept costs less than a count lost)."""
    return (count_words(core, CAPTION_BLOCK_WORDS) <= CAPTION_BLOCK_WORDS
            and lexicon.pattern("reporting_words").search(core) is None
            and not counting_sentence(core))


def mark_caption_blocks(cores: list[str], rule: list[str | None]) -> None:
    """On a page whose paragraphs are set apart by blank lines, a short line in the same block
    as a caption or photo credit, directly above it, is that caption's first line
    ('Protesters came out after closing arguments.' over 'File photo: ...'): at most twelve
    words, and no verb of reporting. A page with no blank lines between paragraphs runs
    caption and lead together, and keeps its lines."""
    filled = [i for i, core in enumerate(cores) if core]
    if not filled or len(filled) == filled[-1] - filled[0] + 1:
        return  # no blank line between the first and last lines: blocks cannot be told
    for i, core in enumerate(cores):
        if not core or rule[i] not in CAPTION_RULES:
            continue
        j = i - 1
        while j >= 0 and cores[j] and not rule[j] and _caption_line(cores[j]):
            j -= 1
        if j >= 0 and cores[j]:
            continue  # the block reaches further up (a long line or a ruled one): no caption
        for k in range(j + 1, i):
            rule[k] = "photo_caption"
