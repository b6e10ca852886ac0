"""The command line: export writes the tables, warns on stderr, and never writes under seeds/."""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from conftest import REPO, SEED_FILES, SEED_IDS, SEEDS

from helpers.export import TABLES
from helpers.outputs import MANIFEST

FOUNDATION = {"documents.csv", "paragraphs.csv", "sentences.csv", "removed_lines.csv",
              "problems.csv"}


def run(*args: str, cwd=REPO) -> subprocess.CompletedProcess:
    """The real `python -m helpers ARGS` in a process of its own (the `command` fixture of
    conftest runs the same in this process, as most tests here do)."""
    return subprocess.run([sys.executable, "-m", "helpers", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=120, env={"PYTHONHASHSEED": "0", "PATH": ""})


def _snapshot(folder) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_help_explains_the_commands(command):
    run = command
    top = run("--help")
    assert top.returncode == 0
    for word in ("export", "execute", "check"):
        assert word in top.stdout
    sub = run("export", "--help")
    assert sub.returncode == 0
    for word in ("--seeds", "--out", "--strict", "documents.csv", "paragraphs.csv",
                 "sentences.csv", "stderr"):
        assert word in sub.stdout


@pytest.fixture(scope="module")
def exported(originals, tmp_path_factory):
    """`export` of a seeds folder holding the five seeds: (result, out folder, seeds before)."""
    before = _snapshot(originals)
    out = tmp_path_factory.mktemp("derived")
    result = run("export", "--seeds", str(originals), "--out", str(out))
    return result, out, before


def test_export_writes_every_table(exported):
    result, out, _ = exported
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert sorted(p.name for p in out.iterdir() if p.name != MANIFEST) == sorted(TABLES)
    for name in ("documents.csv", "paragraphs.csv", "sentences.csv"):
        assert name in TABLES and f"{name} (" in result.stdout


def test_exported_tables_match_the_api(exported, seed_corpus):
    _, out, _ = exported
    docs = pd.read_csv(out / "documents.csv")
    assert list(docs["doc_id"]) == SEED_IDS
    assert list(docs["published"].fillna("")) == ["2013-09-25", "2014-11-20", "2013-11-25",
                                                  "2017-11-24", ""]
    assert list(docs["text"]) == list(seed_corpus.documents["text"])
    sents = pd.read_csv(out / "sentences.csv")
    assert sents["sentence_id"].is_unique and len(sents) > 100
    paras = pd.read_csv(out / "paragraphs.csv")
    assert len(paras) == seed_corpus.documents["n_paragraphs"].sum()


def test_export_does_not_write_under_seeds(exported, originals):
    _, _, before = exported
    assert _snapshot(originals) == before
    assert sorted(before) == sorted([f"{d}.txt" for d in SEED_IDS] + ["SHA256SUMS"])


def test_export_refuses_out_inside_seeds(tmp_path, command):
    run = command
    copy = tmp_path / "seeds"
    shutil.copytree(SEEDS, copy)
    before = _snapshot(copy)
    for out in (copy, copy / "derived", tmp_path / "seeds" / ".." / "seeds" / "x"):
        result = run("export", "--seeds", str(copy), "--out", str(out))
        assert result.returncode == 2
        assert "inside the seeds folder" in result.stderr
        assert _snapshot(copy) == before and not (copy / "derived").exists()


def test_export_refuses_out_inside_the_real_seeds(command):
    run = command
    before = _snapshot(SEEDS)
    result = run("export", "--out", "seeds/derived")
    assert result.returncode == 2 and "never written" in result.stderr
    assert not (SEEDS / "derived").exists() and _snapshot(SEEDS) == before


def test_export_warns_on_stderr_and_writes_the_good_documents(tmp_path, command):
    run = command
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(SEEDS / "001_f296294bf3f9221a.txt", src)
    (src / "empty.txt").write_bytes(b"")
    (src / "old.txt").write_bytes("A headline\n\nBy José García\n\nThe café was shut. It was"
                                  " cold.\n".encode("cp1252"))
    result = run("export", "--seeds", str(src), "--out", str(tmp_path / "out"))
    # tables of later analyses may need every seed; the foundation's tables must be written
    failed = re.findall(r"^error: (\S+) could not be built", result.stderr, re.M)
    assert not set(failed) & FOUNDATION, result.stderr
    assert result.returncode == (1 if failed else 0)
    for name in FOUNDATION:
        assert (tmp_path / "out" / name).exists()
    assert "warning: empty.txt: the file is empty (skipped)" in result.stderr
    assert ("warning: old.txt: not valid UTF-8; decoded as cp1252, the reading with more real"
            " Western words (loaded)") in result.stderr
    docs = pd.read_csv(tmp_path / "out" / "documents.csv")
    assert list(docs["doc_id"]) == ["001_f296294bf3f9221a", "old"]
    problems = pd.read_csv(tmp_path / "out" / "problems.csv")
    assert sorted(problems["file"]) == ["empty.txt", "old.txt"]


def test_export_strict_stops_and_writes_nothing(tmp_path, command):
    run = command
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(SEEDS / "001_f296294bf3f9221a.txt", src)
    (src / "empty.txt").write_bytes(b"")
    result = run("export", "--strict", "--seeds", str(src), "--out", str(tmp_path / "out"))
    assert result.returncode == 1
    assert "empty.txt: the file is empty" in result.stderr
    assert not (tmp_path / "out").exists()


def test_check_reports_a_notebook_not_run(tmp_path, command):
    import nbformat

    run = command

    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("1 + 1")])
    path = tmp_path / "x.ipynb"
    nbformat.write(nb, path)
    result = run("check", str(path))
    assert result.returncode == 1 and "execution counts" in result.stderr


def test_export_of_a_partial_folder_keeps_only_its_claims(tmp_path):
    """Exporting a folder with some of the seeds writes every table, citing only those seeds."""
    from helpers.cli import main

    folder = tmp_path / "some"
    folder.mkdir()
    for name in SEED_FILES[3:]:
        (folder / name).write_bytes((SEEDS / name).read_bytes())
    out = tmp_path / "out"
    assert main(["export", "--seeds", str(folder), "--out", str(out)]) == 0
    kept = set(pd.read_csv(out / "documents.csv")["doc_id"])
    for table in ("claims.csv", "reliability.csv", "stances.csv"):
        cited = set(pd.read_csv(out / table)["doc_id"])
        assert cited and cited <= kept, table


@pytest.fixture
def fake_seeds(tmp_path, monkeypatch):
    """A stand-in for the repository's seeds/ (so a missing guard cannot touch the real one)."""
    import helpers.cli
    import helpers.outputs

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text("An article.\n", encoding="utf-8")
    monkeypatch.setattr(helpers.cli, "seeds_dir", lambda: seeds)
    monkeypatch.setattr(helpers.outputs, "seeds_dir", lambda: seeds)
    return seeds


@pytest.mark.parametrize("command", ["export", "site", "student"])
def test_no_command_writes_under_the_repository_seeds(command, fake_seeds, tmp_path, capsys):
    import nbformat

    from helpers.cli import main

    notebook = tmp_path / "00_x.ipynb"
    nbformat.write(nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("# 00 · X")]),
                   notebook)
    # export's --seeds names another folder: the repository's seeds/ is still out of bounds
    extra = ["--seeds", str(REPO / "tests" / "articles")] if command == "export" else [
        str(notebook)]
    before = _snapshot(fake_seeds)
    for out in (fake_seeds, fake_seeds / "derived"):
        assert main([command, *extra, "--out", str(out)]) == 2
        assert "inside the seeds folder" in capsys.readouterr().err
        assert _snapshot(fake_seeds) == before and not (fake_seeds / "derived").exists()


# --- output folders that cannot destroy data (and are written atomically) ----------------------

def _notebook(folder: Path, name: str = "00_x.ipynb") -> Path:
    import nbformat

    path = folder / name
    nbformat.write(nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("# 00 · X")]),
                   path)
    return path


def test_export_refuses_the_hand_coded_data_folder_and_leaves_it_whole(command):
    run = command
    before = _snapshot(REPO / "data")
    result = run("export", "--seeds", str(REPO / "tests" / "articles"), "--out", "data")
    assert result.returncode == 2 and result.stderr.count("\n") == 1
    assert "hand-coded tables" in result.stderr and "data/derived" in result.stderr
    assert _snapshot(REPO / "data") == before


@pytest.mark.parametrize("command", ["export", "student", "site"])
def test_a_folder_with_a_same_named_file_not_written_by_us_is_refused(command, tmp_path, capsys):
    from helpers.cli import main

    out = tmp_path / "mine"
    out.mkdir()
    name = {"export": "claims.csv", "student": "00_x.ipynb", "site": "index.html"}[command]
    (out / name).write_text("hand,coded\n1,2\n", encoding="utf-8")
    extra = (["--seeds", str(REPO / "tests" / "articles")] if command == "export"
             else [str(_notebook(tmp_path))])
    assert main([command, *extra, "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert name in err and "not written by this command" in err and err.count("\n") == 1
    assert (out / name).read_text(encoding="utf-8") == "hand,coded\n1,2\n"


def test_export_rewrites_its_own_folder_and_keeps_other_files(tmp_path):
    from helpers.cli import main

    out = tmp_path / "derived"
    args = ["export", "--seeds", str(REPO / "tests" / "articles"), "--out", str(out)]
    assert main(args) in (0, 1)
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    assert main(args) in (0, 1)  # its own tables may be written again
    assert (out / "notes.txt").read_text(encoding="utf-8") == "mine"
    assert (out / "documents.csv").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary left


def test_an_interrupted_export_leaves_the_old_tables(tmp_path, monkeypatch):
    import helpers.export
    from helpers.cli import main

    out = tmp_path / "derived"
    args = ["export", "--seeds", str(REPO / "tests" / "articles"), "--out", str(out)]
    main(args)
    before = _snapshot(out)

    def interrupted(corpus):
        raise KeyboardInterrupt

    tables = dict(helpers.export.TABLES)
    tables["sentences.csv"] = interrupted
    monkeypatch.setattr("helpers.cli.TABLES", tables)
    with pytest.raises(KeyboardInterrupt):
        main(args)
    assert _snapshot(out) == before
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_a_notebook_killed_while_written_keeps_its_old_bytes(tmp_path, monkeypatch):
    import nbformat

    from helpers import notebooks

    path = _notebook(tmp_path)
    before = path.read_bytes()

    def killed(nb, *args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(nbformat, "writes", killed)
    with pytest.raises(KeyboardInterrupt):
        notebooks.write_notebook(path, nbformat.read(path, as_version=4))
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


def test_execute_names_an_unreadable_notebook_and_how_to_restore_it(tmp_path, command):
    run = command
    path = tmp_path / "00_x.ipynb"
    path.write_bytes(b"")
    result = run("execute", str(path))
    assert result.returncode == 1 and result.stderr.count("\n") == 1
    assert str(path) in result.stderr and "git checkout --" in result.stderr


def test_without_loopback_execute_says_so_in_one_line_at_once(tmp_path):
    """In a network namespace of its own (no interface up, not even lo), as in a sandbox."""
    unshare = shutil.which("unshare")
    probe = subprocess.run([unshare, "-n", "true"], capture_output=True) if unshare else None
    if probe is None or probe.returncode != 0:
        pytest.skip("cannot make a network namespace here (unshare -n)")
    notebook = _notebook(tmp_path)
    result = subprocess.run([unshare, "-n", sys.executable, "-m", "helpers", "execute",
                             str(notebook)], capture_output=True, text=True, timeout=50,
                            cwd=REPO)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "loopback network interface" in result.stderr
    assert "Traceback" not in result.stderr


def test_loopback_problem_is_none_where_loopback_works():
    from helpers.notebooks import loopback_problem

    assert loopback_problem() is None


def test_the_collections_own_output_folders_are_written_even_from_an_older_version(
        tmp_path, monkeypatch):
    """data/derived, site, student and handout belong to make: a folder an older version wrote
    (no manifest) is rewritten, while the same files elsewhere are refused."""
    from helpers.outputs import HOMES, refusal
    from helpers.paths import ROOT_VARIABLE

    for name in ("seeds", "data", "helpers"):
        (tmp_path / name).mkdir()
    monkeypatch.setenv(ROOT_VARIABLE, str(tmp_path))
    for home in HOMES:
        (tmp_path / home).mkdir(parents=True, exist_ok=True)
        (tmp_path / home / "claims.csv").write_text("old,table\n", encoding="utf-8")
        assert refusal(tmp_path / home, ["claims.csv"]) is None
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "claims.csv").write_text("old,table\n", encoding="utf-8")
    assert "not written by this command" in refusal(tmp_path / "elsewhere", ["claims.csv"])
