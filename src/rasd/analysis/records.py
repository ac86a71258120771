"""Typed records of the cross-source analysis of one story.

Every item carries its evidence: a document id, the outlet, and character offsets into that
document's cleaned text (``start``/``end``), so the report and the export can link back to the
exact source sentence.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Stance = Literal["supports", "denies", "evades", "reports", "unverified"]
STANCES: tuple[Stance, ...] = ("supports", "denies", "evades", "reports", "unverified")


@dataclass(slots=True)
class Evidence:
    document: str
    outlet: str | None
    start: int
    end: int
    text: str
    """The evidence sentence as written in the source (never paraphrased)."""


@dataclass(slots=True)
class ClaimSource:
    speaker: str | None
    outlet: str | None
    document: str
    stance: Stance
    statement_id: str | None
    date: str | None
    value: float | None
    evidence: Evidence
    act: str | None = None
    independent: bool = True
    """False for a syndicated/duplicate copy: it does not count as a new source."""


@dataclass(slots=True)
class Contradiction:
    kind: Literal["stance", "numeric", "relation"]
    """``stance``: supports vs denies; ``numeric``: values that cannot both hold at the same date;
    ``relation``: the agree/disagree/other classifier flags the two sentences as disagreeing."""
    claim: str
    a: Evidence
    b: Evidence
    detail: str
    score: float | None = None


@dataclass(slots=True)
class EvolutionStep:
    date: str | None
    stance: Stance
    speaker: str | None
    outlet: str | None
    value: float | None
    evidence: Evidence


@dataclass(slots=True)
class Claim:
    id: str
    text: str
    """Representative wording: the content of one source statement, as written."""
    kind: Literal["statement", "numeric"]
    sources: list[ClaimSource] = field(default_factory=list)
    contradictions: list[Contradiction] = field(default_factory=list)
    evolution: list[EvolutionStep] = field(default_factory=list)
    independent_sources: int = 0
    unit: str | None = None
    """For numeric claims (slots): the counted object (جندي, قتيل...)."""


@dataclass(slots=True)
class TimelineEvent:
    date: str | None
    granularity: str
    text: str
    kind: Literal["statement", "event", "publication"]
    speaker: str | None
    evidence: Evidence


@dataclass(slots=True)
class BriefingSentence:
    text: str
    document: str
    outlet: str | None
    start: int
    end: int
    claim: str | None = None


@dataclass(slots=True)
class WhoSaysWhat:
    speaker: str
    claim: str
    stance: Stance
    outlets: list[str]
    evidence: Evidence


@dataclass(slots=True)
class StoryAnalysis:
    story: str
    claims: list[Claim] = field(default_factory=list)
    timeline: list[TimelineEvent] = field(default_factory=list)
    briefing: list[BriefingSentence] = field(default_factory=list)
    who_says_what: list[WhoSaysWhat] = field(default_factory=list)
    version: str = "1"
