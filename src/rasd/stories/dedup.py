"""Exact duplicates, near-duplicates, syndicated copies and title/URL repeats.

Four kinds of "same", each linked to the FIRST-SEEN document (never dropped):

* ``exact``: same normalised text (:func:`rasd.text.normalize.norm_key` + whitespace collapse);
* ``near``: estimated Jaccard of MinHash signatures over normalised word shingles ≥ threshold;
* ``contained``: the shorter text's shingles are (mostly) inside a longer earlier one (a wire
  copy inside a longer article, or an earlier short wire that a later article contains);
* ``title-url``: same normalised URL, or same normalised title from the same outlet.

The :class:`DedupIndex` persists across runs (``Store.get_state/set_state``, key
``stories.dedup``): new documents are compared with every earlier one through LSH buckets.
"""

from __future__ import annotations

import base64
import hashlib
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit

import numpy as np

from rasd.models import Document
from rasd.pipeline.stage import CollectionContext
from rasd.stories.config import DedupConfig, load_dedup_config
from rasd.stories.minhash import LSHIndex, MinHasher, Signature, containment, jaccard, shingle_hashes
from rasd.stories.records import as_store, make_link, processing_order
from rasd.stories.terms import words
from rasd.text.normalize import norm_key

log = logging.getLogger(__name__)
STATE_KEY = "stories.dedup"
_SPACES = re.compile(r"\s+")
_TRACKING = re.compile(r"^(utm_|fbclid$|gclid$|ref$|source$|share$|from$)")


@dataclass(frozen=True, slots=True)
class DuplicateLink:
    doc_id: str
    duplicate_of: str
    kind: str
    score: float


def exact_key(text: str) -> str:
    """Hash of the normalised, whitespace-collapsed text."""
    key = _SPACES.sub(" ", norm_key(text)).strip()
    return hashlib.sha1(key.encode("utf-8")).hexdigest()


def normalize_url(url: str | None) -> str | None:
    """Scheme-less, lower-cased host without ``www.``/``m.``, decoded path, tracking params dropped."""
    if not url or not url.strip():
        return None
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    for prefix in ("www.", "m.", "amp."):
        if host.startswith(prefix):
            host = host[len(prefix) :]
    path = unquote(parts.path).rstrip("/")
    query = urlencode(sorted((k, v) for k, v in parse_qsl(parts.query) if not _TRACKING.match(k.lower())))
    if not host and not path:
        return None
    return f"{host}{path}" + (f"?{query}" if query else "")


def title_key(title: str | None, outlet: str | None, min_words: int) -> str | None:
    """Outlet + normalised title words, or ``None`` for a missing/short title."""
    if not title:
        return None
    ws = words(title)
    if len(ws) < min_words:
        return None
    return f"{norm_key(outlet or '').strip()}|{' '.join(ws)}"


@dataclass(slots=True)
class _Entry:
    doc_id: str
    size: int
    sig: Signature


class DedupIndex:
    """Every document seen so far, in first-seen order, with its keys and MinHash signature."""

    def __init__(self, config: DedupConfig | None = None) -> None:
        self.config = config or load_dedup_config()
        self.hasher = MinHasher(self.config.num_perm, self.config.seed)
        self.lsh = LSHIndex(self.config.bands, self.config.rows)
        self.entries: list[_Entry] = []
        self.links: dict[str, DuplicateLink] = {}
        self._by_doc: dict[str, int] = {}
        self._exact: dict[str, str] = {}
        self._url: dict[str, str] = {}
        self._title: dict[str, str] = {}

    def __contains__(self, doc_id: str) -> bool:
        return doc_id in self._by_doc

    def __len__(self) -> int:
        return len(self.entries)

    def root(self, doc_id: str) -> str:
        """The first-seen original of ``doc_id`` (itself when it is not a duplicate)."""
        link = self.links.get(doc_id)
        return link.duplicate_of if link else doc_id

    def add(self, doc: Document) -> DuplicateLink | None:
        """Compare ``doc`` with every earlier document, index it and return its link (if any)."""
        if doc.id in self._by_doc:
            return self.links.get(doc.id)
        ws = words(doc.text)
        hashes = shingle_hashes(ws, self.config.shingle_size)
        sig = self.hasher.signature(hashes)
        keys = self._keys(doc)
        link = self._match(doc.id, keys, sig, int(hashes.size))
        self._register(doc.id, keys, sig, int(hashes.size), link)
        return link

    def _keys(self, doc: Document) -> dict[str, str | None]:
        return {
            "exact": exact_key(doc.text) if doc.text.strip() else None,
            "url": normalize_url(doc.url),
            "title": title_key(doc.title, doc.outlet, self.config.title_min_words),
        }

    def _match(
        self, doc_id: str, keys: dict[str, str | None], sig: Signature, size: int
    ) -> DuplicateLink | None:
        if keys["exact"] and keys["exact"] in self._exact:
            return DuplicateLink(doc_id, self.root(self._exact[keys["exact"]]), "exact", 1.0)
        best: DuplicateLink | None = None
        if size >= self.config.min_shingles:
            best = self._match_minhash(doc_id, sig, size)
        if best is None:
            for kind in ("url", "title"):
                key = keys[kind]
                if key and key in (self._url if kind == "url" else self._title):
                    other = (self._url if kind == "url" else self._title)[key]
                    return DuplicateLink(doc_id, self.root(other), "title-url", 1.0)
        return best

    def _match_minhash(self, doc_id: str, sig: Signature, size: int) -> DuplicateLink | None:
        best: DuplicateLink | None = None
        for idx in sorted(self.lsh.query(sig)):
            other = self.entries[idx]
            if other.size < self.config.min_shingles:
                continue
            cand = self._judge(doc_id, self.root(other.doc_id), jaccard(sig, other.sig), size, other.size)
            if cand is not None and (best is None or cand.score > best.score):
                best = cand
        return best

    def _judge(
        self, doc_id: str, original: str, j: float, size: int, other_size: int
    ) -> DuplicateLink | None:
        """``near`` for texts of similar length, ``contained`` when one is mostly inside a longer one."""
        small, big = sorted((size, other_size))
        c = containment(j, small, big)
        similar_length = small >= 0.5 * big
        if j >= self.config.near_threshold and similar_length:
            return DuplicateLink(doc_id, original, "near", round(j, 4))
        if c >= self.config.containment_threshold:
            return DuplicateLink(doc_id, original, "contained", round(c, 4))
        if j >= self.config.near_threshold:
            return DuplicateLink(doc_id, original, "near", round(j, 4))
        return None

    def _register(
        self, doc_id: str, keys: dict[str, str | None], sig: Signature, size: int, link: DuplicateLink | None
    ) -> None:
        idx = len(self.entries)
        self.entries.append(_Entry(doc_id, size, sig))
        self._by_doc[doc_id] = idx
        if size >= self.config.min_shingles:
            self.lsh.add(idx, sig)
        if link is not None:
            self.links[doc_id] = link
        for kind, table in (("exact", self._exact), ("url", self._url), ("title", self._title)):
            key = keys[kind]
            if key and key not in table:
                table[key] = doc_id

    # -- persistence -------------------------------------------------------------------------
    def to_state(self) -> dict[str, Any]:
        """JSON-compatible state (signatures base64-encoded)."""
        rows = []
        for e in self.entries:
            link = self.links.get(e.doc_id)
            rows.append(
                [
                    e.doc_id,
                    e.size,
                    base64.b64encode(e.sig.tobytes()).decode("ascii"),
                    [link.duplicate_of, link.kind, link.score] if link else None,
                ]
            )
        keys = {"exact": self._exact, "url": self._url, "title": self._title}
        return {
            "version": 1,
            "config": [self.config.num_perm, self.config.seed],
            "entries": rows,
            "keys": keys,
        }

    @classmethod
    def from_state(cls, state: dict[str, Any], config: DedupConfig | None = None) -> DedupIndex:
        index = cls(config)
        if state.get("config") != [index.config.num_perm, index.config.seed]:
            log.warning("dedup index state was built with other MinHash parameters; starting afresh")
            return index
        for doc_id, size, sig64, link in state.get("entries", []):
            sig = np.frombuffer(base64.b64decode(sig64), dtype=np.uint32).copy()
            dl = DuplicateLink(doc_id, link[0], link[1], float(link[2])) if link else None
            index._register(doc_id, {"exact": None, "url": None, "title": None}, sig, int(size), dl)
        keys = state.get("keys", {})
        index._exact.update(keys.get("exact", {}))
        index._url.update(keys.get("url", {}))
        index._title.update(keys.get("title", {}))
        return index


class DedupStage:
    """Collection stage marking duplicates (sets ``duplicate_of/_kind/_score`` on new documents)."""

    name = "dedup"
    version = "1"
    requires = frozenset({"text"})
    provides = frozenset({"duplicates"})

    def __init__(self, config: DedupConfig | None = None) -> None:
        self.config = config or load_dedup_config()
        self.index = DedupIndex(self.config)

    def run(self, docs: Sequence[Document], ctx: CollectionContext) -> None:
        store = as_store(ctx.store)
        if store is not None:
            state = store.get_state(STATE_KEY)
            self.index = DedupIndex.from_state(state, self.config) if state else DedupIndex(self.config)
        for doc in processing_order(docs):
            try:
                link = self.index.add(doc)
            except (ValueError, TypeError) as exc:  # one bad document never stops the batch
                log.warning("dedup skipped document %s: %s", doc.id, exc)
                continue
            doc.duplicate_of = link.duplicate_of if link else None
            doc.duplicate_kind = link.kind if link else None
            doc.duplicate_score = link.score if link else None
        if store is not None:
            store.update_links([make_link(d) for d in docs])
            store.set_state(STATE_KEY, self.index.to_state())


def count_independent_sources(docs: Sequence[Document]) -> int:
    """Independent sources among ``docs``: distinct outlets of the non-duplicate documents.

    A duplicate or syndicated copy (``duplicate_of`` set) adds no source; a document without an
    outlet counts as a source of its own.
    """
    sources = {(d.outlet or f"doc:{d.id}").strip().lower() for d in docs if not d.duplicate_of}
    return len(sources)
