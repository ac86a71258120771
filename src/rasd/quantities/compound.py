"""Compound amounts written in parts: ``27 مليون ريال و243 ألفا و15 ريالا`` is one amount."""

from __future__ import annotations

import re

from rasd.models import Quantity
from rasd.numbers.lexicon import number_lexicon
from rasd.quantities.lexicon import key


def _scale(value: float) -> int:
    """The largest power of 1000 that ``value`` is a whole multiple of (1 when none)."""
    scale = 1
    while value >= scale * 1000 and value % (scale * 1000) == 0:
        scale *= 1000
    return scale


def has_scale(text: str) -> bool:
    """A scale word (``ألف``, ``مليون``...) in ``text``, also with a clitic ``و``."""
    scales = number_lexicon().scales
    return any(w in scales or (len(w) > 2 and w[1:] in scales) for w in key(text).split())


def _has_scale(q: Quantity) -> bool:
    return has_scale(q.text)


def _joins(text: str, a: Quantity, b: Quantity, unit: str | None) -> bool:
    """``b`` continues ``a``: joined by a bare ``و``, smaller than ``a``'s scale, same or no unit, and
    either written with a scale word (``243 ألفا``) or repeating the unit (``15 ريالا``)."""
    if a.value is None or b.value is None or b.approximate or key(text[a.end : b.start]) != "و":
        return False
    if not 0 < b.value < _scale(a.value) or _scale(a.value) < 1000 or not _has_scale(a):
        return False  # "3000 طن و450 طنًا" are two amounts; "27 مليون ريال و15 ريالا" one
    if b.unit is not None and unit is not None and b.unit != unit:
        return False
    return _has_scale(b) or (unit is not None and b.unit == unit)


def merge_compounds(text: str, found: list[Quantity]) -> list[Quantity]:
    """Quantities of one sentence with compound amounts merged into their first part."""
    out: list[Quantity] = []
    for q in found:
        prev = out[-1] if out else None
        if prev is None or not _joins(text, prev, q, prev.unit or q.unit):
            out.append(q)
            continue
        assert prev.value is not None and q.value is not None
        prev.value += q.value
        prev.unit = prev.unit or q.unit
        prev.end = q.end
        prev.text = text[prev.start : prev.end]
    return out


_BETWEEN = re.compile(r"(?:^|\s)(?:ما\s*)?ب[يى]ن\s*$")
_AGE_FROM = re.compile(r"(?:^|\s)من\s+(?:عمر|سن)\s+$")
_TO = frozenset({"إلى", "الى", "و"})
_PER = frozenset({"يوميا", "سنويا", "شهريا", "أسبوعيا", "اسبوعيا"})


def _range_gap(gap: str) -> bool:
    """The words between the two ends of a range: ``و``/``إلى``/``حتى``, also after a rate phrase that follows
    the first end (``ما بين 3300 ريال للمتر و3700 ريال``, ``لكل سهم``, ``يوميا``; round 27)."""
    ws = gap.split()
    if not ws or (ws[-1] not in _TO and ws[-1] != "حتى"):  # "بين 8930 نقطة حتى 9080 نقطة" (round 29)
        return False
    per = ws[:-1]
    if not per:
        return True
    if len(per) == 1:
        return per[0] in _PER or (per[0].startswith("لل") and len(per[0]) >= 5)
    return len(per) == 2 and per[0] == "لكل"


def merge_unit_ranges(text: str, found: list[Quantity], age_unit: str) -> list[Quantity]:
    """A range written with its unit on both ends is one range (round 21): after ``بين``
    (``ما بين 6 أمتار إلى 33 متراً``), or an age bracket after ``من عمر``/``من سن``
    (``من عمر 15 سنة إلى 25 سنة``); not a list of three. A change ``من X% إلى Y%`` stays two quantities."""
    out: list[Quantity] = []
    for i, q in enumerate(found):
        p = out[-1] if out else None
        chain = i + 1 < len(found) and text[q.end : found[i + 1].start].strip() in _TO  # "بين 6 و8 و12"
        if p is None or p.value is None or q.value is None or p.unit is None or p.unit != q.unit or chain:
            out.append(q)
            continue
        head = text[max(0, p.start - 12) : p.start]
        ranged = _BETWEEN.search(head) or (p.unit == age_unit and _AGE_FROM.search(head))
        if not ranged or not _range_gap(text[p.end : q.start]) or p.approximate or q.approximate:
            out.append(q)
            continue
        if p.value == q.value:
            out.append(q)
            continue
        p.low, p.high, p.value = min(p.value, q.value), max(p.value, q.value), None
        p.start = p.start - len(head) + ranged.start() + (1 if head[ranged.start()].isspace() else 0)
        p.end = q.end
        p.text = text[p.start : p.end]
    return out
