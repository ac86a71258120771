"""A statement's stance on the claim it belongs to, from its act, negation and content.

Rules in ``data/analysis/stance.yaml``: the act gives a base stance (confirm → supports, deny →
denies, evade → evades, report → reports); a negated cue changes it (لم تؤكد → unverified, لم تنف →
evades); a conditional content ("إذا كان مثل هذا الوضع موجودا...") evades; "no clear evidence"
is unverified; a content that opens with a negation, or calls the proposition rumours, denies.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from rasd.analysis.records import Stance
from rasd.data import read_yaml
from rasd.models import Statement
from rasd.text.normalize import norm_key


@lru_cache(maxsize=1)
def _rules() -> dict[str, Any]:
    data = dict(read_yaml("analysis/stance.yaml"))
    for key in ("conditional_openers", "no_evidence", "content_negation_openers", "rumour_words"):
        data[key] = tuple(norm_key(x) for x in data[key])
    return data


def _opens_with(content: str, openers: tuple[str, ...]) -> bool:
    head = content.lstrip(" \"'«“:،,-–")
    return any(head == o or head.startswith(o + " ") for o in openers)


def _negates_event(content: str, openers: tuple[str, ...]) -> bool:
    """The content opens with a negation of an event predicate ("لم ترسل قوات", "لا توجد قوات")."""
    from rasd.analysis.terms import word_terms

    if not _opens_with(content, openers):
        return False
    head = content.lstrip(" \"'«“:،,-–").split()[:4]
    return any(t.startswith("P:") for t in word_terms(" ".join(head)))


def stance_of(st: Statement) -> Stance:
    rules = _rules()
    content = norm_key(st.content)
    if any(p in content for p in rules["no_evidence"]):
        return "unverified"
    if st.negated:
        negated: dict[str, str] = rules["negated"]
        return negated.get(st.act, negated["default"])  # type: ignore[return-value]
    base: Stance = rules["acts"].get(st.act, "supports")
    if base in ("evades", "reports"):
        return base
    if _opens_with(content, rules["conditional_openers"]):
        return "evades"
    if base == "supports":
        if _negates_event(content, rules["content_negation_openers"]):
            return "denies"
        if st.act in ("say", "confirm") and any(w in content for w in rules["rumour_words"]):
            return "denies"
    return base
