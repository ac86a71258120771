"""Rules of round 23 (docs/quantities.md; open errors, the round-23 reading set and the even-zip diff):
(value, unit) pairs."""

from __future__ import annotations

import pytest

from rasd.quantities import extract_quantities
from rasd.text.segment import split_sentences
from tests.quantities.helpers import pairs

ROUND_23 = [
    # "ست" before a listed feminine broken plural is six
    ("وأصيب في الحادث 9 رجال وست نساء.", [(9, "رجل"), (6, "امرأة")]),
    # a width or height glued to "م" after a distance word is metres
    ("ويضم المبنى ممرا بعرض 3.5م، ونافذة بارتفاع 1.2م.", [(3.5, "متر"), (1.2, "متر")]),
    # a hotel class is no count; stars won by a restaurant are
    ("ويضم المجمع فندق 4 نجوم وثلاثة مطاعم.", [(3, "مطعم")]),
    ("ونزل الوفد في فندق من فئة خمس نجوم.", []),
    ("وحصل المطعم على 2 نجوم في الدليل.", [(2, "نجم")]),
    # a number right after a product series name is a model number
    ("وطرحت الشركة جهاز البلاي ستيشن 5 بسعر 400 دولار.", [(400, "دولار")]),
    # "قصص" is the plural of "قصة"
    ("ونشر الكاتب أربع قصص قصيرة.", [(4, "قصة")]),
    # "خاص" is no counted noun: a number after "منها" keeps the elided unit
    ("وأصدرت الهيئة 40 قرارا منها 12 خاصة بالتعليم.", [(40, "قرار"), (12, "قرار")]),
    # contracts, not decades, after "عقود استشارية"
    ("وتشمل الخطة عقودا استشارية من 4-5 عقود.", [(None, "عقد")]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_23)
def test_round_23(text: str, expected: list[tuple[float | None, str | None]]) -> None:
    assert pairs(text) == expected


def test_metres_after_distance_word_inside_a_date_span() -> None:
    text = "ويمتد الطريق بطول 1500م في اتجاهين."
    start = text.index("1500")
    (q,) = extract_quantities(text, split_sentences(text), date_spans=[(start, start + 5)])
    assert (q.value, q.unit) == (1500, "متر")


def test_year_after_baad_inside_a_date_span_stays_a_date() -> None:
    text = "ويتوقع أن يرتفع الإنتاج بعد 2018م بنسبة كبيرة."
    start = text.index("2018")
    assert extract_quantities(text, split_sentences(text), date_spans=[(start, start + 5)]) == []


POST_BLIND = [
    # listed lemmas: قناصة, منح, مناف, ثمار; خسائر, خصائص through the plural exceptions
    ("واستهدف المقاتلون أربعة قناصة واثنين من القناصة.", [(4, "قناص"), (2, "قناص")]),
    ("وقدمت الجامعة أربع منح وتعرض المشروع لعدة خسائر.", [(4, "منحة"), (None, "خسارة")]),
    ("ويتميز الجهاز بعدة خصائص جديدة.", [(None, "خاصية")]),
    # "ثمان" before a listed broken plural is eight
    ("ويأكل الطفل من ثلاث إلى ثمان ثمار يوميا.", [(None, "ثمرة")]),
    # a construct after "من" across an opening quote
    ("وقتل 12 من عناصر «جيش الفتح» في الاشتباكات.", [(12, "عنصر")]),
    # a quoted "نعم" is no counted noun: the number keeps the elided unit
    ("وفاز الاقتراح بـ120 صوتا «لا» و130 «نعم».", [(120, "صوت"), (130, "صوت")]),
    # a definite number word 3-10 before a plural scale word
    ("وتجاوز الإنتاج العشرة ملايين طن هذا العام.", [(10000000, "طن")]),
    # a fraction word before a possessed or definite noun; not before "منها"
    ("ويدفع الأعضاء عشر دخلهم للجمعية.", []),
    ("ونفذ الطيران 12 غارة تركزت خمس منها قرب المدينة.", [(12, "غارة"), (5, "غارة")]),
]


@pytest.mark.parametrize(("text", "expected"), POST_BLIND)
def test_round_23_post_blind(text: str, expected: list[tuple[float | None, str | None]]) -> None:
    assert pairs(text) == expected
