"""Round 17: date_line matches the long filler pattern of what may stand beside a date on the
empty text once (helpers.datelines._labels: empty), not for every date line with nothing on
one side of its date. It must read every line as when the filler is matched on the empty text
each time: on the lines of the seeds, the test articles and the dev pages, and on generated
lines."""

from __future__ import annotations

from functools import lru_cache

import pytest
from conftest import TEXT_FOLDERS
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import helpers.datelines as datelines
from helpers.datelines import date_line
from helpers.reading import read_source
from helpers.textlines import core_of

SETTINGS = settings(max_examples=300, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow])


class _Fresh:
    """The filler's match of "" made anew each time one of its attributes is read."""

    def __init__(self, filler):
        self.filler = filler

    def __getattr__(self, name):
        return getattr(self.filler.fullmatch(""), name)


def _plain_labels():
    filler, kinds, _ = datelines._labels_for(datelines.lexicon.stamps(
        "date_labels", "date_line_words"))
    assert filler.fullmatch("") is not None  # (so that a _Fresh stands for a match)
    return filler, kinds, _Fresh(filler)


def _read(lines, monkeypatch, plain: bool) -> list:
    with monkeypatch.context() as patch:
        if plain:
            patch.setattr(datelines, "_labels", _plain_labels)
        found = [date_line(line) for line in lines]
    return [(f.date.start, f.date.end, f.date.date, f.kind) if f else None for f in found]


@lru_cache(maxsize=4)
def _cores(name: str) -> tuple[str, ...]:
    return tuple(core for path in sorted(TEXT_FOLDERS[name].glob("*.txt"))
                 for line in read_source(path).text.split("\n") if (core := core_of(line)))


@pytest.mark.parametrize("name", TEXT_FOLDERS)
def test_date_lines_read_as_with_the_filler_matched_each_time(name, monkeypatch):
    lines = [c for c in _cores(name) if len(c) <= datelines.DATE_LINE_MAX]
    quick = _read(lines, monkeypatch, plain=False)
    assert any(f is not None for f in quick)  # a date line is there (the seeds hold one)
    assert quick == _read(lines, monkeypatch, plain=True)


_PARTS = ["Published:", "Updated", "12 March 2019", "2019-03-12", "10:22", "Tuesday", "at",
          "|", "-", "on", "Last updated on:", "05/03/2019", "Publié le", "à", "AM", "GMT",
          "NEWS", "women", "12", "March", "(", ")", ",", "3 Mart 2019 Salı"]


@SETTINGS
@given(st.lists(st.sampled_from(_PARTS), min_size=1, max_size=7),
       st.sampled_from([" ", "", "  ", ", "]))
def test_generated_date_lines(parts, join):
    line = join.join(parts)
    with pytest.MonkeyPatch.context() as patch:
        quick = date_line(line)
        patch.setattr(datelines, "_labels", _plain_labels)
        plain = date_line(line)
    assert (quick and (quick.date.start, quick.date.end, quick.kind)) == (
        plain and (plain.date.start, plain.date.end, plain.kind)), line


def test_a_wrong_empty_match_is_caught(monkeypatch):
    """With no match of "" (as a filler that needs a label would give), a date alone on its
    line is no date line: the comparison above would fail."""
    filler, kinds, _ = datelines._labels()
    assert date_line("12 March 2019") is not None
    monkeypatch.setattr(datelines, "_labels", lambda: (filler, kinds, None))
    assert date_line("12 March 2019") is None
