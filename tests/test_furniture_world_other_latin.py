"""Furniture in sentence form in the other Latin-script languages (helpers/lexicon/
furniture_world_other_latin.csv, issue 12 point 4): comments closed, error-report and
click-here prompts, opinion disclaimers, reproduction bans, paywall notices, ad-block notices and
illustrative-photo captions in Hungarian, Albanian, Turkish, Azerbaijani, Indonesian, Malay,
Tagalog, Vietnamese, Swahili, Hausa and Somali. Each line goes under its rule; sentences that
hold the same words stay. Lines and pages written for these tests."""

from __future__ import annotations

import pytest
from conftest import furniture_rule

from helpers.cleaning import clean

LINES = [
    ("A hozzászólások le vannak zárva.", "comment_form"),
    ("Komentet janë mbyllur.", "comment_form"),
    ("Yorumlar kapatılmıştır.", "comment_form"),
    ("Şərhlər bağlıdır.", "comment_form"),
    ("Komentar ditutup.", "comment_form"),
    ("Sarado na ang mga komento.", "comment_form"),
    ("Bình luận đã bị đóng.", "comment_form"),
    ("Maoni yamefungwa.", "comment_form"),
    ("Hibát találtál? Jelezd nekünk!", "feedback_prompt"),
    ("Hata mı buldunuz? Bize bildirin.", "feedback_prompt"),
    ("Kattintson ide a folytatáshoz.", "click_here"),
    ("Kliko këtu për më shumë.", "click_here"),
    ("Detaylar için tıklayınız.", "click_here"),
    ("Ətraflı məlumat üçün klikləyin.", "click_here"),
    ("Klik di sini untuk membaca selengkapnya.", "click_here"),
    ("I-click dito para sa iba pang detalye.", "click_here"),
    ("Nhấn vào đây để xem thêm.", "click_here"),
    ("Bofya hapa kusoma zaidi.", "click_here"),
    ("Danna nan don karanta karin bayani.", "click_here"),
    ("Halkan riix si aad u akhrido.", "click_here"),
    ("A cikkben megjelent vélemények a szerző saját véleményét tükrözik.", "legal_notice"),
    ("Yazıda ifade edilen görüşler yazara aittir.", "legal_notice"),
    ("Minden jog fenntartva.", "legal_notice"),
    ("Ndalohet riprodhimi pa lejen e redaksisë.", "legal_notice"),
    ("İzinsiz kopyalanamaz, kaynak gösterilmeden kullanılamaz.", "legal_notice"),
    ("Bütün hüquqlar qorunur.", "legal_notice"),
    ("Hak cipta dilindungi undang-undang.", "legal_notice"),
    ("Hak cipta terpelihara.", "legal_notice"),
    ("Lahat ng karapatan ay nakalaan.", "legal_notice"),
    ("Bản quyền thuộc về báo.", "legal_notice"),
    ("Xuquuqda oo dhan way dhowran tahay.", "legal_notice"),
    ("Ez a cikk csak előfizetők számára érhető el.", "appeal"),
    ("Bu içerik abonelere özeldir.", "appeal"),
    ("Artikel ini khusus untuk pelanggan.", "appeal"),
    ("Kapcsold ki a hirdetésblokkolót!", "adblock_notice"),
    ("Reklam engelleyicinizi kapatın.", "adblock_notice"),
    ("Illusztrációs kép.", "photo_caption"),
    ("Foto ilustruese.", "photo_caption"),
    ("Gambar hiasan.", "photo_caption"),
    ("Picha ya maktaba.", "photo_caption"),
]


@pytest.mark.parametrize(("line", "rule"), LINES)
def test_an_other_latin_furniture_sentence_goes_under_its_rule(line, rule):
    assert furniture_rule(line) == rule


@pytest.mark.parametrize("sentence", [
    "A hozzászólások miatt a rendőrség 45 embert hallgatott ki, közölte a szóvivő.",
    "Yorumlar kapatıldıktan sonra 40 kişi gözaltına alındı, dedi valilik.",
    "Hibát találtak a mentők a 12 áldozat listáján, közölte a katasztrófavédelem.",
    "Komentar presiden soal 45 korban memicu kritik di parlemen, kata juru bicara.",
    "Bản quyền thuộc về tác giả, tòa án kết luận trong phiên xử ngày thứ Hai.",
    "Maoni ya waziri kuhusu wahamiaji 45 yalikosolewa bungeni.",
])
def test_a_sentence_holding_those_words_stays(sentence):
    assert furniture_rule(sentence) is None


def test_a_page_loses_its_notices_and_keeps_its_sentences():
    lead = ("Yetkililer, pazar günü Libya açıklarında teknenin batması sonucu en az 45 göçmenin"
            " hayatını kaybettiğini açıkladı.")
    more = "Bakanın yorumları mecliste sert tepkiyle karşılandı."
    notices = ["Yorumlar kapatılmıştır.", "Detaylar için tıklayınız.",
               "İzinsiz kopyalanamaz, kaynak gösterilmeden kullanılamaz."]
    art = clean("\n\n".join(["Libya açıklarında tekne faciası", lead, more, *notices]) + "\n")
    kept = " ".join(art.paragraphs)
    assert lead in kept and more in kept
    assert not any(n in kept for n in notices)
