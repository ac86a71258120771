"""Contradictions and evolution within a claim.

* ``stance``: a source supports what another denies (different speakers).
* ``numeric``: two values of one slot that cannot both hold at the same date. Values reported on
  different dates are a revision over time (shown in the evolution), not a conflict; a value
  marked as a part of another ("8,000 of them in Kursk") is not a conflict either.
* ``relation``: the agree/disagree/other classifier (:mod:`rasd.analysis.relation`) flags two
  supporting evidence sentences of different sources as disagreeing with high probability.
"""

from __future__ import annotations

import logging
from itertools import combinations

from rasd.analysis.records import Claim, ClaimSource, Contradiction, EvolutionStep
from rasd.data import read_yaml
from rasd.errors import ModelError
from rasd.text.normalize import norm_key

log = logging.getLogger(__name__)

MAX_PAIRS = 5
RELATION_MIN_PROB = 0.85
RELATION_MAX_CHECKS = 30
NUMERIC_TOLERANCE = 0.1


def _speaker(s: ClaimSource) -> str:
    return norm_key(s.speaker or s.outlet or s.document)


def stance_contradictions(claim: Claim) -> list[Contradiction]:
    out: list[Contradiction] = []
    pos = [s for s in claim.sources if s.stance == "supports"]
    neg = [s for s in claim.sources if s.stance == "denies"]
    for a in neg:
        for b in pos:
            if _speaker(a) != _speaker(b) and len(out) < MAX_PAIRS:
                out.append(
                    Contradiction(
                        "stance",
                        claim.id,
                        a.evidence,
                        b.evidence,
                        f"{a.speaker or a.outlet or '؟'} ينفي ما يؤكده {b.speaker or b.outlet or '؟'}",
                    )
                )
    return out


def _is_part(s: ClaimSource) -> bool:
    markers = read_yaml("analysis/numeric.yaml")["part_markers"]
    text = norm_key(s.evidence.text)
    return any(norm_key(m) in text for m in markers)


def _day(s: ClaimSource) -> str | None:
    return s.date[:10] if s.date else None


def numeric_contradictions(claim: Claim) -> list[Contradiction]:
    out: list[Contradiction] = []
    values = [s for s in claim.sources if s.value is not None and s.independent]
    for a, b in combinations(values, 2):
        assert a.value is not None and b.value is not None
        if abs(a.value - b.value) <= NUMERIC_TOLERANCE * max(abs(a.value), abs(b.value)):
            continue
        if _is_part(a) or _is_part(b) or _speaker(a) == _speaker(b):
            continue
        if _day(a) != _day(b):
            continue  # a revision over time: part of the evolution, not a conflict
        out.append(
            Contradiction(
                "numeric",
                claim.id,
                a.evidence,
                b.evidence,
                f"{a.value:g} ({a.speaker or a.outlet or '؟'}) مقابل {b.value:g} "
                f"({b.speaker or b.outlet or '؟'}) في {_day(a) or 'التاريخ نفسه'}",
            )
        )
        if len(out) >= MAX_PAIRS:
            break
    return out


def relation_contradictions(claim: Claim) -> list[Contradiction]:
    try:
        from rasd.analysis.relation import load_model

        model = load_model()
    except ModelError as exc:
        log.warning("relation classifier unavailable: %s", exc)
        return []
    out: list[Contradiction] = []
    support = [s for s in claim.sources if s.stance == "supports" and s.independent]
    checks = 0
    for a, b in combinations(support, 2):
        if a.document == b.document or _speaker(a) == _speaker(b):
            continue
        checks += 1
        if checks > RELATION_MAX_CHECKS:
            break
        rel = model.predict(a.evidence.text, b.evidence.text)
        if rel.label == "disagree" and rel.probability >= RELATION_MIN_PROB:
            out.append(
                Contradiction(
                    "relation",
                    claim.id,
                    a.evidence,
                    b.evidence,
                    "يرى مصنِّف العلاقات بين الجمل أن الجملتين متعارضتان",
                    round(rel.probability, 3),
                )
            )
    return out[:MAX_PAIRS]


def evolution(claim: Claim) -> list[EvolutionStep]:
    ordered = sorted(claim.sources, key=lambda s: (s.date or "9999", s.document, s.evidence.start))
    return [EvolutionStep(s.date, s.stance, s.speaker, s.outlet, s.value, s.evidence) for s in ordered]


def compare(claim: Claim) -> None:
    """Fill ``claim.contradictions`` and ``claim.evolution`` in place."""
    if claim.kind == "numeric":
        claim.contradictions = numeric_contradictions(claim)
    else:
        claim.contradictions = stance_contradictions(claim) + relation_contradictions(claim)
    claim.evolution = evolution(claim)
