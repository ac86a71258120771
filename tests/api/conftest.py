"""The API tests run the whole pipeline: they need the shipped NER model."""

from __future__ import annotations

import pytest

from tests.e2e.helpers import require_ner_model


@pytest.fixture(autouse=True)
def _ner_model() -> None:
    require_ner_model()
