"""Rules of round 32 (docs/quantities.md): post-blind fixes from test32; invented text."""

from __future__ import annotations

import pytest

from tests.quantities.helpers import pairs

POST_BLIND = [
    # spaced forms of megawatt and kilowatt are the listed units, not ميج or kilograms
    ("وتبلغ سعة المحطة 30 ميجا وات في المرحلة الأولى.", [(30, "ميغاواط")]),
    ("وتبلغ سعة المحطة 30 ميغا واط في المرحلة الأولى.", [(30, "ميغاواط")]),
    ("ويستهلك المنزل 900 كيلو وات شهريا.", [(900, "كيلوواط")]),
]


@pytest.mark.parametrize(("text", "expected"), POST_BLIND)
def test_post_blind(text: str, expected: list[tuple[float | None, str | None]]) -> None:
    assert pairs(text) == expected


def test_kilo_alone_stays_kilogram() -> None:
    assert pairs("واشترى 5 كيلو من الأرز.") == [(5, "كيلوغرام")]
