"""Rules of round 21 (docs/quantities.md; open errors, the round-21 reading set and the even-zip diff):
(value, unit) pairs."""

from __future__ import annotations

import pytest

from rasd.numbers import find_numbers
from rasd.quantities import extract_quantities
from rasd.text.segment import split_sentences


def pairs(text: str) -> list[tuple[float | None, str | None]]:
    out = []
    for q in extract_quantities(text, split_sentences(text)):
        out.append((None if q.value is None else round(q.value, 6), q.unit))
    return out


ROUND_21 = [
    # a decimal written with a space after its dot, before a scale word or a percent
    ("وبلغت أرباح الشركة 4. 75 مليار ريال في الربع الأول.", [(4750000000, "ريال")]),
    ("وتراجع المؤشر بنسبة 2. 5% أمس.", [(2.5, "%")]),
    ("ونما الاقتصاد 1. 8 في المائة هذا العام.", [(1.8, "%")]),
    # any other dot and space ends a sentence
    ("وفاز الفريق في المباراة رقم 12. 15 لاعبا شاركوا فيها.", [(15, "لاعب")]),
    ("وانتهى الموسم في 2014. 30 مليون ريال أنفقت عليه.", [(30000000, "ريال")]),
    # broken plurals listed in round 21
    ("وأنقذ خفر السواحل 5 بحارة من الغرق.", [(5, "بحار")]),
    ("وافتتحت الوزارة 7 رياض أطفال في المحافظة.", [(7, "روضة")]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_21)
def test_round_21(text: str, expected: list[tuple[float | None, str | None]]) -> None:
    assert pairs(text) == expected


def test_spaced_decimal_number() -> None:
    found = find_numbers("وبلغت 4. 75 مليار ريال")
    assert [(m.text, round(m.value or 0)) for m in found] == [("4. 75 مليار", 4750000000)]
    assert [m.value for m in find_numbers("في الفصل 4. 75 طالبا")] == [4, 75]
