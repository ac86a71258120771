"""Rules of round 26 (docs/quantities.md): reading-set lexicon fixes; (value, unit) pairs, invented text."""

from __future__ import annotations

import pytest

from tests.quantities.helpers import pairs

READING = [
    # a preposition-like word after a number is no unit ("بشأن", "حيال", "تجاه")
    ("وتفاوضت الدول الخمس مع 3 بشأن الملف.", []),
    ("وأرسلت الوزارة 12 طبيبا حيال الأزمة.", [(12, "طبيب")]),
    # a number right after a stock-index name is part of the name
    ("وارتفع مؤشر ستاندرد آند بورز 500 بنسبة 2 في المائة.", [(2, "%")]),
    ("وأغلق مؤشر فوتسي 100 مرتفعا 15 نقطة.", [(15, "نقطة")]),
]


@pytest.mark.parametrize(("text", "expected"), READING)
def test_reading_set(text: str, expected: list[tuple[float | None, str | None]]) -> None:
    assert pairs(text) == expected


POST_BLIND = [
    # listed plurals: شركاء, إخوة
    ("ونشب خلاف بين اثنين شركاء في المتجر.", [(2, "شريك")]),
    ("وله 4 إخوة يعملون في الزراعة.", [(4, "أخ")]),
    # "مابين" (ما بين) is no unit
    ("وأصيب (45) مابين عسكريين ومدنيين.", [(45, None)]),
    # "ألف" right after a relative pronoun is the verb ألّف
    ("ومنهم الناقد الذي ألف كتاب النقد الحديث.", []),
    ("وحضر الحفل ألف ضيف.", [(1000, "ضيف")]),
]


@pytest.mark.parametrize(("text", "expected"), POST_BLIND)
def test_post_blind(text: str, expected: list[tuple[float | None, str | None]]) -> None:
    assert pairs(text) == expected
