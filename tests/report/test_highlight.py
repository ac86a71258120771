"""Overlapping annotations always give balanced markup that keeps the text intact."""

from __future__ import annotations

import html
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.report.highlight import Span, article_body, render_spans
from tests.report.builder import build_documents
from tests.report.htmlcheck import parse

TAG = re.compile(r"<[^>]+>")


def _span(start: int, end: int, rank: int, name: str, anchor: bool = False, n: int = 0) -> Span:
    first = f'<span class="{name}" id="{name}-{start}-{n}">' if anchor else f'<span class="{name}">'
    return Span(start, end, rank, first, f'<span class="{name}">')


def test_crossing_spans_are_split() -> None:
    text = "abcdefghij"
    out = render_spans(text, [_span(0, 6, 0, "s", anchor=True), _span(4, 9, 1, "x"), _span(2, 5, 2, "y")])
    assert parse(out).errors == []
    assert html.unescape(TAG.sub("", out)) == text
    assert out.count('id="s-0-0"') == 1  # a reopened part never repeats the id
    assert out == (
        '<span class="s" id="s-0-0">ab<span class="y">cd<span class="x">e</span></span>'
        '<span class="x">f</span></span><span class="x">ghi</span>j'
    )


def test_text_is_escaped_and_clipped() -> None:
    out = render_spans("<b>&", [_span(-3, 99, 0, "s"), _span(2, 2, 1, "empty")])
    assert out == '<span class="s">&lt;b&gt;&amp;</span>'


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet="ab<&\u202e س", max_size=30),
    st.lists(st.tuples(st.integers(-2, 32), st.integers(-2, 32), st.integers(0, 4)), max_size=12),
)
def test_random_spans_balanced(text: str, raw: list[tuple[int, int, int]]) -> None:
    spans = [_span(a, b, r, f"k{r}", anchor=(i % 2 == 0), n=i) for i, (a, b, r) in enumerate(raw)]
    out = render_spans(text, spans)
    parsed = parse(out)
    assert parsed.errors == []
    assert len(parsed.ids) == len(set(parsed.ids))
    assert html.unescape(TAG.sub("", out)) == text.replace("\u202e", "")


def test_article_body_has_every_sentence_anchor() -> None:
    for doc in build_documents(hostile=True):
        out = article_body(doc)
        assert parse(out).errors == []
        for s in doc.sentences:
            assert f'id="d-{doc.id}-{s.start}"' in out
