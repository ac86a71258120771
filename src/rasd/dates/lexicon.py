"""The date lexicon (data file ``dates/lexicon.yaml``) loaded as matching keys and regexes."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from rasd.data import read_yaml
from rasd.text.normalize import norm_key

START = r"(?:(?<![^\W\d_])|(?<=(?<![^\W\d_])[وفبل]))"
"""Not preceded by a letter, or preceded by one clitic letter (و ف ب ل) that starts a word."""
END = r"(?![^\W\d_])"


def key(text: str) -> str:
    return " ".join(norm_key(text).split())


def alternation(words: list[str] | set[str] | tuple[str, ...]) -> str:
    """A regex matching any of the normalised ``words`` (longest first), as a trie for speed;
    a space matches any run of whitespace."""
    trie: dict[str, Any] = {}
    for w in {key(w) for w in words}:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(trie)


def _trie_regex(node: dict[str, Any]) -> str:
    branches = [
        (r"\s+" if ch == " " else re.escape(ch)) + _trie_regex(sub) for ch, sub in sorted(node.items()) if ch
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


@dataclass(frozen=True, slots=True)
class Lexicon:
    months: dict[str, int]
    ambiguous_months: frozenset[str]
    hijri_months: dict[str, int]
    hijri_markers: tuple[str, ...]
    weekdays: dict[str, int]
    weekday_lead: tuple[str, ...]
    weekday_past: tuple[str, ...]
    weekday_next: tuple[str, ...]
    future_cues: tuple[str, ...]
    relative_days: dict[str, int]
    relative_periods: dict[str, tuple[str, int]]
    ago_words: tuple[str, ...]
    ago_hedges: tuple[str, ...]
    not_today_before: frozenset[str]
    not_today_after: frozenset[str]
    month_past: tuple[str, ...]
    month_next: tuple[str, ...]
    month_current: tuple[str, ...]
    hijri_year_range: tuple[int, int]
    duration_units: dict[str, tuple[str, int | None]]
    year_lead: tuple[str, ...]
    period_parts: dict[str, tuple[int, int]]
    decades: dict[str, int]
    gregorian_markers: tuple[str, ...]
    recurring_after: tuple[str, ...]
    recurring_before: tuple[str, ...]
    adjective_days: frozenset[str]
    not_future_verbs: frozenset[str]
    ago_not_before: tuple[str, ...]
    year_pair_lead: tuple[str, ...]
    month_range_join: tuple[str, ...]


def _keys(d: dict[str, Any], name: str) -> tuple[str, ...]:
    return tuple(key(str(w)) for w in d[name])


def _index(table: dict[Any, list[str]]) -> dict[str, int]:
    return {key(name): int(num) for num, names in table.items() for name in names}


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    d = read_yaml("dates/lexicon.yaml")
    return Lexicon(
        months=_index(d["gregorian_months"]),
        ambiguous_months=frozenset(key(w) for w in d["ambiguous_months"]),
        hijri_months=_index(d["hijri_months"]),
        hijri_markers=tuple(key(w) for w in d["hijri_markers"]),
        weekdays=_index(d["weekdays"]),
        weekday_lead=tuple(key(w) for w in d["weekday_lead"]),
        weekday_past=tuple(key(w) for w in d["weekday_past"]),
        weekday_next=tuple(key(w) for w in d["weekday_next"]),
        future_cues=tuple(key(w) for w in d["future_cues"]),
        relative_days={key(k): int(v) for k, v in d["relative_days"].items()},
        relative_periods={key(k): (str(v[0]), int(v[1])) for k, v in d["relative_periods"].items()},
        ago_words=tuple(key(w) for w in d["ago_words"]),
        ago_hedges=tuple(key(w) for w in d["ago_hedges"]),
        not_today_before=frozenset(key(w) for w in d["not_today_before"]),
        not_today_after=frozenset(key(w) for w in d["not_today_after"]),
        month_past=tuple(key(w) for w in d["month_past"]),
        month_next=tuple(key(w) for w in d["month_next"]),
        month_current=tuple(key(w) for w in d["month_current"]),
        hijri_year_range=(int(d["hijri_year_range"][0]), int(d["hijri_year_range"][1])),
        duration_units={key(k): (str(v[0]), v[1]) for k, v in d["duration_units"].items()},
        year_lead=tuple(key(w) for w in d["year_lead"]),
        period_parts={key(k): (int(v[0]), int(v[1])) for k, v in d["period_parts"].items()},
        decades={key(k): int(v) for k, v in d["decades"].items()},
        gregorian_markers=tuple(key(w) for w in d["gregorian_markers"]),
        recurring_after=_keys(d, "recurring_after"),
        recurring_before=_keys(d, "recurring_before"),
        adjective_days=frozenset(_keys(d, "adjective_days")),
        not_future_verbs=frozenset(_keys(d, "not_future_verbs")),
        ago_not_before=_keys(d, "ago_not_before"),
        year_pair_lead=_keys(d, "year_pair_lead"),
        month_range_join=_keys(d, "month_range_join"),
    )


@dataclass(frozen=True, slots=True)
class Patterns:
    dmy: re.Pattern[str]
    mdy: re.Pattern[str]
    numeric: re.Pattern[str]
    hijri: re.Pattern[str]
    month_year: re.Pattern[str]
    period: re.Pattern[str]
    year: re.Pattern[str]
    year_range: re.Pattern[str]
    year_pair: re.Pattern[str]
    decade: re.Pattern[str]
    weekday: re.Pattern[str]
    relative_day: re.Pattern[str]
    relative_period: re.Pattern[str]
    ago: re.Pattern[str]
    month: re.Pattern[str]
    ordinal_day: re.Pattern[str]


def _ordinal_words() -> str:
    from rasd.numbers.lexicon import number_lexicon

    words = [w for w in number_lexicon().ordinals if w.startswith("ال")]
    return alternation(words)


@lru_cache(maxsize=1)
def first_words() -> frozenset[str]:
    """Every word that can start a date expression (patterns are tried only where one starts)."""
    from rasd.numbers.lexicon import number_lexicon

    lx = lexicon()
    phrases: list[str] = [
        *lx.months, *lx.hijri_months, *lx.year_lead, *lx.weekday_lead, *lx.weekdays, *lx.relative_days,
        *lx.relative_periods, *lx.ago_words, *lx.period_parts, *lx.decades, "شهر", "في", "خلال", "منذ",
        *lx.year_pair_lead,
    ]  # fmt: skip
    phrases += [w for w in number_lexicon().ordinals if w.startswith("ال")]
    return frozenset(p.split()[0] for p in phrases)


def _fragments() -> dict[str, str]:
    """Regex fragments shared by the patterns (month and Hijri month alternations, day, year...)."""
    lx = lexicon()
    m = alternation(list(lx.months))
    hm = alternation(list(lx.hijri_markers) + list(lx.gregorian_markers))
    direction = alternation(list(lx.month_past) + list(lx.month_next) + list(lx.month_current))
    return {
        "m": m,
        "m_safe": alternation([w for w in lx.months if w not in lx.ambiguous_months]),
        "h": alternation(list(lx.hijri_months)),
        "hm": hm,
        "day": r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?",
        "year": r"(?P<y>[12]\d{3})(?!\d)",
        "of_year": r"(?:(?:من\s+)?(?:عام|العام|سنه|السنه)\s+)?",
        "marker": rf"(?:\s*(?P<mk>{hm}){END}\.?)?",
        "m2": rf"(?:\s*[/(-]?\s*(?:{m}){END}(?:\s*\))?)?",
        "dir_opt": rf"(?:\s+(?P<dir>{direction}){END})?",
        "rel_year": r"(?:\s+من\s+(?P<ry>(?:العام|السنه)\s+"
        r"(?:الماضي|الجاري|الحالي|المقبل|القادم)|هذا\s+العام))?",
        "sep": r"\s*(?P<s{n}>[/.-])\s*",
    }


def _explicit(f: dict[str, str]) -> dict[str, re.Pattern[str]]:
    lx = lexicon()
    m, day, year, of_year, marker, m2 = f["m"], f["day"], f["year"], f["of_year"], f["marker"], f["m2"]
    sep = f["sep"]
    return {
        "dmy": re.compile(
            rf"(?<!\d)(?<!\d[/.]){day}[\s,]*(?:من\s+)?(?:شهر\s+)?(?P<m>{m}){END}{m2}"
            rf"(?:[\s,]*{of_year}{year}{marker}|{f['dir_opt']}{f['rel_year']})"
        ),
        "mdy": re.compile(rf"{START}(?P<m>{m}){END}{m2}\s*(?P<d>[0-3]?\d)(?!\d)\s*,?\s*{year}"),
        "numeric": re.compile(
            r"(?<![\d/.-])(?:(?P<y1>[12]\d{3})"
            + sep.format(n=1)
            + r"(?P<m1>[01]?\d)\s*(?P=s1)\s*(?P<d1>[0-3]?\d)|(?P<d2>[0-3]?\d)"
            + sep.format(n=2)
            + r"(?P<m2>[01]?\d)\s*(?P=s2)\s*(?P<y2>[12]\d{3}))(?![\d/.-])"
            + marker
        ),
        "hijri": re.compile(
            rf"(?:(?<!\d)(?P<d>[0-3]?\d)\s*(?:من\s+)?(?:شهر\s+)?)?{START}(?P<h>{f['h']}){END}"
            rf"(?:\s*{of_year}{year}{marker})?"
        ),
        "month_year": re.compile(rf"{START}(?P<m>{m}){END}{m2}[\s,]*{of_year}{year}{marker}"),
        "year": re.compile(
            rf"{START}(?P<lead>{alternation(list(lx.year_lead))})\s+{year}{marker}"
            rf"|(?<![\d/.,-])(?P<y2>[12]\d{{3}})\s*(?P<mk2>{f['hm']}){END}"
        ),
        "year_pair": re.compile(
            rf"{START}(?:{alternation(list(lx.year_pair_lead))})\s+(?:(?:عام|العام|سنه|السنه)\s+)?"
            rf"(?P<a>[12]\d{{3}})(?!\d)\s*{marker}\s*(?:و|الي|حتي|-|–)\s*(?:(?:عام|العام|سنه|السنه)\s+)?"
            rf"(?P<b>[12]\d{{3}})(?!\d|[/.-]\d)(?:\s*(?P<mk2>{f['hm']}){END})?"
        ),
        "year_range": re.compile(
            rf"(?<![\d/.,-])(?P<a>[12]\d{{3}})\s*[-–/]\s*(?P<b>[12]\d{{3}})(?!\d|[/.-]\d)"
            rf"(?:\s*(?P<mk>{f['hm']}){END})?"
        ),
        "ordinal_day": re.compile(
            rf"{START}(?P<od>(?:{_ordinal_words()})(?:\s+(?:عشر|عشره|والعشرين|والعشرون|والثلاثين|والثلاثون))?)"
            rf"\s+(?:من\s+)?(?:شهر\s+)?(?:(?P<m>{m}){END}{m2}(?:[\s,]*{of_year}{year}|{f['dir_opt']})"
            rf"|(?P<rm>الشهر\s+(?:الجاري|الحالي|الماضي|المقبل|القادم)))"
        ),
    }


def _relative(f: dict[str, str]) -> dict[str, re.Pattern[str]]:
    lx = lexicon()
    year, of_year = f["year"], f["of_year"]
    return {
        "period": re.compile(
            rf"{START}(?P<p>{alternation(list(lx.period_parts))})\s+"
            rf"(?:(?:(?:شهر\s+)?(?P<m>{f['m_safe']}){END}(?:[\s,]*{of_year}{year})?)"
            rf"|(?:(?:عام|العام|سنه|السنه)\s+)?(?P<yo>[12]\d{{3}})(?!\d)"
            rf"|(?P<rel>(?:هذا\s+|العام\s+|السنه\s+)(?:العام|الشهر|الجاري|الحالي|الماضي|المقبل|القادم)"
            rf"|الشهر\s+(?:الجاري|الحالي|الماضي|المقبل)|(?:العام|السنه)\s+(?:الجاري|الحالي|الماضي|المقبل)"
            rf"|(?:العام|السنه)(?![\s\d]*\d)))"
        ),
        "decade": re.compile(
            rf"{START}(?P<dec>{alternation(list(lx.decades))}){END}"
            rf"(?:\s+(?:من\s+)?القرن\s+(?P<c>الماضي|العشرين|التاسع\s+عشر))?"
        ),
        "weekday": re.compile(
            rf"{START}(?:(?P<lead>{alternation(list(lx.weekday_lead))})\s+)?(?P<wd>{alternation(list(lx.weekdays))}){END}"
            rf"(?:\s+(?P<dir>{alternation(list(lx.weekday_past) + list(lx.weekday_next))}){END})?"
        ),
        "relative_day": re.compile(rf"{START}(?P<rd>{alternation(list(lx.relative_days))}){END}"),
        "relative_period": re.compile(rf"{START}(?P<rp>{alternation(list(lx.relative_periods))}){END}"),
        "ago": re.compile(
            rf"{START}(?P<dir>{alternation(list(lx.ago_words))})\s+"
            rf"(?:(?:{alternation(list(lx.ago_hedges))})\s+)?"
            rf"(?:(?P<n>\d+|[^\W\d_]+)\s+)?(?P<u>{alternation(list(lx.duration_units))}){END}"
        ),
        "month": re.compile(
            rf"{START}(?:(?:شهر|في|خلال|منذ)\s+)?(?P<m>{f['m_safe']}){END}{f['m2']}{f['dir_opt']}{f['rel_year']}"
        ),
    }


@lru_cache(maxsize=1)
def patterns() -> Patterns:
    f = _fragments()
    return Patterns(**_explicit(f), **_relative(f))
