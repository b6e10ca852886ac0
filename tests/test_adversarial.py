"""Every regular expression of the package runs in linear time on hostile text.

The patterns are collected from the modules themselves (module-level patterns, and those in
module-level lists, tuples and dicts, and those built from the word lists of helpers/lexicon), so a
pattern added later is tested without a change here.
Each is run over adversarial texts (long runs of capitals, quotes, brackets, dots, dashes, digits,
spaces, markdown) of two sizes; the time on the 4x text may grow 4x, not 16x: the test bounds the
ratio, never the time itself. A backtracking blow-up is stopped by an alarm and reported.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import signal
import sys
import time
from collections.abc import Iterator

import pytest

import helpers
from helpers.cleaning import clean
from helpers.estimates import Attribution, attribute, figures_in

SIZE = 2_000  # characters of the small text; the large one is 4x
RATIO = 10.0  # linear growth gives about 4, quadratic about 16
# A pattern that takes longer than SLOW_PASS for one pass over the small text (a long
# alternation tried at every position) is timed on a text a quarter as long, down to MIN_SIZE:
# its times stay far above the clock's noise, and 4x the text still shows 16x for quadratic.
SLOW_PASS = 0.05  # seconds
MIN_SIZE = 500
MIN_TIMED = 0.002  # seconds: a high ratio is measured again on texts this slow at least
MAX_GROWN = 64  # how many times longer that text may grow
ALARM_SECONDS = 20  # a blow-up on the small text takes far longer than this

# Units repeated into a text; each is a shape that some rule reads (a run of capitalised words,
# quotes, brackets, dots, dashes, digits, spaces, markdown, attribution words).
UNITS = ["A", "AB ", "A ", "Ab ", "A.", "A-", "A'", "A, ", "\"", "“", "”", "«", "'", "[", "]",
         "(", ")", "[a](", "*", "**", "*a ", "_a", ".", "!", "-", "—", "–", "1", "1,", "1.",
         "1 ", " ", "\t", "a ", "a1 ", "the ", "and ", "by ", "of ", "said ", "Said A ", ", said A",
         "according to ", "told ", "http://a", "://", ":", "<", "&", "By ", "Photo: ", "End ",
         "May ", "th of ", "Я", "АБ "]
ENDS = ["", "!\n"]  # a clean end, and one that makes every end-anchored pattern fail late


def _patterns_in(value: object, name: str, depth: int = 0) -> Iterator[tuple[str, re.Pattern]]:
    if isinstance(value, re.Pattern):
        yield name, value
    elif depth < 2 and isinstance(value, (list, tuple)):
        for i, item in enumerate(value):
            yield from _patterns_in(item, f"{name}[{i}]", depth + 1)
    elif depth < 2 and isinstance(value, dict):
        for key, item in value.items():
            yield from _patterns_in(item, f"{name}[{key!r}]", depth + 1)


def all_patterns() -> dict[str, re.Pattern]:
    """name -> pattern for every compiled pattern that a helpers module holds at module level."""
    found: dict[str, re.Pattern] = {}
    seen: set[int] = set()
    for info in pkgutil.walk_packages(helpers.__path__, "helpers."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for attr, value in vars(module).items():
            for name, pattern in _patterns_in(value, f"{info.name}.{attr}"):
                if id(pattern) not in seen:
                    seen.add(id(pattern))
                    found[name] = pattern
    return found


def built_patterns() -> dict[str, re.Pattern]:
    """The patterns that modules build from the word lists of helpers/lexicon (compiled when a
    list is first read or changes), as they stand now."""
    from helpers import bylines, datelines, dates, furniture, lexicon, outlets, speaker_reference
    found: dict[str, re.Pattern] = {}
    rules = furniture.line_rules()
    for attr, value in vars(rules).items():
        found.update(_patterns_in(value, f"helpers.furniture.line_rules().{attr}"))
    found.update(_patterns_in(rules.whole.patterns, "helpers.furniture.line_rules().whole"))
    found.update(_patterns_in(dates._patterns(), "helpers.dates._patterns()"))
    found.update(_patterns_in(dates._needs(), "helpers.dates._needs()"))
    found.update(_patterns_in(datelines._labels(), "helpers.datelines._labels()"))
    found.update(_patterns_in(outlets.agency_list(), "helpers.outlets.agency_list()"))
    found["helpers.bylines._bio_for()"] = bylines._bio_for(lexicon.stamps("author_bio_phrases"))
    found["helpers.speaker_reference._pointers()"] = speaker_reference._pointers(
        lexicon.version("pointing_back"))
    found["helpers.speaker_reference._unnamed()"] = speaker_reference._unnamed(
        lexicon.version("unnamed_sources")).pattern
    return found


PATTERNS = {**all_patterns(), **built_patterns()}


class _Alarm(Exception):
    pass


def _on_alarm(signum, frame):
    raise _Alarm


def _seconds(run, text: str, repeats: int = 3, warm: bool = True) -> float:
    """Least CPU time of `repeats` runs (after one to warm up, when warm): CPU time leaves out
    the time other processes take on a busy machine, and the least run is the least disturbed.
    A run with nothing to warm up (one pass of a compiled pattern: no cache fills) counts its
    first run among the timed ones (warm=False)."""
    if warm:
        run(text)
    best = float("inf")
    for _ in range(repeats):
        start = time.process_time()
        run(text)
        best = min(best, time.process_time() - start)
    return best


def timing_size(run, make, size: int = SIZE) -> int:
    """size, or a quarter of it (repeatedly, not below MIN_SIZE) while one pass over make(size)
    would take longer than SLOW_PASS: while a pass over a quarter of it takes SLOW_PASS / 4."""
    while size // 4 >= MIN_SIZE:
        start = time.process_time()
        run(make(size // 4))
        if time.process_time() - start <= SLOW_PASS / 4:
            break
        size //= 4
    return size


def _ratio(run, make, size: int, warm: bool = True) -> float:
    return _seconds(run, make(4 * size), warm=warm) / max(_seconds(run, make(size), warm=warm),
                                                          1e-9)


def growth(run, make, size: int = SIZE, warm: bool = True) -> float:
    """Time on make(4 * size) over time on make(size) (size shrunk by timing_size for a slow
    run); when that ratio is high, measured again at 4x the sizes or more (until one run takes
    MIN_TIMED: a run of microseconds is all noise on a busy machine), so that a disturbance of
    the machine is not taken for growth."""
    size = timing_size(run, make, size)
    ratio = _ratio(run, make, size, warm)
    if ratio <= RATIO:
        return ratio
    size, longest = 4 * size, size * MAX_GROWN
    while size < longest and _seconds(run, make(size), repeats=1, warm=warm) < MIN_TIMED:
        size *= 4
    return _ratio(run, make, size, warm)


@pytest.fixture
def alarm():
    previous = signal.signal(signal.SIGALRM, _on_alarm)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


def test_the_patterns_are_found():
    assert len(PATTERNS) >= 50
    assert "helpers.textlines._MD_LINK" in PATTERNS
    assert "helpers.furniture.line_rules().whole[0]" in PATTERNS


def slow_inputs(name: str, pattern: re.Pattern, size: int = SIZE) -> list[str]:
    """The hostile inputs (UNITS x ENDS) on which pattern's time grows faster than linearly
    from size to 4x size; a run that blows up on the small text fails the test at once."""
    def run(text: str) -> None:
        for _ in pattern.finditer(text):
            pass

    slow = []
    for unit in UNITS:
        for end in ENDS:
            def make(n: int, unit: str = unit, end: str = end) -> str:
                return unit * (n // len(unit)) + end
            signal.alarm(ALARM_SECONDS)
            try:
                ratio = growth(run, make, size, warm=False)  # a pattern's pass: no cache
            except _Alarm:
                pytest.fail(f"{name} did not finish within {ALARM_SECONDS} s on {unit!r} * "
                            f"{size // len(unit)} + {end!r}: exponential backtracking")
            finally:
                signal.alarm(0)
            if ratio > RATIO:
                slow.append(f"{unit!r}+{end!r}: x{ratio:.0f}")
    return slow


def test_a_backtracking_blow_up_is_stopped_and_named(alarm, monkeypatch):
    """A nested quantifier that fails late backtracks exponentially: the alarm stops it and the
    test fails naming the pattern (rather than hanging the run)."""
    monkeypatch.setattr(sys.modules[__name__], "ALARM_SECONDS", 1)
    with pytest.raises(pytest.fail.Exception, match=r"nested did not finish within 1 s"):
        slow_inputs("nested", re.compile(r"(?:A+)+$"), 100)


def test_a_slow_run_is_timed_on_a_shorter_text_where_quadratic_growth_still_shows(monkeypatch):
    """timing_size shrinks the text only for a slow run; growth then still tells quadratic from
    linear (runs that keep the processor busy for a time set by the text's length stand in for
    slow patterns)."""
    monkeypatch.setattr(sys.modules[__name__], "SLOW_PASS", 0.004)  # a slow pass: over 4 ms
    make = "A".__mul__

    def busy(seconds: float) -> None:  # CPU time, as the timing reads it
        end = time.process_time() + seconds
        while time.process_time() < end:
            pass

    def linear(text: str) -> None:
        busy(len(text) * 3e-6)  # 1.5 ms on 500 characters

    def quadratic(text: str) -> None:
        busy(len(text) ** 2 * 5e-9)  # 1.25 ms on 500 characters, 20 ms on 2,000

    assert timing_size(lambda text: None, make) == SIZE
    assert timing_size(linear, make) == timing_size(quadratic, make) == MIN_SIZE < SIZE
    assert growth(linear, make) <= RATIO
    assert growth(quadratic, make) > RATIO

    def quick_quadratic(text: str) -> None:  # 40 µs on 2,000 characters: timed on longer texts
        busy(len(text) ** 2 * 1e-11)

    assert growth(quick_quadratic, make) > RATIO
    assert growth(lambda text: busy(len(text) * 1e-9), make) <= RATIO


# The patterns' tests are shared by two files: this one takes every other name of the sorted
# list, test_adversarial_more.py the rest, so that the two workers of `make test` (--dist
# loadfile gives a whole file to one worker) time them side by side.
NAMES = sorted(PATTERNS)
HALVES = (NAMES[0::2], NAMES[1::2])


def test_the_two_halves_hold_every_pattern_once():
    assert sorted([*HALVES[0], *HALVES[1]]) == NAMES and len(set(NAMES)) == len(PATTERNS)


@pytest.mark.parametrize("name", HALVES[0])
def test_pattern_time_grows_linearly_on_hostile_text(name, alarm):
    slow = slow_inputs(name, PATTERNS[name])
    assert not slow, f"{name} grows faster than linearly on 4x input: {', '.join(slow)}"


# --- the cases reported, through the functions that use the patterns ------------------------

def _caps_article(n: int) -> str:
    words = " ".join(["KAZAKHSTAN"] * max(1, n // 11))
    return (f"Officials meet in Astana\n\nThe committee met on Monday. {words} SAID THE MINISTRY"
            f" IN A STATEMENT ON TUESDAY, ADDING THAT 300 HAD RETURNED\n")


def test_a_sentence_in_capitals_is_read_in_linear_time(alarm):
    signal.alarm(ALARM_SECONDS)
    try:
        for sentence in (_caps_article(300).split("\n")[-2],):
            attribute(sentence, Attribution())
            figures_in(sentence)
        assert growth(lambda text: clean(text), _caps_article, 300) <= RATIO
        assert growth(lambda text: attribute(text, Attribution()),
                      lambda n: _caps_article(n).split("\n")[-2], 300) <= RATIO
    finally:
        signal.alarm(0)


def test_a_flood_of_unclosed_markdown_links_is_cleaned_in_linear_time(alarm):
    signal.alarm(ALARM_SECONDS)
    try:
        ratio = growth(lambda text: clean(text),
                       lambda n: "A title\n\n" + "[a](" * (n // 4) + "\n", 5_000)
    finally:
        signal.alarm(0)
    assert ratio <= RATIO


def _open_quotation(n: int) -> str:
    """A page without blank lines whose quotation never closes: every line ends a sentence and
    the next opens with a capital, so each line asks whether the quotation is still open."""
    lines = ['A title', 'The minister said: "We will bring them home.'] + [
        f"Case {i} will be tried here." for i in range(max(1, n // 28))]
    return "\n".join(lines) + "\n"


def _starred_bullets(n: int) -> str:
    """A page that marks a word with an asterisk and then prints many bullet lines."""
    lines = ["A title", "", "Сторонники ИГИЛ* вернулись, сообщили в ведомстве.", ""] + [
        f"* {i} мужчин были осуждены за участие в боях, сообщили в суде." for i in
        range(max(1, n // 64))]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("make", [_open_quotation, _starred_bullets])
def test_long_runs_of_lines_are_cleaned_in_linear_time(make, alarm):
    """Timed at sizes where a rule that compares each line with all the lines before it
    shows (thousands of lines; growth() would shrink so slow a text)."""
    signal.alarm(ALARM_SECONDS)
    try:
        ratio = _seconds(clean, make(480_000)) / _seconds(clean, make(120_000))
    finally:
        signal.alarm(0)
    assert ratio <= RATIO


def test_digits_with_scale_words_and_no_counter_are_read_in_linear_time(alarm):
    """A long run of Korean digits with scale words ("1만 2천 ") and no counter after it: the
    scaled reading of helpers.classifier_counts tries each run once, not from each digit."""
    from helpers.classifier_counts import counters
    pattern = counters().scaled
    assert pattern is not None

    def run(text: str) -> None:
        for _ in pattern.finditer(text):
            pass

    signal.alarm(ALARM_SECONDS)
    assert growth(run, lambda n: "1만 2천 " * (n // 6), warm=False) <= RATIO
