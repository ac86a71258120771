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

from rasd.dates import calendar as cal
from rasd.dates.lexicon import alternation, first_words, key, lexicon, patterns
from rasd.dates.merge import Cand, day_ranges, merge
from rasd.dates.post import postprocess
from rasd.models import DateMention, Granularity
from rasd.numbers import parse_number, parse_ordinal
from rasd.text.normalize import DIACRITICS, TATWEEL, normalize

_MARKS = frozenset(DIACRITICS + TATWEEL)
_NEXT_WORD = re.compile(r"\s*([^\W\d_]+)")
_PREV_WORD = re.compile(r"([^\W\d_]+)\s+$")


Resolver = Callable[[re.Match[str], "dt.date | None", str], "Cand | None"]


def _cand(m: re.Match[str], value: str | None, gran: Granularity, **kw: object) -> Cand:
    return Cand(m.start(), m.end(), value, gran, **kw)  # type: ignore[arg-type]


def _is_hijri(m: re.Match[str], group: str = "mk") -> bool:
    mk = m.groupdict().get(group)
    return bool(mk) and mk in lexicon().hijri_markers


def _target_year(
    month: int, day: int | None, anchor: dt.date, direction: str | None, rel_year: str | None
) -> int:
    """The year of a day/month written without one (see docs/dates.md)."""
    lx = lexicon()
    if rel_year:
        r = key(rel_year)
        return anchor.year + (-1 if "الماضي" in r else 1 if ("المقبل" in r or "القادم" in r) else 0)
    d = key(direction or "")
    here = (month, day or 1) if day else (month, 0)
    now = (anchor.month, anchor.day) if day else (anchor.month, 0)
    if d in lx.month_past:
        return anchor.year if here < now else anchor.year - 1
    if d in lx.month_next:
        return anchor.year if here > now else anchor.year + 1
    if d in lx.month_current or day is None:
        return anchor.year if d or month <= anchor.month else anchor.year - 1
    # a day and month with no cue: the nearest such date
    years = (anchor.year - 1, anchor.year, anchor.year + 1)
    return min(years, key=lambda y: _distance(y, month, day, anchor))


def _distance(year: int, month: int, day: int, anchor: dt.date) -> int:
    d = cal.safe_date(year, month, day)
    return abs((d - anchor).days) if d else 10**6


def _dmy(m: re.Match[str], anchor: dt.date | None, text: str) -> Cand | None:
    lx = lexicon()
    day, month = int(m["d"]), lx.months[key(m["m"])]
    if m["y"]:
        if _is_hijri(m):
            return None
        d = cal.safe_date(int(m["y"]), month, day)
        return _cand(m, d.isoformat(), "day", kind="explicit") if d else None
    if anchor is None:
        return _cand(m, None, "day", relative=True)
    d = cal.safe_date(_target_year(month, day, anchor, m["dir"], m["ry"]), month, day)
    return _cand(m, d.isoformat(), "day", relative=True, kind="explicit") if d else None


def _ordinal_day(m: re.Match[str], anchor: dt.date | None, text: str) -> Cand | None:
    day = parse_ordinal(m["od"])
    if day is None or not 1 <= day <= 31:
        return None
    if m["rm"]:
        if anchor is None:
            return _cand(m, None, "day", relative=True)
        rm = key(m["rm"])
        off = -1 if "الماضي" in rm else 1 if ("المقبل" in rm or "القادم" in rm) else 0
        y, mo = cal.add_months(anchor.year, anchor.month, off)
    else:
        mo = lexicon().months[key(m["m"])]
        if m["y"]:
            y = int(m["y"])
        elif anchor is None:
            return _cand(m, None, "day", relative=True)
        else:
            y = _target_year(mo, day, anchor, m["dir"], None)
    d = cal.safe_date(y, mo, day)
    return _cand(m, d.isoformat(), "day", relative=not m["y"], kind="explicit") if d else None


def _mdy(m: re.Match[str], anchor: dt.date | None, text: str) -> Cand | None:
    d = cal.safe_date(int(m["y"]), lexicon().months[key(m["m"])], int(m["d"]))
    return _cand(m, d.isoformat(), "day", kind="explicit") if d else None


def _numeric(m: re.Match[str], anchor: dt.date | None, text: str) -> Cand | None:
    if m["y1"]:
        y, mo, d = int(m["y1"]), int(m["m1"]), int(m["d1"])
    else:
        y, mo, d = int(m["y2"]), int(m["m2"]), int(m["d2"])
    if _is_hijri(m) or y < 1600:
        try:
            g = cal.hijri_to_gregorian(y, mo, d)
        except ValueError:
            return None
        return _cand(m, g.isoformat(), "day", calendar="hijri", kind="explicit")
    date = cal.safe_date(y, mo, d)
    return _cand(m, date.isoformat(), "day", kind="explicit") if date else None


def _hijri(m: re.Match[str], anchor: dt.date | None, text: str) -> Cand | None:
    month = lexicon().hijri_months[key(m["h"])]
    if not m["y"]:
        if not m["d"] or anchor is None:
            return None
        year = _nearest_hijri_year(month, int(m["d"]), anchor)
    else:
        year = int(m["y"])
        if not _is_hijri(m) and year > 1600:
            return None
    try:
        if m["d"]:
            g = cal.hijri_to_gregorian(year, month, int(m["d"]))
            return _cand(m, g.isoformat(), "day", calendar="hijri", kind="explicit", relative=not m["y"])
        a, b = cal.hijri_month_span(year, month)
    except ValueError:
        return None
    return _cand(m, cal.interval(a, b), "month", calendar="hijri")


def _nearest_hijri_year(month: int, day: int, anchor: dt.date) -> int:
    approx = int((anchor.toordinal() - cal.hijri_to_gregorian(1, 1, 1).toordinal()) / 354.367) + 1
    return min(
        (approx - 1, approx, approx + 1),
        key=lambda y: abs((cal.hijri_to_gregorian(y, month, min(day, 30)) - anchor).days),
    )


def _month_year(m: re.Match[str], anchor: dt.date | None, text: str) -> Cand | None:
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


def _period(m: re.Match[str], anchor: dt.date | None, text: str) -> Cand | None:
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


def _year(m: re.Match[str], anchor: dt.date | None, text: str) -> Cand | None:
    y = int(m["y"] or m["y2"])
    if _is_hijri(m) or _is_hijri(m, "mk2"):
        try:
            a, b = cal.hijri_year_span(y)
        except ValueError:
            return None
        return _cand(m, cal.interval(a, b), "year", calendar="hijri")
    lead = key(m["lead"] or "")
    lo, hi = lexicon().hijri_year_range
    if lead in _YEAR_WORDS and lo <= y <= hi and not (m["mk"] or m["mk2"]):
        a, b = cal.hijri_year_span(y)
        return _cand(m, cal.interval(a, b), "year", calendar="hijri")
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


def _year_range(m: re.Match[str], anchor: dt.date | None, text: str) -> Cand | None:
    a, b = int(m["a"]), int(m["b"])
    if _is_hijri(m):  # "1436 - 1437هـ"
        if not a < b <= a + 50:
            return None
        try:
            return _cand(
                m,
                cal.interval(cal.hijri_year_span(a)[0], cal.hijri_year_span(b)[1]),
                "year",
                calendar="hijri",
            )
        except ValueError:
            return None
    if not (1800 <= a < b <= a + 50 and b <= 2100):
        return None
    return _cand(m, f"{a:04d}-01-01/{b:04d}-12-31", "year")


def _year_pair(m: re.Match[str], anchor: dt.date | None, text: str) -> Cand | None:
    """``عامي 1950 و1953``, ``بين 2008 و2011``, ``من 2004 حتى 2007``: one interval of years."""
    a, b = int(m["a"]), int(m["b"])
    if _is_hijri(m) or _is_hijri(m, "mk2"):
        if not a < b <= a + 50:
            return None
        try:
            first, last = cal.hijri_year_span(a)[0], cal.hijri_year_span(b)[1]
        except ValueError:
            return None
        return _cand(m, cal.interval(first, last), "year", calendar="hijri")
    return _year_range(m, anchor, text)


def _decade(m: re.Match[str], anchor: dt.date | None, text: str) -> Cand | None:
    dec = lexicon().decades[key(m["dec"])]
    century = 1800 if m["c"] and "التاسع" in m["c"] else 1900
    a = century + dec
    return _cand(m, f"{a:04d}-01-01/{a + 9:04d}-12-31", "decade")


def _sentence_before(text: str, pos: int) -> str:
    start = max(text.rfind(".", 0, pos), text.rfind("\n", 0, pos), 0)
    return text[start:pos]


_FUTURE_VERB = re.compile(r"(?<![^\W\d_])[وف]?(س[يتن][^\W\d_]{3,})")


def _future(text: str, pos: int) -> bool:
    """A future cue in the sentence before ``pos``, or a ``سـ`` verb among the four words before it."""
    lx = lexicon()
    before = _sentence_before(text, pos)
    if any(c in before for c in lx.future_cues):
        return True
    near = " ".join(before.split()[-4:])
    return any(v.group(1) not in lx.not_future_verbs for v in _FUTURE_VERB.finditer(near))


def _weekday(m: re.Match[str], anchor: dt.date | None, text: str) -> Cand | None:
    lx = lexicon()
    wd = lx.weekdays[key(m["wd"])]
    if not m["lead"] and not m["dir"] and not m["wd"].startswith("ال"):
        return None
    if anchor is None:
        return _cand(m, None, "day", relative=True, kind="weekday", weekday=wd)
    direction = key(m["dir"] or "")
    lead = key(m["lead"] or "")
    back = (anchor.weekday() - wd) % 7
    if direction in lx.weekday_next:
        d = anchor + dt.timedelta(days=(wd - anchor.weekday()) % 7 or 7)
    elif direction in lx.weekday_past:
        d = anchor - dt.timedelta(days=back or 7)
    elif lead != "اليوم" and _future(text, m.start()):
        d = anchor + dt.timedelta(days=(wd - anchor.weekday()) % 7)
    else:
        d = anchor - dt.timedelta(days=back)
    return _cand(m, d.isoformat(), "day", relative=True, kind="weekday", weekday=wd)


def _relative_day(m: re.Match[str], anchor: dt.date | None, text: str) -> Cand | None:
    lx = lexicon()
    rd = key(m["rd"])
    nxt = _NEXT_WORD.match(text, m.end())
    prev = _PREV_WORD.search(text, 0, m.start())
    if rd == "اليوم" and nxt and nxt.group(1) in lx.not_today_before:
        return None
    if rd == "اليوم" and prev and prev.group(1) in lx.not_today_after:
        return None  # "عين اليوم", "روسيا اليوم": a name
    if rd in lx.adjective_days and prev and prev.group(1).startswith("ال") and prev.group(1).endswith("ه"):
        return None  # "الخدمة الليلة": an adjective (nightly), not tonight
    offset = lx.relative_days[rd]
    if anchor is None:
        return _cand(m, None, "day", relative=True, kind="relday", offset=offset)
    d = anchor + dt.timedelta(days=offset)
    return _cand(m, d.isoformat(), "day", relative=True, kind="relday", offset=offset)


def _format_span(unit: str, a: dt.date, b: dt.date) -> tuple[str, Granularity]:
    if unit == "week":
        return cal.interval(a, b), "week"
    if unit == "month":
        return f"{a.year:04d}-{a.month:02d}", "month"
    return f"{a.year:04d}", "year"


def _relative_period(m: re.Match[str], anchor: dt.date | None, text: str) -> Cand | None:
    unit, offset = lexicon().relative_periods[key(m["rp"])]
    gran: Granularity = unit  # type: ignore[assignment]
    if anchor is None:
        return _cand(m, None, gran, relative=True)
    value, gran = _format_span(unit, *_rel_span(unit, offset, anchor))
    return _cand(m, value, gran, relative=True)


_AGO_EVENT = re.compile(rf"\s+(?:{alternation(list(lexicon().ago_not_before))})(?![^\W\d_])")


def _shift(anchor: dt.date, unit: str, n: int) -> dt.date:
    if unit == "day":
        return anchor + dt.timedelta(days=n)
    if unit == "week":
        return anchor + dt.timedelta(weeks=n)
    months = n * (12 if unit == "year" else 1)
    y, mo = cal.add_months(anchor.year, anchor.month, months)
    return cal.safe_date(y, mo, anchor.day) or cal.month_end(y, mo)


def _ago(m: re.Match[str], anchor: dt.date | None, text: str) -> Cand | None:
    lx = lexicon()
    unit, fixed = lx.duration_units[key(m["u"])]
    if patterns().month.match(text, m.end() + 1 if m.end() < len(text) else m.end()):
        return None  # "منذ شهر يونيو 2012" is a month, not "a month ago"
    if key(m["dir"]) == "قبل" and _AGO_EVENT.match(text, m.end()):
        return None  # "قبل يوم واحد من الانتخابات": before an event, not before the anchor
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
    gran: Granularity = unit  # type: ignore[assignment]
    if anchor is None:
        return _cand(m, None, gran, relative=True)
    d = _shift(anchor, unit, -count)
    if unit == "day":
        return _cand(m, d.isoformat(), gran, relative=True)
    value, gran = _format_span(unit, *(cal.week_span(d) if unit == "week" else (d, d)))
    return _cand(m, value, gran, relative=True)


def _month(m: re.Match[str], anchor: dt.date | None, text: str) -> Cand | None:
    month = lexicon().months[key(m["m"])]
    if anchor is None:
        return _cand(m, None, "month", relative=True)
    direction = m["dir"]
    future = any(c in _sentence_before(text, m.start()) for c in lexicon().future_cues)
    if not direction and not m["ry"] and month > anchor.month and future:
        direction = lexicon().month_next[0]
    year = _target_year(month, None, anchor, direction, m["ry"])
    return _cand(m, f"{year:04d}-{month:02d}", "month", relative=True)


def _resolvers() -> Iterator[tuple[re.Pattern[str], Resolver]]:
    p = patterns()
    yield p.dmy, _dmy
    yield p.mdy, _mdy
    yield p.numeric, _numeric
    yield p.hijri, _hijri
    yield p.month_year, _month_year
    yield p.period, _period
    yield p.year, _year
    yield p.year_range, _year_range
    yield p.year_pair, _year_pair
    yield p.ordinal_day, _ordinal_day
    yield p.decade, _decade
    yield p.weekday, _weekday
    yield p.relative_period, _relative_period
    yield p.relative_day, _relative_day
    yield p.ago, _ago
    yield p.month, _month


def _select(cands: list[Cand]) -> list[Cand]:
    """Longest-first, non-overlapping selection, returned in text order."""
    taken: list[Cand] = []
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
    cands: list[Cand] = []
    resolvers = list(_resolvers())
    for pos in _starts(k):
        for pattern, resolve in resolvers:
            m = pattern.match(k, pos)
            if m is None or m.end() == pos:
                continue
            c = resolve(m, anchor, k)
            if c is not None:
                _strip_trailing(k, c)
                cands.append(c)
    out: list[DateMention] = []
    merged = merge(_select(cands), k, anchor)
    day_ranges(merged, k)
    merged = postprocess(merged, k)
    for c in merged:
        s, e = norm.to_original(c.start, c.end)
        while e < len(text) and text[e] in _MARKS:
            e += 1
        out.append(DateMention(text[s:e], c.value, c.granularity, s, e, c.relative, c.calendar))
    return out


_TOKEN = re.compile(r"[^\W\d_]+|\d+")


def _starts(k: str) -> list[int]:
    """Positions where a date expression may start: digits and words of :func:`first_words`."""
    first = first_words()
    out = []
    for w in _TOKEN.finditer(k):
        t = w.group()
        if t[0].isdigit() or t in first:
            out.append(w.start())
        elif len(t) > 2 and t[0] in "وفبل" and t[1:] in first:
            out.append(w.start() + 1)
    return out


def _strip_trailing(k: str, c: Cand) -> None:
    while c.end > c.start and (k[c.end - 1].isspace() or k[c.end - 1] in ",."):
        c.end -= 1
