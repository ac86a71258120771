"""Quality gates on the annotated SaudiNewsNet sets (read from ../shared at run time)."""

from __future__ import annotations

from pathlib import Path

import pytest

from rasd.quantities.evaluate import evaluate, main
from tests.conftest import REPO, shared_path

GOLD = REPO / "eval" / "quantities"


@pytest.mark.shared
@pytest.mark.parametrize("name", ["dev.jsonl", "test.jsonl"])
def test_quantity_precision_recall(name: str) -> None:
    result = evaluate(GOLD / name, shared_path())
    assert result["precision"] >= 0.95, result
    assert result["recall"] >= 0.90, result


def test_missing_shared_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--shared", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error:") and "SaudiNewsNet" in err and "Traceback" not in err
