"""Attributed statements: speakers resolve to one actor across spellings, quotes and pronouns."""

import pandas as pd
import pytest

from helpers import speakers, statements
from helpers.actors import canonical_speaker, normalise_name
from helpers.attribution import Attribution, attribute
from helpers.statements import STATEMENT_COLUMNS, extract_statements


def article(*paragraphs: str) -> pd.DataFrame:
    return pd.DataFrame([{"doc_id": "t01", "title": "", "outlet": "Test News",
                          "text": "\n\n".join(paragraphs)}])


@pytest.fixture(scope="module")
def seeds(seed_corpus):
    """Statements of the five seeds (a folder without any article a seminar adds)."""
    return extract_statements(seed_corpus.documents)


def test_columns(seeds):
    assert list(seeds.columns) == STATEMENT_COLUMNS
    assert set(seeds["kind"]) == {"direct", "reported"}


def test_every_statement_of_the_union_of_muslims_head_is_one_actor(seeds):
    telibekov = seeds[seeds["text"].str.contains(
        "amnesty for members|unlikely they would come|harsh repression|afraid they will be jailed"
        "|combination of factors|aiding and abetting")]
    assert set(telibekov["doc_id"].str[:3]) == {"002", "003"}
    assert len(telibekov) == 6
    assert set(telibekov["speaker"]) == {"Murat Telibekov"}


def test_seed_speakers(seeds):
    said = seeds.set_index("sentence_id")["speaker"]
    assert said["003_609f6d418b59efb3:p4:s1"] == "Nursultan Nazarbayev"  # "said Nazabayev"
    assert said["002_470278bf6f952a16:p9:s1"] == "unnamed source in the security services"
    assert said["004_a8144fba6b505cff:p5:s5"] == "Nurgali Bilisbekov"  # "he added"
    assert said["003_609f6d418b59efb3:p5:s1"] == "National Security Committee of Kazakhstan (KNB)"


def test_roles_as_written(seeds):
    roles = seeds.set_index("sentence_id")["speaker_role"]
    assert roles["003_609f6d418b59efb3:p13:s1"] == (
        "director of the Almaty-based Union of Muslims of Kazakhstan")
    assert roles["002_470278bf6f952a16:p15:s1"] == "The head of the Union of Muslims of Kazakstan"


def test_a_quote_over_several_sentences_is_one_direct_statement():
    found = extract_statements(article(
        "“We will not give up. Every citizen will come home. That is our duty,” the Deputy "
        "Foreign Minister Yerzhan Ashikbayev said."))
    direct = found[found["kind"] == "direct"]
    assert len(direct) == 1
    assert direct.iloc[0]["text"].startswith("We will not give up. Every citizen")
    assert direct.iloc[0]["speaker"] == "Yerzhan Ashikbayev"


def test_reported_speech_and_pronouns():
    found = extract_statements(article(
        "Murat Telibekov, head of the Union of Muslims of Kazakstan, told reporters that an "
        "amnesty was needed.",
        "Without it, he said, few would come back.",
        "According to the KNB, the border is closed."))
    assert list(found["speaker"]) == ["Murat Telibekov", "Murat Telibekov",
                                      "National Security Committee of Kazakhstan (KNB)"]
    assert set(found["kind"]) == {"reported"}


@pytest.mark.parametrize("written, canonical", [
    ("the Committee for National Security (KNB)",
     "National Security Committee of Kazakhstan (KNB)"),
    ("National Security Committee", "National Security Committee of Kazakhstan (KNB)"),
    ("said Nazabayev", "Nursultan Nazarbayev"),
    ("the Kazakstan Bureau's Andrei Grishin", "Andrei Grishin"),
    ("UNION OF MUSLIMS head murat telibekov", "Murat Telibekov"),
])
def test_names_resolve_through_actors(written, canonical):
    assert canonical_speaker(written) == canonical


def test_spelling_normalisation():
    assert normalise_name("Kazak nationals in Kazakstan") == "Kazakh nationals in Kazakhstan"
    assert normalise_name("Kazakh  and Kazakhstan") == "Kazakh and Kazakhstan"


def test_a_speaker_introduced_with_an_appositive_holds_the_following_quotes():
    table = extract_statements(article(
        "The minister said the border was closed.",
        "Dana Serikova, a lawyer based in Bishkek, cautions that the hearings are slow.",
        '"Nobody has seen the files," she said. "We wait."',
        "Aliya Nurlanova, director of the Steppe Rights Centre, says families are afraid.",
        '"They will not come back without guarantees for their children and wives," '
        "she added."))
    speakers = dict(zip(table["text"], table["speaker"], strict=True))
    assert speakers["Dana Serikova, a lawyer based in Bishkek, cautions that the hearings are"
                    " slow."] == "Dana Serikova"
    assert speakers["Nobody has seen the files,"] == "Dana Serikova"
    assert speakers["They will not come back without guarantees for their children and wives,"
                    ] == "Aliya Nurlanova"


def test_an_inverted_attribution_names_the_group_after_the_verb():
    table = extract_statements(article(
        "Hundreds of young men are facing trial at home, say specialists and officials."))
    assert table["speaker"].tolist() == ["specialists and officials"]


def test_a_passive_said_to_names_no_speaker():
    table = extract_statements(article("Some are said to hail from Shymkent."))
    assert table.empty


def test_a_source_citation_is_not_a_quotation():
    table = extract_statements(article(
        'Officials said 20 people came back. "We are ready," the minister said.',
        'Source: "Twenty returned - ministry," Steppe News, 6 March 2018.'))
    assert "Twenty returned - ministry," not in table["text"].tolist()
    assert not table["text"].str.contains("Twenty returned").any()


def test_a_stray_inch_mark_does_not_swallow_the_rest_of_the_article():
    later = ("Dr. Aigul Sadykova, a sociologist, said that 40 families had returned.",
             "Police chief Marat Bekov told reporters that the border was closed.")
    plain = extract_statements(article("The screen shows the map.", *later))
    marked = extract_statements(article('The 12" screen shows the map.', *later))
    assert list(marked["kind"]) == ["reported", "reported"]
    assert marked[["speaker", "kind", "text"]].equals(plain[["speaker", "kind", "text"]])


def test_a_quotation_over_two_paragraphs_is_one_statement():
    found = extract_statements(article(
        '"We will not leave them behind. Every family deserves a hearing.',
        '"They are still our citizens," Aigul Sadykova said.'))
    assert list(found["kind"]) == ["direct"] and found["speaker"].iloc[0] == "Aigul Sadykova"
    assert found["sentence_id"].iloc[0] == "t01:p1:s1"
    assert found["text"].iloc[0] == ("We will not leave them behind. Every family deserves a "
                                     "hearing. They are still our citizens,")


def test_each_sentence_is_attributed_once_and_says_whether_it_names_its_speaker(monkeypatch):
    last = Attribution("Marat Bekov")
    assert attribute("He said the border was closed.", last).named_here
    carried = attribute("The border was closed.", last)
    assert carried.speaker == "Marat Bekov" and not carried.named_here
    calls = []
    monkeypatch.setattr(speakers, "attribute",
                        lambda *a: calls.append(a[0]) or attribute(*a))
    found = statements.extract_statements(article(
        "Police chief Marat Bekov told reporters that the border was closed.",
        "The border was closed. He said the guards were tired.",
        '"We will reopen it next week," he added.'))
    assert len(calls) == 4
    assert list(found["kind"]) == ["reported", "reported", "direct"]
    assert set(found["speaker"]) == {"Police chief Marat Bekov"}
