"""Benchmark and metadata check on SaudiNewsNet (prints JSON; not a test).

Run: ``.venv/bin/python bench/bench_ingest.py [--meta]``. Reads every zip in
``../shared/data/saudinewsnet`` through :func:`rasd.ingest.iter_inputs` and reports documents,
failures, seconds and documents per second. With ``--meta`` it also runs language identification
and the metadata stage on the text alone (input metadata dropped) and compares what was inferred
with the records' own fields: a text dateline should fall within a week before ``date_extracted``;
a byline author should match the record's author.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import time
from collections import Counter
from pathlib import Path

from rasd.ingest import IngestOptions, iter_inputs
from rasd.meta import MetadataStage, detect_language
from rasd.models import Document
from rasd.text.normalize import norm_key

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data" / "saudinewsnet"


def _check_meta(doc: Document, counts: Counter[str]) -> None:
    counts["lang:" + detect_language(doc.raw_text)] += 1
    extracted = dt.date.fromisoformat((doc.retrieved or "")[:10])
    author = doc.meta.get("author")
    bare = Document(id=doc.id, raw_text=doc.raw_text, text=doc.raw_text, retrieved=doc.retrieved)
    MetadataStage()(bare)
    if bare.published and bare.published_source == "text:dateline":
        counts["dateline"] += 1
        delta = (extracted - dt.date.fromisoformat(bare.published)).days
        counts["dateline_within_week"] += int(0 <= delta <= 7)
    if "author" in bare.meta:
        counts["byline"] += 1
        if author and norm_key(bare.meta["author"].value) in norm_key(author.value):
            counts["byline_matches_record_author"] += 1
    for key in ("title", "outlet"):
        if key in bare.meta:
            counts[f"{key}:{bare.meta[key].source}"] += 1


def main() -> None:
    check_meta = "--meta" in sys.argv
    zips = sorted(str(p) for p in SHARED.glob("*.zip"))
    counts: Counter[str] = Counter()
    start, cpu = time.perf_counter(), time.process_time()
    for item in iter_inputs(zips, IngestOptions()):
        if isinstance(item, Document):
            counts["documents"] += 1
            if check_meta:
                _check_meta(item, counts)
        else:
            counts["failures"] += 1
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    result = {
        "zips": len(zips),
        "seconds": round(seconds, 2),
        "cpu_seconds": round(cpu, 2),
        "docs_per_cpu_second": round(counts["documents"] / cpu),
    }
    print(json.dumps(result | dict(sorted(counts.items())), ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
