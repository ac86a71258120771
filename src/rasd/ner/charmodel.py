"""A character n-gram naive Bayes "what kind of word is this" model, for words the CRF never saw.

Transliterated foreign names (``كافلنيكوف``, ``رامسفيلد``) are often absent from both the training
data and the cluster vocabulary, but their spelling gives them away. This model scores a word's
clitic-stripped stem against the classes ``PERS``, ``LOC``, ``ORG``, ``MISC`` and ``O`` from the
character 2–4-grams (with word-boundary marks) of the labelled training words, and the CRF gets the
best class and a confidence bucket as features.

To keep the CRF from trusting it too much on its own training data, :func:`jackknife` builds one
model per fold, each from the other folds; the shipped model is built from all the data.
The model is stored as a gzipped TSV (``ngram<TAB>count_PERS...``), written deterministically.
"""

from __future__ import annotations

import gzip
import io
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rasd.errors import ModelError

CLASSES = ("O", "PERS", "LOC", "ORG", "MISC")
ORDERS = (2, 3, 4)


def ngrams(stem: str) -> list[str]:
    padded = f"<{stem}>"
    return [padded[i : i + n] for n in ORDERS for i in range(len(padded) - n + 1)]


@dataclass(slots=True)
class CharModel:
    counts: dict[str, list[int]] = field(default_factory=dict)
    totals: list[int] = field(default_factory=lambda: [0] * len(CLASSES))
    words: list[int] = field(default_factory=lambda: [0] * len(CLASSES))
    _logp: tuple[list[float], dict[str, tuple[float, ...]], tuple[float, ...]] | None = None

    @classmethod
    def fit(cls, pairs: Iterable[tuple[str, str]]) -> CharModel:
        """Fit on distinct (stem, class) pairs (class is a tag type or ``O``)."""
        model = cls()
        for stem, label in sorted(set(pairs)):
            c = CLASSES.index(label)
            model.words[c] += 1
            for g in ngrams(stem):
                row = model.counts.setdefault(g, [0] * len(CLASSES))
                row[c] += 1
                model.totals[c] += 1
        return model

    def _tables(self) -> tuple[list[float], dict[str, tuple[float, ...]], tuple[float, ...]]:
        """Log prior, log P(ngram | class) per n-gram and for unseen n-grams (computed once)."""
        if self._logp is None:
            n_words = sum(self.words) or 1
            vocab = len(self.counts) + 1
            denom = [t + 0.5 * vocab for t in self.totals]
            prior = [math.log((w + 1) / (n_words + len(CLASSES))) for w in self.words]
            table = {
                g: tuple(math.log((row[c] + 0.5) / denom[c]) for c in range(len(CLASSES)))
                for g, row in self.counts.items()
            }
            unseen = tuple(math.log(0.5 / d) for d in denom)
            self._logp = (prior, table, unseen)
        return self._logp

    def posterior(self, stem: str) -> list[float]:
        """P(class | stem) under the naive Bayes model (add-0.5 smoothing)."""
        prior, table, unseen = self._tables()
        logp = list(prior)
        for g in ngrams(stem):
            row = table.get(g, unseen)
            for c in range(len(CLASSES)):
                logp[c] += row[c]
        top = max(logp)
        exps = [math.exp(v - top) for v in logp]
        z = sum(exps)
        return [e / z for e in exps]

    def features(self, stem: str) -> list[str]:
        """``nb=CLASS`` for the best entity class and a bucket of P(entity)."""
        if len(stem) < 2:
            return []
        post = self.posterior(stem)
        p_ent = 1.0 - post[0]
        best = max(range(1, len(CLASSES)), key=lambda c: post[c])
        bucket = "hi" if p_ent >= 0.8 else "mid" if p_ent >= 0.5 else "lo" if p_ent >= 0.2 else "no"
        if bucket == "no":
            return ["nb=no"]
        return [f"nb={bucket}", f"nb={CLASSES[best]}:{bucket}"]

    def save(self, path: Path) -> None:
        buf = io.StringIO()
        buf.write("#ngram\t" + "\t".join(CLASSES) + "\n")
        buf.write("#words\t" + "\t".join(map(str, self.words)) + "\n")
        for g in sorted(self.counts):
            buf.write(g + "\t" + "\t".join(map(str, self.counts[g])) + "\n")
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as gz:
            gz.write(buf.getvalue().encode("utf-8"))

    @classmethod
    def load(cls, path: Path) -> CharModel:
        try:
            with gzip.open(path, "rt", encoding="utf-8") as fh:
                lines = fh.read().splitlines()
        except (OSError, EOFError) as exc:
            raise ModelError(f"cannot read character model {path}: {exc}") from exc
        if len(lines) < 2 or not lines[0].startswith("#ngram") or not lines[1].startswith("#words"):
            raise ModelError(f"{path} is not a character n-gram model")
        model = cls()
        model.words = [int(x) for x in lines[1].split("\t")[1:]]
        for line in lines[2:]:
            g, *vals = line.split("\t")
            row = [int(v) for v in vals]
            model.counts[g] = row
            for c, v in enumerate(row):
                model.totals[c] += v
        return model


def labelled_stems(sentences: Sequence[tuple[Sequence[str], Sequence[str]]]) -> list[tuple[str, str]]:
    """(stem, class) pairs of the words of tagged sentences."""
    from rasd.ner.features import norm, split_clitics

    out: list[tuple[str, str]] = []
    for words, tags in sentences:
        for w, t in zip(words, tags, strict=True):
            stem = split_clitics(norm(w)).bare
            if len(stem) >= 2 and any(ch.isalpha() for ch in stem):
                out.append((stem, t[2:] if t != "O" else "O"))
    return out


def jackknife(sentences: Sequence[tuple[Sequence[str], Sequence[str]]], folds: int = 5) -> list[CharModel]:
    """One model per fold (sentence ``i`` is in fold ``i % folds``), each fit on the other folds."""
    per_fold = [labelled_stems([s for i, s in enumerate(sentences) if i % folds == k]) for k in range(folds)]
    models = []
    for k in range(folds):
        models.append(CharModel.fit(p for j, fold in enumerate(per_fold) if j != k for p in fold))
    return models
