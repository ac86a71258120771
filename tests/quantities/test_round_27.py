"""Rules of round 27 (docs/quantities.md): post-blind fixes from test26; invented text."""

from __future__ import annotations

import pytest

from rasd.quantities import extract_quantities
from rasd.text.segment import split_sentences
from tests.quantities.helpers import pairs

POST_BLIND = [
    # the Hijri month صفر is no zero: after a month head or another month name, before a month word
    ("وبلغت قيمة الصفقات في شهر صفر نحو 3 مليارات ريال.", [(3e9, "ريال")]),
    ("وارتفعت الصفقات بين شهري محرم وصفر بنسبة 9%.", [(9, "%")]),
    ("وسجلت الأسعار في صفر الماضي تراجعا بنسبة 4%.", [(4, "%")]),
    ("وبلغت الصفقات خلال صفر المنصرم 200 صفقة.", [(200, "صفقة")]),
    ("وبقي سعر الفائدة عند صفر في المئة.", [(0, "%")]),
    # a geminate imperfect verb (تخص, يضم) after a number is no unit; the elided unit carries on
    (
        "ونظرت اللجنة في 9 شكاوى، خمس من هذه الشكاوى تتعلق بالهند، وثلاث تخص روسيا.",
        [(9, "شكوى"), (5, "شكوى"), (3, "شكوى")],
    ),
    # a singular time noun after a vague amount: no counted noun and no duration
    ("وزحف الآلاف يوم الجمعة إلى الساحة.", [(None, None)]),
    ("وانتظر الأسرى عشرات السنين.", []),
    ("وتأخر المشروع عدة أيام.", []),
]


@pytest.mark.parametrize(("text", "expected"), POST_BLIND)
def test_post_blind(text: str, expected: list[tuple[float | None, str | None]]) -> None:
    assert pairs(text) == expected


RANGES = [
    # a range after بين with a rate phrase after its first end is one range
    ("وتراوحت الأسعار ما بين 3300 ريال للمتر و3700 ريال للمتر.", (3300, 3700, "ريال")),
    ("وبيع السهم بين 20 ريالا لكل سهم و25 ريالا.", (20, 25, "ريال")),
    ("وتراوح الإنتاج بين 9 ملايين برميل يوميا و10 ملايين برميل.", (9e6, 10e6, "برميل")),
]


@pytest.mark.parametrize(("text", "expected"), RANGES)
def test_rate_ranges(text: str, expected: tuple[float, float, str]) -> None:
    qs = extract_quantities(text, split_sentences(text))
    assert [(q.low, q.high, q.unit) for q in qs] == [expected]


def test_two_prices_stay_two_without_between() -> None:
    text = "وبيع المتر بـ 3300 ريال للمتر و3700 ريال للمتر التجاري."
    assert pairs(text) == [(3300, "ريال"), (3700, "ريال")]


POST_TEST27 = [
    # a number in parentheses before أخرى is a count ("و(18) أخرى" as "و18 أخرى")
    ("وأنشئ 10 ملاعب، و(18) أخرى موزعة على المحافظات.", [(10, "ملعب"), (18, None)]),
    # an accusative form after a postposed عدة is no counted noun of it ("لمحافظات عدة دونما")
    ("وسيطروا على لمحافظات عدة دونما مقاومة.", []),
    ("ومساحة المزرعة 500 دونما.", [(500, "دونم")]),
    # the accusative alef after يئ leaves the hamza on the line ("جزيئا" -> جزيء)
    ("ولدى الشركة 28 جزيئا واعدا.", [(28, "جزيء")]),
    # a number written in full with mixed group marks before a redundant scale word
    ("بتكلفة إجمالية بلغت (37,775.000) مليون ريال.", [(37775000, "ريال")]),
]


@pytest.mark.parametrize(("text", "expected"), POST_TEST27)
def test_post_test27(text: str, expected: list[tuple[float | None, str | None]]) -> None:
    assert pairs(text) == expected
