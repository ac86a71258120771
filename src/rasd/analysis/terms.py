"""Comparable terms of statements and sentences: light stems, synonym classes and entities.

Two statements concern the same proposition when they share weighted terms: synonym classes
(``data/analysis/concepts.yaml``: أرسلت/نشر/وجود → ``deploy``), entities (a mention's linked place
or entity id, so الكورية الشمالية and بيونج يانج both count as كوريا الشمالية), and the remaining
light-stemmed content words. Function words (``data/analysis/stopwords.txt``) are ignored.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache

from rasd.data import read_lines, read_yaml
from rasd.models import Document, Statement
from rasd.text.normalize import norm_key
from rasd.text.stem import light_stem

_WORD = re.compile(r"[\u0621-\u064a]{2,}|[a-z]{3,}")
CONTEXT_WEIGHT = 0.5


@lru_cache(maxsize=1)
def _concepts() -> dict[str, str]:
    """Stem -> class term: ``P:<class>`` for predicates, ``C:<class>`` for arguments."""
    table: dict[str, str] = {}
    data = read_yaml("analysis/concepts.yaml")
    for section, prefix in (("predicates", "P:"), ("arguments", "C:")):
        for concept, words in data[section].items():
            for w in words:
                for part in norm_key(w).split():
                    table.setdefault(light_stem(part), f"{prefix}{concept}")
    return table


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    words = {norm_key(w) for w in read_lines("analysis/stopwords.txt")}
    return frozenset(words | {light_stem(w) for w in words})


def word_terms(text: str) -> list[str]:
    """Content terms of a text: synonym class or light stem of each non-function word."""
    concepts, stop = _concepts(), _stopwords()
    out: list[str] = []
    for w in _WORD.findall(norm_key(text)):
        if w in stop:
            continue
        stem = light_stem(w)
        if stem in stop:
            continue
        out.append(concepts.get(stem, stem))
    return out


def entity_ref(text: str, link: str | None) -> str:
    """A comparable reference for an entity mention: its linked place, else its stemmed name."""
    words = [w[2:] if w.startswith("ال") and len(w) > 4 else w for w in norm_key(link or text).split()]
    return "E:" + " ".join(words)


def _entity_terms(doc: Document, start: int, end: int) -> tuple[list[str], list[tuple[int, int]]]:
    terms: list[str] = []
    spans: list[tuple[int, int]] = []
    for m in doc.entities:
        if m.start >= start and m.end <= end:
            terms.append(entity_ref(m.text, m.link))
            spans.append((m.start, m.end))
    return terms, spans


def span_terms(doc: Document, start: int, end: int) -> Counter[str]:
    """Terms of ``doc.text[start:end]``; entity mentions count as their entity, not their words."""
    ents, spans = _entity_terms(doc, start, end)
    pieces: list[str] = []
    pos = start
    for s, e in sorted(spans):
        pieces.append(doc.text[pos:s])
        pos = max(pos, e)
    pieces.append(doc.text[pos:end])
    return Counter(ents + word_terms(" ".join(pieces)))


def is_key(term: str) -> bool:
    """Key terms name the proposition: a synonym class (the predicate) or an entity (an argument)."""
    return term.startswith(("P:", "C:", "E:"))


def statement_terms(doc: Document, st: Statement) -> dict[str, float]:
    """Content terms (weight 1) plus the rest of the statement's sentence as context (weight 0.5)."""
    terms: dict[str, float] = {}
    for t, n in span_terms(doc, st.content_start, st.content_end).items():
        terms[t] = terms.get(t, 0.0) + n
    if 0 <= st.sentence < len(doc.sentences):
        sent = doc.sentences[st.sentence]
        for t, n in span_terms(doc, sent.start, sent.end).items():
            if t not in terms:
                terms[t] = CONTEXT_WEIGHT * n
    return terms


def key_terms(doc: Document, st: Statement) -> frozenset[str]:
    """The proposition's key terms: from the content, or from the whole sentence when the content
    names fewer than two (a short or elliptic content such as "لا يوجد دليل واضح")."""
    own = {t for t in span_terms(doc, st.content_start, st.content_end) if is_key(t)}
    if len(own) >= 2 or not 0 <= st.sentence < len(doc.sentences):
        return frozenset(own)
    sent = doc.sentences[st.sentence]
    return frozenset(own | {t for t in span_terms(doc, sent.start, sent.end) if is_key(t)})


def idf(term_sets: Sequence[Iterable[str]]) -> dict[str, float]:
    """Smoothed inverse document frequency over the given term sets."""
    df: Counter[str] = Counter()
    for ts in term_sets:
        df.update(set(ts))
    n = len(term_sets)
    return {t: math.log((n + 1) / (c + 0.5)) + 0.2 for t, c in df.items()}


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    dot = sum(v * b.get(t, 0.0) for t, v in a.items())
    if not dot:
        return 0.0
    na = math.sqrt(sum(v * v for v in a.values()))
    nb = math.sqrt(sum(v * v for v in b.values()))
    return dot / (na * nb)
