"""Reported sentences that open with the words of a notice (helpers/lexicon/
furniture_world_*.csv, review of round 15 part 3): a line holding an attribution (a verb of
saying, helpers/lexicon/notice_attributions.csv), a count of people, or no notice's own ending
is article text, kept in the body of a page. Sentences written for these tests."""

from __future__ import annotations

import pytest
from conftest import furniture_rule

from helpers.cleaning import clean

SENTENCES = [
    "Die Meinung der Autorin wurde von der Redaktion geteilt, sagte der Verleger.",
    "Die Meinung des Autors der Studie wurde in der Redaktion heftig diskutiert.",
    "De mening van de auteur werd niet gedeeld door de 12 rechters.",
    "De opvattingen van de schrijver vielen niet goed bij de 300 demonstranten.",
    "Nachdruck ohne Genehmigung kostete den Verlag 2000 Euro, entschied das Gericht.",
    "Kopiering utan tillstånd är förbjuden sedan 2019, sade ministern.",
    "Ces propos n'engagent que leur auteur, a réagi le porte-parole du gouvernement après la"
    " mort de 12 migrants.",
    "Vietata la riproduzione delle foto dei 12 minori morti, ha deciso il garante.",
    "Queda prohibida la reproducción de las imágenes de las víctimas, dijo el juez.",
    "Las ideas expresadas en el plan son responsabilidad del ministro, afirmó el líder de la"
    " oposición.",
    "Dilarang mengambil kayu dari hutan tanpa izin, kata kepala desa.",
    "Pendapat yang dikemukakan dalam rapat itu adalah pendapat pribadi, kata juru bicara.",
    "Hak cipta dilindungi undang-undang, kata hakim dalam sidang 12 terdakwa.",
    "A tartalom felhasználása engedély nélkül tilos, mondta a bíró.",
    "Ndalohet kopjimi i dokumenteve sekrete, tha ministri.",
    "يحظر استخدام المواد الكيميائية في الحرب، وقد قتل 12 شخصا في الهجوم.",
    "قال المتحدث إن تصريحات المذيع لا تعبر بالضرورة عن رأي القناة.",
    "Απαγορεύεται η αναπαραγωγή σκύλων χωρίς άδεια, σύμφωνα με τον νέο νόμο.",
    "অনুমতি ছাড়া ড্রোন ব্যবহার নিষেধ, বলেছে পুলিশ।",
    "Rozpowszechnianie nagrań bez zgody ofiar jest przestępstwem, przypomniała prokuratura.",
    "Kopiowanie kluczy bez zgody właściciela jest zabronione, powiedział policjant.",
    "Redakcja nie ponosi odpowiedzialności za śmierć 12 osób, oświadczył wydawca.",
    "Šíření fotografií obětí bez souhlasu rodin je trestné, uvedla policie.",
    "Prenošenje oružja nije dozvoljeno, rekao je ministar nakon smrti 12 ljudi.",
    "Zabranjeno je prenošenje oružja na skupovima, rekao je ministar.",
    "Stavovi izneseni u izvještaju su neprihvatljivi, rekao je premijer.",
    "Использование химического оружия запрещено Конвенцией 1993 года, заявил министр.",
    "Использование дронов без разрешения властей запрещено, сообщили в полиции.",
    "Skelbti nukentėjusiųjų vardus draudžiama, sakė policija.",
    "Le opinioni espresse in aula non sono condivise dal governo, ha detto il ministro.",
    "Opiniile exprimate în raport aparțin experților, a spus ministrul.",
    "Uudelleenjulkaisu ilman lupaa on rikos, sanoi poliisi.",
    "Kopeerimine ilma loata on keelatud, ütles kohtunik.",
    "Maoni yaliyotolewa na mwandishi huyo yalisababisha maandamano ya watu 300, polisi"
    " walisema.",
    "Pandangan yang dinyatakan dalam laporan itu adalah milik para ahli, kata menteri.",
    "Isi tulisan ini menjadi tanggung jawab penulis, kata hakim saat membacakan putusan bagi 12"
    " terdakwa.",
    "Bài viết thể hiện quan điểm riêng của tác giả về vụ tai nạn làm 12 người chết, bộ trưởng"
    " nói.",
    "Οι απόψεις που εκφράζονται από τους 12 βουλευτές δεν εκφράζουν την κυβέρνηση, είπε ο"
    " εκπρόσωπος.",
    "Απαγορεύεται η αντιγραφή των κλειδιών χωρίς άδεια, είπε ο αστυνομικός.",
    "آرای ۱۲ نماینده لزوما بیانگر نظر دولت نیست، سخنگوی مجلس گفت.",
    "مقالات منتشر شده در این نشریه لزوما دیدگاه وزارت را منعکس نمی‌کند، وزیر گفت.",
    # credits and reposts (furniture_world_syndication.csv)
    "Com informações da polícia, 12 pessoas morreram no acidente.",
    "Com informações da polícia, doze pessoas morreram no acidente.",
    "Cu informații de la poliție, 12 persoane au murit.",
    "За матеріалами слідства, загинули 12 людей.",
    "По информация на МВР, 12 души са загинали.",
    "Dengan laporan dari polisi, 12 orang tewas.",
    "O texto foi publicado originalmente no Facebook do prefeito, que confirmou a morte de doze"
    " pessoas.",
    "El texto fue publicado originalmente en Facebook por el alcalde, que confirmó la muerte de"
    " doce personas.",
    "Cet article a été publié initialement sur le blog du maire, qui a confirmé la mort de"
    " douze personnes.",
    "Dit artikel verscheen eerder op de website van de burgemeester, die de dood van twaalf"
    " mensen bevestigde.",
    # cookies (furniture_world_cookies.csv)
    "Tento web používá soubory cookie bez souhlasu uživatelů, zjistil úřad.",
    "يستخدم الموقع ملفات تعريف الارتباط لتتبع 12 مليون مستخدم، بحسب التحقيق.",
    "Trang web này sử dụng cookie để theo dõi 12 triệu người dùng, cơ quan điều tra cho biết.",
    "Bu site çerez kullanıyor ve 12 milyon kullanıcının verilerini topladı, dedi savcı.",
    # ad-block notice and channel appeal (furniture_world_germanic.csv)
    "Sie nutzen einen Adblocker, sagte der Richter zu den 12 Angeklagten.",
    "Folgen Sie unseren Spuren auf Instagram, sagten die 12 Bergsteiger.",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_a_reported_sentence_is_no_notice(sentence):
    assert furniture_rule(sentence) is None


@pytest.mark.parametrize("sentence", SENTENCES)
def test_a_reported_sentence_stays_in_the_body_of_a_page(sentence):
    lead = "Mindestens 45 Migranten sind vor Libyen ums Leben gekommen, teilten die Behörden mit."
    art = clean("\n\n".join(["Bootsunglück vor Libyen", lead, sentence]) + "\n")
    assert sentence in " ".join(art.paragraphs)


@pytest.mark.parametrize("sentence", [
    "Nachdruck ohne Genehmigung kostete den Verlag 2000 Euro.",
    "Kopiering utan tillstånd är förbjuden sedan 2019.",
    "Vietata la riproduzione delle foto dei 12 minori morti.",
    "Redakcja nie ponosi odpowiedzialności za śmierć 12 osób.",
    "Использование химического оружия запрещено Конвенцией 1993 года.",
])
def test_a_sentence_with_a_number_is_no_opinion_or_reproduction_notice(sentence):
    assert furniture_rule(sentence) is None


@pytest.mark.parametrize("sentence", [
    "Rozpowszechnianie nagrań bez zgody ofiar jest przestępstwem.",
    "Kopiowanie kluczy bez zgody właściciela jest zabronione.",
    "Šíření fotografií obětí bez souhlasu rodin je trestné.",
    "Prenošenje oružja nije dozvoljeno.",
    "Zabranjeno je prenošenje oružja na skupovima.",
    "Использование дронов без разрешения властей запрещено.",
    "Skelbti nukentėjusiųjų vardus draudžiama.",
    "Απαγορεύεται η αναπαραγωγή σκύλων χωρίς άδεια.",
    "Απαγορεύεται η αντιγραφή των κλειδιών χωρίς άδεια.",
    "Dilarang mengambil kayu dari hutan tanpa izin.",
    "Folgen Sie unseren Spuren auf Instagram.",
])
def test_a_ban_on_something_else_than_the_sites_content_is_no_notice(sentence):
    assert furniture_rule(sentence) is None


@pytest.mark.parametrize("line", [
    "Kopiowanie i rozpowszechnianie bez zgody redakcji zabronione.",
    "Šíření obsahu bez souhlasu je zakázáno.",
    "Zabranjeno preuzimanje sadržaja bez dozvole.",
    "Перепечатка материалов без согласия редакции запрещена.",
    "Kopijuoti ir platinti portalo turinį be sutikimo draudžiama.",
    "Απαγορεύεται η αναπαραγωγή του περιεχομένου χωρίς άδεια.",
    "Dilarang mengutip atau menyalin tanpa izin.",
])
def test_a_ban_on_the_sites_content_is_still_a_notice(line):
    assert furniture_rule(line) == "legal_notice"


@pytest.mark.parametrize(("line", "rule"), [
    ("Stavovi izneseni u izvještaju su neprihvatljivi.", None),
    ("Pendapat yang dikemukakan dalam rapat itu adalah pendapat pribadi.", None),
    ("Stavovi izneseni u tekstu su lični stavovi autora.", "legal_notice"),
    ("Pandangan yang dinyatakan dalam artikel ini adalah milik penulis.", "legal_notice"),
])
def test_an_opinion_disclaimer_needs_its_own_ending(line, rule):
    assert furniture_rule(line) == rule


def test_a_long_sentence_opening_like_a_notice_is_no_notice():
    sentence = ("Toute reproduction est interdite dans les zones classées du parc national depuis"
                " que les gardes ont découvert les nids des oiseaux migrateurs sur les falaises.")
    assert furniture_rule(sentence) is None
