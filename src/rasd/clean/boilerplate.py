"""Site boilerplate learned from a corpus: lines an outlet prints in many of its documents.

A line (its matching key, digits folded to ``0``) is boilerplate for an outlet when it occurs in at least
``min_docs`` documents of that outlet AND in at least ``min_fraction`` of them. Lines longer than
``max_len`` are never counted; a line that looks like a real sentence must reach ``sentence_fraction``
(so a sentence quoted in a handful of articles is not boilerplate). Counts are kept so that two
learned sets can be merged and persisted (:meth:`SiteBoilerplate.to_json` / :meth:`from_json`).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable
from pathlib import PurePath
from urllib.parse import urlsplit

from rasd.clean.rules import line_key, looks_like_sentence
from rasd.errors import ConfigError
from rasd.models import Document

_DIGITS = re.compile(r"\d+")
FORMAT_VERSION = 1
MAX_SINGLETONS = 2000
"""Lines seen in one document only that are persisted per outlet (the most recent ones)."""


def outlet_key(doc: Document) -> str:
    """Grouping key of a document: its outlet, else its URL's domain, else its source folder."""
    if doc.outlet and doc.outlet.strip():
        return doc.outlet.strip().lower()
    if doc.url:
        host = urlsplit(doc.url.strip()).hostname or ""
        if host:
            return host.removeprefix("www.")
    if doc.source_path:
        parent = PurePath(doc.source_path).parent.name
        if parent:
            return parent
    return ""


def boilerplate_key(key: str) -> str:
    """Key under which a line is counted: the line key with digit runs folded to ``0``."""
    return _DIGITS.sub("0", key)


class SiteBoilerplate:
    """Per-outlet counts of short lines, and the boilerplate lines they imply."""

    def __init__(
        self,
        min_docs: int = 5,
        min_fraction: float = 0.005,
        max_len: int = 150,
        sentence_fraction: float = 0.3,
    ) -> None:
        if min_docs < 2 or not 0.0 < min_fraction <= 1.0:
            raise ConfigError("SiteBoilerplate: min_docs must be >= 2 and min_fraction in (0, 1]")
        self.min_docs = min_docs
        self.min_fraction = min_fraction
        self.max_len = max_len
        self.sentence_fraction = sentence_fraction
        self.max_singletons = MAX_SINGLETONS
        self.docs: dict[str, int] = {}
        self.counts: dict[str, Counter[str]] = {}
        self._cache: dict[str, frozenset[str]] = {}

    def add(self, outlet: str, raw_text: str) -> None:
        """Count the distinct short lines of one document of ``outlet``."""
        keys = set()
        for line in raw_text.splitlines():
            if line and len(line) <= self.max_len * 2:
                key = line_key(line)
                if key and len(key) <= self.max_len:
                    keys.add(boilerplate_key(key))
        self.docs[outlet] = self.docs.get(outlet, 0) + 1
        self.counts.setdefault(outlet, Counter()).update(keys)
        self._cache.pop(outlet, None)

    def learn(self, docs: Iterable[Document]) -> SiteBoilerplate:
        """Count the lines of ``docs`` (grouped by :func:`outlet_key`); returns ``self``."""
        for doc in docs:
            self.add(outlet_key(doc), doc.raw_text)
        return self

    def lines(self, outlet: str) -> frozenset[str]:
        """The boilerplate keys of one outlet."""
        cached = self._cache.get(outlet)
        if cached is not None:
            return cached
        n = self.docs.get(outlet, 0)
        floor = max(self.min_docs, self.min_fraction * n)
        found = set()
        for key, count in self.counts.get(outlet, Counter()).items():
            if count < floor:
                continue
            if looks_like_sentence(key) and count < self.sentence_fraction * n:
                continue
            found.add(key)
        result = frozenset(found)
        self._cache[outlet] = result
        return result

    def is_boilerplate(self, outlet: str, key: str) -> bool:
        """True if the line key ``key`` is boilerplate of ``outlet``."""
        if outlet not in self.counts or len(key) > self.max_len:
            return False
        return boilerplate_key(key) in self.lines(outlet)

    def merge(self, other: SiteBoilerplate) -> SiteBoilerplate:
        """A new set holding the counts of both (thresholds of ``self``)."""
        out = SiteBoilerplate(self.min_docs, self.min_fraction, self.max_len, self.sentence_fraction)
        for src in (self, other):
            for outlet, n in src.docs.items():
                out.docs[outlet] = out.docs.get(outlet, 0) + n
                out.counts.setdefault(outlet, Counter()).update(src.counts.get(outlet, Counter()))
        return out

    def _kept_counts(self, outlet: str) -> dict[str, int]:
        """Counts to persist: every line seen twice or more, and the latest ``max_singletons`` seen once
        (so that small incremental batches still add up, while the state stays bounded)."""
        counts = self.counts.get(outlet, Counter())
        singles = [k for k, c in counts.items() if c == 1]
        keep = set(singles[-self.max_singletons :]) if self.max_singletons else set()
        return {k: c for k, c in sorted(counts.items()) if c >= 2 or k in keep}

    def to_json(self) -> str:
        """Serialise (see :meth:`_kept_counts` for what is kept)."""
        data = {
            "version": FORMAT_VERSION,
            "min_docs": self.min_docs,
            "min_fraction": self.min_fraction,
            "max_len": self.max_len,
            "sentence_fraction": self.sentence_fraction,
            "outlets": {
                outlet: {"docs": self.docs[outlet], "lines": self._kept_counts(outlet)}
                for outlet in sorted(self.docs)
            },
        }
        return json.dumps(data, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> SiteBoilerplate:
        """Inverse of :meth:`to_json`; raises :class:`ConfigError` on malformed data."""
        try:
            data = json.loads(text)
            out = cls(
                int(data["min_docs"]),
                float(data["min_fraction"]),
                int(data["max_len"]),
                float(data["sentence_fraction"]),
            )
            for outlet, entry in data["outlets"].items():
                out.docs[str(outlet)] = int(entry["docs"])
                out.counts[str(outlet)] = Counter({str(k): int(v) for k, v in entry["lines"].items()})
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise ConfigError(f"site boilerplate data is malformed: {exc!r}") from exc
        return out
