"""Pairwise evaluation of entity merging on real articles.

``python -m rasd.entities.evaluate eval/entities/pairs.tsv [--corpus DIR] [--ner] [--errors]``

Each row of the pairs file names two mentions (name, type, the URL of a SaudiNewsNet article holding
it) and whether they are one real-world referent (``same``) or not (``different``). The articles are
read from the SaudiNewsNet zips (default ``../shared/data/saudinewsnet``); in each, every name of the
pairs file is marked as a mention (what an NER would find; ``--ner`` adds the shipped NER model's
mentions too), the entity stage runs over all the articles, and a pair counts as merged when both
mentions get one entity id. Prints JSON: pairwise precision, recall and F1 of the merge decision.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import re
import sys
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rasd.entities.stage import EntityStage
from rasd.errors import InputError, RasdError
from rasd.models import Document, EntityMention, document_id
from rasd.pipeline.stage import CollectionContext

log = logging.getLogger(__name__)

PREFIX = "[وفبلك]?"


@dataclass(frozen=True, slots=True)
class Side:
    name: str
    type: str
    url: str
    context: str = ""


@dataclass(frozen=True, slots=True)
class Pair:
    same: bool
    left: Side
    right: Side
    note: str = ""


def default_corpus() -> Path:
    shared = os.environ.get("RASD_SHARED")
    base = Path(shared) if shared else Path.cwd().parent / "shared"
    return base / "data" / "saudinewsnet"


def load_articles(corpus: Path, urls: set[str] | None = None) -> dict[str, dict[str, Any]]:
    """SaudiNewsNet articles by URL (only ``urls`` when given); the first of duplicate URLs wins."""
    if not corpus.is_dir():
        raise InputError("SaudiNewsNet zips not found (use --corpus)", source=str(corpus))
    out: dict[str, dict[str, Any]] = {}
    for path in sorted(corpus.glob("*.zip")):
        with zipfile.ZipFile(path) as zf:
            for member in sorted(zf.namelist()):
                for art in json.loads(zf.read(member)):
                    url = str(art.get("url") or "")
                    if url and url not in out and (urls is None or url in urls):
                        out[url] = art
    return out


def read_pairs(path: Path) -> list[Pair]:
    """Rows ``label, left, left_type, left_url, right, right_type, right_url[, note]``."""
    pairs: list[Pair] = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"cannot read pairs file: {exc.strerror}", source=str(path)) from exc
    for n, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#") or line.startswith("label\t"):
            continue
        cols = line.split("\t")
        if len(cols) < 7 or cols[0] not in {"same", "different"}:
            raise InputError(f"line {n}: expected label and 6 columns", source=str(path))
        pairs.append(
            Pair(
                cols[0] == "same",
                Side(cols[1], cols[2], cols[3]),
                Side(cols[4], cols[5], cols[6]),
                cols[7] if len(cols) > 7 else "",
            )
        )
    return pairs


def name_pattern(name: str) -> re.Pattern[str]:
    """A name as written, with an optional attached conjunction/preposition, as a whole word."""
    return re.compile(r"(?<![\w])" + PREFIX + re.escape(name) + r"(?![\w])")


def mark_names(text: str, names: Iterable[tuple[str, str]]) -> list[EntityMention]:
    """Mentions of the given (name, type) pairs, longest first, without overlaps."""
    spans: list[tuple[int, int, str]] = []
    for name, typ in sorted(set(names), key=lambda nt: (-len(nt[0]), nt)):
        if name not in text:
            continue
        for m in name_pattern(name).finditer(text):
            if not any(s < m.end() and m.start() < e for s, e, _ in spans):
                spans.append((m.start(), m.end(), typ))
    return [EntityMention(text[s:e], t, s, e) for s, e, t in sorted(spans)]


def _names(pairs: Sequence[Pair]) -> set[tuple[str, str]]:
    out = set()
    for p in pairs:
        for side in (p.left, p.right):
            out.add((side.name, side.type))
    return out


def _ner(docs: list[Document]) -> None:
    from rasd.entities.gazetteer import merge_mentions
    from rasd.ner.stage import NerStage
    from rasd.text.segment import split_sentences, tokenize

    stage = NerStage()
    for d in docs:
        d.sentences, d.tokens = split_sentences(d.text), tokenize(d.text)
        marked = d.entities
        d.entities = []
        stage(d)
        d.entities = merge_mentions(d.entities, marked)


def build_documents(pairs: Sequence[Pair], corpus: Path, ner: bool = False) -> dict[str, Document]:
    urls = {s.url for p in pairs for s in (p.left, p.right)}
    articles = load_articles(corpus, urls)
    missing = sorted(urls - set(articles))
    if missing:
        raise InputError(f"{len(missing)} URLs of the pairs file are not in the corpus (first: {missing[0]})")
    names = _names(pairs)
    docs: dict[str, Document] = {}
    for url in sorted(urls):
        text = str(articles[url].get("content") or "")
        doc = Document(id=document_id(text, url), raw_text=text, text=text, url=url)
        doc.entities = mark_names(text, names)
        docs[url] = doc
    if ner:
        _ner(list(docs.values()))
    return docs


def _entity_of(doc: Document, name: str) -> str | None:
    """Entity id of the first occurrence of ``name`` marked as a mention of its own (an attached
    clitic aside); else of the first occurrence inside a longer mention (``شركة أرامكو``)."""
    inside: str | None = None
    for occ in name_pattern(name).finditer(doc.text):
        for m in doc.entities:
            if m.start <= occ.start() + 2 and m.end == occ.end() and m.start >= occ.start():
                return m.entity_id
            if inside is None and m.start <= occ.start() and occ.end() <= m.end:
                inside = m.entity_id
    return inside


def evaluate(pairs: Sequence[Pair], docs: dict[str, Document]) -> dict[str, Any]:
    EntityStage().run(list(docs.values()), CollectionContext())
    tp = fp = fn = tn = 0
    errors: list[str] = []
    for p in pairs:
        a, b = _entity_of(docs[p.left.url], p.left.name), _entity_of(docs[p.right.url], p.right.name)
        merged = a is not None and a == b
        if merged and p.same:
            tp += 1
        elif merged:
            fp += 1
        elif p.same:
            fn += 1
        else:
            tn += 1
        if merged != p.same:
            kind = "missed" if p.same else "wrongly merged"
            errors.append(f"{kind}: {p.left.name} / {p.right.name}")
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "pairs": len(pairs),
        "same": tp + fn,
        "different": fp + tn,
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "tn": tn,
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "errors": errors,
    }


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m rasd.entities.evaluate", description=__doc__.split("\n")[0])
    ap.add_argument("pairs", type=Path)
    ap.add_argument("--corpus", type=Path, default=None, help="folder of SaudiNewsNet zips")
    ap.add_argument("--ner", action="store_true", help="add the shipped NER model's mentions")
    ap.add_argument("--errors", action="store_true", help="list the pairs decided wrongly")
    args = ap.parse_args(argv)
    try:
        pairs = read_pairs(args.pairs)
        docs = build_documents(pairs, args.corpus or default_corpus(), ner=args.ner)
        result = evaluate(pairs, docs)
    except RasdError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    if not args.errors:
        result.pop("errors")
    print(json.dumps(result, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
