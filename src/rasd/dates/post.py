"""Corrections applied to merged date candidates that need their neighbours.

* recurring days: a chain of weekdays followed by ``من كل أسبوع`` (or preceded by ``كل``,
  ``أيام``) names no calendar day and is dropped;
* coordinated ordinal days: ``يومي السابع والثامن من يونيو`` is one interval of days;
* month ranges: in ``من يوليو إلى سبتمبر`` the month without a year takes the year of the other.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from itertools import pairwise

from rasd.dates import calendar as cal
from rasd.dates.lexicon import END, START, alternation, lexicon
from rasd.dates.merge import Cand
from rasd.numbers import parse_ordinal
from rasd.numbers.lexicon import number_lexicon


@lru_cache(maxsize=1)
def _regexes() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    lx = lexicon()
    wd = alternation(list(lx.weekdays))
    chain = rf"(?:\s*(?:[,،]|و)\s*(?:يوم\s+)?(?:{wd}){END})*"
    after = re.compile(rf"{chain}\s*(?:{alternation(list(lx.recurring_after))}){END}")
    before = re.compile(rf"{START}(?:{alternation(list(lx.recurring_before))})\s+$")
    ordinals = [w for w in number_lexicon().ordinals if w.startswith("ال")]
    head = re.compile(rf"{START}(?P<od>{alternation(ordinals)})\s+و\s*$")
    join = re.compile(rf"^\s*(?:{alternation(list(lx.month_range_join))})\s*(?:شهر\s+)?$")
    return after, before, head, join


def _recurring(c: Cand, k: str) -> bool:
    after, before, _, _ = _regexes()
    if c.kind != "weekday":
        return False
    return bool(after.match(k, c.end) or before.search(k, max(0, c.start - 12), c.start))


def _ordinal_range(c: Cand, k: str) -> None:
    _, _, head, _ = _regexes()
    last = _iso(c.value)
    if c.kind != "explicit" or last is None:
        return
    m = head.search(k, max(0, c.start - 30), c.start)
    first_day = parse_ordinal(m["od"]) if m else None
    if m is None or first_day is None or not 1 <= first_day < last.day:
        return
    first = last - dt.timedelta(days=last.day - first_day)
    c.start, c.value = m.start(), cal.interval(first, last)


def _iso(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value and len(value) == 10 else None
    except ValueError:
        return None


def _month_of(c: Cand) -> tuple[int, int] | None:
    v = c.value
    if c.granularity != "month" or v is None or len(v) != 7:
        return None
    return int(v[:4]), int(v[5:])


def _fixed(c: Cand, k: str) -> bool:
    """A month with a year or a direction word (``الماضي``), not one left to the anchor."""
    lx = lexicon()
    words = k[c.start : c.end].split()
    return not c.relative or any(w in (*lx.month_past, *lx.month_next, *lx.month_current) for w in words)


def _month_range(a: Cand, b: Cand, k: str) -> None:
    _, _, _, join = _regexes()
    ma, mb = _month_of(a), _month_of(b)
    if ma is None or mb is None or not join.match(k[a.end : b.start]):
        return
    fixed_a, fixed_b = _fixed(a, k), _fixed(b, k)
    if fixed_b and not fixed_a:
        year = mb[0] if ma[1] <= mb[1] else mb[0] - 1
        a.value = f"{year:04d}-{ma[1]:02d}"
    elif not fixed_b:
        year = ma[0] if mb[1] >= ma[1] else ma[0] + 1
        b.value = f"{year:04d}-{mb[1]:02d}"


def postprocess(cands: list[Cand], k: str) -> list[Cand]:
    """Apply the corrections of the module doc to merged candidates (in text order)."""
    out = [c for c in cands if not _recurring(c, k)]
    for c in out:
        _ordinal_range(c, k)
    for a, b in pairwise(out):
        _month_range(a, b, k)
    return out
