"""``clean_text``: remove boilerplate lines (and glued boilerplate parts of lines) from extracted text.

The text is handled line by line. Each non-blank line gets a matching key (:func:`rules.line_key`) and
is checked, cheapest first, against: the full-line patterns (prompt, copyright, tags, byline,
source-line, dateline), the outlet's learned boilerplate, a stray code, a duplicated title, a rubric
above the title, and the appended-article detectors. Kept lines may still lose a glued boilerplate part
(a trailing "share" after the last sentence, a date glued before the first word). Kept lines are joined
with ``"\\n"``; blank-line runs collapse to one blank line; every removed span is reported with offsets
into the raw text, and :meth:`CleanResult.to_raw` maps a cleaned offset back to the raw text.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field

from rasd.clean.appended import LineInfo, mark_marker_tails, mark_topic_shift
from rasd.clean.boilerplate import SiteBoilerplate
from rasd.clean.rules import Rules, classify_line, line_key, load_rules
from rasd.clean.topic import content_words
from rasd.models import Removed
from rasd.text.normalize import collapse_spaces, normalize

REASONS = (
    "prompt",
    "copyright",
    "tags",
    "byline",
    "source-line",
    "dateline",
    "stray-code",
    "duplicate-title",
    "rubric",
    "appended-article",
    "site-boilerplate",
)
LONG_LINE = 300
"""Lines longer than this are body text: no full-line rule applies, only their ends are matched."""
HEAD_LINES = 8
TITLE_LINES = 3
RUBRIC_LINES = 2
"""A rubric is one of the first RUBRIC_LINES kept lines."""
"""A duplicated title's first copy is among the first TITLE_LINES non-blank lines (the copy within 2 more)."""
"""How many non-blank lines from the top count as the head (titles, rubrics, bylines)."""

_LINE = re.compile(r"[^\n]*")
_STRAY_CODE = re.compile(r"(?=[^\d]*\d)(?=[^a-z]*[a-z])[a-z0-9]{4,12}")
_HAS_DIGIT = re.compile(r"\d")
_WORDS = re.compile(r"[^\W\d_]{2,}")
_RUBRIC_CHARS = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)*")
"""Letters and single spaces only: no bullet, bracket, comma or dash (names with a place are bylines)."""


@dataclass(slots=True)
class CleanResult:
    """Cleaned text, removed spans (offsets into the raw text) and the kept-piece offset map."""

    text: str
    removed: list[Removed]
    segments: list[tuple[int, int, int]] = field(default_factory=list)
    """``(clean_start, raw_start, length)`` of every kept piece, in order."""

    def to_raw(self, offset: int) -> int:
        """Raw-text offset of cleaned-text ``offset`` (a join newline maps to the end of its piece)."""
        if not 0 <= offset <= len(self.text):
            raise ValueError(f"offset {offset} outside cleaned text of length {len(self.text)}")
        if not self.segments:
            return 0
        i = bisect.bisect_right(self.segments, (offset, 1 << 62, 0)) - 1
        clean_start, raw_start, length = self.segments[max(i, 0)]
        return raw_start + min(max(offset - clean_start, 0), length)


@dataclass(slots=True)
class _Line(LineInfo):
    start: int = 0
    end: int = 0
    keep_start: int = 0
    keep_end: int = 0


def _split(raw: str) -> tuple[list[_Line | None], list[_Line]]:
    """All lines (``None`` for blank ones) and the non-blank ones, with stripped raw spans."""
    every: list[_Line | None] = []
    content: list[_Line] = []
    for m in _LINE.finditer(raw):
        if m.start() > 0 and m.start() == m.end() and raw[m.start() - 1 : m.start()] != "\n":
            continue  # the empty match finditer yields after a non-empty last line
        text = m.group()
        stripped = text.strip()
        if not stripped:
            every.append(None)
            continue
        start = m.start() + (len(text) - len(text.lstrip()))
        end = start + len(stripped)
        if len(stripped) > LONG_LINE:  # body text: only its ends are matched (see LineInfo.long)
            key = line_key(stripped[:80]) + " " + line_key(stripped[-160:])
        else:
            key = line_key(stripped)
        if not key:  # only invisible characters (bidi/zero-width marks): a blank line
            every.append(None)
            continue
        line = _Line(key, long=len(stripped) > LONG_LINE, raw=stripped)
        line.start, line.end, line.keep_start, line.keep_end = start, end, start, end
        every.append(line)
        content.append(line)
    return every, content


def _mark_patterns(lines: list[_Line], rules: Rules, bp: SiteBoilerplate | None, outlet: str) -> None:
    for line in lines:
        found = classify_line(line.key, rules)
        if found is None and _STRAY_CODE.fullmatch(line.key):
            found = ("stray-code", "alnum-code")
        if found is None and bp is not None and bp.is_boilerplate(outlet, line.key):
            found = ("site-boilerplate", "repeated-line")
        if found is not None:
            line.reason, line.rule = found


def _mark_head(lines: list[_Line]) -> None:
    """Duplicated title and rubric lines near the top."""
    seen: dict[str, int] = {}
    for i, line in enumerate(lines[:HEAD_LINES]):
        key = line.key
        if line.reason is not None or len(key) > 250 or key[-1:] in ".:" or len(_WORDS.findall(key)) < 2:
            continue
        if key in seen and i - seen[key] <= 2:
            line.reason, line.rule = "duplicate-title", "repeated-head-line"
        elif i < TITLE_LINES:
            seen[key] = i
    _mark_rubric([ln for ln in lines[:HEAD_LINES] if ln.reason is None])


def _mark_rubric(kept: list[_Line]) -> None:
    """A short label line at the very top, directly above a title that is followed by body text."""
    for pos, (a, b) in enumerate(itertools.pairwise(kept[: RUBRIC_LINES + 1])):
        if _is_body(a.key):
            return
        if pos + 2 >= len(kept) or not _is_body(kept[pos + 2].key):
            continue
        if (
            _is_rubric(a.key)
            and _is_title(b.key)
            and len(b.key) >= 2 * len(a.key)
            and not content_words(a.key).keys() & content_words(f"{b.key} {kept[pos + 2].key}").keys()
        ):
            a.reason, a.rule = "rubric", "label-above-title"
            return


def _is_body(key: str) -> bool:
    words = key.count(" ") + 1
    return words >= 15 or (words >= 8 and key[-1:] in '.!?"')


def _is_rubric(key: str) -> bool:
    words = key.count(" ") + 1
    return (
        words <= 3
        and len(key) <= 30
        and _RUBRIC_CHARS.fullmatch(key) is not None
        and not _HAS_DIGIT.search(key)
    )


def _is_title(key: str) -> bool:
    words = key.count(" ") + 1
    return 4 <= words <= 30 and key[-1:] != "."


def _mark_partials(lines: list[_Line], raw: str, rules: Rules) -> list[Removed]:
    """Glued boilerplate at the start or end of kept lines."""
    out: list[Removed] = []
    for line in lines:
        if line.reason is not None:
            continue
        key = line.key
        tail_hit = rules.trailing_prompt.search(key, max(0, len(key) - 80))
        head_hit = rules.leading_date.match(key) if _HAS_DIGIT.search(key[:40]) else None
        if tail_hit is None and (head_hit is None or head_hit.end() == len(key)):
            continue
        norm = collapse_spaces(normalize(raw[line.start : line.end]))
        text = norm.text
        if tail_hit is not None:
            m = rules.trailing_prompt.search(text, max(0, len(text) - 80))
            if m is not None:
                s, _ = norm.to_original(m.start(), m.end())
                cut = line.start + s
                keep_end = line.start + len(raw[line.start : cut].rstrip())
                if keep_end > line.start:
                    out.append(_removed(raw, cut, line.keep_end, "prompt", "trailing-share"))
                    line.keep_end = keep_end
        m = rules.leading_date.match(text) if head_hit is not None else None
        glued = m is not None and m.end() < len(text) and not text[m.end()].isspace()
        if m is not None and m.end() < len(text) and (glued or rules.date_label.match(text)):
            _, e = norm.to_original(m.start(), m.end())
            keep = line.start + e
            keep += len(raw[keep : line.keep_end]) - len(raw[keep : line.keep_end].lstrip())
            if keep < line.keep_end and not text[m.end()].isdigit():
                out.append(_removed(raw, line.start, line.start + e, "dateline", "leading-date"))
                line.keep_start = keep
    return out


def _removed(raw: str, start: int, end: int, reason: str, rule: str) -> Removed:
    start += len(raw[start:end]) - len(raw[start:end].lstrip())
    return Removed(start, end, raw[start:end], reason, rule)


def clean_text(
    raw: str, boilerplate: SiteBoilerplate | None = None, outlet_key: str | None = None
) -> CleanResult:
    """Clean ``raw`` (see module doc). Pure: the same input always gives the same result."""
    rules = load_rules()
    every, lines = _split(raw)
    _mark_patterns(lines, rules, boilerplate, outlet_key or "")
    _mark_head(lines)
    infos: list[LineInfo] = list(lines)
    mark_marker_tails(infos, rules)
    mark_topic_shift(infos)
    removed = _mark_partials(lines, raw, rules)
    removed.extend(_removed(raw, ln.start, ln.end, ln.reason, ln.rule) for ln in lines if ln.reason)
    removed.sort(key=lambda r: (r.start, r.end))
    return _assemble(raw, every, removed)


def _assemble(raw: str, every: list[_Line | None], removed: list[Removed]) -> CleanResult:
    parts: list[str] = []
    segments: list[tuple[int, int, int]] = []
    pos = 0
    pending_blank = False
    for line in every:
        if line is None:
            pending_blank = bool(parts)
            continue
        if line.reason is not None:
            continue
        if parts:
            sep = "\n\n" if pending_blank else "\n"
            parts.append(sep)
            pos += len(sep)
        pending_blank = False
        piece = raw[line.keep_start : line.keep_end]
        segments.append((pos, line.keep_start, len(piece)))
        parts.append(piece)
        pos += len(piece)
    return CleanResult("".join(parts), removed, segments)
