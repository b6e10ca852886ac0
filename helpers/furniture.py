"""Page furniture, by kind: the rules that take a line out of an article's body.

Each rule describes a kind of furniture that any news site may carry (menus and language
switchers, skip links, share, comment and follow widgets, print controls, previous/next links,
appeals, cookie and legal notices, adverts, related-headline lists, rate and weather boxes, photo
credits and captions, tag lists, interface text in another script) and never a particular page.
The phrases that name each kind are data in helpers/lexicon (furniture_lines: whole lines;
furniture_openers: a line's opening words; related_markers, taxonomy_labels, advert_labels,
rates_weather_labels, caption_phrases, language_names); the line shapes are code here.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from . import lexicon
from .bylines import BYLINE
from .captions import (
    credit_after_caption,
    credit_rules,
    might_be_credit,
    photo_credit_line,
    slash_credit,
    source_credit,
)
from .date_fields import script_dates
from .datelines import date_only
from .dates import find_dates
from .furniture_shapes import COUNTED_RULES, said_guard, without_counters
from .furniture_zones import editor_initials, embed_title, glued_links, timed_headline
from .literals import Needs, Scan, Seen, needs
from .menus import (
    doubled_label,
    is_hashtag_line,
    is_language_menu,
    other_latin_language,
    source_label,
)
from .openings import OrderedPatterns
from .textlines import (
    CYRILLIC,
    LATIN,
    SAMPLE_CHARS,
    count_words,
    ends_sentence,
    fewest_words,
    is_label,
    latin_language,
    mostly_latin,
    name_words_only,
    other_letters,
    other_script,
    own_script_headline,
)
from .widget_rows import row_rule

SOURCE_URL = re.compile(
    r"^(?:source url|original url|url|link|permalink|canonical|article url|original article)"
    r"\s*:\s*<?(https?://\S+?)>?$",
    re.I,
)
_LIST_SEPARATOR = re.compile(r"\s[|•·;]\s|;\s")
CITATION = re.compile(r"^(?:source|sources|originally published|first published|via)\s*:", re.I)


@dataclass(frozen=True)
class LineRules:
    """The furniture phrases of helpers/lexicon, compiled (see line_rules)."""

    whole: OrderedPatterns  # a whole line of furniture: pattern k is row k of whole_rows
    whole_rows: tuple[tuple[str, int], ...]  # (rule, max_words)
    # for n words (up to the widest row's number and one more), how many rows allow n words
    whole_stops: tuple[int, ...]
    openers: OrderedPatterns  # furniture that opens a line: pattern k is row k of opener_rows
    opener_rows: tuple[tuple[str, int], ...]
    advert: re.Pattern
    rates_weather: re.Pattern
    related: re.Pattern
    related_inline: re.Pattern  # "Related: Floods hit the west | New metro line opens"
    taxonomy: re.Pattern
    captions: re.Pattern  # a phrase of a photo caption, anywhere in a line
    caption_needs: Needs | None  # the words a line needs for captions to match in it
    languages: frozenset[str]  # language names (casefolded) of a language switcher
    # every pattern read from a line's start, the openers last: a line that none of them
    # matches matches no pattern read from its start
    starts: OrderedPatterns
    # the first words of every need of whole, starts and captions, the credit and cookie words
    # and the language names: found in a line at once (line_rule's seen)
    scan: Scan


@lru_cache(maxsize=4)
def _compile(whole: tuple[tuple[str, str, str], ...], openers: tuple[tuple[str, str, str], ...],
             related: tuple[str, ...], taxonomy: tuple[str, ...], advert: tuple[str, ...],
             rates: tuple[str, ...], captions: tuple[str, ...],
             languages: tuple[str, ...], guard: str) -> LineRules:
    """The rules of the rows (guard: said_guard(), which some rows open with)."""
    markers = "|".join(related)
    patterns = {
        "advert": re.compile(rf"^(?:{'|'.join(advert)})\b", re.I),
        "rates_weather": re.compile(rf"^(?:{'|'.join(rates)})$", re.I),
        "related": re.compile(rf"^(?:{markers})\s*:?$", re.I),
        "related_inline": re.compile(rf"^(?:{markers}|read more|more on this|read)\s*:\s*\S",
                                     re.I),
        "taxonomy": re.compile(rf"^(?:{'|'.join(taxonomy)})\s*:", re.I),
    }
    # one pattern per row, matched at the line's start: what follows the row's match is any
    # text; each row is tried only on lines opening with characters its match may open with
    opener_set = OrderedPatterns.of(tuple(rf"\A(?:{r[0]})(?s:.*)" for r in openers), re.I,
                                    guard)
    others = (SOURCE_URL, BYLINE, CITATION, *patterns.values())
    # one pattern per row, tried in order on the whole line (\A: a search for one of them
    # cannot start again at every character)
    whole_set = OrderedPatterns.of(tuple(rf"\A(?:{r[0]})\s*[:.!]?" for r in whole), re.I,
                                   guard)
    starts = OrderedPatterns.of(tuple(rf"\A(?:{p.pattern})(?s:.*)" for p in others)) + opener_set
    caption_needs = needs("|".join(captions), re.I)
    languages_folded = frozenset(n.casefold() for n in languages)
    return LineRules(
        whole=whole_set,
        whole_rows=tuple((r[1], int(r[2])) for r in whole),
        whole_stops=_stops(tuple(int(r[2]) for r in whole)),
        openers=opener_set,
        opener_rows=tuple((r[1], int(r[2])) for r in openers),
        starts=starts,
        captions=re.compile("|".join(captions), re.I),
        caption_needs=caption_needs,
        scan=Scan.of((*whole_set.needs, *starts.needs, caption_needs,  # (openers: in starts)
                      credit_rules().needs), COOKIE_WORDS | languages_folded),
        languages=languages_folded,
        **patterns,
    )


def _stops(widths: tuple[int, ...]) -> tuple[int, ...]:
    """For each number of words n from 0 to the widest width + 1, how many of the widths (widest
    first) allow n words: the rows tried on a line of n words."""
    widest = widths[0] if widths else 0
    return tuple(bisect_right(widths, -n, key=lambda w: -w) for n in range(widest + 2))


def _rows(name: str, match: str | None = None) -> tuple[tuple[str, str, str], ...]:
    """(pattern, rule, max_words) of a list; of a class list (class_lists()), the rows whose
    `match` is the given one ('line' or 'opens'), NETWORKS standing for the social networks."""
    frame = lexicon.table(name)
    odd = frame.index[~frame["max_words"].str.isdecimal()
                      | (match is not None and ~frame.get("match", frame["rule"]).isin(
                          {"line", "opens"}))]
    if len(odd):
        raise lexicon.LexiconError(
            f"{lexicon.FOLDER / name}.csv: row {int(odd[0]) + 2} has no whole number in"
            " max_words" + (" or no 'line'/'opens' in match" if match else "")
            + " (a comment holding a comma must be quoted)")
    if match is not None:
        frame = frame[frame["match"] == match]
        networks = "|".join(lexicon.terms("social_networks"))
        frame = frame.assign(pattern=frame["pattern"].str.replace("NETWORKS", networks))
    if name in _NOTICE_LISTS or name.startswith(WORLD_PREFIX):  # a reported sentence
        frame = frame.assign(pattern=said_guard() + "(?:" + frame["pattern"] + ")")
    return tuple(zip(frame["pattern"], frame["rule"], frame["max_words"], strict=True))


# one list per class of furniture: whole lines (match=line) and openers (match=opens); then, in
# class_lists(), every furniture_world_*.csv on disk (furniture in sentence form, one list per
# language group): their rows and the legal and cookie notices never take a line holding an
# attribution (see _rows)
WORLD_PREFIX, _NOTICE_LISTS = "furniture_world_", ("furniture_legal", "furniture_cookies")
_CLASS_LISTS = ("furniture_skip_links", "furniture_appeals", "furniture_share_follow",
                "furniture_controls", "furniture_legal", "furniture_related", "furniture_comments",
                "furniture_author_bio", "furniture_captions", "furniture_cookies",
                "furniture_navigation", "furniture_adverts", "furniture_page_notices",
                "furniture_site_tools", "furniture_contacts", "furniture_labels_world")
_LISTS = ("furniture_lines", "furniture_openers", "related_markers", "taxonomy_labels",
          "advert_labels", "rates_weather_labels", "caption_phrases", "language_names",
          "social_networks", "photo_credit_words", "notice_attributions", *_CLASS_LISTS)


def class_lists() -> tuple[str, ...]:
    """The class lists: the fixed ones, then the language groups' lists now on disk."""
    return _CLASS_LISTS + lexicon.family(WORLD_PREFIX)


def _class_rows(names: tuple[str, ...], match: str) -> tuple[tuple[str, str, str], ...]:
    return tuple(row for name in names for row in _rows(name, match))


def _widest_first(rows: tuple[tuple[str, str, str], ...]) -> tuple[tuple[str, str, str], ...]:
    """The rows, those allowing more words first: the first row whose phrase fits a line is the
    one tried against its length, so a narrow row must not hide a wider one that fits too."""
    return tuple(sorted(rows, key=lambda r: -int(r[2])))


@lru_cache(maxsize=4)
def _rules_for(names: tuple[str, ...], _stamps: tuple[tuple[int, int], ...]) -> LineRules:
    """The rules from the lists as they are on disk (names: the class lists; _stamps: the sizes
    and modification times of every list, so that an edited or added list is read again)."""
    return _compile(_widest_first(_rows("furniture_lines") + _class_rows(names, "line")),
                    _widest_first(_rows("furniture_openers") + _class_rows(names, "opens")),
                    lexicon.terms("related_markers"), lexicon.terms("taxonomy_labels"),
                    lexicon.terms("advert_labels"), lexicon.terms("rates_weather_labels"),
                    lexicon.terms("caption_phrases"), lexicon.terms("language_names"),
                    said_guard())


def line_rules() -> LineRules:
    """The furniture phrases as they stand in helpers/lexicon now (read and compiled again only
    when a list changes on disk: an edited or added list takes effect at the next page)."""
    names = class_lists()
    return _rules_for(names, lexicon.stamps(*_LISTS, *names))


def _row_rule(row: int | None, rows: tuple[tuple[str, int], ...], core: str) -> str | None:
    """The rule of the row that matched, if the line is short enough for it."""
    if row is None:
        return None
    rule, max_words = rows[row]
    return rule if count_words(core, max_words) <= max_words else None


def _whole_row(core: str, rules: LineRules, seen: Seen | None = None) -> int | None:
    """The first row of rules.whole that the whole line matches, if the line is short enough
    for it to count. The rows are widest first, so those allowing fewer words than the line
    has come after all others: they are not tried (one of them could only be the first match
    when no row before it matches, and then the line is too long for it anyway). The words are
    not counted here: a bound below their number (fewest_words) skips fewer rows, and a row
    that matches first but is too narrow is turned down by _row_rule, which counts them (the
    rows after it are narrower still, so none of them would have counted either)."""
    stops = rules.whole_stops
    found = rules.whole.first_match(core, stops[min(fewest_words(core), len(stops) - 1)],
                                    seen)
    return None if found is None else found[0]


def _opener_row(core: str, rules: LineRules, seen: Seen | None = None) -> int | None:
    """The first row of rules.openers that matches the line's start."""
    found = rules.openers.first_match(core, None, seen)
    return None if found is None else found[0]


@dataclass(frozen=True)
class PageTraits:
    """What a page contains anywhere, found once per page. Where the page lacks something, the
    per-line test that looks for it would say False on every line, so it is skipped."""

    other_script: bool = True  # a letter of the script that the article is not written in
    credit_word: bool = True  # a line may hold a photo credit (captions.might_be_credit)
    english: bool = False  # the page is in English (its Latin-script lines in other languages go)
    latin_letters: bool = True  # most of the page's letters are Latin: a short line wholly in
    # another script is a foreign label ('العربية'); on an Arabic, Hebrew or Greek page a short
    # line of its own script that holds a date is its date line ('12 במרץ 2019'), no label

    @classmethod
    def of(cls, cores: list[str], script: str, cyrillic: bool = True,
           seen: list[Seen | None] | None = None) -> PageTraits:
        """The traits of a page's cores (no word can span two cores: they are joined by a line
        break, which no searched word contains). cyrillic: False when the page's text holds no
        Cyrillic letter, so that neither do its cores (made of the text's characters); seen:
        line_rules().scan.seen of each core (None for an empty one), when the caller has them:
        a line may hold a credit only if its scan holds the credit words."""
        page = "\n".join(cores)
        if script == "latin" and not cyrillic:
            other_script = False
        else:
            other_script = other_letters(script).search(page) is not None
        english = script == "latin" and latin_language(page[:SAMPLE_CHARS]) == "en"
        latin_letters = script == "latin" and mostly_latin(page[:SAMPLE_CHARS])
        # (a line's scan holds every credit word in it: the credit needs are scanned)
        scans = seen if seen is not None else [None] * len(cores)
        credit = any(core and might_be_credit(core, s)
                     for core, s in zip(cores, scans, strict=True))
        return cls(other_script=other_script, credit_word=credit, english=english,
                   latin_letters=latin_letters)


def line_rule(core: str, script: str, rules: LineRules, page: PageTraits = PageTraits(),
              opens: bool = True, seen: Seen | None = None) -> str | None:
    """The furniture rule that a single line matches, or None for article text (rules: from
    line_rules(); page: what the whole page contains, to skip tests that cannot succeed on it;
    opens: False when the line matches none of rules.starts, so that the patterns read from
    a line's start need not be tried one by one; seen: rules.scan.seen(core), when the caller
    has it: found once per line, it is shared by every rule that looks for words)."""
    if not (core[0].isalpha() or any(ch.isalpha() for ch in core)):  # (most start with one)
        if date_only(core) is not None:
            return None  # a numeric date ("05.11.2015"): the header pass decides what it is
        return "numbers_only" if any(ch.isdigit() for ch in core) else "symbols_only"
    # the cheap anchored patterns are tried before the words are counted
    if len(core) < 200 and (found := _row_rule(_whole_row(core, rules, seen),
                                                 rules.whole_rows, core)):
        return found
    if opens:
        if found := _row_rule(_opener_row(core, rules, seen), rules.opener_rows, core):
            return found
        if rules.advert.match(core) and is_label(core, 8):  # 'Advertising agencies said' stays
            return "advert"
    if page.credit_word and photo_credit_line(core, seen):
        return "photo_credit"
    if ((rules.caption_needs is None or rules.caption_needs.may_match(core, None, seen))
            and rules.captions.search(core) and count_words(core, 60) <= 60):
        return "photo_caption"
    if opens:
        if rules.rates_weather.match(core):
            return "rates_weather"
        if rules.related.match(core):
            return "related_headlines"
        if ":" in core[:40] and (m := rules.related_inline.match(core)) and (
                _LIST_SEPARATOR.search(core, m.end()) or count_words(core, 14) <= 14
                or (not ends_sentence(core) and count_words(core, 30) <= 30)):  # a headline
            return "related_headlines"
        if rules.taxonomy.match(core) and count_words(core, 12) <= 12:
            return "taxonomy"
    if ":" in core[:20] and source_credit(core):
        return "source_credit"
    return _shape_rule(core, script, rules, page, seen)


_TAXONOMY_BARE = re.compile(r"^(?:tags?|topics?|keywords|filed under|posted in|categories|теги)"
                            r"\s+(?P<rest>\S.*)$", re.I)


def _shape_rule(core: str, script: str, rules: LineRules, page: PageTraits,
                seen: Seen | None = None) -> str | None:
    """The rules that look at a line's shape rather than its opening words (seen: as for
    line_rule; a line that casefolds as it lower-cases holds a casefolded word only if its
    scan found it, which spares the cookie and language-menu tests)."""
    scanned = None  # seen.words, when the line casefolds as it lower-cases
    if seen is not None and (core.isascii() or core.casefold() == seen.low):
        scanned = seen.words
    if "©" in core and (core[0] == "©" or count_words(core, 15) <= 15) and count_words(
            core, 40) <= 40:  # (a photo credit '©REUTERS' was told apart before)
        return "legal_notice"
    if ("/" in core or " - " in core or len(core) < 40) and slash_credit(core):
        return "photo_credit"
    if ". " in core[-100:] and credit_after_caption(core):
        return "photo_caption"  # a caption closed by its credit: the line above is no caption
    if (scanned is None or not scanned.isdisjoint(COOKIE_WORDS)) and _is_cookie_notice(core):
        return "cookie_notice"
    if is_hashtag_line(core):
        return "taxonomy"
    if (m := _TAXONOMY_BARE.match(core)) and is_label(m.group("rest"), 10) and name_words_only(
            m.group("rest")):
        return "taxonomy"
    if found := row_rule(core):  # a menu, a row of counters or of share buttons
        return found
    if doubled_label(core):
        return "repeated_label"
    if core.endswith(":") and source_label(core[:-1]):
        return "source_label"
    if (scanned is None or not scanned.isdisjoint(rules.languages)) and is_language_menu(
            core, rules.languages):
        return "language_menu"
    if page.other_script and other_script(core, script) and date_only(core) is None:
        return "other_script_interface"
    if page.english and other_latin_language(core):
        return "other_language_interface"
    if (script == "latin" and not core.isascii() and _foreign_label(core, page.latin_letters)
            and (page.latin_letters or not (find_dates(core) or script_dates(core)))):
        return "other_script_interface"  # (a line with a full date, in any script, stays)
    if " " not in core and len(core) <= 40 and _IMAGE_NAME.fullmatch(core):
        return "image_name"
    if core[0].isdecimal() and timed_headline(core):
        return "timed_headline"
    if "/" in core and len(core) <= 100 and editor_initials(core):
        return "editor_initials"
    if glued_links(core):
        return "navigation_menu"
    if "." in core[-16:] and embed_title(core):
        return "embed_title"
    if (rest := without_counters(core)) and (
            found := _row_rule(_whole_row(rest, rules), rules.whole_rows, rest)) in COUNTED_RULES:
        return found  # a widget's label with its count or time: '3405 stampa questo articolo'
    return None


# an image's file name or alternative text on a line of its own: 'Leb-military', 'IMG_2041.jpg'
_IMAGE_NAME = re.compile(r"(?<![\w-])(?:[^\W\d_][^\W_]*+(?:[-_][^\W_]++)++"
                         r"(?:\.(?:jpe?g|png|gif|webp))?|[\w-]++\.(?:jpe?g|png|gif|webp))", re.I)


def _foreign_label(core: str, latin_page: bool) -> bool:
    """A short label (at most six words, no sentence) written wholly in a script that is neither
    Latin nor Cyrillic (a language link 'العربية' on an English page; latin_page: most of the
    page's letters are Latin), and no headline of that script."""
    return (is_label(core, 6) and LATIN.search(core) is None and CYRILLIC.search(core) is None
            and any(ch.isalpha() for ch in core) and not own_script_headline(core, not latin_page))


COOKIE_WORDS = frozenset({"cookie", "куки"})  # one of them is in every cookie notice


def _is_cookie_notice(core: str) -> bool:
    """A banner that names cookies and asks for consent (a word of cookie_consent_words), not a
    reported sentence about cookies."""
    low = core.casefold()
    if not any(word in low for word in COOKIE_WORDS):
        return False
    return (count_words(core, 80) <= 80 and lexicon.pattern("reporting_words").search(core) is None
            and any(w in low for w in lexicon.terms("cookie_consent_words")))
