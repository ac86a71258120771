"""NER tagging speed on one core (JSON): tokens/s over the ANERcorp test split, model size.

    python bench/bench_ner.py [--shared ../shared] [--repeat 3]

Times feature extraction + CRF decoding with a cold feature cache (``cold``) and a warm one
(``warm``, every word seen before), single-threaded, after loading the model (load time reported).
Falls back to an original synthetic text when ../shared is absent.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

from rasd.ner.conll import read_conll
from rasd.ner.tagger import NerModel, default_model_path

REPO = Path(__file__).resolve().parent.parent
FALLBACK = "قال المتحدث باسم شركة النخيل الوهمية سامر الحلبي في مدينة الواحة إن 12 موظفا سيسافرون إلى باريس ."


def sentences(shared: Path) -> tuple[list[list[str]], str]:
    test = shared / "data" / "anercorp" / "test.txt"
    if test.exists():
        return [s.words for s in read_conll(test)], str(test)
    return [FALLBACK.split()] * 2000, "synthetic"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    path = default_model_path()
    t0 = time.process_time()
    model = NerModel(path)
    load_s = time.process_time() - t0
    sents, source = sentences(args.shared)
    n = sum(len(s) for s in sents)
    t0 = time.process_time()
    for s in sents:
        model.tag(s)
    cold = time.process_time() - t0
    warm = []
    for _ in range(args.repeat):
        t0 = time.process_time()
        for s in sents:
            model.tag(s)
        warm.append(time.process_time() - t0)
    files = sorted(p for p in path.parent.iterdir() if p.is_file())
    result = {
        "source": source,
        "tokens": n,
        "load_s": round(load_s, 3),
        "cold_tokens_per_s": round(n / cold),
        "warm_tokens_per_s": round(n / min(warm)),
        "model_bytes": {p.name: p.stat().st_size for p in files},
        "model_total_mb": round(sum(p.stat().st_size for p in files) / 1e6, 2),
        "version": model.version,
    }
    print(json.dumps(result, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
