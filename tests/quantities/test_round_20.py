"""Rules of round 20 (docs/quantities.md; open errors, the round-20 reading set and the even-zip diff):
(value, unit) pairs."""

from __future__ import annotations

import pytest

from rasd.quantities import extract_quantities
from rasd.text.segment import split_sentences
from tests.quantities.helpers import pairs


def vague_units(text: str) -> list[str | None]:
    return [q.unit for q in extract_quantities(text, split_sentences(text)) if q.vague]


ROUND_20 = [
    # a sound masculine plural is no broken plural of another lemma: المزارعين -> مزارع (not مزرعة)
    ("وشارك 150 من المزارعين في المعرض.", [(150, "مزارع")]),
    ("وتملك الشركة خمس مزارع للنخيل.", [(5, "مزرعة")]),
    # a function word after an amount is no unit
    ("وتجاوز العقد 50 مليون ناهيك عن الرواتب.", [(50000000, None)]),
    ("وعرض الجهاز الفيلم بدقة 1080 بشكل واضح.", []),
    ("وقال الموظف عند النافذة 11 أنا المسؤول هنا.", []),
    # ب + a verbal noun مفاعلة is a manner phrase, not the counted noun
    ("وانطلق مهرجان الصيف 36 بمشاركة واسعة.", []),
    # a postposed عدة after a broken plural is an adjective (not annotated), as after a plural in ات
    ("وارتكب الحكم أخطاء عدة أنهت مسيرته.", []),
    ("وتعاني الملاعب من مشاكل عدة في الإضاءة.", []),
    ("وتم اعتماد عدة مشاريع جديدة.", [(None, "مشروع")]),
    # after a number word 3-10 that follows an indefinite plural, an adjective in ة is no unit
    ("وتضم المدينة أحياء خمسة كبيرة.", [(5, "حي")]),
    ("وقسم المدرب اللاعبين إلى فئات ثلاث متساوية.", [(3, "فئة")]),
    ("واشترت البلدية ثلاث سيارات جديدة.", [(3, "سيارة")]),
    # a typo of the percent phrase
    ("وارتفع المؤشر 6.6 في لمئة أمس.", [(6.6, "%")]),
    # the start of a change between percents with a hedge on the second one
    ("وتراجع النمو من 10 إلى نحو 7% هذا العام.", [(10, "%"), (7, "%")]),
    ("وارتفع عدد الطلاب من 10 إلى نحو 700 طالب.", [(10, None), (700, "طالب")]),
    # من + an unlisted plural in ات with a possessive pronoun gives its singular
    ("وأعيد بناء ثلاث من ثكناته القديمة.", [(3, "ثكنة")]),
    ("وأصيب ستة من أطفاله.", [(6, "طفل")]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_20)
def test_round_20(text: str, expected: list[tuple[float | None, str | None]]) -> None:
    assert pairs(text) == expected


def test_definite_numeral_after_vague_is_no_unit() -> None:
    # "الملايين الثلاثة": a definite numeral adjective after a definite vague amount is not its counted noun
    assert vague_units("وخسر النادي الملايين الثلاثة في الموسم.") == [None]


POST_BLIND = [
    # مئة written with its hamza is 100 on its own (its key is shared with the colloquial مية)
    ("وأسفر الحادث عن 12 قتيلا ومئة جريح.", [(12, "قتيل"), (100, "جريح")]),
    # a short plural in ات whose ل is a root letter is no ل + construct
    ("وأطلقت المنصة بست لغات العالم.", [(6, "لغة")]),
    ("وحصد الفريق لقب البطولة 36 لكرة القدم.", []),
    # a single dot group before a percent phrase is a decimal
    ("وسجلت اليونان أعلى نسبة بواقع 8.168 في المائة.", [(8.168, "%")]),
    ("وبلغ عدد الزوار 1.500 في المدينة.", [(1500, None)]),
    # an amount with a scale word and no unit right after an amount with a scale word and a unit
    (
        "وتراجع العجز إلى 27.4 مليار دولار من 30.4 مليار في الربع الأول.",
        [(27.4e9, "دولار"), (30.4e9, "دولار")],
    ),
    (
        "وخصص 83 مليون ريال للشبكة، و55 مليونا للخزانات، وبـ 8 ملايين للصمامات.",
        [(83e6, "ريال"), (55e6, "ريال"), (8e6, "ريال")],
    ),
    ("وبلغ الدين 116 مليون و54 ألف ريال.", [(116054000, "ريال")]),
]


@pytest.mark.parametrize(("text", "expected"), POST_BLIND)
def test_round_20_post_blind(text: str, expected: list[tuple[float | None, str | None]]) -> None:
    assert pairs(text) == expected


def test_range_after_definite_article() -> None:
    # "بين الـ2 و4%": a range whose first number is glued to the article
    found = extract_quantities(
        "وارتفعت الأسهم بين الـ2 و4% أمس.", split_sentences("وارتفعت الأسهم بين الـ2 و4% أمس.")
    )
    assert [(q.low, q.high, q.unit) for q in found] == [(2, 4, "%")]
