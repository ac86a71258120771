"""Pairwise sentence relation: agree / disagree / other, between claim sentences of two sources.

A multinomial logistic regression over hashed features of the pair, trained by the project on the ANS
corpus (Khouja 2020; ``scripts/train_relation.py``), shipped as a small ``.npz`` and applied with numpy.
Features: overlap of light-stemmed word keys (Jaccard, containment both ways, character 3-gram cosine),
length ratio, number agreement, negation present in one side only, antonym pairs across the sides
(lexicon in ``data/analysis/relation.yaml``), and hashed words/bigrams that only one side has and their
cross products (which lets the model learn contradiction pairs it has seen).
"""

from __future__ import annotations

import math
import re
import zlib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from rasd.data import read_yaml
from rasd.errors import ModelError
from rasd.text.normalize import norm_key
from rasd.text.stem import light_stem

LABELS = ("agree", "disagree", "other")
DIM = 2**18
_WORD = re.compile(r"[\u0621-\u064a]+|[a-z]+|\d+(?:[.,]\d+)?")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


@dataclass(frozen=True, slots=True)
class Relation:
    label: str
    probability: float
    scores: dict[str, float]


@lru_cache(maxsize=1)
def _lexicon() -> tuple[frozenset[str], frozenset[tuple[str, str]]]:
    data = read_yaml("analysis/relation.yaml")
    negations = frozenset(light_stem(norm_key(w)) for w in data["negations"]) | frozenset(
        norm_key(w) for w in data["negations"]
    )
    pairs: set[tuple[str, str]] = set()
    for a, b in data["antonyms"]:
        ka, kb = light_stem(norm_key(a)), light_stem(norm_key(b))
        pairs.add((ka, kb))
        pairs.add((kb, ka))
    return negations, frozenset(pairs)


def _words(text: str) -> list[str]:
    return _WORD.findall(norm_key(text))


def _hash(feature: str) -> int:
    return zlib.crc32(feature.encode("utf-8")) % DIM


def _char_cosine(a: str, b: str) -> float:
    ga = {a[i : i + 3] for i in range(len(a) - 2)}
    gb = {b[i : i + 3] for i in range(len(b) - 2)}
    if not ga or not gb:
        return 0.0
    return len(ga & gb) / math.sqrt(len(ga) * len(gb))


def _dense(w1: list[str], w2: list[str], s1: set[str], s2: set[str], k1: str, k2: str) -> list[float]:
    negations, antonyms = _lexicon()
    inter = len(s1 & s2)
    union = len(s1 | s2) or 1
    n1 = set(_NUMBER.findall(k1))
    n2 = set(_NUMBER.findall(k2))
    neg1 = bool((set(w1) | s1) & negations)
    neg2 = bool((set(w2) | s2) & negations)
    anto = any((a, b) in antonyms for a in s1 - s2 for b in s2 - s1)
    return [
        inter / union,
        inter / (len(s1) or 1),
        inter / (len(s2) or 1),
        _char_cosine(k1, k2),
        min(len(w1), len(w2)) / (max(len(w1), len(w2)) or 1),
        1.0 if n1 and n2 and n1 != n2 else 0.0,
        1.0 if n1 and n1 == n2 else 0.0,
        1.0 if neg1 != neg2 else 0.0,
        1.0 if neg1 and neg2 else 0.0,
        1.0 if anto else 0.0,
        1.0 if inter == 0 else 0.0,
    ]


N_DENSE = 11
DENSE_SCALE = 4.0
"""Dense features are scaled up so that L2 regularisation does not drown them in hashed ones."""


def features(a: str, b: str) -> dict[int, float]:
    """Sparse feature vector of the pair (dense features first, hashed features after)."""
    k1, k2 = norm_key(a), norm_key(b)
    w1, w2 = _words(a), _words(b)
    s1 = {light_stem(w) for w in w1}
    s2 = {light_stem(w) for w in w2}
    dense = _dense(w1, w2, s1, s2, k1, k2)
    vec: dict[int, float] = {i: DENSE_SCALE * v for i, v in enumerate(dense) if v}
    only1, only2 = sorted(s1 - s2), sorted(s2 - s1)
    hashed = [f"d1:{w}" for w in only1] + [f"d2:{w}" for w in only2]
    hashed += [f"x:{x}|{y}" for x in only1[:8] for y in only2[:8]]
    hashed += [f"dd:{w}" for w in sorted(set(only1) ^ set(only2))]
    for name in hashed:
        idx = N_DENSE + _hash(name) % (DIM - N_DENSE)
        vec[idx] = vec.get(idx, 0.0) + 1.0
    return vec


def feature_matrix(pairs: list[tuple[str, str]]) -> Any:
    """A scipy CSR matrix of the pairs' features (scipy is imported lazily)."""
    from scipy.sparse import csr_matrix

    rows, cols, vals = [], [], []
    for r, (a, b) in enumerate(pairs):
        for c, v in features(a, b).items():
            rows.append(r)
            cols.append(c)
            vals.append(v)
    return csr_matrix((vals, (rows, cols)), shape=(len(pairs), DIM), dtype=np.float64)


MODEL_FILE = "relation.npz"


@dataclass(frozen=True, slots=True)
class RelationModel:
    coef: np.ndarray  # (n_labels, DIM) stored sparse-ish as float32
    intercept: np.ndarray
    labels: tuple[str, ...]

    def scores(self, a: str, b: str) -> dict[str, float]:
        vec = features(a, b)
        idx = np.fromiter(vec.keys(), dtype=np.int64)
        val = np.fromiter(vec.values(), dtype=np.float64)
        logits = self.coef[:, idx] @ val + self.intercept
        logits = logits - logits.max()
        probs = np.exp(logits) / np.exp(logits).sum()
        return {lab: float(p) for lab, p in zip(self.labels, probs, strict=True)}

    def predict(self, a: str, b: str) -> Relation:
        scores = self.scores(a, b)
        label = max(scores, key=lambda k: scores[k])
        return Relation(label, scores[label], scores)

    def save(self, path: Path) -> None:
        np.savez_compressed(
            path, coef=self.coef.astype(np.float32), intercept=self.intercept, labels=np.array(self.labels)
        )


def _default_model_path() -> Path:
    return Path(str(resources.files("rasd.analysis").joinpath("model", MODEL_FILE)))


@lru_cache(maxsize=2)
def load_model(path: Path | None = None) -> RelationModel:
    """Load the shipped (or given) model; cached, loaded on first use."""
    p = path or _default_model_path()
    if not p.exists():
        raise ModelError(f"relation model not found at {p}: run scripts/train_relation.py")
    with np.load(p) as data:
        return RelationModel(
            data["coef"].astype(np.float64), data["intercept"], tuple(str(x) for x in data["labels"])
        )


def classify(a: str, b: str) -> Relation:
    """Relation of sentence ``b`` to sentence ``a`` with the shipped model."""
    return load_model().predict(a, b)
