"""Title, outlet and author inferred from article text and the cleaner's removed spans.

Patterns live in ``data/meta/patterns.yaml`` (copyright, source-line, byline, dateline tags),
agency names in ``data/meta/agencies.txt`` and source-line values that name no outlet in
``data/meta/generic_sources.txt``. Every function returns the value found (display text, not a
key) or ``None``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from urllib.parse import urlsplit

from rasd.data import read_lines, read_yaml
from rasd.text.normalize import norm_key

_STRIP = " \t.,،:;؛-–—|/\\()[]«»\"'"
_FULL_STOP = (".", "。", ":", "؛", "،", ",")


@lru_cache(maxsize=1)
def agencies() -> dict[str, str]:
    """Normalised spelling → canonical agency name."""
    out: dict[str, str] = {}
    for line in read_lines("meta/agencies.txt"):
        names = [n.strip() for n in line.split("|") if n.strip()]
        for name in names:
            out[norm_key(name)] = names[0]
    return out


def _agency_alternation() -> str:
    spellings = sorted(
        {n.strip() for line in read_lines("meta/agencies.txt") for n in line.split("|")}, key=len
    )
    return "|".join(re.escape(s) for s in reversed(spellings) if s)


@lru_cache(maxsize=1)
def _patterns() -> dict[str, tuple[re.Pattern[str], ...]]:
    data = read_yaml("meta/patterns.yaml")
    agency = _agency_alternation()
    out: dict[str, tuple[re.Pattern[str], ...]] = {}
    for key in ("copyright", "source_line", "byline", "dateline_tag"):
        out[key] = tuple(
            re.compile(str(p).replace("{agency}", agency), re.IGNORECASE | re.MULTILINE) for p in data[key]
        )
    return out


@lru_cache(maxsize=1)
def _generic() -> frozenset[str]:
    return frozenset(norm_key(line) for line in read_lines("meta/generic_sources.txt"))


def config(key: str) -> int:
    return int(read_yaml("meta/patterns.yaml")[key])


def tidy(name: str) -> str:
    return " ".join(name.split()).strip(_STRIP)


def agency_of(name: str) -> str | None:
    """Canonical agency name when ``name`` is (or ends with) a known agency spelling."""
    key = norm_key(tidy(name))
    table = agencies()
    if key in table:
        return table[key]
    for spelling, canonical in table.items():
        if len(spelling) >= 3 and (key.endswith(" " + spelling) or key.startswith(spelling + " ")):
            return canonical
    return None


def _plausible(name: str, max_words: int = 6) -> bool:
    words = name.split()
    return 0 < len(words) <= max_words and any(c.isalpha() for c in name) and len(name) >= 2


def _first_match(kind: str, lines: Iterable[str]) -> str | None:
    for line in lines:
        for pattern in _patterns()[kind]:
            m = pattern.search(line)
            if m:
                name = tidy(m.group("name"))
                if _plausible(name):
                    return name
    return None


def copyright_outlet(lines: Iterable[str]) -> str | None:
    """Outlet named by a copyright line (``© 2024 X. جميع الحقوق محفوظة``)."""
    return _first_match("copyright", lines)


def source_line_outlet(lines: Iterable[str]) -> str | None:
    """Outlet named by a source line (``المصدر: X``), unless it names no outlet (``وكالات``)."""
    for line in lines:
        name = _first_match("source_line", [line])
        if name and norm_key(name) not in _generic():
            return agency_of(name) or name
    return None


def byline_name(lines: Iterable[str]) -> str | None:
    """The name in the first byline (``كتب: فلان``, ``بقلم فلان``, ``By X``)."""
    return _first_match("byline", lines)


def dateline_tag_outlet(lines: Iterable[str]) -> str | None:
    """Outlet or agency tag opening the body: ``المستقلة/-``, ``(واس)``, ``الرياض - واس``."""
    for line in lines:
        for pattern in _patterns()["dateline_tag"]:
            m = pattern.match(line)
            if m is None:
                continue
            prefix = {norm_key(w.strip(_STRIP)) for w in line[: m.start("name")].split()}
            if prefix & _function_words():  # "وبحسب ما نقلته (واس):" is a sentence, not a dateline
                continue
            name = tidy(m.group("name"))
            if _plausible(name, 3):
                return agency_of(name) or name
    return None


def url_domain(url: str | None) -> str | None:
    """Host of ``url`` without ``www.`` (``example.com``), or ``None``."""
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else "//" + url).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    return frozenset(norm_key(w) for line in read_lines("lang/ar.txt") for w in line.split())


_INNER_STOP = re.compile(r"[.!?؟]+\s+\S")
_DASH = re.compile(r"\s[-–—ـ]\s|\s[-–—ـ]$|^[-–—ـ]\s")


def looks_like_headline(line: str) -> bool:
    """A short line of words that does not end like a sentence, a label or a cut-off line.

    Rejected: sentences (final full stop), list items, ``Name – City`` bylines, and lines ending
    with a function word (``في``, ``أن``, ``هذه``: a paragraph broken across lines)."""
    text = line.strip()
    words = [w for w in text.split() if any(c.isalpha() for c in w)]
    if not config("title_min_words") <= len(words) <= config("title_max_words"):
        return False
    if len(text) > config("title_max_chars") or text.endswith((*_FULL_STOP, "/", "-", "–")):
        return False
    if text.startswith(tuple(read_yaml("meta/patterns.yaml")["title_bad_starts"])):
        return False
    if len(words) <= config("byline_dash_max_words") and _DASH.search(text):
        return False
    if _INNER_STOP.search(text) or text.count("،") + text.count(",") > 1:
        return False  # more than one sentence, or a clause chain: body text
    return norm_key(words[-1].strip(_STRIP)) not in _function_words()


def repeated_line(lines: list[str]) -> str | None:
    """A headline-like line printed twice among ``lines`` (a title repeated by the page)."""
    seen: set[str] = set()
    for line in lines:
        key = norm_key(" ".join(line.split()))
        if key in seen and looks_like_headline(line):
            return line.strip()
        seen.add(key)
    return None
