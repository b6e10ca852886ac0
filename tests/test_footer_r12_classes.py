"""The footer read at a page's end with no word list (menus._footer_lines, issue 12 point 4),
tightened in round 12: a list of the article's items (names alone on their lines, or the items
under a lead-in that ends with a colon) is no run of tail labels, so the article sentence that
closes the story under such a list stays; a site's notice under related headlines or section
labels still goes. Pages written for these tests, in several languages."""

from __future__ import annotations

import pytest
from conftest import STORY_HEADLINE as HEADLINE
from conftest import STORY_LEAD as LEAD
from conftest import STORY_MORE as MORE

from helpers.cleaning import clean


def _kept(parts: list[str]) -> str:
    return " ".join(clean("\n\n".join(parts) + "\n").paragraphs)


NAMES = {
    "en": (["Maria Lopez", "John Okafor", "Ahmed Karimi"],
           "Their funerals will be held in the town on Friday."),
    "tr": (["Kibar Polat", "Naile Polat", "Emine Başbuğ"],
           "Cenazeler yarın öğle namazının ardından defnedilecek."),
    "es": (["Ana María Ruiz", "José Luis Pardo", "Carmen Vidal"],
           "Los familiares recibirán apoyo psicológico durante la semana."),
    "de": (["Anna Becker", "Jonas Wolf", "Lena Hoffmann"],
           "Die Trauerfeier findet am Samstag in der Stadthalle statt."),
}


@pytest.mark.parametrize("lang", sorted(NAMES))
def test_the_last_sentence_under_a_list_of_names_stays(lang):
    names, last = NAMES[lang]
    kept = _kept([HEADLINE, LEAD, MORE, *names, last])
    assert last in kept and LEAD in kept and MORE in kept


@pytest.mark.parametrize("lang", sorted(NAMES))
def test_the_last_sentence_under_a_lead_in_and_its_list_stays(lang):
    names, last = NAMES[lang]
    lead_in = {"en": "The victims were identified by the police as:",
               "tr": "Hayatını kaybedenlerin isimleri şöyle:",
               "es": "Las víctimas fueron identificadas por la policía como:",
               "de": "Die Polizei nannte die Namen der Opfer:"}[lang]
    items = [*names[:2], "Emergency Services", "Civil Protection"]
    kept = _kept([HEADLINE, LEAD, MORE, lead_in, *items, last])
    assert last in kept and lead_in in kept


@pytest.mark.parametrize("footer, labels", [
    ("Tutti i diritti sono riservati alla società editrice del giornale.",
     ["Cronaca locale", "Alluvione, chiuse le scuole della provincia"]),
    ("Haki zote zimehifadhiwa na kampuni ya habari ya mfano, tafadhali wasiliana nasi.",
     ["Habari za Kitaifa", "Michezo na Burudani", "Mafuriko yaua watu kusini"]),
    ("Redakcja portalu wybiera wiadomości z agencji i biur prasowych.",
     ["Klęski żywiołowe", "Pożar hali produkcyjnej pod Warszawą"]),
])
def test_a_real_footer_under_related_headlines_still_goes(footer, labels):
    kept = _kept([HEADLINE, LEAD, MORE, *labels, footer])
    assert LEAD in kept and MORE in kept
    assert footer not in kept


@pytest.mark.parametrize("parts, last", [
    (["岩手県で地震 2人死亡", "気象庁によると、14日朝の地震で2人が死亡し、62人がけがをした。"],
     "1人は釣りをしていた男性で、もう1人は建物から飛び出した男性だという。(c)AFP"),
    (["【7月3日 共同】警察によると、川が氾濫し、3人の行方が分からなくなっている。"],
     "町は避難所を開設し、住民40人が身を寄せたと発表した。(c)共同"),
])
def test_a_last_sentence_closed_by_a_full_width_stop_and_its_credit_stays(parts, last):
    # a full-width stop with more after it is a sentence break: the line is no tail label
    text = "\n\n".join([*parts, last]) + "\n"
    assert last.split("。")[0] in " ".join(clean(text).paragraphs)


@pytest.mark.parametrize("headlines, footer", [
    (["Border Guards Detain Smugglers", "Flood Victims Receive Aid In Capital",
      "New Bridge Opens Near The Border"],
     ["The views expressed in our columns belong to their writers.",
      "Republication without permission is prohibited."]),
    (["Border Guards Detain Smugglers At Night", "Parliament Approves The New Budget"],
     ["Haki zote zimehifadhiwa na kampuni ya habari ya mfano, tafadhali wasiliana nasi."]),
    (["Grenzschützer Nehmen Vier Schmuggler Fest", "Neue Brücke Über Den Fluss Eröffnet"],
     ["Redakcja portalu wybiera wiadomości z agencji i biur prasowych."]),
])
def test_a_footer_under_title_case_related_headlines_goes(headlines, footer):
    # headlines in Title Case are no list of names: longer than a person's name
    kept = _kept([HEADLINE, LEAD, MORE, *headlines, *footer])
    assert LEAD in kept and MORE in kept
    assert not any(line in kept for line in [*headlines, *footer])
