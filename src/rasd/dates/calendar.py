"""Calendar arithmetic for date resolution: Hijri conversion, weeks, months and periods.

Hijri dates are converted with the *tabular* (arithmetic) Islamic calendar, civil epoch
(1 Muharram 1 AH = 16 July 622 Julian = 19 July 622 proleptic Gregorian), leap years 2, 5, 7,
10, 13, 16, 18, 21, 24, 26, 29 of each 30-year cycle. It agrees with Umm al-Qura within one or
two days (the official calendar depends on moon sightings and astronomical criteria).
"""

from __future__ import annotations

import calendar
import datetime as dt

_HIJRI_EPOCH = dt.date(622, 7, 19).toordinal()


def hijri_to_gregorian(year: int, month: int, day: int) -> dt.date:
    """Gregorian date of a Hijri (tabular, civil epoch) date. Raises ValueError when impossible."""
    if year < 1 or not 1 <= month <= 12 or not 1 <= day <= 30:
        raise ValueError(f"invalid Hijri date {year}-{month}-{day}")
    days = (year - 1) * 354 + (3 + 11 * year) // 30 + (59 * (month - 1) + 1) // 2 + day - 1
    return dt.date.fromordinal(_HIJRI_EPOCH + days)


def hijri_year_span(year: int) -> tuple[dt.date, dt.date]:
    """First and last Gregorian day of a Hijri year."""
    first = hijri_to_gregorian(year, 1, 1)
    nxt = hijri_to_gregorian(year + 1, 1, 1)
    return first, nxt - dt.timedelta(days=1)


def hijri_month_span(year: int, month: int) -> tuple[dt.date, dt.date]:
    first = hijri_to_gregorian(year, month, 1)
    nxt = hijri_to_gregorian(year + (month == 12), month % 12 + 1, 1)
    return first, nxt - dt.timedelta(days=1)


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    n = year * 12 + (month - 1) + delta
    return n // 12, n % 12 + 1


def week_span(day: dt.date) -> tuple[dt.date, dt.date]:
    """The Monday-to-Sunday (ISO) week containing ``day``."""
    first = day - dt.timedelta(days=day.weekday())
    return first, first + dt.timedelta(days=6)


def interval(first: dt.date, last: dt.date) -> str:
    return f"{first.isoformat()}/{last.isoformat()}"


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def part_of_span(first: dt.date, last: dt.date, lo: int, hi: int) -> tuple[dt.date, dt.date]:
    """The part ``[lo, hi)`` (in twelfths) of the span ``first..last``.

    For a whole year the cut falls on month boundaries (أوائل 2025 = January-April).
    """
    if first.month == 1 and first.day == 1 and last.month == 12 and last.day == 31:
        a = dt.date(first.year, lo + 1, 1)
        return a, month_end(first.year, hi)
    total = (last - first).days + 1
    a = first + dt.timedelta(days=total * lo // 12)
    b = first + dt.timedelta(days=total * hi // 12 - 1)
    return a, b
