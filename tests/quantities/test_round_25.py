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


POST_BLIND = [
    # a sound masculine plural in construct with a pronoun after من (corpus-attested singular in م)
    ("وأصيب اثنين من حراسه وقتل ثلاثة من مرافقيه.", [(2, "حارس"), (3, "مرافق")]),
    ("وخسر التنظيم المئات من مقاتليه.", [(None, "مقاتل")]),
    # a number in parentheses before a time unit is a duration, also after a hedge
    ("ويشترط أن تكون مدة الخدمة لا تقل عن (5) سنوات.", []),
    # listed plurals: أئمة, رتب, بطولات; the short form ناد
    ("وغادر 7 أئمة المدينة ومنح عشرات الرتب.", [(7, "إمام"), (None, "رتبة")]),
    ("وشارك 40 ناد في الدوري.", [(40, "نادي")]),
    # a definite feminine 3-10 word right before an indefinite listed unit is a count ...
    ("وحصد لاعبوه الخمس بطولات كلها.", [(5, "بطولة")]),
    # ... but not after a definite word, where it is a postposed adjective
    ("وتردد في أرجاء المدن الخمس اسم البطل.", []),
    # موجودة after a total is no unit: the total's noun is
    ("وهدم 12 مسجدا من أصل 40 موجودة في البلدة.", [(12, "مسجد"), (40, "مسجد")]),
]


@pytest.mark.parametrize(("text", "expected"), POST_BLIND)
def test_post_blind(text: str, expected: list[tuple[float | None, str | None]]) -> None:
    assert pairs(text) == expected
