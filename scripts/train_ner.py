"""Reproduce the shipped NER model: word clusters from SaudiNewsNet, CRF on ANERcorp train, scores on test.

    python scripts/train_ner.py --shared ../shared

writes ``src/rasd/data/ner/model/{clusters.tsv.gz,chars.tsv.gz,ner.crfsuite,ner.meta.json}``
(or ``--out DIR``) and prints the conlleval table on ``anercorp/test.txt`` and a JSON summary.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from pathlib import Path

# One BLAS/OpenMP thread: SVD and k-means then give the same clusters whatever the machine's core count.
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

from rasd.errors import RasdError  # noqa: E402
from rasd.ner.evaluate import evaluate, format_scores  # noqa: E402
from rasd.ner.features import FeatureConfig  # noqa: E402
from rasd.ner.train import train_from_shared  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
DEFAULT_OUT = REPO / "src" / "rasd" / "data" / "ner" / "model"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared", help="the shared data folder")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="model folder to write")
    ap.add_argument("--no-clusters", action="store_true", help="train without cluster features (ablation)")
    ap.add_argument("--no-gazetteers", action="store_true", help="no gazetteer features (ablation)")
    ap.add_argument("--reuse-clusters", action="store_true", help="keep the cluster table already in --out")
    ap.add_argument("--c1", type=float, default=None)
    ap.add_argument("--c2", type=float, default=None)
    ap.add_argument("--iterations", type=int, default=None)
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    try:
        return run(args)
    except RasdError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code


def run(args: argparse.Namespace) -> int:
    config = FeatureConfig(clusters=not args.no_clusters, gazetteers=not args.no_gazetteers)
    given = (("c1", args.c1), ("c2", args.c2), ("max_iterations", args.iterations))
    params = {k: v for k, v in given if v is not None}
    reuse = args.reuse_clusters
    report = train_from_shared(args.shared, args.out, config=config, reuse_clusters=reuse, **params)
    data = args.shared / "data"
    scores = evaluate(args.out / "ner.crfsuite", data / "anercorp" / "test.txt")
    print(format_scores(scores))
    summary = {
        "train": report.to_dict(),
        "test_micro_f1": round(100 * scores.micro.f1, 2),
        "test_per_type_f1": {t: round(100 * s.f1, 2) for t, s in scores.per_type.items()},
        "eval_seconds": round(scores.seconds, 2),
    }
    print(json.dumps(summary, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
