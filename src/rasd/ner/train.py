"""Training the CRF NER model (python-crfsuite, L-BFGS with elastic-net regularisation).

Deterministic: the same data, cluster table and parameters give the same model file.
"""

from __future__ import annotations

import hashlib
import json
import logging
import shutil
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from rasd.errors import ModelError
from rasd.ner.charmodel import CharModel, jackknife, labelled_stems
from rasd.ner.conll import Sentence, read_conll
from rasd.ner.features import FeatureConfig, FeatureExtractor
from rasd.ner.tagger import meta_path

log = logging.getLogger(__name__)

CLUSTERS_NAME = "clusters.tsv.gz"
CHARS_NAME = "chars.tsv.gz"
CHAR_FOLDS = 5


@dataclass(slots=True)
class TrainReport:
    model_path: str
    sentences: int
    tokens: int
    seconds: float
    model_bytes: int
    version: str
    params: dict[str, Any] = field(default_factory=dict)
    features: dict[str, Any] = field(default_factory=dict)
    cluster_seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:12]


def split_dev(sentences: list[Sentence], fraction: float) -> tuple[list[Sentence], list[Sentence]]:
    """Hold out the last ``fraction`` of the sentences (contiguous: documents stay together)."""
    cut = len(sentences) - int(len(sentences) * fraction)
    return sentences[:cut], sentences[cut:]


def train_sentences(
    sentences: list[Sentence],
    out_path: Path,
    *,
    config: FeatureConfig,
    clusters_path: Path | None,
    c1: float,
    c2: float,
    max_iterations: int,
) -> tuple[float, int]:
    """Train on ``sentences`` and write the CRF to ``out_path``; returns (seconds, tokens)."""
    import pycrfsuite

    extractor = FeatureExtractor.from_files(config, clusters_path)
    trainer = pycrfsuite.Trainer(verbose=False)
    tokens = 0
    t0 = time.perf_counter()
    folds = CHAR_FOLDS if config.charngrams else 1
    models = jackknife([(s.words, s.tags) for s in sentences], folds) if config.charngrams else [None]
    for k in range(folds):
        extractor.charmodel = models[k]
        for s in sentences[k::folds]:
            trainer.append(extractor.sentence(s.words), s.tags)
            tokens += len(s.words)
    if config.charngrams:
        CharModel.fit(labelled_stems([(s.words, s.tags) for s in sentences])).save(
            out_path.with_name(CHARS_NAME)
        )
    trainer.set_params(
        {
            "c1": c1,
            "c2": c2,
            "max_iterations": max_iterations,
            "feature.possible_transitions": True,
        }
    )
    out_path.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out_path))
    return time.perf_counter() - t0, tokens


def train_model(
    train_path: Path,
    out_path: Path,
    *,
    seed: int = 0,
    clusters_path: Path | None = None,
    config: FeatureConfig | None = None,
    c1: float = 0.15,
    c2: float = 0.05,
    max_iterations: int = 300,
) -> TrainReport:
    """Train on a ``word TAG`` file and write ``out_path`` (+ ``*.meta.json`` and the cluster table).

    ``seed`` is recorded for the record: L-BFGS training is deterministic and needs none.
    The defaults c1 = 0.15, c2 = 0.05 were chosen on the last 10% of ANERcorp train (held out):
    71.05 F1 there, against 70.18 for c1 = 0.05, c2 = 0.01 and 70.15 for pure L2 (c2 = 0.1, a 34 MB
    model).
    """
    config = config or FeatureConfig()
    if config.clusters and clusters_path is None:
        raise ModelError("clusters are enabled but no cluster table was given (clusters_path)")
    sentences = read_conll(train_path)
    seconds, tokens = train_sentences(
        sentences,
        out_path,
        config=config,
        clusters_path=clusters_path,
        c1=c1,
        c2=c2,
        max_iterations=max_iterations,
    )
    meta: dict[str, Any] = {
        "version": file_hash(out_path),
        "features": config.to_dict(),
        "params": {"c1": c1, "c2": c2, "max_iterations": max_iterations, "seed": seed},
        "train": {"file": train_path.name, "sentences": len(sentences), "tokens": tokens},
    }
    if config.clusters and clusters_path is not None:
        target = out_path.with_name(CLUSTERS_NAME)
        if clusters_path.resolve() != target.resolve():
            shutil.copyfile(clusters_path, target)
        meta["clusters"] = CLUSTERS_NAME
        meta["clusters_hash"] = file_hash(target)
    if config.charngrams:
        meta["charmodel"] = CHARS_NAME
        meta["charmodel_hash"] = file_hash(out_path.with_name(CHARS_NAME))
    meta_path(out_path).write_text(
        json.dumps(meta, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8"
    )
    report = TrainReport(
        str(out_path),
        len(sentences),
        tokens,
        round(seconds, 1),
        out_path.stat().st_size,
        meta["version"],
        meta["params"],
        meta["features"],
    )
    log.info("trained NER model %s in %.0fs", out_path, seconds)
    return report


def train_from_shared(
    shared: Path,
    out_dir: Path,
    *,
    config: FeatureConfig | None = None,
    reuse_clusters: bool = False,
    **params: Any,
) -> TrainReport:
    """Build the word clusters from ``shared/data/saudinewsnet`` (unless ``reuse_clusters`` and a
    table is already in ``out_dir``) and train on ``shared/data/anercorp/train.txt`` into ``out_dir``.

    What ``scripts/train_ner.py`` (and ``rasd train-ner``) runs; ``params`` go to :func:`train_model`.
    """
    from rasd.ner.clusters import ClusterTable, build_clusters, iter_saudinewsnet

    config = config or FeatureConfig()
    data = shared / "data"
    out_dir.mkdir(parents=True, exist_ok=True)
    clusters_path = out_dir / CLUSTERS_NAME
    t0 = time.perf_counter()
    if config.clusters and not (reuse_clusters and clusters_path.exists()):
        build_clusters(iter_saudinewsnet(data / "saudinewsnet")).save(clusters_path)
    cluster_seconds = time.perf_counter() - t0
    if config.clusters:
        ClusterTable.load(clusters_path)  # fail early on a broken table
    report = train_model(
        data / "anercorp" / "train.txt",
        out_dir / "ner.crfsuite",
        clusters_path=clusters_path if config.clusters else None,
        config=config,
        **params,
    )
    report.cluster_seconds = round(cluster_seconds, 1)
    return report
