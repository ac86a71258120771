"""Appended-article detection: cut an unrelated article glued after the main one.

Two kinds of boundary:

* a "read also" marker line (``اقرأ أيضاً``, ``مواضيع ذات صلة``, ``Read also`` ...): the tail after it
  is cut when it is off topic (:func:`rasd.clean.topic.off_topic`: cosine of binary stemmed content
  words below ``MARKER_LOW``, or below ``MARKER_HIGH`` while none of the head's five most frequent
  content words occurs in the tail); an on-topic tail is kept and only the marker line is removed
  (as a ``prompt``);
* no marker: a title-like line after at least ``MIN_HEAD_LINES`` body lines, followed by at least
  ``MIN_TAIL_LINES`` body lines, with a far stricter cosine (``SHIFT_LOW``) and no content word of the
  new title found in the head.

Thresholds were tuned on SaudiNewsNet (docs/cleaning.md): 4,000 real articles split in two halves;
with the marker rule, 4.3% of heads are judged off topic from their own second half and 6.3% of heads
on topic with another article's half; ``SHIFT_LOW`` (cosine < 0.04) cuts 0.8% of own halves.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from rasd.clean.rules import Rules, is_read_also, line_key
from rasd.clean.topic import content_words, keyword_coverage, off_topic, overlap

MARKER_LOW = 0.08
MARKER_HIGH = 0.15
SHIFT_LOW = 0.04
MIN_HEAD_LINES = 3
MIN_TAIL_LINES = 3
MIN_WORDS = 30
MAX_CHECKS = 8


@dataclass(slots=True)
class LineInfo:
    """One non-blank line as the detectors see it."""

    key: str
    reason: str | None = None
    rule: str = ""
    long: bool = False
    """``key`` holds only the line's two ends (a long body line); :meth:`full_key` has it all."""
    raw: str = ""

    def full_key(self) -> str:
        return line_key(self.raw) if self.long else self.key


def _words(lines: Sequence[LineInfo]) -> Counter[str]:
    return content_words(" ".join(line.full_key() for line in lines))


def _is_body(key: str) -> bool:
    words = key.count(" ") + 1
    return words >= 12 or (words >= 6 and key[-1:] in '.!?"')


def _is_title_like(key: str) -> bool:
    words = key.count(" ") + 1
    return (
        4 <= words <= 20
        and len(key) <= 160
        and key[-1:] not in ".:,;!?\"'"
        and key[:1] not in "-*•·(0123456789"
    )


def mark_marker_tails(lines: list[LineInfo], rules: Rules) -> None:
    """Handle every "read also" marker (see module doc), setting reasons in place.

    Only the first ``MAX_CHECKS`` markers are compared by topic (bounded cost on huge pages); later
    ones are removed as prompts.
    """
    checks = 0
    for i in range(1, len(lines)):
        m = is_read_also(lines[i].key, rules) if len(lines[i].key) <= 200 else None
        if m is None:
            continue
        checks += 1
        if checks <= MAX_CHECKS:
            head = [ln for ln in lines[:i] if ln.reason is None]
            tail_words = _words(lines[i + 1 :]) + content_words(m.group("rest"))
            if head and tail_words and off_topic(_words(head), tail_words, MARKER_LOW, MARKER_HIGH):
                for ln in lines[i:]:
                    if ln.reason is None or ln is lines[i]:  # page boilerplate after it keeps its reason
                        ln.reason, ln.rule = "appended-article", "read-also-off-topic"
                return
        lines[i].reason = "prompt"
        lines[i].rule = "read-also-link" if m.group("rest").strip() else "read-also"


def _running(flags: list[bool]) -> list[int]:
    """``out[i]`` = number of true flags before index ``i``."""
    out = [0]
    for f in flags:
        out.append(out[-1] + f)
    return out


def mark_topic_shift(lines: list[LineInfo]) -> None:
    """Cut a tail that starts with a title-like line and shares (almost) nothing with the head.

    At most ``MAX_CHECKS`` candidate boundaries are compared by topic (bounded cost on huge pages).
    """
    kept = [k for k, ln in enumerate(lines) if ln.reason is None]
    if len(kept) < MIN_HEAD_LINES + MIN_TAIL_LINES + 1:
        return
    body = _running([_is_body(lines[k].key) for k in kept])
    checks = 0
    for pos in range(MIN_HEAD_LINES, len(kept) - MIN_TAIL_LINES):
        idx = kept[pos]
        if not _is_title_like(lines[idx].key) or body[pos + 2] == body[pos + 1]:
            continue  # not a title, or not followed by a body line
        if body[pos] < MIN_HEAD_LINES or body[-1] - body[pos + 1] < MIN_TAIL_LINES:
            continue
        checks += 1
        if checks > MAX_CHECKS:
            return
        head_words = _words([lines[k] for k in kept[:pos]])
        tail_words = _words([lines[k] for k in kept[pos + 1 :]])
        if len(head_words) < MIN_WORDS or len(tail_words) < MIN_WORDS:
            continue
        if content_words(lines[idx].key).keys() & head_words.keys():
            continue
        if overlap(head_words, tail_words) < SHIFT_LOW and keyword_coverage(head_words, tail_words) == 0:
            for ln in lines[idx:]:
                if ln.reason is None:
                    ln.reason, ln.rule = "appended-article", "topic-shift"
            return
