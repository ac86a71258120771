"""Read the SaudiNewsNet zips (one JSON array per day) as light Documents, for evaluation and benches.

Light preparation only: ``text`` = content, ``title``, ``outlet`` = source, ``url``,
``published`` = the date of ``date_extracted``. The corpus is never shipped (CC BY-NC-SA):
it is read from ``../shared/data/saudinewsnet`` at run time.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from rasd.errors import InputError
from rasd.models import Document, document_id


def iter_articles(root: Path, days: Iterable[str] | None = None) -> Iterator[dict[str, Any]]:
    """Articles of the day zips under ``root`` (all days, or only ``days`` as YYYY-MM-DD), in order."""
    if not root.is_dir():
        raise InputError("SaudiNewsNet folder not found", source=str(root))
    wanted = set(days) if days is not None else None
    for z in sorted(root.glob("*.zip")):
        if wanted is not None and z.stem not in wanted:
            continue
        try:
            with zipfile.ZipFile(z) as zf:
                for name in sorted(zf.namelist()):
                    data = json.loads(zf.read(name))
                    if not isinstance(data, list):
                        raise InputError("expected a JSON array of articles", source=f"{z}:{name}")
                    yield from (a for a in data if isinstance(a, dict))
        except (zipfile.BadZipFile, json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise InputError(f"unreadable archive: {exc}", source=str(z)) from exc


def to_document(article: dict[str, Any]) -> Document:
    text = str(article.get("content") or "")
    url = article.get("url")
    outlet = article.get("source")
    doc = Document(id=document_id(text, url, outlet), raw_text=text, text=text)
    doc.title, doc.outlet, doc.url = article.get("title"), outlet, url
    doc.published = str(article.get("date_extracted") or "")[:10] or None
    return doc
