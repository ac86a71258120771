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
from rasd.clean.rules import line_key
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


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--sample", type=int, default=120)
    ap.add_argument("--sample-out", type=Path, default=None)
    ap.add_argument("--seed", type=int, default=13)
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
    report = {
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
