"""Rules of round 29 (docs/quantities.md): post-blind fixes from test29; invented text."""

from __future__ import annotations

import pytest

from rasd.quantities import extract_quantities
from rasd.text.segment import split_sentences
from tests.quantities.helpers import pairs

POST_BLIND = [
    # و + a feminine past verb after a number is no counted noun
    ("هاجم التنظيم المقر فقتلت 5 وجرحت 16 من مقاتليها.", [(5, None), (16, "مقاتل")]),
    # يعني after a vague amount is no counted noun
    ("والأرقام بالملايين يعني ذلك الكثير.", [(None, None)]),
    # a superlative between a partitive من and its plural
    ("ويحيط بها اثنان من أكبر أودية المنطقة.", [(2, "وادي")]),
    ("وأصبحت ثلاثة من أهم البنوك في المنطقة.", [(3, "بنك")]),
    # a bare number right after بنسبة is a percent with the sign elided
    ("وخصص للموارد المائية بنسبة 14.8، كما بلغت الاستثمارات 2 مليار ريال.", [(14.8, "%"), (2e9, "ريال")]),
]


@pytest.mark.parametrize(("text", "expected"), POST_BLIND)
def test_post_blind(text: str, expected: list[tuple[float | None, str | None]]) -> None:
    assert pairs(text) == expected


def test_ratio_after_binisba_is_no_percent() -> None:
    assert pairs("وزاد عدد الطلاب بنسبة 1 إلى 3 مقارنة بالمعلمين.") != [(1, "%")]


def _ranges(text: str) -> list[tuple[float | None, float | None, str | None]]:
    return [(q.low, q.high, q.unit) for q in extract_quantities(text, split_sentences(text))]


def test_range_after_bin_with_hatta() -> None:
    assert _ranges("ويكون للمؤشر قاع بين 8930 نقطة حتى 9080 نقطة.") == [(8930, 9080, "نقطة")]


def test_high_to_low_dash_pair_before_a_unit_is_a_range() -> None:
    assert _ranges("وكسر المؤشر مناطق دعوم 9,000- 8,800 نقطة هو إشارة.") == [(8800, 9000, "نقطة")]


def test_high_to_low_dash_pair_alone_stays_a_score() -> None:
    assert _ranges("وانتهت المباراة 3 - 1 لصالح الضيوف.") == []


def test_score_before_amam_stays_a_score() -> None:
    assert _ranges("وخسر الفريق 6 - 1 أمام منافسه.") == []


def test_dash_pair_after_a_result_word_stays_a_score() -> None:
    assert _ranges("وفاز المنتخب بنتيجة 63-35 نقطة في مباراته الرابعة.") == []


def test_year_dash_count_is_no_range() -> None:
    assert _ranges("2002 - 77 قتيلا في تحطم طائرة.") == []


def test_degrees_after_binisba_are_no_percent() -> None:
    assert pairs("وارتفعت الحرارة بنسبة 0.14 °ف عن العام الماضي.") == []
