"""Reproduce the shipped NER model and print its scores on ANERcorp test.

    python scripts/train_ner.py --shared ../shared                # the shipped BiLSTM-CRF
    python scripts/train_ner.py --shared ../shared --kind crf     # the CRF alone

The neural model (default) runs: word clusters from SaudiNewsNet → a first-pass CRF on ANERcorp
train → the auto-lexicon (SaudiNewsNet tagged by that CRF) → word vectors → the BiLSTM-CRF, and
writes ``src/rasd/data/ner/model/{clusters.tsv.gz,ner.npz,vocab.json.gz,ner.meta.json}`` (or
``--out DIR``). About 45 minutes on one core (``--reuse-clusters``, ``--crf`` or ``--lexicon`` skip
steps). The CRF kind writes ``{clusters.tsv.gz,chars.tsv.gz,ner.crfsuite,ner.meta.json}`` (4 min).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from pathlib import Path

# One BLAS/OpenMP thread: SVD, k-means and training then give the same result on any machine.
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

from rasd.errors import RasdError  # noqa: E402
from rasd.ner.evaluate import evaluate, format_scores  # noqa: E402
from rasd.ner.features import FeatureConfig  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
DEFAULT_OUT = REPO / "src" / "rasd" / "data" / "ner" / "model"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared", help="the shared data folder")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="model folder to write")
    ap.add_argument("--kind", choices=("neural", "crf"), default="neural")
    ap.add_argument("--reuse-clusters", action="store_true", help="keep the cluster table already in --out")
    ap.add_argument("--crf", type=Path, default=None, help="neural: first-pass CRF model file to reuse")
    ap.add_argument("--lexicon", type=Path, default=None, help="neural: auto-lexicon to reuse")
    ap.add_argument(
        "--lm", type=Path, default=None, help="neural: pre-trained context encoders to reuse (.npz)"
    )
    ap.add_argument("--with-lm", action="store_true", help="neural: pre-train context encoders (no gain)")
    ap.add_argument("--epochs", type=int, default=None, help="neural: training epochs")
    ap.add_argument("--seed", type=int, default=None, help="neural: initialisation and shuffling seed")
    ap.add_argument("--no-clusters", action="store_true", help="crf: no cluster features (ablation)")
    ap.add_argument("--no-gazetteers", action="store_true", help="crf: no gazetteer features (ablation)")
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


def _train_crf(args: argparse.Namespace) -> tuple[Path, dict[str, object]]:
    from rasd.ner.train import train_from_shared

    config = FeatureConfig(clusters=not args.no_clusters, gazetteers=not args.no_gazetteers)
    given = (("c1", args.c1), ("c2", args.c2), ("max_iterations", args.iterations))
    params = {k: v for k, v in given if v is not None}
    reuse = args.reuse_clusters
    report = train_from_shared(args.shared, args.out, config=config, reuse_clusters=reuse, **params)
    return args.out / "ner.crfsuite", report.to_dict()


def _train_neural(args: argparse.Namespace) -> tuple[Path, dict[str, object]]:
    from rasd.ner.lm import LmParams
    from rasd.ner.nn_train import NnParams
    from rasd.ner.train_neural import train_neural_from_shared

    given = {"epochs": args.epochs, "seed": args.seed}
    params = NnParams(**{k: v for k, v in given.items() if v is not None})
    meta = train_neural_from_shared(
        args.shared,
        args.out,
        params=params,
        reuse_clusters=args.reuse_clusters,
        crf=args.crf,
        lexicon_file=args.lexicon,
        lm=LmParams() if args.with_lm else None,
        lm_file=args.lm,
    )
    return args.out / "ner.npz", meta


def run(args: argparse.Namespace) -> int:
    model, report = _train_neural(args) if args.kind == "neural" else _train_crf(args)
    scores = evaluate(model, args.shared / "data" / "anercorp" / "test.txt")
    print(format_scores(scores))
    summary = {
        "train": report,
        "test_micro_f1": round(100 * scores.micro.f1, 2),
        "test_per_type_f1": {t: round(100 * s.f1, 2) for t, s in scores.per_type.items()},
        "eval_seconds": round(scores.seconds, 2),
    }
    print(json.dumps(summary, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
