"""Counts of people by class of sentence (issue 12, point 5), on sentences written for these
tests in the manner of news reports (none is a seed's or a real page's): each class has several
wordings, and the classes of numbers that are not counts have as many."""

from __future__ import annotations

import pytest

from helpers.quantities import figures_in


def values(text: str, previous: list[dict] | None = None) -> list[float]:
    return [f["value"] for f in figures_in(text, previous)]


def read(text: str, previous: list[dict] | None = None) -> list[tuple]:
    return [(f["value"], f["qualifier"], f["population"]) for f in figures_in(text, previous)]


# --- numbers in words and in figures ------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Forty-five Britons have been stripped of their citizenship.", [45]),
    ("Sixty-three detainees were moved to a prison near Baghdad on Monday.", [63]),
    ("Two hundred migrants were pulled from the sea off Lampedusa.", [200]),
    ("Some 1.5 million refugees now live in camps along the border.", [1_500_000]),
    ("About two thousand five hundred residents were evacuated overnight.", [2500]),
    ("Thirty-seven jihadists came back to France last year, officials said.", [37]),
    ("Twenty-one thousand people have fled the fighting since Friday.", [21000]),
    ("A little under 3 000 Tunisians joined armed groups abroad.", [3000]),
    ("At least 5.600 fighters have gone home, the report says.", [5600]),
    ("Some 300-plus fighters, 40-odd men and 1,000+ people left.", [300, 40, 1000]),
])
def test_numbers_in_words_and_in_figures(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Officials said 2 thousand 415 villagers were evacuated and 3 thousand 90 were hurt.",
     [2415, 3090]),
    ("Some 4 thousand 7 residents had left by noon.", [4007]),
    # near misses: a thousand alone, a year after it
    ("Some 4 thousand residents left in 2019.", [4000]),
    ("In 2019 some 6 thousand migrants arrived.", [6000]),
])
def test_a_thousand_in_words_then_the_rest_in_digits(text, expected):
    assert values(text) == expected


def test_a_dozen_stays_a_dozen_and_vague_plurals_count_nothing():
    assert values("A dozen soldiers were wounded in the ambush.") == [12]
    assert values("Half a dozen women were detained.") == [6]
    assert values("Dozens of people and hundreds of families fled; thousands more may follow.") \
        == []


def test_fractions_of_a_person_and_zero_led_numbers_are_no_counts():
    assert values("The index stood at 5.6 points for residents.") == []
    assert values("Dial 000 for residents in distress.") == []


# --- people nouns: singular, kin, roles ---------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("One woman was killed and one child injured in the blast.", [(1, "woman"), (1, "child")]),
    ("Only 1 man survived the crash, rescuers said.", [(1, "man")]),
    ("Police held one British man and one US citizen.", [(1, "British man"), (1, "US citizen")]),
    ("One American foreign terrorist fighter whose case was closed has been deported.",
     [(1, "American foreign terrorist fighter")]),
])
def test_singular_people_nouns_after_one(text, expected):
    assert [(f["value"], f["population"]) for f in figures_in(text)] == expected


@pytest.mark.parametrize("text", [
    "A 15-year-old boy was among the dead.",
    "Police arrested a 34-year-old man from Leeds.",
    "One fighter jet crashed and one suspect package was found.",
    "He was one of 12 hostages, and one of them was a nurse.",
])
def test_ages_things_and_one_out_of_a_group_count_no_one(text):
    assert [f for f in figures_in(text) if f["value"] == 1] == []


@pytest.mark.parametrize("text, expected", [
    ("Thirty relatives of the detainees gathered outside the court.", [30]),
    ("The camp holds 14 wives and 40 orphans of foreign fighters.", [14, 40]),
    ("Eleven siblings and 3 cousins of the suspects were questioned.", [11, 3]),
    ("Some 200 widows and their children remain in al-Hol.", [200]),
])
def test_kin_words(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Police detained 25 suspected militants in dawn raids.", [25]),
    ("The boat carried 300 asylum seekers and six crew.", [300, 6]),
    ("Some 40 inmates and 3 guards were hurt in the riot.", [40, 3]),
    ("Authorities deported 17 foreign nationals and 12 FTFs.", [17, 12]),
    ("There are 1,200 pupils and 80 teachers at the school.", [1200, 80]),
    ("Rescue teams pulled 14 survivors and 15 bodies from the rubble.", [14, 15]),
    ("Some 80 defectors and 100 hostages have been interviewed.", [80, 100]),
    ("Some 150 police were deployed, but 12 police stations stayed shut.", [150]),
    ("The 12 staff were evacuated, while 30 staff rooms were searched.", [12]),
    ("The floods left 300 homeless and 12 unaccounted for.", [300, 12]),
    ("Thirty Islamic State (IS) fighters were killed.", [30]),
    ("Nine males and six females were on board.", [9, 6]),
    ("Some 300 Bosnian Muslim Islamic State fighters remain.", [300]),
    ("The suspects—seven men and two women—were detained.", [7, 2]),
    ("The militia executed 21 Egyptian Copts and four retirees.", [21, 4]),
    ("Some 30 IS-affiliated ex-fighters and 12 co-defendants stood trial.", [30, 12]),
])
def test_people_nouns_and_roles(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("There are now 9 Swedes, 12 Danes, 4 Finns and 30 Turks in custody.", [9, 12, 4, 30]),
    ("Some 20 Kurds, 15 Arabs and 7 Kosovars were killed.", [20, 15, 7]),
    ("He said 230 Germans, 120 Tunisians and 80 Moroccans had joined.", [230, 120, 80]),
    ("Roughly 900 Britons travelled to the region.", [900]),
    ("Reports put 23 of the 51 Malaysian held in Syria on the list.", [23, 51]),
    ("They were two Dutch, one Danish and three Czech.", [2, 1, 3]),
    ("Four of the 12 returned home, but four of the 12 countries refused.", [4]),
    ("About 2,000 Yazidis, 40 Christians and 12 Muslims are still missing.", [2000, 40, 12]),
])
def test_nationality_and_group_nouns(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text", [
    "Seven Plans Approved By Parliament",
    "Three Loans Granted To Farmers",
    "Two Indian Ocean islands were hit.",
])
def test_title_case_words_with_demonym_endings_are_no_people(text):
    assert values(text) == []


# --- possessives and qualifiers away from the number --------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Belgium has taken back 10 of its citizens from Syria.", [(10, "of its citizens")]),
    ("The government repatriated 150 of the country's nationals.",
     [(150, "of the country's nationals")]),
    ("France estimates 300 of the nation's fighters are still alive.",
     [(300, "of the nation's fighters")]),
    ("Germany's 1,000 foreign fighters pose a risk.", [(1000, "foreign fighters")]),
])
def test_possessives(text, expected):
    assert [(f["value"], f["population"]) for f in figures_in(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("The number of foreign fighters tops 20,000.", (20000, "more than", "foreign fighters")),
    ("The number of returnees now exceeds 400.", (400, "more than", "returnees")),
    ("The death toll topped 250 on Sunday.", (250, "more than", "death toll")),
    ("The total number of detainees is estimated at 12,000.", (12000, "about", "detainees")),
    ("Officials put the total, estimated at 5,000 people, higher.", (5000, "about", "people")),
    ("The number of dead has risen to 80.", (80, "exact", "dead")),
    ("The number is thought to be around 300.", (300, "about", "the number")),
    ("The final number was 15.", (15, "exact", "the number")),
    ("Returnees – 300 (official data)", (300, "exact", "Returnees")),
    ("The United Nations puts this figure at 5 000.", (5000, "exact", "the number")),
    ("The current number of those in Sirte is now likely well under 1,000.",
     (1000, "up to", "those in Sirte")),
    ("Their forces, loyal to the council, numbered around 1,400.", (1400, "about", "forces")),
    ("The toll has climbed to 120 after rescuers reached the village.", (120, "exact", "toll")),
    ("The death toll from the Feb. 22 quake could rise to 240.", (240, "exact", "death toll")),
    ("Storm death toll reaches 96", (96, "exact", "death toll")),
    ("Mudslide toll now over 30", (30, "more than", "toll")),
    ("Ferry disaster death toll climbs to ‘at least 70’", (70, "at least", "death toll")),
    ("The death toll from landslides set off by the heavy rains that began last week in the "
     "northern provinces has risen to 212.", (212, "exact", "death toll")),
    ("The total now stands at 47.", (47, "exact", "the number")),
    ("That number has since risen to 26.", (26, "exact", "the number")),
    ("Up to 5,000 may have left, according to estimates.", (5000, "up to", "may have left")),
])
def test_totals_tolls_and_qualifiers_apart_from_the_number(text, expected):
    assert read(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Police said 40 al-Nusra militias laid down their arms.", [(40, "al-Nusra militias")]),
    ("Of them, 31 were sent back to their home countries.", [(31, "were sent back")]),
    ("The agency sent back 9 asylum seekers.", [(9, "asylum seekers")]),
])
def test_militias_and_people_sent_back(text, expected):
    assert [(f["value"], f["population"]) for f in figures_in(text)] == expected


def test_things_sent_back_count_no_one():
    assert values("The court sent back 3 files and 2 appeals.") == []


@pytest.mark.parametrize("text, expected", [
    ("This year 31 Belgians were charged, compared with 18 in the whole of 2016.",
     [(31, "Belgians"), (18, "Belgians")]),
    ("Some 40 women came home, compared to a total of 12 the year before.",
     [(40, "women"), (12, "women")]),
    # near misses: a noun of its own, a year, no count of people before
    ("Some 40 women came home, compared with 12 cases last year.", [(40, "women")]),
    ("Some 40 women came home in 2018, compared with 2017.", [(40, "women")]),
    ("Police made 16 raids, compared with 24 last year.", []),
])
def test_a_count_compared_with_an_earlier_one_takes_its_group(text, expected):
    assert [(f["value"], f["population"]) for f in figures_in(text)] == expected


def test_a_part_of_a_group_counted_with_a_qualifier():
    assert values("Police have named 1,500 of over 6,000 foreign fighters.") == [1500, 6000]
    assert values("Officials traced 12 of some 300 returnees.") == [12, 300]
    assert values("The court read 12 of some 300 files.") == []  # files


def test_a_toll_of_time_or_of_a_road_counts_no_one():
    assert values("The toll of the siege was felt over 5 years.") == []
    assert values("Road toll charges over 12 months rose to 40 euros.") == []


# --- ranges without "from" ----------------------------------------------------------------------

@pytest.mark.parametrize("text, low, high", [
    ("An estimated 1,500 to 3,000 people were displaced.", 1500, 3000),
    ("Between 20 and 30 women have returned to Morocco.", 20, 30),
    ("Officials said 200-300 fighters remain in the area.", 200, 300),
    ("Some 40 to 50 children are thought to be in the camps.", 40, 50),
    ("Two or three fighters return each month.", 2, 3),
])
def test_ranges(text, low, high):
    found = figures_in(text)
    assert [(f["low"], f["high"], f["qualifier"]) for f in found] == [(low, high, "range")]


def test_a_range_that_counts_no_people_gives_back_its_numbers():
    assert values("The court jailed 32 defendants and sentenced another two to 15 years.") == [
        32, 2]
    assert values("He was jailed for 5 to 10 years.") == []


# --- counts whose noun is left out --------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("About 700 Germans went to Syria, of whom 40 were later killed.",
     [(700, "Germans"), (40, "Germans")]),
    ("More than 5,000 Europeans joined, and about 1,500 have returned.",
     [(5000, "Europeans"), (1500, "Europeans")]),
    ("Police arrested 12 suspects, of whom five were later released.",
     [(12, "suspects"), (5, "suspects")]),
    ("Of the 150 Belgians who left, some 60 have gone back.",
     [(150, "Belgians"), (60, "Belgians")]),
    ("Among the reported deaths, 504 were in the worst-hit county and 72 in Qiaojia County.",
     [(504, "reported deaths"), (72, "reported deaths")]),
    ("Of those, 200 were women.", [(200, "women")]),
])
def test_elided_counts_take_the_antecedent(text, expected):
    assert [(f["value"], f["population"]) for f in figures_in(text)] == expected


def test_elided_counts_across_sentences_of_a_paragraph():
    earlier = figures_in("Roughly 900 Britons travelled to the region.")
    assert read("Some 400 have since come home.", earlier) == [(400, "about", "Britons")]
    assert read("A further 20 are still being held.", earlier) == [(20, "exact", "Britons")]


@pytest.mark.parametrize("text, expected", [
    ("Five arrested over Brussels plot", [5]),
    ("Police Arrest 12 Over Attack Plot", [12]),
    ("Cops Nab 7 In Terror Probe", [7]),
    ("Two Killed, 12 Injured In Blast", [2, 12]),
    ("More than 30 were arrested, and 12 were charged.", [30, 12]),
    ("Around 40,000 were displaced by the storm.", [40000]),
    ("He said 1,700 went to Syria, 500 returned and 300 were killed.", [1700, 500, 300]),
    ("The ministry said 880 had gone and about 200 had returned.", [880, 200]),
    ("Up to 1,000 could return.", [1000]),
    ("Authorities said 66 were still missing and 3 were confirmed dead.", [66, 3]),
    ("They welcomed the repatriation of 21 from Syria.", [21]),
    ("The deaths of 30 in the blast shocked the town.", [30]),
    ("Some 300 are said to have returned, and 40 are believed to be dead.", [300, 40]),
    ("According to him, the two looked well.", [2]),
    ("Of the 47 people on board, 12 survived.", [47, 12]),
    ("The court acquitted 3 and convicted 9.", [3, 9]),
    ("The arrests bring to 12 the number of people detained.", [12]),
    ("The figure was put at 1,400.", [1400]),
    ("Another two, both civil servants, were detained.", [2]),
])
def test_counts_named_by_a_verb_of_people(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text", [
    "Of the 300 houses, 120 were destroyed.",
    "Of the 40 reports, 12 were released.",
    "At 12, both boys were sent away.",
    "In 2015, all women were registered.",
    "The 5 were built in 2010.",
    "It happens two or three times a year.",
    "The return of 5 million tonnes of grain and the transfer of 3 aircraft were agreed.",
])
def test_elided_and_verb_rules_leave_things_alone(text):
    assert values(text) == []


def test_a_participle_before_a_noun_is_no_verb_of_an_elided_count():
    assert values("More than 4,000 people, 43 life detectors and four unmanned planes searched.") \
        == [4000]


# --- IS and ISIS --------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Some 300 IS militants were killed in the assault.", [(300, "IS militants")]),
    ("He said 20 ISIS fighters had surrendered.", [(20, "ISIS fighters")]),
    ("The report says the number of IS recruits is 50.", [(50, "IS recruits")]),
])
def test_is_and_isis_are_names(text, expected):
    assert [(f["value"], f["population"]) for f in figures_in(text)] == expected


def test_the_verb_is_ends_a_phrase():
    assert values("The figure of 40 is high, and 12 is the limit.") == []


# --- shares -------------------------------------------------------------------------------------

def test_shares_are_shares_of_the_figure_they_refer_to():
    assert read("About 400 women are held and 30% of them are foreigners.")[1] == (
        120, "share of an earlier figure", "foreigners")
    earlier = figures_in("The ministry counted 800 returnees in 2017.")
    assert read("Nearly half of those are children.", earlier) == [
        (400, "share of an earlier figure", "children")]


def test_a_share_or_an_elided_count_after_a_count_of_things_refers_to_the_things():
    earlier = figures_in("About 400 Kazakhs left in 2015.")
    assert read("In 2017 the court heard 30 cases; half of them were dismissed.", earlier) == []
    assert values("About 700 Germans went; the court heard 30 cases and 12 were dismissed.") \
        == [700]
    # a year between the figure and the share is no count of things
    assert read("About 400 Kazakhs left in 2015; half of them were women.")[1] == (
        200, "share of an earlier figure", "women")


def test_a_share_in_a_later_sentence_after_a_count_of_things_has_no_base():
    import pandas as pd

    from helpers.estimates import extract_estimates
    doc = pd.DataFrame([{"doc_id": "t02", "title": "", "outlet": "", "text":
                         "About 400 Kazakhs left in 2015. The court heard 30 cases. Half of them "
                         "were dismissed.\n\nSome 90 women returned. Half of them are ill."}])
    found = extract_estimates(doc)
    assert [(r.value, r.qualifier) for r in found.itertuples()] == [
        (400, "about"), (90, "about"), (45, "share of an earlier figure")]


def test_a_share_is_never_multiplied_onto_an_unrelated_number():
    # the earlier number counts no people: nothing to take a share of
    earlier = figures_in("The court heard 40 cases in 2017.")
    assert read("Half of them were dismissed.", earlier) == []
    # a share of "those who ..." names a new group, not a figure
    earlier = figures_in("About 200 women returned.")
    assert read("Nearly half of those who left were women.", earlier) == []


# --- other languages ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("В Сирии погибли 12 граждан Казахстана.", [12]),
    ("Задержаны трое подозреваемых, двое из них граждане России.", [3, 2]),
    ("Из Сирии вернули двадцать пять детей и сто двадцать женщин.", [25, 120]),
    ("По данным МВД, 5 тысяч человек покинули страну.", [5000]),
    ("Самолет с 26 детьми вылетел в Москву.", [26]),
    ("Всего уехали около 800 граждан, из них 300 погибли.", [800, 300]),
    ("В Ираке задержаны более 1,5 тысячи иностранцев и 4 тыс. россиян.", [1500, 4000]),
    ("Погибли 12 человек, еще 40 получили ранения.", [12, 40]),
    ("Суд приговорил троих обвиняемых к 10 годам лишения свободы.", [3]),
    ("Rimpatriati quattro ex combattenti, cinque donne e 14 bambini.", [4, 5, 14]),
    ("Es handle sich um sieben mutmaßliche IS-Kämpfer, sieben Frauen und zwölf Kinder.",
     [7, 7, 12]),
    ("Etwa 260 Bosnier halten sich in Lagern auf.", [260]),
    ("Plus de 300 ressortissants et 12 enfants sont rentrés.", [300, 12]),
    ("Plus de 1 500 Algériens sont partis, dont 300 ont été tués.", [1500, 300]),
    ("Más de 40 combatientes y 12 niños regresaron.", [40, 12]),
])
def test_counts_in_other_languages(text, expected):
    assert values(text) == expected


# --- numbers that are not counts of people ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The attack took place in 2015 at 8 a.m. near Route 66.",
    "He was aged 25 when he left, and his 19-year-old brother stayed.",
    "He was sentenced to seven years in prison and served 12 years of a 20-year term.",
    "They stayed for 10 days; the trial lasted 18 months.",
    "He was fined $5,000, 300 euros and 2 million tenge.",
    "Unemployment among residents rose to 15 percent, or 15%.",
    "The meeting started at 10:15 on 12 July 2016.",
    "The town is 40 km from the border and the bomb weighed 20 kg.",
    "A magnitude 6.8 quake struck; a 7.1-magnitude quake followed.",
    "The strike destroyed 30 houses, 12 vehicles and two aircraft.",
    "They seized 40 weapons and 3 tonnes of explosives.",
    "He was charged under Article 205 of the Criminal Code and Resolution 2178.",
    "Call 020 7946 0958 or +7 (700) 388 81 09 for details.",
    "See page 12 of issue 34.",
    "He finished 3rd, and the match ended 2-1.",
    "Flight 370 vanished in 2014 with its crew.",
    "He lives at 221 Baker Street.",
    "It was the 15th attack this year, in a building with 12 floors.",
    "About 80 countries joined the coalition.",
    "He had been in Syria since 2013 and returned in 2016.",
    "The bill passed by 300 votes to 12.",
    "The number of attacks rose to 12, and the number of cases has risen to 40.",
    "The total was 5 times higher, a 3-fold rise.",
    "These children live where no children should have to live.",
    "Orphans with no parents were found.",
])
def test_numbers_that_are_not_counts(text):
    assert values(text) == []


@pytest.mark.parametrize("text", [
    "Children under 12 were released first.",
    "People over 60 were evacuated by bus.",
    "Women aged over 50 were freed.",
    "Boys as young as 12 were recruited.",
    "Men between 18 and 60 were detained.",
])
def test_age_bounds_after_a_people_noun_are_no_counts(text):
    assert values(text) == []


def test_a_bound_after_a_number_word_still_counts():
    assert values("The number of fighters tops 300, and Kosovo repatriates 110 citizens.") == [
        300, 110]


@pytest.mark.parametrize("text", [
    "The last one was arrested in May.",
    "The first one was released and the next one was charged.",
    "The only one who survived was a boy.",
    "That one had returned, and each one was questioned.",
])
def test_one_as_a_pronoun_is_no_count(text):
    earlier = figures_in("About 40 Kazakhs returned in 2019.")
    assert values(text, earlier) == []


def test_one_counts_with_a_noun_or_a_verb_of_people():
    earlier = figures_in("About 40 Kazakhs returned in 2019.")
    assert values("The attack killed one and injured 12.") == [1, 12]
    assert values("Only one has come back.", earlier) == [1]
    assert values("One man and one woman were held.") == [1, 1]


@pytest.mark.parametrize("text", [
    "At 3 p.m. GMT the court met.",
    "The hearing began at 10 am (UTC+3).",
    "By 9 local time the roads were shut.",
])
def test_times_of_day_and_time_zones_are_no_counts(text):
    earlier = figures_in("About 40 Kazakhs returned in 2019.")
    assert values(text, earlier) == []


def test_a_leading_date_stamp_is_no_count():
    assert values("date 2018-03-06 Tunisia braces for returns") == []


def test_a_headline_or_line_printed_twice_gives_its_figures_once():
    import pandas as pd

    from helpers.estimates import extract_estimates
    doc = pd.DataFrame([{"doc_id": "t01", "title": "Norway takes back 2 women from Syria, News",
                         "outlet": "", "text": "Norway takes back 2 women from Syria\n\nHome World "
                         "Police held 3 men.\n\nPolice held 3 men.\n\nThe 2 women, sisters, "
                         "left in 2013; police held 3 men in 2014."}])
    found = extract_estimates(doc)
    assert [(r.sentence_id, r.value) for r in found.itertuples()] == [
        ("t01:title", 2), ("t01:p2:s1", 3), ("t01:p4:s1", 2), ("t01:p4:s1", 3)]


VERBS = ["killed", "injured", "wounded", "arrested", "detained", "deported", "repatriated",
         "returned", "convicted", "sentenced", "charged", "evacuated", "rescued", "displaced",
         "released", "freed", "kidnapped", "extradited", "acquitted"]


@pytest.mark.parametrize("verb", VERBS)
def test_verbs_of_counting_people_name_the_group(verb):
    assert values(f"Officials said they {verb} 40 in the operation.") == [40]
    assert values(f"More than 30 were {verb} last week.") == [30]
    assert values(f"Twelve {verb} in dawn operation") == [12]  # a headline
    assert values(f"They {verb} 40 kilograms of goods in 2015.") == []


@pytest.mark.parametrize("text, expected", [
    ("At least 12 people died and 30 remain missing.", [12, 30]),
    ("The storm left 40 dead and 120 missing.", [40, 120]),
    ("Iraq repatriated 600 and detained 200.", [600, 200]),
])
def test_died_missing_and_objects_without_a_noun(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Kosovo brought back 110 people, 74 of them children.", [(110, "people"), (74, "of them")]),
    ("Seven of those arrested were foreigners.", [(7, "of those")]),
    ("Police detained 14 people, three of whom were minors.",
     [(14, "people"), (3, "of whom")]),
    ("Twelve foreign nationals and 300 suspected militants were held.",
     [(12, "foreign nationals"), (300, "suspected militants")]),
])
def test_of_them_forms_and_adjectives_before_the_noun(text, expected):
    assert [(f["value"], f["population"]) for f in figures_in(text)] == expected


# --- numbers that are no counts: percentages, times, case endings, things after "including" -----

@pytest.mark.parametrize("text, expected", [
    # a percentage in words of other languages; near miss: the same number before a people noun
    ('"Delapan puluh persen perempuan dan anak-anak," katanya.', []),
    ("Dreißig Prozent der Rückkehrer sind Frauen.", []),
    ("Delapan puluh orang dipulangkan dari Suriah.", [80]),
    # a time of day after a time word or before a zone; near miss: a count after the time
    ("Data hingga pukul 18.00 WIB korban meninggal adalah 12 orang.", [12]),
    ("Sampai jam 15 sore, 9 orang hilang.", [9]),
    # a case ending glued to a figure by an apostrophe is no number word; a year with one a year
    ("Aileleri IŞİD bağlantılı 42'ten fazla yetim çocuk teslim edildi.", [42]),
    ("Bakan, 2016'da çocukların iadesi için çalıştı.", []),
    ("Bakan, 2016 kişinin iade edildiğini açıkladı.", [2016]),
])
def test_numbers_that_are_no_counts_by_class(text, expected):
    assert values(text) == expected


def test_including_a_number_of_things_is_no_elided_count():
    before = figures_in("Some 900 militants are held in prisons there.")
    assert values("It was hit many times, including 12 car bombings.", before) == []
    # near miss: a count whose noun is left out after "including"
    assert read("Many were freed, including 12 in Aleppo.", before) == [(12, "exact", "militants")]
