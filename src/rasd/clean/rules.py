"""Line rules of the cleaner: compiled once from ``rasd/data/clean/patterns.yaml``.

Every rule is matched on a line's *matching key* (:func:`line_key`: ``norm_key`` with whitespace
collapsed), so spelling variants (أ/ا, ى/ي, ة/ه, tatweel, diacritics) match the same pattern. Full-line
rules carry a length limit (cheap to check first) and, unless marked otherwise, never fire on a line
that looks like a real sentence (:func:`looks_like_sentence`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from rasd.data import read_yaml
from rasd.errors import ConfigError
from rasd.text.normalize import norm_key

PATTERNS_FILE = "clean/patterns.yaml"
LINE_REASONS = ("prompt", "copyright", "tags", "byline", "source-line", "dateline")
DEFAULT_MAX_LEN = 120

_ARABIC_RUN = re.compile(r"[\u0621-\u065f\u0670-\u06d3\u0640]+")
_TOKEN = re.compile(r"\d+|[^\W\d_]+")
_TERMINAL = frozenset('.!?"')
_QUALIFIERS = "(?:الاول|الثاني|الاخر|الاخره|الاولي|القعده|الحجه)"
_SHARE_TAIL = (
    r"(?:شارك|شاركها|شاركه|شارك الخبر|شارك المقال|share|share this|tweet|طباعه|اطبع|print"
    r"|اقرا المزيد|المزيد|read more)"
)


def arabic_key(pattern: str) -> str:
    """Normalise the Arabic letter runs of a regex (leaves regex syntax and Latin untouched)."""
    return _ARABIC_RUN.sub(lambda m: norm_key(m.group()), pattern)


def line_key(line: str) -> str:
    """Matching key of one line: normalised, whitespace runs collapsed, stripped."""
    return " ".join(norm_key(line).split())


def looks_like_sentence(key: str) -> bool:
    """A real sentence: many words and terminal punctuation, or very many words."""
    words = key.count(" ") + 1
    if words >= 25:
        return True
    return words >= 10 and key[-1:] in _TERMINAL


@dataclass(frozen=True, slots=True)
class LineRule:
    reason: str
    id: str
    regex: re.Pattern[str]
    max_len: int
    guard: bool


@dataclass(frozen=True, slots=True)
class Rules:
    """Every compiled pattern of the cleaner."""

    line_rules: tuple[LineRule, ...]
    max_len: int
    read_also: re.Pattern[str]
    date_label: re.Pattern[str]
    months: frozenset[str]
    date_words: frozenset[str]
    leading_date: re.Pattern[str]
    trailing_prompt: re.Pattern[str]


def _alternation(words: list[str]) -> str:
    keys = sorted({line_key(arabic_key(w)) for w in words}, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(k) for k in keys) + ")"


def _compile(pattern: str, where: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern, re.IGNORECASE)
    except re.error as exc:
        raise ConfigError(f"{PATTERNS_FILE}: bad pattern {where}: {exc}") from exc


def _line_rules(data: dict[str, Any]) -> tuple[LineRule, ...]:
    fragments = {k: arabic_key(v) for k, v in data.get("fragments", {}).items()}
    out: list[LineRule] = []
    for reason in LINE_REASONS:
        for item in data.get(reason, []):
            pattern = arabic_key(str(item["pattern"]))
            for name, value in fragments.items():
                pattern = pattern.replace("{" + name + "}", value)
            regex = _compile(pattern, str(item["id"]))
            max_len = int(item.get("max_len", DEFAULT_MAX_LEN))
            out.append(LineRule(reason, str(item["id"]), regex, max_len, bool(item.get("guard", True))))
    return tuple(out)


def _date_patterns(months: str, labels: str) -> re.Pattern[str]:
    day = r"\d{1,2}\s*(?:st|nd|rd|th)?"
    month = rf"{months}(?:\s+{_QUALIFIERS})?"
    one = (
        rf"(?:{day}\s*[,/.-]?\s*{month}\s*[,/.-]?\s*\d{{4}}|{month}\s*{day}\s*,?\s*\d{{4}}"
        rf"|\d{{1,4}}[/.-]\d{{1,2}}[/.-]\d{{2,4}})(?:\s*(?:هـ|ه|م|gmt))?"
        r"(?:\s*\d{1,2}:\d{2}(?:\s*(?:am|pm|ص|م))?)?"
    )
    return re.compile(rf"(?:{labels}\s*[:：]?\s*)?{one}(?:\s*{labels}\s*[:：]?\s*{one})*", re.IGNORECASE)


@lru_cache(maxsize=1)
def load_rules() -> Rules:
    """Compile the cleaner's patterns (cached)."""
    data = read_yaml(PATTERNS_FILE)
    if not isinstance(data, dict):
        raise ConfigError(f"{PATTERNS_FILE}: expected a mapping")
    line_rules = _line_rules(data)
    labels = _alternation([str(x) for x in data["date_labels"]])
    months = _alternation([str(x) for x in data["months"]])
    markers = _alternation([str(x) for x in data["read_also"]])
    social = arabic_key(str(data["fragments"]["social"]))
    return Rules(
        line_rules=line_rules,
        max_len=max(r.max_len for r in line_rules),
        read_also=_compile(rf"[.\s]*{markers}\s*[.:：!]*\s*(?P<rest>.{{0,160}})", "read_also"),
        date_label=_compile(labels, "date_labels"),
        months=frozenset(line_key(arabic_key(str(x))) for x in data["months"]),
        date_words=frozenset(line_key(arabic_key(str(x))) for x in data["date_words"]),
        leading_date=_date_patterns(months, labels),
        trailing_prompt=_compile(
            rf"(?<=[.!?])\s*(?:{_SHARE_TAIL}(?:[\s,|/]*{social})*|{social}(?:[\s,|/]*{social})+)\s*[.:]?\s*$",
            "trailing_prompt",
        ),
    )


def classify_line(key: str, rules: Rules) -> tuple[str, str] | None:
    """``(reason, rule id)`` of a whole line that is boilerplate by a pattern, else ``None``."""
    n = len(key)
    if n == 0 or n > rules.max_len:
        return None
    sentence = looks_like_sentence(key)
    for rule in rules.line_rules:
        if n > rule.max_len or (sentence and rule.guard):
            continue
        if rule.regex.fullmatch(key):
            return rule.reason, rule.id
    if n <= 90 and not sentence and is_date_line(key, rules):
        return "dateline", "date-line"
    return None


def is_date_line(key: str, rules: Rules) -> bool:
    """A line holding only a date (labels like ``تاريخ النشر``, month names, numbers, time words)."""
    stripped = rules.date_label.sub(" ", key)
    labelled = len(stripped) != len(key)
    tokens = _TOKEN.findall(stripped)
    if not tokens:
        return False
    numbers = months = 0
    unknown: list[int] = []
    for i, tok in enumerate(tokens):
        if tok.isdigit():
            numbers += 1
        elif tok in rules.months:
            months += 1
        elif tok not in rules.date_words:
            unknown.append(i)
    if unknown:
        # "City 26 Shawwal 1436 AH / 11 August 2015 AD Agency": a dateline with a place word before
        # the date and an agency after it; never a conjunction-led word (a sentence: "and he arrived").
        edges = all(i == 0 or i == len(tokens) - 1 for i in unknown)
        conj = unknown[0] == 0 and tokens[0][:1] in "وف" and len(tokens[0]) > 3
        return len(unknown) <= 2 and edges and not conj and months >= 1 and numbers >= 3
    if numbers == 0:
        return False
    if "%" in key or numbers > 6:
        return False
    return months >= 1 or labelled or (numbers >= 2 and any(c in key for c in ":/-"))


def is_read_also(key: str, rules: Rules) -> re.Match[str] | None:
    """Match of a "read also" marker line (the marker may be followed by a linked title)."""
    if len(key) > 200:
        return None
    return rules.read_also.fullmatch(key)
