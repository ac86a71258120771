"""The metadata stage: title, outlet, publication date, url and author, each with its source.

Input metadata win. Otherwise values are inferred from the cleaned text and the spans the cleaner
removed (``doc.removed``: copyright, source-line, byline and dateline lines), then from the head
and tail lines of the raw text. Sources: ``input``, ``text:title-line``, ``text:copyright``,
``text:source-line``, ``text:byline``, ``text:dateline``, ``text:relative-stamp``, ``url:domain``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from rasd.meta.dates import FoundDate, find_dateline, find_stamp, normalize_input_date, parse_iso_datetime
from rasd.meta.infer import (
    agency_of,
    byline_name,
    config,
    copyright_outlet,
    dateline_tag_outlet,
    looks_like_headline,
    repeated_line,
    source_line_outlet,
    url_domain,
)
from rasd.models import Document, MetaValue

log = logging.getLogger(__name__)


class _View:
    """Lines of a document the inference looks at: removed spans by reason, head and tail lines."""

    def __init__(self, doc: Document) -> None:
        self.removed: dict[str, list[str]] = {}
        for span in doc.removed:
            self.removed.setdefault(span.reason, []).append(span.text)
        raw_lines = [line.strip() for line in doc.raw_text.splitlines() if line.strip()]
        text = doc.text if doc.text.strip() else doc.raw_text
        self.text_lines = [line.strip() for line in text.splitlines() if line.strip()]
        self.head = raw_lines[: config("head_lines")]
        self.tail = raw_lines[-config("tail_lines") :]
        self.body_head = self.text_lines[:5]

    def spans(self, *reasons: str) -> list[str]:
        return [line for r in reasons for text in self.removed.get(r, []) for line in text.splitlines()]


def _set(doc: Document, key: str, value: str, source: str) -> None:
    doc.meta[key] = MetaValue(value, source)


def _title(doc: Document, view: _View) -> None:
    if doc.title:
        _set(doc, "title", doc.title, "input")
        return
    title = next((t.strip() for t in view.spans("duplicate-title") if looks_like_headline(t)), None)
    lines = view.text_lines
    if title is None and len(lines) > 1 and looks_like_headline(lines[0]):
        title = lines[0]
    title = title or repeated_line(view.head)
    if title:
        doc.title = title
        _set(doc, "title", title, "text:title-line")


def _outlet_candidates(doc: Document, view: _View) -> list[tuple[str, Callable[[], str | None]]]:
    def byline_agency() -> str | None:
        name = byline_name(view.spans("byline") + view.head)
        return agency_of(name) if name else None

    return [
        ("text:copyright", lambda: copyright_outlet(view.spans("copyright") + view.tail)),
        ("text:source-line", lambda: source_line_outlet(view.spans("source-line") + view.tail + view.head)),
        ("text:byline", byline_agency),
        ("url:domain", lambda: url_domain(doc.url)),
        ("text:dateline", lambda: dateline_tag_outlet(view.body_head + view.spans("dateline"))),
    ]


def _outlet(doc: Document, view: _View) -> None:
    if doc.outlet:
        _set(doc, "outlet", doc.outlet, "input")
        return
    for source, find in _outlet_candidates(doc, view):
        value = find()
        if value:
            doc.outlet = value
            _set(doc, "outlet", value, source)
            return


def _author(doc: Document, view: _View) -> None:
    if "author" in doc.meta:
        return
    name = byline_name(view.spans("byline") + view.head)
    if name and agency_of(name) is None:
        _set(doc, "author", name, "text:byline")


def _published(doc: Document, view: _View) -> None:
    found: FoundDate | None = None
    source = None
    if doc.published and doc.published_source in (None, "input"):
        found = normalize_input_date(doc.published)
        if found is None:
            log.debug("%s: unreadable input date %r", doc.id, doc.published)
            _set(doc, "published_input", doc.published, "input")
        source = "input"
    if found is None:
        found = find_dateline(view.spans("dateline") + view.head)
        source = "text:dateline"
    if found is None:
        anchor = parse_iso_datetime(doc.retrieved)
        found, stamp = find_stamp(view.spans("dateline") + view.head, anchor)
        source = "text:relative-stamp"
        if stamp and found is None:
            _set(doc, "published_relative", stamp, source)
    doc.published = found.value if found else None
    doc.published_source = source if found else None
    if found and source:
        _set(doc, "published", found.value, source)
        _set(doc, "published_granularity", found.granularity, source)
    else:
        doc.meta.pop("published", None)


def _forget_inferred(doc: Document) -> None:
    """Drop values a previous run inferred, so that re-running the stage infers them afresh."""
    for key in ("title", "outlet"):
        if key in doc.meta and doc.meta[key].source != "input":
            setattr(doc, key, None)
    for key in ("title", "outlet", "author", "published", "published_granularity", "published_relative"):
        if key in doc.meta and doc.meta[key].source != "input":
            del doc.meta[key]


class MetadataStage:
    """Fills ``doc.title/outlet/published/url/published_source`` and ``doc.meta`` (see module doc)."""

    name = "metadata"
    version = "1"
    requires = frozenset({"text", "removed"})
    provides = frozenset({"meta"})
    arabic_only = False

    def __call__(self, doc: Document) -> Document:
        _forget_inferred(doc)
        view = _View(doc)
        _title(doc, view)
        _outlet(doc, view)
        _author(doc, view)
        _published(doc, view)
        if doc.url:
            _set(doc, "url", doc.url, "input")
        return doc
