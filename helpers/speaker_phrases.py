"""Speaker phrases as a reported-speech pattern finds them (helpers.attribution): the
connectors and quote marks around them trimmed, the name beside a description
("Murat Telibekov, director of ..., told": Murat Telibekov), and the word classes that open or
close no speaker phrase (prepositions, finite verbs, a clause with "what")."""

from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon
from .actors import find_actor
from .dates import weekday_names
from .people_phrases import people_nouns
from .scripts import WORD_CHARS

# a speaker phrase that holds "what" or "whom" is a clause ("for what police said were"), no name
CLAUSE = re.compile(r"\b(?:what|whom)\b", re.IGNORECASE)
# words that open no speaker phrase: an English preposition of prepositions.csv ("of the rescue
# efforts, told"), a finite verb ("..., is an increase from the 77 dead reported")
PREPOSITIONS = tuple(lexicon.table("prepositions").query("language == 'en'")["term"])
PREPOSITION = "(?:" + "|".join(PREPOSITIONS) + ")"
NOT_AFTER_PREPOSITION = "".join(rf"(?<!\b{w})" for w in PREPOSITIONS)  # fixed-width each
# "As" opening "As X reports, ..." in Ukrainian and Russian ("Як повідомляє ТАСС"): no name
AS_WORDS = "як|как"
FINITE = r"(?:is|was|are|were|has|have|had)"
# nouns of records that "show" a figure ("Official figures show 900 ...")
RECORDS = "estimates|figures|data|statistics|records|numbers|tallies|counts|surveys"


def pronouns(language: str | None = None, after_verb: bool = False) -> tuple[str, ...]:
    """The pronouns of speaker_pronouns.csv that refer back to the last speaker, of one
    language or of all; `after_verb`: those that may stand alone after an inverted verb."""
    return _pronouns(lexicon.version("speaker_pronouns"), language, after_verb)


@lru_cache(maxsize=16)
def _pronouns(_version: tuple, language: str | None, after_verb: bool) -> tuple[str, ...]:
    table = lexicon.table("speaker_pronouns")
    if language is not None:
        table = table[table["language"] == language]
    if after_verb:
        table = table[table["after_verb"] == "yes"]
    return tuple(table["term"])


def uk_pronouns(*cases: str) -> tuple[str, ...]:
    """The Ukrainian pronouns of uk_pronouns.csv in the given grammatical cases (every case when
    none is given), in file order: the one list every rule on Ukrainian pronouns reads."""
    table = lexicon.table("uk_pronouns")
    if cases:
        table = table[table["case"].isin(cases)]
    return tuple(table["pronoun"])



_SPACED_DASH = re.compile(r"(?:^|(?<=\s))[–—-](?=\s|$)")


def opens_aside(phrase: str) -> bool:
    """Whether a subject holds a spaced dash that no second one closes ("The group –" of "The
    group – said to number 300 – fled"): the verb after it stands in the aside, not after its
    subject ("The ministry – which runs the camps – said" closes it)."""
    return len(_SPACED_DASH.findall(phrase)) % 2 == 1


def negated(phrase: str) -> bool:
    """Whether a subject ends in a negation of negations.csv ("las autoridades todavía no han
    confirmado", "police have not said"), a clitic of negation_clitics.csv maybe after it ("las
    autoridades no lo han confirmado"): nobody says the rest."""
    head, _, last = phrase.rpartition(" ")
    if head and last.casefold() in lexicon.term_set("negation_clitics"):
        phrase = head.rstrip()  # "no lo han confirmado", "non l'hanno detto": the clitic after it
    return lexicon.pattern("negations", r"\b(?:WORDS)$").search(phrase) is not None


def ends_relative(phrase: str) -> bool:
    """Whether a subject ends with a relative pronoun of relative_pronouns.csv ("Police arrested
    12 men who", "jotka", "12 män som"): the verb after it is the relative clause's, and the
    phrase names no speaker. The pronoun is printed in lower case ("the WHO said": a name)."""
    last = phrase.rsplit(None, 1)[-1:]
    if not last or last[0] not in lexicon.term_set("relative_pronouns"):
        return False
    # a pronoun that is also an English noun ends an English phrase as that noun
    # ("the head of intensive care": relative_pronouns.csv, not_with)
    cue = _relative_cues(lexicon.version("relative_pronouns")).get(last[0])
    return cue is None or cue.search(phrase) is None


@lru_cache(maxsize=4)
def _relative_cues(_version: tuple) -> dict[str, re.Pattern[str]]:
    """The English cue of each relative pronoun that has one (relative_pronouns.csv, not_with)."""
    table = lexicon.table("relative_pronouns")
    return {t: re.compile(c, re.IGNORECASE)
            for t, c in zip(table["term"], table["not_with"], strict=True) if c}


def _leading() -> re.Pattern[str]:
    """The connectors of leading_connectors.csv that open a clause ("Además, señaló"), with a
    comma or not, as often as they repeat, at the start of a phrase."""
    return lexicon.pattern("leading_connectors", r"^(?:(?:WORDS),?(?:\s+|$))+")


@lru_cache(maxsize=4)
def _pronoun_then(_version: tuple) -> re.Pattern[str]:
    """A pronoun after an inverted verb, then where or to whom it was said ("..., sagte er im
    ARD-Morgenmagazin", "dijo ella en una entrevista"): the pronoun alone is the speaker phrase
    (speaker_pronouns.csv, after_verb)."""
    return re.compile(rf"^({'|'.join(pronouns(after_verb=True))})\s+"
                      r"(?=[a-zäöüßáéíóúàèìòùç«„\"“])")


@lru_cache(maxsize=1)
def _weekdays() -> frozenset[str]:
    """The full English weekday names ("Mahfud on Tuesday said"), from helpers.dates."""
    return frozenset(weekday_names("en", full=True))


def trim_end(phrase: str) -> str:
    """The phrase without closing auxiliaries, adverbs and 'on <weekday>', word by word from
    the end (linear, where a pattern anchored at the end is tried at every position), and
    without an Indonesian audience ("kepada wartawan") or a closing "for its part" ("de son
    côté": speaker_trailing_phrases.csv). The auxiliaries, adverbs and Hungarian weekdays:
    subject_trailing_words.csv."""
    trailing = lexicon.term_set("subject_trailing_words")
    if phrase.count(" ") > 1:  # "précise le PNAT de son côté": speaker_trailing_phrases.csv
        phrase = lexicon.pattern("speaker_trailing_phrases", r"(?<=\w) (?:WORDS)$").sub("", phrase)
    words = phrase.split(" ")
    if "kepada" in words[1:]:  # Indonesian "X kepada wartawan mengatakan": the one told
        words = words[:words.index("kepada", 1)]
    while words:
        last = words[-1].casefold()
        if last in trailing and len(words) > 1:
            words.pop()
        elif len(words) > 2 and words[-2].casefold() == "on" and last in _weekdays():
            del words[-2:]
        elif len(words) > 1 and last in _weekdays() and (words[-2].islower() or len(words) > 2):
            words.pop()  # "said the minister Sunday", "said Mayor Eric Adams Sunday"; not "said
            # Joe Friday": one capitalised word before the weekday, which is a surname
        else:
            break
    return " ".join(words)


def inverted(phrase: str) -> bool:
    """Whether a subject phrase and the comma after it are a clause with a figure before an
    inverted verb ('... bei rund 600, sagte X', '... 200 детей, сообщил глава', 'Er zijn twaalf
    doden, zegt X': a number in digits or words): what was said, not who said it."""
    if not phrase.endswith(",") or "," in phrase[:-1]:
        return False
    numbers = lexicon.term_set("number_words")
    return any(c.isdigit() for c in phrase) or any(
        w in numbers for w in re.findall(r"\w+", phrase.casefold()))


# the one told, printed beside an inverted speaker: Spanish "dijo a Efe el portavoz", Dutch
# "zei de burgemeester tegen de NOS"
_AUDIENCE = re.compile(r"^a\s++(?:[\w.’'-]+\s+){1,4}?(?=(?:el|la|los|las)\s)"
                       r"|(?<!\s)\s++tegen\s[^,]{1,60}$")  # linear: one start per space run
# the medium a speaker used, printed after it ("précise le ministère dans un communiqué", "said
# the police in a statement", "informó la Policía en un comunicado"): no part of the speaker
# (the nouns of medium_nouns.csv; linear: one start per space run)
_MEDIUM = (r"(?<!\s)\s++(?:dans|in|en|im)\s++(?:un|une|a|an|its|their|his|her|su|sus|son"
           r"|sa|einer|einem|een)\s++(?:WORDS)\b.*$")
# a sentence's full stop after a word ("..., sebut Budi Santoso."), not an initial's ("U.S.")
_FULL_STOP = re.compile(r"(?<=\w\w)(?<![A-Z]\w)\.$")
# a dateline glued before a speaker that opens the paragraph: a place in capitals ("KUALA
# LUMPUR — Malaysian police", "SIRACUSA - Alcuni ...") or a place with its agency in brackets
# ("Beirut (AFP) – Syria's Kurds"), then a spaced dash
_DATELINE = re.compile(r"^(?:[A-ZÀ-ÖØ-ÞА-ЯЁ][A-ZÀ-ÖØ-ÞА-ЯЁ'’.-]+(?:\s+[A-ZÀ-ÖØ-ÞА-ЯЁ'’.-]+){0,3}"
                       r"(?:\s+\([^()]{1,30}\))?"
                       r"|[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’.-]*(?:\s+[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’.-]*){0,3}"
                       r"\s+\([^()]{1,30}\))\s+[-–—]\s+(?=\S)")


def clean_phrase(phrase: str) -> str:
    """The phrase without quote marks, commas, leading connectors ("and", "but", "Q"), a
    dateline ("KUALA LUMPUR — ", "Beirut (AFP) – "), a
    closing auxiliary or adverb ("have", "now"), a sentence's full stop and the one told
    ("a Efe", "tegen de NOS"); a pronoun alone when words of place or audience follow it
    ("er im ARD-Morgenmagazin": "er"); "" for a count ("Het aantal", count_subjects.csv)."""
    phrase = trim_end(_leading().sub("", phrase.strip(" \"“”'")).strip(" ,")).strip(" ,")
    if phrase[:1].isupper() and ("-" in phrase or "–" in phrase or "—" in phrase):  # _DATELINE
        phrase = _DATELINE.sub("", phrase)
    if "." in phrase[-2:]:  # what _FULL_STOP needs ("." last, or before a closing newline)
        phrase = _FULL_STOP.sub("", phrase)
    if phrase.startswith("a") or "tegen" in phrase:  # what either branch of _AUDIENCE needs
        phrase = _AUDIENCE.sub("", phrase)
    phrase = lexicon.pattern("medium_nouns", _MEDIUM, 0).sub("", phrase)
    pronoun = _pronoun_then(lexicon.version("speaker_pronouns")).match(phrase)
    if pronoun:
        return pronoun.group(1)
    # a count or an article alone as subject ("Het aantal bevestigde ...", "The confirmed ..."):
    # no speaker (count_subjects.csv); only a phrase of at most five words can be one (the list
    # is read for those alone), and never an acronym ("UN", "EL": no article "un", "el")
    if phrase.count(" ") > 4 or not phrase or phrase.isupper():
        return phrase
    return "" if lexicon.pattern("count_subjects", r"^(?:WORDS)$").match(phrase) else phrase




def honorifics(reader: str) -> str:
    """The honorifics of honorifics.csv that `reader` (person, name, chunk) reads, as an
    alternation ("Mr|Mrs|Ms|...")."""
    return _honorifics(lexicon.version("honorifics"), reader)


@lru_cache(maxsize=8)
def _honorifics(_version: tuple, reader: str) -> str:
    table = lexicon.table("honorifics")
    return "|".join(t for t, r in zip(table["term"], table["read_by"], strict=True)
                    if reader in r.split())


@lru_cache(maxsize=4)
def _named_chunk(titles: str) -> re.Pattern[str]:
    """A name (up to four capitalised words, after honorifics: `titles`) that opens with no
    preposition, article or connector."""
    return re.compile(r"(?!(?:In|On|At|By|For|From|As|After|Before|Since|During|With|The|A|"
                      r"An|This|That|But|And|Yet|So|Then|Now|Last|Next)\b)"
                      rf"(?:(?:{titles})"
                      r"\.?\s+)*+(?:[A-Z]\.\s?)*+[A-Z][\w'’-]++"
                      r"(?:\s+(?:[A-Z]\.\s?)*+[A-Z][\w'’-]++){0,3}")


_DESCRIPTION = re.compile(r"^(?:[Aa]n?|[Tt]he|[Ww]ho|[a-z]+\s+(?:of|for|at))\b")
# "according to" and its kin right before a phrase: the words before it are what was said
_SOURCE_BEFORE = re.compile(r"\b(?:according\s+to|based\s+on|[Ss]elon|[Ss]egún|[Ll]aut|[Vv]olgens)"
                            r"\s*+$", re.IGNORECASE)


def appositive(before: str, phrase: str) -> str:
    """The name that a description stands beside: "..., Murat Telibekov, director of ...,
    told" and "Lalu Iqbal, who directs the ministry's department, told" are the named person.
    Empty when the phrase is a known actor, follows "according to" ("..., Raqqa, according to
    the BBC") or the chunks before it are no name. `phrase`: as clean_phrase leaves it."""
    if not _DESCRIPTION.match(phrase) or find_actor(phrase) is not None:
        return ""  # (the cheap test first: most phrases are no description)
    if _SOURCE_BEFORE.search(before):
        return ""  # "..., Raqqa, according to the BBC": what was said, no name beside it
    chunks = [c for c in (clean_phrase(c) for c in before.split(",")[-3:]) if c]
    for chunk in reversed(chunks[-2:]):  # "Name, director of [the X]": two chunks at most
        if len(chunk.split()) > 6 or any(c.isdigit() for c in chunk):
            return ""  # a clause or a count ("along with 1,030 others"), not a name or a role
        named = find_actor(chunk)
        if named is not None and named.is_person:
            return named.canonical_name
        if _named_chunk(honorifics("chunk")).fullmatch(chunk):
            return chunk
    return ""


# names joined by "and" or commas ("Borno, Yobe and Adamawa"): a plural subject
_NAME_LIST = re.compile(r"^[A-Z][\w'’-]*+(?:\s++[A-Z][\w'’-]*+)*+"
                        r"(?:(?:,\s++|,?\s++and\s++)[A-Z][\w'’-]*+(?:\s++[A-Z][\w'’-]*+)*+)++$")


def names_before_noun(phrase: str, rest: str) -> bool:
    """Whether a list of names ("Yobe and Adamawa") stands before a word in -s ("states",
    "reports"): a plural subject takes no verb in -s, so the word is a plural noun and the
    names qualify it ("in Yobe and Adamawa states"), naming no speaker."""
    word = rest.split(maxsplit=1)[0] if rest.strip() else ""
    return bool(_NAME_LIST.fullmatch(phrase.strip())) and word.rstrip(".,;:!?").endswith("s")


# a name in any script: words that open with a capital, small particles between them
# ("Joel Millman", "Jesús Antonio Rosso", "Ursula von der Leyen", "Александр Бортников")
_NAME_WORD = re.compile(r"[^\W\d_][\w'’.-]*+")


@lru_cache(maxsize=4)
def _particles(_version: tuple) -> frozenset[str]:
    """The particles that may stand in a name beside a role (name_particles.csv, beside)."""
    table = lexicon.table("name_particles")
    return frozenset(table.loc[table["beside"] == "yes", "term"])


@lru_cache(maxsize=2)
def _person_role(_version: tuple) -> re.Pattern:
    """A person's role (titles_roles.csv, role "yes") as a word of a phrase."""
    table = lexicon.table("titles_roles")
    roles = "|".join(table.loc[table["role"] == "yes", "term"])
    return re.compile(rf"(?<![\w-])(?:{roles})(?![\w-])", re.IGNORECASE)


def role_matches(phrase: str) -> list[re.Match[str]]:
    """Every person's role (titles_roles.csv, role "yes") that a phrase holds, in order."""
    return list(_person_role(lexicon.version("titles_roles")).finditer(phrase))


def person_role(phrase: str) -> bool:
    """Whether a phrase holds a person's role (titles_roles.csv, role "yes")."""
    return _person_role(lexicon.version("titles_roles")).search(phrase) is not None


def name_beside(phrase: str, after: str) -> str:
    """The name printed beside a role after a source word, between commas or closing the
    sentence: "according to the spokesman of the IOM, Joel Millman, 100 ..." (phrase "the
    spokesman of the IOM", after ", Joel Millman, 100 ..."): "Joel Millman"; "..., selon le
    ministre de l'Intérieur, Gérard Collomb.": "Gérard Collomb". Empty when the phrase names no
    person's role (titles_roles.csv: "according to the ministry, Islamic State, ..."), or what
    follows is no name closed by a comma or the sentence's end ("..., 45, was arrested")."""
    if not person_role(phrase):
        return ""
    m = re.match(r"\s*,\s+([^,;:.!?«»\"“”()]{3,60}?)(?:,\s*(?!\d)|\s*[.!?]?\s*$)", after)
    if not m:
        return ""
    words = m.group(1).split()
    if not 2 <= len(words) <= 5 or not words[0][0].isupper() or not words[-1][0].isupper():
        return ""
    particles = _particles(lexicon.version("name_particles"))
    if not all(_NAME_WORD.fullmatch(w) and (w[0].isupper() or w in particles) for w in words):
        return ""
    return "" if any(_body_word(w) for w in words) else m.group(1)


def _body_word(word: str) -> bool:
    """A word of a body's, a group's or a state's name, never of a person's ("Islamic State":
    body_name_words.csv, institution_nouns.csv) or a people noun ("Foreign Fighters")."""
    lower = word.casefold()
    return (lower in lexicon.term_set("body_name_words") or lower in people_nouns().plural
            or lexicon.pattern("institution_nouns", r"^(?:WORDS)$").match(word) is not None)


def _record_words(kind: str) -> frozenset[str]:
    """The nouns of estimates that name nobody alone, or the articles before them
    (unowned_records.csv)."""
    return _records(lexicon.version("unowned_records")).get(kind, frozenset())


@lru_cache(maxsize=2)
def _records(_version: tuple) -> dict[str, frozenset[str]]:
    table = lexicon.table("unowned_records")
    return {kind: frozenset(group["term"]) for kind, group in table.groupby("kind")}


def lone_word(phrase: str) -> str:
    """What a speaker phrase of one word that names nobody is: "impersonal" for an impersonal
    subject ("se ha informado", "on dit": impersonal_subjects.csv), "joiner" for a clause joiner
    alone ("y ha afirmado": clause_joiners.csv), "time" for a weekday or adverb alone before
    the verb ("..., svētdien paziņoja glābēji": subject_trailing_words.csv), else ""."""
    words = phrase.casefold().split(None, 2)  # any run of white space, at either end too
    if len(words) <= 2:
        if len(words) == 2 and words[0] in _record_words("article"):
            words = words[1:]  # "les estimations"
        if len(words) == 1 and words[0] in _record_words("noun"):
            return "impersonal"  # "according to estimates": nobody named (unowned_records.csv)
    if " " in phrase:
        return ""
    word = phrase.casefold()
    if word in lexicon.term_set("impersonal_subjects"):
        return "impersonal"
    if word in lexicon.term_set("subject_trailing_words"):
        return "time"
    return "joiner" if word in lexicon.term_set("clause_joiners") else ""


def prepositions() -> frozenset[str]:
    """The prepositions of every language of prepositions.csv (and the genitive articles that
    stand for one: "des"), casefolded."""
    return _prepositions(lexicon.version("prepositions"))


@lru_cache(maxsize=2)
def _prepositions(_version: tuple) -> frozenset[str]:
    return frozenset(t.casefold() for t in lexicon.terms("prepositions"))


def holds_clause(phrase: str) -> bool:
    """Whether a speaker phrase holds, after its first word, a conjunction that opens what was
    said ("hoy que las tropas han capturado a 300": said_conjunctions.csv, clause): a clause. The
    conjunction is printed in lower case (not a word of a name: "Ernesto Che Guevara"), some
    word follows it, and no preposition stands right before it ("the governor of that
    province": a demonstrative)."""
    conjunctions = _clause_conjunctions(lexicon.version("said_conjunctions"))
    words, before_words = re.findall(WORD_CHARS, phrase), prepositions()
    return any(word.islower() and word.casefold() in conjunctions
               and words[i - 1].casefold() not in before_words
               for i, word in enumerate(words[1:-1], start=1))


@lru_cache(maxsize=2)
def _clause_conjunctions(_version: tuple) -> frozenset[str]:
    """The conjunctions of said_conjunctions.csv that open a clause in a speaker phrase (clause
    "yes"), casefolded."""
    table = lexicon.table("said_conjunctions")
    return frozenset(t.casefold() for t in table.loc[table["clause"] == "yes", "term"])
