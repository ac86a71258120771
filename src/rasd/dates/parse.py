"""Find and resolve date expressions in Arabic (and mixed Arabic/English) news text.

:func:`parse_dates` finds explicit dates (Arabic/Levantine/Maghrebi and English month names,
numeric ``2024/10/27`` and ``27-10-2024`` day-first forms, Hijri dates converted with the tabular
calendar), years, decades, parts of periods (``أوائل عام 2025``), weekdays and relative
expressions, and resolves them against an ``anchor`` (the publication date). Matching runs on
the normalised key (:func:`rasd.text.normalize.normalize`); offsets are reported on the input.
Where two expressions overlap the longer one wins. See ``docs/dates.md`` for the conventions.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from rasd.dates import calendar as cal
from rasd.dates.lexicon import key, lexicon, patterns
from rasd.models import DateMention, Granularity
from rasd.numbers import parse_number
from rasd.text.normalize import DIACRITICS, TATWEEL, normalize

_MARKS = frozenset(DIACRITICS + TATWEEL)


@dataclass(slots=True)
class _Cand:
    start: int
    end: int
    value: str | None
    granularity: Granularity
    relative: bool = False
    calendar: str = "gregorian"


Resolver = Callable[[re.Match[str], "dt.date | None", str], "_Cand | None"]


def _cand(m: re.Match[str], value: str | None, gran: Granularity, **kw: object) -> _Cand:
    return _Cand(m.start(), m.end(), value, gran, **kw)  # type: ignore[arg-type]


def _is_hijri(m: re.Match[str], group: str = "mk") -> bool:
    mk = m.groupdict().get(group)
    return bool(mk) and mk in lexicon().hijri_markers


def _dmy(m: re.Match[str], anchor: dt.date | None, text: str) -> _Cand | None:
    lx = lexicon()
    day, month = int(m["d"]), lx.months[key(m["m"])]
    if m["y"]:
        if _is_hijri(m):
            return None
        d = cal.safe_date(int(m["y"]), month, day)
        return _cand(m, d.isoformat(), "day") if d else None
    if anchor is None:
        return _cand(m, None, "day", relative=True)
    year = anchor.year if month <= anchor.month else anchor.year - 1
    d = cal.safe_date(year, month, day)
    return _cand(m, d.isoformat(), "day", relative=True) if d else None


def _mdy(m: re.Match[str], anchor: dt.date | None, text: str) -> _Cand | None:
    d = cal.safe_date(int(m["y"]), lexicon().months[key(m["m"])], int(m["d"]))
    return _cand(m, d.isoformat(), "day") if d else None


def _numeric(m: re.Match[str], anchor: dt.date | None, text: str) -> _Cand | None:
    if m["y1"]:
        y, mo, d = int(m["y1"]), int(m["m1"]), int(m["d1"])
    else:
        y, mo, d = int(m["y2"]), int(m["m2"]), int(m["d2"])
    if _is_hijri(m) or y < 1600:
        try:
            g = cal.hijri_to_gregorian(y, mo, d)
        except ValueError:
            return None
        return _cand(m, g.isoformat(), "day", calendar="hijri")
    date = cal.safe_date(y, mo, d)
    return _cand(m, date.isoformat(), "day") if date else None


def _hijri(m: re.Match[str], anchor: dt.date | None, text: str) -> _Cand | None:
    year, month = int(m["y"]), lexicon().hijri_months[key(m["h"])]
    if not _is_hijri(m) and year > 1600:
        return None
    try:
        if m["d"]:
            g = cal.hijri_to_gregorian(year, month, int(m["d"]))
            return _cand(m, g.isoformat(), "day", calendar="hijri")
        a, b = cal.hijri_month_span(year, month)
    except ValueError:
        return None
    return _cand(m, cal.interval(a, b), "month", calendar="hijri")


def _month_year(m: re.Match[str], anchor: dt.date | None, text: str) -> _Cand | None:
    if _is_hijri(m):
        return None
    return _cand(m, f"{int(m['y']):04d}-{lexicon().months[key(m['m'])]:02d}", "month")


def _rel_span(unit: str, offset: int, anchor: dt.date) -> tuple[dt.date, dt.date]:
    if unit == "week":
        return cal.week_span(anchor + dt.timedelta(weeks=offset))
    if unit == "month":
        y, mo = cal.add_months(anchor.year, anchor.month, offset)
        return dt.date(y, mo, 1), cal.month_end(y, mo)
    return dt.date(anchor.year + offset, 1, 1), dt.date(anchor.year + offset, 12, 31)


def _period(m: re.Match[str], anchor: dt.date | None, text: str) -> _Cand | None:
    lo, hi = lexicon().period_parts[key(m["p"])]
    relative = False
    if m["yo"]:
        span = dt.date(int(m["yo"]), 1, 1), dt.date(int(m["yo"]), 12, 31)
    elif m["m"]:
        month = lexicon().months[key(m["m"])]
        year = int(m["y"]) if m["y"] else (anchor.year if anchor else None)
        relative = not m["y"]
        if year is None:
            return _cand(m, None, "week", relative=True)
        span = dt.date(year, month, 1), cal.month_end(year, month)
    else:
        rel = m["rel"]
        unit = "month" if "الشهر" in rel else "year"
        offset = -1 if "الماضي" in rel else 1 if ("المقبل" in rel or "القادم" in rel) else 0
        if anchor is None:
            return _cand(m, None, "unknown", relative=True)
        span = _rel_span(unit, offset, anchor)
        relative = True
    a, b = cal.part_of_span(span[0], span[1], lo, hi)
    gran: Granularity = "quarter" if (span[1] - span[0]).days > 40 else "week"
    return _cand(m, cal.interval(a, b), gran, relative=relative)


_YEAR_WORDS = ("عام", "العام", "سنه", "السنه")
_NOT_YEAR_AFTER = re.compile(r"\s*(?:%|في\s+المائه|بالمائه|[^\W\d_]*(?:دولار|ريال|يورو|جنيه|درهم|دينار))")


def _year(m: re.Match[str], anchor: dt.date | None, text: str) -> _Cand | None:
    y = int(m["y"] or m["y2"])
    if _is_hijri(m) or _is_hijri(m, "mk2"):
        try:
            a, b = cal.hijri_year_span(y)
        except ValueError:
            return None
        return _cand(m, cal.interval(a, b), "year", calendar="hijri")
    lead = key(m["lead"] or "")
    if lead in _YEAR_WORDS or m["mk"] or m["mk2"]:
        ok = 1000 <= y <= 2100
    else:
        ok = 1900 <= y <= 2100 and not _NOT_YEAR_AFTER.match(text, m.end())
    if not ok:
        return None
    c = _cand(m, f"{y:04d}", "year")
    if m["lead"] and lead not in _YEAR_WORDS:
        c.start = m.start("y")
    return c


def _decade(m: re.Match[str], anchor: dt.date | None, text: str) -> _Cand | None:
    dec = lexicon().decades[key(m["dec"])]
    century = 1800 if m["c"] and "التاسع" in m["c"] else 1900
    a = century + dec
    return _cand(m, f"{a:04d}-01-01/{a + 9:04d}-12-31", "decade")


def _sentence_before(text: str, pos: int) -> str:
    start = max(text.rfind(".", 0, pos), text.rfind("\n", 0, pos), 0)
    return text[start:pos]


def _weekday(m: re.Match[str], anchor: dt.date | None, text: str) -> _Cand | None:
    lx = lexicon()
    wd = lx.weekdays[key(m["wd"])]
    if not m["lead"] and not m["dir"] and not m["wd"].startswith("ال"):
        return None
    if anchor is None:
        return _cand(m, None, "day", relative=True)
    direction = key(m["dir"] or "")
    lead = key(m["lead"] or "")
    back = (anchor.weekday() - wd) % 7
    if direction in lx.weekday_next:
        d = anchor + dt.timedelta(days=(wd - anchor.weekday()) % 7 or 7)
    elif direction in lx.weekday_past:
        d = anchor - dt.timedelta(days=back or 7)
    elif lead != "اليوم" and any(c in _sentence_before(text, m.start()) for c in lx.future_cues):
        d = anchor + dt.timedelta(days=(wd - anchor.weekday()) % 7)
    else:
        d = anchor - dt.timedelta(days=back)
    return _cand(m, d.isoformat(), "day", relative=True)


def _relative_day(m: re.Match[str], anchor: dt.date | None, text: str) -> _Cand | None:
    if anchor is None:
        return _cand(m, None, "day", relative=True)
    d = anchor + dt.timedelta(days=lexicon().relative_days[key(m["rd"])])
    return _cand(m, d.isoformat(), "day", relative=True)


def _format_span(unit: str, a: dt.date, b: dt.date) -> tuple[str, Granularity]:
    if unit == "week":
        return cal.interval(a, b), "week"
    if unit == "month":
        return f"{a.year:04d}-{a.month:02d}", "month"
    return f"{a.year:04d}", "year"


def _relative_period(m: re.Match[str], anchor: dt.date | None, text: str) -> _Cand | None:
    unit, offset = lexicon().relative_periods[key(m["rp"])]
    gran: Granularity = unit  # type: ignore[assignment]
    if anchor is None:
        return _cand(m, None, gran, relative=True)
    value, gran = _format_span(unit, *_rel_span(unit, offset, anchor))
    return _cand(m, value, gran, relative=True)


def _shift(anchor: dt.date, unit: str, n: int) -> dt.date:
    if unit == "day":
        return anchor + dt.timedelta(days=n)
    if unit == "week":
        return anchor + dt.timedelta(weeks=n)
    months = n * (12 if unit == "year" else 1)
    y, mo = cal.add_months(anchor.year, anchor.month, months)
    return cal.safe_date(y, mo, anchor.day) or cal.month_end(y, mo)


def _ago(m: re.Match[str], anchor: dt.date | None, text: str) -> _Cand | None:
    lx = lexicon()
    unit, fixed = lx.duration_units[key(m["u"])]
    if m["n"]:
        n = parse_number(m["n"])
        if fixed is not None or n is None or n != int(n) or n > 1000:
            return None
        count = int(n)
    elif fixed is not None:
        count = fixed
    elif key(m["u"]) in ("يوم", "اسبوع", "شهر", "سنه", "عام"):
        count = 1
    else:
        return None
    gran: Granularity = "day" if unit in ("day", "week") else unit  # type: ignore[assignment]
    if anchor is None:
        return _cand(m, None, gran, relative=True)
    sign = -1 if key(m["dir"]) in lx.ago_words else 1
    d = _shift(anchor, unit, sign * count)
    value = d.isoformat() if gran == "day" else _format_span(unit, d, d)[0]
    return _cand(m, value, gran, relative=True)


def _month(m: re.Match[str], anchor: dt.date | None, text: str) -> _Cand | None:
    month = lexicon().months[key(m["m"])]
    if anchor is None:
        c = _cand(m, None, "month", relative=True)
    else:
        year = anchor.year if month <= anchor.month else anchor.year - 1
        c = _cand(m, f"{year:04d}-{month:02d}", "month", relative=True)
    c.start = m.start("m")
    return c


def _resolvers() -> Iterator[tuple[re.Pattern[str], Resolver]]:
    p = patterns()
    yield p.dmy, _dmy
    yield p.mdy, _mdy
    yield p.numeric, _numeric
    yield p.hijri, _hijri
    yield p.month_year, _month_year
    yield p.period, _period
    yield p.year, _year
    yield p.decade, _decade
    yield p.weekday, _weekday
    yield p.relative_period, _relative_period
    yield p.relative_day, _relative_day
    yield p.ago, _ago
    yield p.month, _month


def _select(cands: list[_Cand]) -> list[_Cand]:
    """Longest-first, non-overlapping selection, returned in text order."""
    taken: list[_Cand] = []
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), c.start)):
        if all(c.end <= t.start or c.start >= t.end for t in taken):
            taken.append(c)
    return sorted(taken, key=lambda c: c.start)


def parse_dates(text: str, anchor: dt.date | None = None) -> list[DateMention]:
    """Date mentions in ``text`` resolved against ``anchor`` (see module doc).

    Relative expressions get ``relative=True`` and, without an anchor, ``value=None``.
    """
    norm = normalize(text)
    k = norm.text
    cands: list[_Cand] = []
    for pattern, resolve in _resolvers():
        for m in pattern.finditer(k):
            c = resolve(m, anchor, k)
            if c is not None:
                _strip_trailing(k, c)
                cands.append(c)
    out: list[DateMention] = []
    for c in _select(cands):
        s, e = norm.to_original(c.start, c.end)
        while e < len(text) and text[e] in _MARKS:
            e += 1
        out.append(DateMention(text[s:e], c.value, c.granularity, s, e, c.relative, c.calendar))
    return out


def _strip_trailing(k: str, c: _Cand) -> None:
    while c.end > c.start and (k[c.end - 1].isspace() or k[c.end - 1] in ",."):
        c.end -= 1
