"""Number words (data file ``numbers/words.yaml``) as normalised look-up tables."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from functools import lru_cache

from rasd.data import read_yaml
from rasd.text.normalize import norm_key

CLITICS = "وبلف"


def key(text: str) -> str:
    return " ".join(norm_key(text).split())


@dataclass(frozen=True, slots=True)
class NumberLexicon:
    atoms: dict[str, int]
    """Units, teens, tens and hundreds (added together)."""
    hundred_words: frozenset[str]
    """Words that multiply a preceding unit by 100 (``ثلاث مائة``)."""
    scales: dict[str, int]
    scale_plural: frozenset[str]
    scale_dual: frozenset[str]
    decimal_point: frozenset[str]
    vague: dict[str, tuple[float, float]]
    vague_multipliers: dict[str, tuple[float, float]]
    ordinals: dict[str, int]
    ordinal_suffixes: frozenset[str]
    range_from: frozenset[str]
    range_to: frozenset[str]
    not_standalone: frozenset[str]
    half_after_scale: frozenset[str] = frozenset()
    fraction_before_scale: dict[str, float] = field(default_factory=dict)
    before_plural: frozenset[str] = frozenset()
    """Words of ``not_standalone`` that are numbers before a sound feminine plural (``ست قارات``)."""
    broken_plurals: frozenset[str] = frozenset()
    """Broken plurals after which ``before_plural`` words are numbers too (``ست نقاط``)."""
    triggers: frozenset[str] = frozenset()
    """Every word (with its clitic prefixes) that can start a number: a fast pre-filter."""


def _table(d: dict[int, list[str]]) -> dict[str, int]:
    return {key(w): int(v) for v, words in d.items() for w in words}


@lru_cache(maxsize=1)
def number_lexicon() -> NumberLexicon:
    d = read_yaml("numbers/words.yaml")
    atoms: dict[str, int] = {}
    for part in ("units", "teens", "tens", "hundreds"):
        atoms.update(_table(d[part]))
    scales: dict[str, int] = {}
    plural: set[str] = set()
    dual: set[str] = set()
    for value, forms in d["scales"].items():
        for kind in ("one", "plural", "two"):
            for w in forms.get(kind, []):
                scales[key(w)] = int(value)
                if kind == "plural":
                    plural.add(key(w))
                elif kind == "two":
                    dual.add(key(w))
    lx = NumberLexicon(
        atoms=atoms,
        hundred_words=frozenset(key(w) for w in d["hundreds"][100]),
        scales=scales,
        scale_plural=frozenset(plural),
        scale_dual=frozenset(dual),
        decimal_point=frozenset(key(w) for w in d["decimal_point"]),
        vague={key(k): (float(v[0]), float(v[1])) for k, v in d["vague"].items()},
        vague_multipliers={key(k): (float(v[0]), float(v[1])) for k, v in d["vague_multipliers"].items()},
        ordinals=_table(d["ordinals"]),
        ordinal_suffixes=frozenset(d["ordinal_suffixes"]),
        range_from=frozenset(key(w) for w in d["range_from"]),
        range_to=frozenset(key(w) for w in d["range_to"]),
        not_standalone=frozenset(key(w) for w in d["not_standalone"]),
        half_after_scale=frozenset(key(w) for w in d.get("half_after_scale", [])),
        fraction_before_scale={key(w): float(v) for w, v in d.get("fraction_before_scale", {}).items()},
        before_plural=frozenset(key(w) for w in d.get("before_plural", [])),
        broken_plurals=frozenset(key(w) for w in d.get("broken_plurals", [])),
    )
    first = {w.split()[0] for w in [*lx.vague, *lx.vague_multipliers]}
    base = set(lx.atoms) | set(lx.scales) | set(lx.ordinals) | first
    prefixed = {c + w for w in base for c in ("", "و", "ب", "ل", "ف", "وب", "ول", "فب", "فل")}
    return dataclasses.replace(lx, triggers=frozenset(prefixed))


def strip_clitic(word: str, table: dict[str, int] | frozenset[str]) -> tuple[str, int] | None:
    """``(entry, prefix_length)`` for ``word`` or ``word`` without a و/ب/ل/ف prefix, if listed."""
    if word in table:
        return word, 0
    if len(word) > 2 and word[0] in CLITICS:
        if word[1:] in table:
            return word[1:], 1
        if len(word) > 3 and word[1] in "بل" and word[2:] in table:
            return word[2:], 2
    return None
