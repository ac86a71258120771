"""Clustering metrics: pairwise and BCubed precision/recall/F1 (pure functions over label maps).

A clustering is a ``dict[item, cluster label]``; metrics compare a predicted clustering with a
gold one over the items both contain.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class PRF:
    precision: float
    recall: float
    f1: float

    def as_dict(self) -> dict[str, float]:
        return {"p": round(self.precision, 4), "r": round(self.recall, 4), "f1": round(self.f1, 4)}


def _prf(p: float, r: float) -> PRF:
    return PRF(p, r, 2 * p * r / (p + r) if p + r > 0 else 0.0)


def _pairs(counts: Counter[Any]) -> int:
    return sum(n * (n - 1) // 2 for n in counts.values())


def pairwise(pred: Mapping[str, str], gold: Mapping[str, str]) -> PRF:
    """Precision/recall of same-cluster pairs (1.0 when a side has no pairs at all)."""
    items = [i for i in gold if i in pred]
    both = Counter((pred[i], gold[i]) for i in items)
    tp = _pairs(both)
    pp = _pairs(Counter(pred[i] for i in items))
    gp = _pairs(Counter(gold[i] for i in items))
    return _prf(tp / pp if pp else 1.0, tp / gp if gp else 1.0)


def bcubed(pred: Mapping[str, str], gold: Mapping[str, str]) -> PRF:
    """BCubed precision/recall (Bagga & Baldwin 1998; Amigó et al. 2009) over the shared items."""
    items = [i for i in gold if i in pred]
    if not items:
        return PRF(0.0, 0.0, 0.0)
    both = Counter((pred[i], gold[i]) for i in items)
    psize = Counter(pred[i] for i in items)
    gsize = Counter(gold[i] for i in items)
    p = sum(both[(pred[i], gold[i])] / psize[pred[i]] for i in items) / len(items)
    r = sum(both[(pred[i], gold[i])] / gsize[gold[i]] for i in items) / len(items)
    return _prf(p, r)


def groups(labels: Mapping[str, str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    for item, label in labels.items():
        out[label].append(item)
    return dict(out)
