"""The pairwise evaluation script on a tiny fictional corpus."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from rasd.entities.evaluate import build_documents, evaluate, main, mark_names, read_pairs
from rasd.errors import InputError
from tests.conftest import shared_path

ARTICLES = [
    {"url": "u1", "content": "قال الرئيس يوهان برونسن إن الاتفاق الخيالي قريب، وأضاف برونسن أنه متفائل."},
    {"url": "u2", "content": "وصرح يوهان برونسين في قصة متخيلة بأن الاتفاق قريب."},
    {"url": "u3", "content": "قالت إلسا برونسن إن الفريق الخيالي جاهز."},
    {"url": "u4", "content": "وصل الوفد الخيالي إلى بيونغ يانغ ثم عاد."},
    {"url": "u5", "content": "غادر الوفد الخيالي بيونج يانج أمس."},
]
PAIRS = """label\tleft\tleft_type\tleft_url\tright\tright_type\tright_url\tnote
same\tيوهان برونسن\tPERS\tu1\tيوهان برونسين\tPERS\tu2\t
same\tبرونسن\tPERS\tu1\tيوهان برونسين\tPERS\tu2\tsurname after the full name
different\tيوهان برونسن\tPERS\tu1\tإلسا برونسن\tPERS\tu3\t
same\tبيونغ يانغ\tLOC\tu4\tبيونج يانج\tLOC\tu5\t
"""


def _corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "snn"
    corpus.mkdir()
    with zipfile.ZipFile(corpus / "2015-07-21.zip", "w") as zf:
        zf.writestr("2015-07-21.json", json.dumps(ARTICLES, ensure_ascii=False))
    return corpus


def test_metrics_on_a_fictional_corpus(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pairs = tmp_path / "pairs.tsv"
    pairs.write_text(PAIRS, encoding="utf-8")
    assert main([str(pairs), "--corpus", str(_corpus(tmp_path)), "--errors"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert (result["tp"], result["fp"], result["fn"], result["tn"]) == (3, 0, 0, 1)
    assert result["precision"] == 1.0 and result["recall"] == 1.0 and result["errors"] == []


def test_missing_corpus_and_bad_rows_are_one_line_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pairs = tmp_path / "pairs.tsv"
    pairs.write_text(PAIRS, encoding="utf-8")
    assert main([str(pairs), "--corpus", str(tmp_path / "nowhere")]) == 2
    assert capsys.readouterr().err.count("\n") == 1
    bad = tmp_path / "bad.tsv"
    bad.write_text("maybe\tx\n", encoding="utf-8")
    with pytest.raises(InputError):
        read_pairs(bad)


def test_mark_names_allows_an_attached_clitic() -> None:
    text = "وقال وبرونسن وبرونسنات"
    spans = [(m.text, m.start) for m in mark_names(text, [("برونسن", "PERS")])]
    assert spans == [("وبرونسن", 5)]


PAIRS_FILE = Path(__file__).resolve().parents[2] / "eval" / "entities" / "pairs.tsv"


def test_the_shipped_pairs_file_is_well_formed() -> None:
    pairs = read_pairs(PAIRS_FILE)
    assert len(pairs) >= 150
    assert sum(p.same for p in pairs) >= 50 and sum(not p.same for p in pairs) >= 50
    assert all(p.left.url != p.right.url for p in pairs)
    assert all(len(s.name) < 40 for p in pairs for s in (p.left, p.right))


@pytest.mark.shared
@pytest.mark.slow
def test_quality_gate_on_saudinewsnet_pairs() -> None:
    """Floors for the merge decision on real articles (measured: P 1.000, R 0.926)."""
    corpus = shared_path("data", "saudinewsnet")
    pairs = read_pairs(PAIRS_FILE)
    result = evaluate(pairs, build_documents(pairs, corpus))
    assert result["precision"] >= 0.97
    assert result["recall"] >= 0.88
