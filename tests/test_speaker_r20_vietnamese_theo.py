"""Vietnamese "Theo báo cáo của X, ..." (according to X's report, figures or count) at a clause's
start names X, even where X is a long body's name of a dozen words ("Văn phòng thường trực Ban
chỉ đạo Trung ương về Phòng chống thiên tai"); "Theo đó" (accordingly) names nobody. Round 20,
seen on two Vietnamese sites (a daily's and a portal's tag pages). Pattern vi_theo_of of
helpers.attribution_more_forms; its words in named_pattern_markers.csv and
named_pattern_nouns.csv. The sentences are written for these tests."""

from __future__ import annotations

import pytest
from conftest import speakers


@pytest.mark.parametrize(("text", "want"), [
    ("Theo báo cáo của Ban chỉ đạo Trung ương về Phòng chống thiên tai, lũ quét đã khiến 20 "
     "người chết.", [(20.0, "Ban chỉ đạo Trung ương về Phòng chống thiên tai")]),
    ("Theo số liệu thống kê mới nhất của Bộ Công an, 14 người chết và 3 người mất tích.",
     [(14.0, "Bộ Công an"), (3.0, "Bộ Công an")]),
    ("Theo thông tin từ UBND tỉnh Lào Cai, 9 người vẫn mất tích.", [(9.0, "UBND tỉnh Lào Cai")]),
])
def test_according_to_a_report_of_a_source(text, want):
    assert speakers(text) == want


def test_accordingly_names_nobody():
    found = speakers("Theo đó, 12 người đã được đưa đến nơi an toàn.")
    assert [(value, speaker or "") for value, speaker in found] == [(12.0, "")]
