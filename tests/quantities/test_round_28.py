"""Rules of round 28 (docs/quantities.md): post-blind fixes from test28 and two open items of round 27;
invented text."""

from __future__ import annotations

import pytest

from rasd.numbers import find_numbers
from rasd.quantities import extract_quantities
from rasd.text.segment import split_sentences
from tests.quantities.helpers import pairs

POST_BLIND = [
    # accusative number words with tanween are numbers
    ("وقبلت اللجنة ستاً من أصل عشر شكاوى.", [(6, "شكوى"), (10, "شكوى")]),
    ("وحصد الفريق سبعاً من الميداليات.", [(7, "ميدالية")]),
    # مليونات is the vague millions
    ("وخسرت الشركات مليونات الدولارات.", [(None, "دولار")]),
    # an ordinal's عشرة before a scale word is a cardinal: the 2nd place, 10,000
    ("وللمركز الثاني عشرة آلاف ريال.", [(10000, "ريال")]),
    # a first-person possessed age noun
    ("أنا امرأة متزوجة عمرى 29 سنة وأعاني من الصداع.", [(29, "عام")]),
    # the Latin abbreviation mg is a milligram
    ("وصف له دواء Tab 50 mg مرة يوميا.", [(50, "مليغرام")]),
    # a newspaper's issue number after a year
    ('كما قال لصحيفة "عكاظ" يوم 27 رجب 1436 عدد 17794 إن الوضع صعب.', []),
    ("وتلقت البلدية لعام 1436هـ عدد 594 بلاغا.", [(594, "بلاغ")]),
    # a preposition after منها is no counted noun: the previous unit applies
    ("خاض الفريق خمس مباريات، إذ خسر أربعا منها أمام سيون.", [(5, "مباراة"), (4, "مباراة")]),
    # an accusative number word after و is no counted noun
    ("اعترضت مرة وثلاثا وأربعا وعشرا ولم يقبل رأيي.", []),
]


@pytest.mark.parametrize(("text", "expected"), POST_BLIND)
def test_post_blind(text: str, expected: list[tuple[float | None, str | None]]) -> None:
    assert pairs(text) == expected


def test_quoted_range_after_bin() -> None:
    text = "وتراوح المؤشر بين «109» و«110.1» نقطة تقريبا."
    qs = extract_quantities(text, split_sentences(text))
    assert [(q.low, q.high, q.unit) for q in qs] == [(109, 110.1, "نقطة")]


def test_teen_ordinal_kept() -> None:
    assert [(m.value, m.is_ordinal) for m in find_numbers("في القرن الثاني عشر الميلادي")] == [(12, True)]


def test_source_stops_at_hawl() -> None:
    text = "ووفقا لتقرير موقع مباشر الاقتصادي حول تأثير الأسعار، تبلغ النسبة 54% في قطر."
    qs = extract_quantities(text, split_sentences(text))
    assert [q.claimant for q in qs] == ["موقع مباشر الاقتصادي"]
