"""Escaping helpers: every piece of article text or metadata is hostile input.

Text is escaped with :func:`html.escape` (``quote=True``), bidi embedding/override/isolate controls
are removed so that they cannot reorder the report, and URLs become links only when they are
plain ``http(s)`` URLs.
"""

from __future__ import annotations

import html
import re
from urllib.parse import urlsplit

BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
"""LRE, RLE, PDF, LRO, RLO and LRI, RLI, FSI, PDI: they could reorder the surrounding report."""
_OTHER_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_URL_MAX = 2048


def clean(text: object) -> str:
    """Display form of untrusted text: bidi controls and C0 controls removed (never escaped here)."""
    if text is None:
        return ""
    return _OTHER_CONTROLS.sub("", BIDI_CONTROLS.sub("", str(text)))


def esc(text: object) -> str:
    """Untrusted text made safe for element content and quoted attribute values."""
    return html.escape(clean(text), quote=True)


def bdi(text: object, cls: str = "") -> str:
    """Untrusted text isolated in ``<bdi>`` so that its direction cannot leak into the report."""
    attr = f' class="{esc(cls)}"' if cls else ""
    return f"<bdi{attr}>{esc(text)}</bdi>"


def safe_url(url: object) -> str | None:
    """The URL if it is a well-formed ``http``/``https`` URL with a host, else ``None``."""
    if not isinstance(url, str):
        return None
    url = url.strip()
    if not url or len(url) > _URL_MAX or clean(url) != url or any(c.isspace() for c in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return url


def url_markup(url: object) -> str:
    """A safe external link for a valid http(s) URL, else the URL as plain text."""
    ok = safe_url(url)
    if ok is None:
        return bdi(url, "url") if url else ""
    return f'<a class="url" href="{esc(ok)}" rel="noopener noreferrer nofollow" dir="ltr">{esc(ok)}</a>'


def anchor_id(document: str, start: int) -> str:
    """The id of a sentence anchor: ``d-<document id>-<start offset>`` (ids reduced to safe chars)."""
    return f"d-{re.sub(r'[^A-Za-z0-9_-]', '_', str(document))}-{int(start)}"
