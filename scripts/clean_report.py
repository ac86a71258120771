"""Run the cleaner over SaudiNewsNet and report what it removes (JSON on stdout).

Usage: python scripts/clean_report.py [--shared ../shared] [--limit N] [--sample 120 --sample-out FILE]

Prints: documents, lines, removed lines per reason and rule, sentence-like removed lines, time per
document (clean only, and boilerplate learning). With --sample-out, writes a random sample of removed
lines (reason, rule, text) to FILE for manual precision checking: keep that file OUT of the repository
(it holds article text).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
import zipfile
from collections import Counter
from pathlib import Path

from rasd.clean import SiteBoilerplate, clean_text, outlet_key
from rasd.clean.appended import MARKER_HIGH, MARKER_LOW, SHIFT_LOW
from rasd.clean.rules import line_key
from rasd.clean.topic import content_words, off_topic, overlap
from rasd.models import Document, document_id

REPO = Path(__file__).resolve().parent.parent


def load_docs(shared: Path, limit: int | None) -> list[Document]:
    docs: list[Document] = []
    for path in sorted((shared / "data" / "saudinewsnet").glob("*.zip")):
        with zipfile.ZipFile(path) as zf:
            for name in sorted(zf.namelist()):
                for item in json.loads(zf.read(name)):
                    text = str(item.get("content") or "")
                    docs.append(
                        Document(
                            document_id(text, item.get("url")),
                            text,
                            url=item.get("url"),
                            outlet=item.get("source"),
                        )
                    )
                    if limit and len(docs) >= limit:
                        return docs
    return docs


def sentence_like(text: str) -> bool:
    """A removed line that reads like an article sentence: long, ends with '.', has a verb-ish word."""
    key = line_key(text)
    words = key.split()
    if len(words) < 8 or not key.endswith("."):
        return False
    return any(w[:1] in "يت" or w[:2] in ("وي", "وت", "وا", "فا") for w in words)


def tune_appended(docs: list[Document], n: int = 4000, seed: int = 0) -> dict[str, float]:
    """Error rates of the marker rule on real halves: head vs own second half / another article's half."""
    rng = random.Random(seed)
    pool = [d for d in docs if sum(1 for ln in d.raw_text.splitlines() if len(ln.strip()) > 40) >= 4]
    rng.shuffle(pool)
    pool = pool[:n]

    def halves(doc: Document) -> tuple[Counter[str], Counter[str]]:
        lines = [ln for ln in doc.raw_text.splitlines() if ln.strip()]
        k = len(lines) // 2
        return content_words(line_key(" ".join(lines[:k]))), content_words(line_key(" ".join(lines[k:])))

    parts = [halves(d) for d in pool]
    own = sum(off_topic(h, t, MARKER_LOW, MARKER_HIGH) for h, t in parts)
    foreign = sum(
        not off_topic(h, parts[(i + 1) % len(parts)][1], MARKER_LOW, MARKER_HIGH)
        for i, (h, _) in enumerate(parts)
    )
    shift = sum(overlap(h, t) < SHIFT_LOW for h, t in parts)
    return {
        "articles": len(parts),
        "own_half_cut_rate": round(own / max(len(parts), 1), 4),
        "foreign_half_kept_rate": round(foreign / max(len(parts), 1), 4),
        "own_half_below_shift_low_rate": round(shift / max(len(parts), 1), 4),
    }


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--sample", type=int, default=120)
    ap.add_argument("--sample-out", type=Path, default=None)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--tune-appended", action="store_true", help="also report appended-article error rates")
    args = ap.parse_args()
    docs = load_docs(args.shared, args.limit)
    t0 = time.perf_counter()
    bp = SiteBoilerplate().learn(docs)
    t1 = time.perf_counter()
    c1 = time.process_time()
    reasons: Counter[str] = Counter()
    rules: Counter[str] = Counter()
    removed_all = []
    lines = 0
    sentence_removed = 0
    for doc in docs:
        res = clean_text(doc.raw_text, bp, outlet_key(doc))
        lines += sum(1 for ln in doc.raw_text.splitlines() if ln.strip())
        for r in res.removed:
            reasons[r.reason] += 1
            rules[f"{r.reason}/{r.rule}"] += 1
            removed_all.append((r.reason, r.rule, r.text))
            sentence_removed += sentence_like(r.text)
    t2 = time.perf_counter()
    c2 = time.process_time()
    report: dict[str, object] = {
        "documents": len(docs),
        "nonblank_lines": lines,
        "removed_spans": len(removed_all),
        "removed_per_reason": dict(reasons.most_common()),
        "removed_per_rule": dict(rules.most_common()),
        "sentence_like_removed": sentence_removed,
        "sentence_like_fraction": round(sentence_removed / max(len(removed_all), 1), 4),
        "learn_ms_per_doc": round((t1 - t0) * 1000 / max(len(docs), 1), 4),
        "clean_ms_per_doc": round((t2 - t1) * 1000 / max(len(docs), 1), 4),
        "clean_cpu_ms_per_doc": round((c2 - c1) * 1000 / max(len(docs), 1), 4),
    }
    if args.tune_appended:
        report["appended_tuning"] = tune_appended(docs)
    if args.sample_out:
        rng = random.Random(args.seed)
        sample = rng.sample(removed_all, min(args.sample, len(removed_all)))
        with args.sample_out.open("w", encoding="utf-8") as fh:
            for i, (reason, rule, text) in enumerate(sample):
                fh.write(f"{i}\t{reason}\t{rule}\t{text[:200]}\n")
    json.dump(report, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
