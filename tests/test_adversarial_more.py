"""The other half of test_adversarial.py's pattern tests (every other name of its sorted list of
the package's patterns, starting with the second): the same test on the same hostile texts, in
a file of its own so that a second worker times these while the first times the others."""

from __future__ import annotations

import pytest
from test_adversarial import HALVES, PATTERNS, alarm, slow_inputs  # noqa: F401 (alarm: fixture)


@pytest.mark.usefixtures("alarm")
@pytest.mark.parametrize("name", HALVES[1])
def test_pattern_time_grows_linearly_on_hostile_text(name):
    slow = slow_inputs(name, PATTERNS[name])
    assert not slow, f"{name} grows faster than linearly on 4x input: {', '.join(slow)}"
