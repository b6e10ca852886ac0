"""Furniture and title classes found on fresh pages of portals, regional papers, blogs and
aggregators (issue 12 points 1 and 4), each tested on text written for the test: the line goes
under its rule and every article sentence stays."""

import pytest

from helpers.cleaning import clean

HEADLINE = "Police arrest twelve returnees in dawn raids"
LEAD = "Police arrested 12 people on Monday after they returned from Syria, officials said."
MIDDLE = "The ministry added that the investigation would continue for several months."
CLOSE = "A court will decide on Friday whether the suspects stay in custody."
BODY = [LEAD, MIDDLE, CLOSE]

RU_HEADLINE = "Суд арестовал троих вернувшихся из Сирии"
RU_BODY = ["Суд арестовал троих мужчин, вернувшихся из Сирии, сообщили в ведомстве.",
           "По данным следствия, они воевали на стороне «Исламского государства»* два года.",
           "Следствие продолжается."]


def _page(*lines: str, where: str = "end", headline: str = HEADLINE,
          body: list[str] | None = None) -> str:
    body = BODY if body is None else body
    parts = {"end": [*body, *lines], "top": [*lines, *body],
             "middle": [body[0], *lines, *body[1:]]}[where]
    return "\n\n".join([headline, *parts]) + "\n"


def _rules(art, line: str) -> list[str]:
    return [r.rule for r in art.removed if r.text == line]


@pytest.mark.parametrize(("line", "rule"), [
    # comment counters and forms of a blog platform, in several languages
    ("Nenhum comentário:", "comment_form"),
    ("No hay comentarios:", "comment_form"),
    ("ليست هناك تعليقات:", "comment_form"),
    ("Komentar tentang post", "comment_form"),
    ("Нет комментариев", "comment_form"),
    # disclaimers under a comment box
    ("Os comentários não representam a opinião do site; a responsabilidade pelo conteúdo "
     "postado é do autor da mensagem.", "comment_notice"),
    ("Comments do not necessarily reflect the views of this website or its staff.",
     "comment_notice"),
    # legal notices
    ("This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service "
     "apply.", "legal_notice"),
    ("Политики конфиденциальности и Условий использования Google", "legal_notice"),
    ("This post was made using the Auto Blogging Software from example.org", "legal_notice"),
    ("View the original article here", "source_credit"),
    # consent panels that name no cookie
    ("Le tue preferenze relative al consenso", "cookie_notice"),
    ("Il seguente pannello ti consente di esprimere le tue preferenze di consenso alle "
     "tecnologie che adottiamo per offrire le funzionalità descritte.", "cookie_notice"),
    # appeals: a newsroom's messaging number, a call for readers' tips, 'click here'
    ("Whatsapp Redação 3015-0366 - Canal direto com nossa redação", "appeal"),
    ("Envie sua denúncia que uma equipe nossa irá atender você.", "appeal"),
    ("Envoyez votre témoignage et vos photos à la rédaction.", "appeal"),
    ("Acesse aqui o Discover e busque as mais lidas por mês!", "appeal"),
    # an image's alternative text
    ("Imagem referente a Polícia prende doze suspeitos no aeroporto", "photo_caption"),
    # a share button's abbreviation
    ("FB", "share_widget"),
    # an appeal to join the outlet's channel; a paywall's notes; a request to enable cookies
    ("Únete a nuestro canal ¡El Diario ya está en Whatsapp!, desde tu dispositivo móvil "
     "entérate de las noticias más relevantes del día.", "appeal"),
    ("Join our WhatsApp channel for the day's top stories", "appeal"),
    ("Wenn Sie ein Abo haben, loggen Sie sich ein:", "appeal"),
    ("Mit einem Digital- oder Kombi-Abo haben Sie Zugriff auf alle Artikel seit 1990.", "appeal"),
    ("Bitte aktivieren Sie Cookies, um sich einloggen zu können.", "cookie_notice"),
    # a footer's software version; a topics menu's label
    ("Version 2.10.3", "site_notice"),
    ("Themenüberblick", "navigation_menu"),
    # a blog platform's like widget
    ("%d bloggers like this:", "share_widget"),
    ("Like this:", "share_widget"),
    ("Follow the topics in this article", "social_follow"),
    ("PHOTOS: Rescue workers search the rubble", "related_headlines"),
])
def test_a_furniture_line_of_a_class_goes_under_its_rule(line, rule):
    art = clean(_page(line))
    assert _rules(art, line) == [rule]
    assert art.paragraphs == BODY


def test_a_russian_disclaimer_on_the_editors_view_goes():
    line = "Мнение редакции может не совпадать с мнением автора."
    art = clean(_page(line, headline=RU_HEADLINE, body=RU_BODY))
    assert _rules(art, line) in (["legal_notice"], ["comment_notice"])
    assert art.paragraphs == RU_BODY


def test_a_share_abbreviation_above_its_counter_goes_above_the_lead():
    art = clean("TW\n0\n\n" + "\n\n".join(BODY) + "\n")
    assert _rules(art, "TW") == ["share_widget"]
    assert art.paragraphs == BODY


@pytest.mark.parametrize("note", [
    "*Запрещённая в РФ террористическая организация",  # explains the word marked above
    "* «Исламское государство» — организация признана террористической по решению суда.",
])
def test_a_footnote_to_a_marked_word_goes(note):
    art = clean(_page(note, headline=RU_HEADLINE, body=RU_BODY))
    assert _rules(art, note) == ["footnote"]
    assert art.paragraphs == RU_BODY


def test_a_banned_organisation_note_goes_when_no_word_is_marked():
    body = [line.replace("»*", "»") for line in RU_BODY]
    note = "* ИГИЛ - террористическая организация запрещена в РФ."
    art = clean(_page(note, headline=RU_HEADLINE, body=body))
    assert _rules(art, note) == ["footnote"]
    assert art.paragraphs == body


def test_a_bullet_of_the_article_stays_on_a_page_with_no_marked_word():
    body = ["Police listed what they found.", "* Twelve rifles and several boxes of ammunition",
            "* Three cars with false number plates", "The suspects were charged on Monday."]
    art = clean(_page(body=body))
    assert not [r for r in art.removed if r.text.startswith("*")]
    assert len(art.paragraphs) == 4


def test_a_bullet_of_the_article_stays_under_a_marked_word():
    body = [RU_BODY[1], "По данным ведомства, вернулись:",
            "* 231 женщина и 156 детей вернулись из лагерей",
            "* 47 мужчин осуждены за участие в боях",
            "* Ещё 800 человек остаются в Сирии", RU_BODY[2]]
    art = clean(_page(body=body, headline=RU_HEADLINE))
    assert not [r for r in art.removed if r.text.startswith("*")]
    assert art.paragraphs == [line.removeprefix("* ") for line in body]  # the bullet mark goes


def test_a_line_on_a_banned_group_within_a_sentence_stays():
    body = ["Боевики запрещённой в РФ группировки захватили два села, сообщили в штабе.",
            "Около 40 человек погибли."]
    art = clean(_page(body=body, headline=RU_HEADLINE))
    assert art.paragraphs == body


def test_a_teaser_for_an_earlier_story_of_the_outlet_goes():
    line = "Ранее мы писали, что в Самаре задержали подполковника полиции."
    art = clean(_page(line, headline=RU_HEADLINE, body=RU_BODY))
    assert _rules(art, line) == ["related_headlines"]
    assert art.paragraphs == RU_BODY


def test_a_related_links_block_goes_with_its_marker():
    links = ["Ссылки по теме:", "ФСБ пресекла финансирование ИГИЛ в Москве",
             "В Подмосковье предотвратили нападение на школу"]
    art = clean(_page(*links, headline=RU_HEADLINE, body=RU_BODY))
    assert art.paragraphs == RU_BODY
    assert all(_rules(art, line) for line in links)


def test_a_summary_cut_with_an_ellipsis_goes_when_the_article_prints_it_in_full():
    teaser = ("Police arrested 12 people on Monday after they returned from Syria, officials "
              "said. The ministry added that the...")
    art = clean(_page(teaser, where="top"))
    assert _rules(art, teaser) == ["repeated_summary"]
    assert art.paragraphs == BODY


def test_a_line_cut_with_an_ellipsis_that_the_article_does_not_repeat_stays():
    line = "Witnesses said the men had been held in a camp for two years before they..."
    art = clean(_page(line, where="middle"))
    assert line in art.paragraphs


WRAPPED = ["Three firefighters died while fighting a blaze at a nightclub in the",
           "city centre on Friday afternoon, 18. A fourth member of the brigade was",
           "taken to hospital in a serious condition, the fire service said on its",
           "website, adding that an inquiry would be opened."]


def test_a_paragraph_wrapped_at_a_fixed_width_has_no_headline_and_loses_no_line():
    art = clean("\n".join(WRAPPED) + "\n\nNo comments:\nPost a Comment\n")
    assert art.title is None
    assert " ".join(art.paragraphs).startswith(WRAPPED[0])
    assert all(line in " ".join(art.paragraphs) for line in WRAPPED)


def test_a_headline_with_short_summary_points_below_it_is_still_the_title():
    art = clean("Two suspects held in Turkey on their way to Syria\n"
                "The two were brought back to the capital on Friday\n"
                "The court has given them a fifteen-day remand\n\n" + "\n\n".join(BODY) + "\n")
    assert art.title == "Two suspects held in Turkey on their way to Syria"


def test_a_software_version_above_the_lead_is_no_headline():
    art = clean("Version 1.94.1\nADVERTISEMENT\n" + "\n".join(BODY) + "\n")
    assert art.title is None
    assert _rules(art, "Version 1.94.1") == ["site_notice"]


def test_a_topics_label_above_a_short_headline_leaves_the_headline():
    art = clean("Themenüberblick\n\nHunderte Gebäude eingestürzt\n\n"
                "Nach dem Erdbeben in Mexiko gibt es zahlreiche Opfer, teilten die Behörden mit.\n")
    assert art.title == "Hunderte Gebäude eingestürzt"


PAGES = {  # a headline and three article sentences per language
    "fr": ("La police arrête douze personnes", [
        "La police a arrêté 12 personnes revenues de Syrie lundi, a indiqué le ministère.",
        "Selon les enquêteurs, elles ont combattu pendant deux ans aux côtés des djihadistes.",
        "Un juge décidera vendredi de leur placement en détention."]),
    "de": ("Polizei nimmt zwölf Rückkehrer fest", [
        "Die Polizei hat am Montag zwölf Menschen festgenommen, teilte das Ministerium mit.",
        "Nach Angaben der Ermittler kämpften sie zwei Jahre lang für die Miliz.",
        "Ein Richter entscheidet am Freitag über die Untersuchungshaft."]),
    "tr": ("Polis on iki kişiyi gözaltına aldı", [
        "Polis pazartesi günü Suriye'den dönen 12 kişiyi gözaltına aldı, bakanlık açıkladı.",
        "Soruşturmaya göre şüpheliler iki yıl boyunca örgüt saflarında savaştı.",
        "Mahkeme cuma günü tutukluluk hakkında karar verecek."]),
    "uk": ("Поліція затримала дванадцять осіб", [
        "Поліція затримала 12 осіб, які повернулися з Сирії, повідомили у відомстві.",
        "За даними слідства, вони воювали на боці бойовиків два роки.",
        "Суд вирішить питання про запобіжний захід у п'ятницю."]),
    "ru": (RU_HEADLINE, [RU_BODY[0], RU_BODY[1], "Суд решит вопрос о мере пресечения в пятницу."]),
    "pt": ("Polícia prende doze pessoas", [
        "A polícia prendeu 12 pessoas que voltaram da Síria na segunda-feira, disse o ministério.",
        "Segundo os investigadores, elas combateram durante dois anos ao lado dos jihadistas.",
        "Um juiz decidirá na sexta-feira se elas continuam presas."]),
    "id": ("Polisi tangkap dua belas orang", [
        "Polisi menangkap 12 orang yang kembali dari Suriah pada Senin, kata kementerian.",
        "Menurut penyidik, mereka berperang selama dua tahun bersama kelompok itu.",
        "Hakim akan memutuskan penahanan mereka pada Jumat."]),
}


@pytest.mark.parametrize(("lang", "line"), [
    ("fr", "Aller au contenu principal"),  # skip links
    ("de", "Zum Inhalt springen"),
    ("fr", "Partager sur les réseaux sociaux"),  # share widgets
    ("de", "Laden Sie unsere App herunter"),  # app-store prompts
    ("uk", "Завантажте наш додаток"),
    ("de", "Abonnieren Sie unseren Newsletter"),  # newsletter appeals
    ("uk", "Підпишіться на нашу розсилку"),
    ("fr", "Commentaires (12)"),  # comment counters
    ("tr", "Yorumlar (4)"),
    ("de", "3 Kommentare"),
    ("tr", "Bu sitede çerezler kullanılmaktadır. Siteyi kullanarak kabul etmiş olursunuz."),
    ("id", "Hak cipta dilindungi undang-undang"),  # legal notices
    ("tr", "Ayrıca okuyun: IŞİD üyeleri yakalandı"),  # related links
    ("uk", "Читайте також: Повернення бойовиків"),
    ("uk", "Ваша e-mail адреса не оприлюднюватиметься."),  # a comment form's notice
    ("fr", "Vous avez repéré une erreur ? Signalez-la"),  # error-report prompts
    ("de", "Fehler gefunden?"),
    ("fr", "Il vous reste 75% de cet article à lire."),  # paywalls
    ("de", "Dieser Artikel ist nur für Abonnenten"),
    ("fr", "Recevez chaque jour notre newsletter"),  # newsletter and follow appeals
    ("ru", "Хотите получать новости первыми? Подпишитесь на нас в Telegram"),
    ("tr", "Google News'te abone ol"),
    ("ru", "Загрузка..."),  # a loader's label
    ("uk", "1 хв читати"),  # a reading time
    ("uk", "22° Київ 19° Варшава 17° Вашингтон"),  # a weather row
    ("tr", "Bunlar da ilginizi çekebilir"),  # a related block's marker
    ("ru", "Новости СМИ2"),  # a partner-news widget
    ("id", "Laporan wartawan Tribunnews.com, Budi Santoso"),  # a reporter credit
    ("tr", "Haberin devamı için tıklayınız"),  # 'continue reading'
    ("fr", "Lecture 2 min."),  # a reading time
    ("fr", "Ajouter à mes favoris"),  # a bookmark button
    ("fr", "Sur le même sujet"),  # a related block's marker
    ("pt", "Continua depois da publicidade"),  # an advert's label
    ("pt", "Receba as notícias no seu WhatsApp"),
])
@pytest.mark.parametrize("where", ["top", "middle", "end"])
def test_furniture_in_other_languages_goes_wherever_it_stands(lang, line, where):
    headline, body = PAGES[lang]
    art = clean(_page(line, where=where, headline=headline, body=body))
    assert _rules(art, line)
    assert art.paragraphs == body


@pytest.mark.parametrize("credit", ["Фото: Reuters", "Fotoğraf: AA"])
def test_the_closing_sentence_above_the_lead_pictures_credit_stays(credit):
    """A sentence of five words or more; a shorter line there may be a picture's name
    ('Manjali mosque atyrau.' in a seed) and goes with its credit."""
    lang = "ru" if credit.startswith("Фото") else "tr"
    headline, body = PAGES[lang]
    art = clean(_page(credit, headline=headline, body=body))
    assert _rules(art, credit) == ["photo_credit"]
    assert art.paragraphs == body


def test_a_caption_in_the_credits_block_still_goes():
    caption = "Police at the scene on Monday"
    art = clean(_page(caption + "\nPhoto: Reuters", where="middle"))
    assert _rules(art, caption) == ["photo_caption"]
    assert art.paragraphs == BODY


def test_a_donation_appeal_goes():
    line = "Please support our work with a contribution of any size."
    art = clean(_page(line))
    assert _rules(art, line) == ["appeal"]


def test_a_blogs_reader_comments_go_with_their_headers():
    thread = ["3 comments:", "Anonymous said...",
              "This is a disgrace. They should never have been let back in.",
              "February 18, 2014 at 10:15 AM", "Kim said...",
              "Blame the good guys for this, not the criminals.", "Post a Comment"]
    art = clean(_page(*thread))
    assert art.paragraphs == BODY
    assert _rules(art, thread[2]) == ["reader_comment"]
    assert _rules(art, thread[1]) == ["comment_header"]


def test_comments_between_reply_buttons_go():
    thread = ["Comments", "John Doe", "2 hours ago", "They should all be locked up for good.",
              "Reply", "Mary", "1 hour ago", "Why was this allowed in the first place?", "Reply"]
    art = clean(_page(*thread))
    assert art.paragraphs == BODY


def test_the_last_comment_closed_by_the_pages_end_goes():
    art = clean(_page("Anonymous said...", "And who did this? Nobody knows.",
                      "Jane said...", "Blame the criminals, not the police. Unreal."))
    assert art.paragraphs == BODY


def test_a_comment_counter_above_the_story_leaves_the_story():
    """No thread: the counter's line goes, the article stays, however the page ends."""
    art = clean(_page("Comments (3)", where="top"))
    assert art.paragraphs == BODY
    body = [*BODY, "Officials said more arrests were expected in the coming days.",
            "Reply"]
    art = clean(_page("Comments (3)", where="top", body=body))
    assert art.paragraphs == body[:-1]


def test_a_caption_printed_twice_in_the_article_goes_both_times():
    caption = "Officers search a house in the east of the city on Monday"  # no full stop
    art = clean(_page(caption, caption, where="middle"))
    assert art.paragraphs == BODY
    assert len(_rules(art, caption)) == 2


def test_a_sentence_printed_twice_keeps_one_copy():
    """Text alone cannot tell a sentence the scraper printed twice from a caption printed as
    alternative text and caption: one copy stays, so no article sentence is lost."""
    line = "Officers search a house in the east of the city on Monday."
    art = clean(_page(line, line, where="middle"))
    assert art.paragraphs.count(line) == 1


def test_a_sentence_printed_twice_that_holds_a_count_keeps_one_copy():
    line = "Twelve officers searched a house in the east of the city."
    art = clean(_page(line, line, where="middle"))
    assert art.paragraphs.count(line) == 1


def test_a_standfirst_repeating_a_later_sentence_goes_and_the_article_keeps_its_order():
    art = clean(_page(MIDDLE, where="top"))
    assert _rules(art, MIDDLE) == ["repeated_standfirst"]
    assert art.paragraphs == BODY


def test_a_story_the_scraper_printed_twice_keeps_its_first_copy_in_order():
    art = clean(_page(body=BODY + BODY))
    assert art.paragraphs == BODY


def test_a_short_story_below_a_comment_counter_stays_above_a_reply_button():
    body = [LEAD, "Comments (3)", MIDDLE, CLOSE, "Reply"]
    art = clean(_page(body=body))
    assert art.paragraphs == BODY


def test_a_lead_in_to_a_quote_is_no_comment_header():
    lead_in, quote = "Jane Roe, the minister, said:", "“We will bring them home.”"
    art = clean(_page(lead_in, quote, "Reply"))
    assert lead_in in art.paragraphs and quote in art.paragraphs


@pytest.mark.parametrize("top", [
    ["Subscribe for $1 a week"],  # a subscription offer
    ["Jane Roe, Security Correspondent"],  # a byline with a desk before the role
    ["THE DAILY EXAMPLE", "Independent news since 1901"],  # a masthead and its slogan
    ["Cookies on this site", "We use cookies to improve your experience. By continuing you "
     "agree to our cookie policy.", "Accept"],  # a cookie banner
])
def test_a_headline_below_furniture_is_still_the_title(top):
    art = clean("\n".join(top) + "\n" + HEADLINE + "\n\n" + "\n\n".join(BODY) + "\n")
    assert art.title == HEADLINE
    assert art.paragraphs == BODY


def test_a_headline_on_a_papers_anniversary_stays_a_headline():
    headline = "Floods worst since 1990 as rivers burst their banks"
    art = clean(headline + "\n\n" + "\n\n".join(BODY) + "\n")
    assert art.title == headline


@pytest.mark.parametrize(("lang", "top"), [
    ("fr", ["Soutenez une rédaction indépendante", "Faire un don"]),
    ("fr", ["Par Jeanne Dupont, envoyée spéciale"]),
    ("fr", ["Jeanne Dupont, correspondante à Bruxelles"]),
    ("de", ["Hans Müller, Korrespondent in Brüssel"]),
    ("uk", ["Опубліковано 5 березня 2019"]),
])
def test_a_headline_below_other_languages_furniture_is_still_the_title(lang, top):
    headline, body = PAGES[lang]
    art = clean("\n".join(top) + "\n" + headline + "\n\n" + "\n\n".join(body) + "\n")
    assert art.title == headline
    assert art.paragraphs == body


def test_a_dutch_byline_above_the_headline_names_the_author():
    headline = "Politie houdt twaalf terugkeerders aan"
    lead = "De politie heeft maandag twaalf mensen aangehouden, meldt het ministerie."
    art = clean("Door Jan de Vries\n" + headline + "\n\n" + lead + "\n")
    assert art.title == headline
    assert art.author == "Jan de Vries"


def test_a_ukrainian_publication_label_dates_the_page():
    headline, body = PAGES["uk"]
    art = clean("Опубліковано 5 березня 2019\n" + headline + "\n\n" + "\n\n".join(body) + "\n")
    assert str(art.date.date) == "2019-03-05"


@pytest.mark.parametrize(("lang", "caption"), [
    ("uk", "Поліцейські біля будівлі суду. Фото ілюстративне"),
    ("pt", "Policiais em frente ao tribunal | Reprodução/TV Globo"),
    ("de", "Polizisten vor dem Gericht in Brüssel (Symbolbild). Archivbild"),
])
@pytest.mark.parametrize("where", ["top", "middle", "end"])
def test_a_caption_of_an_illustrative_or_reproduced_picture_goes(lang, caption, where):
    headline, body = PAGES[lang]
    art = clean(_page(caption, where=where, headline=headline, body=body))
    assert _rules(art, caption) == ["photo_caption"]
    assert art.paragraphs == body


def test_a_reporters_credit_in_brackets_leaves_the_closing_sentence():
    headline, body = PAGES["tr"]
    body = [*body[:2], "Şüphelilerin emniyetteki sorguları sürüyor."]
    art = clean(_page("(Sadık Kahraman/İHA)", "Kaynak: İHA", headline=headline, body=body))
    assert art.paragraphs == body
