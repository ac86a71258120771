"""A strict-enough HTML checker for the report tests: tag balance, ids, links, resources."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


@dataclass
class Parsed:
    tags: list[tuple[str, dict[str, str | None]]] = field(default_factory=list)
    ids: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    text: list[str] = field(default_factory=list)


class _Checker(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out = Parsed()
        self.stack: list[str] = []

    def _record(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        d = dict(attrs)
        self.out.tags.append((tag, d))
        if d.get("id"):
            self.out.ids.append(str(d["id"]))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._record(tag, attrs)
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._record(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.out.errors.append(f"</{tag}> closes <{self.stack[-1] if self.stack else 'nothing'}>")
            return
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.out.text.append(data)


def parse(html_text: str) -> Parsed:
    p = _Checker()
    p.feed(html_text)
    p.close()
    if p.stack:
        p.out.errors.append(f"unclosed: {p.stack}")
    return p.out


def internal_links(parsed: Parsed) -> list[str]:
    return [
        str(a["href"])[1:] for t, a in parsed.tags if t == "a" and str(a.get("href") or "").startswith("#")
    ]
