"""NER tagging speed on one core (JSON): tokens/s over the ANERcorp test split, model size.

    python bench/bench_ner.py [--shared ../shared] [--repeat 3]

Times encoding + tagging with a cold cache (``cold``) and a warm one (``warm``, every word seen
before), on one thread, after loading the model (load time reported). Sentences go to the model
in groups of ``--doc-sentences`` (20: about one news article), as the pipeline's NER stage sends
one document at a time. Falls back to an original synthetic text when ../shared is absent.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

from rasd.ner.conll import read_conll  # noqa: E402
from rasd.ner.tagger import Tagger, default_model_path, open_model  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
FALLBACK = "قال المتحدث باسم شركة النخيل الوهمية سامر الحلبي في مدينة الواحة إن 12 موظفا سيسافرون إلى باريس ."


def sentences(shared: Path) -> tuple[list[list[str]], str]:
    test = shared / "data" / "anercorp" / "test.txt"
    if test.exists():
        return [s.words for s in read_conll(test)], str(test)
    return [FALLBACK.split()] * 2000, "synthetic"


def _run(model: Tagger, sents: list[list[str]], group: int) -> float:
    t0 = time.process_time()
    for k in range(0, len(sents), group):
        model.tag_many(sents[k : k + group])
    return time.process_time() - t0


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--doc-sentences", type=int, default=20)
    ap.add_argument("--model", type=Path, default=None, help="model file (default: the shipped one)")
    args = ap.parse_args()
    path = args.model or default_model_path()
    t0 = time.process_time()
    model = open_model(path)
    model.tag_many([["."]])  # first use loads the gazetteer and clitic tables: part of loading
    load_s = time.process_time() - t0
    sents, source = sentences(args.shared)
    n = sum(len(s) for s in sents)
    cold = _run(model, sents, args.doc_sentences)
    warm = [_run(model, sents, args.doc_sentences) for _ in range(args.repeat)]
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
        "kind": model.meta.get("kind", "crf"),
        "doc_sentences": args.doc_sentences,
    }
    print(json.dumps(result, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
