"""Loading the NER model (lazily) and tagging token sequences.

A model is three files in one folder: the CRF (``ner.crfsuite``), its metadata
(``ner.meta.json``: feature configuration, version hash, training report) and the cluster table it
was trained with (``clusters.tsv.gz``). The shipped model lives in ``rasd/data/ner/model/`` and is
opened on first use, never at import.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from rasd.errors import ModelError
from rasd.ner.features import FeatureConfig, FeatureExtractor

log = logging.getLogger(__name__)

MODEL_NAME = "ner.crfsuite"


def default_model_path() -> Path:
    """Path of the shipped CRF model file."""
    return Path(str(resources.files("rasd.data").joinpath("ner", "model", MODEL_NAME)))


def meta_path(model_path: Path) -> Path:
    return model_path.with_name(model_path.name.removesuffix(".crfsuite") + ".meta.json")


def read_meta(model_path: Path) -> dict[str, Any]:
    path = meta_path(model_path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ModelError(f"NER model metadata not found: {path} (train it: scripts/train_ner.py)") from exc
    except (OSError, ValueError) as exc:
        raise ModelError(f"cannot read NER model metadata {path}: {exc}") from exc
    if not isinstance(data, dict) or "features" not in data:
        raise ModelError(f"{path} is not NER model metadata")
    return data


class NerModel:
    """A trained CRF with its feature extractor. Thread-safe tagging."""

    def __init__(self, model_path: Path) -> None:
        import pycrfsuite

        if not model_path.is_file():
            raise ModelError(f"NER model not found: {model_path} (train it: scripts/train_ner.py)")
        self.path = model_path
        self.meta = read_meta(model_path)
        self.version = str(self.meta.get("version", "1"))
        config = FeatureConfig.from_dict(self.meta["features"])
        clusters = self.meta.get("clusters")
        clusters_path = model_path.with_name(clusters) if isinstance(clusters, str) else None
        chars = self.meta.get("charmodel")
        chars_path = model_path.with_name(chars) if isinstance(chars, str) else None
        self.features = FeatureExtractor.from_files(config, clusters_path, chars_path)
        self._tagger = pycrfsuite.Tagger()
        try:
            self._tagger.open(str(model_path))
        except (OSError, ValueError) as exc:
            raise ModelError(f"cannot open NER model {model_path}: {exc}") from exc
        self._lock = threading.Lock()
        log.debug("loaded NER model %s (version %s)", model_path, self.version)

    def tag(self, words: Sequence[str]) -> list[str]:
        """BIO tags (``B-PERS``, ``I-LOC``, ``O``...) for one sentence of words."""
        if not words:
            return []
        feats = self.features.sentence(words)
        with self._lock:
            return list(self._tagger.tag(feats))

    def tag_many(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        return [self.tag(s) for s in sentences]


@lru_cache(maxsize=8)
def load_model(model_path: Path | None = None) -> NerModel:
    """The model at ``model_path`` (the shipped one when ``None``), loaded once and cached."""
    return NerModel(model_path or default_model_path())


def tag_tokens(words: Sequence[str]) -> list[str]:
    """BIO tags for one sentence of words with the shipped model (loaded on first call)."""
    return load_model().tag(words)


def shipped_version() -> str:
    """Version (content hash) of the shipped model, read from its metadata without loading it."""
    return str(read_meta(default_model_path()).get("version", "1"))
