"""Publication dates: input formats, datelines and relative stamps.

* :func:`normalize_input_date` reads dates given with an input (ISO 8601, ``2015-07-21 02:51:32``,
  RFC 822, ``21/07/2015``, epoch seconds) and falls back to :func:`rasd.dates.parse_dates` for
  textual dates (``21 يوليو 2015``, ``October 27, 2024``).
* :func:`find_dateline` finds "تاريخ النشر: 27th, October 2024" style lines (labels in
  ``data/meta/patterns.yaml``); textual dates are parsed by :mod:`rasd.dates`.
* :func:`parse_stamp` resolves "منذ 3 ساعات" / "قبل يومين" against the retrieval time
  (units in ``data/meta/stamps.yaml``).
"""

from __future__ import annotations

import datetime as dt
import email.utils
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from rasd.data import read_yaml
from rasd.dates import parse_dates
from rasd.text.normalize import norm_key

log = logging.getLogger(__name__)

MIN_YEAR, MAX_YEAR = 1900, 2100
_ISO = re.compile(r"^\s*(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?(?:$|[Tt\s_]|[+-]\d\d:?\d\d|[Zz])")
_DMY = re.compile(r"^\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:$|\s|T)")
_EPOCH = re.compile(r"^\s*(\d{10}|\d{13})(?:\.\d+)?\s*$")
_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True, slots=True)
class FoundDate:
    """A publication date found for a document: ISO day, granularity and the text it came from."""

    value: str
    granularity: str
    text: str


def _day(year: int, month: int, day: int) -> dt.date | None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _numeric(value: str) -> FoundDate | None:
    raw = norm_key(value)
    if m := _ISO.match(raw):
        d = _day(int(m.group(1)), int(m.group(2)), int(m.group(3) or 1))
        return FoundDate(d.isoformat(), "day" if m.group(3) else "month", value) if d else None
    if m := _DMY.match(raw):
        a, b, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        d = _day(year, b, a) if b <= 12 else _day(year, a, b)  # day first unless impossible
        return FoundDate(d.isoformat(), "day", value) if d else None
    if m := _EPOCH.match(raw):
        seconds = int(m.group(1)) / (1000 if len(m.group(1)) == 13 else 1)
        d = dt.datetime.fromtimestamp(seconds, tz=dt.UTC).date()
        return FoundDate(d.isoformat(), "day", value) if MIN_YEAR <= d.year <= MAX_YEAR else None
    return None


def _rfc822(value: str) -> FoundDate | None:
    try:
        parsed = email.utils.parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError):
        return None
    if parsed is None or not MIN_YEAR <= parsed.year <= MAX_YEAR:
        return None
    return FoundDate(parsed.date().isoformat(), "day", value)


def _textual(text: str, anchor: dt.date | None = None) -> FoundDate | None:
    """The first explicit (non-relative) day in ``text``, parsed by :mod:`rasd.dates`."""
    for mention in parse_dates(text, anchor):
        if mention.relative or mention.value is None or "/" in mention.value:
            continue
        if mention.granularity == "day" and len(mention.value) == 10:
            return FoundDate(mention.value, "day", mention.text)
    return None


def normalize_input_date(value: str) -> FoundDate | None:
    """ISO day of a date given with an input, or ``None`` when it cannot be read."""
    if not value or not value.strip():
        return None
    return _numeric(value) or _rfc822(value) or _textual(value)


def parse_iso_datetime(value: str | None) -> dt.datetime | None:
    """A retrieval time (``2024-11-28``, ``2024-11-28T10:00:00Z``, ``2015-07-21 02:51:32``)."""
    if not value:
        return None
    text = value.strip().replace("Z", "+00:00")
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        found = normalize_input_date(value)
        return dt.datetime.fromisoformat(found.value) if found else None


@lru_cache(maxsize=1)
def _label_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = read_yaml("meta/patterns.yaml")
    pub = re.compile("(?:" + "|".join(data["published_labels"]) + r")\s*[:：]?", re.IGNORECASE)
    other = re.compile("(?:" + "|".join(data["other_labels"]) + r")\s*[:：]?", re.IGNORECASE)
    return pub, other


def _config(key: str) -> Any:
    return read_yaml("meta/patterns.yaml")[key]


def _after_label(line: str) -> FoundDate | None:
    """The date right after a publication label, unless it is labelled as an update.

    Only short lines, or lines that open with the label, are datelines: a label inside a body
    sentence ("صدر القرار بتاريخ ...") dates an event, not the article."""
    pub, other = _label_patterns()
    short = len(line.split()) <= int(_config("dateline_max_words"))
    for m in pub.finditer(line):
        if not short and line[: m.start()].strip(" -–|*•"):
            continue
        rest = line[m.end() : m.end() + 80]
        cut = other.search(rest)
        found = _textual(rest[: cut.start()] if cut else rest) or _numeric(rest.strip())
        if found:
            return found
    return None


def _bare_date_line(line: str) -> FoundDate | None:
    """A short line that is a date (optionally with a weekday, time or update label)."""
    if len(line.split()) > int(_config("dateline_max_words")):
        return None
    _pub, other = _label_patterns()
    cut = other.search(line)
    head = line[: cut.start()] if cut else line
    found = _textual(head) or _numeric(head)
    if found is None or not head.strip():
        return None
    rest = head.replace(found.text, " ", 1)
    words = [w for w in _WORD.findall(rest) if not w.isascii() or len(w) > 2]
    if len(words) > int(_config("dateline_max_other_words")):
        return None
    return found


def find_dateline(lines: Iterable[str]) -> FoundDate | None:
    """The publication date of the first dateline among ``lines`` (labelled first, then bare)."""
    candidates = [line for line in lines if line.strip()]
    for line in candidates:
        if found := _after_label(line):
            return found
    for line in candidates:
        if found := _bare_date_line(line):
            return found
    return None


@lru_cache(maxsize=1)
def _stamp_pattern() -> tuple[re.Pattern[str], dict[str, tuple[str, int, bool]]]:
    data = read_yaml("meta/stamps.yaml")
    units: dict[str, tuple[str, int, bool]] = {}
    for unit in data["units"].values():
        for word in unit["words"]:
            units[norm_key(word)] = (str(unit["granularity"]), int(unit["seconds"]), False)
        for word in unit["dual"]:
            units[norm_key(word)] = (str(unit["granularity"]), int(unit["seconds"]), True)
    numbers = "|".join(sorted((re.escape(norm_key(w)) for w in data["numbers"]), key=len, reverse=True))
    alt = "|".join(sorted((re.escape(u) for u in units), key=len, reverse=True))
    pre = "|".join(re.escape(norm_key(p)) for p in data["prefixes"])
    suf = "|".join(re.escape(norm_key(s)) for s in data["suffixes"])
    pattern = (
        rf"^\s*(?:(?:{pre})\s+)?(?P<n>\d+|{numbers})?\s*(?P<unit>{alt})\s*(?:{suf})?\s*[.]?\s*$"
        if pre
        else "$^"
    )
    return re.compile(pattern, re.IGNORECASE), units


def parse_stamp(line: str, anchor: dt.datetime | None) -> tuple[FoundDate | None, bool]:
    """``(date, is_stamp)``: a relative stamp line resolved against ``anchor`` (``None`` unresolved)."""
    key = " ".join(norm_key(line).split())
    data = read_yaml("meta/stamps.yaml")
    prefixes = tuple(norm_key(p) for p in data["prefixes"])
    if not key.startswith(prefixes) and not key.endswith(tuple(norm_key(s) for s in data["suffixes"])):
        return None, False
    pattern, units = _stamp_pattern()
    m = pattern.match(key)
    if m is None:
        return None, False
    granularity, seconds, dual = units[m.group("unit").lower()]
    raw_n = m.group("n")
    numbers = {norm_key(k): int(v) for k, v in data["numbers"].items()}
    n = 2 if dual else int(raw_n) if raw_n and raw_n.isdigit() else numbers.get((raw_n or "").lower(), 1)
    if anchor is None:
        return None, True
    day = (anchor - dt.timedelta(seconds=seconds * n)).date()
    return FoundDate(day.isoformat(), granularity, line.strip()), True


def find_stamp(lines: Iterable[str], anchor: dt.datetime | None) -> tuple[FoundDate | None, str | None]:
    """The first relative stamp among ``lines``: ``(resolved date or None, stamp text or None)``."""
    for line in lines:
        found, is_stamp = parse_stamp(line, anchor)
        if is_stamp:
            return found, line.strip()
    return None, None
