"""http(s) URLs fetched with httpx (timeout, size limit); failures become one-line IngestFailures."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import httpx

from rasd.ingest.options import IngestFailure, IngestOptions, too_large
from rasd.ingest.reader import Item, read_bytes, sniff
from rasd.models import Document

log = logging.getLogger(__name__)

USER_AGENT = "rasd/0.1 (+offline news analysis)"


def _kind(content_type: str, body: bytes) -> str:
    ctype = content_type.split(";", 1)[0].strip().lower()
    if ctype in ("text/html", "application/xhtml+xml"):
        return "html"
    if ctype in ("application/rss+xml", "application/atom+xml", "application/rdf+xml"):
        return "feed"
    if ctype in ("application/json", "text/json"):
        return "json"
    if ctype in ("application/x-ndjson", "application/jsonl"):
        return "jsonl"
    if ctype == "application/zip":
        return "zip"
    return sniff(body)


def _fetch(url: str, options: IngestOptions) -> tuple[bytes, str] | str:
    """``(body, content type)`` or the failure reason."""
    headers = {"User-Agent": USER_AGENT}
    client = httpx.Client(timeout=options.timeout, follow_redirects=True, headers=headers)
    with client, client.stream("GET", url) as resp:
        if resp.status_code >= 400:
            return f"HTTP {resp.status_code} {resp.reason_phrase}".strip()
        chunks: list[bytes] = []
        size = 0
        for chunk in resp.iter_bytes():
            size += len(chunk)
            if size > options.max_bytes:
                return too_large(size, options.max_bytes, "response")
            chunks.append(chunk)
        return b"".join(chunks), resp.headers.get("content-type", "")


def iter_url(url: str, options: IngestOptions) -> Iterator[Item]:
    """Items of one URL; offline, timeouts and HTTP errors give ``cannot fetch URL: ...``."""
    try:
        result = _fetch(url, options)
    except httpx.TimeoutException:
        result = f"timed out after {options.timeout:g} s"
    except (httpx.HTTPError, httpx.InvalidURL, OSError, ValueError) as exc:
        result = " ".join(str(exc).split()) or type(exc).__name__
    if isinstance(result, str):
        yield IngestFailure(url, f"cannot fetch URL: {url}: {result}")
        return
    body, ctype = result
    for item in read_bytes(body, _kind(ctype, body), url, options, url=url):
        if isinstance(item, Document) and item.url is None:
            item.url = url
        yield item
