"""Statement extraction speed on one core (JSON): documents/s of StatementsStage on SaudiNewsNet.

    python bench/bench_statements.py [--shared ../shared] [--docs 2000] [--repeat 3]

Segmentation (sentences + tokens) is done beforehand and not timed; the stage itself is timed
with process time (single-threaded) over the first ``--docs`` articles of the first zip(s), best of
``--repeat`` runs. The budget from the brief is 300 docs/s. Falls back to an original synthetic
article when ../shared is absent.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import zipfile
from pathlib import Path

from rasd.models import Document
from rasd.statements import StatementsStage
from rasd.text.segment import split_sentences, tokenize

REPO = Path(__file__).resolve().parent.parent
BUDGET = 300.0
FALLBACK = (
    "قال المتحدث باسم شركة النخيل الوهمية سامر الحلبي إن الأرباح ارتفعت، مشيرا إلى أن التوسع مستمر.\n"
    "وأضاف: “سنفتتح فرعين في مدينة الواحة”. ونفت الشركة الخيالية أن تكون قد سرحت موظفين.\n"
)


def articles(shared: Path, limit: int) -> tuple[list[str], str]:
    folder = shared / "data" / "saudinewsnet"
    texts: list[str] = []
    for zpath in sorted(folder.glob("*.zip")):
        with zipfile.ZipFile(zpath) as z:
            for name in z.namelist():
                texts.extend(a["content"] for a in json.loads(z.read(name)))
        if len(texts) >= limit:
            return texts[:limit], str(folder)
    if texts:
        return texts, str(folder)
    return [FALLBACK] * limit, "synthetic"


def prepare(texts: list[str]) -> list[Document]:
    docs = []
    for n, text in enumerate(texts):
        d = Document(id=f"b{n}", raw_text=text, text=text)
        d.sentences = split_sentences(text)
        d.tokens = tokenize(text)
        docs.append(d)
    return docs


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    texts, source = articles(args.shared, args.docs)
    docs = prepare(texts)
    t0 = time.process_time()
    stage = StatementsStage()
    load_s = time.process_time() - t0
    times, found = [], 0
    for _ in range(max(1, args.repeat)):
        t0 = time.process_time()
        found = sum(len(stage(d).statements) for d in docs)
        times.append(time.process_time() - t0)
    best = min(times)
    chars = sum(len(t) for t in texts)
    result = {
        "source": source,
        "docs": len(docs),
        "chars": chars,
        "statements": found,
        "load_s": round(load_s, 3),
        "seconds": round(best, 3),
        "docs_per_s": round(len(docs) / best, 1) if best else None,
        "chars_per_s": round(chars / best) if best else None,
        "budget_docs_per_s": BUDGET,
        "within_budget": bool(best) and len(docs) / best >= BUDGET,
    }
    json.dump(result, sys.stdout, ensure_ascii=False, indent=2)
    print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
