"""Group a story's statements into claims and its quantities into numeric slots.

Statements are taken in publication order; each joins the claim whose term centroid it is most
similar to (cosine over IDF-weighted terms, :mod:`rasd.analysis.terms`) above ``JOIN_THRESHOLD``,
or opens a new claim. A statement with almost no content of its own ("ليس لديه ما يضيفه") joins the
claim of the nearest earlier statement of its document. Quantities with the same counted object
form a numeric slot ("جندي": 1,500 per X; 3,000 per Y...).
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from rasd.analysis.records import Claim, ClaimSource, Evidence
from rasd.analysis.stance import stance_of
from rasd.analysis.terms import cosine, is_key, key_terms, statement_terms, word_terms
from rasd.models import Document, Quantity, Statement

JOIN_THRESHOLD = 0.6
CORE_SHARE = 0.5
NEAR_SENTENCES = 2


@dataclass(slots=True)
class _Item:
    doc: Document
    st: Statement
    terms: dict[str, float]
    keys: frozenset[str]
    own: int


@dataclass(slots=True)
class _Group:
    items: list[_Item] = field(default_factory=list)
    centroid: dict[str, float] = field(default_factory=dict)
    key_counts: Counter[str] = field(default_factory=Counter)

    def add(self, item: _Item, vec: dict[str, float]) -> None:
        self.items.append(item)
        self.key_counts.update(item.keys)
        for t, v in vec.items():
            self.centroid[t] = self.centroid.get(t, 0.0) + v

    def core(self) -> frozenset[str]:
        """Key terms shared by at least half of the members."""
        need = max(1.0, CORE_SHARE * len(self.items))
        return frozenset(t for t, n in self.key_counts.items() if n >= need)


def _weight(term: str) -> float:
    return 1.5 if term.startswith("P:") else 1.0


def key_similarity(item: frozenset[str], core: frozenset[str]) -> float:
    """How much of a claim's core the item covers (weighted); 0 unless they share a predicate class
    and at least two key terms."""
    shared = item & core
    if not any(t.startswith("P:") for t in shared) or len(shared) < 2:
        return 0.0
    denom = sum(_weight(t) for t in core)
    return sum(_weight(t) for t in shared) / denom if denom else 0.0


def doc_order(docs: Sequence[Document]) -> list[Document]:
    return sorted(docs, key=lambda d: (d.published or "9999", d.id))


def evidence_for(doc: Document, start: int, end: int) -> Evidence:
    """The sentence(s) of ``doc`` covering ``[start, end)`` as evidence."""
    s0, e0 = start, end
    for s in doc.sentences:
        if s.start <= start < s.end or (s.start < end <= s.end):
            s0, e0 = min(s0, s.start), max(e0, s.end)
    return Evidence(doc.id, doc.outlet, s0, e0, doc.text[s0:e0])


def _items(docs: Sequence[Document]) -> list[_Item]:
    out = []
    for doc in doc_order(docs):
        for st in doc.statements:
            own = len(word_terms(st.content))
            out.append(_Item(doc, st, statement_terms(doc, st), key_terms(doc, st), own))
    return out


def _previous_group(item: _Item, groups: list[_Group]) -> int | None:
    """The group of the nearest earlier statement of the same document (within a few sentences)."""
    best, best_gap = None, NEAR_SENTENCES + 1
    for gi, g in enumerate(groups):
        for it in g.items:
            gap = item.st.sentence - it.st.sentence
            if it.doc.id == item.doc.id and 0 <= gap < best_gap:
                best, best_gap = gi, gap
    return best


def _vec(it: _Item) -> dict[str, float]:
    return {t: n * (2.0 if is_key(t) else 1.0) for t, n in it.terms.items()}


REFERRING_ACTS = frozenset({"evade", "deny", "confirm", "reject"})
"""Acts that often take the proposition from context ("declined to confirm or deny", "has nothing to add")."""


def _refers_back(it: _Item) -> bool:
    """A statement that names no proposition of its own: fewer than two key terms, or no event
    predicate while it only confirms/denies/evades or says very little."""
    if len(it.keys) < 2:
        return True
    has_predicate = any(t.startswith("P:") for t in it.keys)
    return not has_predicate and (it.st.act in REFERRING_ACTS or it.own < 4)


def _assign(items: list[_Item], cores: list[frozenset[str]]) -> list[_Group]:
    """One pass: each item joins the best of the fixed ``cores`` (or the growing new groups)."""
    groups: list[_Group] = [_Group() for _ in cores]
    for it in items:
        target: int | None = None
        if _refers_back(it):
            target = _previous_group(it, groups)
        if target is None:
            live = [g.core() if i >= len(cores) else cores[i] for i, g in enumerate(groups)]
            scores = [key_similarity(it.keys, c) for c in live]
            if scores and max(scores) >= JOIN_THRESHOLD:
                target = scores.index(max(scores))
        if target is None:
            groups.append(_Group())
            target = len(groups) - 1
        groups[target].add(it, _vec(it))
    return [g for g in groups if g.items]


def _cluster(items: list[_Item], passes: int = 2) -> list[_Group]:
    """Greedy grouping, then re-assignment passes against the groups' cores (less order-dependent)."""
    groups = _assign(items, [])
    for _ in range(passes):
        groups = _assign(items, [g.core() for g in sorted(groups, key=lambda g: -len(g.items))])
    return groups


def _claim_id(story_id: str, kind: str, key: str) -> str:
    return f"{story_id}:{kind[0]}{hashlib.sha1(key.encode('utf-8')).hexdigest()[:8]}"


def _source(item: _Item) -> ClaimSource:
    st, doc = item.st, item.doc
    return ClaimSource(
        speaker=st.speaker,
        outlet=doc.outlet,
        document=doc.id,
        stance=stance_of(st),
        statement_id=st.id,
        date=st.date or doc.published,
        value=None,
        evidence=evidence_for(doc, st.start, st.end),
        act=st.act,
        independent=doc.duplicate_of is None,
    )


def _representative(group: _Group) -> _Item:
    def score(it: _Item) -> tuple[float, int]:
        vec = it.terms
        bonus = 0.2 if stance_of(it.st) == "supports" else 0.0
        return cosine(vec, group.centroid) + bonus + min(it.own, 25) / 100, -it.st.start

    return max(group.items, key=score)


def count_independent(sources: Sequence[ClaimSource]) -> int:
    """Distinct (speaker, outlet) pairs among sources that are not syndicated copies."""
    seen = {((s.speaker or "").strip(), (s.outlet or "").strip()) for s in sources if s.independent}
    return len(seen)


def statement_claims(story_id: str, docs: Sequence[Document]) -> list[Claim]:
    """Claims of the story's statements, most independently sourced first."""
    claims: list[Claim] = []
    for group in _cluster(_items(docs)):
        rep = _representative(group)
        sources = [_source(it) for it in group.items]
        claim = Claim(
            id=_claim_id(story_id, "statement", rep.st.id),
            text=rep.st.content.strip(),
            kind="statement",
            sources=sources,
        )
        claim.independent_sources = count_independent(sources)
        claims.append(claim)
    claims.sort(key=lambda c: (-c.independent_sources, -len(c.sources), c.id))
    return claims


def _unit_key(q: Quantity) -> str | None:
    if not q.unit:
        return None
    terms = word_terms(q.unit)
    return terms[0] if terms else q.unit


def _slot_label(values: list[tuple[Document, Quantity]]) -> str:
    places: Counter[str] = Counter()
    for doc, q in values:
        ev = evidence_for(doc, q.start, q.end)
        for m in doc.entities:
            if ev.start <= m.start < ev.end and m.type == "LOC":
                places[m.text] += 1
    unit = Counter(q.unit for _, q in values if q.unit).most_common(1)[0][0]
    top = [p for p, _ in places.most_common(2)]
    return f"{unit} — {'، '.join(top)}" if top else str(unit)


def numeric_slots(story_id: str, docs: Sequence[Document], min_values: int = 2) -> list[Claim]:
    """Quantities grouped by counted object; slots with at least ``min_values`` values."""
    by_key: dict[str, list[tuple[Document, Quantity]]] = {}
    for doc in doc_order(docs):
        for q in doc.quantities:
            key = _unit_key(q)
            if key is not None and (q.value is not None or q.low is not None):
                by_key.setdefault(key, []).append((doc, q))
    statements = {st.id: st for d in docs for st in d.statements}
    slots: list[Claim] = []
    for key, values in by_key.items():
        if len({(q.value, q.low, q.high) for _, q in values}) < min_values:
            continue
        sources = []
        for doc, q in values:
            st = statements.get(q.statement_id or "")
            sources.append(
                ClaimSource(
                    speaker=q.claimant,
                    outlet=doc.outlet,
                    document=doc.id,
                    stance=stance_of(st) if st else "reports",
                    statement_id=q.statement_id,
                    date=(st.date if st and st.date else doc.published),
                    value=q.value if q.value is not None else q.low,
                    evidence=evidence_for(doc, q.start, q.end),
                    act=st.act if st else None,
                    independent=doc.duplicate_of is None,
                )
            )
        label = _slot_label(values)
        slot = Claim(
            id=_claim_id(story_id, "numeric", key),
            text=label,
            kind="numeric",
            sources=sources,
            unit=values[0][1].unit,
        )
        slot.independent_sources = count_independent(sources)
        slots.append(slot)
    slots.sort(key=lambda c: (-len({s.value for s in c.sources}), -c.independent_sources, c.id))
    return slots
