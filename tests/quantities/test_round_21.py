"""Rules of round 21 (docs/quantities.md; open errors, the round-21 reading set and the even-zip diff):
(value, unit) pairs."""

from __future__ import annotations

import pytest

from rasd.numbers import find_numbers
from rasd.quantities import extract_quantities
from rasd.text.segment import split_sentences
from tests.quantities.helpers import pairs

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


POST_BLIND = [
    # an imperfect verb يفعل/تفعل after a number is no unit
    ("ونظمت الوزارة دورة لتدريب عدد 350 تهدف إلى رفع الكفاءة.", [(350, None)]),
    # a listed broken plural after من may head a longer construct chain
    ("وقبضت الشرطة على اثنين من عناصر عصابة السرقة.", [(2, "عنصر")]),
    ("وأصيب ثلاثة من أعضاء فرقة الإنشاد.", [(3, "عضو")]),
    ("وكانت السيارة تقل سبعة من عائلة واحدة.", [(7, None)]),
    # اثنان after an indefinite plural counts it, also before من + a noun and with a clitic و
    ("وتأهل أربعة طلاب، وطالبان اثنان من مدينة أبها.", [(4, "طالب"), (2, "طالب")]),
    # a lone مليونا before ل + a noun is the accusative one million, not the dual in construct
    ("وبلغ نصيب الأولى 500 ألف ريال، ومليونا للثانية.", [(500000, "ريال"), (1000000, "ريال")]),
    # hamza-seat spellings and a broken plural
    ("وحضر اللقاء 40 من مسئولي الشركات.", [(40, "مسؤول")]),
    ("وأزالت البلدية سبع عشش مخالفة.", [(7, "عشة")]),
]


@pytest.mark.parametrize(("text", "expected"), POST_BLIND)
def test_round_21_post_blind(text: str, expected: list[tuple[float | None, str | None]]) -> None:
    assert pairs(text) == expected


def ranges(text: str) -> list[tuple[float | None, float | None, str | None]]:
    return [(q.low, q.high, q.unit) for q in extract_quantities(text, split_sentences(text))]


def test_range_with_unit_on_both_ends() -> None:
    assert ranges("وتتراوح أطوال الأعمدة ما بين 4 أمتار إلى 12 متراً.") == [(4, 12, "متر")]
    assert ranges("ويستهدف البرنامج الفتيات من عمر 10 سنوات إلى 14 سنة.") == [(10, 14, "عام")]
    # a change written with the unit on both ends stays two quantities
    assert len(ranges("وارتفعت البطالة من 5 في المائة إلى 7 في المائة.")) == 2
