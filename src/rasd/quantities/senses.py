"""Counted nouns with two senses told apart by context (``senses.yaml``): ``خمسة عقود لمشروعات``
(contracts, not decades), ``أرخص 8 طرق لإنقاص الوزن`` (methods, not roads); a time noun after a vague
amount (round 27): a duration when plural (``عشرات السنين``), no noun when singular (``الآلاف يوم``)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rasd.data import read_yaml
from rasd.numbers import NumberMatch
from rasd.quantities.lexicon import QuantityLexicon, key
from rasd.quantities.units import Word, lookup


@dataclass(frozen=True, slots=True)
class Sense:
    forms: frozenset[str]
    unit: str
    next: frozenset[str]
    next_prefixes: tuple[str, ...]
    prev: frozenset[str]


@lru_cache(maxsize=1)
def senses() -> tuple[Sense, ...]:
    def keys(ws: list[str]) -> frozenset[str]:
        return frozenset(key(w) for w in ws)

    return tuple(
        Sense(
            forms=keys(s["forms"]),
            unit=s["unit"],
            next=keys(s.get("next", [])),
            next_prefixes=tuple(key(w) for w in s.get("next_prefixes", [])),
            prev=keys(s.get("prev", [])),
        )
        for s in read_yaml("quantities/senses.yaml")["senses"]
    )


def sense_unit(before: list[Word], after: list[Word]) -> str | None:
    """The context sense of the counted noun right after the number, or ``None``."""
    if not after:
        return None
    for s in senses():
        if after[0].key not in s.forms:
            continue
        nxt = after[1].key if len(after) > 1 else ""
        if nxt in s.next or (nxt and nxt.startswith(s.next_prefixes)):
            return s.unit
        if any(w.key in s.prev for w in before[-3:]):
            return s.unit
    return None


def vague_time(lx: QuantityLexicon, m: NumberMatch, ws: list[Word]) -> str | None:
    """For a vague amount before a time word: ``"none"`` for a definite amount before a singular
    (``الآلاف يوم``: no counted noun), else ``"duration"`` (``عشرات السنين``, ``بضعة آلاف سنة``);
    ``None`` when no time word follows."""
    if m.kind != "vague" or not ws or lookup(lx.time_units, ws[0].key) is None:
        return None
    definite = key(m.text).lstrip("وبلف").startswith("ال")  # "بضعة آلاف سنة" is a duration
    return "none" if definite and ws[0].key in lx.time_singulars else "duration"
