"""Training and evaluating a tiny model end to end (original, fictional sentences)."""

from __future__ import annotations

from pathlib import Path

import pytest

from rasd.errors import InputError, ModelError
from rasd.ner.evaluate import evaluate, format_scores
from rasd.ner.features import FeatureConfig
from rasd.ner.tagger import NerModel, read_meta
from rasd.ner.train import train_model

SENTENCES = [
    [("قال", "O"), ("الوزير", "O"), ("سامر", "B-PERS"), ("الزيتوني", "I-PERS"), ("في", "O")],
    [("زارت", "O"), ("ليلى", "B-PERS"), ("النجار", "I-PERS"), ("مدينة", "O"), ("الفضة", "B-LOC")],
    [("أعلنت", "O"), ("شركة", "O"), ("النخيل", "B-ORG"), ("الذهبي", "I-ORG"), ("أرباحها", "O")],
    [("ربح", "O"), ("فريق", "O"), ("الواحة", "B-LOC"), ("كأس", "B-MISC"), ("الرمال", "I-MISC")],
    [("وقال", "O"), ("سامر", "B-PERS"), ("إن", "O"), ("شركة", "O"), ("النخيل", "B-ORG"), ("تنمو", "O")],
]


def _write(path: Path) -> Path:
    path.write_text("\n\n".join("\n".join(f"{w} {t}" for w, t in s) for s in SENTENCES * 4) + "\n")
    return path


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _write(tmp_path_factory.mktemp("ner") / "tiny.txt")


def test_train_evaluate_roundtrip(data: Path, tmp_path: Path) -> None:
    out = tmp_path / "m" / "ner.crfsuite"
    cfg = FeatureConfig(clusters=False)
    report = train_model(data, out, config=cfg, max_iterations=50)
    assert out.exists() and report.sentences == 20 and report.tokens > 0
    meta = read_meta(out)
    assert meta["version"] == report.version and meta["features"]["clusters"] is False
    assert (out.parent / meta["charmodel"]).exists()
    scores = evaluate(out, data)
    assert scores.micro.f1 > 0.9, format_scores(scores)
    assert "PERS" in format_scores(scores)
    tags = NerModel(out).tag(["قال", "الوزير", "سامر", "الزيتوني"])
    assert tags[2:] == ["B-PERS", "I-PERS"]


def test_training_is_deterministic(data: Path, tmp_path: Path) -> None:
    cfg = FeatureConfig(clusters=False)
    a = train_model(data, tmp_path / "a" / "ner.crfsuite", config=cfg, max_iterations=30)
    b = train_model(data, tmp_path / "b" / "ner.crfsuite", config=cfg, max_iterations=30)
    assert a.version == b.version
    assert (tmp_path / "a" / "chars.tsv.gz").read_bytes() == (tmp_path / "b" / "chars.tsv.gz").read_bytes()


def test_clusters_required_when_enabled(data: Path, tmp_path: Path) -> None:
    with pytest.raises(ModelError):
        train_model(data, tmp_path / "ner.crfsuite", config=FeatureConfig(clusters=True))


def test_missing_model_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="not found"):
        NerModel(tmp_path / "none.crfsuite")


def test_train_from_shared_layout(data: Path, tmp_path: Path) -> None:
    from rasd.ner.train import train_from_shared

    shared = tmp_path / "shared"
    (shared / "data" / "anercorp").mkdir(parents=True)
    (shared / "data" / "anercorp" / "train.txt").write_bytes(data.read_bytes())
    cfg = FeatureConfig(clusters=False)
    report = train_from_shared(shared, tmp_path / "out", config=cfg, max_iterations=20)
    assert (tmp_path / "out" / "ner.crfsuite").exists() and report.cluster_seconds >= 0
    with pytest.raises(InputError):  # clusters enabled but no SaudiNewsNet zips
        train_from_shared(shared, tmp_path / "out2")
