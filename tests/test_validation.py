"""python -m helpers validate: every hand-coded table against its declared schema; one line per
problem naming the file and the row; the loaders read the tables through the same schemas."""

from __future__ import annotations

import shutil

import pandas as pd
import pytest
from conftest import REPO

from helpers.claims import load_claims
from helpers.validation import declarations, validate

DATA = REPO / "data"


def _set(table: str, row: int, column: str, value: str):
    def corrupt(folder):
        path = folder / f"{table}.csv"
        frame = pd.read_csv(path, dtype=str, keep_default_na=False)
        frame.loc[row, column] = value
        frame.to_csv(path, index=False)
    return corrupt


def _bytes(table: str, change):
    def corrupt(folder):
        path = folder / f"{table}.csv"
        path.write_bytes(change(path.read_bytes()))
    return corrupt


# (corruption, the file it names, the row it names or None, words the line must hold)
CORRUPTIONS = [
    (_set("claims", 2, "value", "about 150"), "claims.csv", 3, "not a number"),
    (_set("claims", 0, "qualifier", "roughly"), "claims.csv", 1, "not one of the codes"),
    (_set("claims", 4, "definition_class", "fighter"), "claims.csv", 5, "not one of the codes"),
    (_set("claims", 1, "claim_id", "C01"), "claims.csv", 2, "is repeated"),
    (_set("claims", 3, "speaker", "Somebody Else"), "claims.csv", 4, "actors.canonical_name"),
    (_set("claims", 5, "sentence_id", "003_609f6d418b59efb3:p99:s1"), "claims.csv", 6,
     "sentences.sentence_id"),
    (_set("claims", 6, "excerpt", "left for the Moon in 2016"), "claims.csv", 7, "word for word"),
    (_set("claims", 0, "relay_depth", "one"), "claims.csv", 1, "not a whole number"),
    (_set("claims", 0, "doc_id", "999_missing"), "claims.csv", 1, "documents.doc_id"),
    (_set("claims", 7, "original_or_relayed", "relay"), "claims.csv", 8, "not one of"),
    (_set("stances", 0, "position", "execution"), "stances.csv", 1, "not one of the codes"),
    (_set("stances", 1, "arguments", "security_risk;vibes"), "stances.csv", 2, "not one of"),
    (_set("stances", 2, "year", "soon"), "stances.csv", 3, "not a whole number"),
    (_set("stances", 3, "actor", "The Mayor"), "stances.csv", 4, "actors.canonical_name"),
    (_set("stances", 4, "stance_id", "S01"), "stances.csv", 5, "is repeated"),
    (_set("stances", 5, "excerpt", "nobody said this"), "stances.csv", 6, "word for word"),
    (_set("actors", 1, "actor_id", "knb"), "actors.csv", 2, "is repeated"),
    (_set("actors", 2, "canonical_name", ""), "actors.csv", 3, "is empty"),
    (_set("sources", 0, "published", "Nov 2017"), "sources.csv", 1, "not a date"),
    (_set("sources", 1, "date_basis", "guessed"), "sources.csv", 2, "not one of"),
    (_set("sources", 2, "url", "javascript:alert(1)"), "sources.csv", 3, "http(s) address"),
    (_set("outlets", 1, "outlet", "Tengrinews"), "outlets.csv", 2, "is repeated"),
    (_set("reliability_rubric", 0, "grade", "G"), "reliability_rubric.csv", 1, "not one of"),
    (_set("reliability_rubric", 1, "axis", "sauce"), "reliability_rubric.csv", 2, "not one of"),
    (_set("external_estimates", 0, "figure_low", "fourteen"), "external_estimates.csv", 1,
     "not a number"),
    (_set("external_estimates", 1, "published", "26/01/2015"), "external_estimates.csv", 2,
     "not a date"),
    (_bytes("claims", lambda b: b""), "claims.csv", None, "is empty; restore it"),
    (_bytes("stances", lambda b: b.split(b"\n")[0] + b"\n"), "stances.csv", None,
     "header but no rows"),
    (_bytes("actors", lambda b: b.decode("utf-8").encode("utf-16")), "actors.csv", None,
     "not UTF-8"),
    (_bytes("outlets", lambda b: b.replace(b"Tengrinews", b"Tengrinews\xff", 1)), "outlets.csv",
     None,
     "not UTF-8"),
    (_bytes("sources", lambda b: b.replace(b",", b";")), "sources.csv", None,
     "separated by semicolons"),
    (_bytes("claims", lambda b: b.replace(b"claim_id,", b"id,", 1)), "claims.csv", None,
     "missing column(s) claim_id"),
]


@pytest.fixture
def data_copy(tmp_path):
    folder = tmp_path / "data"
    shutil.copytree(DATA, folder, ignore=shutil.ignore_patterns("derived"))
    return folder


def test_the_current_tables_fit_their_schemas():
    assert [str(p) for p in validate(DATA)] == []


def test_every_table_of_data_is_declared():
    assert {p.stem for p in DATA.glob("*.csv")} == set(declarations())


@pytest.mark.parametrize(("corrupt", "file", "row", "words"), CORRUPTIONS,
                         ids=[f"{c[1]}-{c[3]}-{i}" for i, c in enumerate(CORRUPTIONS)])
def test_a_corruption_is_one_line_naming_file_and_row(data_copy, corrupt, file, row, words):
    corrupt(data_copy)
    lines = [str(p) for p in validate(data_copy)]
    ours = [line for line in lines if line.startswith(f"{data_copy / file}")
            and words in line]
    assert ours, lines
    if row is not None:
        assert any(f": row {row}" in line for line in ours), ours
    assert all("\n" not in line for line in lines)


def test_the_command_stops_on_an_error_with_one_line_per_problem(data_copy, command):
    _set("claims", 0, "qualifier", "roughly")(data_copy)
    result = command("validate", "--data", str(data_copy))
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"error: {data_copy / 'claims.csv'}: row 1 (claim_id C01): qualifier 'roughly' is not"
        " one of the codes about, more than, at least, up to, exact, share of an earlier figure,"
        " range"]
    ok = command("validate")
    assert ok.returncode == 0, ok.stderr


def test_the_loader_reads_through_the_same_schema(data_copy):
    _set("claims", 0, "qualifier", "roughly")(data_copy)
    with pytest.raises(ValueError, match=r"claims.csv: row 1 \(claim_id C01\): qualifier"):
        load_claims(data_copy / "claims.csv")
    (data_copy / "claims.csv").write_bytes(b"")
    with pytest.raises(ValueError, match=r"claims.csv: is empty; restore it"):
        load_claims(data_copy / "claims.csv")


def test_make_runs_validate_before_anything_else():
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    assert "all: validate " in makefile
    assert "notebooks: $(STAMP) validate" in makefile and "derived: $(STAMP) validate" in makefile


def test_a_table_is_checked_once_per_version_of_its_file(data_copy, monkeypatch):
    import os

    from helpers import validation

    path = data_copy / "outlets.csv"
    checked = []
    real = validation.check_table
    monkeypatch.setattr(validation, "check_table",
                        lambda *a: checked.append(a[0]) or real(*a))
    first = validation.read_table("outlets", path)
    first.iloc[0, 0] = "changed by a caller"  # a copy: the next reader gets the file's rows
    again = validation.read_table("outlets", path)
    assert checked == ["outlets"] and again.iloc[0, 0] != "changed by a caller"
    text = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join([text[0], "x," + ",".join([""] * (text[0].count(",")))]) + "\n",
                    encoding="utf-8")  # an outlet with no name: the edit is checked again
    os.utime(path, ns=(1, 5_000_000_000_000_000_000))
    with pytest.raises(validation.TableError, match="outlet"):
        validation.read_table("outlets", path)
    assert checked == ["outlets", "outlets"]
