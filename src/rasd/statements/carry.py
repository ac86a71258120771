"""Entity types in speaker carry-over (round 18).

An elided-subject cue (``وقال``، ``وأضاف``) resolved to an earlier speaker (``previous-speaker``)
should not carry that speaker past a person named later as the subject of a sentence in between
(``قال السبيعي …. أنشأ فهد فاجع … وحظي المستثمر فاجع …. وقال بأنه``: فاجع, not السبيعي). A
sentence's subject noun phrase counts as that new person only when it overlaps a ``PERS`` mention
of the NER stage (``doc.entities``), agrees with the cue in gender (``np_gender``) and the cue is
singular; without entities nothing changes, so missed names leave the old behaviour in place.
Look-ups are by bisection over the sorted mentions.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from rasd.models import EntityMention
from rasd.statements.chunk import Tok, np_rules
from rasd.statements.records import Draft, SentenceView, np_gender

Span = tuple[int, int]
SubjectOf = Callable[[SentenceView, int], Span | None]

_BACK = 3
"""Sentences looked back from the cue for a newer named subject."""
_LEAD_WORDS = 10
"""A named subject after a fronted phrase stands within the first words of its sentence."""
_KIN = frozenset({"ابن", "بن", "ابو", "ابي", "نجل", "شقيق", "والد", "عائله", "اسره", "ال"})


@dataclass(slots=True)
class Persons:
    """``PERS`` mentions sorted by start (non-overlapping, as the tagger emits them)."""

    starts: list[int]
    ends: list[int]

    @classmethod
    def of(cls, entities: Sequence[EntityMention]) -> Persons:
        spans = sorted((m.start, m.end) for m in entities if m.type == "PERS")
        return cls([a for a, _ in spans], [b for _, b in spans])

    def overlapping(self, a: int, b: int) -> Span | None:
        """The first mention overlapping ``[a, b)``, if any."""
        k = bisect.bisect_right(self.ends, a)
        if k < len(self.starts) and self.starts[k] < b:
            return self.starts[k], self.ends[k]
        return None


def _last_key(toks: list[Tok], span: Span) -> str:
    k = bisect.bisect_left(toks, span[1], key=lambda t: t.end)
    k = min(k, len(toks) - 1)
    key = toks[k].key
    return key[2:] if key.startswith("ال") and len(key) > 3 else key


def _same_person(text: str, toks: list[Tok], new: Span, old: Span, mention: Span) -> bool:
    """The new subject names the old speaker again (its last word or the name inside it)."""
    if _last_key(toks, new) == _last_key(toks, old):
        return True
    name, speaker = text[mention[0] : mention[1]], text[old[0] : old[1]]
    return name in speaker or speaker in name


def _noun_like(tok: Tok) -> bool:
    """``بحضور``، ``لتكريم``، ``تكريم``، ``نجل``: a noun or preposition whose genitive a name would be."""
    key = tok.key
    bare = key[1:] if key[:1] in "وف" and len(key) > 3 else key
    if bare in _KIN or (len(bare) >= 5 and bare[0] in "بل"):
        return True
    return len(bare) == 5 and bare[0] == "ت" and bare[3] == "ي"  # تكريم، تعيين: a verbal noun


def _verb_before(tok: Tok) -> bool:
    """``أنشأ فهد``: the word before a name may be its verb (not a noun, particle or construct head)."""
    key = tok.key
    if not tok.is_word or key.startswith(("ال", "وال", "بال", "لل")) or tok.text.endswith("ة"):
        return False
    return not np_rules().is_stop(key) and not np_rules().is_stop(key.lstrip("وف")) and not _noun_like(tok)


def _fronted_name(view: SentenceView, persons: Persons) -> Span | None:
    """``وفي المدينة أنشأ فهد عبدالله …``: a name right after a verb in the first clause of the sentence."""
    toks = view.toks
    k = bisect.bisect_left(persons.starts, view.start)
    limit = min(view.hi, view.lo + _LEAD_WORDS)
    comma = next((i for i in range(view.lo, limit) if toks[i].text in "،,:"), limit)
    if k >= len(persons.starts) or comma <= view.lo:
        return None
    a = persons.starts[k]
    i = bisect.bisect_left(toks, a, view.lo, comma, key=lambda t: t.start)
    if i <= view.lo or i >= comma or toks[i].start != a or not _verb_before(toks[i - 1]):
        return None
    return a, persons.ends[k]


def _named_subject(view: SentenceView, persons: Persons, subject: SubjectOf) -> tuple[Span, Span] | None:
    """The sentence's subject and the ``PERS`` mention it overlaps, when it names a person."""
    span = subject(view, view.hi)
    mention = persons.overlapping(*span) if span is not None else None
    if span is not None and mention is not None:
        k = bisect.bisect_left(view.toks, span[0], view.lo, view.hi, key=lambda t: t.start)
        if k > view.lo and _noun_like(view.toks[k - 1]):
            return None  # وبحضور خالد …: the name is a genitive, not the subject
        return (span[0], min(span[1], max(mention[1], span[0] + 1))), mention  # up to the name's end
    if span is None and (name := _fronted_name(view, persons)) is not None:
        return name, name
    return None


def newer_person(
    views: list[SentenceView], persons: Persons, d: Draft, known_sentence: int, subject: SubjectOf
) -> Span | None:
    """A named subject of a sentence after the carried speaker's and before ``d``'s (newest first)."""
    if d.speaker is None or d.number != "s" or not persons.starts:
        return None
    old = d.speaker
    for s in range(d.sentence - 1, max(known_sentence, d.sentence - 1 - _BACK), -1):
        view = views[s]
        if view.in_quote or view.start < old[1]:
            continue
        found = _named_subject(view, persons, subject)
        if found is None:
            continue
        span, mention = found
        if _same_person(view.text, view.toks, span, old, mention):
            return None  # the old speaker named again: it goes on
        if d.gender is not None and np_gender(view.toks, span) != d.gender:
            continue
        return span
    return None
