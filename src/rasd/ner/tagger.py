"""Loading the NER model (lazily) and tagging token sequences.

Two kinds of model share one interface (:class:`Tagger`: ``tag``, ``tag_many``, ``version``):

* ``bilstm-crf`` (shipped): NumPy weights ``ner.npz``, vocabularies ``vocab.json.gz`` and the
  cluster table, run by :mod:`rasd.ner.neural`;
* ``crf``: a python-crfsuite model ``ner.crfsuite`` with its cluster table and character model
  (the first-pass tagger of training, and the previous shipped model).

Each folder has a ``ner.meta.json`` (kind, version hash, features, training report). The shipped
model lives in ``rasd/data/ner/model/`` and is opened on first use, never at import.
"""

from __future__ import annotations

import gzip
import json
import logging
import threading
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Protocol

from rasd.errors import ModelError
from rasd.ner.features import FeatureConfig, FeatureExtractor

log = logging.getLogger(__name__)

MODEL_NAME = "ner.crfsuite"
NEURAL_NAME = "ner.npz"
VOCAB_NAME = "vocab.json.gz"


class Tagger(Protocol):
    """What the pipeline needs of an NER model."""

    path: Path
    version: str
    meta: dict[str, Any]

    def tag(self, words: Sequence[str]) -> list[str]: ...

    def tag_many(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]: ...


def default_model_path() -> Path:
    """Path of the shipped model file (the neural one, else a CRF)."""
    folder = Path(str(resources.files("rasd.data").joinpath("ner", "model")))
    neural = folder / NEURAL_NAME
    return neural if neural.exists() else folder / MODEL_NAME


def meta_path(model_path: Path) -> Path:
    return model_path.with_name(model_path.name.split(".")[0] + ".meta.json")


def read_meta(model_path: Path) -> dict[str, Any]:
    path = meta_path(model_path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ModelError(f"NER model metadata not found: {path} (train it: scripts/train_ner.py)") from exc
    except (OSError, ValueError) as exc:
        raise ModelError(f"cannot read NER model metadata {path}: {exc}") from exc
    if not isinstance(data, dict) or not {"features", "kind"} & data.keys():
        raise ModelError(f"{path} is not NER model metadata")
    return data


def _checked(model_path: Path) -> tuple[Path, dict[str, Any], str]:
    """The model file (which must exist), its metadata and its version."""
    if not model_path.is_file():
        raise ModelError(f"NER model not found: {model_path} (train it: scripts/train_ner.py)")
    meta = read_meta(model_path)
    return model_path, meta, str(meta.get("version", "1"))


class NerModel:
    """A trained CRF with its feature extractor. Thread-safe tagging."""

    def __init__(self, model_path: Path) -> None:
        import pycrfsuite

        self.path, self.meta, self.version = _checked(model_path)
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


class NeuralModel:
    """A trained BiLSTM-CRF (:mod:`rasd.ner.neural`) with its encoder. Thread-safe tagging."""

    def __init__(self, model_path: Path) -> None:
        import numpy as np

        from rasd.ner.clusters import ClusterTable
        from rasd.ner.encode import Encoder, Vocab
        from rasd.ner.neural import BiLstmCrf

        self.path, self.meta, self.version = _checked(model_path)
        try:
            with gzip.open(model_path.with_name(str(self.meta.get("vocab", VOCAB_NAME))), "rt") as fh:
                vocab = Vocab.from_dict(json.load(fh))
            with np.load(model_path) as npz:
                weights = {k: npz[k] for k in npz.files}
        except (OSError, ValueError, KeyError, EOFError) as exc:
            raise ModelError(f"cannot read NER model {model_path}: {exc}") from exc
        clusters = ClusterTable.load(model_path.with_name(str(self.meta.get("clusters", "clusters.tsv.gz"))))
        labels = [str(x) for x in self.meta.get("labels", [])]
        decode = self.meta.get("decode") or {}
        o_bias = float(decode.get("o_bias", 0.0)) if isinstance(decode, dict) else 0.0
        self._net = BiLstmCrf(weights, labels, Encoder(vocab, clusters), o_bias=o_bias)
        self._lock = threading.Lock()

    @property
    def o_bias(self) -> float:
        """The decoding bias against the ``O`` tag (from the model's metadata; settable to tune it)."""
        return self._net.o_bias

    @o_bias.setter
    def o_bias(self, value: float) -> None:
        self._net.o_bias = value

    def tag(self, words: Sequence[str]) -> list[str]:
        return self.tag_many([words])[0]

    def tag_many(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        with self._lock:
            return self._net.tag_many(sentences)


def open_model(model_path: Path) -> Tagger:
    """The model at ``model_path``, of the kind its metadata names (``crf`` when none)."""
    kind = read_meta(model_path).get("kind", "crf")
    if kind == "bilstm-crf":
        return NeuralModel(model_path)
    if kind == "crf":
        return NerModel(model_path)
    raise ModelError(f"unknown NER model kind {kind!r} in {meta_path(model_path)}")


@lru_cache(maxsize=8)
def load_model(model_path: Path | None = None) -> Tagger:
    """The model at ``model_path`` (the shipped one when ``None``), loaded once and cached."""
    return open_model(model_path or default_model_path())


def tag_tokens(words: Sequence[str]) -> list[str]:
    """BIO tags for one sentence of words with the shipped model (loaded on first call)."""
    return load_model().tag(words)


def shipped_version() -> str:
    """Version (content hash) of the shipped model, read from its metadata without loading it."""
    return str(read_meta(default_model_path()).get("version", "1"))
