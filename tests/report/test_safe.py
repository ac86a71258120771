"""Escaping, bidi neutralisation and URL validation."""

from __future__ import annotations

import pytest

from rasd.report.safe import anchor_id, bdi, clean, esc, safe_url, url_markup


@pytest.mark.parametrize(
    "url",
    ["https://example.org/a", "http://news.example/x?a=1&b=2#f", "HTTPS://EXAMPLE.ORG/"],
)
def test_http_urls_accepted(url: str) -> None:
    assert safe_url(url) == url


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        " JavaScript:alert(1)",
        "data:text/html,<script>x</script>",
        "vbscript:msgbox",
        "file:///etc/passwd",
        "//example.org/a",
        "https://exa mple.org",
        "https://\u202eexample.org",
        "https://",
        "http://[::1",
        None,
        42,
        "",
    ],
)
def test_other_urls_rejected(url: object) -> None:
    assert safe_url(url) is None


def test_url_markup() -> None:
    assert url_markup("javascript:alert(1)") == '<bdi class="url">javascript:alert(1)</bdi>'
    link = url_markup('https://e.org/"><x')
    assert link.count("<") == 2 and "&quot;&gt;&lt;x" in link


def test_escape_and_bidi() -> None:
    assert esc('<a href="x">\'') == "&lt;a href=&quot;x&quot;&gt;&#x27;"
    for c in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069":
        assert clean(f"أ{c}ب") == "أب"
    assert clean("a\x00b\x1bc\n") == "abc\n"
    assert bdi("<x>") == "<bdi>&lt;x&gt;</bdi>"
    assert clean(None) == ""


def test_anchor_id_safe() -> None:
    assert anchor_id('a"b<c', 3) == "d-a_b_c-3"
