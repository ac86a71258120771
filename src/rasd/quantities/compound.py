"""Compound amounts written in parts: ``27 مليون ريال و243 ألفا و15 ريالا`` is one amount."""

from __future__ import annotations

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
