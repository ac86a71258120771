"""Rules of round 30 (docs/quantities.md): post-blind fixes from test30; invented text."""

from __future__ import annotations

import pytest

from rasd.numbers import find_numbers
from rasd.quantities import extract_quantities
from rasd.text.segment import split_sentences
from tests.quantities.helpers import pairs

POST_BLIND = [
    # a definite مليون/مليار right before a listed unit is a count
    ("وأما المبيعات فتجاوزت المليون دولار أمس.", [(1e6, "دولار")]),
    # listed lemmas: دعاة, مسرحيات
    ("وشارك 22 من الدعاة في المخيم.", [(22, "داعية")]),
    ("وقدم المهرجان عروضا تجاوزت العشرين مسرحية.", [(20, "مسرحية")]),
    # after a partitive, من + a place names an origin: the previous unit applies
    ("وضبطت الشرطة 130 شخصا بينهم 44 من المنيا.", [(130, "شخص"), (44, "شخص")]),
    # منها after a benefit verb is its object, not a partitive: a bare number with no lead
    ("وقدم المخيم 463 محاضرة استفاد منها 182500، كما شارك آخرون.", [(463, "محاضرة")]),
]


@pytest.mark.parametrize(("text", "expected"), POST_BLIND)
def test_post_blind(text: str, expected: list[tuple[float | None, str | None]]) -> None:
    assert pairs(text) == expected


def _ranges(text: str) -> list[tuple[float | None, float | None, str | None]]:
    return [(q.low, q.high, q.unit) for q in extract_quantities(text, split_sentences(text))]


def test_two_tens_words_are_two_ends() -> None:
    assert _ranges("وتتراوح المبالغ بين ثلاثين وستين مليون ريال.") == [(30e6, 60e6, "ريال")]


def test_tens_after_units_still_one_number() -> None:
    assert [m.value for m in find_numbers("خمسة وعشرين")] == [25]


def test_mabayn_written_as_one_word() -> None:
    assert _ranges("وتراجع التبديل إلى مابين 200 و400 ألف درهم في اليوم.") == [(200000, 400000, "درهم")]


def test_sound_plural_after_partitive_keeps_its_unit() -> None:
    assert pairs("وقتل 20 شخصا بينهم 5 من السعوديين.") == [(20, "شخص"), (5, "سعودي")]


def test_fraction_of_the_million_is_no_count_of_a_million() -> None:
    assert (1e6, "ريال") not in pairs("بقيمة ما يقارب ربع المليون ريال.")


def test_named_million_is_no_count() -> None:
    assert pairs("وتحدث الوزير عن مشروع المليون فدان أمس.") == []
