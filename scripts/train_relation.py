"""Train the agree/disagree/other relation classifier on ANS and ship it.

    .venv/bin/python scripts/train_relation.py --shared ../shared

Fits a logistic regression on ANS train for each C in a small grid, keeps the best macro F1 on ANS dev,
prints the scores and writes src/rasd/analysis/model/relation.npz. Deterministic.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from rasd.analysis.relation import MODEL_FILE
from rasd.analysis.relation_train import read_pairs, train_and_tune

OUT = Path(__file__).resolve().parent.parent / "src/rasd/analysis/model" / MODEL_FILE


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--shared", type=Path, default=Path("../shared"))
    ap.add_argument("-o", "--output", type=Path, default=OUT)
    args = ap.parse_args()
    train = read_pairs(args.shared / "data/ans/train.csv")
    dev = read_pairs(args.shared / "data/ans/dev.csv")
    model, c, results = train_and_tune(train, dev)
    for cc, s in results.items():
        print(f"C={cc:<5} dev {s.format()}")
    print(f"best C={c}: dev {results[c].format()}")
    model.save(args.output)
    print(f"wrote {args.output} ({args.output.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
