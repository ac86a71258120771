"""Candidate date mentions and the merging of adjacent ones that name the same day.

``أمس (الاثنين)``, ``غدا الأربعاء``, ``يوم الثلاثاء الموافق 12 / 10 / 1436هـ`` and
``26 شوال 1436 هـ الموافق 11 أغسطس 2015 م`` are one mention each:

* a relative day followed by a weekday: the weekday wins, resolved in the relative day's
  direction (``أمس السبت`` = the last Saturday before the anchor). When the anchor is the real
  publication date both agree; when it is a later crawl date the weekday is the better clue;
* a weekday followed by an explicit date: the explicit date wins; a Hijri date (tabular
  conversion) is moved by up to three days onto the stated weekday, and one that lands far
  from the weekday's resolution (a typo such as a swapped day and month) gives way to it;
* an explicit date followed by ``الموافق`` and another explicit date: the second (usually the
  Gregorian equivalent) wins.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from rasd.models import Granularity

_GAP = re.compile(r"^\s*[(,،]?\s*(?:الموافق\s*)?[(]?\s*$")


@dataclass(slots=True)
class Cand:
    start: int
    end: int
    value: str | None
    granularity: Granularity
    relative: bool = False
    calendar: str = "gregorian"
    kind: str = ""
    """``relday`` / ``weekday`` / ``explicit`` (the kinds that merge), else empty."""
    weekday: int | None = None
    offset: int = 0


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value and len(value) == 10 else None
    except ValueError:
        return None


def _relday_weekday(a: Cand, b: Cand, anchor: dt.date | None) -> Cand:
    value = a.value
    if anchor is not None and b.weekday is not None:
        back = (anchor.weekday() - b.weekday) % 7
        if a.offset < 0:
            value = (anchor - dt.timedelta(days=back or 7)).isoformat()
        elif a.offset > 0:
            value = (anchor + dt.timedelta(days=(b.weekday - anchor.weekday()) % 7 or 7)).isoformat()
        else:
            value = (anchor - dt.timedelta(days=back)).isoformat()
    return Cand(a.start, b.end, value, "day", True, "gregorian", "weekday", b.weekday)


def _weekday_explicit(a: Cand, b: Cand) -> Cand:
    value, explicit, resolved = b.value, _date(b.value), _date(a.value)
    if explicit is not None and a.weekday is not None and b.calendar == "hijri":
        shift = (a.weekday - explicit.weekday() + 3) % 7 - 3
        if resolved is not None and abs((explicit - resolved).days) > 45:
            value = resolved.isoformat()
        elif abs(shift) <= 3:
            value = (explicit + dt.timedelta(days=shift)).isoformat()
    return Cand(a.start, b.end, value, "day", b.relative, b.calendar, "explicit", a.weekday)


def _pair(a: Cand, b: Cand, gap: str, anchor: dt.date | None) -> Cand | None:
    if not _GAP.match(gap):
        return None
    if a.kind == "relday" and b.kind == "weekday" and "الموافق" not in gap:
        return _relday_weekday(a, b, anchor)
    if a.kind == "weekday" and b.kind == "explicit":
        return _weekday_explicit(a, b)
    if a.kind == "explicit" and b.kind == "explicit" and "الموافق" in gap:
        return Cand(a.start, b.end, b.value, "day", b.relative, b.calendar, "explicit", a.weekday)
    return None


def merge(cands: list[Cand], key: str, anchor: dt.date | None) -> list[Cand]:
    """Merge adjacent candidates (in text order) that name the same day; see module doc."""
    out: list[Cand] = []
    for c in cands:
        if out:
            merged = _pair(out[-1], c, key[out[-1].end : c.start], anchor)
            if merged is not None:
                out[-1] = merged
                continue
        out.append(c)
    for c in out:
        if c.kind and c.end < len(key) and key[c.end] == ")" and "(" in key[c.start : c.end]:
            c.end += 1
    return out


_RANGE_HEAD = re.compile(r"(?:(?:من|بين|ما\s+بين)\s+)?(?<![\d/.-])(\d{1,2})\s*(?:-|الي|حتي|و)\s*$")
_LEAD_DAY = re.compile(r"\d{1,2}(?!\d)")


def day_ranges(cands: list[Cand], key: str) -> None:
    """``2-3 سبتمبر``, ``من 11 حتى 25 /10 /1436هـ``: a day number before a day date makes an interval."""
    for c in cands:
        last = _date(c.value)
        lead = _LEAD_DAY.match(key, c.start)
        if last is None or c.kind != "explicit" or lead is None:
            continue
        head = _RANGE_HEAD.search(key, max(0, c.start - 24), c.start)
        if head is None:
            continue
        first_day, last_day = int(head.group(1)), int(lead.group())
        if not 1 <= first_day < last_day <= 31:
            continue
        first = last - dt.timedelta(days=last_day - first_day)
        c.start, c.value = head.start(), f"{first.isoformat()}/{last.isoformat()}"
