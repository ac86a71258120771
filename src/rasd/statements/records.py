"""Records shared by the statement extractor's modules: drafts and sentence views."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import lru_cache

from rasd.data import read_lines
from rasd.models import Document, SpeechAct
from rasd.statements.chunk import Tok, np_rules, token_key
from rasd.statements.lexicon import Gender


@dataclass(slots=True)
class Draft:
    """A statement under construction (token indices are into the document token list)."""

    cue_start: int
    cue_end: int
    act: SpeechAct
    negated: bool
    kind: str
    gender: Gender
    number: str
    speaker: tuple[int, int] | None = None
    speaker_from: str | None = "explicit"
    content: tuple[int, int] = (0, 0)
    direct: bool = False
    via: list[tuple[int, int]] = field(default_factory=list)
    """Character spans of the media/sources the statement came through."""
    sentence: int = 0
    quote_end: int | None = None
    cue_index: int = 0
    gap_end: int = 0
    """Token index where the content opens (tokens from the cue to here are the statement's frame)."""
    source: tuple[int, int] | None = None
    """``X عن Y``: the original source Y named after the reporting medium X."""
    nested: bool = False
    """Inside another statement's content without a speaker of its own (round 14): not emitted."""


@dataclass(slots=True)
class SentenceView:
    text: str
    toks: list[Tok]
    lo: int
    hi: int
    start: int
    end: int
    index: int
    ent_starts: frozenset[int] = frozenset()
    ent_ends: frozenset[int] = frozenset()
    in_quote: bool = False
    """The sentence opens inside an earlier statement's quotation (round 16)."""


@lru_cache(maxsize=1)
def _agency_names() -> frozenset[str]:
    """News-agency names of ``meta/agencies.txt`` (the shared gazetteer), as token-key strings."""
    names = (n.strip() for line in read_lines("meta/agencies.txt") for n in line.split("|"))
    return frozenset(" ".join(token_key(w) for w in n.split()) for n in names if n and not n.isascii())


def _agency(toks: list[Tok], k: int, end: int) -> bool:
    """The whole speaker is an agency's name without a medium word (وأوضحت الأناضول; round 14)."""
    hi = bisect.bisect_left(toks, end, k, key=lambda t: t.start)  # the speaker's tokens only
    words = [t.key for t in toks[k:hi] if t.is_word]
    return 0 < len(words) <= 4 and " ".join(words) in _agency_names()


def is_media(toks: list[Tok], draft: Draft) -> bool:
    if draft.speaker is None:
        return False
    k = bisect.bisect_left(toks, draft.speaker[0], key=lambda t: t.start)
    if k < len(toks) and _agency(toks, k, draft.speaker[1]):
        return True
    if k >= len(toks) or np_rules().media.fullmatch(toks[k].key) is None:
        return False
    if toks[k].key.endswith("وكاله") and k + 1 < len(toks):
        nxt = toks[k + 1].key  # وكالة الأنباء / وكالة رويترز, not وكالة الاستخبارات
        return nxt in ("الانباء", "انباء") or not nxt.startswith("ال")
    return True


def np_gender(toks: list[Tok], span: tuple[int, int]) -> Gender:
    """Gender of a noun phrase from its head (first) word: ة or ات marks the feminine."""
    k = bisect.bisect_left(toks, span[0], key=lambda t: t.start)
    if k >= len(toks):
        return None
    head = toks[k].key
    return "f" if head.endswith(("ه", "ات")) and len(head) > 3 else "m"


def report_act(act: SpeechAct, toks: list[Tok], view: SentenceView, draft: Draft) -> SpeechAct:
    if act == "say" and is_media(toks, draft):
        return "report"
    return act


def sentence_views(doc: Document, toks: list[Tok]) -> list[SentenceView]:
    """One view per sentence of ``doc`` over the document's tokens, with the entity boundaries."""
    starts = [t.start for t in toks]
    # A person's name right after an organisation or place is an apposition ("المتحدث باسم الكرملين
    # ديمتري بيسكوف"), not a verb's object, and a mention glued to the conjunction و continues a
    # coordinated subject ("الولايات المتحدة وحلف شمال الأطلسي"): neither can start the object.
    ent_starts = frozenset(
        m.start for m in doc.entities if m.type != "PERS" and not doc.text.startswith("و", m.start)
    )
    ent_ends = frozenset(m.end for m in doc.entities)
    out = []
    for n, s in enumerate(doc.sentences):
        lo = bisect.bisect_left(starts, s.start)
        hi = bisect.bisect_left(starts, s.end)
        out.append(SentenceView(doc.text, toks, lo, hi, s.start, s.end, n, ent_starts, ent_ends))
    return out
