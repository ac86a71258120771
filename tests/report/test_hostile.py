"""Hostile article text, titles, outlets, speakers, URLs and bidi controls stay inert text."""

from __future__ import annotations

from pathlib import Path

from rasd.report import write_report
from rasd.store import Store
from tests.report.htmlcheck import internal_links, parse

OWN_TAGS = {
    "html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3", "h4", "small", "nav", "ol",
    "ul", "li", "a", "main", "section", "div", "table", "thead", "tbody", "tr", "th", "td", "time", "p",
    "bdi", "span", "blockquote", "article", "figure", "figcaption", "svg", "line", "rect", "text", "g",
    "circle", "polyline", "b", "footer",
}  # fmt: skip


def test_no_executable_markup(hostile_store: Store, tmp_path: Path) -> None:
    html_text = write_report(hostile_store, tmp_path / "h.html").read_text(encoding="utf-8")
    parsed = parse(html_text)
    assert parsed.errors == []
    for tag, attrs in parsed.tags:
        assert tag in OWN_TAGS, tag
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
        if tag == "a":
            assert str(attrs.get("href")).startswith(("#", "https://")), attrs
        if tag == "svg":
            assert attrs.get("class") == "chart"
    low = html_text.lower()
    assert "<script" not in low and "<img" not in low and "<svg onload" not in low
    assert "&lt;script&gt;" in html_text and "&lt;img src=x onerror=" in html_text
    assert "javascript:alert(1)" in html_text  # shown as text...
    assert 'href="javascript' not in low  # ...never as a link
    assert set(internal_links(parsed)) <= set(parsed.ids)


def test_bidi_controls_removed(hostile_store: Store, tmp_path: Path) -> None:
    html_text = write_report(hostile_store, tmp_path / "h.html").read_text(encoding="utf-8")
    for c in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069":
        assert c not in html_text
    assert "<bdi" in html_text
