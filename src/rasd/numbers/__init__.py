"""Numbers in Arabic text: :func:`find_numbers`, :func:`parse_number`, :func:`parse_ordinal`."""

from __future__ import annotations

import re

from rasd.numbers.find import NumberKind, NumberMatch, find_numbers
from rasd.numbers.lexicon import key, number_lexicon

__all__ = ["NumberKind", "NumberMatch", "find_numbers", "parse_number", "parse_ordinal"]

_FRACTION = re.compile(r"^(\d+)\s*/\s*(\d+)$")


def parse_number(text: str) -> float | None:
    """Value of ``text`` when it is one number (digits, words or mixed), else ``None``.

    Also reads fractions (``٧٧/١٠٠``). Vague amounts and ranges have no single value: ``None``.
    """
    stripped = text.strip()
    if not stripped:
        return None
    frac = _FRACTION.match(key(stripped))
    if frac:
        den = int(frac.group(2))
        return int(frac.group(1)) / den if den else None
    lx = number_lexicon()
    k = key(stripped)
    if k in lx.atoms:
        return float(lx.atoms[k])
    found = find_numbers(stripped)
    if len(found) != 1 or found[0].is_ordinal:
        return None
    m = found[0]
    if m.start != 0 or m.end != len(stripped):
        return None
    return m.value


def parse_ordinal(text: str) -> int | None:
    """Value of an ordinal (``الثالث``, ``الحادي والعشرين``, ``الثالثة عشرة``, ``2nd``) or ``None``."""
    lx = number_lexicon()
    k = key(text.strip())
    m = re.match(r"^(\d+)\s*(?:st|nd|rd|th)?$", k)
    if m:
        return int(m.group(1))
    total = 0
    for i, word in enumerate(k.split()):
        if i and word.startswith("و") and word != "واحد":
            word = word[1:]
        if not word:
            continue
        bare = word[2:] if word.startswith("ال") and len(word) > 3 else word
        for cand in (word, bare, "ال" + bare):
            if cand in lx.ordinals:
                total += lx.ordinals[cand]
                break
            if cand in lx.atoms and lx.atoms[cand] < 100:
                total += lx.atoms[cand]
                break
        else:
            return None
    return total or None
