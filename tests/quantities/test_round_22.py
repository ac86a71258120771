"""Rules of round 22 (docs/quantities.md; open errors, the round-22 reading set and the even-zip diff):
(value, unit) pairs and hedges."""

from __future__ import annotations

import pytest

from rasd.quantities import extract_quantities
from rasd.text.segment import split_sentences
from tests.quantities.helpers import pairs

ROUND_22 = [
    # an amount with a scale word and no unit further away in its sentence, past a percent
    (
        "وبلغت قيمة المبيعات نحو 4.5 مليار ريال، بتراجع 6 بالمئة عن العام السابق الذي سجلت فيه 4.8 مليار.",
        [(4500000000, "ريال"), (6, "%"), (4800000000, "ريال")],
    ),
    # not before "آخرين"/"أخرى", a group of its own
    ("وتوفي ألف مريض وأصيب 12 ألف آخرين بالعدوى.", [(1000, "مريض"), (12000, None)]),
    # not from the sentence before
    (
        "وصرفت الشركة 3 ملايين ريال. وسجل الموقع مليوني زيارة ثم 5 ملايين.",
        [(3000000, "ريال"), (2000000, "زيارة"), (5000000, "زيارة")],
    ),
    # a partitive after a group with no noun of its own takes no unit
    ("قتل 5 جنود وأصيب سبعة آخرون، أربعة منهم بجروح خطيرة.", [(5, "جندي"), (7, None), (4, None)]),
    # a number word joined by "أو" to the next number shares its unit
    ("يزور المريض العيادة ثلاث أو أربع مرات في الشهر.", [(3, "مرة"), (4, "مرة")]),
    # the first of two days before a month name is a date
    ("تنطلق البطولة في 14 أو 15 سبتمبر المقبل بمشاركة 12 فريقا.", [(12, "فريق")]),
    ("ويعقد المؤتمر يومي 3 و4 مارس بحضور 200 باحث.", [(200, "باحث")]),
    # pronoun-suffixed "كل"/"جميع" and "بخير" are no units
    ("وحضر المحاضرة خمسون جميعهم من الطلاب.", []),
    # a definite tens word before a scale word is a count
    ("وتجاوز عدد المشتركين العشرين مليون مشترك هذا العام.", [(20000000, "مشترك")]),
    # the second end of a change in speed keeps the elided "في الساعة"
    ("ورفعت السرعة القصوى من 80 كلم في الساعة إلى 110 كلم.", [(80, "كيلومتر/ساعة"), (110, "كيلومتر/ساعة")]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_22)
def test_round_22(text: str, expected: list[tuple[float | None, str | None]]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "hedge"),
    [
        ("ويشارك في الحملة قرابة الـ500 متطوع.", "قرابة"),
        ("وقتل على الأقل 14 شخصا في الهجوم.", "على الأقل"),
        ("بلغت التكلفة ما يزيد على الـ 70 مليون ريال.", "ما يزيد على"),
    ],
)
def test_hedge_before_glued_article(text: str, hedge: str) -> None:
    (q,) = extract_quantities(text, split_sentences(text))
    assert q.approximate == hedge
    assert q.text.startswith(hedge)


POST_BLIND = [
    # a partitive of its own after "و" takes no elided unit
    ("قتل نحو 30 من المسلحين وخمسة من الشرطة في الاشتباكات.", [(30, "مسلح"), (5, None)]),
    # "و" + an attested noun after a number is a new phrase, not the counted noun
    ("واستولوا على مدفع عيار 57 ومدفع آخر.", []),
    # an age after "بدلا من" right after an age
    ("ورفعت الوزارة سن التقاعد إلى 62 عاما بدلا من 60 عاما.", [(62, "عام"), (60, "عام")]),
    # a number after a dual and "من أصل" counts the dual's noun
    ("وفاز الفريق في مباراتين من أصل خمس هذا الموسم.", [(5, "مباراة")]),
    # a definite unit word before "مئة"
    ("وتجاوز الكتاب الثلاث مئة صفحة.", [(300, "صفحة")]),
    # broken plurals and nouns in ى listed in round 22
    ("وأعلنت الأطراف 4 هدن خلال الحرب.", [(4, "هدنة")]),
    ("ونظمت الجامعة خمسة ملتقيات وثلاثة منتديات.", [(5, "ملتقى"), (3, "منتدى")]),
]


@pytest.mark.parametrize(("text", "expected"), POST_BLIND)
def test_round_22_post_blind(text: str, expected: list[tuple[float | None, str | None]]) -> None:
    assert pairs(text) == expected


def test_several_thousand_bounds() -> None:
    (q,) = extract_quantities(
        "وكلف المشروع عدة آلاف من الدولارات.", split_sentences("وكلف المشروع عدة آلاف من الدولارات.")
    )
    assert (q.low, q.high, q.unit) == (3000, 9999, "دولار")
