"""Typed records that flow through rasd's stages.

A :class:`Document` carries its input, its cleaned display text and every annotation layer.
Offsets of every annotation (``start``/``end``) are character offsets into ``Document.text``
(the cleaned display text) unless a field's doc says otherwise; removed spans point into
``Document.raw_text``. Records are plain dataclasses: cheap to build, easy to serialise
(:func:`to_dict`), and checked by mypy.
"""

from __future__ import annotations

import dataclasses
import hashlib
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Literal

DocStatus = Literal["ok", "failed", "skipped"]
"""``ok``: every applicable stage ran; ``failed``: a stage raised (see ``error``);
``skipped``: stored but not analysed (e.g. a non-Arabic document)."""

Granularity = Literal["day", "week", "month", "quarter", "year", "decade", "unknown"]

SpeechAct = Literal[
    "say",
    "confirm",
    "deny",
    "allege",
    "announce",
    "warn",
    "condemn",
    "accuse",
    "call",
    "promise",
    "express_concern",
    "evade",
    "report",
    "reject",
    "reveal",
    "admit",
]


@dataclass(slots=True)
class MetaValue:
    """A metadata value with where it came from (``input``, ``text:title-line``, ``text:copyright``...)."""

    value: str
    source: str


@dataclass(slots=True)
class Removed:
    """A span removed by cleaning, kept with the reason. Offsets into ``Document.raw_text``."""

    start: int
    end: int
    text: str
    reason: str
    rule: str = ""


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    paragraph: int = 0


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str


@dataclass(slots=True)
class EntityMention:
    text: str
    type: str  # PERS, LOC, ORG, MISC
    start: int
    end: int
    entity_id: str | None = None
    role: str | None = None
    role_of: str | None = None
    key: str = ""
    metonym: bool = False
    """A place used for its government (``سول`` as the subject of a statement)."""
    link: str | None = None
    """For a nisba adjective or metonym: the canonical place it refers to."""


@dataclass(slots=True)
class DateMention:
    text: str
    value: str | None  # ISO date (YYYY-MM-DD, YYYY-MM, YYYY, or an interval "a/b")
    granularity: Granularity
    start: int
    end: int
    relative: bool = False
    calendar: str = "gregorian"


@dataclass(slots=True)
class Statement:
    id: str
    speaker: str | None
    speaker_start: int | None
    speaker_end: int | None
    speaker_entity: str | None
    cue: str
    cue_start: int
    cue_end: int
    act: SpeechAct
    negated: bool
    content: str
    start: int
    end: int
    content_start: int
    content_end: int
    direct: bool
    via: list[str] = field(default_factory=list)
    date: str | None = None
    date_source: str = "publication"
    sentence: int = 0
    speaker_resolved_from: str | None = None
    """How the speaker was found: ``explicit``, ``previous-speaker``, ``pronoun``, ``marker``."""


@dataclass(slots=True)
class Quantity:
    text: str
    start: int
    end: int
    value: float | None = None
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    approximate: str | None = None
    """The hedge as written (``نحو``, ``أكثر من``...), or ``None`` when exact."""
    claimant: str | None = None
    statement_id: str | None = None
    vague: bool = False
    sentence: int = 0


@dataclass(slots=True)
class Document:
    """One article with its annotations. ``id`` is a content hash (see :func:`document_id`)."""

    id: str
    raw_text: str
    source_path: str | None = None
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: str | None = None
    published_source: str | None = None
    retrieved: str | None = None
    language: str | None = None
    encoding: str | None = None
    raw_hash: str | None = None
    """Hash of the original bytes (HTML before extraction, file bytes otherwise)."""
    text: str = ""
    removed: list[Removed] = field(default_factory=list)
    meta: dict[str, MetaValue] = field(default_factory=dict)
    sentences: list[Sentence] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    entities: list[EntityMention] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    status: DocStatus = "ok"
    error: str | None = None
    stage_versions: dict[str, str] = field(default_factory=dict)
    story: str | None = None
    duplicate_of: str | None = None
    duplicate_kind: str | None = None
    duplicate_score: float | None = None

    def sentence_text(self, index: int) -> str:
        s = self.sentences[index]
        return self.text[s.start : s.end]


def document_id(text: str, url: str | None = None, outlet: str | None = None) -> str:
    """Content hash identifying a document: same text from the same URL/outlet is the same document.

    The text is NFC-normalised and stripped so that a BOM or encoding change does not create a new id.
    """
    h = hashlib.sha256()
    h.update(unicodedata.normalize("NFC", text).strip().encode("utf-8"))
    h.update(b"\x00")
    h.update((url or "").strip().encode("utf-8"))
    h.update(b"\x00")
    h.update((outlet or "").strip().encode("utf-8"))
    return h.hexdigest()[:16]


@dataclass(slots=True)
class StoryDocument:
    document: str
    added: str | None = None
    duplicate_of: str | None = None


@dataclass(slots=True)
class Story:
    """A set of documents reporting the same event; filled by the stories stage."""

    id: str
    title: str
    keywords: list[str] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)
    duplicates: list[dict[str, Any]] = field(default_factory=list)
    first_seen: str | None = None
    last_seen: str | None = None
    outlets: list[str] = field(default_factory=list)
    independent_sources: int = 0
    entities: list[str] = field(default_factory=list)
    analysis: dict[str, Any] = field(default_factory=dict)
    """Cross-source analysis (claims, timeline, briefing), filled by the analysis stage."""


def to_dict(record: Any) -> Any:
    """Serialise a record (or list/dict of records) to JSON-compatible data."""
    if dataclasses.is_dataclass(record) and not isinstance(record, type):
        return {f.name: to_dict(getattr(record, f.name)) for f in dataclasses.fields(record)}
    if isinstance(record, list | tuple):
        return [to_dict(r) for r in record]
    if isinstance(record, dict):
        return {k: to_dict(v) for k, v in record.items()}
    return record
