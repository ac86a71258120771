"""Quality gates on the annotated SaudiNewsNet sets (read from ../shared at run time)."""

from __future__ import annotations

from pathlib import Path

import pytest

from rasd.dates.evaluate import evaluate, main
from tests.conftest import REPO, shared_path

GOLD = REPO / "eval" / "dates"


@pytest.mark.shared
@pytest.mark.parametrize("name", ["dev.jsonl", "test.jsonl"])
def test_date_accuracy(name: str) -> None:
    result = evaluate(GOLD / name, shared_path())
    assert result["accuracy"] >= 0.90, result


def test_missing_gold_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--gold", str(tmp_path / "none.jsonl")]) == 2
    assert capsys.readouterr().err.startswith("error:")
