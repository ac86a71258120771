"""Broken plurals of unlisted counted nouns -> singular (``quantities/plurals.yaml`` patterns and the
``quantities/nouns.txt`` lexicon of SaudiNewsNet nouns; ``docs/quantities.md``, round 14).

A word that matches a plural template gives singular candidates; a candidate counts only when it is
attested as a noun (written with the article in the corpus, listed in ``nouns.txt`` by frequency), and the
most frequent one wins. No attested candidate: ``None`` (the caller keeps the surface form)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from rasd.data import read_lines, read_yaml
from rasd.quantities.lexicon import key


@dataclass(frozen=True, slots=True)
class PluralData:
    patterns: tuple[tuple[re.Pattern[str], str, tuple[str, ...], bool], ...]
    """(plural regex, root-digit order, singular templates, by frequency: else the first attested)."""
    exceptions: dict[str, str]
    nouns: dict[str, int]
    """Noun key -> frequency rank (0 = most frequent)."""


def template_regex(template: str) -> re.Pattern[str]:
    """``ا12اء`` -> ``ا(.)(?!\\1)(.)اء``: a repeated digit is the same letter (a back-reference), different
    digits are different letters, and a final root letter is never ``ه`` (a word in ``ة`` is a singular:
    ``أمانة``, ``فعالية``)."""
    seen: list[str] = []
    out = []
    for n, ch in enumerate(template):
        if not ch.isdigit():
            out.append(re.escape(ch))
        elif ch in seen:
            out.append(f"\\{seen.index(ch) + 1}")
        else:
            others = "".join(f"(?!\\{i + 1})" for i in range(len(seen)))
            out.append(others + ("([^ه])" if n == len(template) - 1 else "(.)"))
            seen.append(ch)
    return re.compile("".join(out))


def fill(template: str, match: re.Match[str], order: str) -> str:
    return "".join(match.group(order.index(ch) + 1) if ch.isdigit() else ch for ch in template)


def load_patterns(d: dict[str, Any]) -> tuple[tuple[re.Pattern[str], str, tuple[str, ...], bool], ...]:
    out = []
    for entry in d["patterns"]:
        plural = str(entry[0])
        order = "".join(dict.fromkeys(ch for ch in plural if ch.isdigit()))
        out.append(
            (template_regex(plural), order, tuple(map(str, entry[1])), len(entry) < 3 or entry[2] != "order")
        )
    return tuple(out)


@lru_cache(maxsize=1)
def plural_data() -> PluralData:
    d = read_yaml("quantities/plurals.yaml")
    nouns = {w: i for i, w in enumerate(read_lines("quantities/nouns.txt"))}
    exceptions = {key(str(k)): str(v or "") for k, v in (d.get("exceptions") or {}).items()}
    return PluralData(load_patterns(d), exceptions, nouns)


def candidates(data: PluralData, word: str) -> list[list[str]]:
    """Singular candidates of ``word`` (a key), one list per matching template (frequency-ordered unless
    the template says ``order``)."""
    out: list[list[str]] = []
    for rx, order, singulars, by_freq in data.patterns:
        m = rx.fullmatch(word)
        if m is None:
            continue
        cands = [c for c in dict.fromkeys(fill(s, m, order) for s in singulars) if c != word]
        out.append(sorted(cands, key=lambda c: data.nouns.get(key(c), len(data.nouns))) if by_freq else cands)
    return out


def is_plural_shape(word: str) -> bool:
    """``word`` (a key) matches a broken-plural template (``مزارع``: مفاعل)."""
    return any(rx.fullmatch(word) for rx, _, _, _ in plural_data().patterns)


def singular(word: str) -> str | None:
    """The attested singular of the broken plural ``word`` (a normalised key; ``ة`` restored), or ``None``.
    Callers ask only where the number calls for a plural (3-10, a vague amount, ``من`` + a definite noun):
    after 11 or more the counted noun is a singular (``100 مواطن``, ``100 ألف إعجاب``, ``284 أمانة``)."""
    data = plural_data()
    if word in data.exceptions:
        return data.exceptions[word] or None
    picks = [next((c for c in cands if key(c) in data.nouns), None) for cands in candidates(data, word)]
    found = [p for p in picks if p is not None]
    return min(found, key=lambda c: data.nouns[key(c)]) if found else None


def is_noun(word: str) -> bool:
    """``word`` (a key) is an attested singular noun of ``nouns.txt`` (written with the article)."""
    return word in plural_data().nouns
