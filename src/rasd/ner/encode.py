"""Token encoding for the neural NER tagger: word texts → integer and float arrays.

Each token gets: a word id (the normalised key, else its stem with the article, else the bare stem,
else *unknown*), its three distributional cluster ids (:mod:`rasd.ner.clusters`), its proclitic
prefix id (``data/ner/clitics.yaml``), the ids of its first :data:`MAX_CHARS` characters, a shape id,
gazetteer and trigger-word flags (the CRF's multi-word matcher, ``data/ner/*.txt``) and, when the
model has one, an *auto-lexicon* row: how a first-pass tagger labelled the word across unlabelled
news (fractions of PERS/LOC/ORG/MISC/O and a frequency scale).

The vocabularies are stored with the model (:class:`Vocab`), so training and tagging encode alike.
Arrays are padded to the longest sentence of a batch; ids 0 are padding and 1 unknown.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from rasd.ner.clusters import ClusterTable
from rasd.ner.features import GAZETTEERS, CliticSplit, gazetteer_flags, norm, shape, split_clitics

if TYPE_CHECKING:
    import numpy as np

MAX_CHARS = 20
SHAPES = ("num", "punct", "latin", "mixed", "word")
LEX_TYPES = ("PERS", "LOC", "ORG", "MISC")
LEX_DIM = len(LEX_TYPES) + 2
GAZ_FLAGS = tuple(f"g{p}={c}" for p in "BI" for c in sorted(GAZETTEERS))
UNK = 1


@dataclass(slots=True)
class Vocab:
    """The id tables a model was trained with (saved in its JSON metadata)."""

    words: list[str]
    chars: list[str]
    prefixes: list[str]
    lexicon: dict[str, list[float]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"words": self.words, "chars": self.chars, "prefixes": self.prefixes, "lexicon": self.lexicon}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Vocab:
        return cls(list(data["words"]), list(data["chars"]), list(data["prefixes"]), dict(data["lexicon"]))


def lexicon_row(counts: Mapping[str, int]) -> list[float]:
    """An auto-lexicon row from a word's predicted-tag counts (``B-PERS``: 12, ``O``: 3...)."""
    n = sum(counts.values())
    if n <= 0:
        return [0.0] * LEX_DIM
    row = [(counts.get(f"B-{t}", 0) + counts.get(f"I-{t}", 0)) / n for t in LEX_TYPES]
    row.append(counts.get("O", 0) / n)
    row.append(min(math.log1p(n) / 8.0, 1.0))
    return [round(x, 4) for x in row]


@dataclass(frozen=True, slots=True)
class _Type:
    word: int
    clusters: tuple[int, int, int]
    prefix: int
    chars: tuple[int, ...]
    shape: int
    lexicon: tuple[float, ...]
    split: CliticSplit


@dataclass(slots=True)
class Batch:
    """A padded batch. Word-level inputs are given once per distinct token text of the batch (row 0
    is padding): ``words`` [U], ``clusters`` [U,3], ``prefixes`` [U], ``chars`` [U,C], ``char_mask``
    [U,C], ``shapes`` [U], ``lexicon`` [U,LEX_DIM]; ``types`` [B,T] points each position to its row.
    Context-dependent inputs are per position: ``gaz`` [B,T,G]; ``lengths`` [B].
    """

    types: np.ndarray
    words: np.ndarray
    clusters: np.ndarray
    prefixes: np.ndarray
    chars: np.ndarray
    char_mask: np.ndarray
    shapes: np.ndarray
    lexicon: np.ndarray
    gaz: np.ndarray
    lengths: np.ndarray


class Encoder:
    """Encodes sentences of token texts with a :class:`Vocab` and the shipped cluster table."""

    def __init__(self, vocab: Vocab, clusters: ClusterTable) -> None:
        if len(clusters.ks) != 3:
            raise ValueError("the neural tagger needs a cluster table with three granularities")
        self.vocab = vocab
        self.clusters = clusters
        self._words = {w: i + 2 for i, w in enumerate(vocab.words)}
        self._chars = {c: i + 2 for i, c in enumerate(vocab.chars)}
        self._prefixes = {p: i + 2 for i, p in enumerate(vocab.prefixes)}
        self._gaz_index = {f: i for i, f in enumerate(GAZ_FLAGS)}
        self._cache: dict[str, _Type] = {}

    @property
    def n_words(self) -> int:
        return len(self.vocab.words) + 2

    @property
    def n_chars(self) -> int:
        return len(self.vocab.chars) + 2

    @property
    def n_prefixes(self) -> int:
        return len(self.vocab.prefixes) + 2

    def _type(self, token: str) -> _Type:
        hit = self._cache.get(token)
        if hit is not None:
            return hit
        key = norm(token)
        split = split_clitics(key)
        forms = (key, split.det, split.bare)
        word = next((self._words[f] for f in forms if f in self._words), UNK)
        ids = next((c for c in (self.clusters.get(f) for f in forms) if c is not None), None)
        clusters = (ids[0] + 1, ids[1] + 1, ids[2] + 1) if ids else (0, 0, 0)
        prefix = self._prefixes.get(split.prefix, UNK) if split.prefix else 0
        chars = tuple(self._chars.get(c, UNK) for c in key[:MAX_CHARS]) or (UNK,)
        lex = next((self.vocab.lexicon[f] for f in forms if f in self.vocab.lexicon), None)
        lexicon = tuple(lex or (0.0,) * LEX_DIM)
        hit = _Type(word, clusters, prefix, chars, SHAPES.index(shape(token)), lexicon, split)
        if len(self._cache) > 200_000:
            self._cache.clear()
        self._cache[token] = hit
        return hit

    def token_ids(self, token: str) -> tuple[int, tuple[int, int, int]]:
        """A token's word id and its three cluster ids (as in :meth:`encode`)."""
        ty = self._type(token)
        return ty.word, ty.clusters

    def encode(self, sentences: Sequence[Sequence[str]]) -> Batch:
        """One padded :class:`Batch` for ``sentences`` (each a non-empty list of token texts)."""
        import numpy as np

        b, t = len(sentences), max((len(s) for s in sentences), default=1) or 1
        rows: dict[str, int] = {}
        index = np.zeros((b, t), np.int64)
        for i, sentence in enumerate(sentences):
            for j, token in enumerate(sentence):
                index[i, j] = rows.setdefault(token, len(rows) + 1)
        uniq = [self._type(token) for token in rows]
        width = max((len(ty.chars) for ty in uniq), default=1)
        n = len(uniq) + 1
        batch = Batch(
            index,
            np.zeros(n, np.int64),
            np.zeros((n, 3), np.int64),
            np.zeros(n, np.int64),
            np.zeros((n, width), np.int64),
            np.zeros((n, width), np.bool_),
            np.zeros(n, np.int64),
            np.zeros((n, LEX_DIM), np.float32),
            np.zeros((b, t, len(GAZ_FLAGS)), np.float32),
            np.array([len(s) for s in sentences], np.int64),
        )
        for r, ty in enumerate(uniq, start=1):
            batch.words[r] = ty.word
            batch.clusters[r] = ty.clusters
            batch.prefixes[r] = ty.prefix
            batch.chars[r, : len(ty.chars)] = ty.chars
            batch.char_mask[r, : len(ty.chars)] = True
            batch.shapes[r] = ty.shape
            batch.lexicon[r] = ty.lexicon
        for i, sentence in enumerate(sentences):
            self._gazetteer(batch, i, [self._type(token).split for token in sentence])
        return batch

    def _gazetteer(self, batch: Batch, i: int, splits: Sequence[CliticSplit]) -> None:
        for j, flags in enumerate(gazetteer_flags(splits)):
            for f in flags:
                k = self._gaz_index.get(f)
                if k is not None:
                    batch.gaz[i, j, k] = 1.0
