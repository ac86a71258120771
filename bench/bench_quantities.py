"""Dates + quantities speed on one core (JSON): documents/s over SaudiNewsNet articles.

    python bench/bench_quantities.py [--shared ../shared] [--docs 2000] [--repeat 2]

Segments every article first (not timed), then times ``DatesStage`` and ``QuantitiesStage``
(which reuses ``doc.dates``) separately and together with ``time.process_time``. Falls back to an
original synthetic article when ../shared is absent.
"""

from __future__ import annotations

import argparse
import json
import time
import zipfile
from pathlib import Path

from rasd.dates import DatesStage
from rasd.models import Document
from rasd.quantities import QuantitiesStage
from rasd.text.segment import split_sentences

REPO = Path(__file__).resolve().parent.parent
FALLBACK = (
    "أعلنت وزارة الزراعة الخيالية أمس الثلاثاء أن نحو 3 آلاف مزارع تسلموا 12 مليون ريال، "
    "بحسب بيان صدر في 27 أكتوبر 2024. وقال المتحدث إن 45% من المزارع تضررت منذ عام 2022.\n"
)


def articles(shared: Path, limit: int) -> tuple[list[tuple[str, str]], str]:
    folder = shared / "data" / "saudinewsnet"
    out: list[tuple[str, str]] = []
    for z in sorted(folder.glob("*.zip")) if folder.is_dir() else []:
        with zipfile.ZipFile(z) as zf:
            for name in zf.namelist():
                for a in json.loads(zf.read(name)):
                    out.append((a["content"], a["date_extracted"][:10]))
                    if len(out) >= limit:
                        return out, str(folder)
    if out:
        return out, str(folder)
    return [(FALLBACK * 5, "2024-10-29")] * limit, "synthetic"


def _docs(items: list[tuple[str, str]]) -> list[Document]:
    docs = []
    for i, (text, published) in enumerate(items):
        doc = Document(id=str(i), raw_text=text, text=text, published=published)
        doc.sentences = split_sentences(text)
        docs.append(doc)
    return docs


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--repeat", type=int, default=2)
    args = ap.parse_args()
    items, source = articles(args.shared, args.docs)
    dates, quantities = DatesStage(), QuantitiesStage()
    best_d = best_q = float("inf")
    n_dates = n_q = 0
    for _ in range(args.repeat):
        docs = _docs(items)
        t0 = time.process_time()
        for d in docs:
            dates(d)
            d.stage_versions[dates.name] = dates.version  # as the runner records it
        t1 = time.process_time()
        for d in docs:
            quantities(d)
        t2 = time.process_time()
        best_d, best_q = min(best_d, t1 - t0), min(best_q, t2 - t1)
        n_dates = sum(len(d.dates) for d in docs)
        n_q = sum(len(d.quantities) for d in docs)
    chars = sum(len(t) for t, _ in items)
    result = {
        "source": source,
        "docs": len(items),
        "mean_chars": round(chars / len(items)),
        "dates_docs_per_s": round(len(items) / best_d, 1),
        "quantities_docs_per_s": round(len(items) / best_q, 1),
        "dates_plus_quantities_docs_per_s": round(len(items) / (best_d + best_q), 1),
        "dates_found": n_dates,
        "quantities_found": n_q,
    }
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
