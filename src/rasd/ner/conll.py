"""CoNLL-style NER data (``word TAG`` per line, blank line between sentences) and conlleval scoring.

Scoring follows conlleval's entity-level rules: a chunk starts at ``B-X``, at ``I-X`` after a
different type or after ``O`` (an ``I-`` without ``B-`` opens a chunk), and a predicted chunk counts
as correct only when its start, end and type all equal a gold chunk's.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rasd.errors import InputError

TYPES = ("PERS", "LOC", "ORG", "MISC")


@dataclass(slots=True)
class Sentence:
    words: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)


def read_conll(path: Path) -> list[Sentence]:
    """Sentences of a ``word TAG`` file; raises :class:`InputError` on a malformed line."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read NER data: {exc}", source=str(path)) from exc
    out: list[Sentence] = []
    cur = Sentence()
    for n, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line:
            if cur.words:
                out.append(cur)
                cur = Sentence()
            continue
        parts = line.rsplit(None, 1)
        if len(parts) != 2 or not _valid_tag(parts[1]):
            raise InputError(f"line {n}: expected 'word TAG', got {line[:40]!r}", source=str(path))
        cur.words.append(parts[0])
        cur.tags.append(parts[1])
    if cur.words:
        out.append(cur)
    if not out:
        raise InputError("no sentences found", source=str(path))
    return out


def _valid_tag(tag: str) -> bool:
    return tag == "O" or (len(tag) > 2 and tag[:2] in ("B-", "I-"))


def chunks(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """Entity chunks ``(start, end_exclusive, type)`` of a BIO tag sequence (conlleval rules)."""
    out: list[tuple[int, int, str]] = []
    start = -1
    ctype = ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, typ = tag.partition("-")
        begins = prefix == "B" or (prefix == "I" and (start < 0 or typ != ctype))
        if start >= 0 and (prefix == "O" or begins):
            out.append((start, i, ctype))
            start = -1
        if begins:
            start, ctype = i, typ
    return out


@dataclass(slots=True)
class Counts:
    correct: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score(gold: Iterable[Sequence[str]], predicted: Iterable[Sequence[str]]) -> dict[str, Counts]:
    """Per-type and ``"micro"`` counts over aligned sentences of gold and predicted tags."""
    counts: dict[str, Counts] = {"micro": Counts()}
    for g, p in zip(gold, predicted, strict=True):
        if len(g) != len(p):
            raise ValueError(f"sentence lengths differ: {len(g)} gold vs {len(p)} predicted tags")
        gc, pc = set(chunks(g)), set(chunks(p))
        for c in gc:
            counts.setdefault(c[2], Counts()).gold += 1
        for c in pc:
            counts.setdefault(c[2], Counts()).predicted += 1
        for c in gc & pc:
            counts[c[2]].correct += 1
        counts["micro"].gold += len(gc)
        counts["micro"].predicted += len(pc)
        counts["micro"].correct += len(gc & pc)
    return counts
