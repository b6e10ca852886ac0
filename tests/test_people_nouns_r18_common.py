"""Round 18: the common people nouns of news filled systematically for many languages at once
(people_nouns_abroad.csv, its round-18 block): bodies, survivors, suspects, hostages, prisoners,
demonstrators, terrorists, the arrested and the missing, in the form a number takes in each
language. Sentences written for these tests in the manner of news reports."""

from __future__ import annotations

import pytest

from helpers.quantities import figures_in


def values(text: str) -> list[float]:
    return [f["value"] for f in figures_in(text)]


@pytest.mark.parametrize("text, expected", [
    ("Im Bus saßen 12 Fahrgäste, als er verunglückte.", [12]),                 # German
    ("De kustwacht vond 14 lichamen op het strand.", [14]),                    # Dutch
    ("Les secours ont retrouvé 12 corps sur la plage.", [12]),                 # French
    ("Según Protección Civil hay 40 afectados por las lluvias.", [40]),        # Spanish
    ("Nel centro di accoglienza ci sono 573 ospiti.", [573]),                  # Italian
    ("Salvatorii au scos 9 cadavre din apă.", [9]),                            # Romanian
    ("Z wody wyłowiono 11 ciał.", [11]),                                       # Polish
    ("Policie zatím našla 7 těl.", [7]),                                       # Czech
    ("Polícia zadržala 15 podozrivých.", [15]),                                # Slovak
    ("Obalska straža spasila je 73 migranta.", [73]),                          # Serbian / Croatian
    ("Policija je prijela 6 osumljenih.", [6]),                                # Slovenian
    ("Спасатели извлекли из-под завалов 16 тел.", [16]),                        # Russian
    ("У морзі знайшли 9 тіл.", [9]),                                           # Ukrainian
    ("Полицията е задържала 5 заподозрени.", [5]),                             # Bulgarian
    ("Полицијата приведе 8 осомничени.", [8]),                                 # Macedonian
    ("Η αστυνομία συνέλαβε 4 υπόπτους για τη διακίνηση.", [4]),               # Greek
    ("A hajóról 12 holttestet emeltek ki.", [12]),                             # Hungarian (acc.)
    ("Merestä löydettiin 6 ruumista.", [6]),                                   # Finnish
    ("Polisen grep 5 krigare och 3 återvändare.", [5, 3]),                     # Swedish
    ("Politiet fant 4 lik i leiligheten.", [4]),                               # Norwegian
    ("Politiet har anholdt 3 mistænkte og fundet 2 gidsler.", [3, 2]),         # Danish
    ("Žuvo 12 civilių.", [12]),                                                # Lithuanian
    ("Policia arrestoi 7 protestues.", [7]),                                   # Albanian
    ("Sahilde 15 ceset bulundu.", [15]),                                       # Turkish
    ("Jandarma 3 cesedi morga kaldırdı.", [3]),                                # Turkish (t -> d)
    ("Tim SAR menemukan 4 mayat di sungai.", [4]),                             # Indonesian
    ("Natagpuan ang 3 bangkay sa ilog.", [3]),                                 # Tagalog
    ("በአደጋው 12 ተጎጂዎች ሆስፒታል ገቡ።", [12]),                                   # Amharic
    ("בחוף נמצאו 11 גופות.", [11]),                                            # Hebrew
    ("وانتشلت فرق الإنقاذ 30 جثة من البحر.", [30]),                           # Arabic
    ("۱۰ جسد از زیر آوار بیرون آورده شد.", [10]),                              # Persian
    ("پولیس نے 12 مشتبہ افراد کو حراست میں لیا۔", [12]),                        # Urdu
    ("नदी से 5 शव बरामद किए गए।", [5]),                                         # Hindi
    ("নদী থেকে ১০ লাশ উদ্ধার করা হয়েছে।", [10]),                               # Bengali
    ("La policia va detenir 4 sospitosos.", [4]),                              # Catalan
])
def test_common_people_nouns_of_many_languages(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text", [
    # words left out of the list because they are common words of another language here
    ("The storm destroyed 200 homes in the valley."),       # Catalan 'homes' (men)
    ("Takım 2. Lig'e düştü ve 3 lig maçı kaybetti."),        # Danish 'lig' (bodies), Turkish league
    ("He left at 11 last night."),                           # Estonian 'last' (children)
])
def test_words_of_other_languages_are_left_out(text):
    assert values(text) == []


@pytest.mark.parametrize("text, expected", [
    # demonyms of the West and South Slavic languages in the genitive plural, the form after
    # five and more (and after the masculine 'dwóch', 'dvoch'); Slovak and Czech oblique numbers
    ("W katastrofie zaginęło dwóch Słowaków i trzech Czechów.", [2, 3]),        # Polish
    ("Według MSZ w Syrii walczy 40 Polaków i 30 Niemców.", [40, 30]),
    ("Do pracy przyjechało 300 Ukraińców.", [300]),
    ("O dvoch zranených Slovákoch informoval hovorca.", [2]),                   # Slovak
    ("Polícia zadržala piatich Sýrčanov a troch Afgancov.", [5, 3]),
    ("Při nehodě zahynulo 12 Slováků.", [12]),                                  # Czech
    ("Z deseti migrantů se zachránili jen dva.", [10]),
    ("U nesreći su poginula 2 Nizozemaca.", [2]),                               # Croatian
    ("Policija je uhapsila 15 Sirijaca.", [15]),                                # Serbian
    ("Policija je prijela 20 Sircev in 3 Afganistancev.", [20, 3]),             # Slovenian
])
def test_slavic_demonyms_and_oblique_numbers(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    # demonyms of migration and foreign-fighter news in the languages that lacked them
    ("Kustbevakningen räddade 12 syrier och 3 afghaner.", [12, 3]),              # Swedish
    ("Politiet anholdt 4 marokkanere.", [4]),                                   # Danish / Norwegian
    ("Η ακτοφυλακή εντόπισε 5 Σύρους και 3 Αφγανούς.", [5, 3]),                 # Greek
    ("وتم ترحيل 35 تونسيا و12 مغربيا.", [35, 12]),                              # Arabic
    ("Poliisi pidätti 4 syyrialaista.", [4]),                                   # Finnish
    ("Sahil Güvenlik 15 Faslıyı yakaladı.", [15]),                              # Turkish
    ("Au fost reținuți 7 sirieni și 3 afgani.", [7, 3]),                        # Romanian
    ("Policia arrestoi 5 sirianë.", [5]),                                       # Albanian
    ("Sono stati fermati 12 pakistani.", [12]),                                 # Italian
    ("בגבול נעצרו 12 סודנים.", [12]),                                           # Hebrew
    ("Die Polizei griff 20 Bangladescher auf.", [20]),                          # German
    # a demonym that is also an adjective before a noun of things counts no one there
    ("Poliisi löysi 4 syyrialaista yritystä.", []),                             # companies
    ("A 3 szír város lakói elmenekültek.", []),                                 # cities
    ("Hanno comprato 12 pakistani kebab.", []),
])
def test_demonyms_of_more_languages(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    # more forms a number takes: nominatives and oblique cases, Persian ezafe forms, Arabic
    # accusatives after 11 to 99, a singular after one
    ("Pri nehode boli zranení 2 dospelí.", [2]),                                # Slovak
    ("Medzi 66 obeťami sú aj dvaja slovenskí občania.", [66, 2]),
    ("نیروها ۷ پناهجوی افغان را کشتند.", [7]),                                  # Persian
    ("وعاد 240 متشددا بالغا و50 قاصرا.", [240, 50]),                            # Arabic
    ("Τραυματίστηκαν 4 μέλη της ελληνικής ομάδας.", [4]),                      # Greek
    ("One adult died later in hospital.", [1]),                                 # English
])
def test_more_forms_after_a_number(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("İhaleyi 5 Türk şirketi kazandı.", []),          # Turkish demonym as an adjective: companies
    ("Takım 3 kayıp puanla ligi bitirdi.", []),        # Turkish 'kayıp' as an adjective
    ("Bayramda 500 kurban kesildi.", []),              # Turkish 'kurban': animals
    ("The hotels offer 5 offer codes.", []),           # English 'offer' (Swedish 'victims')
    ("Ölenler arasında 5 Türk, 3 Alman var.", [5, 3]),  # where its phrase ends it counts
])
def test_turkish_words_that_are_also_adjectives_or_things(text, expected):
    assert values(text) == expected
