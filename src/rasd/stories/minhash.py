"""MinHash signatures over word shingles and a banded LSH index (numpy, deterministic).

Words are hashed with CRC-32 (stable across processes, unlike ``hash``), a shingle of ``k``
consecutive words is a 64-bit polynomial combination of its word hashes, and each of the
``num_perm`` hash functions is a multiply-shift hash ``(a * x + b) >> 32`` with ``a, b`` drawn
from a :class:`numpy.random.Generator` seeded with a fixed seed. The estimated Jaccard
similarity of two sets is the share of equal signature positions.
"""

from __future__ import annotations

import zlib
from collections import defaultdict
from collections.abc import Iterable, Sequence

import numpy as np
import numpy.typing as npt

Signature = npt.NDArray[np.uint32]
_MASK64 = (1 << 64) - 1
_SHINGLE_MULT = np.uint64(0x9E3779B97F4A7C15)


_WORD_HASHES: dict[str, int] = {}


def word_hash(word: str) -> int:
    """CRC-32 of the word (stable across processes, unlike ``hash``); memoised."""
    h = _WORD_HASHES.get(word)
    if h is None:
        h = zlib.crc32(word.encode("utf-8"))
        if len(_WORD_HASHES) < 1_000_000:
            _WORD_HASHES[word] = h
    return h


def shingle_hashes(words: Sequence[str], k: int) -> npt.NDArray[np.uint64]:
    """Distinct 64-bit hashes of the ``k``-word shingles of ``words`` (one shingle if shorter)."""
    if not words:
        return np.zeros(0, dtype=np.uint64)
    cache = _WORD_HASHES
    hw = np.array([cache.get(w) or word_hash(w) for w in words], dtype=np.uint64)
    if len(words) < k:
        k = len(words)
    n = len(words) - k + 1
    acc = np.zeros(n, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for i in range(k):
            acc = acc * _SHINGLE_MULT + hw[i : i + n] + np.uint64(i + 1)
    return np.unique(acc)


class MinHasher:
    """``num_perm`` multiply-shift hash functions drawn from a fixed seed."""

    def __init__(self, num_perm: int, seed: int) -> None:
        if num_perm < 1:
            raise ValueError("num_perm must be positive")
        rng = np.random.default_rng(seed)
        self.num_perm = num_perm
        self.a = rng.integers(1, 1 << 63, size=num_perm, dtype=np.uint64) | np.uint64(1)
        self.b = rng.integers(0, 1 << 63, size=num_perm, dtype=np.uint64)

    def signature(self, hashes: npt.NDArray[np.uint64]) -> Signature:
        """MinHash signature of a set of shingle hashes (all ``0xFFFFFFFF`` for an empty set)."""
        if hashes.size == 0:
            return np.full(self.num_perm, 0xFFFFFFFF, dtype=np.uint32)
        out = np.empty(self.num_perm, dtype=np.uint32)
        chunk = max(1, 65536 // max(1, hashes.size))
        with np.errstate(over="ignore"):
            for lo in range(0, self.num_perm, chunk):
                a = self.a[lo : lo + chunk, None]
                b = self.b[lo : lo + chunk, None]
                vals = (a * hashes[None, :] + b) >> np.uint64(32)
                out[lo : lo + chunk] = vals.min(axis=1).astype(np.uint32)
        return out


def jaccard(a: Signature, b: Signature) -> float:
    """Estimated Jaccard similarity of the sets behind two signatures."""
    return float(np.count_nonzero(a == b)) / float(a.size)


def containment(j: float, size_a: int, size_b: int) -> float:
    """Estimated share of set A inside set B from their Jaccard similarity and sizes."""
    if size_a <= 0:
        return 0.0
    inter = j * (size_a + size_b) / (1.0 + j)
    return min(1.0, inter / size_a)


class LSHIndex:
    """Banded LSH: items whose signatures agree on every row of some band become candidates."""

    def __init__(self, bands: int, rows: int) -> None:
        self.bands = bands
        self.rows = rows
        self._buckets: dict[int, list[int]] = defaultdict(list)

    def _keys(self, sig: Signature) -> Iterable[int]:
        for band in range(self.bands):
            part = sig[band * self.rows : (band + 1) * self.rows].tobytes()
            yield (band << 56) ^ (zlib.crc32(part) << 24) ^ zlib.adler32(part)

    def query(self, sig: Signature) -> set[int]:
        found: set[int] = set()
        for key in self._keys(sig):
            bucket = self._buckets.get(key)
            if bucket:
                found.update(bucket)
        return found

    def add(self, item: int, sig: Signature) -> None:
        for key in self._keys(sig):
            self._buckets[key].append(item)
