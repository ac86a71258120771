"""Evaluate dedup + story clustering on a labelled development set.

    python -m rasd.stories.evaluate eval/stories/dev.tsv [--shared DIR] [--labelled-only]
                                    [--no-order] [--set cluster.threshold=0.3] [--json]

``dev.tsv`` has columns ``url``, ``story`` (gold story label), ``title`` (a short description
written by the annotator) and ``copy_group`` (documents sharing a copy group are copies of one
text; empty when none). Articles are read from the SaudiNewsNet zips under ``--shared``
(default ``../shared/data/saudinewsnet``); by default every article of the days that hold a
labelled article is clustered (the unlabelled ones are realistic distractors) and the metrics
are computed over the labelled ones. Prints pairwise and BCubed P/R/F1 of the stories,
pairwise P/R/F1 of the duplicate links (copy groups), and order robustness: the corpus is
ingested again in a shuffled order in small batches and compared with the one-batch run.
"""

from __future__ import annotations

import argparse
import csv
import json
import logging
import os
import random
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rasd.errors import ConfigError, InputError, RasdError
from rasd.models import Document
from rasd.pipeline.stage import CollectionContext
from rasd.stories.cluster import StoryStage
from rasd.stories.config import load_cluster_config, load_dedup_config
from rasd.stories.corpus import iter_articles, to_document
from rasd.stories.dedup import DedupStage
from rasd.stories.metrics import bcubed, pairwise

log = logging.getLogger(__name__)
DEFAULT_SHARED = (
    Path(os.environ.get("RASD_SHARED") or Path(__file__).resolve().parents[3].parent / "shared")
    / "data"
    / "saudinewsnet"
)
"""``$RASD_SHARED/data/saudinewsnet``, else ``../shared`` beside the checkout."""


@dataclass(frozen=True, slots=True)
class Label:
    story: str
    copy_group: str


def read_labels(path: Path) -> dict[str, Label]:
    """``url -> Label`` from a dev TSV (one clear error for a bad file)."""
    try:
        with path.open(encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f, delimiter="\t"))
    except OSError as exc:
        raise InputError(f"cannot read labels: {exc.strerror}", source=str(path)) from exc
    if not rows or not {"url", "story"} <= set(rows[0]):
        raise InputError("expected a TSV with columns url, story, title, copy_group", source=str(path))
    return {r["url"]: Label(r["story"], r.get("copy_group") or "") for r in rows if r.get("url")}


def load_corpus(labels: dict[str, Label], root: Path, labelled_only: bool) -> list[Document]:
    """Documents of every day holding a labelled article (or only the labelled articles)."""
    by_day: dict[str, list[dict[str, Any]]] = {}
    days: set[str] = set()
    for a in iter_articles(root):
        day = str(a.get("date_extracted") or "")[:10]
        if a.get("url") in labels:
            days.add(day)
        if not labelled_only or a.get("url") in labels:
            by_day.setdefault(day, []).append(a)
    docs = [to_document(a) for d in sorted(days) for a in by_day.get(d, []) if a.get("content")]
    found = {d.url for d in docs}
    missing = [u for u in labels if u not in found]
    if missing:
        log.warning("%d labelled urls not found in the corpus", len(missing))
    return docs


def cluster(docs: Sequence[Document], overrides: dict[str, dict[str, Any]], batch: int | None) -> None:
    """Run dedup + stories on ``docs`` (in one batch, or in batches of ``batch`` in the given order)."""
    dedup = DedupStage(load_dedup_config(overrides.get("dedup")))
    stories = StoryStage(load_cluster_config(overrides.get("cluster")))
    ctx = CollectionContext()
    step = batch or len(docs) or 1
    for lo in range(0, len(docs), step):
        part = docs[lo : lo + step]
        dedup.run(part, ctx)
        stories.run(part, ctx)


def _snapshot(docs: Sequence[Document]) -> tuple[dict[str, str], dict[str, str]]:
    story = {d.id: d.story or f"none:{d.id}" for d in docs}
    copies = {d.id: d.duplicate_of or d.id for d in docs}
    return story, copies


def evaluate(
    dev: Path,
    root: Path = DEFAULT_SHARED,
    labelled_only: bool = False,
    order: bool = True,
    overrides: dict[str, dict[str, Any]] | None = None,
    seed: int = 13,
    batch: int = 100,
) -> dict[str, Any]:
    labels = read_labels(dev)
    docs = load_corpus(labels, root, labelled_only)
    cluster(docs, overrides or {}, None)
    pred, pred_copy = _snapshot(docs)
    gold = {d.id: labels[d.url].story for d in docs if d.url in labels}
    gold_copy = {d.id: labels[d.url].copy_group or f"solo:{d.id}" for d in docs if d.url in labels}
    result: dict[str, Any] = {
        "documents": len(docs),
        "labelled": len(gold),
        "gold_stories": len(set(gold.values())),
        "predicted_stories_labelled": len({pred[i] for i in gold}),
        "pairwise": pairwise(pred, gold).as_dict(),
        "bcubed": bcubed(pred, gold).as_dict(),
        "duplicates": pairwise(pred_copy, gold_copy).as_dict(),
        "duplicates_marked": sum(1 for d in docs if d.duplicate_of),
    }
    if order:
        result["order"] = _order_robustness(docs, gold, pred, overrides or {}, seed, batch)
    return result


def _order_robustness(
    docs: Sequence[Document],
    gold: dict[str, str],
    pred: dict[str, str],
    overrides: dict[str, dict[str, Any]],
    seed: int,
    batch: int,
) -> dict[str, Any]:
    """Re-ingest in batches of ``batch``: fully shuffled, and day by day with each day shuffled."""
    rng = random.Random(seed)
    shuffled = [to_document_copy(d) for d in docs]
    rng.shuffle(shuffled)
    by_day = sorted(shuffled, key=lambda d: d.published or "")  # stable: shuffled within a day
    out: dict[str, Any] = {"seed": seed, "batch": batch}
    for name, order in (("shuffled", shuffled), ("daily", [to_document_copy(d) for d in by_day])):
        cluster(order, overrides, batch)
        pred2, _ = _snapshot(order)
        out[name] = {
            "agreement_all": pairwise(pred2, pred).as_dict(),
            "agreement_labelled": pairwise({i: pred2[i] for i in gold}, {i: pred[i] for i in gold}).as_dict(),
            "bcubed": bcubed(pred2, gold).as_dict(),
        }
    return out


def to_document_copy(doc: Document) -> Document:
    """A fresh document with the same input fields (no dedup/story annotations)."""
    fresh = Document(id=doc.id, raw_text=doc.raw_text, text=doc.text)
    fresh.title, fresh.outlet, fresh.url, fresh.published = doc.title, doc.outlet, doc.url, doc.published
    return fresh


def parse_overrides(items: Sequence[str]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for item in items:
        key, sep, value = item.partition("=")
        section, dot, name = key.partition(".")
        if not sep or not dot or section not in ("dedup", "cluster"):
            raise ConfigError(f"--set expects dedup.NAME=VALUE or cluster.NAME=VALUE, got {item!r}")
        try:
            out.setdefault(section, {})[name] = float(value)
        except ValueError as exc:
            raise ConfigError(f"--set {key}: not a number: {value!r}") from exc
    return out


def _prf(m: dict[str, float]) -> str:
    return f"P={m['p']:.3f} R={m['r']:.3f} F1={m['f1']:.3f}"


def _report(r: dict[str, Any]) -> str:
    lines = [
        f"documents clustered: {r['documents']}  labelled: {r['labelled']}  "
        f"gold stories: {r['gold_stories']}",
        "stories pairwise   " + _prf(r["pairwise"]),
        "stories BCubed     " + _prf(r["bcubed"]),
        "duplicates (pairs) " + _prf(r["duplicates"]) + f"  (marked: {r['duplicates_marked']})",
    ]
    if "order" in r:
        o = r["order"]
        for name, what in (("shuffled", "fully shuffled"), ("daily", "day by day, shuffled within a day")):
            m = o[name]
            lines.append(
                f"order robustness ({what}, batches of {o['batch']}): pairwise agreement with the "
                f"one-batch run all={m['agreement_all']['f1']:.3f} "
                f"labelled={m['agreement_labelled']['f1']:.3f}; BCubed F1={m['bcubed']['f1']:.3f}"
            )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m rasd.stories.evaluate", description=__doc__.splitlines()[0]
    )
    parser.add_argument("dev", type=Path)
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="SaudiNewsNet folder")
    parser.add_argument("--labelled-only", action="store_true", help="cluster only the labelled articles")
    parser.add_argument("--no-order", action="store_true", help="skip the order-robustness run")
    parser.add_argument("--set", action="append", default=[], metavar="SECTION.NAME=VALUE")
    parser.add_argument("--json", action="store_true", help="print JSON")
    args = parser.parse_args(argv)
    try:
        result = evaluate(
            args.dev, args.shared, args.labelled_only, not args.no_order, parse_overrides(args.set)
        )
    except RasdError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    print(json.dumps(result, ensure_ascii=False) if args.json else _report(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
