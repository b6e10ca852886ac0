"""Furniture told by its shape rather than its words: navigation menus and breadcrumbs, language
switchers, tag lines, lines in a language other than the article's, a label printed twice and a
name alone before a colon. Used by helpers.furniture (one line) and helpers.cleaning (runs of
lines)."""

from __future__ import annotations

import re
from collections.abc import Callable

from . import lexicon
from .captions import counting_sentence, source_label_at
from .comment_threads import mark_comment_threads
from .dates import find_dates
from .furniture_lists import tabloid_runs
from .furniture_zones import call_to_action, form_label
from .menu_rows import menu_row
from .textlines import (
    BULLET,
    BULLET_STARTS,
    core_of,
    count_words,
    ends_sentence,
    is_label,
    name_words_only,
    words,
)

_MENU_TOKEN = re.compile(r"[^\s|/·•,]+")
_BREADCRUMB = re.compile(r"\s[>›»/]\s")
_HASHTAG = re.compile(r"#[^\W_][\w-]*")


def is_language_menu(core: str, languages: frozenset[str]) -> bool:
    """A language switcher: three or more language names, and most of the line's words; or one
    language name alone on its line (a link to the page in that language)."""
    if len(core) > 200:
        return False
    # casefolding makes no separator and changes none, so the tokens of the casefolded line
    # are the casefolded tokens (tests/test_clean_speed.py checks every character); a line
    # split by white space and commas only is split quicker by str.split (\s is isspace)
    folded = core.casefold()
    if "|" in folded or "/" in folded or "·" in folded or "•" in folded:
        tokens = _MENU_TOKEN.findall(folded)
    else:
        tokens = folded.replace(",", " ").split()
    if languages.isdisjoint(tokens):
        return False
    named = sum(map(languages.__contains__, tokens))
    return (named >= 3 and named * 2 >= len(tokens)) or (len(tokens) == named == 1)


def is_menu_line(core: str) -> bool:
    """'Home | News | World | Sport': three or more short items split by bars or bullets; or a
    breadcrumb trail, 'Home > News > World' or 'News / World', two or more items of at most
    three words split by arrows or slashes, with no number (a dateline's '29.01.18' has one); or
    a row of a menu's links split by spaces only (helpers.menu_rows)."""
    if (">" in core or "›" in core or "»" in core or "/" in core) and len(core) < 200 and not any(
            ch.isdigit() for ch in core):
        items = [i.strip() for i in _BREADCRUMB.split(core)]
        if len(items) >= 2 and all(is_label(i, 3) and i[:1].isupper() for i in items):
            return True
    if "|" not in core and "•" not in core and "·" not in core:
        return menu_row(core)  # 'Anasayfa Gündem Dünya Ekonomi Spor': links split by spaces
    items = [i.strip() for i in re.split(r"\s[|•·]\s", core)]
    return (len(items) >= 3 and all(is_label(i, 3) for i in items)
            and not find_dates(core))  # a credit line with a date is the header's


def is_hashtag_line(core: str) -> bool:
    """'#Syria #Iraq #returnees': two or more hashtags and nothing else."""
    if core.count("#") < 2:
        return False
    tags = _HASHTAG.findall(core)
    return len(tags) >= 2 and not _HASHTAG.sub("", core).strip(" ,;|·•")


def menu_runs(lines: list[str], stripped: list[str]) -> set[int]:
    """Indexes of runs of three or more consecutive short list items: a navigation menu."""
    hits: set[int] = set()
    run: list[int] = []
    # BULLET can only match where the first character is a bullet or a (any-script) digit, so
    # only such lines are looked at; any other line ends a run
    for i, line in enumerate(stripped):
        first = line[:1]
        if not first or not (first in BULLET_STARTS or first.isdecimal()):
            continue
        if run and run[-1] != i - 1:  # a line in between ended the run
            if len(run) >= 3:
                hits.update(run)
            run = []
        if BULLET.match(lines[i]) and is_label(core_of(lines[i]), 4):
            run.append(i)
        else:
            if len(run) >= 3:
                hits.update(run)
            run = []
    if len(run) >= 3:
        hits.update(run)
    return hits


OTHER_LANGUAGE_MIN_WORDS = 5


def other_latin_language(core: str) -> bool:
    """On an English page, a line in another language written in Latin letters (a related
    headline or a menu of a site in Azerbaijani, Turkish or Bosnian): five words or more, not
    one of them a common English word, and two or more lower-case words with a letter that
    English does not write (ə, ş, ğ, ı, č, ž, ...). Names with such letters are capitalised,
    so an English sentence naming people and places keeps its words."""
    if core.isascii() or (ends_sentence(core) and count_words(core, 6) >= 6):
        return False  # a full sentence is prose in another language, not interface text
    found = words(core)
    if len(found) < OTHER_LANGUAGE_MIN_WORDS:
        return False
    english = lexicon.term_set("english_common_words")
    if any(w.casefold() in english for w in found):
        return False
    foreign = sum(1 for w in found if w[0].islower() and not w.isascii() and all(
        ch.isascii() or "\u00c0" <= ch <= "\u02af" or "\u1e00" <= ch <= "\u1eff" for ch in w))
    return foreign >= 2


# a sentence break inside a line: a stop, a space and a capital, or a full-width stop ('。',
# '！', '？') with more after it ('...という。(c)AFP': a story's last sentence and its credit)
_SENTENCE_BREAK = re.compile(r"[.!?]\s+[A-Z\"“‘(]|[。！？]\s*\S")


def is_tail_label(core: str) -> bool:
    """A line after the article's last sentence that is no sentence: a headline, a label or a
    teaser (at most 25 words, no sentence break inside, no closing full stop unless it is an
    ellipsis). A cut-off paragraph holds sentence breaks, so it is not one of these."""
    n = count_words(core, 25)
    if n > 25 or _SENTENCE_BREAK.search(core):
        return False
    if call_to_action(core) or form_label(core) or (
            source_label_at(core) and not ends_sentence(core)):
        return True  # 'Get more with the Listener Club!', 'Sender's name:', 'Source : Weekly ...'
    if n <= TAIL_CREDITED_WORDS and credited_headline(core):
        return True  # 'NCTV – Dreigingsniveau terrorisme verhoogd': a related link's source

    if ends_sentence(core) and not core.endswith(("…", "...")):
        return False
    if n <= TAIL_HEADLINE_WORDS and _SAYS_AT_END.search(core):
        return True  # a headline closed by its source: 'Six held over the blast, says police'
    # a short label, a headline in title case, or a short one without a comma; a longer line
    # in sentence case may be the article's last paragraph that lost its full stop, and stays
    found = words(core)
    return (n <= TAIL_LABEL_WORDS or sum(w[0].isupper() for w in found) * 2 >= len(found)
            or (n <= TAIL_HEADLINE_WORDS and "," not in core))


TAIL_LABEL_WORDS = 6
TAIL_COLON_LABEL_WORDS = 4  # 'Numéros de page :'; a lead-in to a quote has a quote after it
TAIL_CREDITED_WORDS = 25
CREDIT_NAME_WORDS = 4
_CREDIT_DASH = re.compile(r"\s[–—|]\s|\s-\s")


def colon_label(core: str) -> bool:
    """'للمزيد:', 'Оставить сообщение:', 'Numéros de page :': a label of at most four words ending
    with a colon, with nothing of the article after it (read only at the page's end). A lead-in
    to a list or a quote ends with a verb ('They are:', 'Er sagte:': lead_in_verbs.csv and
    verbs_of_saying.csv), and stays."""
    limit = TAIL_COLON_LABEL_WORDS
    if not core.endswith(":") or count_words(core, limit) > limit:
        return False
    found = words(core)
    last = found[-1].casefold() if found else ""
    return not (last in lexicon.term_set("lead_in_verbs")
                or last in lexicon.term_set("verbs_of_saying"))


def credited_headline(core: str) -> bool:
    """'Jan Jaap de Ruiter – ‘Nederlandse’ jihadisten ...', 'BBC | Floods in the north': a
    headline after the name of its source or writer (at most four words, each capitalised or a
    connector of names) and a dash or bar, with no sentence punctuation at its end."""
    m = _CREDIT_DASH.search(core)
    if m is None or ends_sentence(core):
        return False
    name, rest = core[:m.start()], core[m.end():]
    return (is_label(name, CREDIT_NAME_WORDS) and name_words_only(name)
            and any(ch.isalpha() for ch in rest))
# a headline's source after a comma, with no full stop: ', says ISPR', ', police say'
_SAYS_AT_END = re.compile(r",\s(?:says?|said|warns?|claims?) (?-i:[A-Z])[\w.’'-]*"
                          r"(?: (?-i:[A-Z])[\w.’'-]*){0,3}$|,\s(?-i:[A-Z])?[\w.’'-]+"
                          r"(?: [\w.’'-]+)? says?$")
TAIL_HEADLINE_WORDS = 12  # a headline in sentence case, without a comma's clauses


def mark_tail(cores: list[str], rule: list[str | None], lines: list[str] | None = None) -> None:
    """Take the lines kept after the article's last sentence that are no sentence (is_tail_label): a
    related headline, a site's name or a label that no list names ('Press TV News Roku', 'Latest
    Headlines'), and runs of tabloid headlines between labels (tabloid_runs). A page with no
    sentence keeps them all. The titles of a video list and the headlines of the page's last related
    block go first (_mark_video_list, _mark_last_block)."""
    mark_comment_threads(cores, rule)
    _mark_video_list(cores, rule)
    kept = [i for i, core in enumerate(cores) if core and not rule[i]]
    labels: dict[int, bool] = {}  # is_tail_label of a line, found once

    def label(i: int) -> bool:
        if i not in labels:
            labels[i] = is_tail_label(cores[i])
        return labels[i]

    tabloid = tabloid_runs(cores, rule, label)  # headlines closed by '!' or '?' between labels

    def tail_label(i: int) -> bool:
        return i in tabloid or label(i)

    footer = _footer_lines(cores, kept, lines, tail_label)
    tail = kept[len(kept) - footer:] if footer else []
    inner = 0  # notices in no list taken between the tail's labels
    for n in range(len(kept) - footer - 1, -1, -1):
        i = kept[n]
        if colon_label(cores[i]):
            tail.append(i)  # the label of what follows it: the line above it is not read, since
            break  # a label closes a block of furniture that may stand right after the text
        if not tail_label(i):
            if (inner < TAIL_INNER_NOTICES and len(tail) > footer
                    and TAIL_FOOTER_RUN <= _label_run(cores, kept[:n], lines, tail_label) < n
                    and _notice(cores[i])):
                inner += 1  # a notice among the tail's labels, labels above and below it
                tail.append(i)
                continue
            break
        tail.append(i)
    if len(tail) < len(kept):
        for i in tail:
            rule[i] = "trailing_furniture"
    _mark_last_block(cores, rule)


TAIL_FOOTER_LINES = 2  # lines of a site's footer in no word list, below the page's last labels
TAIL_FOOTER_RUN = 2  # the labels above them that show that the page's end has begun


def _footer_lines(cores: list[str], kept: list[int], lines: list[str] | None,
                  label: Callable[[int], bool]) -> int:
    """How many of the page's last kept lines are a footer that no list names (a notice in a
    language the lists lack): at most TAIL_FOOTER_LINES lines that are no tail label, right
    under at least TAIL_FOOTER_RUN tail labels (related headlines, section names), with more
    of the page above them. A line that may hold a count stays (counting_sentence), and so do
    the lines under a list of the article (items opened by a bullet in lines, the stripped
    lines; names alone on their lines; items under a lead-in ending with a colon)."""
    footer = 0
    while footer < min(TAIL_FOOTER_LINES, len(kept)) and not label(kept[-1 - footer]):
        footer += 1
    above = kept[:len(kept) - footer]
    run = _label_run(cores, above, lines, label) if footer else 0
    if not TAIL_FOOTER_RUN <= run < len(above) or _article_list(cores, above, run):
        return 0
    return footer if all(_notice(cores[i]) for i in kept[len(kept) - footer:]) else 0


NAME_WORDS = (2, 3)  # a person's name alone on its line: 'Kibar Polat', 'Ana María Ruiz'


def _article_list(cores: list[str], above: list[int], run: int) -> bool:
    """The labels closing `above` are a list of the article's own (the victims' names, items):
    names alone on their lines ('Kibar Polat': NAME_WORDS words, each capitalised or a name's
    connector, no digit), or lines under a lead-in ending with a colon ('The victims were
    identified as:'). The sentence under them closes the story: no footer. Related headlines
    in Title Case ('Border Guards Detain Smugglers') are longer, or hold a digit."""
    if cores[above[-run - 1]].endswith(":"):
        return True
    return all(_person_name(cores[i]) for i in above[len(above) - run:])


def _person_name(core: str) -> bool:
    """A line shaped as a person's name: NAME_WORDS words, all name words, no digit."""
    return (NAME_WORDS[0] <= count_words(core, NAME_WORDS[1]) <= NAME_WORDS[1]
            and name_words_only(core) and not any(ch.isdigit() for ch in core))


TAIL_INNER_NOTICES = 1


def _notice(core: str) -> bool:
    """A line that may be a site's notice: it may hold no count and opens in no lower case."""
    return not (counting_sentence(core) or core[0].islower())


def _label_run(cores: list[str], above: list[int], lines: list[str] | None,
               label: Callable[[int], bool]) -> int:
    """How many tail labels stand one after the other at the end of the lines `above`."""
    run = 0
    for i in reversed(above):
        if (not label(i) or colon_label(cores[i]) or cores[i][0].islower()
                or cores[i].endswith((",", "-", "–", "—"))
                or (lines is not None and BULLET.match(lines[i]))):
            break  # (a sentence's words broken over lines are no labels)
        run += 1
    return run


_DURATION = re.compile(r"\d{1,2}:\d\d(?::\d\d)?")
VIDEO_TITLE_WORDS = 20


def _mark_video_list(cores: list[str], rule: list[str | None]) -> None:
    """A list of videos: a duration alone on its line ('00:28', taken as numbers only) and the
    video's title on the next kept line, a headline (at most 20 words, no sentence). A time
    subhead above a paragraph of sentences leaves the paragraph in the body."""
    for i, core in enumerate(cores):
        if not (rule[i] and _DURATION.fullmatch(core)):
            continue
        j = next((j for j in range(i + 1, len(cores)) if cores[j]), None)
        if (j is not None and not rule[j] and not ends_sentence(cores[j])
                and count_words(cores[j], VIDEO_TITLE_WORDS) <= VIDEO_TITLE_WORDS):
            rule[j] = "video_list"


BLOCK_ITEM_WORDS = 14


def _mark_last_block(cores: list[str], rule: list[str | None]) -> None:
    """The items of the page's last related-headlines block, one a paragraph ('Popular posts
    from this blog', then headlines with blank lines between them): when every line kept after
    the block's marker is a headline (at most 14 words, no sentence), they all go. A sentence
    below the marker leaves every line there in the body."""
    marker = next((i for i in range(len(cores) - 1, -1, -1)
                   if rule[i] == "related_headlines"), None)
    if marker is None:
        return
    after = [i for i in range(marker + 1, len(cores)) if cores[i] and not rule[i]]
    if after and all(count_words(cores[i], BLOCK_ITEM_WORDS) <= BLOCK_ITEM_WORDS
                     and not ends_sentence(cores[i]) for i in after):
        for i in after:
            rule[i] = "related_headlines"


DOUBLED_MIN_CHARS = 6
DOUBLED_MAX_WORDS = 12


def doubled_label(core: str) -> bool:
    """A short label printed twice on one line, glued or a space apart: a link's text and its
    tooltip or an image's alternative text ('Google Maps Google Maps', 'Friday, Jan 30,
    2015Friday, Jan 30, 2015'). A sentence is never its own copy."""
    n = len(core)
    for gap in (0, 1):
        half = (n - gap) // 2
        # (the first characters are compared before the halves are copied and compared)
        if ((n - gap) % 2 == 0 and half >= DOUBLED_MIN_CHARS and core[0] == core[half + gap]
                and core[half:half + gap].isspace() == bool(gap)
                and core[:half] == core[half + gap:]):
            return (any(ch.isalpha() for ch in core[:half]) and not ends_sentence(core[:half])
                    and count_words(core[:half], DOUBLED_MAX_WORDS) <= DOUBLED_MAX_WORDS)
    return False


SOURCE_LABEL_WORDS = 4


def source_label(name: str) -> bool:
    """A name alone on its line before a colon: the outlet a blog quotes ('Daily Mail:') or an
    author's stub ('Jane Roe:'): at most four capitalised words, no digit (a label 'Key points:'
    or a lead-in 'He said:' has a word in lower case, and stays)."""
    return (bool(name) and ":" not in name and is_label(name, SOURCE_LABEL_WORDS)
            and name_words_only(name) and not any(ch.isdigit() for ch in name))



TICKER_ITEMS = 4  # a line of this many bar-separated headlines or more is a ticker
TICKER_ITEM_WORDS = 14


def headline_ticker(core: str) -> bool:
    """A ticker of headlines on one line, split by bars ('Police arrest two | Floods hit the
    north | ...'): TICKER_ITEMS items or more, each short and none a sentence with a full stop."""
    if core.count("|") < TICKER_ITEMS - 1:
        return False
    items = [f.strip() for f in core.split("|") if f.strip()]
    return len(items) >= TICKER_ITEMS and all(
        count_words(f, TICKER_ITEM_WORDS) <= TICKER_ITEM_WORDS and not f.endswith(".")
        for f in items)
