"""Widget and navigation labels printed alone on a line, filled language by language
(helpers/lexicon/furniture_labels_world.csv, issue 12 point 4): share, comment, related and
most-read, read-more and log-in, subscribe, advert, follow-us, tag, print and previous/next
labels in 30 languages, and a blog platform's pager. Each label alone on its line leaves the
body under its rule; the same words inside an article sentence stay. Pages written for these
tests."""

from __future__ import annotations

import pytest
from conftest import furniture_rule

from helpers.cleaning import clean

# one label per class and language family: (line, rule)
LABELS = [
    ("Partager cet article", "share_widget"),
    ("Compartilhe", "share_widget"),
    ("Artikel teilen", "share_widget"),
    ("Jaa artikkeli", "share_widget"),
    ("Udostępnij artykuł", "share_widget"),
    ("Podijeli na Facebooku", "share_widget"),
    ("Distribuie pe Facebook", "share_widget"),
    ("Bagikan artikel ini", "share_widget"),
    ("Chia sẻ bài viết", "share_widget"),
    ("Laisser un commentaire", "comment_form"),
    ("Deja un comentario", "comment_form"),
    ("Lascia un commento", "comment_form"),
    ("Kommentar schreiben", "comment_form"),
    ("Laat een reactie achter", "comment_form"),
    ("Lämna en kommentar", "comment_form"),
    ("Ostavite komentar", "comment_form"),
    ("Залишити коментар", "comment_form"),
    ("Hozzászólások", "comment_form"),
    ("Yorumlar", "comment_form"),
    ("Tinggalkan komentar", "comment_form"),
    ("Δεν υπάρχουν σχόλια:", "comment_form"),
    ("Articles similaires", "related_headlines"),
    ("Noticias relacionadas", "related_headlines"),
    ("Articoli correlati", "related_headlines"),
    ("Ähnliche Artikel", "related_headlines"),
    ("Mest lästa", "related_headlines"),
    ("Luetuimmat", "related_headlines"),
    ("Najczęściej czytane", "related_headlines"),
    ("Související články", "related_headlines"),
    ("Povezane vijesti", "related_headlines"),
    ("Свързани новини", "related_headlines"),
    ("Cele mai citite", "related_headlines"),
    ("Benzer haberler", "related_headlines"),
    ("Artikel terkait", "related_headlines"),
    ("Tin liên quan", "related_headlines"),
    ("Retour en haut", "widget"),
    ("Leer más", "widget"),
    ("Voltar ao topo", "widget"),
    ("Lees meer", "widget"),
    ("Czytaj dalej", "widget"),
    ("Tovább olvasom", "widget"),
    ("Giriş yap", "widget"),
    ("Baca seterusnya", "widget"),
    ("Abonnez-vous", "appeal"),
    ("Suscríbete", "appeal"),
    ("Prenumerera", "appeal"),
    ("Pretplatite se", "appeal"),
    ("Abone ol", "appeal"),
    ("Mainos", "advert"),
    ("Reklamë", "advert"),
    ("Suivez-nous", "social_follow"),
    ("Síguenos en Twitter", "social_follow"),
    ("Seuraa meitä Facebookissa", "social_follow"),
    ("Bizi takip edin", "social_follow"),
    ("Ikuti kami di Instagram", "social_follow"),
    ("Mots-clés", "taxonomy"),
    ("Schlagwörter", "taxonomy"),
    ("Címkék", "taxonomy"),
    ("Etiketler", "taxonomy"),
    ("Imprimer", "print_controls"),
    ("Drukuj", "print_controls"),
    ("Yazdır", "print_controls"),
    ("Article précédent", "prev_next"),
    ("Próximo artigo", "prev_next"),
    ("Edellinen artikkeli", "prev_next"),
    ("Předchozí článek", "prev_next"),
    ("Entrada más reciente Entrada antigua Página principal", "prev_next"),
]


@pytest.mark.parametrize(("line", "rule"), LABELS)
def test_a_label_alone_on_its_line_is_furniture(line, rule):
    assert furniture_rule(line) == rule


# pages in one language each: a label between two paragraphs leaves, the paragraphs stay
PAGES = [
    ("Inondations : trois morts dans le Var",
     "Trois personnes sont mortes dans les inondations qui ont frappé le Var dimanche, a "
     "indiqué la préfecture.",
     ["Partager cet article", "Articles similaires", "Suivez-nous"],
     "Les secours ont évacué quarante habitants pendant la nuit."),
    ("Hochwasser: Zwei Tote in Bayern",
     "Bei dem Hochwasser in Bayern sind zwei Menschen ums Leben gekommen, teilte die Polizei "
     "mit.",
     ["Artikel teilen", "Kommentar schreiben", "Ähnliche Artikel"],
     "Die Feuerwehr brachte am Abend zwanzig Bewohner in Sicherheit."),
    ("Powódź na południu kraju",
     "W powodzi zginęły dwie osoby, poinformowała straż pożarna w czwartek wieczorem.",
     ["Udostępnij artykuł", "Najczęściej czytane", "Czytaj dalej"],
     "Ewakuowano ponad stu mieszkańców zalanych domów."),
    ("Selde iki kişi hayatını kaybetti",
     "Şiddetli yağışların ardından oluşan selde iki kişi hayatını kaybetti, valilik açıkladı.",
     ["Yorumlar", "Benzer haberler", "Bizi takip edin"],
     "Ekipler gece boyunca otuz kişiyi tahliye etti."),
    ("Banjir rendam tiga desa",
     "Banjir merendam tiga desa dan memaksa 120 warga mengungsi, kata kepala desa pada Senin.",
     ["Bagikan artikel ini", "Artikel terkait", "Baca selengkapnya"],
     "Petugas masih mendata kerusakan rumah warga di lokasi."),
    ("Árvíz: két ember meghalt",
     "Két ember meghalt az áradásban, közölte a katasztrófavédelem vasárnap.",
     ["Megosztás", "Kapcsolódó cikkek", "Hozzászólások"],
     "A tűzoltók negyven embert menekítettek ki az elárasztott házakból."),
]


@pytest.mark.parametrize(("headline", "lead", "labels", "more"), PAGES)
def test_labels_between_paragraphs_leave_and_the_paragraphs_stay(headline, lead, labels, more):
    art = clean("\n\n".join([headline, lead, *labels, more]) + "\n")
    kept = " ".join(art.paragraphs)
    assert lead in kept and more in kept
    removed = {r.text for r in art.removed}
    assert all(label in removed for label in labels)


@pytest.mark.parametrize("sentence", [
    "Die Kommentare des Ministers wurden am Abend gelöscht.",
    "Yorumlar sosyal medyada hızla yayıldı, dedi yetkili.",
    "Les articles similaires publiés la veille ont été retirés par le journal.",
    "Imprimer des affiches a coûté trois mille euros à la mairie.",
    "Kövessen minket, mondta a rendőr a menekülőknek.",
])
def test_the_same_words_in_a_sentence_stay(sentence):
    assert furniture_rule(sentence) is None


@pytest.mark.parametrize("line", [
    "Ova stranica koristi kolačiće kako bi vam pružila bolje korisničko iskustvo.",
    "Ez a weboldal sütiket használ a jobb felhasználói élmény érdekében.",
    "Tämä sivusto käyttää evästeitä käyttökokemuksen parantamiseksi.",
    "Ta strona używa plików cookie, aby świadczyć usługi na najwyższym poziomie.",
    "Acest site folosește cookie-uri pentru a vă oferi o experiență mai bună.",
    "Situs ini menggunakan cookie untuk meningkatkan pengalaman Anda.",
    "Αυτός ο ιστότοπος χρησιμοποιεί cookies για να βελτιώσει την εμπειρία σας.",
    "Tout accepter",
    "Alle akzeptieren",
    "Elfogadom",
])
def test_a_cookie_notice_or_its_button_goes_in_more_languages(line):
    assert furniture_rule(line) == "cookie_notice"


@pytest.mark.parametrize(("line", "rule"), [
    ("Política de privacidad", "legal_notice"),
    ("Datenschutzerklärung", "legal_notice"),
    ("Mentions légales", "legal_notice"),
    ("Regulamin", "legal_notice"),
    ("Her hakkı saklıdır", "legal_notice"),
    ("Всички права запазени", "legal_notice"),
    ("Quiénes somos", "navigation_menu"),
    ("Chi siamo", "navigation_menu"),
    ("Über uns", "navigation_menu"),
    ("Hakkımızda", "navigation_menu"),
    ("Tentang kami", "navigation_menu"),
    ("Redakcja", "navigation_menu"),
])
def test_a_site_link_alone_on_its_line_goes(line, rule):
    assert furniture_rule(line) == rule


@pytest.mark.parametrize("sentence", [
    "Ova stranica koristi podatke policije o broju stradalih.",
    "Tämä sivusto käyttää kuvia, jotka lukijat ovat lähettäneet.",
    "Die Datenschutzerklärung der Behörde wurde nach dem Unfall geändert.",
    "Chi siamo noi per giudicare, ha detto il sindaco.",
])
def test_sentences_with_those_words_stay(sentence):
    assert furniture_rule(sentence) is None


@pytest.mark.parametrize(("line", "rule"), [
    ("Subscribe to: Post Comments (Atom)", "share_widget"),
    ("Suscribirse a: Enviar comentarios (Atom)", "share_widget"),
    ("Εγγραφή σε: Σχόλια ανάρτησης (Atom)", "share_widget"),
    ("Email This BlogThis! Share to Twitter Share to Facebook Share to Pinterest", "share_widget"),
    ("Enviar por correo electrónico Escribe un blog Compartir con Twitter Compartir con Facebook",
     "share_widget"),
    ("Con la tecnología de Blogger.", "widget"),
    ("Compartir esta entrada", "share_widget"),
    ("Entrada más reciente Entrada antigua Inicio", "prev_next"),
    ("Publicar un comentario en la entrada", "comment_form"),
    ("Libellés : migrants, Manche", "taxonomy"),
    ("Marcadores: chuvas, Rio de Janeiro", "taxonomy"),
])
def test_a_blog_platforms_lines_go_in_its_languages(line, rule):
    assert furniture_rule(line) == rule


def test_a_blog_post_loses_its_platform_lines_and_keeps_its_text():
    lead = ("Cinco personas han muerto y otras 500 continúan sin localizar por las lluvias en el"
            " estado, informaron las autoridades.")
    more = "Hay varias localidades desalojadas y el gobernador pidió ayuda federal."
    platform = ["Enviar por correo electrónico Escribe un blog Compartir con Twitter",
                "Etiquetas: lluvias, Colorado", "No hay comentarios:",
                "Publicar un comentario en la entrada",
                "Entrada más reciente Entrada antigua Inicio",
                "Suscribirse a: Enviar comentarios (Atom)"]
    art = clean("\n".join([lead, more, *platform]) + "\n")
    kept = " ".join(art.paragraphs)
    assert lead in kept and more in kept
    assert not any(line in kept for line in platform)


@pytest.mark.parametrize(("line", "rule"), [
    ("23:37 3405 stampa questo articolo", "print_controls"),
    ("Condividi 340", "share_widget"),
    ("1.2K Paylaş", "share_widget"),
    ("Kommentare 4", "comment_form"),
    ("324 Bagikan", "share_widget"),
    ("12:30 Artikel terkait", "related_headlines"),
    ("Drukuj (3)", "print_controls"),
])
def test_a_label_with_its_count_or_time_beside_it_goes(line, rule):
    assert furniture_rule(line) == rule


@pytest.mark.parametrize("line", [
    "12 March 2020", "1500 migranti", "Article 12", "12.03.2021 Teilen",
    "340 persone sono state evacuate 12",
])
def test_numbers_beside_words_that_are_no_label_stay(line):
    assert furniture_rule(line) is None


@pytest.mark.parametrize(("line", "rule"), [
    ("Assine nossa newsletter e receba as principais notícias do dia.", "appeal"),
    ("Zapisz się do naszego newslettera i otrzymuj najważniejsze informacje.", "appeal"),
    ("Iratkozzon fel hírlevelünkre!", "appeal"),
    ("Bültenimize abone olun, en son haberler e-postanıza gelsin.", "appeal"),
    ("Підпишіться на наш Telegram-канал, щоб першими дізнаватися новини.", "appeal"),
    ("Recibe las noticias más importantes en tu correo.", "appeal"),
    ("Dapatkan berita terbaru langsung di ponsel Anda lewat WhatsApp.", "appeal"),
    ("Siga-nos no Instagram e fique por dentro das novidades.", "social_follow"),
    ("Pratite nas na Facebooku i Instagramu.", "social_follow"),
    ("Ikuti berita terkini dari Kompas.com di Google News.", "social_follow"),
    ("Bizi Google News üzerinden takip edin.", "social_follow"),
    ("Wesprzyj niezależne dziennikarstwo.", "appeal"),
    ("Підтримайте незалежну журналістику.", "appeal"),
])
def test_an_appeal_in_sentence_form_goes_in_many_languages(line, rule):
    assert furniture_rule(line) == rule


@pytest.mark.parametrize("sentence", [
    "Wesprzyjmy powodzian, zaapelował burmistrz do mieszkańców miasta.",
    "Ikuti arahan petugas, kata kepala desa kepada 120 warga yang mengungsi.",
    "Siga as orientações da Defesa Civil, pediu o prefeito aos moradores.",
    "Síguenos contando, dijo el alcalde, porque aún faltan 20 personas.",
])
def test_an_appeal_to_the_public_inside_the_news_stays(sentence):
    assert furniture_rule(sentence) is None


@pytest.mark.parametrize("marker", [
    "Lue myös:", "Vezi și:", "Pogledajte i:", "Preberite tudi:", "Llegiu també:", "Terkait:",
    "Liên quan:", "Σχετικό:", "Skaitykite taip pat:", "Lasiet arī:", "Loe ka:", "Relacionado:",
    "Mehr dazu:", "Kapcsolódó:",
])
def test_a_related_link_goes_behind_its_marker_in_more_languages(marker):
    line = f"{marker} Flood kills two in the south"
    assert furniture_rule(line) == "related_headlines"


def test_a_marker_alone_takes_the_headline_under_it():
    lead = ("Tulvassa kuoli kaksi ihmistä sunnuntaina, kertoi poliisi maanantaina"
            " tiedotteessaan.")
    more = "Pelastajat evakuoivat neljäkymmentä asukasta yön aikana."
    art = clean("\n\n".join(["Tulva vei kaksi ihmishenkeä", lead, "Lue myös",
                             "Myrsky katkaisi sähköt tuhansilta", more]) + "\n")
    kept = " ".join(art.paragraphs)
    assert lead in kept and more in kept
    assert "Myrsky katkaisi sähköt tuhansilta" not in kept


@pytest.mark.parametrize("sentence", [
    "Relacionado con el caso, la policía detuvo a dos personas en Valencia.",
    "Terkait hal itu, polisi memeriksa 12 saksi di lokasi kejadian.",
])
def test_a_sentence_opening_with_a_marker_word_stays(sentence):
    assert furniture_rule(sentence) is None


@pytest.mark.parametrize("line", [
    "Twój adres e-mail nie zostanie opublikowany. Wymagane pola są oznaczone *",
    "E-posta adresiniz yayınlanmayacak. Gerekli alanlar * ile işaretlenmişlerdir",
    "Sähköpostiosoitettasi ei julkaista. Pakolliset kentät on merkitty *",
    "Vaša adresa e-pošte neće biti objavljena. Obavezna polja su označena sa *",
    "Din e-postadress kommer inte publiceras. Obligatoriska fält är märkta *",
    "Guarda mi nombre, correo electrónico y web en este navegador para la próxima vez que"
    " comente.",
    "Nevem, e-mail címem, és weboldalcímem mentése ebben a böngészőben a következő"
    " hozzászólásomhoz.",
    "Bir dahaki sefere yorum yaptığımda kullanılmak üzere adımı, e-posta adresimi ve web site"
    " adresimi bu tarayıcıya kaydet.",
])
def test_a_comment_forms_notices_go_in_many_languages(line):
    assert furniture_rule(line) == "comment_form"


@pytest.mark.parametrize("sentence", [
    "Your email to the mayor was forwarded to 12 officials, the spokesman said.",
    "Salvar vidas é a prioridade, disse o comandante dos bombeiros.",
    "Guarda Civil rescató a 43 personas en el navegador de la embarcación.",
])
def test_sentences_near_those_words_stay(sentence):
    assert furniture_rule(sentence) is None
