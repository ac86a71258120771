"""Choose the NER decoding bias against the ``O`` tag on held-out data (never on the test split).

    python scripts/tune_ner_bias.py --model DIR/ner.npz --heldout FILE.conll [--grid 0,0.25,...]

``DIR`` is a model trained on the first 90% of ANERcorp train (``scripts/train_ner.py --shared S``
where ``S/data/anercorp/train.txt`` holds that 90% and ``test.txt`` the last 10%; see docs/ner.md).
Prints micro P/R/F1 sentence by sentence and with document consistency (blocks of 20) per bias.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from rasd.ner.conll import read_conll
from rasd.ner.evaluate import evaluate_sentences
from rasd.ner.tagger import NeuralModel


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", type=Path, required=True)
    ap.add_argument("--heldout", type=Path, required=True)
    ap.add_argument("--grid", default="0,0.25,0.5,0.75,1,1.25,1.5,2")
    args = ap.parse_args()
    model = NeuralModel(args.model)
    sentences = read_conll(args.heldout)
    rows = []
    for bias in (float(x) for x in args.grid.split(",")):
        model.o_bias = bias
        row: dict[str, float] = {"o_bias": bias}
        for name, doc in (("sentence", None), ("doc20", 20)):
            s = evaluate_sentences(model, sentences, doc_sentences=doc).micro
            row |= {f"{name}_p": round(100 * s.precision, 2), f"{name}_r": round(100 * s.recall, 2)}
            row[f"{name}_f1"] = round(100 * s.f1, 2)
        rows.append(row)
        print(json.dumps(row), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
