"""The shortcuts of round 8 in reading and cleaning (issue 9, point 7) change nothing: each
gives what the plain form it stands for gives, on the seeds, the tests' articles, the dev pages
and on generated text; and the corpus loader looks each word list up once per load."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from conftest import TEXT_FOLDERS

from helpers import lexicon
from helpers.sources import load_corpus


def test_a_load_looks_each_word_list_up_on_disk_once(monkeypatch):
    looked: Counter[str] = Counter()
    look = lexicon._look

    def counting(name: str) -> tuple[str, int, int]:
        looked[name] += 1
        return look(name)

    monkeypatch.setattr(lexicon, "_look", counting)
    load_corpus(TEXT_FOLDERS["seeds"])
    assert looked  # the cleaning rules do read word lists
    assert max(looked.values()) == 1, looked.most_common(3)


def test_a_list_edited_between_two_loads_counts_in_the_second(tmp_path, monkeypatch):
    # a page whose only furniture line is one the edited list adds
    page = tmp_path / "page.txt"
    page.write_text("A title for the page\n\nZorblax widget toggle\n\n"
                    + "The minister said on Monday that the plan would go ahead. " * 3 + "\n",
                    encoding="utf-8")
    folder = tmp_path / "lexicon"
    folder.mkdir()
    for path in Path(lexicon.FOLDER).glob("*.csv"):
        (folder / path.name).write_bytes(path.read_bytes())
    monkeypatch.setattr(lexicon, "FOLDER", folder)
    def rule_of_line() -> set[str]:
        removed = load_corpus(tmp_path, check_rows=False).removed
        return set(removed.loc[removed["text"] == "Zorblax widget toggle", "rule"])

    assert "site_tools" not in rule_of_line()
    lines = folder / "furniture_lines.csv"
    lines.write_text(lines.read_text(encoding="utf-8")
                     + "zorblax widget toggle,site_tools,4,a test entry\n", encoding="utf-8")
    assert rule_of_line() == {"site_tools"}
