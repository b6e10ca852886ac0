"""More named speaker patterns (issue 12 point 6): attribution forms of classes of news pages
that helpers.attribution_patterns splices into its order of trust.

- opening_says_that: a sentence that opens (after at most a short lead-in, "Writing on
  Twitter,") with "X said that ...": X speaks, whatever the reported clause holds ("80
  people, who disembarked in the port of Brindisi, told IOM staff ..." names no speaker).
- role_name_says: "The coordinator of X, Major General Y, said ...": the name after the role.
- fr_name_no_comma: French "La décision ... a rappelé Jean Yves Ledrian." (no comma before
  the inverted verb): the name that closes the sentence speaks, not the clause before it.
- subject_prep_aside: "The state government, in a letter to X, however, said ...": the subject,
  past an aside that opens with a preposition or is "however".
- id_subject_aside: Indonesian "Kapolres X saat dikonfirmasi, Senin, mengatakan ...";
  ru_told_outlet: Russian '..., рассказал ТАСС источник': the source speaks, the outlet relays;
  tr_in_statement: Turkish "Valilik açıklamasında"; fr_appris: French "a-t-on appris auprès de X".
- de_wie: German "Wie X mitteilte, ..." ("Wie X bekanntgegeben hat, ..."), the verb at the end of
  its clause (verbs in named_pattern_verbs.csv, pattern de_wie).
- es_segun: Spanish "según informó X" (a verb between "según" and its source: pattern es_segun).
- de_separable, de_separable_subject: German "..., teilte die Polizei mit." and "Die Polizei
  teilte am Montag mit, ..." (verb and particle around the speaker: pattern de_separable).
- nach_angaben_compound: German "Nach Polizeiangaben ...": the police.
- tr_statement_made: Turkish "Valilik yaptığı açıklamada ... bildirdi" (no comma after the
  subject); tr_gore: "AFAD'ın verilerine göre", "Reuters'a göre" (according to).
- ru_document: Russian '..., говорится в сообщении МВД' (the statement of the Interior
  Ministry); de_wie_end: German '..., wie die Polizei mitteilte.'; nl_zo, nl_laat_weten: Dutch
  '..., zo meldt de politie', '..., laat de politie weten'; tr_statement_from_any: Turkish
  'Valilikten yapılan açıklamada'; id_passive: Indonesian '..., demikian disampaikan Kapolres'.
- de_zufolge, nl_uit_blijkt: German "Der Polizei zufolge", Dutch "Uit cijfers van X blijkt".
- pronoun_source: "Nach seinen Angaben", "Según él", "Volgens hem", "По его словам",
  Indonesian "Menurutnya" / "Menurut dia": the last speaker; id_nya: Indonesian '"...,"
  ujarnya' (he said).
- pt_it_segundo: Portuguese and Italian "according to" at a clause start ("Segundo a Defesa
  Civil, ...", "Conforme o balanço, ...", "De acordo com X", "..., mentre secondo X, ...").
- menurut, de_acuerdo, d_apres, as_per: Indonesian "Menurut X, ..." and "Berdasarkan data X",
  Spanish "De acuerdo con X, ...", French "D'après X, ...",
  South Asian English "As per the report at least 250 ...".
- de_perfect_report: German "Zuvor hatten Spiegel und Bild über X berichtet." and "Der Spiegel
  hatte über X berichtet." (a report about the story, verb at the end): the subject speaks.
- toll_revised: "However, the Coast Guard later revised that number to seven", "Officials
  raised the death toll to 45": the one who changes a count gives it.
- owner_toll: "The government's death toll is 715": a body's toll or count names the body
  (institution_nouns.csv), never a disaster's ("the quake's death toll").
- reported_as_saying: "the Reuters news agency reported X, the deputy police chief, as saying":
  X speaks, the agency relays (also "quoted"/"cited" after a lower-case or longer relay than
  attribution_patterns' quoted_as_saying reads); tried first, so it frames the quotation even
  when an earlier clause names another source.
- nl_staat_in, hu_all: Dutch '..., staat in het rapport van de AIVD' and Hungarian '... - áll
  az agytröszt jelentésében' (it stands in X's report): the document speaks.
- uk_za_danymy, uk_pronoun_source, uk_document: Ukrainian "За даними X", "Як повідомили у X",
  "За їхньою інформацією" (the last speaker), '..., – йдеться в повідомленні X'.
- per_source: English "..., per the interior ministry"; de_so, de_hiess_es: German "..., so ein
  Sprecher der Polizei", "..., hieß es aus Sicherheitskreisen" / "heißt es in einer Mitteilung
  der Polizei"; nl_perfect_end: Dutch "..., heeft de politie laten weten", "..., maakte de
  burgemeester bekend" (nl_maakte_bekend).
- qualified "according to", French inverted verbs after any auxiliary, Italian and Portuguese
  "secondo" inside a clause, Indonesian roles past a comma: helpers.attribution_qualified.
- the patterns of other languages (Arabic, Azerbaijani, Serbian and Montenegrin, Norwegian,
  Danish and Swedish): helpers.attribution_abroad.
- says_told: "authorities said a survivor told them that 700 ...": the survivor speaks, the
  authorities relay. TOLD_STOP: what ends the one told ("told investigators about 300").

Their verbs, markers ("zufolge", "menurut", "göre") and the pronouns that name no source are data
(helpers.pattern_lists: named_pattern_verbs.csv, named_pattern_markers.csv, source_pronouns.csv),
as are the words a pattern needs where they come from those lists.
"""

from __future__ import annotations

import re

from . import attribution_abroad as abroad
from . import attribution_as as as_says
from . import attribution_greek as greek
from . import attribution_more_forms as more
from . import attribution_postpositions as postpositions
from . import attribution_qualified as qualified
from . import attribution_v2 as v2
from .pattern_lists import either_case, first_words, last_words, pattern_terms, spaced
from .speaker_phrases import uk_pronouns

# the added patterns built from the verbs of saying (they need one of them)
SAYS = ("opening_says_that", "role_name_says", "id_subject_aside", "subject_prep_aside")
# the definite articles before a role noun that refers back to the last speaker ("the minister",
# French "le ministre", Spanish "el portavoz", German "der Sprecher", Dutch "de woordvoerder")
ROLE_LEAD = r"(?:the|le|la|el|der|die|de|het|il) (?:[a-z]++ ){0,2}"  # and up to two words
# what ends the one told ("X told Reuters that ...", "told investigators about 300 people",
# "told VOA Monday that"): a clause, a time, a figure's qualifier, and an English weekday's
# full name (helpers.dates.weekday_names, added where the pattern is built)
TOLD_STOP = ("that|it|he|she|they|on|in|at|after|before|during|last|this|earlier|about|some"
             "|around|nearly|almost|over")
# words of a lead-in before the subject ("Writing on Twitter,", "In a statement,")
_LEAD_IN = r"(?:[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,4},\s+)?"
# a German time or audience phrase between the speaker and the verb ("am Freitag", "dem Spiegel")
_DE_BETWEEN = (r"(?:\s+(?:am|an|im|vor|gegenüber|heute|gestern|bereits|zuvor|dem|den|der)\b"
               r"[^,.;:]{0,40}?)?")
# German: a genitive after the source's noun ("einer Sprecherin des Auswärtigen Amtes")
DE_GENITIVE = (r"(?:\s+(?:des|der)\s+(?:[a-zäöüß-]+\s+){0,2}[A-ZÄÖÜ][\w-]*"
               r"(?:\s+[A-ZÄÖÜ][\w-]*){0,2})?")
# French: what follows an inverted speaker ("a précisé X sans aucune précision", "lors d'un ...")
FR_AFTER = (r"|\s+(?:sans|lors|avant|après|depuis|devant|dans\s+(?:un|une|son|sa|ses|le|la|les))"
            r"\b[^.;!?«»]*")


# the lists of helpers.pattern_lists; the patterns that need the first word of one of their verb
# forms, and those that need a marker's last word
_VERBS, _MARKERS = "named_pattern_verbs", "named_pattern_markers"
_FIRST_VERB_NEEDED = ("ru_told_outlet", "ru_document", "id_passive", "nl_uit_blijkt",
                      "de_perfect_report", "nl_staat_in", "hu_all", "uk_document", "de_hiess_es")
_MARKED = ("nl_laat_weten", "de_zufolge", "menurut", "nl_maakte_bekend")


def _marker(pattern: str, either: bool = False) -> str:
    """The markers of a pattern (named_pattern_markers.csv) as an alternation."""
    found = pattern_terms(_MARKERS, pattern)
    return either_case(found) if either else spaced(found)


def _pronouns(pattern: str) -> str:
    """The pronouns that name no source for a pattern (source_pronouns.csv)."""
    return "|".join(pattern_terms("source_pronouns", pattern))


def _verbs(forms: tuple[str, ...]) -> str:
    """The verbs of separable verb forms ("teilte mit": teilte), as an alternation."""
    return "|".join(dict.fromkeys(f.split()[0] for f in forms))


def _particles(forms: tuple[str, ...]) -> str:
    """The particles of separable verb forms ("teilte mit": mit), as an alternation."""
    return "|".join(dict.fromkeys(f.split()[-1] for f in forms))


def early(say: str, v: dict[str, tuple[str, ...]]) -> tuple[tuple[str, re.Pattern], ...]:
    """The patterns tried before the relay patterns ("X told Y") and the subject patterns
    ("X sagte"); `say`: the verbs of saying that are never nouns, as an alternation; `v`: the
    verbs of named_pattern_verbs.csv by pattern."""
    return (
        *abroad.early(),
        ("reported_as_saying", re.compile(  # "the Reuters news agency reported X, the deputy
            r"(?<![\w'’-])(?P<via>(?:[Tt]he\s+)?[A-ZА-ЯЁ][\w'’-]*(?:\s+[\w'’-]+){0,3}?"  # police
            r"|the\s+[a-z][\w'’-]*(?:\s+[\w'’-]+){0,3}?"  # or in lower case after a comma:
            r"|(?<=[,;:]\s)[a-z][\w'’-]*(?:\s+[\w'’-]+){0,2}?)"  # "..., local media quoted X"
            r"(?<!\bwas)(?<!\bwere)(?<!\bis)(?<!\bare)"
            r"(?<!\bbeen)\s+(?:reported|quoted|cited)\s+"  # chief, as saying": never a passive
            r"(?P<spk>(?!(?:that|in|by|on|at|as|from|to)\b)[^,;\"“”\d]{1,120}?)(?:,\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}),"
            r"|,\s+[^,;\"“”]{1,160}?,)?\s+as\s+(?:saying|stating)\b")),  # the name beside a role
        # "Earlier, authorities said a survivor told them that 700 ...": the one who told
        # speaks, they relay
        ("says_told", re.compile(
            r"(?:^|[,;:]\s+)(?P<via>(?:[Tt]he\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}?)\s+"
            r"(?:said|say|says)\s+(?:that\s+)?(?P<spk>(?:an?|the|one|two|three|some|several)\s+"
            r"[\w'’-]+(?:\s+[\w'’-]+){0,3}?)\s+(?:had\s+)?told\s"
            r"(?![\w'’-]+(?:\s+[\w'’-]+)?\s+to\s)")),  # (never an order: "told the migrants to go")
        ("opening_says_that", re.compile(
            rf"^{_LEAD_IN}(?!(?:It|There|That|This|What)['’]s\s)"
            rf"(?P<spk>(?:[A-Z]|the\s)[^,;:\"“”\d]{{0,80}}?)\s+(?:{say})\s+that\b")),
        ("role_name_says", re.compile(  # "The coordinator of X, Major General Y, said"
            r"^(?:[Tt]he|[Aa]n?)\s+[^,;:\"“”\d]{1,100}?,\s+"
            r"(?P<spk>(?:[A-Z][\w'’.-]+\s+){1,5}[A-Z][\w'’-]+),\s+"
            r"(?:(?:in|at|on|after|during|while|speaking)\s[^;:\"“”]*?,\s+)?"  # ", during X, said"
            r"(?:(?:has|have|had)\s+)?"
            rf"(?:{say})\b")),
        ("subject_prep_aside", re.compile(  # "The state government, in a letter to X, however,
            r"^(?P<spk>(?:[Tt]he\s+|[A-Z])[^,;:\"“”\d]{1,60}?),\s+"  # said": the subject
            r"(?:(?:in|at|on|after|during|through|via|with|titled|entitled|released|published"
            r"|commissioned|issued|dated)\s[^;:\"“”]*?|however|though|meanwhile)"
            r"(?:,\s+(?:however|though|meanwhile))?(?:,|(?<=\bQ))\s+(?:(?:has|have|had)\s+)?"
            rf"(?:{say})\b")),
        ("fr_name_no_comma", re.compile(  # "La décision ... a rappelé Jean Yves Ledrian.": a
            r"\s(?:a|ont)\s+(?:" + "|".join(v["fr_inverted"] + v["fr_pronoun"])  # name closing
            + r")\s+(?P<spk>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})\s*[.!?]?$")),  # the sentence
        ("id_subject_aside", re.compile(  # "Kapolres X saat dikonfirmasi, Senin, mengatakan"
            r"^(?P<spk>[A-Z][^,;:\"“”\d]{1,80}?)\s+(?:saat|ketika|usai|seusai|di\s+sela|dalam)\s"
            rf"[^;:\"“”]*?,\s+(?:{say})\b")),
        ("ru_told_outlet", re.compile(  # '"...", - рассказал ТАСС источник в силовых структурах'
            rf"(?:,|\bQ)\s+(?:[-–—]\s+)?(?:{spaced(v['ru_told_outlet'])})\s+"
            r"(?P<via>[A-ZА-ЯЁ][\w-]*(?:\s+[A-ZА-ЯЁ][\w-]*)?)\s+(?P<spk>[а-яё][^.;:!?«»\"“”]{0,120}?)"
            r"\s*[.;!?]?$")),
        ("de_wie", re.compile(
            r"^Wie\s+(?P<spk>[^,.;:!?„“\"”«»]{1,120}?)" + _DE_BETWEEN
            + rf"\s+(?:{'|'.join(v['de_wie'])})(?:\s+(?:hat|haben|hatte|hatten))?,")),
        ("de_separable", re.compile(
            rf",\s+(?:{_verbs(v['de_separable'])})\s+(?P<spk>[^,.;:!?„“\"”«»]{{1,120}}?)"
            + _DE_BETWEEN + rf"\s+(?:{_particles(v['de_separable'])})\s*[.;!?]?$")),
        ("de_separable_subject", re.compile(
            rf"^(?P<spk>[^,.;:!?„“\"”«»\d]{{1,120}}?)\s+(?:{_verbs(v['de_separable'])})"
            rf"(?:\s+[^,.;:]{{1,40}}?)?\s+(?:{_particles(v['de_separable'])}),")),
        ("es_segun", re.compile(
            rf"\b[Ss]egún\s+(?:lo\s+)?(?:(?:ha|han)\s+)?(?:{'|'.join(v['es_segun'])})\s+"
            r"(?P<spk>[^,.;:«»\"“”\d]{1,120}?)(?:\s+(?:en|a\s+través\s+de|mediante)\s+"
            r"(?:un|una|su|sus)\s+[^,.;:]{1,40}?)?\s*(?:[,.;:]|$)")),
        ("de_wie_end", re.compile(
            r",\s+wie\s+(?P<spk>[^,.;:!?„“\"”«»]{1,120}?)" + _DE_BETWEEN
            + rf"\s+(?:{'|'.join(v['de_wie'])})(?:\s+(?:hat|haben|hatte|hatten))?\s*[.;!?]?$")),
        ("nl_zo", re.compile(
            rf",\s+zo\s+(?:{'|'.join(v['nl_inverted'])})\s+(?P<spk>(?:[Hh]et\s|[Dd]e\s|[Ee]en\s|[A-Z])"
            r"[^.;:!?«»\"“”]{0,160}?)\s*[.;!?]?$")),
        ("nl_laat_weten", re.compile(
            rf",\s+(?:zo\s+)?(?:{spaced(v['nl_laat_weten'])})\s+(?P<spk>[^.;:!?«»\"“”]{{1,120}}?)"
            rf"\s+(?:{_marker('nl_laat_weten')})\s*[.;!?]?$")),
    )


def late(bodies: str, v: dict[str, tuple[str, ...]]) -> tuple[tuple[str, re.Pattern], ...]:
    """The patterns tried after the "according to" patterns; `bodies`: the institution nouns
    as an alternation; `v`: the verbs of named_pattern_verbs.csv by pattern."""
    uk_after_za = "|".join(uk_pronouns("genitive", "instrumental"))  # "За його словами"
    tr_nouns = spaced(pattern_terms("named_pattern_nouns", "tr_gore"))
    tr_gore = spaced(pattern_terms("named_pattern_markers", "tr_gore"))
    return (
        ("pronoun_source", re.compile(
            r"\b(?:(?:[Nn]ach|[Ss]egún|[Vv]olgens|[Пп]о)\s+|[Mm]enurut(?=nya)|[Mm]enurut\s+)"
            r"(?P<spk>seinen|ihren|él|ella|ellos|ellas|hem|haar|hen|его|её|ее|их|nya|dia|beliau)"
            r"(?:\s+(?:Angaben|Worten|словам|данным|оценкам))?\b")),
        ("id_nya", re.compile(
            rf"(?:[,”\"]|^Q)\s*(?:{'|'.join(v['id_inverted'])})(?P<spk>nya)\b")),
        ("ru_document", re.compile(
            rf",\s+(?:[-–—]\s+)?(?:{spaced(v['ru_document'])})\s+в\s+"
            r"(?P<spk>[^.;:!?«»\"“”]{1,120}?)\s*[.;!?]?$")),
        ("id_passive", re.compile(
            rf",\s+(?:demikian\s+)?(?:{spaced(v['id_passive'])})\s+"
            r"(?:oleh\s+)?(?P<spk>[A-Z][^.;:!?\"“”]{0,100}?)\s*[.;!?]?$")),
        ("de_zufolge", re.compile(
            r"(?:^|,\s+)(?!(?:Berichten|Medienberichten|Hinweisen|Informationen)\s)"  # unnamed
            # "den Angaben zufolge": the last speaker's statements, never a source of its own
            r"(?!(?:[\w-]+\s+){0,2}?(?:[Dd]en|[Dd]iesen|[Ss]einen|[Ii]hren)\s+Angaben\s)"
            r"(?P<spk>(?:(?:[Dd]em|[Dd]er|[Dd]en|[Ee]inem|[Ee]iner)\s+)?(?:[\w-]+\s+){0,2}?"
            r"[A-ZÄÖÜ][\w-]*" + DE_GENITIVE + rf")\s+(?:{_marker('de_zufolge')})\b")),
        ("nl_uit_blijkt", re.compile(
            r"\b[Uu]it\s+(?P<spk>[^,.;:«»\"“”\d]{1,120}?)"
            rf"\s+(?:{spaced(v['nl_uit_blijkt'])})\b")),
        ("fr_appris", re.compile(  # "..., a-t-on appris auprès de la préfecture"
            r"\ba-t-on\s+appris\s+(?:auprès\s+)?(?:de\s+|du\s+|des\s+|d['’])"
            r"(?P<spk>[^.;:!?«»\"“”]{1,120}?)\s*[.;!?]?$")),
        ("tr_in_statement", re.compile(  # "Valilik açıklamasında ... belirtildi"
            r"^(?P<spk>[A-ZÇĞİÖŞÜ][^,;:\"“”]{1,60}?)(?:['’]n?[ıiuü]n)?\s+(?:yazılı\s+)?"
            r"açıklamasında\b")),
        ("tr_buna_gore", re.compile(r"^(?P<spk>Buna)\s+göre\b")),
        # "AFAD'ın verilerine göre", "Reuters'a göre", a genitive with no mark ("Komutanlığının
        # açıklamasına göre", "Yetkililerin ..."), "X'dan yapılan son açıklamaya göre"
        ("tr_gore", re.compile(  # (nouns and "göre": named_pattern_nouns.csv, _markers.csv)
            r"^(?P<spk>[A-ZÇĞİÖŞÜ][^,;:\"“”'’]{0,60}?)(?:['’](?:n?[ıiuü]n\s+(?:yaptığı\s+)?"
            rf"(?:son\s+)?(?:yazılı\s+)?(?:{tr_nouns})"
            r"|y?[ae]|n[ae])|(?:(?<=[ıiuüaeoö])n|(?<=[bcçdfgğhjklmnprsştvyz]))[ıiuü]n\s+"
            r"(?:son\s+)?(?:yazılı\s+)?"
            rf"(?:{tr_nouns})"
            r"|['’]?n?[dt][ae]n\s+yapılan\s+(?:son\s+)?(?:yazılı\s+)?açıklamaya)"
            rf"\s+(?:{tr_gore})\b")),
        ("menurut", re.compile(
            rf"\b(?:{_marker('menurut', either=True)})\s+(?P<spk>(?!(?:{_pronouns('menurut')})\b)"
            r"[^,.;:\"“”\d]{1,100}?)\s*(?:[,.;:]|$)")),
        # "Segundo a Defesa Civil, ...", "Secondo la polizia, ...": only at a clause start ("no
        # segundo dia" is an ordinal); the Portuguese article stays out of the speaker ("a" is
        # no English "a spokesman" after a name)
        ("pt_it_segundo", re.compile(
            r"(?:^|[,;]\s+(?:(?:e|ma|mentre|mas|enquanto)\s+)?)"
            r"(?:[Ss]egundo|[Ss]econdo|[Cc]onforme|[Dd]e\s+acordo\s+com)\s+(?:(?:o|a|os|as)\s+)?"
            rf"(?P<spk>(?!(?:{_pronouns('pt_it_segundo')})\b)"
            r"[^,.;:«»\"“”\d]{1,100}?)\s*(?:[,.;:]|$)")),
        ("de_acuerdo", re.compile(
            rf"\b[Dd]e\s+acuerdo\s+(?:a|con)\s+(?P<spk>(?!(?:{_pronouns('de_acuerdo')})\b)"
            r"[^,.;:«»\"“”\d]{1,120}?)\s*(?:[,.;:]|$)")),
        ("d_apres", re.compile(
            rf"\b[Dd]['’]après\s+(?P<spk>(?!(?:{_pronouns('d_apres')})\b)"
            r"[^,.;:«»\"“”\d]{1,100}?)\s*(?:[,.;:]|$)")),
        ("nach_angaben_compound", re.compile(
            r"\b(?:[Nn]ach|[Ll]aut)\s+"  # "Nach Polizeiangaben", "Nach UN-Schätzungen"
            r"(?P<spk>[A-ZÄÖÜ][a-zäöüß]{2,}?(?=(?:angaben|informationen|schätzungen)\b)"
            r"|[A-ZÄÖÜ][\wÄÖÜäöüß]{1,20}?(?=-(?:Angaben|Informationen|Schätzungen|Zahlen)\b))")),
        ("tr_statement_made", re.compile(  # "Valilik(,) konuyla ilgili yaptığı açıklamada"
            r"^(?P<spk>[A-ZÇĞİÖŞÜ][^,;:\"“”'’]{1,60}?),?(?:\s+konuyla\s+ilgili)?\s+"
            r"(?:yaptığı|tarafından\s+yapılan)\s+(?:yazılı\s+)?açıklamada\b")),
        ("as_per", re.compile(
            r"\b[Aa]s\s+per\s+(?P<spk>(?!the\s+details\b)[^,.;:\"“”\d]{1,80}?)"
            r"(?=\s*[,.;:]|\s+(?:at\s+least|about|some|around|nearly|more\s+than|over|\d))")),
        ("de_perfect_report", re.compile(  # "Zuvor hatten Spiegel und Bild über X berichtet."
            r"^(?:Zuvor|Bereits|Vorher|Zunächst|Am\s+\w+)\s+(?:hatte|hatten|hat|haben)\s+"
            r"(?P<spk>(?:(?:der|die|das)\s+)?[A-ZÄÖÜ][^,.;:!?„“\"”«»\d]{0,60}?)"
            rf"\s+über\s[^.;!?]*?\s(?:{spaced(v['de_perfect_report'])})\s*[.!?]?$")),
        ("de_perfect_report_subject", re.compile(  # "Der Spiegel hatte über X berichtet."
            r"^(?P<spk>[A-ZÄÖÜ][^,.;:!?„“\"”«»\d]{0,60}?)\s+(?:hatte|hatten|hat|haben)"
            r"(?:\s+(?:zuvor|bereits|am\s+\w+))?"
            rf"\s+über\s[^.;!?]*?\s(?:{spaced(v['de_perfect_report'])})\s*[.!?]?$")),
        ("nl_staat_in", re.compile(  # Dutch '..., staat in het laatste rapport van de AIVD.'
            rf",\s+(?:zo\s+)?(?:{spaced(v['nl_staat_in'])})\s+(?:te\s+lezen\s+)?in\s+"
            r"(?P<spk>[^.;:!?«»\"“”]{1,120}?)\s*[.;!?]?$")),
        ("hu_all", re.compile(  # Hungarian '... - áll az agytröszt jelentésében.' (it stands in)
            rf"\s[-–—]\s+(?:{spaced(v['hu_all'])})\s+(?P<spk>[^.;:!?«»\"“”]{{1,120}}?)\s*[.;!?]?$")),
        ("uk_za_danymy", re.compile(  # Ukrainian "За даними ДСНС", "Як повідомили у X"
            r"(?:^|[,;:]\s+|\s)(?:[Зз]а\s+(?:даними|словами|інформацією|повідомленням|оцінками"
            r"|підрахунками)|[Зз]гідно\s+з\s+(?:даними|інформацією)|[Яя]к\s+(?:повідом\w+|заяв\w+"
            r"|пише|пишуть|переда\w+|зазнач\w+|розпов\w+)(?:\s+(?:у|в|на))?)"
            rf"\s+(?P<spk>(?!(?:{uk_after_za})\b)[^,.;:«»\"“”]{{1,80}}?)\s*(?:[,.;:]|$)")),
        ("uk_pronoun_source", re.compile(  # "За їхньою інформацією", "За його словами": the last
            rf"\b[Зз]а\s+(?P<spk>{uk_after_za})\s+"  # speaker
            r"(?:словами|даними|інформацією|оцінками|підрахунками)\b")),
        ("uk_document", re.compile(  # '..., – йдеться в повідомленні ДСНС' (it says in X's)
            rf",\s+(?:[-–—]\s+)?(?:{spaced(v['uk_document'])})\s+(?:в|у)\s+"
            r"(?P<spk>[^.;:!?«»\"“”]{1,120}?)\s*[.;!?]?$")),
        ("per_source", re.compile(  # "..., per the interior ministry." / "Per police, 300 ..."
            r"(?:^|,\s+)[Pp]er\s+(?P<spk>(?:the\s+|[A-Z]|[a-z][\w-]*+(?=\s*,))[^,.;:\"“”\d]{0,100}?)"
            r"\s*(?:[,.;]|$)")),
        ("de_so", re.compile(  # German "..., so ein Sprecher der Polizei." (never "so dass")
            r",\s+so\s+(?P<spk>(?:der|die|das|den|ein|eine|einer|[A-ZÄÖÜ])\b[^.;:!?«»\"“”„]{0,120}?)"
            r"\s*[.;!?]?$")),
        ("de_hiess_es", re.compile(  # "..., hieß es aus Sicherheitskreisen", "heißt es in einer
            rf",\s+(?:{spaced(v['de_hiess_es'])})\s+es\s+"  # Mitteilung der X"
            r"(?:(?:am|an|bereits|zuvor)\s+\w+\s+)?"
            r"(?:aus|in|von|bei|im|vom)\s+(?P<spk>[^.;:!?«»\"“”„]{1,140}?)\s*[.;!?]?$")),
        ("nl_perfect_end", re.compile(  # Dutch "..., heeft de politie laten weten"
            r",\s+(?:heeft|hebben|had|hadden)\s+(?P<spk>[^.;:!?«»\"“”]{1,100}?)"
            rf"\s+(?:{spaced(v['nl_perfect_end'])})\s*[.;!?]?$")),
        ("nl_maakte_bekend", re.compile(  # Dutch "..., maakte de burgemeester bekend"
            rf",\s+(?:{spaced(v['nl_maakte_bekend'])})\s+(?P<spk>[^.;:!?«»\"“”]{{1,100}}?)"
            rf"\s+(?:{_marker('nl_maakte_bekend')})\s*[.;!?]?$")),
        ("toll_revised", re.compile(  # "However, the Coast Guard later revised that number to
            rf"^{_LEAD_IN}(?P<spk>(?:[Tt]he\s+)?(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,5}}"  # a
            rf"|(?:[\w-]+\s+){{0,3}}?(?i:{bodies})))\s+"  # name or a body, never "the flood"
            r"(?:(?:later|then|also|has|have|had)\s+)*(?:revised|raised|lowered|updated)\s+"
            r"(?:that|the|this|its|their)\s+(?:(?:death|casualty|official)\s+)?"  # count's keeper
            r"(?:number|toll|figure|count|tally|estimate)\b")),
        ("owner_toll", re.compile(
            rf"^(?P<spk>(?:[Tt]he\s+)?(?:[\w-]+\s+){{0,3}}?(?i:{bodies}))['’]s?\s+"
            r"(?:(?:official|latest|provisional|new)\s+)?(?:death\s+toll|toll|tally|count)\b")),
        *abroad.late(v),
    )


def tail() -> tuple[tuple[str, re.Pattern], ...]:
    """The patterns tried after all the others (a narrower one of the same form goes first)."""
    return (
        ("tr_statement_from_any", re.compile(
            r"^(?P<spk>[A-ZÇĞİÖŞÜ][^,;:\"“”]{1,80}?)(?:(?:['’]n?[ıiuü]n)?\s+(?:[\w-]+\s+){0,2}hesab[ıi])?"
            r"['’]?n?[dt][ae]n\s+yapılan\s+(?:yazılı\s+)?"
            r"açıklamada\b")),
    )


def spliced(ordered: tuple[tuple[str, re.Pattern], ...], say: str,
            v: dict[str, tuple[str, ...]], bodies: str) -> tuple[tuple[str, re.Pattern], ...]:
    """The patterns of helpers.attribution_patterns (`ordered`) with these: `early` before
    "told", `late` after "selon" (each followed by helpers.attribution_more_forms's and
    helpers.attribution_qualified's), `tail` at the end; attribution_qualified's German
    qualified source before "laut"."""
    at = [name for name, _ in ordered]
    laut, told, selon = at.index("laut"), at.index("told"), at.index("selon") + 1
    return (*ordered[:laut], *qualified.first(), *ordered[laut:told], *early(say, v),
            *v2.early(v), *greek.early(v), *as_says.early(say), *more.early(v),
            *ordered[told:selon],
            *late(bodies, v), *more.late(), *postpositions.late(),
            *qualified.late(v, say), *ordered[selon:], *tail())


def words(v: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """The words each added pattern needs (opening_says_that and role_name_says need their
    verbs of saying), given the verbs of named_pattern_verbs.csv by pattern (v)."""
    return {"de_wie": v["de_wie"], "es_segun": ("según",),
            "de_separable": tuple(_particles(v["de_separable"]).split("|")),
            "de_separable_subject": tuple(_particles(v["de_separable"]).split("|")),
            "d_apres": ("après", "d'après", "d’après"), "tr_statement_made": ("açıklamada",),
            "nach_angaben_compound": ("nach", "laut"),
            "tr_gore": last_words("named_pattern_markers", "tr_gore"),
            "tr_buna_gore": ("buna",), "tr_in_statement": ("açıklamasında",),
            "fr_appris": ("appris",), "fr_name_no_comma": (*v["fr_inverted"], *v["fr_pronoun"]),
            "pronoun_source": ("nach", "según", "volgens", "по", "menurutnya", "menurut"),
            "de_wie_end": ("wie",),
            "nl_zo": ("zo",), "tr_statement_from_any": ("yapılan",),
            "id_nya": tuple(f"{verb}nya" for verb in v["id_inverted"]),
            "de_acuerdo": ("acuerdo",),
            "pt_it_segundo": ("segundo", "secondo", "conforme", "acordo"), "as_per": ("per",),
            "reported_as_saying": ("saying", "stating"),
            "uk_za_danymy": ("за", "згідно", "як"), "uk_pronoun_source": ("за",),
            "per_source": ("per",), "says_told": ("told",), "de_so": ("so",),
            "owner_toll": ("toll", "tally", "count"),
            "toll_revised": ("revised", "raised", "lowered", "updated"),
            **{name: first_words(_VERBS, name) for name in _FIRST_VERB_NEEDED},
            "de_perfect_report_subject": first_words(_VERBS, "de_perfect_report"),
            "nl_perfect_end": last_words(_VERBS, "nl_perfect_end"),
            **{name: last_words(_MARKERS, name) for name in _MARKED},
            **abroad.words_needed(v), **qualified.words(v), **v2.words_needed(v),
            **greek.words_needed(v), **postpositions.words_needed(),
            **as_says.words_needed()}
