"""The shortcuts of round 9 in reading and cleaning (issue 9, point 7) change nothing: each gives
what the plain form it stands for gives, on the seeds, the tests' articles and the dev pages, and
on generated text."""

from __future__ import annotations

from functools import lru_cache

import pytest
from conftest import TEXT_FOLDERS
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from helpers import furniture_zones
from helpers.reading import read_source
from helpers.textlines import core_of, words

SETTINGS = settings(max_examples=300, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow])


@lru_cache(maxsize=4)
def _pages(name: str) -> tuple[tuple[str, ...], ...]:
    """Each page's lines, as cores (blank lines kept as '')."""
    return tuple(tuple(core_of(line) for line in read_source(path).text.split("\n"))
                 for path in sorted(TEXT_FOLDERS[name].glob("*.txt")))


# --- cut teasers: a page without one lists no line's words --------------------------------

def _plain_cut_teasers(cores: list[str], rule: list[str | None]) -> None:
    """furniture_zones.mark_cut_teasers as it was: every kept line's words listed first."""
    kept = [(i, " ".join(words(cores[i]))) for i, core in enumerate(cores) if core and not rule[i]]
    text = " " + " ".join(w for _, w in kept) + " "
    at = 1
    for i, joined in kept:
        at += len(joined) + 1
        if not cores[i].endswith(("...", "…")):
            continue
        start = words(cores[i].rstrip(".… "))
        if len(start) < furniture_zones.CUT_TEASER_MIN_WORDS:
            continue
        needle = " " + " ".join(start) + " "
        if text.find(needle, at - 1, at + len(needle) + furniture_zones.CUT_TEASER_REACH) >= 0:
            rule[i] = "repeated_summary"


def _same_teasers(cores: list[str], rule: list[str | None]) -> list[str | None]:
    mine, plain = list(rule), list(rule)
    furniture_zones.mark_cut_teasers(list(cores), mine)
    _plain_cut_teasers(list(cores), plain)
    assert mine == plain, cores
    return mine


@pytest.mark.parametrize("name", TEXT_FOLDERS)
def test_cut_teasers_are_found_as_the_plain_rule_finds_them_on_real_pages(name):
    taken = 0
    for page in _pages(name):
        cores = list(page)
        rule: list[str | None] = [None] * len(cores)
        taken += _same_teasers(cores, rule).count("repeated_summary")
        # and with every third line taken by a rule before
        _same_teasers(cores, [None if i % 3 else "x" for i in range(len(cores))])
    assert name != "dev" or taken  # the dev pages hold cut teasers


_LEAD = "Six people died when the boat capsized near the coast on Monday night"
_TEASER_LINES = st.sampled_from([
    _LEAD + ".", _LEAD[:40] + "...", _LEAD[:50] + "…", " ".join(_LEAD.split()[:6]) + "...",
    " ".join(_LEAD.split()[:5]) + "…", "", "Another line of text.", "one two three four five six…",
    "one two three four five six seven", "... ...", "…"])


@SETTINGS
@given(st.lists(_TEASER_LINES, max_size=10), st.lists(st.booleans(), max_size=10))
@example([_LEAD[:40] + "...", _LEAD + "."], [])
def test_cut_teasers_are_found_as_the_plain_rule_finds_them_on_generated_pages(lines, taken):
    rule = [("x" if k < len(taken) and taken[k] else None) for k in range(len(lines))]
    _same_teasers(lines, rule)
