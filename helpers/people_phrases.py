"""The group of people a number counts: the noun phrase right after the number.

`people_after(after, nouns, value)` reads the words after a number and returns the counted
group ("Kazakhstan citizens", "one man", "40 relatives", "of its citizens", "or so U.K.
citizens", "out of 40 returnees", "were women") or None when the number counts something else
("80 countries", "two fighter jets", "12 police stations"). The nouns come from
helpers/lexicon/people_nouns.csv; a demonym not in the list is recognised by its form
("Moroccans", "Dagestanis").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from . import lexicon
from .numbers import number_words
from .partitive_groups import partitive_group
from .people_counters import counter_after
from .scripts import SENTENCE_ENDS


def _demonym() -> re.Pattern[str]:
    """A plural demonym ("Moroccans", "Dagestanis", "Iraqis": demonym_endings.csv), with two
    letters or more before the ending, so that a title-case "Plans" or "Loans" is no people."""
    return lexicon.pattern("demonym_endings", r"^[A-Z][a-zà-ÿ]{2,}(?:WORDS)$", 0)


# Turkish: an acronym with the suffix -lı/-li/-lu/-lü, a member of a group or a person of a
# country ("DEAŞ’lı", "PKK’lı", "ABD’li"); one word, so no run to backtrack
_MEMBER_TR = re.compile(r"^[A-ZÇĞIİÖŞÜ]{2,}+['’]l[ıiuü]$")
# a Turkish verb form ending a clause after such a word ("2 PKK’lı yakalandı", "tutuklanmış"):
# the word names people; a lower-case noun there instead is what it modifies ("3 AB’li şirket")
_TR_VERB_FORM = re.compile(r"(?:[dt][ıiuü]|m[ıiuü]ş|yor|[ae]c[ae]k|[dt][ıiuü]r|[dt][ıiuü]l[ae]r"
                           r"|m[ıiuü]şt[ıiuü]r)$")
_TR_NEXT = re.compile(r"(?<!\s)\s++([a-zçğıöşü]++)\b")
# a compound whose last part is the plural of "man": "lögreglumenn", "brandmænd" (lexicon)
_COMPOUND = r"[^\W\d_]{3,}(?:WORDS)"
# "two 16-year-olds", German "drei 17-Jährige", Dutch "twee 15-jarigen": people by their age
_AGED = re.compile(r"^\d{1,2}-(?:year-olds|jährige|jährigen|jarigen)$", re.IGNORECASE)
# Russian demonyms by their ending: "чеченцев", "сирийцев", "иракцев", "немцев", "чеченцы",
# "два дагестанца" ("месяцев", months, ends otherwise: -яцев); women: "26 россиянок"
_DEMONYM_RU = re.compile(r"^[а-яё]{2,}(?:[нйкм]цев|[нйкм]цы|[нйкм]ца)$"
                         r"|^[а-яё]{4,}(?:янок|анок|янки|анки)$")
_NOT_DEMONYM_RU = frozenset("танцев танцы танца концев концы конца пальцев".split())
# a lower-case plural right after a word that only looks like a demonym ("Balkans countries",
# "Athens suburbs"): that word names a place
_PLACE_BEFORE_NOUN = re.compile(r"(?<!\s)\s++[a-z]++(?<=[a-z]{2}[^su\W]s)\b")
_STOP_WORDS = frozenset("""
and or but in into on at to from for with by who whom which that than as are were is was have
has had will would been be being the a an of said says told their his her its they them these
those this there when where while after before since during until
mit met avec ohne zonder sans if unless whether because although though nor
""".split())  # "with" in German, Dutch and French ("2015 mit ihren drei Kindern"); a conjunction
# opens a clause ("Call 112 if people are trapped"): either way the number counts no group
_CASES = re.compile(r"\bsuch\s+cases$|\bcases\s+of\s+(?:departure|travel|leaving|people)",
                    re.IGNORECASE)
_PUNCT = ".,;:!?\"'“”‘’()«»„،؛" + SENTENCE_ENDS  # guillemets ("12 человек»,"); the Arabic
# comma; the sentence ends of other scripts glued to a noun ("5 հազար մարդ։", "ሰዎች።", "افراد۔")
# after a word that is also an adjective: the noun phrase ends there ("two Irish and at least")
_NOUN_PHRASE_ENDS = re.compile(r"[,.;:!?)]|(?<!\s)\s*+$|(?<!\s)\s++(?:and|or|were|are|was|is|who|"
                               r"had|have|has|in|from|on|at|to|with|remain|remained)\b")
_THEY_ARE = re.compile(r"(?<!\s)\s++(?:were|are|was|had|have|has|[a-z]+ed)\b")
# "500 or so U.K. citizens", "300 or more", "300-plus fighters", "40-odd men", "1,000+ people"
_OR_SO = re.compile(r"(?<!\s)\s++or\s++(?:so|more)\b|\+|[-\s]plus\b|-odd\b")
_OF_THEM = r"(?<!\s)\s++(?:WORDS)\b"  # a word of lexicon/of_them.csv right after the number
# a singular noun after "one" ends its phrase ("one man was", "one British man, ...", "one child
# injured"); "one fighter jet", "one suspect package" go on to another noun
_SINGULAR_ENDS = re.compile(r"[,.;:!?)]|(?<!\s)\s*+$|(?<!\s)\s++(?:[^a-z\s]|(?:and|or|were|are|was|"
                            r"is|who|had|have|has|in|from|on|at|to|with|remain|remained|said|told|"
                            r"dead|alive|went|got|became|whose|which|that|held|[a-z]+ed|[a-z]+s)\b)")
# a demonym in the singular form where its phrase ends: "one American", "the 51 Malaysian held"
_DEMONYM_ONE = re.compile(r"^[A-Z][a-z]{2,}(?:ian|an|ani|i|ese|ish)$")  # "two Dutch, one Danish"
# ... and before "of" ("378 personnel of the NDRF", "four crew of the ship", "two accused of")
_ADJECTIVE_ENDS = re.compile(rf"{_NOUN_PHRASE_ENDS.pattern}|(?<!\s)\s++(?:[a-z]+ed|held|of)\b")
# ... or before an auxiliary of phrase_end_verbs.csv ("dva moška sta umrla", "dve ženski sta bili")
_PHRASE_END = r"(?<!\s)\s++(?:WORDS)(?![^\W\d_])"
_WORD = re.compile(r"(?<!\s)\s*+([^\s—–]++)")  # a dash glued to words ends one ("two women—were")
_ONE_OF = re.compile(r"(?<!\s)\s*+(?:out\s++)?(?:of|из)\b", re.IGNORECASE)
# "six of the 31 members", "12 out of 40 returnees", "600 of its citizens", "19,000 of over
# 40,000 foreign fighters"
_OF_THE = re.compile(r"(?<!\s)\s++(?:(?:out\s++)?(?:of|van|von)\s++(?:(?:the|our|their|its|his|her"
                     r"|de|den|der)\b"
                     r"(?:\s++\d[\d,]*+\b)?|(?:(?:over|some|about|nearly|almost|around)\s++)?"
                     r"\d[\d,]*+\b)|from\s++\d[\d,]*+\b"
                     r"|(?:los|las)\b)", re.IGNORECASE)  # Spanish "son 40 los migrantes muertos"
# "200 were women", "60 are children", "the 30 were all civilians"
_WERE = re.compile(r"(?<!\s)\s++(?:were|are)\s++(?:(?:also|all|mostly|reportedly)\s++)?",
                   re.IGNORECASE)
# a short quotation right after a number, before its noun ('five "cruel and ruthless" Britons')
_QUOTED_LEAD = re.compile(r'(?<!\s)\s++(?:"[^"\n]{1,60}+"|“[^”\n]{1,60}+”|«[^»\n]{1,60}+»)'
                          r'(?=\s++[\w])')
# French and Spanish "porte à 12 le nombre de morts", "eleva a 30 el número de víctimas": the
# group is named after the number by "the number of"
_NUMBER_OF_AFTER = re.compile(r"(?<!\s)\s++(?:le|el)\s++(?:nombre|número|total|bilan|cifra)\s++"
                              r"(?:de\s++(?:los\s++|las\s++)?|des\s++|d['’]|del\s++)"
                              r"(?P<noun>[\w'’-]++)", re.IGNORECASE)
# "another two, both civil servants", "the three, all women,"
_APPOSITION = re.compile(r",\s*+(?:both|all)\s++", re.IGNORECASE)
_DIGIT_END = re.compile(r"\d$")  # "4 of the 12"
_ACRONYM = re.compile(r"\([A-Z]{2,}\)")  # "Islamic State (IS) fighters"
_WORD_START = re.compile(r"[\w-]")
# a Turkish or Azerbaijani case ending after a curly apostrophe ("5700’den fazla", "50’ye yakın"),
# read as after a straight one; never the possessive of a list item ("32’si Almanya")
_CASE_AFTER_NUMBER = re.compile(r"’(?:[dt][ae]n|y?[ae])$")
_DOTTED = re.compile(r"(?:[A-Z]\.)+")  # "U.K. citizens"
_POSSESSIVE = re.compile(r"['’]s$|s['’]$")  # "the nation's fighters"
_PLURAL = re.compile(r"[^su]s$")  # "80 countries", not "various" or "Jesus"


@dataclass(frozen=True)
class PeopleNouns:
    """The words of people_nouns.csv by number: plural nouns count after any number, singular
    ones after "one" only, adjectives only where the noun phrase ends ("11 French."); `hundreds`:
    singular nouns that also count after a hundred or more (Arabic "500 شخص", "72 ألف نازح")."""

    plural: frozenset[str]
    singular: frozenset[str]
    adjective: frozenset[str]
    state: frozenset[str]  # "dead", "injured", "missing": a state, no group ("12 were killed")
    hundreds: frozenset[str] = frozenset()
    compound: re.Pattern | None = None  # people_compound_endings.csv: "lögreglumenn"


NOUN_LISTS = ("people_nouns", "people_nouns_abroad", "people_noun_endings", "turkish_case_suffixes",
              "turkish_consonant_alternations", "hungarian_case_suffixes",
              "people_compound_endings")


def people_nouns() -> PeopleNouns:
    """The people nouns of the current helpers/lexicon/people_nouns.csv and
    people_nouns_abroad.csv, with the forms that people_noun_endings.csv and
    turkish_case_suffixes.csv make of them."""
    return _people_nouns(lexicon.version(*NOUN_LISTS))


@lru_cache(maxsize=4)
def _people_nouns(_version: tuple) -> PeopleNouns:
    table = pd.concat([lexicon.table("people_nouns"), lexicon.table("people_nouns_abroad")],
                      ignore_index=True)
    rows = tuple(zip(table["term"].str.lower(), table["number"], table["kind"], strict=True))
    plural, singular, adjective, hundreds = (frozenset(w for w, n, _ in rows if n == number)
                                             for number in ("plural", "singular", "adjective",
                                                            "hundreds"))
    turkish = table.loc[table["comment"].str.startswith(("Turkish", "Azerbaijani")),
                        "term"].str.lower()  # nouns that take turkish_case_suffixes.csv
    hungarian = table.loc[table["comment"].str.startswith("Hungarian"), "term"].str.lower()
    return PeopleNouns(plural | _other_forms(plural, frozenset(turkish))
                       | _hungarian_forms(frozenset(hungarian) & plural), singular | hundreds,
                       adjective, frozenset(w for w, _, kind in rows if kind == "state"), hundreds,
                       lexicon.pattern("people_compound_endings", _COMPOUND))


def _other_forms(plural: frozenset[str], turkish: frozenset[str]) -> frozenset[str]:
    """The forms of plural people nouns made by the endings of people_noun_endings.csv
    ("detenidos" -> "detenidas") and, for Turkish nouns, turkish_case_suffixes.csv ("şüpheli"
    -> "şüphelinin")."""
    endings = lexicon.table("people_noun_endings")
    forms = {noun[:-len(end)] + form for end, form in zip(endings["term"], endings["form"],
                                                          strict=True)
             for noun in plural if noun.endswith(end) and len(noun) > len(end) + 2}
    suffixes = lexicon.table("turkish_case_suffixes")
    alternations = lexicon.table("turkish_consonant_alternations")
    softer = dict(zip(alternations["term"], alternations["soft"], strict=True))
    for suffix, but in zip(suffixes["term"], suffixes["except"], strict=True):
        for noun in turkish - set(but.split()):
            forms.add(noun + suffix)
            if suffix[0] in _VOWELS and noun[-1] in softer and sum(
                    ch in _VOWELS for ch in noun) > 1:  # 'çocuk' + 'u': 'çocuğu'
                forms.add(noun[:-1] + softer[noun[-1]] + suffix)
    return frozenset(forms)


_VOWELS = frozenset("aeıioöuü")  # Turkish
_HU_VOWELS = frozenset("aáeéiíoóöőuúüű")
_HU_LONG = {"a": "á", "e": "é"}  # a final a or e is lengthened before an ending (katona: katonát)


def _hungarian_forms(nouns: frozenset[str]) -> frozenset[str]:
    """The case and possessive forms of Hungarian people nouns made by the endings of
    hungarian_case_suffixes.csv ("túlélő" -> "túlélőt", "utas" -> "utassal", "tiszt" ->
    "tisztje"): each ending after the final vowel or consonant it follows."""
    table = lexicon.table("hungarian_case_suffixes")
    forms = set()
    for ending, after, but in zip(table["term"], table["after"], table["except"], strict=True):
        for noun in nouns - set(but.split()):
            last = noun[-1]
            if after == "vowel" and last in _HU_VOWELS:
                forms.add(noun[:-1] + _HU_LONG.get(last, last) + ending)
            elif after == "consonant" and last not in _HU_VOWELS:
                forms.add(noun + ending)
            elif after == "double" and last not in _HU_VOWELS:
                forms.add(noun + last + ending)
    return frozenset(forms)


def is_people_noun(word: str, nouns: PeopleNouns, value: float | None = None) -> bool:
    """A people noun; a singular one ("man") only after the number one."""
    bare = word.strip(_PUNCT).strip().replace("İ", "I")  # Turkish "İrlandalı" lower-cased
    bare = bare.rstrip("-") or bare  # a dash aside closed by a hyphen: "-15 varones y 16 mujeres-"
    last = bare.rsplit("-", 1)[-1]  # "IS-Kämpfer", "ex-fighters", "co-defendants"
    lower = bare.lower()
    return (lower in nouns.plural or last.lower() in nouns.plural
            or bool(_demonym().match(bare) or _MEMBER_TR.match(bare) or _AGED.match(bare))
            or bool(nouns.compound and nouns.compound.fullmatch(lower))
            or value == 1 and lower in nouns.singular
            or value is not None and value >= 100 and lower in nouns.hundreds
            or bool(_DEMONYM_RU.match(lower)) and lower not in _NOT_DEMONYM_RU)


def people_after(after: str, nouns: PeopleNouns, value: float | None = None,
                 apart: bool = True, spelled: bool = False) -> tuple[str, int] | None:
    """The counted group right after a number ('Kazakhstan citizens', 'of them', 'of its
    citizens'), with its length in characters, or None when the number does not count people.
    `apart`: the group may also follow a verb or a comma ("200 were women", "two, both civil
    servants"); a number that may be a year ("in 2015 were") passes False. The apposition
    follows a `spelled` number only ("At 12, both boys" is an age). "One of the 13", "one of
    them" picks one out of a group and counts none."""
    if value == 1 and _ONE_OF.match(after):
        return None
    counter = counter_after(after)  # Korean "37명", Japanese "27人": a classifier of persons
    if counter:
        return counter
    if after[:1] == ")":  # "(1.250) شخصا", "(12) migrants": a number in brackets before its noun
        first = _WORD.match(after, 1)
        return (after[1:first.end()].strip(), first.end()) if first and is_people_noun(
            first.group(1), nouns, value) else None
    of_them = lexicon.pattern("of_them", _OF_THEM).match(after)  # "12 of them", "19 z nich"
    if of_them:
        return of_them.group(0).strip(), of_them.end()
    partitive = partitive_group(after, value, lambda rest: _noun_phrase(rest, nouns, None))
    if partitive:  # "12 de sus compañeros", "dois dos guardas", "trois de ces hommes"
        return partitive
    number_of = _NUMBER_OF_AFTER.match(after)
    if number_of and is_people_noun(number_of.group("noun"), nouns):
        return number_of.group(0).strip(), number_of.end()  # "porte à 12 le nombre de morts"
    leads = ((_OR_SO.match(after),) if value != 1 else ()) + (  # "one or more" counts none
        (_WERE.match(after),) if apart else ()) + (
        (_APPOSITION.match(after),) if apart and spelled else ())
    for lead in leads:
        if lead:  # "500 or so U.K. citizens", "200 were women", "two, both civil servants"
            rest = _noun_phrase(after[lead.end():], nouns, value)
            if rest and lead.re is _WERE and rest[0].split()[-1].lower() in nouns.state:
                return None  # "12 were killed": a state, read by the caller's verb rules
            return (rest[0], lead.end() + rest[1]) if rest else None
    of_the = _OF_THE.match(after)
    if of_the and _DIGIT_END.search(of_the.group(0)) and _THEY_ARE.match(after, of_the.end()):
        return of_the.group(0).strip(), of_the.end()  # "4 of the 12 were children"
    if of_the:
        rest = _noun_phrase(after[of_the.end():], nouns, None)
        return (after[:of_the.end() + rest[1]].strip(), of_the.end() + rest[1]) if rest else None
    later = _NEXT_WORD.match(after)  # "20-ին երկու մարդ", "on 20 two people": the noun is
    if later and later.group(1).strip(_PUNCT).lower() in number_words().values:  # the later
        return None  # number's
    return _noun_phrase(after, nouns, value) or _after_quotation(after, nouns, value)


# the first word after a number and the case ending glued to it ("20-ին երկու", "35'ten fazla")
_NEXT_WORD = re.compile(r"(?:[-'’][^\W\d_]++)?(?<!\s)\s++(\S++)")  # one start per run of spaces


def _after_quotation(after: str, nouns: PeopleNouns, value: float | None
                     ) -> tuple[str, int] | None:
    """The noun phrase after a short quotation that qualifies it ('five "cruel and ruthless"
    Britons'), where the quoted words are no people noun themselves ('1,000 “terrorists”' is
    read as it stands)."""
    quoted = _QUOTED_LEAD.match(after)
    if quoted is None:
        return None
    return _noun_phrase(" " * quoted.end() + after[quoted.end():], nouns, value)


def _noun_phrase(after: str, nouns: PeopleNouns, value: float | None) -> tuple[str, int] | None:
    """A noun phrase of up to four words that ends in a people noun, right at the start (a
    singular one after the number one only); up to six where the words before the noun are
    capitalised ("300 Bosnian Muslim Islamic State fighters")."""
    proper = True  # every word so far is capitalised
    for n, m in enumerate(_WORD.finditer(after)):
        word = m.group(1)
        bare = word.strip(_PUNCT)
        if _ACRONYM.fullmatch(word):
            continue  # "Islamic State (IS) fighters"
        lead = "\"'“‘«’" if _CASE_AFTER_NUMBER.match(word) else "\"'“‘«"
        if n >= (6 if proper else 4) or not bare or not _WORD_START.match(word.lstrip(lead)):
            return None
        if n == 0 and bare.lstrip("-–").lower() in lexicon.term_set("time_units"):
            return None  # "over 10 dagen ‘Haal kinderen ...’", "Die 32-jährige Deutsche"
        if n == 0 and bare.lower() in lexicon.term_set("place_locatives"):
            return None  # "81 ilde göçmen kaçakçılığı organizatörleri": 81 provinces
        proper = proper and bare[:1].isupper()
        position = m.start(1) + len(word.rstrip(_PUNCT))
        if _MEMBER_TR.match(bare) and _modifies_noun(after, position, nouns):
            continue  # "3 AB’li şirket": the next word is the counted noun
        if n == 0 and bare.lower() in lexicon.term_set("people_noun_last_syllables"):
            continue  # "12 binh khí" (weapons), but "200 chiến binh", "30 binh sĩ"
        if n > 0 and bare.lower() in lexicon.term_set("people_nouns_right_after_number"):
            return None  # "3 százalékkal nő" (grows), but "három nő" (three women)
        if is_people_noun(word, nouns) or _CASES.search(after[:position]):
            if _PLACE_BEFORE_NOUN.match(after, position) and _demonym().match(bare) and (
                    bare.lower() not in nouns.plural):
                return None  # a place by its form: "six Western Balkans countries"
            return after[:position].strip(), position
        if value == 1 and bare.lower() in nouns.singular and _SINGULAR_ENDS.match(
                after, position):
            return after[:position].strip(), position  # "one British man was", "one US citizen"
        if value is not None and value >= 100 and bare.lower() in nouns.hundreds:
            return after[:position].strip(), position  # Arabic "500 شخص", "72 ألف نازح"
        if (bare.lower() in nouns.adjective or _DEMONYM_ONE.match(bare)) and (
                _ADJECTIVE_ENDS.match(after, position) or bare.lower() in nouns.adjective
                and len(after[:position].split()) == 1  # first word ("3 câini salvați și": dogs)
                and lexicon.pattern("phrase_end_verbs", _PHRASE_END).match(after, position)):
            return after[:position].strip(), position  # "two Irish and ...", "11 French."
        if _DOTTED.fullmatch(word):
            continue  # "U.K. citizens", "N. Sinai terrorists"
        if word[-1] in ".,;:!?\"”)»،؛" or bare[-1].isdigit():
            return None
        if bare.lower() in _STOP_WORDS and not (bare.isupper() and len(bare) > 1):
            return None  # "IS" and "ISIS" are names, not the verb "is"
        if _POSSESSIVE.search(bare):
            continue  # a possessive: "the nation's fighters"
        if bare.islower() and _PLURAL.search(bare) and (
                bare not in lexicon.term_set("plural_adjectives")
                and bare not in lexicon.term_set("number_words")):  # "van de zes kinderen"
            return None  # another plural noun heads the phrase: 80 countries, two meetings
    return None


def _modifies_noun(after: str, position: int, nouns: PeopleNouns) -> bool:
    """Whether a Turkish member or nationality word ("AB’li", "PKK’lı") is followed by a
    lower-case noun it modifies ("şirket", "terörist"), not by a verb form or a function word."""
    m = _TR_NEXT.match(after, position)
    if m is None:
        return False
    word = m.group(1)
    return is_people_noun(word, nouns) or not (
        _TR_VERB_FORM.search(word) or word in lexicon.term_set("turkish_after_members"))
