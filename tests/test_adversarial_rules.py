"""The patterns built from the word lists (speaker patterns, the figure grammar) run in linear
time on the hostile texts of test_adversarial, like the module-level patterns tested there."""

from __future__ import annotations

import pytest
from test_adversarial import alarm, slow_inputs  # noqa: F401 (alarm: the fixture, shared)

from helpers.attribution import speaker_patterns
from helpers.numbers import _identifier_before
from helpers.quantities import _grammar


def built_patterns() -> dict:
    speakers = speaker_patterns()
    grammar = _grammar()
    found = {f"speaker:{name}": pattern for name, pattern in speakers.ordered}
    found |= {"anaphora": speakers.anaphora, "opener": speakers.opener,
              "not_saying": speakers.not_saying, "document": speakers.document,
              "figure": grammar.figure, "share": grammar.share, "object_of": grammar.object_of,
              "subject_of": grammar.subject_of, "identifier_before": _identifier_before()}
    return found


PATTERNS = built_patterns()


@pytest.mark.usefixtures("alarm")
@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_built_pattern_grows_linearly(name):
    slow = slow_inputs(name, PATTERNS[name], 1_000)
    assert not slow, f"{name} grows faster than linearly on 4x input: {', '.join(slow)}"
