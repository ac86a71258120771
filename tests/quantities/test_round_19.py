"""Rules of round 19 (docs/quantities.md; open errors and the round-19 reading set): (value, unit) pairs."""

from __future__ import annotations

import pytest

from rasd.numbers import find_numbers
from tests.quantities.helpers import pairs

ROUND_19 = [
    # an identifier noun before a parenthesised number (not the definite article alone)
    ("ونصت المادة (12) من النظام على العقوبة.", []),
    ("وحدد البند (7) لجنة للمتابعة.", []),
    ("وحقق الفريق والـ(40) بطولة في تاريخه.", [(40, "بطولة")]),
    # a verse number before a sura's name is a reference; a count of suras is not
    ("قال تعالى {إن الله غفور} (12) سورة البقرة.", []),
    ("ويحفظ الطالب 20 سورة من القرآن.", [(20, "سورة")]),
    # a parenthesised year span with a glued era letter is a lifespan, not metres
    ("وكتب الفيلسوف (870 – 950م) كتابه في المدينة.", []),
    ("وقطع العداء مسافة 400 م في السباق.", [(400, "متر")]),
    # a number after a dual time noun and أو is a duration
    ("وسنصل بعد شهرين أو ثلاثة ونرى النتائج.", []),
    ("وقرأ كتابين أو ثلاثة كتب في الإجازة.", [(3, "كتاب")]),
    # lexicon: سندات, تقارير, كيلوات (a kilometre after a distance word)
    ("وأصدرت الحكومة خمسة سندات جديدة.", [(5, "سند")]),
    ("ونشرت اللجنة أربعة من التقارير السنوية.", [(4, "تقرير")]),
    ("واشترى التاجر 8 كيلوات من التمر.", [(8, "كيلوغرام")]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_19)
def test_round_19(text: str, expected: list[tuple[float | None, str | None]]) -> None:
    assert pairs(text) == expected


def test_parenthesised_agency_decimal_takes_its_scale() -> None:
    (m,) = find_numbers("وبلغ الإنتاج (4ر215) مليون متر مكعب")
    assert m.value == pytest.approx(215_400_000)
    assert pairs("وبلغ الإنتاج (4ر215) مليون متر مكعب.") == [(pytest.approx(215_400_000), "متر")]


POST_BLIND = [
    # a lone ألفا before a listed noun is the dual in construct
    ("وانتشر في المدينة ألفا جندي.", [(2000, "جندي")]),
    # واحدا before a two-word percent
    ("وارتفع السهم واحدا في المئة أمس.", [(1, "%")]),
    # a lead before منهم; a recovery verb is a lead and no unit
    ("وتوفي منهم 20 وشفي 35 حتى الآن.", [(20, None), (35, None)]),
    # ل + an unlisted word before a definite word is no counted noun
    ("ونظم النادي بطولة الصيف 12 لكرة الطائرة.", []),
    # a category age with سن between the cue and the number
    ("وتقام المنافسات لفئة الناشئين تحت سن 16 سنة.", []),
    # a vague amount is never an identifier
    ("وقدمت الفرقة عدة عروض في المهرجان.", [(None, "عرض")]),
    # جمال after من + a count is camels
    ("وذبح الجزار 5 من الجمال.", [(5, "جمل")]),
    # a number word 3-10 after an indefinite listed plural or a plural in ات
    ("وهناك أسباب أربعة للأزمة.", [(4, "سبب")]),
    ("ووزع المشاركون على فئات ثلاث، كل منها بمدرب.", [(3, "فئة")]),
    ("وقال المعلم إن الإجابة تساوي خمسة.", []),
    ("ووقع انفجار أدى إلى مصرع شخص وإصابة ثمانية آخرين.", [(8, None)]),
    # a number after an indefinite dual and أو counts the dual's listed noun (a chain too)
    ("وقد يشتري القارئ كتابين أو ثلاثة أو أربعة.", [(3, "كتاب"), (4, "كتاب")]),
]


@pytest.mark.parametrize(("text", "expected"), POST_BLIND)
def test_round_19_post_blind(text: str, expected: list[tuple[float | None, str | None]]) -> None:
    assert pairs(text) == expected
