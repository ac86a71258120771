"""Quality gate: the shipped model on the ANERcorp test split (CAMeL Lab split), entity-level F1."""

from __future__ import annotations

import pytest

from rasd.ner.evaluate import evaluate, format_scores
from rasd.ner.tagger import default_model_path
from tests.conftest import shared_path

# The task's target is 0.80 micro F1; the shipped BiLSTM-CRF measures 0.760 sentence by sentence and
# 0.772 with document-level consistency (docs/ner.md; the same design with the small gazetteers:
# 0.756 / 0.767; the CRF before it: 0.713 / 0.730). The floors below guard what is measured (raised
# from 0.70 / 0.72 with the neural model, then from 0.745 / 0.755 with the larger gazetteers); the 0.80
# target is NOT met and is reported as such (not lowered quietly).
TARGET_MICRO_F1 = 0.80
MICRO_F1_FLOOR = 0.755
MICRO_F1_FLOOR_CONSISTENCY = 0.765


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
    assert scores.per_type["LOC"].f1 >= 0.89, report
    assert scores.per_type["PERS"].f1 >= 0.72 and scores.per_type["ORG"].f1 >= 0.60, report
    assert scores.seconds < 30, f"evaluation too slow: {scores.seconds:.1f}s"


@pytest.mark.shared
def test_shipped_model_with_document_consistency() -> None:
    test_file = shared_path("data", "anercorp", "test.txt")
    scores = evaluate(None, test_file, doc_sentences=20)
    assert scores.micro.f1 >= MICRO_F1_FLOOR_CONSISTENCY, format_scores(scores)
