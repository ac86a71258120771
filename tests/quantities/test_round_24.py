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
