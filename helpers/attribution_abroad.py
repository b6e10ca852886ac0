"""Named speaker patterns of news in Arabic, Azerbaijani, Serbian and Montenegrin, Norwegian,
Danish and Swedish (issue 12 point 6), spliced by helpers.attribution_forms into the order of
trust of helpers.attribution_patterns (`early`: before the subject patterns; `late`: after the
"according to" patterns).

- ar_verb_subject: Arabic "أعلنت الشرطة، اليوم السبت، ..." and "وأضاف الوزير أن ...": the verb
  of saying opens the clause and its subject follows, up to a comma, a dash or "أن" (that).
- az_gore: Azerbaijani "İcra hakimiyyətinin məlumatına görə" (according to X's information),
  "Polis İdarəsindən APA-ya verilən məlumata görə" (given by X to Y); az_deye: '"...", - deyə X
  bildirib' (X said, after a quotation); az_from: "Nazirliyin mətbuat xidmətindən APA-ya
  bildirilib ki, ..." (it was reported from X).
- az_subject_verb: Azerbaijani "Daxili İşlər Nazirliyi 5 nəfərin saxlanıldığını bildirib", "Polis
  bildirib ki, ..." (the verb at the end): the capitalised words that open the sentence speak
  ("Bu barədə X bildirib" points back: pointing_back.csv).
- sr_iz: Serbian, Montenegrin '..., saopšteno je iz Uprave policije.', '..., kazali su iz OKC-a.'
  (it was announced from X; they said from X), "Kako je saopšteno iz X, ...": X speaks;
  sr_prema: "Prema podacima MUP-a, ..." (according to X's data); sr_document: "..., navodi se
  u saopštenju X"; sr_iz_subject: "Iz policije su saopštili da ..."; ar_according: Arabic
  "بحسب X", "وفقا لـX", "نقلا عن X" (according to X, quoting X); no_ifolge: Norwegian and
  Danish "ifølge X", Swedish "enligt X" (according to X).
"""

from __future__ import annotations

import re


def early() -> tuple[tuple[str, re.Pattern], ...]:
    """The patterns tried before the subject patterns ("Iz policije su saopštili": not "Iz
    policije su" as a subject)."""
    return (
        ("sr_iz_subject", re.compile(  # "Iz policije su saopštili da ...": (from) X said
            r"^(?:Iz|Из)\s+(?P<spk>[^,.;:!?«»\"“”]{1,80}?)\s+(?:su|су)\s+(?:\w+\s+)?"
            r"(?:saopštili|saopćili|kazali|rekli|naveli|potvrdili|precizirali|саопштили|казали"
            r"|рекли|навели|потврдили)\b")),
    )


def late(v: dict[str, tuple[str, ...]]) -> tuple[tuple[str, re.Pattern], ...]:
    """The patterns tried after the "according to" patterns; `v`: the verbs of
    named_pattern_verbs.csv by pattern."""
    return (
        ("az_subject_verb", re.compile(  # "Daxili İşlər Nazirliyi ... bildirib": capitalised words
            r"^(?!(?:Bu|Bunu|Buna)\b)(?P<spk>[A-ZÇƏĞİÖŞÜ][\w'’.-]*(?:\s+[A-ZÇƏĞİÖŞÜ][\w'’.-]*){0,6})"
            r",?\s+(?:[^;]*?\s)?(?:bildirib|deyib|açıqlayıb|söyləyib|qeyd\s+edib|vurğulayıb"
            r"|məlumat\s+verib|məlumat\s+yayıb|xəbər\s+verib)(?:\s+ki)?(?:[\s,.:;!]|$)")),
        ("ar_verb_subject", re.compile(  # Arabic: the verb (with "and" glued on) before the
            rf"(?:^|[\s،,.؛])و?(?:{'|'.join(v['ar_verb_subject'])})\s+"  # subject, up to
            r"(?P<spk>[^،,.؛:«»\"“”\d–—-]{2,80}?)"  # a comma, a dash or "that"
            r"(?=\s*[،,:]|\s+[–—-]|\s+(?:(?:على|إلى)\s+)?(?:أن|إن|ان|عن)\s)")),
        ("az_gore", re.compile(  # "X-in məlumatına görə": according to X's information; "X-dən
            r"^(?P<spk>[A-ZÇƏĞİÖŞÜ][^,;:\"“”]{0,60}?)(?:['’-]?n?[ıiuüə]n\s+(?:məlumatına"  # (Y-ya)
            r"|məlumatlarına|xəbərinə|sözlərinə|açıqlamasına|bildirdiyinə)"  # verilən məlumata"
            r"|['’-]?n?[dt][əa]n\s+(?:\S+\s+)?verilən\s+məlumata)\s+görə\b")),
        ("az_deye", re.compile(  # '"...", - deyə X bildirib.' (a quotation, then who said it)
            r"(?:^|\s)deyə\s+(?P<spk>[^.;:!?«»\"“”]{1,100}?)\s+(?:bildirib|bildirilir|deyib"
            r"|qeyd\s+edib|vurğulayıb|əlavə\s+edib|söyləyib)\s*[.;!?]?$")),
        ("sr_iz", re.compile(  # "..., saopšteno je (Javnom servisu) iz X.", "kazali su iz X",
            r"(?:^|,\s+)(?:[Kk]ako\s+(?:je\s+|је\s+)?|[Кк]ако\s+(?:је\s+)?)?"  # "Kako je
            r"(?:saopšteno|saopćeno|rečeno|navedeno|potvrđeno|kazali\s+su|rekli\s+su"  # saopšteno
            r"|саопштено|речено|наведено|потврђено|казали\s+су|рекли\s+су)"  # iz X,"
            r"(?:\s+je|\s+је)?"
            r"(?:\s+\S+){0,3}?\s+(?:iz|из)\s+(?P<spk>[^,.;:!?«»\"“”]{1,120}?)\s*(?:[,.;!?]|$)")),
        ("az_from", re.compile(  # "X-in mətbuat xidmətindən (APA-ya) bildirilib": reported from X
            r"^(?P<spk>[A-ZÇƏĞİÖŞÜ][^,;:\"“”]{0,80}?)['’-]?n?[dt][əa]n\s+(?:[^\s,;:]+\s+)?"
            r"(?:bildirilib|bildirilir|məlumat\s+verilib|xəbər\s+verilib|açıqlanıb)\b")),
        ("no_ifolge", re.compile(  # Norwegian, Danish "ifølge X", Swedish "enligt X"
            r"\b(?:[Ii]følge|[Ee]nligt)\s+(?P<spk>(?!(?:ham|henne|dem|honom|dom)\b)"
            r"[^,.;:«»\"“”\d]{1,100}?)(?:\s*(?:[,.;:]|$)"  # or a verb: "Enligt polisen har"
            r"|(?=\s+(?:har|hade|är|var|blev|ble|er|vil|skal|ska|kan)\b))")),
        ("sr_prema", re.compile(  # "Prema podacima MUP-a, ...": according to X's data
            r"(?:^|,\s+)(?:[Pp]rema|[Пп]рема)\s+(?:podacima|navodima|rečima|riječima|informacijama"
            r"|saopštenju|procjenama|procenama|подацима|наводима|речима|информацијама|саопштењу)"
            r"\s+(?P<spk>[^,.;:«»\"“”\d]{1,80}?)\s*(?:[,.;:]|$)")),
        ("sr_document", re.compile(  # "..., navodi se u saopštenju policije." (it is stated in)
            r",\s+(?:navodi\s+se|navedeno\s+je|stoji|наводи\s+се|наведено\s+је|стоји)\s+(?:u|у)\s+"
            r"(?P<spk>[^.;:!?«»\"“”]{1,120}?)\s*[.;!?]?$")),
        ("ar_according", re.compile(  # Arabic "بحسب X", "وفقا لـX", "نقلا عن X": according to X
            r"(?:^|[\s،,(])(?:و?ب?حسب(?:ما\s+(?:أفادت|أفاد|ذكرت|ذكر|أعلنت|أعلن|أوردت|أورد|نقلت|نقل"
            r"|قالت|قال))?|وفق(?:ا|اً|ًا)?\s+ل(?:ـ\s*)?|طبقا\s+ل(?:ـ\s*)?|نقلا\s+عن)"
            r"\s*(?P<spk>[^،,.؛:«»\"“”()\d]{2,80}?)\s*(?:[،,.؛:)]|$)")),
    )


def words(v: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """The words each pattern needs (one of them, whole, any case)."""
    return {
        "az_subject_verb": ("bildirib", "deyib", "açıqlayıb", "söyləyib", "edib", "vurğulayıb",
                            "verib", "yayıb"),
        "sr_document": ("navodi", "navedeno", "stoji", "наводи", "наведено", "стоји"),
        "sr_iz_subject": ("iz", "из"),
        "ar_according": ("بحسب", "وبحسب", "حسب", "وحسب", "حسبما", "بحسبما", "وفقا", "وفقاً",
                         "وفقًا", "وفق", "طبقا", "نقلا"),
        "az_gore": ("görə",), "az_deye": ("deyə",), "sr_prema": ("prema", "према"),
        "no_ifolge": ("ifølge", "enligt"),
        "az_from": ("bildirilib", "bildirilir", "verilib", "açıqlanıb"),
        "sr_iz": ("saopšteno", "saopćeno", "rečeno", "navedeno", "potvrđeno", "kazali",
                  "rekli", "саопштено", "речено", "наведено", "потврђено", "казали", "рекли"),
        "ar_verb_subject": tuple(f"{w}{verb}" for verb in v["ar_verb_subject"]
                                 for w in ("", "و")),
    }
