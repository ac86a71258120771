"""Context encoders pre-trained on SaudiNewsNet: what the words around a slot say about it.

Two small networks read the :data:`WINDOW` words before a token (left) and after it (right) — each
word as the NER tagger's own inputs: its fixed SaudiNewsNet vector and three cluster ids
(:mod:`rasd.ner.encode`) — and are trained, on millions of unlabelled words, to predict the token
itself (a cloze task, through one shared adaptive softmax over the most frequent words). Their hidden
layers, frozen, are the NER network's contextual features (:mod:`rasd.ner.nn_train`): they carry what
the large corpus knows about slots such as ``قال الرئيس ___`` or ``___ للأنباء``, which the 130k
words of ANERcorp cannot teach. Being feed-forward, they cost a few matrix products per sentence at
tagging time (:mod:`rasd.ner.neural`, NumPy); the softmax is used for pre-training only.

Pre-training is single-threaded and deterministic (PyTorch, ``.[train]`` extra).
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from rasd.ner.encode import Encoder

log = logging.getLogger(__name__)

WINDOW = 3
LM_WEIGHTS = (
    "lm_cluster0",
    "lm_cluster1",
    "lm_cluster2",
    "lm_edge",
    "lm_left_w",
    "lm_left_b",
    "lm_right_w",
    "lm_right_b",
)
KIND_CLUSTERS = 1
"""Which cluster granularity (of :mod:`rasd.ner.clusters`) the second head predicts for the slot:
rare words such as names fall outside the softmax's words but keep their cluster."""
EDGE = 0
"""Stream id of the sentence edge (padding around each sentence); also its target never occurs."""


@dataclass(frozen=True, slots=True)
class LmParams:
    """Pre-training settings (see docs/ner.md for how they were chosen)."""

    hidden: int = 128
    cluster_dim: int = 16
    out_words: int = 10_000
    """Words predicted by the softmax (the most frequent vector words; others are *unknown*)."""
    cutoffs: tuple[int, ...] = (300, 2_000)
    max_tokens: int = 5_000_000
    """Corpus sample size in tokens (whole sentences, seeded shuffle)."""
    max_len: int = 200
    batch: int = 2048
    lr: float = 2e-3
    epochs: int = 1
    seed: int = 0

    def to_dict(self) -> dict[str, Any]:
        out = {f: getattr(self, f) for f in self.__dataclass_fields__}
        out["cutoffs"] = list(self.cutoffs)
        return out


@dataclass(slots=True)
class LmCorpus:
    """Encoded sentences as one stream, :data:`WINDOW` edge slots around each sentence: word ids
    ``words`` [N], cluster ids ``clusters`` [N,3] (the encoder's ids; 0 at edges), ``edge`` [N] and
    the stream positions of real tokens ``positions`` [M]."""

    words: Any
    clusters: Any
    edge: Any
    positions: Any


def encode_corpus(encoder: Encoder, sentences: Iterable[Sequence[str]], p: LmParams) -> LmCorpus:
    """A seeded sample of ``sentences`` (token texts) of about ``p.max_tokens`` tokens, encoded."""
    import numpy as np

    pool = [s for s in sentences if 0 < len(s) <= p.max_len]
    random.Random(p.seed).shuffle(pool)
    words: list[int] = [EDGE] * WINDOW
    clusters: list[tuple[int, int, int]] = [(0, 0, 0)] * WINDOW
    total = 0
    for sent in pool:
        if total >= p.max_tokens:
            break
        for tok in sent:
            w, c = encoder.token_ids(tok)
            words.append(w)
            clusters.append(c)
        words += [EDGE] * WINDOW
        clusters += [(0, 0, 0)] * WINDOW
        total += len(sent)
    arr = np.array(words, np.int64)
    edge = np.zeros(len(arr), np.float32)
    edge[arr == EDGE] = 1.0
    log.info("LM corpus: %d tokens (of %d sentences)", total, len(pool))
    return LmCorpus(arr, np.array(clusters, np.int64), edge, np.flatnonzero(arr != EDGE))


def _torch() -> Any:
    from rasd.ner.nn_train import _torch as get

    return get()


def build_lm(encoder: Encoder, vectors: Any, p: LmParams) -> Any:
    """The PyTorch pre-training module (word vectors fixed; clusters, edge and layers learned)."""
    torch = _torch()
    nn = torch.nn

    class Lm(nn.Module):  # type: ignore[misc,name-defined]
        def __init__(self) -> None:
            super().__init__()
            self.word = nn.Embedding.from_pretrained(torch.as_tensor(vectors), freeze=True, padding_idx=0)
            self.clusters = nn.ModuleList([nn.Embedding(k + 1, p.cluster_dim) for k in encoder.clusters.ks])
            d_in = vectors.shape[1] + 3 * p.cluster_dim
            self.edge = nn.Parameter(torch.zeros(d_in))
            self.left = nn.Linear(WINDOW * d_in, p.hidden)
            self.right = nn.Linear(WINDOW * d_in, p.hidden)
            self.soft = nn.AdaptiveLogSoftmaxWithLoss(
                p.hidden, p.out_words + 2, list(p.cutoffs), div_value=4.0
            )
            self.kind = nn.Linear(p.hidden, encoder.clusters.ks[KIND_CLUSTERS] + 1)

        def inputs(self, words: Any, clusters: Any, edge: Any) -> Any:
            parts = [self.word(words)] + [e(clusters[..., k]) for k, e in enumerate(self.clusters)]
            return torch.cat(parts, -1) + edge[..., None] * self.edge

    return Lm()


def _loss(lm: Any, pos: Any, corpus: LmCorpus, p: LmParams) -> Any:
    """Cloze loss of both encoders at stream positions ``pos`` [K]."""
    torch = _torch()
    span = torch.arange(-WINDOW, WINDOW + 1)
    idx = pos[:, None] + span[None, :]  # K, 2W+1
    t = torch.as_tensor
    x = lm.inputs(t(corpus.words)[idx], t(corpus.clusters)[idx], t(corpus.edge)[idx])
    k = x.shape[0]
    left = torch.tanh(lm.left(x[:, :WINDOW].reshape(k, -1)))
    right = torch.tanh(lm.right(x[:, WINDOW + 1 :].reshape(k, -1)))
    target = t(corpus.words)[pos]
    target = torch.where(target < p.out_words + 2, target, torch.ones_like(target))
    hidden = torch.cat([left, right])
    kinds = t(corpus.clusters)[pos, KIND_CLUSTERS]
    kind_loss = torch.nn.functional.cross_entropy(lm.kind(hidden), torch.cat([kinds, kinds]))
    return lm.soft(hidden, torch.cat([target, target])).loss + kind_loss


def pretrain_lm(encoder: Encoder, vectors: Any, corpus: LmCorpus, p: LmParams, *, threads: int = 1) -> Any:
    """Pre-train on ``corpus``; returns the module (the loss is logged every 500 batches)."""
    torch = _torch()
    torch.manual_seed(p.seed)
    torch.set_num_threads(threads)
    lm = build_lm(encoder, vectors, p)
    opt = torch.optim.Adam([q for q in lm.parameters() if q.requires_grad], lr=p.lr)
    gen = torch.Generator().manual_seed(p.seed)
    positions = torch.as_tensor(corpus.positions)
    for epoch in range(p.epochs):
        order = positions[torch.randperm(len(positions), generator=gen)]
        t0, run, n = time.perf_counter(), 0.0, (len(order) + p.batch - 1) // p.batch
        for b in range(n):
            loss = _loss(lm, order[b * p.batch : (b + 1) * p.batch], corpus, p)
            opt.zero_grad()
            loss.backward()
            opt.step()
            run += float(loss.item())
            if (b + 1) % 500 == 0:
                log.info(
                    "LM epoch %d batch %d/%d loss %.3f (%.0fs)",
                    epoch + 1,
                    b + 1,
                    n,
                    run / 500,
                    time.perf_counter() - t0,
                )
                run = 0.0
    lm.eval()
    return lm


def export_lm(lm: Any) -> dict[str, Any]:
    """The encoders' weights under :data:`LM_WEIGHTS` (NumPy float32; the softmax is not exported)."""

    def a(x: Any) -> Any:
        return x.detach().cpu().numpy().astype("float32")

    return {
        **{f"lm_cluster{k}": a(e.weight) for k, e in enumerate(lm.clusters)},
        "lm_edge": a(lm.edge),
        "lm_left_w": a(lm.left.weight),
        "lm_left_b": a(lm.left.bias),
        "lm_right_w": a(lm.right.weight),
        "lm_right_b": a(lm.right.bias),
    }
