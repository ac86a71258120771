"""Numbers that name a class or a product rather than count (round 23): a hotel class (``فندق 5 نجوم``,
``من فئة خمس نجوم``), a console or phone series (``البلاي ستيشن 3``), a fraction word (``بعشر دخلهم``);
a length glued to ``م`` after a distance word that the dates stage read as a year (``بطول 1300م``); and the
Hijri month ``صفر`` read as zero (``شهر صفر``, ``محرم وصفر``, ``صفر الماضي``; round 27)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from rasd.numbers import NumberMatch
from rasd.quantities.lexicon import QuantityLexicon, key
from rasd.quantities.units import Word, lookup, prev_words, words

_METRE_GLUED = re.compile(r"م(?![^\W\d_])")
_AFTER = key("بعد")  # "بعد 2016م": after the year, not a distance
_ZERO = key("صفر")
_HIJRI_YEAR = re.compile(r"1[34]\d\d$")


def labelled(lx: QuantityLexicon, m: NumberMatch, before: list[Word], after: list[Word]) -> bool:
    """``فندق 5 نجوم``, ``من فئة خمس نجوم``: stars right after a class head are a hotel class, not a
    count (``الحائز على 3 نجوم ميشلان`` is); ``البلاي ستيشن 3``: a number right after a product series
    name is a model number; ``بعشر دخلهم``: a fraction word (see ``fraction_word``); ``الذي ألف``: a verb."""
    if (before and lookup(lx.model_names, before[-1].key)) or fraction_word(m, after):
        return True
    if m.text in _ALF and before and before[-1].key in _RELATIVES:
        return True  # "والذي ألف كتاب": the verb ألّف after a relative pronoun (round 26)
    if not after or after[0].key not in lx.class_units:
        return False
    return any(lookup(lx.class_heads, w.key) for w in before[-2:])


_ALF = frozenset(("ألف", "الف"))
_RELATIVES = frozenset(key(w) for w in ("الذي", "التي", "الذين", "والذي", "والتي", "والذين"))
_FRACTION_WORDS = frozenset(key(w) for w in ("عشر", "خمس", "سبع", "تسع"))
_POSSESSED = re.compile(r"(?:هم|ها|هن|كم|هما|نا)$")
_PREPOSITIONS = frozenset(
    key(w) for w in ("من", "في", "عن", "على", "إلى", "مع", "عند", "لدى", "بين", "حول", "دون")
)


def fraction_word(m: NumberMatch, after: list[Word]) -> bool:
    """``التبرع بعشر دخلهم``: a lone ``عشر``/``خمس``/``سبع``/``تسع`` right before a definite or possessed
    noun is the fraction (a tenth, a fifth), not a count, which takes an indefinite plural (``عشر سنوات``)."""
    if m.kind != "words" or key(m.text) not in _FRACTION_WORDS or not after or not after[0].key[:1].isalpha():
        return False
    w = after[0].key
    suffix = _POSSESSED.search(w)
    stem = w[: suffix.start()] if suffix is not None else ""
    return w.startswith("ال") or (len(stem) >= 3 and stem not in _PREPOSITIONS)  # not "خمس منها"


def in_dates(
    lx: QuantityLexicon, text: str, m: NumberMatch, date_spans: Sequence[tuple[int, int]], floor: int
) -> bool:
    """The number lies in a date mention, unless it is digits with ``م`` glued to them right after a
    distance word (``بطول 1300م``: metres, not the year 1300)."""
    if not any(a < m.end and m.start < b for a, b in date_spans):
        return False
    if m.kind != "digits" or _METRE_GLUED.match(text, m.end) is None:
        return True
    prev = prev_words(text, m.start, floor, 1)
    return not (prev and prev[0].key != _AFTER and lookup(lx.distance_cues, prev[0].key))


def month_zero(lx: QuantityLexicon, text: str, m: NumberMatch, floor: int) -> bool:
    """``صفر`` (``وصفر``, ``لصفر``) names the second Hijri month: a month head or another month name
    right before it, or a month word (``الماضي``, ``هـ``) or a Hijri year right after it."""
    if m.value != 0 or m.kind != "words" or key(m.text)[-3:] != _ZERO:
        return False
    before = prev_words(text, m.start, floor, 1)
    if before and (before[0].key in lx.month_heads or before[0].key in lx.months):
        return True
    after = words(text, m.end, min(len(text), m.end + 40))[:2]
    return any(w.key in lx.month_after or _HIJRI_YEAR.match(w.key) for w in after)
