"""Rules of round 18 (docs/quantities.md; open errors and the round-18 reading set): (value, unit) pairs."""

from __future__ import annotations

import pytest

from rasd.quantities import extract_quantities
from rasd.text.segment import split_sentences
from tests.quantities.helpers import pairs

ROUND_18 = [
    # a pronoun is no counted noun; a plural before a postposed اثنين is
    ("تعاقد النادي مع مدربين اثنين هما من إسبانيا.", [(2, "مدرب")]),
    ("وصلت إلى الميناء سفينتان اثنتان هما الأكبر.", [(2, "سفينة")]),
    # a noun with a plural pronoun is possessed, not counted; the idiom حتفهم
    ("ولقي العشرات حتفهم في الفيضانات.", [(None, None)]),
    ("وقدم المئات أرواحهم في المعارك.", [(None, None)]),
    # من + a sound plural in construct whose stem is an attested noun
    ("وأنقذ خفر السواحل تسعة من صيادي الأسماك.", [(9, "صياد")]),
    # a capture verb is a casualty lead
    ("وأكد المتحدث أن الجيش أسر سبعة وقتل 12 مسلحا.", [(7, None), (12, "مسلح")]),
    # a parenthesised age after a person noun (and آخر) need not close the phrase
    ("واعتدى رجل على شاب آخر (31) سنة في السوق.", [(31, "عام")]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_18)
def test_round_18(text: str, expected: list[tuple[float | None, str | None]]) -> None:
    assert pairs(text) == expected


def test_vague_before_possessed_noun_keeps_its_bounds() -> None:
    (q,) = extract_quantities("ولقي العشرات حتفهم.", split_sentences("ولقي العشرات حتفهم."))
    assert (q.low, q.high, q.unit) == (10, 99, None)


POST_BLIND_18 = [
    # a scaled number with a listed unit after an identifier noun is a count
    ("ووزع المركز 200 ألف وجبة على الأسر.", [(200_000, "وجبة")]),
    ("حل الفريق في المركز 4 بالبطولة.", []),
    # منها + a one-word hedge takes the previous unit; the elided unit after و follows it
    ("تضم المدينة 40 مدرسة، منها نحو 25 للبنين، و15 للبنات.", [(40, "مدرسة"), (25, "مدرسة"), (15, "مدرسة")]),
    # من + a definite singular in ة names a group, not the counted noun
    ("وأصيب 7 من الشرطة في الاشتباك.", [(7, None)]),
    # an imperfect verb with the object pronoun نا is no unit (round 19: the postposed ثلاثة now counts أمور,
    # as test17's gold has "وسائل أربع")
    ("وهناك أمور ثلاثة تساعدنا على الفهم.", [(3, "أمر")]),
    ("وتضم الخطة عدة مكونات أساسية.", [(None, "مكون")]),
]


@pytest.mark.parametrize(("text", "expected"), POST_BLIND_18)
def test_post_blind_18(text: str, expected: list[tuple[float | None, str | None]]) -> None:
    assert pairs(text) == expected
