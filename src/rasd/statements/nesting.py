"""Where an indirect content ends, and which statements inside it have no speaker of their own.

Split from :mod:`rasd.statements.extract` in round 14 (the nested-statement convention, docs/statements.md):
a reporting cue inside another statement's content is a statement of its own only with its own explicit
speaker; participles and elided-subject verbs that continue the content's own clause are not.
"""

from __future__ import annotations

import bisect

from rasd.statements.chunk import np_rules, words
from rasd.statements.records import Draft, SentenceView, np_gender


def _disagrees(outer: Draft, inner: Draft) -> bool:
    """A dual or plural verb and a form of another number (a verb before its subject is singular)."""
    return outer.number in ("d", "p") and inner.number != outer.number


def _subject_start(view: SentenceView, outer: Draft) -> int | None:
    """Index of the noun after a bare أن/إن/بأن opening the content (``بأن الرئيس``، ``: إن الولايات``)."""
    toks = view.toks
    k = bisect.bisect_left(toks, outer.content[0], view.lo, view.hi, key=lambda t: t.start)
    if k < view.hi and toks[k].key in ("ان", "بان"):
        k += 1  # a colon complement keeps its إن inside the content
    elif k <= view.lo or toks[k - 1].key not in ("ان", "بان"):
        return None
    if k >= view.hi or not toks[k].is_word or np_rules().is_stop(toks[k].key):
        return None
    return k


def _gender_shift(view: SentenceView, outer: Draft, inner: Draft) -> bool:
    """``قال X إن وزارة … اكتشفت …، وطالبت بـ``: a conjoined singular verb of the other gender than the outer
    one that agrees with the noun opening the content continues the content's clause (round 20)."""
    if inner.kind != "verb" or outer.number != "s" or inner.number != "s":
        return False
    if None in (outer.gender, inner.gender):
        return False
    toks, i = view.toks, inner.cue_index
    if toks[i].key[:1] != "و" and toks[i - 1].key not in ("و", "وقد"):
        return False  # بدرو، الذي أعرب: a relative clause has a subject of its own
    k = _subject_start(view, outer)
    if k is None or outer.gender == inner.gender:
        return False
    return np_gender(toks, (toks[k].start, toks[k].end)) == inner.gender


def _clause_content(view: SentenceView, outer: Draft) -> bool:
    """The content opens with a bare أن/إن/بأن and a noun: a clause with a subject of its own."""
    return _subject_start(view, outer) is not None


def _nested(view: SentenceView, outer: Draft, inner: Draft, inside: list[Draft]) -> bool:
    """``وأوضحا أن السكان انتقدوا …، مطالبين …، وطالبوا``، ``وصرح X بأن الرئيس رحب ب…، مشيدا``: a
    participle or an elided-subject verb inside ``outer``'s content that does not agree with the outer
    verb, or a participle agreeing with a statement nested before it (``inside``: verbs with a subject
    written before them), continues the content's own clause: no statement of its own (round 14's
    nested-statement convention)."""
    if outer.kind != "verb" or (inner.speaker is not None and inner.kind != "participle"):
        return False
    if inner.kind != "participle" and inner.cue_index == outer.cue_index + 1:
        return False
    if (_disagrees(outer, inner) or _gender_shift(view, outer, inner)) and _clause_content(view, outer):
        return True
    if inner.kind == "verb" and view.toks[inner.cue_index].key[:1] == "ف" and _clause_content(view, outer):
        return True  # إن المباحث واجهت الجاني بالأدلة فاعترف: ف continues the content's narration (round 14)
    if inner.kind == "verb" and view.toks[inner.cue_index - 1].key in words("temporal_leads"):
        return True  # نوهت الوزارة … حينما أشارت أن: the elided subject is the content's (round 15)
    if inner.kind != "participle" or not inside or not _opens_with(view, outer, inside[-1]):
        return False
    last = inside[-1]  # the gender of the nested verb and the participle agree (قالت X إن كيم يدين، معربا)
    return last.gender == inner.gender and (last.number == inner.number or last.number == "s")


_THAT_PRONOUN = {"انه": "m", "بانه": "m", "انها": "f", "بانها": "f"}


def _same_speaker(view: SentenceView, outer: Draft, inner: Draft) -> bool:
    """``وأضاف أنه لاحظ``: a past verb opening the content right after أنه/أنها agreeing with the outer
    singular verb: its subject is the outer speaker (the convention's same-source case)."""
    toks, i = view.toks, inner.cue_index
    if inner.kind != "verb" or inner.cue_start != outer.content[0] or outer.number != "s":
        return False
    if any(not t.is_word for t in toks[outer.cue_index : i - 1]):
        return False  # وأكدت الشركة الخبر، إلا أنها قالت: a new clause, not the outer's complement
    return _THAT_PRONOUN.get(toks[i - 1].key) == outer.gender == inner.gender and inner.number == "s"


def _opens_with(view: SentenceView, outer: Draft, nested: Draft) -> bool:
    """``بأن الرئيس رحب``: the nested verb's subject opens the outer content right after أن (up to 6
    words) and names no thing (``أن قرار فتح الأجواء … يؤكد``: the participle after it is the outer's)."""
    k = _subject_start(view, outer)
    if k is None or not 0 < nested.cue_index - k <= 6:
        return False
    return np_rules().thing_heads.fullmatch(view.toks[k].key) is None


def trim_contents(view: SentenceView, drafts: list[Draft]) -> None:
    """End an indirect content where the next statement in the sentence begins."""
    toks = view.toks
    for n, d in enumerate(drafts):
        if d.direct or d.nested:
            continue
        inside: list[Draft] = []
        for later in drafts[n + 1 : n + 17]:  # bounded: no quadratic scan on pathological input
            if later.cue_start >= d.content[1]:
                break
            if d.kind == "verb" and later.speaker is None and _same_speaker(view, d, later):
                later.nested = True  # وأضاف أنه لاحظ …: the pronoun on أن is the outer speaker (round 15)
                continue
            if d.content[0] < later.cue_start < d.content[1]:
                if _nested(view, d, later, inside):
                    later.nested = True
                    continue
                k = later.cue_index - 1
                if later.kind != "participle" and toks[k].is_word and toks[k].key not in words("trailing"):
                    if not later.direct and toks[later.cue_index].key[:1] not in "وف":
                        inside.append(later)  # its subject is written before it (إن كيم يدين)
                    continue  # a statement nested in the content (... إن كيم يدين ...)
                while k > view.lo and (not toks[k].is_word or toks[k].key in words("trailing")):
                    k -= 1
                if toks[k].end > d.content[0]:
                    d.content = (d.content[0], toks[k].end)
                break
