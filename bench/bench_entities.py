"""Speed of the entity stage on SaudiNewsNet articles (prints JSON).

    .venv/bin/python bench/bench_entities.py [--docs 3000] [--corpus DIR] [--ner]

Mentions are the gazetteer's (and the shipped NER model's with ``--ner``); the stage then merges,
resolves and groups them across all the articles.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from rasd.entities.evaluate import _ner, default_corpus, load_articles
from rasd.entities.stage import EntityStage
from rasd.models import Document, document_id
from rasd.pipeline.stage import CollectionContext
from rasd.text.segment import split_sentences, tokenize


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=3000)
    ap.add_argument("--corpus", type=Path, default=None)
    ap.add_argument("--ner", action="store_true")
    args = ap.parse_args()
    articles = load_articles(args.corpus or default_corpus())
    urls = sorted(articles)[: args.docs]
    docs = []
    for url in urls:
        text = str(articles[url].get("content") or "")
        docs.append(Document(id=document_id(text, url), raw_text=text, text=text, url=url))
    t = time.perf_counter()
    for d in docs:
        d.sentences, d.tokens = split_sentences(d.text), tokenize(d.text)
    segment_s = time.perf_counter() - t
    ner_s = 0.0
    if args.ner:
        t = time.perf_counter()
        _ner(docs)
        ner_s = time.perf_counter() - t
    stage = EntityStage()
    t = time.perf_counter()
    stage.run(docs, CollectionContext())
    seconds = time.perf_counter() - t
    print(
        json.dumps(
            {
                "docs": len(docs),
                "chars": sum(len(d.text) for d in docs),
                "mentions": sum(len(d.entities) for d in docs),
                "entities": len(stage.records),
                "stage_seconds": round(seconds, 2),
                "docs_per_second": round(len(docs) / seconds, 1) if seconds else None,
                "segment_seconds": round(segment_s, 2),
                "ner_seconds": round(ner_s, 2) if args.ner else None,
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
