"""Benchmark dedup + story clustering on SaudiNewsNet (reads ../shared/data/saudinewsnet zips).

    python bench/bench_stories.py --limit 10000        # one run, prints JSON
    python bench/bench_stories.py --curve 1000,5000,10000,31030   # one subprocess per size

Light preparation only: text = content, title, outlet = source, url, published = the date of
``date_extracted``. Documents are processed in one batch (the stages sort them by date, id).
Reports wall-clock seconds for preparation, dedup and clustering, documents per second, the
process CPU time of the whole run (``cpu_s_all``: on a shared machine wall time includes waiting),
peak RSS, counts.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

from rasd.pipeline.stage import CollectionContext
from rasd.stories.cluster import StoryStage
from rasd.stories.corpus import iter_articles, to_document
from rasd.stories.dedup import DedupStage

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "saudinewsnet"


def run_once(limit: int) -> dict[str, object]:
    t0, c0 = time.perf_counter(), time.process_time()
    docs = []
    for a in iter_articles(SHARED):
        docs.append(to_document(a))
        if len(docs) >= limit:
            break
    t1 = time.perf_counter()
    ctx = CollectionContext()
    DedupStage().run(docs, ctx)
    t2 = time.perf_counter()
    stage = StoryStage()
    stage.run(docs, ctx)
    t3, c3 = time.perf_counter(), time.process_time()
    stories = stage.index.live_stories()
    sizes = sorted((len(s.docs) for s in stories), reverse=True)
    return {
        "documents": len(docs),
        "prepare_s": round(t1 - t0, 2),
        "dedup_s": round(t2 - t1, 2),
        "cluster_s": round(t3 - t2, 2),
        "total_s": round(t3 - t1, 2),
        "docs_per_s": round(len(docs) / max(t3 - t1, 1e-9), 1),
        "cpu_s_all": round(c3 - c0, 2),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "duplicates": sum(1 for d in docs if d.duplicate_of),
        "stories": len(stories),
        "multi_doc_stories": sum(1 for n in sizes if n > 1),
        "largest_story": sizes[0] if sizes else 0,
        "merges": sum(1 for s in stage.index.stories.values() if s.merged_into),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=1000)
    parser.add_argument("--curve", help="comma-separated sizes, each run in its own process")
    args = parser.parse_args()
    if not SHARED.exists():
        print(json.dumps({"skipped": f"{SHARED} not found"}))
        return
    if args.curve:
        results = []
        for n in (int(x) for x in args.curve.split(",")):
            out = subprocess.run(
                [sys.executable, __file__, "--limit", str(n)], capture_output=True, text=True, check=True
            )
            results.append(json.loads(out.stdout))
        print(json.dumps(results, indent=1))
        return
    print(json.dumps(run_once(args.limit)))


if __name__ == "__main__":
    main()
