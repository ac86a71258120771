from __future__ import annotations

import datetime as dt

import pytest

from rasd.meta.dates import find_dateline, find_stamp, normalize_input_date, parse_iso_datetime, parse_stamp


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("2015-07-21", "2015-07-21"),
        ("2015-07-21 02:51:32", "2015-07-21"),
        ("2024-10-27T23:10:00+03:00", "2024-10-27"),
        ("2024-10-27T08:00:00Z", "2024-10-27"),
        ("Sun, 27 Oct 2024 08:00:00 GMT", "2024-10-27"),
        ("27 Oct 2024 08:00:00 +0300", "2024-10-27"),
        ("27/10/2024", "2024-10-27"),
        ("10/27/2024", "2024-10-27"),
        ("2024/10/27", "2024-10-27"),
        ("٢٠٢٤-١٠-٢٧", "2024-10-27"),
        ("1729987200", "2024-10-27"),
        ("27 أكتوبر 2024", "2024-10-27"),
        ("27 تشرين الأول 2024", "2024-10-27"),
        ("October 27, 2024", "2024-10-27"),
    ],
)
def test_input_date_formats(value: str, iso: str) -> None:
    found = normalize_input_date(value)
    assert found is not None and found.value == iso and found.granularity == "day"


@pytest.mark.parametrize("value", ["", "soon", "2024-13-45", "31/31/2024", "0000-00-00"])
def test_unreadable_input_dates(value: str) -> None:
    assert normalize_input_date(value) is None


def test_month_only_input_date() -> None:
    found = normalize_input_date("2024-10")
    assert found is not None and (found.value, found.granularity) == ("2024-10-01", "month")


def test_labelled_dateline_wins_over_update_date() -> None:
    lines = ["عنوان خبر خيالي عن المدينة", "آخر تحديث: 30 أكتوبر 2024 - تاريخ النشر: 27 أكتوبر 2024"]
    found = find_dateline(lines)
    assert found is not None and found.value == "2024-10-27"


def test_bare_date_line_but_not_a_body_sentence() -> None:
    assert find_dateline(["الأحد 12 مارس 2023"]).value == "2023-03-12"  # type: ignore[union-attr]
    body = "في 12 مارس 2023 أعلنت البلدية الخيالية خطة جديدة لتطوير النقل في المدينة"
    assert find_dateline([body]) is None


def test_relative_stamps() -> None:
    anchor = dt.datetime(2024, 11, 28, 10, 0)
    cases = {
        "منذ 3 ساعات": ("2024-11-28", "day"),
        "منذ ١٢ ساعة": ("2024-11-27", "day"),
        "قبل يومين": ("2024-11-26", "day"),
        "منذ ثلاثة أيام": ("2024-11-25", "day"),
        "منذ أسبوعين": ("2024-11-14", "week"),
        "منذ 1 شهر": ("2024-10-29", "month"),
        "2 hours ago": ("2024-11-28", "day"),
    }
    for stamp, (iso, gran) in cases.items():
        found, is_stamp = parse_stamp(stamp, anchor)
        assert is_stamp and found is not None, stamp
        assert (found.value, found.granularity) == (iso, gran), stamp


def test_not_stamps_and_unresolved_stamp() -> None:
    assert parse_stamp("منذ أن بدأت الحرب في المنطقة", dt.datetime(2024, 1, 1)) == (None, False)
    assert parse_stamp("قبل الظهر", None) == (None, False)
    assert find_stamp(["عنوان", "منذ 5 دقائق"], None) == (None, "منذ 5 دقائق")


def test_parse_iso_datetime() -> None:
    assert parse_iso_datetime("2024-11-28T10:00:00Z") == dt.datetime(2024, 11, 28, 10, tzinfo=dt.UTC)
    assert parse_iso_datetime("2015-07-21 02:51:32") == dt.datetime(2015, 7, 21, 2, 51, 32)
    assert parse_iso_datetime(None) is None and parse_iso_datetime("later") is None
