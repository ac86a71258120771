"""Building the shipped neural NER model from ``../shared`` in one call.

:func:`train_neural_from_shared` runs, in order:

1. the word clusters (:func:`rasd.ner.clusters.build_clusters`, reused when asked);
2. a first-pass CRF trained on ANERcorp train (:func:`rasd.ner.train.train_model`), or a given one;
3. the auto-lexicon: SaudiNewsNet tagged by that CRF (:mod:`rasd.ner.autolex`);
4. word vectors from SaudiNewsNet (:func:`rasd.ner.clusters.word_vectors`);
5. optionally (``lm``, off by default: it gave no gain on the held-out split, docs/ner.md), the
   context encoders pre-trained on SaudiNewsNet (:mod:`rasd.ner.lm`);
6. the BiLSTM-CRF (:mod:`rasd.ner.nn_train`), written as ``ner.npz`` (the word embeddings in
   float16), ``vocab.json.gz`` and ``ner.meta.json``.

With ``snapshot_dir`` every epoch's weights are also kept, so the number of epochs can be chosen on
a held-out run (see docs/ner.md) without training twice.
"""

from __future__ import annotations

import gzip
import json
import logging
import tempfile
import time
from pathlib import Path
from typing import Any

from rasd.data import read_yaml
from rasd.errors import ModelError
from rasd.ner.clusters import ClusterTable, build_clusters, corpus_keys, iter_saudinewsnet, word_vectors
from rasd.ner.conll import Sentence, read_conll
from rasd.ner.encode import Encoder, Vocab
from rasd.ner.features import norm
from rasd.ner.lm import LmParams
from rasd.ner.nn_train import LABELS, NnParams, train_network
from rasd.ner.tagger import VOCAB_NAME, meta_path
from rasd.ner.train import CLUSTERS_NAME, file_hash, train_model

log = logging.getLogger(__name__)

VECTOR_WORDS = 64_000
"""Rows of word embeddings shipped (the most frequent keys); the SVD runs on up to ``VECTOR_VOCAB``."""
VECTOR_VOCAB = 150_000
VECTOR_DIM = 128
VECTOR_CONTEXTS = 10_000


def make_vocab(sentences: list[Sentence], words: list[str], lexicon: dict[str, list[float]]) -> Vocab:
    """The id tables: vector words, characters of the training keys, prefixes of ``clitics.yaml``."""
    chars = sorted({c for s in sentences for w in s.words for c in norm(w)})
    prefixes = sorted(norm(p) for p in read_yaml("ner/clitics.yaml")["prefixes"])
    return Vocab(words, chars, prefixes, lexicon)


def save_neural(out_dir: Path, weights: dict[str, Any], vocab: Vocab, meta: dict[str, Any]) -> Path:
    """Write ``ner.npz`` + ``vocab.json.gz`` + ``ner.meta.json`` into ``out_dir``; returns the npz path."""
    import numpy as np

    out_dir.mkdir(parents=True, exist_ok=True)
    for stale in ("ner.crfsuite", "chars.tsv.gz"):  # one model per folder: a CRF here is replaced
        if (out_dir / stale).exists():
            log.info("removing the replaced CRF file %s", out_dir / stale)
            (out_dir / stale).unlink()
    path = out_dir / "ner.npz"
    arrays = {k: (v.astype(np.float16) if k == "word" else v.astype(np.float32)) for k, v in weights.items()}
    with path.open("wb") as fh:
        np.savez_compressed(fh, **arrays)
    data = json.dumps(vocab.to_dict(), ensure_ascii=False, sort_keys=True).encode("utf-8")
    with (out_dir / VOCAB_NAME).open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as gz:
        gz.write(data)
    meta = {
        **meta,
        "kind": "bilstm-crf",
        "labels": list(LABELS),
        "vocab": VOCAB_NAME,
        "clusters": CLUSTERS_NAME,
    }
    meta["version"] = file_hash(path)
    meta_path(path).write_text(json.dumps(meta, ensure_ascii=False, indent=2, sort_keys=True) + "\n", "utf-8")
    return path


def load_lexicon(path: Path) -> dict[str, list[float]]:
    """An auto-lexicon: JSON ``{word: row}`` or a model's vocabulary file, gzipped or not."""
    opener = gzip.open if path.suffix == ".gz" else open
    try:
        with opener(path, "rt", encoding="utf-8") as fh:
            data = json.load(fh)
    except (OSError, ValueError) as exc:
        raise ModelError(f"cannot read auto-lexicon {path}: {exc}") from exc
    if isinstance(data, dict) and isinstance(data.get("lexicon"), dict):
        data = data["lexicon"]  # a model's vocab.json.gz
    if not isinstance(data, dict):
        raise ModelError(f"{path} is not an auto-lexicon")
    return {str(k): [float(x) for x in v] for k, v in data.items()}


def _first_pass(shared: Path, clusters_path: Path, crf: Path | None, work: Path) -> Path:
    if crf is not None:
        return crf
    out = work / "crf" / "ner.crfsuite"
    train_model(shared / "data" / "anercorp" / "train.txt", out, clusters_path=clusters_path)
    return out


def _context_encoders(
    data: Path, encoder: Encoder, vectors: Any, lm: LmParams | None, lm_file: Path | None, threads: int
) -> dict[str, Any] | None:
    """The pre-trained context encoders' weights: read from ``lm_file``, else pre-trained."""
    import numpy as np

    from rasd.ner.autolex import corpus_sentences
    from rasd.ner.lm import LM_WEIGHTS, encode_corpus, export_lm, pretrain_lm

    if lm_file is not None:
        try:
            with np.load(lm_file) as npz:
                return {k: npz[k].astype(np.float32) for k in LM_WEIGHTS}
        except (OSError, ValueError, KeyError) as exc:
            raise ModelError(f"cannot read context encoders from {lm_file}: {exc}") from exc
    if lm is None:
        return None
    corpus = encode_corpus(encoder, corpus_sentences(iter_saudinewsnet(data / "saudinewsnet")), lm)
    return export_lm(pretrain_lm(encoder, vectors, corpus, lm, threads=threads))


def train_neural_from_shared(
    shared: Path,
    out_dir: Path,
    *,
    params: NnParams | None = None,
    reuse_clusters: bool = False,
    crf: Path | None = None,
    train_file: str = "train.txt",
    parts: int = 2,
    threads: int = 1,
    snapshot_dir: Path | None = None,
    lexicon_file: Path | None = None,
    lm: LmParams | None = None,
    lm_file: Path | None = None,
) -> dict[str, Any]:
    """Train the neural model into ``out_dir`` (see the module doc); returns its metadata.

    ``lexicon_file`` reuses the auto-lexicon of an earlier run (a model's ``vocab.json.gz``, or JSON
    ``{word: row}``); otherwise it is built from SaudiNewsNet with the first-pass CRF. ``lm_file``
    reuses pre-trained context encoders (an ``.npz`` of :func:`rasd.ner.lm.export_lm`, or a model's
    ``ner.npz``) instead of pre-training them with ``lm``.
    """
    from rasd.ner.autolex import build_lexicon

    params = params or NnParams()
    data = shared / "data"
    t0 = time.perf_counter()
    clusters_path = out_dir / CLUSTERS_NAME
    if not (reuse_clusters and clusters_path.exists()):
        build_clusters(iter_saudinewsnet(data / "saudinewsnet")).save(clusters_path)
    if lexicon_file is not None:
        lexicon = load_lexicon(lexicon_file)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            first = _first_pass(shared, clusters_path, crf, Path(tmp))
            lexicon = build_lexicon(first, data / "saudinewsnet", parts=parts)
    wv = word_vectors(
        corpus_keys(iter_saudinewsnet(data / "saudinewsnet")),
        vocab_size=VECTOR_VOCAB,
        n_contexts=VECTOR_CONTEXTS,
        dim=VECTOR_DIM,
        min_count=3,
    )
    sentences = read_conll(data / "anercorp" / train_file)
    vocab = make_vocab(sentences, wv.words[:VECTOR_WORDS], lexicon)
    encoder = Encoder(vocab, ClusterTable.load(clusters_path))
    import numpy as np

    vectors = np.vstack([np.zeros((2, VECTOR_DIM), np.float32), wv.vectors[:VECTOR_WORDS]])
    lm_weights = _context_encoders(data, encoder, vectors, lm, lm_file, threads)
    log.info("NER: inputs ready in %.0fs; training the BiLSTM-CRF", time.perf_counter() - t0)
    weights, history = train_network(
        encoder, vectors, sentences, params, threads=threads, snapshot_dir=snapshot_dir, lm=lm_weights
    )
    meta = {
        "params": params.to_dict(),
        "lm": None if lm_weights is None or lm is None else lm.to_dict(),
        "lm_reused": lm_file is not None,
        "history": history,
        "train": {"file": train_file, "sentences": len(sentences)},
        "clusters_hash": file_hash(clusters_path),
        "seconds": round(time.perf_counter() - t0, 1),
    }
    save_neural(out_dir, weights, vocab, meta)
    return meta
