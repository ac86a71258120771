"""Rules of round 17 (docs/quantities.md; test16's error classes): (value, unit) pairs expected."""

from __future__ import annotations

import pytest

from rasd.numbers import find_numbers
from rasd.quantities import extract_quantities
from rasd.text.segment import split_sentences


def pairs(text: str) -> list[tuple[float | None, str | None]]:
    return [(q.value, q.unit) for q in extract_quantities(text, split_sentences(text))]


ROUND_17 = [
    ("ارتفع عدد المنصات بمقدار 21 إلى 659 خلال الأسبوع.", [(21, None), (659, None)]),
    ("وتراجع العدد بمقدار 7 إلى 638 منصة.", [(7, None), (638, "منصة")]),
    ("تعرض أحد الأطفال من الجنسية الأفغانية (7) سنوات للغرق.", [(7, "عام")]),
    ("تعرض شقيقان من الجنسية السودانية أحدهما (8) سنوات والآخر (10) سنوات لحادث.", [(8, "عام"), (10, "عام")]),
    ("أن يكون عمر المتقدم يزيد عن 35 عاماً ومتزوج.", [(35, "عام")]),
    ("وكاميرا بدقة 8 ميغابيكسل مع شبكة لاسلكية.", [(8, "ميجابكسل")]),
    ("فقد استعان بثلاثة (أطباء) غير مرخصين.", [(3, "طبيب")]),
    ("وإنهاء تكليف 3 من قائدات المدارس.", [(3, "قائدة")]),
    ("وتمت إزالة (132) من حواجز المواقف.", [(132, "حاجز")]),
    ("بلغ عددهن 22201 أستاذة، منهن 4555 غير سعودية.", [(22201, "أستاذة"), (4555, "غير سعودية")]),
    ("نفذ مفتشو البلدية 1947 جولة خلال الشهر.", [(1947, "جولة")]),
    ("بلغت كمية الأسهم المتداولة حوالي 4 ر 124 مليون سهم.", [(124_400_000, "سهم")]),
    ("ظهرت سلالة اتش7إن7 شديدة العدوى في مزرعة.", []),
    ("وأنفقت الحكومة المليارات من جيوب المواطنين.", [(None, None)]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_17)
def test_round_17(text: str, expected: list[tuple[float | None, str | None]]) -> None:
    assert pairs(text) == expected


def test_spaced_agency_decimal() -> None:
    assert [m.value for m in find_numbers("نحو 4 ر 124 مليون")] == [124_400_000]
    assert [m.value for m in find_numbers("53ر12")] == [12.53]
