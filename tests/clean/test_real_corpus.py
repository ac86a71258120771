"""Check on real SaudiNewsNet articles: the cleaner removes boilerplate, not article sentences."""

from __future__ import annotations

import json
import zipfile
from collections import Counter

from rasd.clean import SiteBoilerplate, clean_text, outlet_key
from rasd.clean.rules import line_key
from rasd.models import Document
from tests.conftest import shared_path


def _docs(limit: int) -> list[Document]:
    folder = shared_path("data", "saudinewsnet")
    docs: list[Document] = []
    for path in sorted(folder.glob("*.zip")):
        with zipfile.ZipFile(path) as zf:
            for name in sorted(zf.namelist()):
                for i, item in enumerate(json.loads(zf.read(name))):
                    docs.append(
                        Document(
                            f"{path.stem}-{i}",
                            str(item["content"]),
                            url=item.get("url"),
                            outlet=item.get("source"),
                        )
                    )
                    if len(docs) >= limit:
                        return docs
    return docs


def _sentence_like(text: str) -> bool:
    """Long line ending with '.' holding a verb-ish word (imperfect prefix or wa/fa + verb)."""
    key = line_key(text)
    words = key.split()
    if len(words) < 8 or not key.endswith("."):
        return False
    return any(w[:1] in "يت" or w[:2] in ("وي", "وت", "وا", "فا") for w in words)


def _check(docs: list[Document]) -> None:
    bp = SiteBoilerplate().learn(docs)
    reasons: Counter[str] = Counter()
    sentence_like = 0
    total = 0
    for doc in docs:
        result = clean_text(doc.raw_text, bp, outlet_key(doc))
        for r in result.removed:
            assert doc.raw_text[r.start : r.end] == r.text
            total += 1
            reasons[r.reason] += 1
            # sentences of an appended article are expected to go; everything else must not be one
            if r.reason != "appended-article":
                sentence_like += _sentence_like(r.text)
    assert total > 0.01 * len(docs), reasons  # it does find boilerplate in real text
    assert sentence_like <= max(2, 0.01 * total), (sentence_like, total, reasons)


def test_real_articles() -> None:
    # 3,000 real articles (about 3 s): what is removed is boilerplate, not sentences
    _check(_docs(3000))
