"""Evidence links: (document, offset) → the anchor of the sentence that contains it."""

from __future__ import annotations

import bisect
from collections.abc import Mapping
from typing import Any

from rasd.models import Document
from rasd.report.safe import anchor_id, bdi, esc


def sentence_starts(doc: Document) -> list[int]:
    """Anchor offsets of a document: its sentence starts (the whole text when unsegmented)."""
    return [s.start for s in doc.sentences] if doc.sentences else [0]


class Linker:
    """Resolves evidence to in-page anchors; evidence whose document is absent gets no link."""

    def __init__(self, docs_by_id: Mapping[str, Document]) -> None:
        self.docs = docs_by_id
        self._starts = {i: sentence_starts(d) for i, d in docs_by_id.items()}

    def href(self, document: object, start: object) -> str | None:
        starts = self._starts.get(str(document)) if document is not None else None
        if not starts:
            return None
        pos = start if isinstance(start, int) else 0
        i = max(0, bisect.bisect_right(starts, pos) - 1)
        return "#" + anchor_id(str(document), starts[i])

    def cite(self, ev: Mapping[str, Any] | None, date: object = None) -> str:
        """A citation chip ``outlet · date`` linking to the evidence sentence."""
        if not isinstance(ev, Mapping):
            return ""
        doc = self.docs.get(str(ev.get("document")))
        outlet = ev.get("outlet") or (doc.outlet if doc else None) or "مصدر غير معروف"
        when = date or (doc.published if doc else None)
        label = bdi(outlet) + (f" · <time>{esc(str(when)[:10])}</time>" if when else "")
        href = self.href(ev.get("document"), ev.get("start"))
        if href is None:
            return f'<span class="cite">{label}</span>'
        return f'<a class="cite" href="{esc(href)}">{label}</a>'

    def quote(self, ev: Mapping[str, Any] | None) -> str:
        """The evidence sentence as written, linked to its place in the article."""
        if not isinstance(ev, Mapping):
            return ""
        href = self.href(ev.get("document"), ev.get("start"))
        text = bdi(ev.get("text", ""))
        if href is None:
            return f'<blockquote class="ev">{text}</blockquote>'
        return f'<blockquote class="ev"><a href="{esc(href)}">{text}</a></blockquote>'
