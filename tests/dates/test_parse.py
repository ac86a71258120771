"""Date parsing: explicit, Hijri, relative, weekdays, periods (original fictional sentences)."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rasd.dates import hijri_to_gregorian, parse_dates

ANCHOR = dt.date(2024, 10, 29)  # a Tuesday


def one(text: str, anchor: dt.date | None = ANCHOR) -> tuple[str, str | None, str]:
    found = parse_dates(text, anchor)
    assert len(found) == 1, found
    d = found[0]
    assert text[d.start : d.end] == d.text
    return d.text, d.value, d.granularity


@pytest.mark.parametrize(
    ("text", "span", "value", "gran"),
    [
        ("وصل الوفد في 27 أكتوبر 2024 إلى المدينة", "27 أكتوبر 2024", "2024-10-27", "day"),
        ("أكتوبر 27, 2024آخر تحديث", "أكتوبر 27, 2024", "2024-10-27", "day"),
        ("نشر: 27th, October 2024 GMT", "27th, October 2024", "2024-10-27", "day"),
        ("بتاريخ 2024/10/27 صدر القرار", "2024/10/27", "2024-10-27", "day"),
        ("بتاريخ 27-10-2024 صدر القرار", "27-10-2024", "2024-10-27", "day"),
        ("في 3 كانون الثاني 2023 افتتح المعرض", "3 كانون الثاني 2023", "2023-01-03", "day"),
        ("في 5 شباط/فبراير 2021 وقع الاتفاق", "5 شباط/فبراير 2021", "2021-02-05", "day"),
        ("يوم 15 رمضان 1445 هـ أقيم الحفل", "15 رمضان 1445 هـ", "2024-03-25", "day"),
        ("صدر في مارس 2023 تقرير", "مارس 2023", "2023-03", "month"),
        ("منذ اندلاع الأزمة عام 2022 تغير الكثير", "عام 2022", "2022", "year"),
        ("تأسس النادي في التسعينيات", "التسعينيات", "1990-01-01/1999-12-31", "decade"),
        ("ينتهي المشروع أوائل عام 2025", "أوائل عام 2025", "2025-01-01/2025-04-30", "quarter"),
        ("النصف الأول من عام 2024 شهد نموا", "النصف الأول من عام 2024", "2024-01-01/2024-06-30", "quarter"),
    ],
)
def test_explicit(text: str, span: str, value: str, gran: str) -> None:
    assert one(text) == (span, value, gran)


@pytest.mark.parametrize(
    ("text", "value", "gran"),
    [
        ("قال المتحدث اليوم الثلاثاء إن", "2024-10-29", "day"),
        ("اجتمع المجلس يوم الخميس في", "2024-10-24", "day"),
        ("اجتمع المجلس الخميس الماضي في", "2024-10-24", "day"),
        ("وصل الوزير أمس إلى", "2024-10-28", "day"),
        ("وصل الوزير أول أمس إلى", "2024-10-27", "day"),
        ("يصل الوزير غدا إلى", "2024-10-30", "day"),
        ("عقد الاجتماع الأسبوع الماضي", "2024-10-21/2024-10-27", "week"),
        ("عقد الاجتماع هذا الأسبوع", "2024-10-28/2024-11-03", "week"),
        ("ارتفعت الأسعار الشهر الماضي", "2024-09", "month"),
        ("غادر البلاد منذ شهر تقريبا", "2024-09", "month"),
        ("غادر البلاد منذ 3 أيام", "2024-10-26", "day"),
        ("غادر البلاد منذ ثلاثة أيام", "2024-10-26", "day"),
        ("انخفض الإنتاج العام الماضي", "2023", "year"),
        ("أعلن في وقت سابق من هذا الشهر", "2024-10", "month"),
        ("زار المدينة في أغسطس", "2024-08", "month"),
        ("زار المدينة في نوفمبر", "2023-11", "month"),
        ("من المقرر أن يجتمع الوفد يوم الأربعاء", "2024-10-30", "day"),
        ("يعود الأسبوع المقبل", "2024-11-04/2024-11-10", "week"),
    ],
)
def test_relative(text: str, value: str, gran: str) -> None:
    _, v, g = one(text)
    assert (v, g) == (value, gran)


def test_relative_without_anchor_has_no_value() -> None:
    found = parse_dates("وصل الوزير أمس وغادر يوم الخميس", None)
    assert [d.value for d in found] == [None, None]
    assert all(d.relative for d in found)


def test_absolute_without_anchor_keeps_value() -> None:
    assert one("في 27 أكتوبر 2024", None)[1] == "2024-10-27"


@pytest.mark.parametrize(
    "text",
    ["أرسلت 1500 جندي", "بلغ عدد الزوار 2000 زائر", "الساعة 10 صباحا", "رقم 7579HJ", "اتصل على 0501234567"],
)
def test_not_dates(text: str) -> None:
    assert parse_dates(text, ANCHOR) == []


def test_hijri_conversion_tabular() -> None:
    assert hijri_to_gregorian(1445, 9, 1) == dt.date(2024, 3, 11)
    assert hijri_to_gregorian(1, 1, 1) == dt.date(622, 7, 19)
    with pytest.raises(ValueError):
        hijri_to_gregorian(1445, 13, 1)


def test_seed_friday(seed_texts: dict[str, str]) -> None:
    text = next(t for name, t in seed_texts.items() if name.startswith("002_"))
    found = [d for d in parse_dates(text, dt.date(2024, 11, 1)) if d.text == "اليوم الجمعة"]
    assert found and all(d.value == "2024-11-01" for d in found)


def test_seed_no_year_as_quantity_is_date(seed_texts: dict[str, str]) -> None:
    text = next(t for name, t in seed_texts.items() if name.startswith("000_"))
    assert any(d.text == "عام 2022" and d.value == "2022" for d in parse_dates(text, None))


@pytest.mark.parametrize(
    ("text", "anchor", "value", "gran"),
    [
        ("وصل أمس (الاثنين) إلى", dt.date(2015, 7, 21), "2015-07-20", "day"),
        ("فاز أمس السبت على", dt.date(2015, 7, 21), "2015-07-18", "day"),
        ("يلعب غدا الأربعاء مع", dt.date(2015, 8, 11), "2015-08-12", "day"),
        ("يوم الثلاثاء الموافق 12 / 10 / 1436هـ", dt.date(2015, 7, 31), "2015-07-28", "day"),
        ("الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس", dt.date(2015, 8, 11), "2015-08-11", "day"),
        ("يعقد المنتدى خلال الفترة 2-3 سبتمبر المقبل", dt.date(2015, 8, 6), "2015-09-02/2015-09-03", "day"),
        ("قبل التاسع عشر من أغسطس (آب) المقبل", dt.date(2015, 7, 21), "2015-08-19", "day"),
        ("في الثامن من الشهر المقبل", dt.date(2015, 7, 24), "2015-08-08", "day"),
        ("اختفت في مارس من العام الماضي", dt.date(2015, 8, 6), "2014-03", "month"),
        ("خسر في يونيو الماضي", dt.date(2015, 7, 24), "2015-06", "month"),
        ("يقام في 12 أغسطس المقبل", dt.date(2015, 7, 21), "2015-08-12", "day"),
        ("أول لقب منذ موسم 2004-2005", dt.date(2015, 7, 21), "2004-01-01/2005-12-31", "year"),
        ("اعتقل 15 شخصا الليلة الماضية", dt.date(2015, 8, 7), "2015-08-06", "day"),
        ("وقع الحادث قبل نحو أسبوعين", dt.date(2015, 7, 21), "2015-07-06/2015-07-12", "week"),
    ],
)
def test_merges_ranges_and_directions(text: str, anchor: dt.date, value: str, gran: str) -> None:
    found = [d for d in parse_dates(text, anchor) if d.value == value]
    assert found and found[0].granularity == gran, parse_dates(text, anchor)


def test_hijri_year_after_am() -> None:
    (d,) = parse_dates("فاز باللقب في عام 1407", dt.date(2015, 8, 11))
    assert d.calendar == "hijri" and d.granularity == "year" and d.value is not None
    assert d.value.startswith("1986-09")


def test_today_of_an_event_is_not_today() -> None:
    assert parse_dates("شعر بالآلام في اليوم التالي", ANCHOR) == []


VOCAB = [
    "أمس", "اليوم", "الثلاثاء", "يوم", "الماضي", "المقبل", "27", "10", "2024", "1436", "هـ", "أكتوبر",
    "شوال", "/", "-", "من", "عام", "منذ", "3", "أيام", "أوائل", "الموافق", "(", ")", "و", "الثامن", "م",
]  # fmt: skip


@given(st.lists(st.sampled_from(VOCAB), max_size=14), st.booleans())
def test_offsets_and_values_are_well_formed(words: list[str], anchored: bool) -> None:
    text = " ".join(words)
    prev = 0
    for d in parse_dates(text, ANCHOR if anchored else None):
        assert text[d.start : d.end] == d.text and d.start >= prev
        prev = d.end
        if d.value is not None:
            for part in d.value.split("/"):
                assert re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", part)


MONDAY = dt.date(2024, 10, 28)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("يفتح المتحف الخيالي يومي الجمعة والسبت من كل أسبوع.", []),
        ("تزور القافلة البلدة كل خميس منذ سنوات.", []),
        (
            "أعلن النادي الاثنين أن المباراة ستقام عصر الأربعاء في الملعب.",
            [("الاثنين", "2024-10-28"), ("عصر الأربعاء", "2024-10-30")],
        ),
        ("أوقفت الشركة الخدمة الليلة المقررة للقطار الخيالي.", []),
        ("وصل الوفد الليلة إلى المدينة.", [("الليلة", "2024-10-28")]),
        (
            "أقيم المهرجان يومي السابع والثامن من يونيو الماضي.",
            [("السابع والثامن من يونيو الماضي", "2024-06-07/2024-06-08")],
        ),
        ("ينطلق السباق في الـ4 من شهر جمادى الأولى المقبل.", [("4 من شهر جمادى الأولى", "2024-11-06")]),
        ("ازدهرت القرية فيما بين عامي 1950 و1953.", [("عامي 1950 و1953", "1950-01-01/1953-12-31")]),
        ("لعب للنادي من 2004 حتى 2007 ثم اعتزل.", [("من 2004 حتى 2007", "2004-01-01/2007-12-31")]),
        (
            "ارتفع السعر في الأشهر من يوليو إلى ديسمبر الماضي.",
            [("يوليو", "2023-07"), ("ديسمبر الماضي", "2023-12")],
        ),
        ("تراجع الإنتاج من يوليو إلى سبتمبر بحسب التقرير.", [("يوليو", "2024-07"), ("سبتمبر", "2024-09")]),
        ("وصل الفريق قبل يوم واحد من المباراة.", []),
        ("يبدأ الإضراب ابتداء من الساعة الثامنة من يوم الأربعاء.", [("يوم الأربعاء", "2024-10-30")]),
        ("تألق اللاعب في صيف 2014 مع ناديه.", [("2014", "2014")]),
        ("يبدأ العام الدراسي 1446 - 1447هـ بعد أيام.", [("1446 - 1447هـ", "2024-07-08/2026-06-16")]),
    ],
)
def test_context_rules(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(d.text, d.value) for d in parse_dates(text, MONDAY)] == expected
