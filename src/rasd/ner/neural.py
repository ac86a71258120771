"""The neural NER tagger at run time: a BiLSTM-CRF evaluated with NumPy (no deep-learning runtime).

Architecture (trained by :mod:`rasd.ner.nn_train` with PyTorch, which tagging does not need):
per token, the concatenation of a word embedding (initialised from vectors learned on SaudiNewsNet),
three cluster-id embeddings, a prefix embedding, a shape embedding, a character CNN (width 3,
ReLU, max over the word's characters), gazetteer flags and the auto-lexicon row
(:mod:`rasd.ner.encode`); one bidirectional LSTM layer; a linear layer to tag scores; a linear-chain
CRF (start, transition and end scores) decoded with Viterbi.

The weights are one ``.npz`` file; the vocabularies and labels are in the model's ``meta.json``.
Sentences are tagged in batches sorted by length, so padding costs little.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from rasd.errors import ModelError
from rasd.ner.encode import GAZ_FLAGS, LEX_DIM, Batch, Encoder
from rasd.ner.lm import LM_WEIGHTS, WINDOW

if TYPE_CHECKING:
    import numpy as np

WEIGHT_NAMES = (
    "word",
    "cluster0",
    "cluster1",
    "cluster2",
    "prefix",
    "shape",
    "char",
    "conv_w",
    "conv_b",
    "lstm_f_ih",
    "lstm_f_hh",
    "lstm_f_b",
    "lstm_b_ih",
    "lstm_b_hh",
    "lstm_b_b",
    "out_w",
    "out_b",
    "crf_start",
    "crf_trans",
    "crf_end",
)
BATCH = 64


def _sigmoid(x: np.ndarray) -> np.ndarray:
    import numpy as np

    out: np.ndarray = 0.5 * (np.tanh(0.5 * x) + 1.0)
    return out


class BiLstmCrf:
    """NumPy forward pass and Viterbi decoding of a trained BiLSTM-CRF."""

    def __init__(
        self, weights: Mapping[str, np.ndarray], labels: Sequence[str], encoder: Encoder, o_bias: float = 0.0
    ) -> None:
        missing = [n for n in WEIGHT_NAMES if n not in weights]
        if missing:
            raise ModelError(f"neural NER weights lack {', '.join(missing)}")
        import numpy as np

        names = WEIGHT_NAMES + (LM_WEIGHTS if all(n in weights for n in LM_WEIGHTS) else ())
        self.w = {n: np.asarray(weights[n], dtype=np.float32) for n in names}
        self.labels = list(labels)
        self.o_bias = o_bias
        """Subtracted from the ``O`` tag's score at decoding: > 0 trades precision for recall (the
        model is trained for likelihood, not for entity F1; the value is chosen on held-out data)."""
        self.encoder = encoder
        w = self.w
        ih_t = np.concatenate([w["lstm_f_ih"], w["lstm_b_ih"]]).T  # D_in, 8H
        self._lm = self._context_weights() if "lm_edge" in w else None
        if self._lm is not None:  # input order: ..., lexicon, context states
            ctx = 2 * w["lm_left_b"].shape[0]
            self._ctx_t = np.ascontiguousarray(ih_t[-ctx:])
            ih_t = ih_t[:-ctx]
        g0 = ih_t.shape[0] - LEX_DIM - len(GAZ_FLAGS)  # input order: type features, gazetteer, lexicon
        self._type_t = np.ascontiguousarray(np.concatenate([ih_t[:g0], ih_t[g0 + len(GAZ_FLAGS) :]]))
        self._gaz_t = np.ascontiguousarray(ih_t[g0 : g0 + len(GAZ_FLAGS)])
        conv_w = w["conv_w"]  # F,E,3
        self._conv_t = np.ascontiguousarray(conv_w.transpose(2, 1, 0).reshape(-1, conv_w.shape[0]))
        self._ih_b = np.concatenate([w["lstm_f_b"], w["lstm_b_b"]])
        self._hh = np.ascontiguousarray(np.stack([w["lstm_f_hh"].T, w["lstm_b_hh"].T]))  # 2,H,4H
        self._out_t = np.ascontiguousarray(w["out_w"].T)

    def _context_weights(self) -> dict[str, list[np.ndarray]]:
        """Per window slot, the context encoders' input blocks [D,H] (left, then right)."""
        import numpy as np

        w = self.w
        d = w["lm_edge"].shape[0]
        return {
            side: [np.ascontiguousarray(w[f"lm_{side}_w"][:, k * d : (k + 1) * d].T) for k in range(WINDOW)]
            for side in ("left", "right")
        }

    def _context(self, b: Batch, live: np.ndarray) -> np.ndarray:
        """The context encoders' hidden layers [N,2H] at the ``live`` positions (:mod:`rasd.ner.lm`):
        each slot's words projected once per distinct text, then summed over the window (sentence
        edges outside)."""
        import numpy as np

        assert self._lm is not None
        w = self.w
        parts = [w["word"][b.words]] + [w[f"lm_cluster{k}"][b.clusters[:, k]] for k in range(3)]
        zero = np.zeros(w["word"].shape[1], np.float32)
        edge = np.concatenate([zero] + [w[f"lm_cluster{k}"][0] for k in range(3)]) + w["lm_edge"]
        x = np.vstack([np.concatenate(parts, 1), edge[None, :]])
        bsz, t = b.types.shape
        rows = np.full((bsz, t + 2 * WINDOW), len(x) - 1, np.int64)
        rows[:, WINDOW : WINDOW + t] = np.where(live, b.types, len(x) - 1)
        out = []
        for side, first in (("left", 0), ("right", WINDOW + 1)):
            pre = w[f"lm_{side}_b"] + sum(
                (x @ blk)[rows[:, first + k : first + k + t][live]] for k, blk in enumerate(self._lm[side])
            )
            out.append(np.tanh(pre))
        result: np.ndarray = np.concatenate(out, axis=1)
        return result

    def _type_vectors(self, b: Batch) -> np.ndarray:
        """Input projections of the batch's distinct token texts [U, 8H] (gazetteer flags excluded)."""
        import numpy as np

        w = self.w
        parts = [w["word"][b.words]]
        parts += [w[f"cluster{k}"][b.clusters[:, k]] for k in range(3)]
        parts += [w["prefix"][b.prefixes], w["shape"][b.shapes], self._chars(b), b.lexicon]
        out: np.ndarray = np.concatenate(parts, axis=1).astype(np.float32) @ self._type_t
        return out

    def _chars(self, b: Batch) -> np.ndarray:
        """Character CNN: embeddings [U,C,E] → conv (width 3, zero padding) → ReLU → masked max."""
        import numpy as np

        emb = self.w["char"][b.chars]  # U,C,E
        pad = np.pad(emb, ((0, 0), (1, 1), (0, 0)))
        c = b.chars.shape[1]
        windows = np.concatenate([pad[:, k : k + c, :] for k in range(3)], axis=2)  # U,C,3E
        conv = np.maximum(windows @ self._conv_t + self.w["conv_b"], 0.0)
        conv = np.where(b.char_mask[..., None], conv, -np.inf)
        out: np.ndarray = conv.max(axis=1)
        return np.where(np.isfinite(out), out, 0.0)

    def _bilstm(self, proj: np.ndarray, lengths: np.ndarray) -> np.ndarray:
        """Both LSTM directions over input projections [B,T,8H] (PyTorch gate order i, f, g, o);
        returns [B,T,2H] (padding positions hold zeros).

        Rows are taken in ascending length order, so at each step the sentences still running
        forward, and those the backward direction has reached (it runs from the last position down,
        each sentence starting from a zero state at its own last token, as PyTorch's packed
        sequences do), are a suffix of the rows: each step multiplies only those, no padding.
        """
        import numpy as np

        bsz, t, _ = proj.shape
        hid = self._hh.shape[1]
        order = np.argsort(lengths, kind="stable")
        sorted_len = lengths[order]
        xs = proj[order]
        state = np.zeros((2, 2, bsz, hid), np.float32)  # direction, (h, c), rows
        out = np.zeros((2, bsz, t, hid), np.float32)
        for step in range(t):
            for d, pos in ((0, step), (1, t - 1 - step)):
                a = int(np.searchsorted(sorted_len, pos, side="right"))  # rows with length > pos
                if a == bsz:
                    continue
                h, c = state[d, 0, a:], state[d, 1, a:]
                g = xs[a:, pos, 4 * d * hid : 4 * (d + 1) * hid] + h @ self._hh[d]
                s = _sigmoid(g)
                c[:] = s[:, hid : 2 * hid] * c + s[:, :hid] * np.tanh(g[:, 2 * hid : 3 * hid])
                h[:] = s[:, 3 * hid :] * np.tanh(c)
                out[d, a:, pos] = h
        result = np.empty((bsz, t, 2 * hid), np.float32)
        result[order] = np.concatenate([out[0], out[1]], axis=2)
        return result

    def emissions(self, b: Batch) -> np.ndarray:
        """Tag scores [B,T,L] for a batch."""
        import numpy as np

        # both directions in one product, at real positions only (padding stays zero: the backward
        # direction keeps a zero state there and forward outputs there are never read)
        bsz, t = b.types.shape
        live = np.arange(t)[None, :] < b.lengths[:, None]
        x = self._type_vectors(b)[b.types[live]] + b.gaz[live] @ self._gaz_t + self._ih_b
        if self._lm is not None:
            x += self._context(b, live) @ self._ctx_t
        proj = np.zeros((bsz, t, x.shape[1]), np.float32)
        proj[live] = x
        h = self._bilstm(proj, b.lengths)
        out: np.ndarray = np.zeros((bsz, t, self._out_t.shape[1]), np.float32)
        out[live] = h[live] @ self._out_t + self.w["out_b"]
        return out

    def viterbi(self, em: np.ndarray, lengths: np.ndarray) -> list[list[int]]:
        """Best tag-id paths for a batch of [B,T,L] scores (each sentence within its length)."""
        import numpy as np

        trans, end = self.w["crf_trans"], self.w["crf_end"]
        bsz, t, _ = em.shape
        delta = self.w["crf_start"] + em[:, 0]
        back = np.zeros((bsz, t, em.shape[2]), np.int64)
        rows = np.arange(bsz)
        final = np.where(lengths[:, None] == 1, delta + end, 0.0)
        for j in range(1, t):
            cand = delta[:, :, None] + trans
            back[:, j] = cand.argmax(axis=1)
            delta = cand.max(axis=1) + em[:, j]
            done = lengths == j + 1
            final[done] = delta[done] + end
        best = final.argmax(axis=1)
        paths: list[list[int]] = []
        for i in rows:
            n = int(lengths[i])
            path = [int(best[i])]
            for j in range(n - 1, 0, -1):
                path.append(int(back[i, j, path[-1]]))
            paths.append(path[::-1])
        return paths

    def tag_many(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """BIO tags for each sentence (empty sentences give empty lists)."""
        order = sorted((i for i, s in enumerate(sentences) if s), key=lambda i: len(sentences[i]))
        result: list[list[str]] = [[] for _ in sentences]
        for k in range(0, len(order), BATCH):
            ids = order[k : k + BATCH]
            batch = self.encoder.encode([sentences[i] for i in ids])
            em = self.emissions(batch)
            if self.o_bias and "O" in self.labels:
                em[:, :, self.labels.index("O")] -= self.o_bias
            paths = self.viterbi(em, batch.lengths)
            for row, i in enumerate(ids):
                result[i] = [self.labels[p] for p in paths[row]]
        return result
