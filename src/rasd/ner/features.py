"""CRF feature extraction for Arabic NER.

Every token gets *type-level* features (computed once per distinct token text and cached):
its normalised key, clitic split (conjunction/preposition/article prefixes from
``data/ner/clitics.yaml``), character prefixes/suffixes, shape, length and distributional cluster
ids (:mod:`rasd.ner.clusters`) at several granularities; and *sentence-level* features:
gazetteer and trigger-word matches (multi-word, longest match, ``data/ner/*.txt``), the same
features of the neighbours in a ±2 window and word bigrams.

The feature configuration (:class:`FeatureConfig`) is stored with the model so tagging uses
exactly the features the model was trained with.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from rasd.data import read_lines, read_yaml
from rasd.errors import ModelError
from rasd.ner.charmodel import CharModel
from rasd.ner.clusters import ClusterTable, word_key

log = logging.getLogger(__name__)

GAZETTEERS: dict[str, str] = {
    "country": "ner/countries.txt",
    "city": "ner/cities.txt",
    "first": "ner/first_names.txt",
    "last": "ner/last_names.txt",
    "title": "ner/person_titles.txt",
    "orghead": "ner/org_heads.txt",
    "lochead": "ner/loc_heads.txt",
    "org": "ner/organisations.txt",
    "misc": "ner/misc.txt",
}
MAX_CACHE = 200_000
_PUNCT = set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~«»،؛؟…“”‘’")


@dataclass(frozen=True, slots=True)
class FeatureConfig:
    """Which feature groups are on (stored in the model's ``meta.json``)."""

    clusters: bool = True
    gazetteers: bool = True
    charngrams: bool = True
    affixes: int = 4
    window: int = 2

    def to_dict(self) -> dict[str, Any]:
        return {
            "clusters": self.clusters,
            "gazetteers": self.gazetteers,
            "charngrams": self.charngrams,
            "affixes": self.affixes,
            "window": self.window,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> FeatureConfig:
        return cls(
            **{k: data[k] for k in ("clusters", "gazetteers", "charngrams", "affixes", "window") if k in data}
        )


@dataclass(frozen=True, slots=True)
class CliticSplit:
    key: str
    prefix: str
    bare: str
    """The stem with every prefix (article included) removed."""
    det: str
    """The stem with the article kept (``وال``/``لل`` + X → ``ال`` + X); equal to ``bare`` otherwise."""


@lru_cache(maxsize=1)
def _prefixes() -> tuple[tuple[str, ...], int]:
    data = read_yaml("ner/clitics.yaml")
    prefixes = tuple(sorted((norm(p) for p in data["prefixes"]), key=lambda p: (-len(p), p)))
    return prefixes, int(data.get("min_stem", 2))


def norm(text: str) -> str:
    return word_key(text)


@lru_cache(maxsize=65536)
def split_clitics(key: str) -> CliticSplit:
    """Strip the longest known proclitic sequence from a normalised key."""
    prefixes, min_stem = _prefixes()
    for p in prefixes:
        if key.startswith(p) and len(key) - len(p) >= min_stem:
            bare = key[len(p) :]
            has_article = p.endswith("ال") or p.endswith("لل")
            return CliticSplit(key, p, bare, "ال" + bare if has_article else bare)
    return CliticSplit(key, "", key, key)


@lru_cache(maxsize=1)
def gazetteer() -> tuple[dict[tuple[str, ...], frozenset[str]], int]:
    """Gazetteer entries (key sequences → categories) and the longest entry length."""
    entries: dict[tuple[str, ...], set[str]] = {}
    for cat, name in GAZETTEERS.items():
        for line in read_lines(name):
            seq = tuple(norm(w) for w in line.split())
            if seq:
                entries.setdefault(seq, set()).add(cat)
    longest = max((len(s) for s in entries), default=1)
    return {k: frozenset(v) for k, v in entries.items()}, longest


_ARABIC_WORD = re.compile("[\u0621-\u063a\u0640-\u065f\u0670-\u06d3]+")  # letters and marks, no digit


def shape(token: str) -> str:
    if _ARABIC_WORD.fullmatch(token):
        return "word"  # the common case, decided without the character loops below
    if any(c.isdigit() for c in token) and all(c.isdigit() or c in ".,٫٬" for c in token):
        return "num"
    if all(c in _PUNCT for c in token):
        return "punct"
    if any("a" <= c.lower() <= "z" for c in token):
        return "latin"
    if any(c.isdigit() for c in token):
        return "mixed"
    return "word"


_LEN_BUCKETS = ("0", "1", "2", "3", "4-5", "4-5", "6-8", "6-8", "6-8")


def _len_bucket(n: int) -> str:
    return _LEN_BUCKETS[n] if n < len(_LEN_BUCKETS) else "9+"


class FeatureExtractor:
    """Turns a sentence (list of token texts) into CRF feature lists, one list per token."""

    def __init__(
        self, config: FeatureConfig, clusters: ClusterTable | None, charmodel: CharModel | None = None
    ) -> None:
        if config.clusters and clusters is None:
            raise ModelError("the feature configuration needs a cluster table")
        self.config = config
        self.clusters = clusters if config.clusters else None
        self._charmodel = charmodel if config.charngrams else None
        self._cache: dict[str, _TypeFeatures] = {}

    @classmethod
    def from_files(
        cls, config: FeatureConfig, clusters_path: Path | None, charmodel_path: Path | None = None
    ) -> FeatureExtractor:
        table = ClusterTable.load(clusters_path) if config.clusters and clusters_path else None
        chars = CharModel.load(charmodel_path) if config.charngrams and charmodel_path else None
        return cls(config, table, chars)

    @property
    def charmodel(self) -> CharModel | None:
        return self._charmodel

    @charmodel.setter
    def charmodel(self, model: CharModel | None) -> None:
        """Swap the character model (training uses one per fold); clears the feature cache."""
        self._charmodel = model if self.config.charngrams else None
        self._cache.clear()

    def _cluster_feats(self, split: CliticSplit) -> list[str]:
        assert self.clusters is not None
        out: list[str] = []
        ids = self.clusters.get(split.key)
        tag = "c"
        if ids is None:
            for alt in (split.det, split.bare):
                ids = self.clusters.get(alt)
                if ids is not None:
                    tag = "sc"
                    break
        if ids is None:
            return ["c=none"]
        for k, i in zip(self.clusters.ks, ids, strict=True):
            out.append(f"{tag}{k}={i}")
        if tag == "c" and split.prefix:
            alt = split.det if split.det != split.key else split.bare
            alt_ids = self.clusters.get(alt)
            if alt_ids is not None:
                out.append(f"sc{self.clusters.ks[-1]}={alt_ids[-1]}")
        return out

    def _type_features(self, token: str) -> tuple[list[str], ...]:
        """(own, context ±1 subset, context ±2 subset) of a token text."""
        key = norm(token)
        split = split_clitics(key)
        shp = shape(token)
        own = [f"w={key}", f"shape={shp}", f"len={_len_bucket(len(key))}"]
        near = [f"w={key}", f"shape={shp}"]
        if shp in ("word", "latin"):
            own += [f"b={split.bare}", f"p={split.prefix}"]
            near += [f"b={split.bare}", f"p={split.prefix}"]
            for n in range(1, self.config.affixes + 1):
                if len(split.bare) >= n:
                    own.append(f"pre{n}={split.bare[:n]}")
                    own.append(f"suf{n}={split.bare[-n:]}")
            near += [f"suf1={split.bare[-1:]}", f"suf2={split.bare[-2:]}"]
            if "ال" in split.prefix[-2:] and len(split.bare) >= 4 and split.bare.endswith("ي"):
                own.append("nisba")  # الفرنسي, الأمريكي: adjectives of origin before names
                near.append("nisba")
        if self._charmodel is not None and shp == "word":
            nb = self._charmodel.features(split.bare)
            own += nb
            near += nb
        far = [f"w={key}"]
        if self.clusters is not None:
            cf = self._cluster_feats(split)
            own += cf
            near += cf
            far += [f for f in cf if not f.endswith("none")][:2]
        return own, near, far

    def _mid_cluster(self, own: list[str]) -> str:
        """The middle-granularity cluster among a token's features (for cluster bigrams)."""
        if self.clusters is None:
            return own[0][2:]
        mid = f"{self.clusters.ks[len(self.clusters.ks) // 2]}="
        for f in own:
            if f.startswith(("c", "sc")) and mid in f:
                return f.split("=", 1)[1]
        return "-"

    def _types(self, token: str) -> _TypeFeatures:
        hit = self._cache.get(token)
        if hit is None:
            if len(self._cache) >= MAX_CACHE:
                self._cache.clear()
            own, near, far = self._type_features(token)
            hit = _TypeFeatures(
                own,
                [f"-1:{f}" for f in near],
                [f"+1:{f}" for f in near],
                [f"-2:{f}" for f in far],
                [f"+2:{f}" for f in far],
                self._mid_cluster(own),
                own[0][2:],
                split_clitics(norm(token)),
            )
            self._cache[token] = hit
        return hit

    def sentence(self, tokens: Sequence[str]) -> list[list[str]]:
        """Feature lists for one sentence of token texts."""
        types = [self._types(t) for t in tokens]
        gaz = gazetteer_flags([t.split for t in types]) if self.config.gazetteers else [[] for _ in tokens]
        n = len(tokens)
        cb = self.clusters is not None
        feats: list[list[str]] = []
        for i in range(n):
            t = types[i]
            f = ["bias", *t.own, *gaz[i]]
            if i > 0:
                prev = types[i - 1]
                f += prev.m1
                f += [f"-1:{g}" for g in gaz[i - 1]]
                f.append(f"bg-1={prev.key}|{t.key}")
                if cb:
                    f.append(f"cb-1={prev.mid}|{t.mid}")
            else:
                f.append("BOS")
            if i < n - 1:
                nxt = types[i + 1]
                f += nxt.p1
                f += [f"+1:{g}" for g in gaz[i + 1]]
                f.append(f"bg+1={t.key}|{nxt.key}")
                if cb:
                    f.append(f"cb+1={t.mid}|{nxt.mid}")
            else:
                f.append("EOS")
            if self.config.window >= 2:
                if i > 1:
                    f += types[i - 2].m2
                    f += [f"-2:{g}" for g in gaz[i - 2]]
                if i < n - 2:
                    f += types[i + 2].p2
                    f += [f"+2:{g}" for g in gaz[i + 2]]
            feats.append(f)
        return feats


def gazetteer_flags(keys: Sequence[CliticSplit]) -> list[list[str]]:
    """Gazetteer/trigger flags (``gB=country``, ``gI=org``...) per token, longest match first."""
    entries, longest = gazetteer()
    heads = _heads()
    out: list[list[str]] = [[] for _ in keys]
    i = 0
    n = len(keys)
    while i < n:
        k = keys[i]
        if k.key not in heads and k.det not in heads and k.bare not in heads:
            i += 1
            continue
        matched = 0
        for length in range(min(longest, n - i), 0, -1):
            rest = tuple(k.key for k in keys[i + 1 : i + length])
            cats = None
            for head in (keys[i].key, keys[i].det, keys[i].bare):
                cats = entries.get((head, *rest))
                if cats:
                    break
            if cats:
                for j in range(i, i + length):
                    pos = "B" if j == i else "I"
                    out[j].extend(f"g{pos}={c}" for c in sorted(cats))
                matched = length
                break
        i += max(matched, 1)
    return out


@dataclass(frozen=True, slots=True)
class _TypeFeatures:
    """Cached per-token-text features: own, the ±1/±2 context versions, mid cluster, key, split."""

    own: list[str]
    m1: list[str]
    p1: list[str]
    m2: list[str]
    p2: list[str]
    mid: str
    key: str
    split: CliticSplit


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    return frozenset(k[0] for k in gazetteer()[0])
