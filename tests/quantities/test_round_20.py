"""Rules of round 20 (docs/quantities.md; open errors, the round-20 reading set and the even-zip diff):
(value, unit) pairs."""

from __future__ import annotations

import pytest

from rasd.quantities import extract_quantities
from rasd.text.segment import split_sentences


def pairs(text: str) -> list[tuple[float | None, str | None]]:
    return [(q.value, q.unit) for q in extract_quantities(text, split_sentences(text))]


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
