"""Rules of round 31 (docs/quantities.md): post-blind fixes from test31; invented text."""

from __future__ import annotations

import pytest

from tests.quantities.helpers import pairs

POST_BLIND = [
    # المركز with a clitic, and the verbal noun إصدار, before a number and a listed unit: a count
    ("وزار الموقع الإلكتروني للمركز 900 زائرا خلال الشهر.", [(900, "زائر")]),
    ("وتم إصدار 35 منتجا خلال العام.", [(35, "منتج")]),
    # listed lemmas: عرائس -> عروس (not عريس), ضفاف -> ضفة
    ("وتحدثت ثلاث عرائس عن الحفل.", [(3, "عروس")]),
    ("وللنهر ثلاث ضفاف في القصة.", [(3, "ضفة")]),
    # أصحاب + a definite vague scale: the rich, no amount
    ("ويتابع القراء مؤشر أصحاب المليارات كل يوم.", []),
]


@pytest.mark.parametrize(("text", "expected"), POST_BLIND)
def test_post_blind(text: str, expected: list[tuple[float | None, str | None]]) -> None:
    assert pairs(text) == expected


def test_rank_after_centre_stays_no_quantity() -> None:
    assert pairs("وحل الفريق في المركز 5 عالميا.") == []
