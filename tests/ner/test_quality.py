"""Quality gate: the shipped model on the ANERcorp test split (CAMeL Lab split), entity-level F1."""

from __future__ import annotations

import pytest

from rasd.ner.evaluate import evaluate, format_scores
from rasd.ner.tagger import default_model_path
from tests.conftest import shared_path

MICRO_F1_FLOOR = 0.80


@pytest.mark.shared
def test_shipped_model_micro_f1_on_anercorp_test() -> None:
    test_file = shared_path("data", "anercorp", "test.txt")
    assert default_model_path().exists(), "the shipped NER model is missing (scripts/train_ner.py)"
    scores = evaluate(None, test_file)
    report = format_scores(scores)
    assert scores.tokens > 20_000, report
    assert scores.micro.f1 >= MICRO_F1_FLOOR, report
    for t in ("PERS", "LOC", "ORG", "MISC"):
        assert t in scores.per_type, report
