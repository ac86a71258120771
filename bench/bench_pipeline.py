"""Pipeline benchmark on SaudiNewsNet (../shared/data/saudinewsnet): docs/s per stage, peak RSS.

    .venv/bin/python bench/bench_pipeline.py                      # foundation stages, all 31,030 articles
    .venv/bin/python bench/bench_pipeline.py --limit 5000 --stages all

Runs ``rasd.ingest`` (the same code path as the CLI) on the day zips, one process on one core, into a
fresh SQLite file, and prints JSON: documents, wall time, docs/s overall and per stage, tokens/s,
peak RSS, and the ratio to a plain regex tokenisation of the same texts (the floor the issue quotes).
``--stages foundation`` (default) runs ingest, language, clean, metadata, segment and store — the
foundation's budget: >= 1,000 docs/s, peak RSS <= 1 GB. ``--stages all`` runs every per-document stage
and, unless ``--no-collections``, the collection stages (entities, duplicates, stories).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import sys
import tempfile
import time
import zipfile
from pathlib import Path

for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(var, "1")

from rasd import api  # noqa: E402
from rasd.pipeline.defaults import FOUNDATION, document_stages  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SHARED = ROOT.parent / "shared" / "data" / "saudinewsnet"


def limited_inputs(zips: list[Path], limit: int | None, tmp: Path) -> tuple[list[str], list[str]]:
    """The zips to ingest (a trimmed JSON file when ``limit`` is set) and the article texts."""
    texts: list[str] = []
    if limit is None:
        for z in zips:
            with zipfile.ZipFile(z) as zf:
                for name in zf.namelist():
                    texts.extend(a.get("content") or "" for a in json.loads(zf.read(name)))
        return [str(z) for z in zips], texts
    records: list[dict[str, str]] = []
    for z in zips:
        with zipfile.ZipFile(z) as zf:
            for name in zf.namelist():
                records.extend(json.loads(zf.read(name)))
        if len(records) >= limit:
            break
    records = records[:limit]
    out = tmp / "subset.json"
    out.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    return [str(out)], [r.get("content") or "" for r in records]


def regex_floor(texts: list[str]) -> float:
    word = re.compile(r"\w+")
    t0 = time.perf_counter()
    for t in texts:
        word.findall(t)
    return len(texts) / (time.perf_counter() - t0)


def time_analysis(db: str) -> tuple[float, int]:
    """Seconds to analyse every story of the store (claims, comparison, timeline, briefing)."""
    from rasd.analysis import analyze_stories
    from rasd.store import Store

    with Store.open(db) as store:
        t0 = time.perf_counter()
        stories = analyze_stories(store)
        return time.perf_counter() - t0, len(stories)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--stages", choices=("foundation", "all"), default="foundation")
    ap.add_argument("--no-collections", action="store_true")
    ap.add_argument(
        "--analysis", action="store_true", help="also time the cross-source analysis of every story"
    )
    ap.add_argument(
        "--keep-db", type=Path, default=None, help="write the database here (kept) instead of a temp file"
    )
    args = ap.parse_args()
    zips = sorted(args.shared.glob("*.zip"))
    if not zips:
        sys.exit(f"no SaudiNewsNet zips under {args.shared}")
    with tempfile.TemporaryDirectory() as tmpd:
        tmp = Path(tmpd)
        inputs, texts = limited_inputs(zips, args.limit, tmp)
        floor = regex_floor(texts)
        n_tokens = sum(len(t.split()) for t in texts)
        del texts
        only = list(FOUNDATION) if args.stages == "foundation" else [s.name for s in document_stages()]
        collections = args.stages == "all" and not args.no_collections
        timings: dict[str, float] = {}
        t0 = time.perf_counter()
        db = f"sqlite:///{args.keep_db or tmp / 'bench.db'}"
        summary = api.ingest(inputs, db, stages=only, collections=collections, timings=timings)
        wall = time.perf_counter() - t0
        if args.analysis:
            timings["analysis"], n_stories = time_analysis(db)
            timings["analysis_stories"] = n_stories
    n = summary.ingested
    result = {
        "documents": n,
        "failed": len(summary.failed),
        "stages": only
        + ([f"collection:{c}" for c in ("entities", "speakers", "dedup", "stories")] if collections else [])
        + (["analysis"] if args.analysis else []),
        "wall_seconds": round(wall, 2),
        "docs_per_s": round(n / wall, 1),
        "tokens_per_s": round(n_tokens / wall),
        "per_stage": {
            k: {
                "seconds": round(v, 2),
                "docs_per_s": round(n / v, 1) if v else None,
                "tokens_per_s": round(n_tokens / v) if v else None,
            }
            for k, v in sorted(timings.items(), key=lambda kv: -kv[1])
            if k != "analysis_stories"
        },
        "stories_analysed": int(timings.get("analysis_stories", 0)),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "regex_tokenisation_docs_per_s": round(floor, 1),
        "ratio_to_regex_floor": round((n / wall) / floor, 3),
    }
    print(json.dumps(result, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
