"""Evaluate quantity extraction on the annotated development set.

``python -m rasd.quantities.evaluate [--gold eval/quantities/dev.jsonl] [--shared ../shared] [--errors]``
prints JSON: precision and recall of quantities (a prediction is correct when it overlaps a gold
quantity and has the same value, or the same low/high for vague amounts and ranges, and the same
unit after normalisation), the same figures on value alone and on spans alone, and claimant
accuracy over the correct quantities whose gold has a claimant. Articles are read from
SaudiNewsNet in ``../shared``; each runs through :class:`QuantitiesStage` with the crawl date as
publication date and no statements (claimants come from sentence sources such as ``بحسب``).
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from rasd.dates.evaluate import REPO, document, evaluator_main, load_dev
from rasd.models import Quantity
from rasd.quantities.stage import QuantitiesStage
from rasd.text.normalize import norm_key


def _num(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def value_match(g: dict[str, Any], p: Quantity) -> bool:
    if g["value"] is not None:
        return _num(g["value"], p.value)
    return _num(g["low"], p.low) and _num(g["high"], p.high)


def _unit_key(u: str | None) -> str:
    return " ".join(norm_key(u).split()) if u else ""


def unit_match(g: dict[str, Any], p: Quantity) -> bool:
    return _unit_key(g["unit"]) == _unit_key(p.unit)


def _claimant_ok(g: dict[str, Any], p: Quantity) -> bool:
    if not p.claimant:
        return False
    a, b = _unit_key(str(g["claimant"])), _unit_key(p.claimant)
    return a == b or a in b or b in a


def _ratio(a: int, b: int) -> float:
    return round(a / b, 4) if b else 0.0


def _overlaps(g: dict[str, Any], p: Quantity) -> bool:
    return min(int(g["end"]), p.end) > max(int(g["start"]), p.start)


def evaluate(gold: Path, shared: Path, errors: bool = False) -> dict[str, Any]:
    stage = QuantitiesStage()
    n_gold = n_pred = tp = tp_value = tp_span = claim_n = claim_ok = 0
    errs: list[str] = []
    for rec, content in load_dev(gold, shared):
        preds = stage(document(rec, content)).quantities
        n_gold += len(rec["items"])
        n_pred += len(preds)
        for g in rec["items"]:
            cands = [p for p in preds if _overlaps(g, p)]
            tp_span += bool(cands)
            tp_value += any(value_match(g, p) for p in cands)
            good = [p for p in cands if value_match(g, p) and unit_match(g, p)]
            if good:
                tp += 1
                if g.get("claimant"):
                    claim_n += 1
                    claim_ok += _claimant_ok(g, good[0])
            elif errors:
                got = [(p.text, p.value, p.low, p.high, p.unit) for p in cands]
                gv = g["value"] if g["value"] is not None else (g["low"], g["high"])
                errs.append(f"{rec['source']} miss {g['text']!r} gold={gv}/{g['unit']} got={got}")
        if errors:
            for p in preds:
                if not any(_overlaps(g, p) for g in rec["items"]):
                    errs.append(f"{rec['source']} extra {p.text!r} {p.value}/{p.unit}")
    out: dict[str, Any] = {
        "gold": n_gold,
        "predicted": n_pred,
        "precision": _ratio(tp, n_pred),
        "recall": _ratio(tp, n_gold),
        "value_precision": _ratio(tp_value, n_pred),
        "value_recall": _ratio(tp_value, n_gold),
        "span_precision": _ratio(tp_span, n_pred),
        "span_recall": _ratio(tp_span, n_gold),
        "claimant_accuracy": _ratio(claim_ok, claim_n),
        "claimant_items": claim_n,
    }
    if errors:
        out["errors"] = errs
    return out


def main(argv: list[str] | None = None) -> int:
    gold = REPO / "eval" / "quantities" / "dev.jsonl"
    return evaluator_main("python -m rasd.quantities.evaluate", __doc__, gold, evaluate, argv)


if __name__ == "__main__":
    raise SystemExit(main())
