"""Training and evaluation of the relation classifier on ANS (train, tuned on dev)."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from rasd.analysis.relation import LABELS, RelationModel, feature_matrix
from rasd.errors import InputError


@dataclass(frozen=True, slots=True)
class Scores:
    macro_f1: float
    per_label: dict[str, float]
    accuracy: float
    n: int

    def format(self) -> str:
        per = "  ".join(f"{k} F1={v:.3f}" for k, v in self.per_label.items())
        return f"macro F1={self.macro_f1:.4f}  accuracy={self.accuracy:.4f}  n={self.n}  {per}"


@dataclass(frozen=True, slots=True)
class Pair:
    a: str
    b: str
    label: str


def read_pairs(path: Path) -> list[Pair]:
    if not path.exists():
        raise InputError("file not found", source=str(path))
    with path.open(encoding="utf-8") as fh:
        return [Pair(r["s1"], r["s2"], r["stance"].strip()) for r in csv.DictReader(fh)]


def score(gold: list[str], pred: list[str]) -> Scores:
    per: dict[str, float] = {}
    for lab in LABELS:
        tp = sum(g == p == lab for g, p in zip(gold, pred, strict=True))
        fp = sum(p == lab != g for g, p in zip(gold, pred, strict=True))
        fn = sum(g == lab != p for g, p in zip(gold, pred, strict=True))
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        per[lab] = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    acc = sum(g == p for g, p in zip(gold, pred, strict=True)) / max(len(gold), 1)
    return Scores(sum(per.values()) / len(per), per, acc, len(gold))


def fit(pairs: list[Pair], c: float, seed: int = 0) -> RelationModel:
    from sklearn.linear_model import LogisticRegression

    x = feature_matrix([(p.a, p.b) for p in pairs])
    y = [LABELS.index(p.label) for p in pairs]
    clf = LogisticRegression(C=c, max_iter=3000, class_weight="balanced", random_state=seed)
    clf.fit(x, y)
    coef = np.zeros((len(LABELS), x.shape[1]))
    coef[clf.classes_] = clf.coef_
    intercept = np.full(len(LABELS), -1e3)
    intercept[clf.classes_] = clf.intercept_
    return RelationModel(coef, intercept, LABELS)


def evaluate(model: RelationModel, pairs: list[Pair]) -> Scores:
    return score([p.label for p in pairs], [model.predict(p.a, p.b).label for p in pairs])


def train_and_tune(
    train: list[Pair], dev: list[Pair], grid: tuple[float, ...] = (0.1, 0.3, 1.0, 3.0, 10.0)
) -> tuple[RelationModel, float, dict[float, Scores]]:
    """Fit on train for each C, keep the best macro F1 on dev."""
    results: dict[float, Scores] = {}
    best: tuple[float, RelationModel] | None = None
    for c in grid:
        model = fit(train, c)
        results[c] = evaluate(model, dev)
        if best is None or results[c].macro_f1 > results[best[0]].macro_f1:
            best = (c, model)
    assert best is not None
    return best[1], best[0], results
