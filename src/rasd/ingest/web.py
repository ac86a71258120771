"""HTML pages (trafilatura, offline) and RSS/Atom feeds (feedparser) → Documents."""

from __future__ import annotations

import hashlib
import html
import logging
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from typing import Any

from rasd.errors import InputError
from rasd.ingest.decode import decode_bytes
from rasd.ingest.options import IngestFailure, IngestOptions, failure_from
from rasd.ingest.records import InputMeta, make_document
from rasd.models import Document

log = logging.getLogger(__name__)

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.IGNORECASE)
_BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "br",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "table",
        "blockquote",
        "section",
        "article",
    ]
)


def decode_html(data: bytes) -> tuple[str, str]:
    """Decode HTML bytes using a ``<meta charset>`` declaration when present, else :func:`decode_bytes`."""
    m = _CHARSET.search(data[:4096])
    if m and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        enc = m.group(1).decode("ascii").lower()
        try:
            return data.decode(enc), enc
        except (LookupError, UnicodeDecodeError):
            log.debug("declared charset %s does not decode; detecting", enc)
    return decode_bytes(data)


def _value(result: Any, key: str) -> str | None:
    value = getattr(result, key, None)
    if isinstance(value, str) and value.strip():
        return " ".join(value.split())
    return None


def html_to_document(data: bytes, source: str, options: IngestOptions, url: str | None = None) -> Document:
    """Main text and metadata of an HTML page (never fetches anything). Raise :class:`InputError`."""
    import trafilatura

    text, encoding = decode_html(data)
    if not text.strip():
        raise InputError("empty input (no text)")
    try:
        result = trafilatura.bare_extraction(
            text,
            url=url,
            with_metadata=True,
            include_comments=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # trafilatura/lxml raise many types on broken markup
        raise InputError(f"malformed HTML: {' '.join(str(exc).split()) or type(exc).__name__}") from None
    body = getattr(result, "text", None) if result is not None else None
    if result is None or not isinstance(body, str) or not body.strip():
        raise InputError("malformed or empty HTML: no article text found")
    meta = InputMeta(
        title=_value(result, "title"),
        url=url or _value(result, "url"),
        outlet=_value(result, "sitename"),
        published=_value(result, "date"),
        author=_value(result, "author"),
    )
    raw_hash = hashlib.sha256(data).hexdigest()
    return make_document(body, source, meta, encoding=encoding, raw_hash=raw_hash, options=options)


def iter_html(
    data: bytes, source: str, options: IngestOptions, url: str | None = None
) -> Iterator[Document | IngestFailure]:
    try:
        yield html_to_document(data, source, options, url)
    except InputError as exc:
        yield failure_from(source, exc)


class _TextOf(HTMLParser):
    """Text of an HTML fragment, with a line break at block elements."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self._skip:
            self._skip -= 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def strip_html(fragment: str) -> str:
    """Plain text of an HTML fragment (feed summaries): tags dropped, entities decoded, lines kept."""
    if "<" not in fragment:
        return html.unescape(fragment).strip()
    parser = _TextOf()
    parser.feed(fragment)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _entry_text(entry: Any) -> str:
    contents = entry.get("content") or []
    for item in contents:
        value = item.get("value") if hasattr(item, "get") else None
        if isinstance(value, str) and value.strip():
            return strip_html(value)
    summary = entry.get("summary") or entry.get("description") or ""
    return strip_html(summary) if isinstance(summary, str) else ""


def _entry_meta(entry: Any, outlet: str | None) -> InputMeta:
    def get(*keys: str) -> str | None:
        for key in keys:
            value = entry.get(key)
            if isinstance(value, str) and value.strip():
                return " ".join(strip_html(value).split())
        return None

    return InputMeta(
        title=get("title"),
        url=get("link", "id"),
        outlet=outlet,
        published=get("published", "updated", "created"),
        author=get("author"),
    )


def _feed_error(parsed: Any) -> str | None:
    """The parse error of a feed that is not well-formed XML (encoding notes are not errors)."""
    import feedparser

    if not parsed.get("bozo"):
        return None
    exc = parsed.get("bozo_exception")
    benign = (feedparser.CharacterEncodingOverride, feedparser.NonXMLContentType)
    if isinstance(exc, benign):
        return None
    return " ".join(str(exc).split()) if exc else "parse error"


def iter_feed(data: bytes, source: str, options: IngestOptions) -> Iterator[Document | IngestFailure]:
    """One Document per RSS/Atom entry; a malformed feed gives a failure (after any entries it held)."""
    import feedparser

    parsed = feedparser.parse(data, sanitize_html=False, resolve_relative_uris=False)
    entries = list(parsed.get("entries") or [])
    error = _feed_error(parsed)
    if not entries:
        if error:
            yield IngestFailure(source, f"malformed feed: {error}")
        elif not parsed.get("version"):
            yield IngestFailure(source, "not an RSS/Atom feed")
        else:
            yield IngestFailure(source, "feed has no entries")
        return
    feed_info = parsed.get("feed") or {}
    outlet = feed_info.get("title") if isinstance(feed_info.get("title"), str) else None
    outlet = " ".join(outlet.split()) if outlet and outlet.strip() else None
    for i, entry in enumerate(entries):
        name = f"{source}#{i}"
        try:
            text = _entry_text(entry)
            meta = _entry_meta(entry, outlet)
            yield make_document(text, name, meta, encoding=parsed.get("encoding"), options=options)
        except InputError as exc:
            yield failure_from(name, exc)
    if error:
        yield IngestFailure(source, f"malformed feed: {error} ({len(entries)} entries read before it)")
