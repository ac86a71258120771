"""Entity-level (conlleval) evaluation of an NER model on a ``word TAG`` file."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from rasd.ner.conll import TYPES, Counts, Sentence, read_conll, score
from rasd.ner.consistency import propagate
from rasd.ner.tagger import Tagger, load_model, open_model


@dataclass(frozen=True, slots=True)
class TypeScore:
    precision: float
    recall: float
    f1: float
    gold: int
    predicted: int
    correct: int

    @classmethod
    def of(cls, c: Counts) -> TypeScore:
        return cls(c.precision, c.recall, c.f1, c.gold, c.predicted, c.correct)


@dataclass(frozen=True, slots=True)
class NerScores:
    micro: TypeScore
    per_type: dict[str, TypeScore] = field(default_factory=dict)
    sentences: int = 0
    tokens: int = 0
    token_accuracy: float = 0.0
    seconds: float = 0.0


def evaluate_sentences(
    model: Tagger, sentences: list[Sentence], *, doc_sentences: int | None = None
) -> NerScores:
    """Score ``model`` on tagged sentences; with ``doc_sentences``, blocks of that many consecutive
    sentences stand in for documents and get document-level consistency (:mod:`rasd.ner.consistency`).
    """
    t0 = time.perf_counter()
    predicted = model.tag_many([s.words for s in sentences])
    if doc_sentences:
        blocks = range(0, len(sentences), doc_sentences)
        predicted = [
            tags
            for i in blocks
            for tags in propagate(
                [s.words for s in sentences[i : i + doc_sentences]], predicted[i : i + doc_sentences]
            )
        ]
    seconds = time.perf_counter() - t0
    gold = [s.tags for s in sentences]
    counts = score(gold, predicted)
    tokens = sum(len(s.words) for s in sentences)
    same = sum(a == b for g, p in zip(gold, predicted, strict=True) for a, b in zip(g, p, strict=True))
    types = sorted(counts.keys() - {"micro"}, key=lambda t: (TYPES.index(t) if t in TYPES else 99, t))
    return NerScores(
        micro=TypeScore.of(counts["micro"]),
        per_type={t: TypeScore.of(counts[t]) for t in types},
        sentences=len(sentences),
        tokens=tokens,
        token_accuracy=same / tokens if tokens else 0.0,
        seconds=seconds,
    )


def evaluate(model_path: Path | None, test_path: Path, *, doc_sentences: int | None = None) -> NerScores:
    """Tag ``test_path`` with the model (the shipped one when ``None``) and score it.

    Sentence by sentence by default (the standard protocol); see :func:`evaluate_sentences` for
    ``doc_sentences``.
    """
    model = load_model(model_path) if model_path is None else open_model(model_path)
    return evaluate_sentences(model, read_conll(test_path), doc_sentences=doc_sentences)


def format_scores(scores: NerScores) -> str:
    """A conlleval-like table: one line per type and the micro average."""
    m = scores.micro
    lines = [
        f"processed {scores.tokens} tokens with {m.gold} phrases; found: {m.predicted} phrases; "
        f"correct: {m.correct}.",
        f"accuracy: {100 * scores.token_accuracy:6.2f}%; precision: {100 * m.precision:6.2f}%; "
        f"recall: {100 * m.recall:6.2f}%; FB1: {100 * m.f1:6.2f}",
    ]
    for t, s in scores.per_type.items():
        lines.append(
            f"{t:>17}: precision: {100 * s.precision:6.2f}%; recall: {100 * s.recall:6.2f}%; "
            f"FB1: {100 * s.f1:6.2f}  {s.predicted}"
        )
    return "\n".join(lines)
