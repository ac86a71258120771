"""Evaluate statement extraction against a hand-annotated JSONL set.

Usage: ``python -m rasd.statements.evaluate eval/statements/dev.jsonl [--shared DIR] [--json] [-v]``

Each line of the gold file: ``{"url", "day", "statements": [{speaker, speaker_start, speaker_end,
cue, cue_start, cue_end, act, content_start, content_end}]}`` with offsets into the article's
``content`` in ``<shared>/data/saudinewsnet/<day>.zip``. The article texts are read from there
at run time. Each article is segmented, tokenised and tagged by the NER stage before extraction,
as in the pipeline (``rasd.pipeline.defaults``), so that the extractor sees ``doc.entities``.

Matching: a predicted statement matches a gold one when their cues overlap, or when one's cue
lies inside the other's frame (from its cue to the start of its content: ``وأوضح X قائلا: ...``).
Pairs are matched one-to-one in text order.

A matched speaker is correct when the predicted and gold speaker spans overlap, or when one's
normalised text contains the other's (tokens compared without the article ال), so that
``الغامدي`` for ``المتحدث ... فهد الغامدي`` (another mention of the same speaker) counts, and
so does a phrase with the same last word (the head of a name: ``الشاعرة الإماراتية جموح``).

Linked speakers (reported beside the headline, round 8): the same principle — another mention of
the same speaker counts — applied through the article's own gold mentions. A wrong-looking speaker
is also accepted when one gold speaker string of the same article contains both it and the gold
speaker as whole-token runs (``الرئيس الأوكراني`` and ``بترو بوروشنكو`` are both inside the
annotated ``الرئيس الأوكراني بترو بوروشنكو``).

Reported: precision/recall/F1 of statements (cue match) and of statements with the correct
speaker (the headline figure), act accuracy and mean content overlap (character IoU) over the
matched pairs.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rasd.errors import InputError, RasdError
from rasd.models import Document, Statement
from rasd.statements.stage import extract_statements
from rasd.text.normalize import norm_key
from rasd.text.segment import split_sentences, tokenize


@dataclass(slots=True)
class Scores:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    speaker_ok: int = 0
    linked_ok: int = 0
    act_ok: int = 0
    content_iou: float = 0.0
    errors: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        def prf(tp: int) -> dict[str, float]:
            p = tp / self.predicted if self.predicted else 0.0
            r = tp / self.gold if self.gold else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3)}

        return {
            "gold": self.gold,
            "predicted": self.predicted,
            "matched": self.matched,
            "statements": prf(self.matched),
            "with_correct_speaker": prf(self.speaker_ok),
            "with_linked_speaker": prf(self.linked_ok),
            "act_accuracy": round(self.act_ok / self.matched, 3) if self.matched else 0.0,
            "content_iou": round(self.content_iou / self.matched, 3) if self.matched else 0.0,
        }


def _key_tokens(text: str) -> str:
    return " ".join(t[2:] if t.startswith("ال") and len(t) > 3 else t for t in norm_key(text).split())


def speaker_ok(gold: dict[str, Any], pred: Statement) -> bool:
    if pred.speaker is None or pred.speaker_start is None or pred.speaker_end is None:
        return False
    if pred.speaker_start < gold["speaker_end"] and gold["speaker_start"] < pred.speaker_end:
        return True
    g, p = _key_tokens(gold["speaker"]), _key_tokens(pred.speaker)
    if not g or not p:
        return False
    return g in p or p in g or g.split()[-1] == p.split()[-1]


def _inside(outer: str, inner: str) -> bool:
    """``inner``'s tokens form a contiguous run of ``outer``'s (both normalised, ال dropped)."""
    o, i = outer.split(), inner.split()
    return bool(i) and any(o[n : n + len(i)] == i for n in range(len(o) - len(i) + 1))


def linked_ok(gold: dict[str, Any], pred: Statement, mentions: list[str]) -> bool:
    """The speakers are two mentions of one person joined by a fuller gold mention in the article."""
    if speaker_ok(gold, pred):
        return True
    if pred.speaker is None:
        return False
    g, p = _key_tokens(gold["speaker"]), _key_tokens(pred.speaker)
    return any(_inside(m, g) and _inside(m, p) for m in mentions)


def _frame(start: int, content_start: int) -> tuple[int, int]:
    return start, content_start if content_start > start else start


def _matches(gold: dict[str, Any], pred: Statement) -> bool:
    if pred.cue_start < gold["cue_end"] and gold["cue_start"] < pred.cue_end:
        return True
    g0, g1 = _frame(gold["cue_start"], gold["content_start"])
    p0, p1 = _frame(pred.cue_start, pred.content_start)
    return g0 <= pred.cue_start < g1 or p0 <= gold["cue_start"] < p1


def _iou(a0: int, a1: int, b0: int, b1: int) -> float:
    inter = max(0, min(a1, b1) - max(a0, b0))
    union = max(a1, b1) - min(a0, b0)
    return inter / union if union > 0 else 0.0


def score_document(
    text: str, gold: list[dict[str, Any]], preds: list[Statement], sc: Scores, url: str
) -> None:
    sc.gold += len(gold)
    sc.predicted += len(preds)
    used: set[int] = set()
    mentions = sorted({_key_tokens(g["speaker"]) for g in gold})
    for g in sorted(gold, key=lambda x: x["cue_start"]):
        hit = next((n for n, p in enumerate(preds) if n not in used and _matches(g, p)), None)
        if hit is None:
            sc.errors.append({"url": url, "kind": "missed", "cue": g["cue"], "speaker": g["speaker"]})
            continue
        used.add(hit)
        p = preds[hit]
        sc.matched += 1
        ok = speaker_ok(g, p)
        sc.speaker_ok += ok
        sc.linked_ok += linked_ok(g, p, mentions)
        sc.act_ok += p.act == g["act"]
        sc.content_iou += _iou(g["content_start"], g["content_end"], p.content_start, p.content_end)
        if not ok:
            sc.errors.append(
                {"url": url, "kind": "speaker", "cue": p.cue, "gold": g["speaker"], "got": p.speaker}
            )
        if p.act != g["act"]:
            sc.errors.append({"url": url, "kind": "act", "cue": p.cue, "gold": g["act"], "got": p.act})
    for n, p in enumerate(preds):
        if n not in used:
            sc.errors.append({"url": url, "kind": "spurious", "cue": p.cue, "got": p.speaker, "act": p.act})


def load_gold(path: Path) -> list[dict[str, Any]]:
    if not path.is_file():
        raise InputError("gold file not found", source=str(path))
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise InputError(f"line {n}: not JSON ({exc.msg})", source=str(path)) from exc
    return out


def load_articles(shared: Path, days: Iterable[str]) -> dict[tuple[str, str], str]:
    out: dict[tuple[str, str], str] = {}
    for day in sorted(set(days)):
        zpath = shared / "data" / "saudinewsnet" / f"{day}.zip"
        if not zpath.is_file():
            raise InputError("SaudiNewsNet zip not found (pass --shared)", source=str(zpath))
        with zipfile.ZipFile(zpath) as z:
            for name in z.namelist():
                for art in json.loads(z.read(name)):
                    out[(day, art["url"])] = art["content"]
    return out


_NER: list[Any] = []
"""The shared ``NerStage`` (made on first use; its model loads lazily from the package)."""


def _ner_stage() -> Any:
    if not _NER:
        from rasd.ner import NerStage

        _NER.append(NerStage())
    return _NER[0]


def analyse(text: str, doc_id: str = "dev", *, ner: bool = True) -> Document:
    """Segment, tokenise, tag entities (the NER stage, as in the pipeline) and extract statements."""
    doc = Document(id=doc_id, raw_text=text, text=text)
    doc.sentences = split_sentences(text)
    doc.tokens = tokenize(text)
    if ner:
        doc = _ner_stage()(doc)
    doc.statements = extract_statements(doc)
    return doc


def evaluate(gold_path: Path, shared: Path) -> Scores:
    gold = load_gold(gold_path)
    if any(not isinstance(g, dict) or not {"day", "url", "statements"} <= set(g) for g in gold):
        raise InputError("every line needs day, url and statements", source=str(gold_path))
    texts = load_articles(shared, (g["day"] for g in gold))
    sc = Scores()
    for n, g in enumerate(gold):
        text = texts.get((g["day"], g["url"]))
        if text is None:
            raise InputError(f"article {g['url']} not in {g['day']}.zip", source=str(gold_path))
        doc = analyse(text, f"dev{n}")
        try:
            score_document(text, g["statements"], doc.statements, sc, g["url"])
        except (KeyError, TypeError) as exc:
            raise InputError(f"line {n + 1}: malformed statement ({exc})", source=str(gold_path)) from exc
    return sc


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m rasd.statements.evaluate", description=__doc__.splitlines()[0]
    )
    ap.add_argument("gold", type=Path)
    default_shared = Path(os.environ.get("RASD_SHARED", Path.cwd().parent / "shared"))
    ap.add_argument("--shared", type=Path, default=default_shared)
    ap.add_argument("--json", action="store_true", help="print the scores as JSON")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every error")
    args = ap.parse_args(argv)
    try:
        sc = evaluate(args.gold, args.shared)
    except RasdError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    result = sc.as_dict()
    if args.verbose:
        for e in sc.errors:
            print(json.dumps(e, ensure_ascii=False))
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        s, w = result["statements"], result["with_correct_speaker"]
        print(f"gold {sc.gold}  predicted {sc.predicted}  matched {sc.matched}")
        print(f"statements            P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}")
        print(f"with correct speaker  P {w['precision']:.3f}  R {w['recall']:.3f}  F1 {w['f1']:.3f}")
        ln = result["with_linked_speaker"]
        print(f"  mentions linked     P {ln['precision']:.3f}  R {ln['recall']:.3f}  F1 {ln['f1']:.3f}")
        print(f"act accuracy {result['act_accuracy']:.3f}   content IoU {result['content_iou']:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
