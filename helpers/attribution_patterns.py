"""The named speaker patterns of news English, built from the word lists.

`speaker_patterns()` compiles them from helpers/lexicon/ (verbs_of_saying.csv, titles_roles.csv
and the others it reads) and rebuilds them when a list changes; helpers.attribution tries them,
in their order, on each sentence. Each pattern has a name, and the words it needs
(helpers.pattern_words); helpers.speaker_pattern_set holds them with their word index.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import attribution_dash as dash
from . import attribution_forms as added
from . import attribution_more_forms as more
from . import clause_gates, lexicon
from . import speaker_phrases as phr
from .dates import weekday_names
from .pattern_lists import UPPER, UPPER_LATIN, either_case, pattern_terms, spaced
from .pattern_words import SECOND_WORDS, pattern_words
from .quick_patterns import alternation
from .speaker_pattern_set import SpeakerPatterns

# a speaker phrase: a capital, a quote mark, "the ..." or a pronoun, up to the verb
# (at most 120 characters: an unbounded lazy run made each attempt scan the rest of the text)
_NAME = rf"(?:[{UPPER}\"“]|the\s|he\b|she\b|they\b)[^,;:\"“”]{{0,120}}?"


def _caps() -> str:
    """Capitalised words, one space between them (linear: each word needs its capital), small
    particles between them (name_particles.csv, in_names: "Thomas de Maizière", "Ursula von
    der Leyen", "Abu Bakr al-Baghdadi")."""
    table = lexicon.table("name_particles")
    particle = "|".join(table.loc[table["in_names"] == "yes", "term"])
    return (rf"[{UPPER}][\w'’-]++"
            rf"(?: (?:(?:{particle}) ){{0,2}}[{UPPER}][\w'’-]++| (?:al|el)-[A-Z][\w'’-]++)*+")


# "It's believed", "There's said to be": a contracted pronoun, no speaker
_ITS = r"(?:It|There|That|This|What)['’]s\s"
# a quotation (read as Q) that opens a word, and one that opens the text: what \bQ and ^Q match,
# written with the letter first, so that a search skips at once to where a comma or a Q stands
# (a pattern that opens with an assertion in every branch is tried at every character)
Q_WORD, Q_OPENING = r"Q(?<!\wQ)", r"Q(?<![\s\S]Q)"
# a dash standing for the comma before an inverted verb of saying ("Liczba ofiar wzrosła do
# dziewięciu – poinformował X", "Zemřelo 12 lidí – uvedl mluvčí X", "„...” – powiedział X"),
# the space first and what stands before it looked at after it (the same matches as
# r"(?<=[^\s,])\s[–—-](?=\s)", found faster: the engine tries the look-behind only at a space)
DASH = r"\s(?<=[^\s,]\s)[–—-](?=\s)"
# ... and the dash that closes it when the speaker stands between two ("The amnesty – announced
# the president in 2017 – covers 60 people"): the speaker ends there, the rest is what was said
CLOSING_DASH = r"(?(dash)(?:\s[–—-]\s[^\"“”]*?)?)"


def speaker_patterns() -> SpeakerPatterns:
    """The speaker patterns for the current word lists (verbs_of_saying.csv, titles_roles.csv,
    named_pattern_verbs.csv, the nouns they read, uk_pronouns.csv, source_prepositions.csv,
    as_openers.csv and the lists of helpers.pattern_lists)."""
    return _patterns(lexicon.version("verbs_of_saying", "titles_roles", "document_nouns",
                                     "institution_nouns", "visual_nouns", "named_pattern_verbs",
                                     "uk_pronouns", "inverted_aside_words",
                                     "source_prepositions", "named_pattern_nouns",
                                     "named_pattern_markers", "source_pronouns",
                                     "speaker_pronouns", "name_particles", "honorifics",
                                     "qualified_sources", "released_documents",
                                     "qualified_pattern_words", "v2_openers",
                                     "said_conjunctions", "subject_articles",
                                     "arabic_relay_words", "subject_trailing_words",
                                     "verb_uses_not_saying", "prepositions", "as_openers"))


def _named_verbs() -> dict[str, tuple[str, ...]]:
    """The verbs of named_pattern_verbs.csv by the pattern that uses them."""
    table = lexicon.table("named_pattern_verbs")
    return {name: tuple(group["term"]) for name, group in table.groupby("pattern", sort=False)}


@lru_cache(maxsize=4)
def _patterns(_version: tuple) -> SpeakerPatterns:
    v = _named_verbs()
    caps = _caps()
    # capitalised words, initials allowed ("L. Karimova"), after an optional honorific
    titles = phr.honorifics("person")  # (honorifics.csv)
    person = rf"(?:(?:{titles})\.?\s+)?(?P<spk>(?:[A-Z]\.\s?)*{caps})"
    fr_verbs, fr_pronoun = "|".join(v["fr_inverted"]), "|".join(v["fr_inverted"] + v["fr_pronoun"])
    es_inverted = "|".join(v["es_inverted"])
    tr_said = "|".join(
        p.replace(" ", r"\s+") for p in v["tr_subject_verb"] + v["tr_statement"])
    table = lexicon.table("verbs_of_saying")
    verbs = tuple(zip(table["term"], table["inverts"], table["noun"], strict=True))
    table = lexicon.table("titles_roles")
    roles = tuple(zip(table["term"], table["refers_back"], strict=True))
    person_roles = "|".join(table.loc[table["role"] == "yes", "term"])
    any_roles = "|".join(table.loc[table["fits_any"] == "yes", "term"])
    documents = lexicon.terms("document_nouns")
    bodies = "|".join(lexicon.terms("institution_nouns"))
    say = "|".join(v for v, _, _ in verbs)
    aside = "|".join(lexicon.terms("inverted_aside_words"))  # after an inverted speaker
    # a time word or auxiliary between the comma and an inverted verb (subject_trailing_words.csv:
    # "..., svētdien paziņoja glābēji", "..., dnes informoval hovorca X")
    trailing = alternation(lexicon.terms("subject_trailing_words"), literal=True)
    before_verb = rf"(?:(?:{trailing})\s+)?"
    weekdays = "|".join(n.title() for n in weekday_names("en", full=True))  # "told VOA Monday"
    verb_only = "|".join(v for v, _, noun in verbs if noun == "no")
    noun_verbs = "|".join(v for v, _, noun in verbs if noun == "yes")
    participles = "|".join(v for v, _, _ in verbs if re.fullmatch(r"\w+ed|said|told", v))
    document = "|".join(documents)
    by_verbs = "|".join(v for v, _, _ in verbs if re.fullmatch(r"\w+ed|said|told", v)
                        and v not in ("claimed", "told"))  # "claimed by IS" names no speaker
    inverted = "|".join(v for v, inverts, _ in verbs if inverts == "yes")
    role = "|".join(r for r, _ in roles)
    back = "|".join(r for r, refers in roles if refers == "yes")
    # the verbs in the (case-sensitive) patterns as trees of shared beginnings: same matches
    laut_nouns = pattern_terms("named_pattern_nouns", "laut")
    laut_parts = "|".join(sorted({f for n in laut_nouns if " " not in n for f in (n, n.lower())}))
    tree = {name: alternation(forms.split("|")) for name, forms in (
        ("say", say), ("verb_only", verb_only), ("noun_verbs", noun_verbs),
        ("inverted", inverted), ("by_verbs", by_verbs))}
    ordered: tuple[tuple[str, re.Pattern], ...] = (
        ("relay_reports", re.compile(  # "..., X said, Trend reports Dec. 26.": Trend relays
            rf"(?<=\w),\s+(?P<via>{caps})\s+(?:reports|reported|writes|wrote)\b[^,;\"“”]*$")),
        ("citing", re.compile(  # "Xinhua reported, citing police sources": police speak
            rf"(?:^|[,;:.]\s+)(?P<via>{_NAME}|[a-z][\w'’-]*(?:\s[a-z][\w'’-]*){{0,3}})\s+"
            rf"(?:{tree['say']})\b[^;:\"“”]{{0,100}}?,?\s+(?:citing|quoting)\s+(?P<spk>[^,.;:\"“”]{{1,120}}?)"
            r"(?:\s+(?:as|that|on|in|at|who|after)\b|[,.;:]|$)")),
        ("berufung", re.compile(  # German "citing": "..., berichtet X unter Berufung auf Y"
            r"\b(?:berichtet|berichtete|berichten|meldet|meldete|melden|schreibt|schrieb)\s+"
            r"(?P<via>[^,.;:«»„“\"”]{1,80}?)\s+"
            r"unter\s+Berufung\s+auf\s+(?:(?:den|die|das|dem|der|einen|eine)\s+)?"
            r"(?P<spk>[^,.;:«»„“\"”]{1,120}?)\s*(?:[,.;:]|$)")),
        ("ssylka_na", re.compile(  # Russian "citing": "..., передает X со ссылкой на Y": Y speaks
            rf"(?:^|,\s+)(?:(?:{tree['say']})\s+)?(?P<via>[^,;:«»\"“”]{{1,60}}?)\s+со\s+ссылкой\s+на\s+"
            r"(?P<spk>[^,.;:«»\"“”]{1,80})")),
        ("quoted_as_saying", re.compile(  # "Interfax quoted X as saying": X speaks, Interfax relays
            r"(?<![\w'’-])(?P<via>[A-ZА-ЯЁ][\w'’-]++(?: [A-ZА-ЯЁ][\w'’-]++){0,5}"
            r"|the [a-z]+(?: [a-z]+)?)\s+(?:quoted|cited)\s+(?P<spk>[^,;\"“”]{1,200}?)"
            r"(?:,\s+[^,;\"“”]{1,160}?,)?\s+as\s+saying\b")),  # "X, adviser at Y, as saying"
        ("quoted_by", re.compile(  # 'X was quoted as saying by Anadolu': X speaks, Anadolu relays
            r"(?:^|[,;:.]\s+)(?P<spk>[^,;:\"“”\s][^,;:\"“”]{0,119}?)"
            r"\s+(?:was|were|is|are)\s+quoted\s+(?:as\s+saying\s+)?by\s+"  # or "quoted by X as
            r"(?P<via>[^,.;:\"“”]{1,120}?)"  # saying"
            r"(?:\s+(?:as\s+saying|that|on|in|at|after|before|during|last|this)\b|[,.;:]|$)")),
        ("according_to", re.compile(
            r"\b(?:according to|based on) (?P<spk>(?!the details\b)[^,.;]+?)"
            r"(?:,\s*as reported by (?P<via>[^,.;]+))?"
            r"\s*(?:[,.;]|$)", re.IGNORECASE)),
        ("laut", re.compile(  # German "according to": to its noun ("laut offiziellen Angaben"),
            # the genitive after a noun of statements ("laut Angaben des Auswärtigen Amts"), the
            # part before the hyphen of a compound with one ("laut EU-Angaben", "UN-Zahlen")
            rf"\b[Ll]aut\s+(?:(?:{either_case(laut_nouns)})\s+(?:des|der|von|vom)\s+)?[„\"]?"
            rf"(?P<spk>[A-ZÄÖÜ][\w-]*?(?=[“”\"]?-(?:{laut_parts})\b)"
            rf"|(?:[a-zäöüß]+\s+){{0,3}}[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*){{0,2}}"
            rf"{added.DE_GENITIVE})")),
        ("subject_aside_says", re.compile(  # "Security sources, who spoke on condition of
            r"^(?P<spk>[^,;:\"“”\d]{1,80}?),\s+(?:who|speaking|which)\s"  # anonymity, said":
            rf"[^;:\"“”]*?,\s+(?:(?:has|have|had)\s+)?(?:{tree['say']})\b")),  # the subject
        ("told", re.compile(  # "X told Reuters that ...": the one told carries it
            rf"(?:^|[,;:.]\s+|\s)(?P<spk>{_NAME}|(?!{phr.PREPOSITION}\b)[a-z][\w'’-]*"
            r"(?:\s[a-z][\w'’-]*){0,3}),?\s+told\s+"
            r"(?P<via>[^,;:\"“”\s]*[^,;:\"“”\s.](?:\s+[^,;:\"“”\s]*[^,;:\"“”\s.]){0,5}?)"
            rf"(?:\s+(?:{added.TOLD_STOP}|{weekdays})\b|\s+(?=\d)"
            r"|[,.;:]|$)")),
        ("given_by", re.compile(
            r"\b(?:including|as estimated|made|given) by (?P<spk>[^,.;]+?)\s*[,.;]")),
        ("document_says", re.compile(
            r"\bthe (?:statement|website|press service|report) of (?P<doc>the [A-Z][\w ]{1,150}?)"
            r"\s+(?:reads|says|said|states)\b")),
        ("reported_by", re.compile(  # "This was reported by X" (the sentence before: speakers)
            r"^(?:This|These figures|The figures?|The data) (?:was|were) "
            r"(?:reported|given|announced|stated|released) by (?P<spk>[^,.;]+)", re.IGNORECASE)),
        ("passive_by", re.compile(  # "The figure was disclosed by the interior ministry"
            rf"\b(?:was|were|is|are|been)\s+(?:\w+ly\s+)?(?:{tree['by_verbs']})\s+by\s+"
            r"(?P<spk>[^,.;:\"“”]{1,120}?)"
            r"(?:\s+(?:on|in|at|last|this|after|before|during)\b|[,.;:]|$)")),
        ("name_role_says", re.compile(  # "Zamir Karajanov, a political analyst ..., cautions"
            rf"(?:^|[,;:.]\s+)(?P<spk>[A-Z][\w'’-]+"  # "The Observatory for Human Rights, a ..."
            rf"(?:\s+(?:(?:of|for|on|and|the)\s+)?[A-Z][\w'’-]+){{0,5}}),\s+"
            rf"(?:(?:a|an|the)\s|who\s|(?i:{role})\b|[A-Za-z][\w'’-]*(?:\s+[a-z][\w'’-]*){{0,2}}\s+(?:of|for|at)\s)"
            rf"[^;:\"“”]*?,\s+(?:(?:has|have|had)\s+)?(?:{tree['say']})\b")),
        ("figures_show", re.compile(  # "Latest estimates from security agencies show 900"
            rf"^(?P<spk>(?:[\w'’-]+\s+){{0,3}}(?:{phr.RECORDS})(?:\s+(?:from|by|of)\s+"
            r"[^,;:\"“”\d]{1,80}?)?)\s+(?:show|shows|showed|suggest|suggests|indicate|indicates)\b",
            re.IGNORECASE)),
        ("says_name_role", re.compile(  # '..., said X, a spokesman for Y.', '..." said X.'
            rf"(?:,[\"”»“]?|{Q_OPENING}|(?P<dash>{DASH}))\s+(?:[-–—]\s+)?{before_verb}(?:{tree['inverted']})\s+(?:(?:je|su)\s+)?(?:(?:the|il|la|el|o|a)(?:\s+(?!{phr.PREPOSITION}\b)[a-z]+){{1,2}}\s+)?(?!(?:{weekdays})\b){person}"
            r"(?:(?:,\s+|\s+(?:of|from|at|with|for|a|an)\s+)[^,;\"“”]*"  # or a role, then an aside
            r"|(?:,\s+[a-z][^,;\"“”]*)?,?\s+"  # (inverted_aside_words.csv) to the end: ", governor
            rf"(?:{aside})\b[^,;\"“”]*)?"  # of the region, in a statement."
            rf"{CLOSING_DASH}\s?[.!?]?$")),
        ("says_group", re.compile(  # "..., say specialists and officials." / '"...," said the
            # deputy chairman of the Committee, X, adding'
            rf"(?:,[\"”»“]?|{Q_WORD}|(?P<dash>{DASH}))\s+(?:[-–—]\s+)?{before_verb}(?:{tree['inverted']})\s+"
            r"(?:(?:в|во|на|у|je|su)\s+)?"
            r"(?P<spk>(?!(?:that|to|how|what|whether|if|it|he|she|they|we|there|que|qu)\b"
            rf"|{phr.PREPOSITION}\b)"
            r"[a-zа-яё][\w'’-]*(?:\s+(?(dash)(?![–—-]\s))[\w'’.-]*[\w'’-]){0,15}?)"
            rf"(?:,\s+(?:(?:{phr.honorifics('name')})\.?\s+)?(?P<name>(?:[A-Z]\.\s?)*{caps}))?"
            rf"(?:,\s+(?:{aside})\b[^\"“”]*)?"  # ", adding ...": inverted_aside_words.csv
            rf"{CLOSING_DASH}\s?[.!?]?$")),
        ("fr_inverted", re.compile(  # '», a dit à un correspondant de l'AFP le porte-parole
            rf"(?:,|[»”\"])\s*a\s+(?:{fr_verbs}|fait\s+savoir)"  # X': X, not the one
            r"(?:\s+(?:ce\s+\w++|(?:lun|mar|mercre|jeu|vendre|same)di|dimanche|hier))?"  # the day
            r"(?:\s+(?:à|au|aux)\s+(?:(?:un|une|la|le)\s+)?(?:[Ll]['’])?[\w-]++"
            r"(?:\s+(?:de|du)\s+(?:[Ll]['’])?[\w-]++)?)?"
            r"\s+(?P<spk>(?!(?:la\s+semaine|le\s+mois|l['’]an(?:née)?|hier|ce\s+\w+)\b)"  # a time
            rf"(?:[Ll]es?\s|[Ll]a\s|[Ll]['’]|[Uu]ne?\s|[Dd]es\s|[{UPPER}])"  # no speaker, nor "que"
            r"(?:(?!\bque\b|\bqu['’])[^.;:!?«»\"“”]){0,160}?)"
            rf"(?:,\s+[a-zé]+ant\b[^.;!?]*{added.FR_AFTER})?\s*[.;!?]?$")),  # ", ...ant": aside
        ("es_inverted", re.compile(  # Spanish "..., según X, ha informado Salvamento Marítimo en
            rf"(?:,|^Q)\s+(?:ha|han)\s+(?:{es_inverted})\s+"  # un comunicado": teller
            r"(?P<spk>(?:[Ee]l\s|[Ll]as?\s|[Ll]os\s|[A-ZÁÉÍÓÚÑ])[^,.;:!?«»\"“”]{0,120}?)"
            r"(?:\s+(?:en|a\s+través\s+de)\s+(?:un|una|su)\s+[^,.;:!?]{1,40}?)?\s*[.;!?]?$")),
        ("says_others_say", re.compile(  # "Ban says member states estimate ...": they speak,
            rf"(?:^|[,;:.]\s+)(?P<via>{_NAME})\s+(?:{tree['say']})\b"  # Ban relays
            r"(?:[^,;:\"“”\d]{0,80}?\s+that)?\s+"
            r"(?P<spk>(?!(?:he|she|they|it|we|i|you|there|this|that|these|those)\b)"
            r"(?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*)"
            r"(?<!\bthe)(?<!\ba)(?<!\ban)(?<!\bits)(?<!\btheir)(?<!\bhis)(?<!\bher)"
            rf"\s+(?:\w+ly\s+)?(?:{tree['say']})\b")),
        ("subject_says", re.compile(  # "The ministry of the interior stated that ..."
            rf"^(?!{_ITS})(?P<spk>(?:[{UPPER_LATIN}\"“]|the\s)[^,;:\"“”\d]{{0,200}}?)\s+(?:{tree['verb_only']})\b")),
        ("quote_then_says", re.compile(  # '"...," the minister said.' / ", Tengrinews reports."
            rf"(?:,(?=\s)|[”\"])\s*(?P<spk>(?![-–—\s])(?!(?:{phr.FINITE}|(?i:{phr.PREPOSITION})|{tree['say']})\b)[^,;:\"“”]{{1,200}}?)"
            r"(?<![–—])(?<!\s-)"  # "..., amely ... – közölte X": the dash ends what was said
            rf"\s+(?:(?:{tree['verb_only']})\b"
            r"(?:[^,;\"“”]*[.!?]?$|,?[\"”])"  # a verb that is also a noun only near the end:
            rf"|(?:{tree['noun_verbs']})\b(?:\s+[^,;\"“”\s]+){{0,2}}[.!?]?$)")),
        # a subject that opens or ends with no preposition ("Amid reports", "on reports");
        # "announced by" is a passive; a figure, a comma, then the verb (", sagte X", ", сообщил
        # глава ведомства") is inverted: the words before are what was said (phr.inverted)
        ("name_says", re.compile(rf"(?:^|[,;:.|]\s+)(?:(?:and|but|while)\s+)?"
                                 rf"(?P<spk>(?!(?i:{phr.PREPOSITION}|{phr.AS_WORDS})\b|{_ITS}){_NAME})"
                                 r"(?<![–—])(?<!\s-)"  # "X – said": the dash ends what was said
                                 rf"(?=,?\s){phr.NOT_AFTER_PREPOSITION},?\s+"
                                 rf"(?:{tree['say']})\b(?!\s+by\b)")),
        ("group_says", re.compile(  # "several rights groups say": a subject in lower case
            r"(?:^|[,;:]\s+)(?P<spk>(?!(?:it|this|that|there|which|who|what|as)\b"
            rf"|{phr.FINITE}\b|{phr.PREPOSITION}\b"  # ", has confirmed", ", with most cases
            rf"|(?:{tree['say']})\b)"  # reported", nor a verb of saying (", said he believed")
            rf"[a-z][\w'’-]*(?:\s+[\w'’-]+){{0,3}})\s+(?:{tree['verb_only']})\b")),
        ("selon", re.compile(  # French and Spanish "according to": "selon le ministre"
            r"\b(?:[Ss]elon|[Ss]egún)\s+(?P<spk>(?!(?:lui|elle|eux|elles|moi|nous|vous|"
            r"él|ella|ellos|ellas)\b)[^,.;:«»\"“”\d]{1,100}?)\s*"
            r"(?:,\s+(?P<name>[A-ZÁÉÍÓÚÑ][\w'’-]+(?:\s+[A-ZÁÉÍÓÚÑ][\w'’-]+){1,3}),"  # "según el
            r"|[,.;:\d]|$)")),  # jefe del Centro, Mijaíl Mizíntsev, ...": the name beside the role
        ("volgens", re.compile(  # Dutch "according to": to the verb that follows the source
            r"\b[Vv]olgens\s+(?P<spk>(?!(?:hem|haar|hen|mij|ons)\b)[^,.;:«»\"“”\d]{1,100}?)"
            rf"(?=\s+(?:{'|'.join(v['volgens_verb'])})\b|\s*[,.;:\d]|$)")),
        ("court_heard", re.compile(  # "the court heard the five wanted ...": evidence given there
            r"\b(?P<spk>(?:[Tt]he\s+)?(?:court|jury|trial|tribunal|inquest|hearing))\s+heard\b")),
        ("source_back", re.compile(  # "Dit zegt advocaat X, ...", "Das teilte X am Freitag mit.",
            # "C'est ce qu'a indiqué X", "Así lo ha informado X"
            rf"^(?:(?:Dit|Dat|Das|Dies)\s+(?:{'|'.join(v['source_back'])})"
            rf"|C['’]est\s+ce\s+qu['’](?:a|ont)\s+(?:{'|'.join(v['source_back_fr'])})"
            rf"|Así\s+lo\s+(?:ha\s+|han\s+)?(?:{'|'.join(v['source_back_es'])}))"
            r"\s+(?:auch\s+|ook\s+)?"
            r"(?P<spk>[^,.;:!?«»\"“”]{1,120}?)"
            r"(?:\s+(?:am|op|vorige|afgelopen|heute|gestern|vandaag|gisteren)\b[^,.;:]{0,30}?)?"
            r"(?:\s+(?:en|dans|in)\s+(?:un|une|einer|een|su|son)\s+[\w-]+)?"  # "en un comunicado"
            r"(?:\s+mit)?\s*(?:[,.;]|$)")),
        ("id_inverted", re.compile(  # Indonesian '“...,” kata Rikwanto kepada X' / 'tandas dia'
            rf"(?:[,”\"]|^Q)\s*(?:{'|'.join(v['id_inverted'])})\s+(?P<spk>(?:{'|'.join(phr.pronouns('id'))})\b"
            r"|[A-Z][\w'’.-]*+(?:\s+(?:[A-Z][\w'’.-]*+|\([A-Z]{2,8}\)(?=\s+[A-Z]))){0,7})")),
        ("nl_inverted", re.compile(  # Dutch "..., schrijft het Algemeen Dagblad."
            rf"(?:,|^Q)\s+(?:{'|'.join(v['nl_inverted'])})\s+(?P<spk>(?:[Hh]et\s|[Dd]e\s|[Ee]en\s|[{UPPER}])"
            r"[^.;:!?«»\"“”]{0,160}?)\s*[.;!?]?$")),
        ("tr_subject_verb", re.compile(  # Turkish "Milli Savunma Bakanlığı, ... duyurdu."; "X’nın
            r"^(?P<spk>[A-ZÇĞİÖŞÜ][^,;:\"“”'’]{1,80}?)"  # Twitter hesabından, “...” açıklaması
            r"(?:['’]n?[ıiuü]n\s+(?:[\w-]+\s+){0,2}hesab[ıi]ndan)?,\s"
            rf"[^;]*?\b(?:{tr_said})\s*[.!]?$")),
        ("tr_statement_from", re.compile(  # "İçişleri Bakanlığı'ndan yapılan yazılı açıklamada,
            r"^(?P<spk>[A-ZÇĞİÖŞÜ][^,;:\"“”'’]{1,80}?)['’]n?[dt][ae]n\s+yapılan\s+"  # "" denildi"
            r"(?:yazılı\s+)?açıklamada,\s[^;]*?\bdenil(?:di|miştir)\s*[.!]?$")),
        ("fr_pronoun", re.compile(  # "Selon lui, ...", '..., a-t-il ajouté': the last speaker
            r"(?:\b[Ss]elon\s+(?=(?:lui|elle|eux|elles)\b)|(?:,|[»”\"])\s*"
            rf"(?:a-t-(?=(?:il|elle)\s+(?:{fr_pronoun})\b)"
            rf"|ont-(?=(?:ils|elles)\s+(?:{fr_pronoun})\b)))"
            r"(?P<spk>lui|elle|eux|elles|il|ils)\b")),
        ("aldus", re.compile(  # Dutch "..., aldus de minister" / "aldus cijfers van de NCTV"
            r",\s+aldus\s+(?P<spk>[^.;:!?«»\"“”]{1,160}?)\s*[.;!?]?$")),
        ("nach_angaben", re.compile(  # German "nach Angaben des X": X (the genitive's noun)
            rf"\b[Nn]ach\s+(?:{spaced(pattern_terms('named_pattern_nouns', 'nach_angaben'))})"
            r"\s+(?:(?:des|der|von|vom|einer|eines)\s+)?„?(?P<spk>(?:[a-zäöüß-]+\s+){0,3}[A-ZÄÖÜ][\w-]*"
            rf"(?:\s+[A-ZÄÖÜ][\w-]*){{0,3}}{added.DE_GENITIVE})")),  # "Angaben Baerbocks"
        ("po_dannym", re.compile(  # Russian "according to": "По данным МВД", "Как сообщает X"
            r"(?:^|[,;:]\s+|\s)(?:[Пп]о\s+(?:данным|словам|информации|сведениям|оценкам|подсч[её]там)"
            r"|[Сс]огласно\s+(?:данным|информации|сведениям|оценкам|докладу|отч[её]ту|сообщению)"
            rf"|[Кк]ак\s+(?:{'|'.join(v['ru_kak'])}))"  # named_pattern_verbs.csv: ru_kak
            r"\s+(?P<spk>[^,.;:«»\"“”]{1,80}?)\s*(?:[,.;:]|$)")),
        ("on_reports", re.compile(  # "commenting on reports that 23 ...": reports carry it
            r"\b(?i:on|about|to|amid|after|following|despite|denied|confirmed)\s+"
            r"(?P<spk>(?:(?:media|news|press|local|unconfirmed|official)\s+)?reports)\s+that\b")),
        ("source_next", re.compile(  # "Об этом сообщили в X." / "Lo riferisce X." (and the
            rf"(?:^|,\s+)(?:[Оо]б этом|Lo|Ne)\s+(?:[а-яё]+\s+)?(?:{tree['say']})\s+(?:в\s+|на\s+)?"
            r"(?P<spk>[^,.;:]{1,120})")),  # one before: pointing_back.csv), ", об этом заявил X"
    )
    ordered = added.spliced(ordered, tree["verb_only"], v, bodies)  # the added forms, by trust
    ordered = (*ordered, *dash.late(DASH, before_verb, tree["inverted"]))  # after all

    def first(forms: str) -> frozenset[str]:  # the first word of each verb form
        return frozenset(form.split()[0].lower() for form in forms.split("|") if form)

    def key(forms: str) -> frozenset[str]:  # a word each verb form needs: its longest
        return frozenset(max(form.lower().split(), key=len) for form in forms.split("|") if form)

    # "it" refers back to a body ("The ministry said ... It added"), but opens no carry-over:
    # "It is the second such flight" in a new paragraph names nobody
    # "the prime minister", "the interior minister": a role noun after one or two words
    # a word in capitals is an abbreviation, not a pronoun ("AI said": Amnesty International)
    anaphora = re.compile(rf"^(?!(?-i:[A-Z]{{2,}})\b)(?:{'|'.join(phr.pronouns())}"
                          rf"|{added.ROLE_LEAD}(?:{back})"
                          rf"|{'|'.join(phr.uk_pronouns())})$", re.IGNORECASE)
    opener = re.compile(rf"^(?:he|she|they|the (?:{back}))\b", re.IGNORECASE)
    # "it should be noted", "was claimed by IS", "are said to", "an estimated 300": no speaker
    # (each alternative built from word groups, so that the words it needs come from them too)
    aux, by, to_be, articles = "is|are|was|were|been|be", "by", "be|have", "an|a|the"
    visual, shows = "|".join(lexicon.terms("visual_nouns")), "showed|shows|show"
    saying, claimed = f"{participles}|believed|thought|alleged", "claimed"
    # "was estimated at 1,600" is cut but names no source that speaks instead (no attribution:
    # the sentence takes the speaker before it); "is said to", "was reported" name one unnamed
    estimated = "estimated"
    unnamed_saying = "|".join(v for v in saying.split("|") if v != estimated)
    adjectives = "estimated|reported|alleged|claimed|stated"
    infinitives = "say|tell|confirm|comment"
    modals = "could|would|can|cannot|can't|couldn't|wouldn't|will|won't|did|does|do"
    refusals, withheld = "|".join(v["refusal"]), "|".join(v["withheld"])  # not "went on to"
    # a verb of saying in another use ("podał się do dymisji", "írta alá"): the verb is cut
    uses = lexicon.table("verb_uses_not_saying")
    other_use = "|".join(rf"\b{re.escape(v)}(?=\s+(?:{a}))"
                         for v, a in zip(uses["verb"], uses["after"], strict=True))
    not_saying = re.compile(
        rf"(?P<unnamed>\b(?:{aux})\s+(?:(?:\w+ly|also)\s+)?(?:{unnamed_saying})\b"
        rf"(?:\s+to\b|(?!\s+{by}\b|\s+as\s+saying\b)))"
        rf"|\b(?:{aux})\s+(?:(?:\w+ly|also)\s+)?{estimated}\b(?!\s+{by}\b)"
        rf"|\b{claimed}\s+{by}\b"
        rf"|\b(?:{saying})\s+to\s+(?:{to_be})\b"
        rf"|\b(?:{articles})\s+(?:{adjectives})\b"
        rf"|(?P<refused>\b(?:(?:{modals})\s+(?:not\s+)?(?:\w+ly\s+)?(?:{infinitives})"
        rf"|(?:{refusals})\s+(?:not\s+)?to\s+(?:\w+ly\s+)?(?:{withheld}))\b)"
        rf"|\b(?:{visual})\s+(?:{shows})\b"  # "Photos showed ...", "TV showed footage": nobody
        rf"|\b(?:{shows})\s+(?:\w+\s+)?(?:{visual})\b"
        rf"|{other_use}", re.IGNORECASE)
    # per alternative, the word groups of which it needs a word each, the group it starts with
    # first (lower case; a form with an apostrophe, "can't", starts with the word "can")
    not_saying_needs = tuple(tuple(first(g.replace("'", " ")) for g in groups) for groups in (
        (aux, unnamed_saying), (aux, estimated), (claimed, by), (saying, "to", to_be),
        (articles, adjectives), (modals, infinitives), (refusals, withheld), (visual, shows),
        (shows, visual), ("|".join(uses["verb"]),)))

    verbs_needed = {"says_others_say": say, "name_role_says": say, "subject_aside_says": say,
                    "says_name_role": inverted, "says_group": inverted, "subject_says": verb_only,
                    **dict.fromkeys(dash.NAMES, inverted),
                    "quote_then_says": f"{verb_only}|{noun_verbs}", "name_says": say,
                    "group_says": verb_only, **dict.fromkeys(added.SAYS, verb_only)}
    words = pattern_words(v)
    needs = {name: key(verbs_needed[name]) if name in verbs_needed
             else frozenset(words[name]) for name, _ in ordered}
    # the sentences that are read for a speaker at all: a pattern word or the first word of a
    # verb form ("has" of "has said"), so that "was thought to" marks an unnamed source there
    triggers = frozenset().union(*(first(v) for v in verbs_needed.values()),
                                 *(frozenset(words[n]) for n, _ in ordered
                                   if n not in verbs_needed),
                                 first(infinitives), first(refusals))  # a refusal
    # what every match of some patterns holds, searched first (once per sentence for all of
    # them): a verb of saying after a comma ("..., the spokesman, said"; "..., said X"), or
    # two verbs of saying with a few lower-case words between them ("Ban says states estimate")
    after_comma = re.compile(rf",\s+(?:(?:has|have|had)\s+)?(?:{tree['say']})\b")
    # ... or after a quoted title ('The report, titled Q finds that'; quotations read as Q)
    after_comma_or_q = re.compile(rf"(?:,|{Q_WORD})\s+(?:(?:has|have|had)\s+)?(?:{tree['say']})\b")
    inverted_after = re.compile(rf"(?:,[\"”»“]?|{Q_WORD}|{DASH})\s+(?:[-–—]\s+)?{before_verb}"
                                rf"(?:{tree['inverted']})\b")
    says_twice = re.compile(rf"\b(?:{tree['say']})\b(?:[^,;:\"“”\d]{{0,80}}?\s+that)?\s+"
                            rf"(?:[a-z][\w'’-]*\s+){{0,2}}[a-z][\w'’-]*\s+(?:\w+ly\s+)?"
                            rf"(?:{tree['say']})\b")
    gates = {**dict.fromkeys(("subject_aside_says", "name_role_says", "role_name_says",
                              "id_subject_aside"), after_comma),
             "subject_prep_aside": after_comma_or_q,
             **dict.fromkeys(("says_name_role", "says_group", *dash.NAMES), inverted_after),
             "says_others_say": says_twice, **more.gates(),
             # "X quoted/reported Y as saying": both end so (their words alone are common)
             **dict.fromkeys(("reported_as_saying", "quoted_as_saying"),
                             re.compile(r"\sas\s+(?:saying|stating)\b"))}
    return SpeakerPatterns(ordered, needs, triggers, say, anaphora,
                           opener, not_saying, not_saying_needs,
                           re.compile(rf"\b(?:{document})$", re.IGNORECASE),
                           re.compile(rf"\b(?:{bodies})\b", re.IGNORECASE),
                           re.compile(rf"\b(?:{person_roles})\b", re.IGNORECASE),
                           re.compile(rf"(?:{any_roles})", re.IGNORECASE),
                           {name: frozenset(words) for name, words in SECOND_WORDS.items()},
                           gates, clause_checks=clause_gates.checks(v for v, _, _ in verbs))
