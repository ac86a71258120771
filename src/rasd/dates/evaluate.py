"""Evaluate :func:`rasd.dates.parse_dates` on the annotated development set.

``python -m rasd.dates.evaluate [--gold eval/dates/dev.jsonl] [--shared ../shared] [--errors]``
prints JSON: accuracy (a gold mention is correct when an overlapping predicted mention has the
same value and granularity; Hijri gold values allow two days of calendar difference) and the
precision of the predicted mentions. Articles are read from SaudiNewsNet in ``../shared``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import sys
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from rasd.dates.parse import parse_dates
from rasd.errors import InputError, RasdError
from rasd.models import DateMention, Document
from rasd.text.segment import split_sentences

REPO = Path(__file__).resolve().parents[3]
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def default_shared() -> Path:
    return Path(os.environ.get("RASD_SHARED", REPO.parent / "shared"))


def load_dev(gold: Path, shared: Path) -> Iterator[tuple[dict[str, Any], str]]:
    """``(record, article content)`` for every line of a dev-set file."""
    if not gold.is_file():
        raise InputError("gold file not found", source=str(gold))
    folder = shared / "data" / "saudinewsnet"
    if not folder.is_dir():
        raise InputError("SaudiNewsNet not found (set RASD_SHARED)", source=str(folder))
    cache: dict[str, dict[str, str]] = {}
    for line in gold.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        if rec["zip"] not in cache:
            with zipfile.ZipFile(folder / rec["zip"]) as zf:
                arts = [a for n in zf.namelist() for a in json.loads(zf.read(n))]
            cache[rec["zip"]] = {a["url"]: a["content"] for a in arts}
        content = cache[rec["zip"]].get(rec["url"])
        if content is None:
            raise InputError(f"article not found: {rec['url']}", source=rec["zip"])
        yield rec, content


def document(rec: dict[str, Any], content: str) -> Document:
    doc = Document(id=rec["url"][-16:], raw_text=content, text=content, url=rec["url"])
    doc.published = rec["anchor"]
    doc.sentences = split_sentences(content)
    return doc


def _close(a: str, b: str, days: int) -> bool:
    da, db = _DATE.findall(a), _DATE.findall(b)
    if not da or len(da) != len(db):
        return False
    pairs = zip(da, db, strict=True)
    return all(abs((dt.date.fromisoformat(x) - dt.date.fromisoformat(y)).days) <= days for x, y in pairs)


def date_match(gold: dict[str, Any], pred: DateMention) -> bool:
    if pred.granularity != gold["granularity"] or pred.value is None:
        return False
    if pred.value == gold["value"]:
        return True
    return gold.get("calendar") == "hijri" and _close(pred.value, gold["value"], 2)


def _overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    return max(0, min(a1, b1) - max(a0, b0))


def evaluate(gold: Path, shared: Path, errors: bool = False) -> dict[str, Any]:
    n_gold = n_pred = correct = found = used_pred = 0
    errs: list[str] = []
    for rec, content in load_dev(gold, shared):
        anchor = dt.date.fromisoformat(rec["anchor"])
        preds = [d for s in split_sentences(content) for d in _shifted(content, s.start, s.end, anchor)]
        n_gold += len(rec["items"])
        n_pred += len(preds)
        used: set[int] = set()
        for g in rec["items"]:
            cands = [(i, p) for i, p in enumerate(preds) if _overlap(g["start"], g["end"], p.start, p.end)]
            ok = [i for i, p in cands if date_match(g, p)]
            if cands:
                found += 1
            if ok:
                correct += 1
                used.update(ok)
            elif errors:
                got = [(p.text, p.value, p.granularity) for _, p in cands]
                errs.append(f"{rec['source']} {g['text']!r} gold={g['value']}/{g['granularity']} got={got}")
        used_pred += len(used)
        if errors:
            for p in preds:
                if not any(_overlap(g["start"], g["end"], p.start, p.end) for g in rec["items"]):
                    errs.append(f"{rec['source']} extra {p.text!r} {p.value}/{p.granularity}")
    out: dict[str, Any] = {
        "gold": n_gold,
        "predicted": n_pred,
        "accuracy": round(correct / n_gold, 4) if n_gold else 0.0,
        "span_recall": round(found / n_gold, 4) if n_gold else 0.0,
        "precision": round(used_pred / n_pred, 4) if n_pred else 0.0,
    }
    if errors:
        out["errors"] = errs
    return out


def _shifted(text: str, start: int, end: int, anchor: dt.date) -> list[DateMention]:
    out = parse_dates(text[start:end], anchor)
    for d in out:
        d.start += start
        d.end += start
    return out


EvaluateFn = Callable[[Path, Path, bool], dict[str, Any]]


def evaluator_main(
    prog: str, doc: str | None, default_gold: Path, fn: EvaluateFn, argv: list[str] | None
) -> int:
    """The command line shared by the dates and quantities evaluators: score ``--gold``, print JSON."""
    ap = argparse.ArgumentParser(prog=prog, description=doc)
    ap.add_argument("--gold", type=Path, default=default_gold)
    ap.add_argument("--shared", type=Path, default=default_shared())
    ap.add_argument("--errors", action="store_true", help="list the mismatches")
    args = ap.parse_args(argv)
    try:
        result = fn(args.gold, args.shared, args.errors)
    except RasdError as e:
        print(f"error: {e}", file=sys.stderr)
        return e.exit_code
    print(json.dumps(result, ensure_ascii=False, indent=1))
    return 0


def main(argv: list[str] | None = None) -> int:
    gold = REPO / "eval" / "dates" / "dev.jsonl"
    return evaluator_main("python -m rasd.dates.evaluate", __doc__, gold, evaluate, argv)


if __name__ == "__main__":
    raise SystemExit(main())
