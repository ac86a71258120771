"""Timeline, extractive briefing and the "who says what" table of a story.

The briefing only ever quotes source sentences (with document, outlet and offsets): candidates are
the evidence sentences of the story's claims and the lead sentence of each independent article;
a greedy selection covers the main claims first, then the sources that deny, evade or cannot verify
them, then distinct numeric values, skipping any sentence too similar to one already chosen (the
same fact from another outlet).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from rasd.analysis.claims import doc_order, evidence_for
from rasd.analysis.records import BriefingSentence, Claim, Evidence, TimelineEvent, WhoSaysWhat
from rasd.analysis.terms import cosine, word_terms
from rasd.models import Document
from rasd.text.normalize import norm_key

DEFAULT_SENTENCES = 6
REDUNDANT = 0.5
DISSENT_BONUS = 0.8
NUMBER_BONUS = 0.3


@dataclass(slots=True)
class _Candidate:
    evidence: Evidence
    claim: str | None
    score: float
    terms: dict[str, float]


def _trigrams(text: str) -> dict[str, float]:
    key = norm_key(text)
    grams: dict[str, float] = {}
    for i in range(len(key) - 2):
        g = key[i : i + 3]
        grams[g] = grams.get(g, 0.0) + 1.0
    return grams


def _candidates(claims: Sequence[Claim], docs: Sequence[Document]) -> list[_Candidate]:
    out: dict[tuple[str, int], _Candidate] = {}
    for rank, claim in enumerate(claims):
        weight = math.log(2 + claim.independent_sources) / (1 + 0.3 * rank)
        for s in claim.sources:
            if not s.independent:
                continue
            bonus = DISSENT_BONUS if s.stance in ("denies", "evades", "unverified") else 0.0
            bonus += NUMBER_BONUS if s.value is not None else 0.0
            key = (s.evidence.document, s.evidence.start)
            cand = _Candidate(s.evidence, claim.id, weight + bonus, _trigrams(s.evidence.text))
            if key not in out or out[key].score < cand.score:
                out[key] = cand
    for doc in doc_order(docs):
        if doc.duplicate_of is None and doc.sentences:
            lead = next((s for s in doc.sentences if len(word_terms(doc.text[s.start : s.end])) >= 6), None)
            if lead is not None and (doc.id, lead.start) not in out:
                ev = Evidence(doc.id, doc.outlet, lead.start, lead.end, doc.text[lead.start : lead.end])
                out[(doc.id, lead.start)] = _Candidate(ev, None, 0.9, _trigrams(ev.text))
    return sorted(out.values(), key=lambda c: (-c.score, c.evidence.document, c.evidence.start))


def briefing(
    claims: Sequence[Claim], docs: Sequence[Document], n: int = DEFAULT_SENTENCES
) -> list[BriefingSentence]:
    """At most ``n`` cited source sentences, ordered by the articles' dates."""
    chosen: list[_Candidate] = []
    covered: dict[str | None, int] = {}
    pool = _candidates(claims, docs)
    while pool and len(chosen) < n:
        best = max(pool, key=lambda c: c.score / (1 + covered.get(c.claim, 0) if c.claim else 1))
        pool.remove(best)
        if any(cosine(best.terms, c.terms) >= REDUNDANT for c in chosen):
            continue
        chosen.append(best)
        covered[best.claim] = covered.get(best.claim, 0) + 1
    order = {d.id: i for i, d in enumerate(doc_order(docs))}
    chosen.sort(key=lambda c: (order.get(c.evidence.document, 0), c.evidence.start))
    return [
        BriefingSentence(
            c.evidence.text, c.evidence.document, c.evidence.outlet, c.evidence.start, c.evidence.end, c.claim
        )
        for c in chosen
    ]


def timeline(docs: Sequence[Document]) -> list[TimelineEvent]:
    """Publications, dated statements and dated events of the story, in date order."""
    events: list[TimelineEvent] = []
    seen: set[str] = set()
    for doc in doc_order(docs):
        if doc.duplicate_of is not None:
            continue
        if doc.published:
            ev = Evidence(doc.id, doc.outlet, 0, 0, doc.title or "")
            events.append(TimelineEvent(doc.published, "day", doc.title or doc.id, "publication", None, ev))
        for st in doc.statements:
            if st.date and st.date_source == "sentence":
                ev = evidence_for(doc, st.start, st.end)
                if norm_key(ev.text) not in seen:
                    seen.add(norm_key(ev.text))
                    events.append(TimelineEvent(st.date, "day", ev.text, "statement", st.speaker, ev))
        for dm in doc.dates:
            if dm.value and dm.granularity == "day":
                ev = evidence_for(doc, dm.start, dm.end)
                if norm_key(ev.text) not in seen:
                    seen.add(norm_key(ev.text))
                    events.append(TimelineEvent(dm.value, dm.granularity, ev.text, "event", None, ev))
    events.sort(
        key=lambda e: (e.date or "9999", e.kind != "publication", e.evidence.document, e.evidence.start)
    )
    return events


def who_says_what(claims: Sequence[Claim], max_claims: int = 8) -> list[WhoSaysWhat]:
    rows: dict[tuple[str, str], WhoSaysWhat] = {}
    for claim in [c for c in claims if c.kind == "statement"][:max_claims]:
        for s in claim.sources:
            speaker = s.speaker or s.outlet or "?"
            key = (norm_key(speaker), claim.id)
            row = rows.get(key)
            if row is None:
                rows[key] = WhoSaysWhat(
                    speaker, claim.id, s.stance, [s.outlet] if s.outlet else [], s.evidence
                )
            elif s.outlet and s.outlet not in row.outlets:
                row.outlets.append(s.outlet)
    return list(rows.values())
