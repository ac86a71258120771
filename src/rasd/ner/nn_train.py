"""Training the neural NER tagger (BiLSTM-CRF) with PyTorch on the CPU.

PyTorch is needed here only (``pip install -e '.[train]'``); tagging runs the exported weights with
NumPy (:mod:`rasd.ner.neural`). The network mirrors :class:`rasd.ner.neural.BiLstmCrf` exactly:
packed sequences (padding never enters the LSTM), a masked character max-pool and the same weight
names. Training is deterministic on one thread with a fixed seed (``torch.use_deterministic_algorithms``).
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rasd.errors import ModelError
from rasd.ner.conll import Sentence, chunks
from rasd.ner.encode import GAZ_FLAGS, LEX_DIM, SHAPES, Batch, Encoder

log = logging.getLogger(__name__)

LABELS = ("O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC")


@dataclass(frozen=True, slots=True)
class NnParams:
    """Hyper-parameters (chosen on the last 10% of ANERcorp train, held out; see docs/ner.md)."""

    epochs: int = 30
    batch: int = 16
    lr: float = 1e-3
    hidden: int = 128
    cluster_dim: int = 16
    prefix_dim: int = 8
    shape_dim: int = 4
    char_dim: int = 32
    char_filters: int = 64
    dropout: float = 0.5
    freeze_words: bool = True
    """Keep the SaudiNewsNet word vectors fixed, so words unseen in training stay comparable."""
    max_train_len: int = 150
    average_last: int = 15
    """Ship the mean of the weights after each of the last N epochs (0: the last epoch's weights)."""
    seed: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {f: getattr(self, f) for f in self.__dataclass_fields__}


def _torch() -> Any:
    try:
        import torch
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ModelError("training the neural NER model needs PyTorch: pip install -e '.[train]'") from exc
    return torch


def build_network(encoder: Encoder, vectors: Any, p: NnParams, lm: Mapping[str, Any] | None = None) -> Any:
    """The PyTorch module; ``vectors`` [n_words, dim] initialise the word embeddings (rows 0/1 zero).
    With ``lm`` (pre-trained context encoders, :func:`rasd.ner.lm.export_lm`), their frozen hidden
    layers are appended to each token's input."""
    torch = _torch()
    nn = torch.nn
    ctx_dim = 0 if lm is None else 2 * lm["lm_left_b"].shape[0]

    class Net(nn.Module):  # type: ignore[misc,name-defined]
        def __init__(self) -> None:
            super().__init__()
            dim = vectors.shape[1]
            self.word = nn.Embedding(encoder.n_words, dim, padding_idx=0)
            with torch.no_grad():
                self.word.weight.copy_(torch.as_tensor(vectors))
            self.word.weight.requires_grad_(not p.freeze_words)
            self.clusters = nn.ModuleList([nn.Embedding(k + 1, p.cluster_dim) for k in encoder.clusters.ks])
            self.prefix = nn.Embedding(encoder.n_prefixes, p.prefix_dim)
            self.shape = nn.Embedding(len(SHAPES), p.shape_dim)
            self.char = nn.Embedding(encoder.n_chars, p.char_dim, padding_idx=0)
            self.conv = nn.Conv1d(p.char_dim, p.char_filters, 3, padding=1)
            d_in = dim + 3 * p.cluster_dim + p.prefix_dim + p.shape_dim + p.char_filters
            self.drop = nn.Dropout(p.dropout)
            self.lstm = nn.LSTM(
                d_in + len(GAZ_FLAGS) + LEX_DIM + ctx_dim, p.hidden, batch_first=True, bidirectional=True
            )
            self.lm = None if lm is None else {k: torch.as_tensor(v) for k, v in lm.items()}
            self.out = nn.Linear(2 * p.hidden, len(LABELS))
            self.start = nn.Parameter(torch.zeros(len(LABELS)))
            self.trans = nn.Parameter(torch.zeros(len(LABELS), len(LABELS)))
            self.end = nn.Parameter(torch.zeros(len(LABELS)))

        def emissions(self, b: Batch) -> Any:
            t = torch.as_tensor
            ce = self.char(t(b.chars)).transpose(1, 2)
            conv = torch.relu(self.conv(ce)).transpose(1, 2)  # U, C, F
            conv = conv.masked_fill(~t(b.char_mask).unsqueeze(2), float("-inf")).max(1).values
            conv = torch.where(torch.isfinite(conv), conv, torch.zeros_like(conv))
            parts = [self.word(t(b.words))]
            parts += [e(t(b.clusters[:, k])) for k, e in enumerate(self.clusters)]
            parts += [self.prefix(t(b.prefixes)), self.shape(t(b.shapes)), conv]
            types = t(b.types)
            feats = [torch.cat(parts, 1)[types], t(b.gaz), t(b.lexicon)[types]]
            if self.lm is not None:
                with torch.no_grad():
                    feats.append(context_states(self.lm, self.word.weight, b))
            x = torch.cat(feats, 2)
            x = self.drop(x)
            slen = types.shape[1]
            packed = nn.utils.rnn.pack_padded_sequence(
                x, t(b.lengths), batch_first=True, enforce_sorted=False
            )
            h, _ = self.lstm(packed)
            h, _ = nn.utils.rnn.pad_packed_sequence(h, batch_first=True, total_length=slen)
            return self.out(self.drop(h))

    return Net()


def context_states(lm: Mapping[str, Any], word: Any, b: Batch) -> Any:
    """The frozen context encoders' hidden layers [B,T,2H] (PyTorch twin of the NumPy pass)."""
    torch = _torch()
    from rasd.ner.lm import WINDOW

    t = torch.as_tensor
    x = torch.cat([word[t(b.words)]] + [lm[f"lm_cluster{k}"][t(b.clusters[:, k])] for k in range(3)], 1)
    edge = torch.cat([word[0]] + [lm[f"lm_cluster{k}"][0] for k in range(3)]) + lm["lm_edge"]
    x = torch.cat([x, edge[None, :]], 0)  # the last row: the sentence edge, as in pre-training
    bsz, slen = b.types.shape
    live = torch.arange(slen)[None, :] < t(b.lengths)[:, None]
    rows = torch.full((bsz, slen + 2 * WINDOW), x.shape[0] - 1, dtype=torch.long)
    rows[:, WINDOW : WINDOW + slen] = torch.where(
        live, t(b.types), torch.full_like(t(b.types), x.shape[0] - 1)
    )
    seq = x[rows]
    left = torch.cat([seq[:, k : k + slen] for k in range(WINDOW)], 2)
    right = torch.cat([seq[:, WINDOW + 1 + k : WINDOW + 1 + k + slen] for k in range(WINDOW)], 2)
    h_left = torch.tanh(left @ lm["lm_left_w"].T + lm["lm_left_b"])
    h_right = torch.tanh(right @ lm["lm_right_w"].T + lm["lm_right_b"])
    return torch.cat([h_left, h_right], 2)


def crf_nll(net: Any, em: Any, tags: Any, lengths: Any) -> Any:
    """Negative log-likelihood of the gold paths under the linear-chain CRF (summed over the batch)."""
    torch = _torch()
    slen = em.shape[1]
    mask = (torch.arange(slen)[None, :] < lengths[:, None]).float()
    score = net.start[tags[:, 0]] + em[:, 0].gather(1, tags[:, :1]).squeeze(1)
    alpha = net.start + em[:, 0]
    for j in range(1, slen):
        m = mask[:, j]
        step = net.trans[tags[:, j - 1], tags[:, j]] + em[:, j].gather(1, tags[:, j : j + 1]).squeeze(1)
        score = score + step * m
        nxt = torch.logsumexp(alpha.unsqueeze(2) + net.trans + em[:, j].unsqueeze(1), 1)
        alpha = nxt * m[:, None] + alpha * (1 - m[:, None])
    last = tags.gather(1, (lengths - 1).unsqueeze(1)).squeeze(1)
    score = score + net.end[last]
    return (torch.logsumexp(alpha + net.end, 1) - score).sum()


def export_weights(net: Any) -> dict[str, Any]:
    """The network's weights under :data:`rasd.ner.neural.WEIGHT_NAMES` (NumPy float32 arrays)."""

    def a(x: Any) -> Any:
        return x.detach().cpu().numpy().astype("float32")

    lstm = net.lstm
    return {
        "word": a(net.word.weight),
        **{f"cluster{k}": a(e.weight) for k, e in enumerate(net.clusters)},
        "prefix": a(net.prefix.weight),
        "shape": a(net.shape.weight),
        "char": a(net.char.weight),
        "conv_w": a(net.conv.weight),
        "conv_b": a(net.conv.bias),
        "lstm_f_ih": a(lstm.weight_ih_l0),
        "lstm_f_hh": a(lstm.weight_hh_l0),
        "lstm_f_b": a(lstm.bias_ih_l0 + lstm.bias_hh_l0),
        "lstm_b_ih": a(lstm.weight_ih_l0_reverse),
        "lstm_b_hh": a(lstm.weight_hh_l0_reverse),
        "lstm_b_b": a(lstm.bias_ih_l0_reverse + lstm.bias_hh_l0_reverse),
        "out_w": a(net.out.weight),
        "out_b": a(net.out.bias),
        "crf_start": a(net.start),
        "crf_trans": a(net.trans),
        "crf_end": a(net.end),
        **({} if net.lm is None else {k: a(v) for k, v in net.lm.items()}),
    }


def _f1(gold: Sequence[Sequence[str]], pred: Sequence[Sequence[str]]) -> float:
    g = p = c = 0
    for gs, ps in zip(gold, pred, strict=True):
        a, b = set(chunks(gs)), set(chunks(ps))
        g, p, c = g + len(a), p + len(b), c + len(a & b)
    return 2 * c / (g + p) if g + p else 0.0


def _snapshot(net: Any, path: Path) -> None:
    import numpy as np

    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as fh:
        np.savez_compressed(fh, **export_weights(net))


def train_network(
    encoder: Encoder,
    vectors: Any,
    sentences: Sequence[Sentence],
    params: NnParams,
    *,
    dev: Sequence[Sentence] = (),
    threads: int = 1,
    snapshot_dir: Path | None = None,
    lm: Mapping[str, Any] | None = None,
) -> tuple[dict[str, Any], list[dict[str, float]]]:
    """Train for ``params.epochs`` epochs; returns the exported weights and a per-epoch log
    (loss, seconds and, with ``dev``, the dev F1 of a NumPy tagger built from that epoch's weights).
    With ``snapshot_dir``, each epoch's weights are saved there as ``epoch-N.npz``.
    """
    from rasd.ner.neural import BiLstmCrf

    torch = _torch()
    torch.manual_seed(params.seed)
    torch.use_deterministic_algorithms(True)
    torch.set_num_threads(threads)
    rng = random.Random(params.seed)
    net = build_network(encoder, vectors, params, lm)
    opt = torch.optim.Adam([q for q in net.parameters() if q.requires_grad], lr=params.lr)
    data = [s for s in sentences if 0 < len(s.words) <= params.max_train_len]
    history: list[dict[str, float]] = []
    total_w: dict[str, Any] = {}
    for epoch in range(params.epochs):
        net.train()
        rng.shuffle(data)
        t0, total = time.perf_counter(), 0.0
        for k in range(0, len(data), params.batch):
            part = data[k : k + params.batch]
            b = encoder.encode([s.words for s in part])
            tags = torch.zeros(b.types.shape, dtype=torch.long)
            for i, s in enumerate(part):
                tags[i, : len(s.tags)] = torch.as_tensor([LABELS.index(x) for x in s.tags])
            loss = crf_nll(net, net.emissions(b), tags, torch.as_tensor(b.lengths))
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(net.parameters(), 5.0)
            opt.step()
            total += float(loss.item())
        entry = {"epoch": epoch + 1, "loss": round(total, 1), "seconds": round(time.perf_counter() - t0, 1)}
        if snapshot_dir is not None:
            _snapshot(net, snapshot_dir / f"epoch-{epoch + 1}.npz")
        if epoch >= params.epochs - params.average_last:
            for name, v in export_weights(net).items():
                total_w[name] = total_w[name] + v if name in total_w else v.astype("float64")
        if dev:
            net.eval()
            tagger = BiLstmCrf(export_weights(net), LABELS, encoder)
            entry["dev_f1"] = round(_f1([s.tags for s in dev], tagger.tag_many([s.words for s in dev])), 4)
        log.info("epoch %s", entry)
        history.append(entry)
    net.eval()
    if total_w:
        n = min(params.average_last, params.epochs)
        return {k: (v / n).astype("float32") for k, v in total_w.items()}, history
    return export_weights(net), history
