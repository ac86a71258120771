"""Broken plurals of unlisted counted nouns -> singular (``quantities/plurals.yaml`` patterns and the
``quantities/nouns.txt`` lexicon of SaudiNewsNet nouns; ``docs/quantities.md``, round 14).

A word that matches a plural template gives singular candidates; a candidate counts only when it is
attested as a noun (written with the article in the corpus, listed in ``nouns.txt`` by frequency), and the
most frequent one wins. No attested candidate: ``None`` (the caller keeps the surface form)."""

from __future__ import annotations

import gzip
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
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
    doubled: tuple[tuple[re.Pattern[str], str, tuple[str, ...], bool], ...]
    """The same templates with root letters allowed to repeat (round 24)."""
    min_definite: int


def template_regex(template: str, distinct: bool = True) -> re.Pattern[str]:
    """``ا12اء`` -> ``ا(.)(?!\\1)(.)اء``: a repeated digit is the same letter (a back-reference), different
    digits are different letters, and a final root letter is never ``ه`` (a word in ``ة`` is a singular:
    ``أمانة``, ``فعالية``). ``distinct=False``: different digits may be the same letter (``أبواب``: ب و ب)."""
    seen: list[str] = []
    out = []
    for n, ch in enumerate(template):
        if not ch.isdigit():
            out.append(re.escape(ch))
        elif ch in seen:
            out.append(f"\\{seen.index(ch) + 1}")
        else:
            others = "".join(f"(?!\\{i + 1})" for i in range(len(seen))) if distinct else ""
            out.append(others + ("([^ه])" if n == len(template) - 1 else "(.)"))
            seen.append(ch)
    return re.compile("".join(out))


def fill(template: str, match: re.Match[str], order: str) -> str:
    return "".join(match.group(order.index(ch) + 1) if ch.isdigit() else ch for ch in template)


def load_patterns(
    d: dict[str, Any], distinct: bool = True
) -> tuple[tuple[re.Pattern[str], str, tuple[str, ...], bool], ...]:
    out = []
    for entry in d["patterns"]:
        plural = str(entry[0])
        order = "".join(dict.fromkeys(ch for ch in plural if ch.isdigit()))
        out.append(
            (
                template_regex(plural, distinct),
                order,
                tuple(map(str, entry[1])),
                len(entry) < 3 or entry[2] != "order",
            )
        )
    return tuple(out)


@lru_cache(maxsize=1)
def plural_data() -> PluralData:
    d = read_yaml("quantities/plurals.yaml")
    nouns = {w: i for i, w in enumerate(read_lines("quantities/nouns.txt"))}
    exceptions = {key(str(k)): str(v or "") for k, v in (d.get("exceptions") or {}).items()}
    doubled = load_patterns(d, distinct=False)
    return PluralData(load_patterns(d), exceptions, nouns, doubled, int(d["min_definite"]))


def candidates(
    data: PluralData, word: str, rank: dict[str, int] | None = None, doubled: bool = False
) -> list[list[str]]:
    """Singular candidates of ``word`` (a key), one list per matching template (ordered by ``rank``, the
    ``nouns.txt`` rank by default, unless the template says ``order``); ``doubled``: the templates whose root
    letters may repeat."""
    ranks = data.nouns if rank is None else rank
    out: list[list[str]] = []
    for rx, order, singulars, by_freq in data.doubled if doubled else data.patterns:
        m = rx.fullmatch(word)
        if m is None:
            continue
        cands = [c for c in dict.fromkeys(fill(s, m, order) for s in singulars) if c != word]
        out.append(sorted(cands, key=lambda c: ranks.get(key(c), len(ranks))) if by_freq else cands)
    return out


def is_plural_shape(word: str) -> bool:
    """``word`` (a key) matches a broken-plural template (``مزارع``: مفاعل)."""
    return any(rx.fullmatch(word) for rx, _, _, _ in plural_data().patterns)


def singular(word: str) -> str | None:
    """The attested singular of the broken plural ``word`` (a normalised key; ``ة`` restored), or ``None``.
    Callers ask only where the number calls for a plural (3-10, a vague amount, ``من`` + a definite noun):
    after 11 or more the counted noun is a singular (``100 مواطن``, ``100 ألف إعجاب``, ``284 أمانة``).
    A candidate is attested when listed in ``nouns.txt``; failing that (round 24), when written with the
    article at least ``min_definite`` times in the corpus (``attested.tsv.gz``: a plural unseen in the
    corpus), also by a template whose root letters repeat (``أبواب`` -> باب)."""
    data = plural_data()
    if word in data.exceptions:
        return data.exceptions[word] or None
    found = _picks(_own_plurals(candidates(data, word), word), data.nouns)
    if found:
        return min(found, key=lambda c: data.nouns[key(c)])
    if not any(rx.fullmatch(word) for rx, _, _, _ in data.doubled):
        return None  # no template at all: the corpus table is not needed (nor loaded)
    ranks = definite_ranks()
    found = _picks(candidates(data, word, ranks), ranks) or _picks(candidates(data, word, ranks, True), ranks)
    return min(found, key=lambda c: ranks[key(c)]) if found else None


def _own_plurals(cands: list[list[str]], word: str) -> list[list[str]]:
    """Drops a candidate in ``ة`` whose sound plural is written over five times as often as ``word``
    (round 24): ``شواحن`` is the plural of شاحن (charger), شاحنة having ``شاحنات``; ``قواعد`` keeps قاعدة."""
    if not any(c.endswith("ة") for cs in cands for c in cs):
        return cands
    att = attested()
    seen = att.get(word, _NONE)[0]
    return [
        [c for c in cs if not c.endswith("ة") or att.get(key(c)[:-1] + "ات", _NONE)[0] <= 5 * seen]
        for cs in cands
    ]


def _picks(cands: list[list[str]], ranks: dict[str, int]) -> list[str]:
    return [p for p in (next((c for c in cs if key(c) in ranks), None) for cs in cands) if p is not None]


@lru_cache(maxsize=1)
def definite_ranks() -> dict[str, int]:
    """Corpus words written with the article at least ``min_definite`` times -> rank (0 = most frequent)."""
    least = plural_data().min_definite
    words = sorted((d, w) for w, (_, d) in attested().items() if d >= least)
    return {w: i for i, (_, w) in enumerate(sorted(words, key=lambda x: (-x[0], x[1])))}


def is_noun(word: str) -> bool:
    """``word`` (a key) is an attested singular noun of ``nouns.txt`` (written with the article)."""
    return word in plural_data().nouns


@lru_cache(maxsize=1)
def attested() -> dict[str, tuple[int, int]]:
    """Word key -> SaudiNewsNet counts: the article and a clitic folded in, and with the article alone
    (``quantities/attested.tsv.gz``, built by ``eval/quantities/build_nouns.py``; round 24). Loaded once,
    looked up as a dict."""
    raw = resources.files("rasd.data").joinpath("quantities/attested.tsv.gz").read_bytes()
    text = gzip.decompress(raw).decode("utf-8")
    cells = text[text.index("\n", text.rindex("# ")) + 1 :].split()  # after the header comments
    counts = zip(map(int, cells[1::3]), map(int, cells[2::3]), strict=True)
    out: dict[str, tuple[int, int]] = dict(zip(cells[0::3], counts, strict=True))
    return out


def feminine_singular(stem: str) -> bool | None:
    """Whether the sound plural ``stem`` + ``ات`` (a key) is the plural of ``stem`` + ``ة`` (``True``) or of
    ``stem`` itself (``False``), by corpus attestation; ``None`` where the corpus does not settle it (the
    caller's shape rules decide). The bare stem (four letters or more) wins only when it is common,
    ``stem`` + ``ة`` is never written with the article and the stem has no sound masculine plural of its own
    (``كيانات`` -> كيان, ``نطاقات`` -> نطاق; not ``موظفات``, ``سيدات``, ``وكيلات`` (الوكيلة), nor an instance
    noun of a three-letter verbal noun: ``طعنات`` -> طعنة); ``stem`` + ``ة`` wins only when it is common
    with the article and the bare stem is (almost) never written (``استشارات`` is settled by shape)."""
    att = attested()
    bare, fem = att.get(stem, _NONE)[0], att.get(stem + "ه", _NONE)[1]  # "نطاقه" is also "its range"
    sound = att.get(stem + "ين", _NONE)[0] + att.get(stem + "ون", _NONE)[0]
    if len(stem) >= 4 and bare >= MIN_BARE and fem == 0 and sound <= MAX_RARE:
        return False
    if fem >= MIN_BARE and bare <= MAX_RARE:
        return True
    return None


_NONE = (0, 0)
MIN_BARE = 10
MAX_RARE = 2
