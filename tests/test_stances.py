"""The stances table: verbatim excerpts, known actors and codes, years of record, and summaries.

The expected counts were derived by hand from data/stances.csv (35 rows) before the summaries
were run; see the codebook section "Stances" for what each code means.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd
import pytest

from helpers import load_corpus, sentences
from helpers.actors import ActorsError, load_actors
from helpers.export import TABLES
from helpers.passes import CorpusPass
from helpers.reliability import internal_errors
from helpers.stance_cards import role_cards, translation_flags
from helpers.stance_figures import position_points
from helpers.stances import (
    ARGUMENTS,
    EVIDENCE,
    MEASURES,
    NO_POSITION,
    POSITION_SCALE,
    STANCE_COLUMNS,
    StancesError,
    by_actor_type,
    by_argument,
    by_occasion,
    by_year,
    load_stances,
    missing_voices,
    policy_path,
    positions_by_occasion,
    split_arguments,
    stances_for,
    strongest_statements,
)

REPO = Path(__file__).resolve().parent.parent
STANCES = REPO / "data" / "stances.csv"
ACTORS = REPO / "data" / "actors.csv"


@pytest.fixture(scope="module")
def docs(seed_corpus) -> pd.DataFrame:
    """The five seeds (loaded without a warning); articles a seminar adds are not coded."""
    return seed_corpus.documents


@pytest.fixture(scope="module")
def raw() -> pd.DataFrame:
    """The file as written, without any checking."""
    return pd.read_csv(STANCES, dtype=str, keep_default_na=False)


@pytest.fixture(scope="module")
def stances(docs) -> pd.DataFrame:
    return load_stances(STANCES, ACTORS, docs=docs)


# --- the table against the sources (independent of load_stances' own checks) ----------------

def test_columns_in_order_and_ids(raw):
    assert list(raw.columns) == STANCE_COLUMNS
    assert list(raw["stance_id"]) == [f"S{i:02d}" for i in range(1, len(raw) + 1)]


def test_every_excerpt_is_verbatim_in_its_sentence_and_in_the_seed(raw, docs):
    text = dict(zip(*(sentences(docs)[c] for c in ("sentence_id", "text")), strict=True))
    for row in raw.itertuples(index=False):
        assert row.excerpt, row.stance_id
        assert row.excerpt in text[row.sentence_id], row.stance_id
        assert row.sentence_id.startswith(row.doc_id + ":p"), row.stance_id
        # and in the clean body of the document the sentence belongs to
        body = docs.loc[docs["doc_id"] == row.doc_id, "text"].item()
        assert row.excerpt in body, row.stance_id


def test_every_actor_resolves_with_its_type(raw):
    with ACTORS.open(newline="", encoding="utf-8") as handle:
        types = {r["canonical_name"]: r["actor_type"] for r in csv.DictReader(handle)}
    for row in raw.itertuples(index=False):
        assert row.actor in types, row.stance_id
        assert row.actor_type == types[row.actor], row.stance_id


def test_codes_come_from_the_fixed_lists(raw):
    assert set(raw["position"]) <= set(POSITION_SCALE) | {NO_POSITION}
    used = {code for value in raw["arguments"] for code in split_arguments(value)}
    assert used <= set(ARGUMENTS)
    assert used == set(ARGUMENTS)  # every argument type occurs in the seeds


def test_year_is_the_documents_year(raw, docs):
    years = dict(zip(docs["doc_id"], docs["year"], strict=True))
    assert all(pd.notna(years[d]) for d in raw["doc_id"])
    assert [int(y) for y in raw["year"]] == [int(years[d]) for d in raw["doc_id"]]
    assert sorted(set(raw["year"])) == ["2013", "2014", "2017", "2018"]


def test_codebook_defines_every_code():
    codebook = (REPO / "data" / "codebook.md").read_text(encoding="utf-8")
    for code in [*POSITION_SCALE, NO_POSITION, *ARGUMENTS]:
        assert f"| {code} |" in codebook, code


def test_scale_is_ordinal_from_amnesty_to_beyond_prosecution():
    assert list(POSITION_SCALE) == ["amnesty", "conditional_or_case_by_case", "prosecution",
                                    "beyond_prosecution"]
    assert list(POSITION_SCALE.values()) == [0, 1, 2, 3]


def test_load_stances_adds_actor_id_and_rank(stances):
    assert len(stances) == 35
    row = stances.set_index("stance_id").loc["S23"]
    assert (row["actor_id"], row["rank"], row["year"]) == ("nazarbayev", 3, 2017)
    assert stances["rank"].isna().sum() == 22


# --- summaries on the seeds (counts derived by hand) ----------------------------------------

def test_by_actor_type(stances):
    table = by_actor_type(stances).set_index("actor_type")
    assert table["n_statements"].to_dict() == {
        "state security": 10, "independent analyst": 8, "religious organisation": 6,
        "human-rights organisation": 3, "head of state or government": 2, "news outlet": 2,
        "unnamed experts": 3, "civil-society organisation": 1}
    assert table.loc["state security", "n_positioned"] == 2
    # one talkative speaker counts once per occasion: Telibekov's six statements, two occasions
    assert table.loc["religious organisation", "n_occasions"] == 2
    assert table.loc["head of state or government", "n_occasions"] == 2
    assert table.loc["independent analyst", "n_positioned"] == 1
    assert table.loc["religious organisation", "n_positioned"] == 4
    assert table.loc["state security", "actors"] == (
        "Kendebay Adambekov; Nurgali Bilisbekov; Nurtai Abykayev")
    assert table["n_statements"].sum() == 35


def test_by_year(stances):
    table = by_year(stances)
    totals = table.groupby("year")["n_statements"].sum().to_dict()
    assert totals == {2013: 17, 2014: 4, 2017: 9, 2018: 5}
    cells = {(r.year, r.position): r.n_statements for r in table.itertuples()}
    assert cells[(2013, "amnesty")] == 5
    assert cells[(2013, "conditional_or_case_by_case")] == 3
    assert cells[(2013, "prosecution")] == 1
    assert cells[(2017, "beyond_prosecution")] == 2
    assert cells[(2018, "prosecution")] == 1
    assert (2018, "conditional_or_case_by_case") not in cells  # rehabilitation is off the scale
    assert (2014, "amnesty") not in cells
    assert list(table.loc[table["year"] == 2013, "position"]) == [
        "amnesty", "conditional_or_case_by_case", "prosecution", NO_POSITION]


def test_by_argument(stances):
    table = by_argument(stances)
    totals = table.groupby("argument")["n_statements"].sum().to_dict()
    assert totals == {"security_risk": 12, "feasibility_evidence": 8, "root_causes": 6,
                      "rule_of_law": 5, "families_children": 3, "human_rights": 3,
                      "foreign_policy": 2}
    cell = table.set_index(["argument", "position"])
    assert cell.loc[("human_rights", "amnesty"), "speakers"] == "Murat Telibekov"
    assert cell.loc[("rule_of_law", "conditional_or_case_by_case"), "n_statements"] == 3
    assert cell.loc[("security_risk", "prosecution"), "speakers"] == "unnamed experts"
    assert list(dict.fromkeys(table["argument"])) == list(ARGUMENTS)


def test_strongest_statements(stances, docs):
    table = strongest_statements(stances, docs).set_index("side")
    assert list(table.index) == ["lenient", "punitive"]
    lenient, punitive = table.loc["lenient"], table.loc["punitive"]
    # five amnesty rows: the unnamed experts (S07) lose to the first named one, Telibekov S13
    assert (lenient["stance_id"], lenient["actor"], lenient["position"]) == (
        "S13", "Murat Telibekov", "amnesty")
    assert lenient["date"] == "2013-11-25"
    assert lenient["citation"] == ("Murat Telibekov, in IWPR (Institute for War & Peace "
                                   "Reporting), 2013-11-25, sentence 002_470278bf6f952a16:p15:s1")
    # two rows beyond prosecution, both Nazarbayev: the earlier sentence (S23, p9) wins
    assert (punitive["stance_id"], punitive["sentence_id"]) == (
        "S23", "003_609f6d418b59efb3:p9:s1")
    assert punitive["outlet"] == "Caravanserai (central.asia-news.com)"


def test_strongest_date_range_when_the_day_is_unknown(stances, docs):
    only_2018 = stances[stances["year"] == 2018]
    table = strongest_statements(only_2018, docs).set_index("side")
    # rehabilitation (S30) is off the harshness scale: the one positioned row is both ends
    assert table.loc["lenient", "stance_id"] == "S32"
    assert table.loc["punitive", "stance_id"] == "S32"  # 57 convicted
    assert table.loc["punitive", "date"] == "between 2018-03-06 and 2018-12-31"


def test_strongest_without_positions_is_empty(stances, docs):
    assert strongest_statements(stances[stances["rank"].isna()], docs).empty


def test_missing_voices_counts_speakers_and_mentions(stances, docs):
    voices = {"the courts": ("court", r"\bcourts?\b"),
              "human-rights groups": ("human-rights organisation", r"human rights")}
    table = missing_voices(stances, sentences(docs), voices).set_index("voice")
    assert table.loc["the courts", "n_statements"] == 0
    assert table.loc["the courts", "n_sentences_about"] == 1
    assert table.loc["the courts", "first_mention"] == "003_609f6d418b59efb3:p12:s1"
    assert table.loc["human-rights groups", "n_statements"] == 3
    assert table.loc["human-rights groups", "n_sentences_about"] == 1  # Grishin's bureau


def test_policy_path_is_the_state_in_reading_order(stances):
    path = policy_path(stances)
    assert list(path["stance_id"]) == ["S09", "S10", "S03", "S04", "S05", "S06", "S23", "S24",
                                       "S32", "S30", "S33", "S34"]
    assert path["year"].is_monotonic_increasing


def test_role_cards(stances, seed_corpus):
    cards = role_cards(stances, internal_errors(seed_corpus)).set_index("actor")
    assert list(cards.index[:2]) == ["Murat Telibekov", "unnamed experts"]
    assert cards.loc["unnamed experts", "positions"] == "amnesty (2013); prosecution (2013)"
    assert cards.loc["Nurgali Bilisbekov", "positions"] == "prosecution (2018)"
    assert cards.loc["Nurgali Bilisbekov", "measures"] == "counter_radicalisation; rehabilitation"
    assert [line[0] for line in cards.loc["Murat Telibekov", "lines"]] == [
        "S13", "S14", "S15", "S16"]
    # a speaker of security measures only gets a card too, after everyone on the scale
    assert cards.loc["Nurtai Abykayev", "positions"] == ""
    assert cards.index[-1] in {"Nurtai Abykayev", "Tengrinews", "specialists and officials"}


def test_role_cards_say_what_kind_of_evidence_each_line_is(stances, seed_corpus):
    cards = role_cards(stances, internal_errors(seed_corpus)).set_index("actor")
    kinds = {sid: kind for lines in cards["lines"] for sid, _, kind, _ in lines}
    assert kinds["S15"] == EVIDENCE["direct_quotation"]
    assert kinds["S13"] == EVIDENCE["indirect_speech"]
    assert kinds["S30"] == EVIDENCE["paraphrase"]
    assert kinds["S24"] == EVIDENCE["description_of_act"]
    flags = {sid: flag for lines in cards["lines"] for sid, _, _, flag in lines}
    # the translated paragraph whose first sentence reverses the direction of travel
    assert "004_a8144fba6b505cff:p5:s1" in flags["S34"]
    assert flags["S32"] == "" and flags["S15"] == ""


def test_translation_flag_on_a_written_table():
    table = pd.DataFrame({"sentence_id": ["d:p1:s1", "d:p1:s2", "d:p2:s1"]})
    errors = pd.DataFrame({"sentence_id": ["d:p1:s1"], "kind": ["direction_of_travel"],
                           "excerpt": ["returned from A to B"]})
    flags = list(translation_flags(table, errors))
    assert flags[0].startswith("this sentence reverses the direction of travel")
    assert flags[1].startswith("same paragraph as d:p1:s1") and flags[2] == ""


def test_surveillance_stance_is_coded(stances):
    row = stances.set_index("sentence_id").loc["003_609f6d418b59efb3:p1:s1"]
    assert row["measures"] == "surveillance"
    assert row["position"] == NO_POSITION and row["actor_type"] == "unnamed experts"
    used = {m for v in stances["measures"] for m in split_arguments(v)}
    assert used == set(MEASURES)
    abykayev = stances[stances["actor"] == "Nurtai Abykayev"]
    assert {m for v in abykayev["measures"] for m in split_arguments(v)} == {
        "departure_prevention", "security_powers", "counter_radicalisation"}


def test_rehabilitation_is_apart_from_the_harshness_scale(stances):
    rehab = stances[stances["measures"].str.contains("rehabilitation")]
    assert set(rehab["stance_id"]) == {"S30", "S31"}
    assert rehab["rank"].isna().all()


def test_counts_by_speaker_and_occasion(stances):
    occasions = by_occasion(stances)
    assert occasions["n_statements"].sum() == len(stances)
    tel = occasions[occasions["actor"] == "Murat Telibekov"]
    assert list(tel["n_statements"]) == [5, 1] and list(tel["harshest"]) == ["amnesty", ""]
    naz = occasions[occasions["actor"] == "Nursultan Nazarbayev"]
    assert list(naz["occasion"]) == ["Mir24 TV interview, April 2017", "law signed 11 July 2017"]
    counts = positions_by_occasion(stances).set_index(["dimension", "code"])
    # four amnesty statements by Telibekov and one by unnamed experts: two occasions
    assert counts.loc[("harshness", "amnesty"), "n_statements"] == 5
    assert counts.loc[("harshness", "amnesty"), "n_occasions"] == 2
    assert counts.loc[("measure", "surveillance"), "n_occasions"] == 3


def test_position_points_one_per_actor_cell(stances):
    points = position_points(stances)
    assert len(points) == 21
    assert points["n_statements"].sum() == 35
    tel = points[(points["actor"] == "Murat Telibekov") & (points["year"] == 2013)]
    assert set(tel["label"]) == {"Telibekov ×4", "Telibekov"}


# --- validation on small tables written here -----------------------------------------------

ARTICLE = "Headline\n\nThe minister said, \"All returnees must face trial.\" Others disagreed.\n"


@pytest.fixture
def tiny(tmp_path):
    """One article, one actors table and a writer for a one-row stances table."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a1.txt").write_text(ARTICLE, encoding="utf-8")
    sources = tmp_path / "sources.csv"
    sources.write_text("doc_id,outlet,outlet_type,published,date_basis,date_note,url,notes\n"
                       "a1,Test Post,test,2015-05-01,stated,,,\n", encoding="utf-8")
    actors = tmp_path / "actors.csv"
    actors.write_text("actor_id,canonical_name,aliases,role,institution,actor_type,notes\n"
                      "min,The Minister,minister,minister,ministry,government ministry,\n",
                      encoding="utf-8")
    docs = load_corpus(seeds, sources=sources).documents
    sid = sentences(docs).query("text.str.contains('trial')")["sentence_id"].item()

    def write(**change: str) -> Path:
        row = {"stance_id": "S01", "doc_id": "a1", "sentence_id": sid, "actor": "The Minister",
               "actor_type": "government ministry", "year": "2015", "position": "prosecution",
               "arguments": "rule_of_law", "measures": "", "evidence": "direct_quotation",
               "occasion": "a press conference", "excerpt": "All returnees must face trial.",
               "notes": ""} | change
        path = tmp_path / "stances.csv"
        pd.DataFrame([row], columns=STANCE_COLUMNS).to_csv(path, index=False)
        return path

    return write, actors, docs


def test_a_good_small_table_loads(tiny):
    write, actors, docs = tiny
    table = load_stances(write(), actors, docs=docs)
    assert table.loc[0, "rank"] == 2 and table.loc[0, "actor_id"] == "min"


@pytest.mark.parametrize(("change", "message"), [
    ({"actor": "The Mayor"}, "row S01: unknown actor 'The Mayor'"),
    ({"actor_type": "state security"}, "actor_type 'state security' but actors.csv says"),
    ({"position": "execution"}, "(stance_id S01): position 'execution' is not one of the codes"),
    ({"arguments": "rule_of_law;vibes"}, "(stance_id S01): arguments 'rule_of_law;vibes' is not"),
    ({"excerpt": "All returnees must be tried."}, "row S01: excerpt not found verbatim"),
    ({"year": "2016"}, "row S01: year 2016 but document a1 is of 2015"),
    ({"year": "soon"}, "(stance_id S01): year 'soon' is not a whole number"),
    ({"sentence_id": "a1:p9:s1"}, "row S01: sentence 'a1:p9:s1' not found"),
    ({"doc_id": "b2"}, "is not in doc_id 'b2'"),
    ({"measures": "surveillance;curfew"}, "(stance_id S01): measures 'surveill"),
    ({"evidence": "rumour"}, "(stance_id S01): evidence 'rumour' is not one of the codes"),
    ({"occasion": " "}, "(stance_id S01): occasion ' ' is empty; a value is required"),
])
def test_bad_rows_are_named(tiny, change, message):
    write, actors, docs = tiny
    path = write(**change)
    with pytest.raises(StancesError, match="stances.csv") as caught:
        load_stances(path, actors, docs=docs)
    assert message in str(caught.value)


def test_missing_column_is_named(tiny, tmp_path):
    write, actors, docs = tiny
    path = write()
    pd.read_csv(path).drop(columns="excerpt").to_csv(path, index=False)
    with pytest.raises(StancesError, match=r"missing column\(s\) excerpt"):
        load_stances(path, actors, docs=docs)


def test_repeated_canonical_name_in_actors_is_refused(tmp_path):
    path = tmp_path / "actors.csv"
    path.write_text("actor_id,canonical_name,aliases,role,institution,actor_type,notes\n"
                    "a,X,,,,t,\nb,X,,,,t,\n", encoding="utf-8")
    with pytest.raises(ActorsError, match="canonical_name 'X' is repeated"):
        load_actors(path)


# --- export ----------------------------------------------------------------------------------

def test_export_writes_stances_and_actors(seed_corpus):
    assert {"stances.csv", "actors.csv"} <= set(TABLES)
    exported = TABLES["stances.csv"](CorpusPass(seed_corpus))
    assert list(exported.columns) == STANCE_COLUMNS and len(exported) == 35
    assert len(TABLES["actors.csv"](CorpusPass(seed_corpus))) == len(pd.read_csv(ACTORS))


def test_export_for_a_folder_without_the_seeds_keeps_only_its_documents(docs):
    some = docs[docs["doc_id"].str.startswith(("003", "004"))]
    assert sorted(set(stances_for(some)["stance_id"])) == [f"S{i}" for i in range(22, 36)]


def test_evidence_codes_agree_with_the_quotation_marks(raw, docs):
    """A direct quotation stands in a sentence with quotation marks; the writer's paraphrase or
    description of an act is not itself quoted."""
    text = dict(zip(*(sentences(docs)[c] for c in ("sentence_id", "text")), strict=True))
    marks = set("\"“”«»")
    for row in raw.itertuples(index=False):
        quoted = bool(marks & set(text[row.sentence_id]))
        if row.evidence == "direct_quotation":
            assert quoted, row.stance_id
        if row.evidence in ("paraphrase", "description_of_act"):
            assert not marks & set(row.excerpt), row.stance_id
    assert set(raw["evidence"]) == set(EVIDENCE)
