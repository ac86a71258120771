"""Rules of round 25 (docs/quantities.md): reading-set lexicon fixes; (value, unit) pairs, invented text."""

from __future__ import annotations

import pytest

from tests.quantities.helpers import pairs

READING = [
    # "أم" (mother) is a listed noun; the model suffix "إم" needs plain digits;
    # "أم" before a number is "or"
    ("ودربت الجمعية 40 ألف أم على الخياطة.", [(40000, "أم")]),
    ("واستقبل المركز 120 أم مع أطفالهن.", [(120, "أم")]),
    ("هل يحتاج المشروع 3 ملايين أم 4 ملايين؟", [(3000000, None), (4000000, None)]),
    # the double plural شروحات is of شرح; a multiplier with a pronoun suffix is still ضعف
    ("وكتب الشيخ ثلاثة شروحات على المنظومة.", [(3, "شرح")]),
    ("وارتفع الدخل إلى أربعة أضعافه خلال عقد.", [(4, "ضعف")]),
    # "مستحقة" (due) after a scaled amount is an adjective: the amount keeps the elided unit
    ("وبلغ الدين 30 مليار دولار، منها 5 مليارات مستحقة في مارس.", [(30e9, "دولار"), (5e9, "دولار")]),
    # the masculine noun stays a unit (eligible people)
    ("ورفض 25 مستحقا الوحدات المعروضة.", [(25, "مستحق")]),
]


@pytest.mark.parametrize(("text", "expected"), READING)
def test_reading_set(text: str, expected: list[tuple[float | None, str | None]]) -> None:
    assert pairs(text) == expected
