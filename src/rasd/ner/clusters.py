"""Distributional word clusters learned from unlabelled news text (features for the NER model).

Brown clustering has no fast offline implementation here, so the clusters are built the
"count-based embeddings" way, which gives similar NER gains:

1. the corpus is tokenised with :func:`rasd.text.segment.tokenize` and every token keyed with
   :func:`rasd.text.normalize.norm_key` (numbers collapse to ``0``);
2. the ``vocab_size`` most frequent keys are the words to cluster, the ``n_contexts`` most frequent
   are the contexts; co-occurrences are counted in a ±2 window *with the relative position* as part
   of the context (so the vectors are syntactic as well as topical, like Brown classes);
3. the count matrix is turned into positive PMI (context distribution smoothed with α = 0.75),
   reduced with truncated SVD and the rows are L2-normalised;
4. k-means is run for each granularity in ``ks`` (fixed seeds): a word gets one cluster id per k.

The table is a gzipped TSV ``key<TAB>id_k1<TAB>id_k2...`` with a header line, written
deterministically (gzip mtime 0, sorted by frequency rank then key).
"""

from __future__ import annotations

import gzip
import io
import json
import logging
import re
import zipfile
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from rasd.errors import InputError, ModelError
from rasd.text.normalize import norm_key
from rasd.text.segment import tokenize

if TYPE_CHECKING:
    import numpy as np

log = logging.getLogger(__name__)

DEFAULT_KS: tuple[int, ...] = (64, 256, 1024)
WINDOW = 2


_DIGIT = re.compile(r"\d")
_EDGE_PUNCT = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"


def word_key(token: str) -> str:
    """The cluster/lexicon key of a token: normalised, digits collapsed to ``0``.

    Punctuation glued to either end (``لادن؛`` in pre-tokenised data) is dropped unless the
    token is punctuation only.
    """
    key = norm_key(token)
    stripped = key.strip(_EDGE_PUNCT)
    if stripped:
        key = stripped
    if _DIGIT.search(key):
        key = _DIGIT.sub("0", key)
    return key


def iter_saudinewsnet(folder: Path) -> Iterator[str]:
    """Article texts (field ``content``) from the SaudiNewsNet zips in ``folder``, in file order."""
    zips = sorted(folder.glob("*.zip"))
    if not zips:
        raise InputError(f"no SaudiNewsNet .zip files in {folder}")
    yield from iter_saudinewsnet_files(zips)


def iter_saudinewsnet_files(zips: Sequence[Path]) -> Iterator[str]:
    """Article texts (field ``content``) from the given SaudiNewsNet zips, in the given order."""
    for path in zips:
        try:
            with zipfile.ZipFile(path) as zf:
                for name in sorted(zf.namelist()):
                    for article in json.loads(zf.read(name)):
                        content = article.get("content") if isinstance(article, dict) else None
                        if isinstance(content, str) and content:
                            yield content
        except (zipfile.BadZipFile, json.JSONDecodeError, OSError) as exc:
            raise InputError(f"cannot read {path.name}: {exc}") from exc


def corpus_keys(texts: Iterable[str]) -> list[list[str]]:
    """Each text as a list of token keys (one list per line, so windows do not cross paragraphs)."""
    out: list[list[str]] = []
    for text in texts:
        for line in text.splitlines():
            keys = [word_key(t.text) for t in tokenize(line)]
            if keys:
                out.append(keys)
    return out


@dataclass(slots=True)
class ClusterTable:
    """Word key → cluster ids, one id per granularity in ``ks``."""

    ks: tuple[int, ...]
    ids: dict[str, tuple[int, ...]] = field(default_factory=dict)

    def get(self, key: str) -> tuple[int, ...] | None:
        return self.ids.get(key)

    def save(self, path: Path) -> None:
        buf = io.StringIO()
        buf.write("#key\t" + "\t".join(f"k{k}" for k in self.ks) + "\n")
        for key, ids in self.ids.items():
            buf.write(key + "\t" + "\t".join(str(i) for i in ids) + "\n")
        data = buf.getvalue().encode("utf-8")
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as gz:
            gz.write(data)

    @classmethod
    def load(cls, path: Path) -> ClusterTable:
        try:
            with gzip.open(path, "rt", encoding="utf-8") as fh:
                lines = fh.read().splitlines()
        except (OSError, EOFError) as exc:
            raise ModelError(f"cannot read cluster table {path}: {exc}") from exc
        if not lines or not lines[0].startswith("#key"):
            raise ModelError(f"{path} is not a cluster table (missing header)")
        ks = tuple(int(h[1:]) for h in lines[0].split("\t")[1:])
        ids: dict[str, tuple[int, ...]] = {}
        for line in lines[1:]:
            parts = line.split("\t")
            ids[parts[0]] = tuple(int(p) for p in parts[1:])
        return cls(ks, ids)


def _cooccurrence(sents: Sequence[Sequence[str]], vocab: dict[str, int], n_ctx: int) -> object:
    import numpy as np
    from scipy import sparse

    rows: list[np.ndarray] = []
    cols: list[np.ndarray] = []
    # "\x00" marks a line boundary (never in vocab); a ±2 window may straddle one (rare, harmless)
    flat = np.fromiter((vocab.get(k, -1) for s in sents for k in [*s, "\x00"]), dtype=np.int64)
    offsets = [d for d in range(-WINDOW, WINDOW + 1) if d != 0]
    for slot, d in enumerate(offsets):
        if d > 0:
            w, c = flat[:-d], flat[d:]
        else:
            w, c = flat[-d:], flat[:d]
        ok = (w >= 0) & (c >= 0) & (c < n_ctx)
        rows.append(w[ok])
        cols.append(c[ok] + slot * n_ctx)
    r = np.concatenate(rows)
    c = np.concatenate(cols)
    data = np.ones(len(r), dtype=np.float64)
    return sparse.coo_matrix((data, (r, c)), shape=(len(vocab), n_ctx * len(offsets))).tocsr()


def _ppmi(counts: object, alpha: float = 0.75) -> object:
    import numpy as np
    from scipy import sparse

    m = sparse.csr_matrix(counts)
    total = m.sum()
    row = np.asarray(m.sum(axis=1)).ravel()
    col = np.asarray(m.sum(axis=0)).ravel() ** alpha
    col_p = col / col.sum()
    row_p = row / total
    coo = m.tocoo()
    pmi = np.log((coo.data / total) / (row_p[coo.row] * col_p[coo.col]))
    keep = pmi > 0
    return sparse.csr_matrix((pmi[keep], (coo.row[keep], coo.col[keep])), shape=m.shape)


@dataclass(slots=True)
class WordVectors:
    """Dense word vectors (rows L2-normalised) for the most frequent word keys, in frequency order."""

    words: list[str]
    vectors: np.ndarray


def word_vectors(
    sents: Sequence[Sequence[str]],
    *,
    vocab_size: int = 200_000,
    n_contexts: int = 5_000,
    dim: int = 100,
    seed: int = 0,
    min_count: int = 2,
) -> WordVectors:
    """Positive-PMI word-context vectors of ``sents`` (lists of keys) reduced by truncated SVD."""
    import numpy as np
    from sklearn.utils.extmath import randomized_svd

    freq = Counter(k for s in sents for k in s)
    ranked = sorted((kv for kv in freq.items() if kv[1] >= min_count), key=lambda kv: (-kv[1], kv[0]))
    words = [k for k, _ in ranked[:vocab_size]]
    if len(words) < dim:
        raise ModelError(f"corpus too small: {len(words)} words for {dim} dimensions")
    vocab = {k: i for i, k in enumerate(words)}
    log.info("vectors: %d sentences, %d tokens, %d words", len(sents), sum(freq.values()), len(words))
    ppmi = _ppmi(_cooccurrence(sents, vocab, min(n_contexts, len(words))))
    u, s, _ = randomized_svd(ppmi, n_components=dim, n_iter=5, random_state=seed)
    vecs = u * np.sqrt(s)
    norms = np.linalg.norm(vecs, axis=1, keepdims=True)
    return WordVectors(words, (vecs / np.where(norms == 0, 1.0, norms)).astype(np.float32))


def build_clusters(
    texts: Iterable[str],
    *,
    vocab_size: int = 200_000,
    n_contexts: int = 5_000,
    dim: int = 100,
    ks: Sequence[int] = DEFAULT_KS,
    seed: int = 0,
    min_count: int = 2,
) -> ClusterTable:
    """Cluster the most frequent word keys of ``texts`` (see module doc)."""
    from sklearn.cluster import KMeans, MiniBatchKMeans

    wv = word_vectors(
        corpus_keys(texts),
        vocab_size=vocab_size,
        n_contexts=n_contexts,
        dim=dim,
        seed=seed,
        min_count=min_count,
    )
    if len(wv.words) < max(ks):
        raise ModelError(f"corpus too small: {len(wv.words)} words for {max(ks)} clusters")
    columns = []
    for k in ks:
        if k <= 256:
            km: KMeans | MiniBatchKMeans = KMeans(n_clusters=k, n_init=1, random_state=seed, max_iter=100)
        else:
            km = MiniBatchKMeans(n_clusters=k, n_init=1, random_state=seed, batch_size=4096, max_iter=50)
        columns.append(km.fit_predict(wv.vectors.astype("float64")))
        log.info("clusters: k=%d done", k)
    table = ClusterTable(tuple(ks))
    for i, w in enumerate(wv.words):
        table.ids[w] = tuple(int(col[i]) for col in columns)
    return table
