"""Rules of round 24 (docs/quantities.md): corpus attestation of unit lemmas (``attested.tsv.gz``) and the
post-blind fixes: (value, unit) pairs."""

from __future__ import annotations

import pytest

from rasd.quantities.plurals import feminine_singular, singular
from tests.quantities.helpers import pairs

ATTESTED = [
    # a sound plural in "ات" of a common masculine noun whose form in "ة" is never written with the article
    ("وفرضت العقوبات على سبع كيانات مالية.", [(7, "كيان")]),
    ("ويمر الخط عبر عدة نطاقات زمنية.", [(None, "نطاق")]),
    ("وشارك اللاعب في 3 مونديالات متتالية.", [(3, "مونديال")]),
    # feminine forms and instance nouns keep "ة"
    ("وعينت الوزارة أربع وكيلات.", [(4, "وكيلة")]),
    ("وتلقى الضحية خمس طعنات في صدره.", [(5, "طعنة")]),
    # a broken plural of a root with a repeated letter (ب و ب) and one found through the corpus table
    ("وفتحت الإدارة 6 أبواب جديدة و3 معامل للعلوم.", [(6, "باب"), (3, "معمل")]),
]


@pytest.mark.parametrize(("text", "expected"), ATTESTED)
def test_attested(text: str, expected: list[tuple[float | None, str | None]]) -> None:
    assert pairs(text) == expected


def test_feminine_singular_by_attestation() -> None:
    assert feminine_singular("كيان") is False
    assert feminine_singular("موظف") is None
    assert singular("ابواب") == "باب"


READING = [
    # a predicate participle after the number is no counted noun: the elided unit stays
    ("وغادر 900 شخص بينهم 300 موجودون في الخارج.", [(900, "شخص"), (300, "شخص")]),
    # و + a short imperfect verb, ك + a plural: a new phrase
    ("ويملك البنك شبكة فروع عددها 210 وتضم أقساما للسيدات.", [(210, None)]),
]


@pytest.mark.parametrize(("text", "expected"), READING)
def test_reading(text: str, expected: list[tuple[float | None, str | None]]) -> None:
    assert pairs(text) == expected


def test_ka_plural_is_no_unit() -> None:
    assert pairs("وتوقع المحللون تحقيق 4.7 مليار ريال، و3.2 مليارات كأرباح صافية.") == [
        (4.7e9, "ريال"),
        (3.2e9, "ريال"),
    ]


POST_BLIND = [
    # a change written the other way round: the start after "من" takes the level's unit
    ("وارتفعت ربحية السهم إلى 2.41 ريال من 2.09 عام 2013.", [(2.41, "ريال"), (2.09, "ريال")]),
    # a time unit before a year names the year of the amount, not a duration
    ("وارتفع الربح إلى 150 مليون ريال من 120 مليون عام 2014.", [(150e6, "ريال"), (120e6, "ريال")]),
    ("وعاش الديناصور قبل 120 مليون عام في المنطقة.", []),
    # a definite number word before an indefinite listed unit is a count
    ("وركبت الشركة محركا ذا الثمانية أسطوانات.", [(8, "أسطوانة")]),
    ("وأصيب في الهجوم ما يفوق العشرين جريحا.", [(20, "جريح")]),
    ("وأمضى الثلاثة أيام في المستشفى.", []),
    ("واحتفل بالذكرى الثلاثين لتأسيس الشركة.", []),
    # an unlisted feminine adjective after "منها" keeps the total's unit
    ("وتوزع الأسهم على 50 مليون سهم، منها 30.5 مليون حرة.", [(50e6, "سهم"), (30.5e6, "سهم")]),
    # "المركز" (the centre) before a number and a listed unit is no rank
    ("وسجل المركز 25 حالة اعتداء خلال الشهر.", [(25, "حالة")]),
    ("وحل الفريق في المركز 12 عالميا.", []),
    # plural lemmas: شواحن (chargers; شاحنة has شاحنات), مفاتيح
    ("وركب المصنع 5 شواحن وجمع آلاف المفاتيح.", [(5, "شاحن"), (None, "مفتاح")]),
]


@pytest.mark.parametrize(("text", "expected"), POST_BLIND)
def test_post_blind(text: str, expected: list[tuple[float | None, str | None]]) -> None:
    assert pairs(text) == expected
