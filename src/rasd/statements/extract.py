"""Finding attributed statements in one sentence: cues, speaker noun phrases, content, via chains.

:func:`sentence_drafts` returns :class:`Draft` records for one sentence; resolving elided and
pronoun speakers across sentences is done by :mod:`rasd.statements.resolve`.
"""

from __future__ import annotations

import bisect
import re

from rasd.models import SpeechAct
from rasd.statements.chunk import (
    OPEN_QUOTES,
    Tok,
    extend_apposition,
    find_close_quote,
    media_np,
    np_end,
    np_rules,
    skip_addressee,
    words,
)
from rasd.statements.clauses import (
    b_phrase,
    bare_speech,
    fronted_subject,
    glued_object,
    lead_after,
    nested_subject,
    no_subject,
    quoted_name,
    resumptive_subject,
    retrospective,
    still_subject,
)
from rasd.statements.guards import cue_at, disagrees, embedded_verb, refused_action, rejected
from rasd.statements.lexicon import Cue, Lexicon
from rasd.statements.markers import find_markers, marker_draft
from rasd.statements.nesting import trim_contents
from rasd.statements.records import Draft, SentenceView, np_gender, report_act
from rasd.statements.scan import comp_at, find_content
from rasd.statements.senses import attention, object_noun
from rasd.statements.subjects import demonstrative_subject

_OPENER_OF = {"”": "“", "»": "«", '"': '"'}


def _kana_subject(view: SentenceView, i: int) -> tuple[int, int] | None:
    """``وكان الأمير نواف وعد ...``: the subject of كان written before the reporting verb; also
    ``أما محمد البحراني، فيذكر ...`` (the subject fronted with أما)."""
    toks, rules = view.toks, np_rules()
    if (amma := _amma_subject(view, i)) is not None:
        return amma
    if (after_that := _kana_after_that(view, i)) is not None:
        return after_that
    # وكان X، قد أعلن: a comma before قد closes the subject (round 13)
    qad_comma = i - 2 > view.lo and toks[i - 1].key in {"قد", "لقد"} and toks[i - 2].text in "،,"
    first = i - 3 if qad_comma else i - 2
    commas = (m for m in range(first, max(view.lo, i - 12) - 1, -1) if toks[m].text in "،,")
    lo = next(commas, view.lo - 1) + 1
    if i - lo < 2 or toks[lo].key not in words("kana"):
        return None  # وكان X قال / ...، وكانت التقارير تشير إلى
    end = i - 1
    while end > lo and toks[end].key in {"قد", "لقد"}:
        end -= 1
    if qad_comma and toks[end].text in "،,":
        end -= 1
    subj = toks[lo + 1 : end + 1]
    inside = [t for t in subj if t.key not in words("fi")]  # وكانت قيادة القوات في اليمن قد أعلنت
    if not subj or len(subj) > 12 or any(not t.is_word or rules.is_stop(t.key) for t in inside):
        return None
    return subj[0].start, subj[-1].end


def _kana_after_that(view: SentenceView, i: int) -> tuple[int, int] | None:
    """``يذكر أن الوزير X، كان قد أوضح أنه``: the subject between a complementiser and كان (round 12)."""
    toks, rules = view.toks, np_rules()
    m = i - 1
    while m > view.lo and toks[m].key in {"قد", "لقد"}:
        m -= 1
    if m == i - 1 or m <= view.lo or toks[m].key not in ("كان", "كانت"):
        return None  # كان قد + the verb only: كان X قال is the other shape
    end = m - 1 if toks[m - 1].text in "،," else m
    start = end
    while start > view.lo and end - start < 12:
        p = toks[start - 1]
        if not p.is_word or rules.is_stop(p.key) or rules.is_that(p.key):
            break
        start -= 1
    if start == end or start < view.lo + 2 or not rules.is_that(toks[start - 1].key):
        return None
    lead = start - 2
    while lead > view.lo and toks[lead].key in ("هنا", "الى", "الي"):
        lead -= 1
    if toks[lead].key not in words("impersonal_leads"):
        return None  # وأضاف أن الوزارة كانت قد أعلنت: nested in another statement's content
    return toks[start].start, toks[end - 1].end


def _amma_subject(view: SentenceView, i: int) -> tuple[int, int] | None:
    """``أما X، فيذكر`` / ``أما X فقد أكد``: the subject fronted with أما, the verb after ف."""
    toks = view.toks
    if toks[view.lo].key not in words("amma") or i - view.lo < 2:
        return None
    if toks[i - 1].key in ("فقد", "فلقد"):
        end = i - 1
    elif toks[i].key[:1] == "ف":
        end = i
    else:
        return None
    if toks[end - 1].text in "،,":
        end -= 1
    span = toks[view.lo + 1 : end]
    if not 0 < len(span) <= 10 or not all(t.is_word for t in span):
        return None
    if np_rules().is_stop(span[0].key) or span[0].key in words("topic_leads"):
        return None  # أما عن هجوم X فيقول / أما بخصوص X، فقد أكد المصدر: a topic, not the subject
    nxt = toks[i + 1].key if i + 1 < view.hi else ""
    if (nxt.startswith("ال") and not np_rules().is_stop(nxt)) or nxt in words("honorific_heads"):
        return None  # أما X فقد أكد المصدر ذاته / فقد أفاد معاليه: the subject follows the verb
    return span[0].start, span[-1].end


def _negated(lex: Lexicon, toks: list[Tok], i: int, lo: int) -> bool:
    return i > lo and toks[i - 1].key in lex.negators


def _after_act(cue: Cue, toks: list[Tok], k: int, hi: int) -> SpeechAct | None:
    """Act override from the token after the complement (أعرب عن قلقه → express_concern)."""
    for j in (k, k + 1):
        if j < hi:
            for pat, act in cue.after:
                if pat.search(toks[j].key):
                    return act
    return cue.act


def _object_split(view: SentenceView, i: int, k: int, draft: Draft, cue: Cue) -> tuple[str, int] | None:
    """The speaker ran to the end of its clause: cut it at a verbal noun (its object)."""
    toks, rules = view.toks, np_rules()
    nxt = toks[k].key if k < view.hi and toks[k].is_word else None
    if nxt is not None and not (rules.is_stop(nxt) or nxt in words("relatives")):
        return None  # the clause goes on (a stop word or relative only continues the object)
    for j in range(i + 2, k):
        key = toks[j].key
        named = rules.titles.fullmatch(key) or rules.media.fullmatch(key)  # وسائل الإعلام: not an object
        heads_ok = cue.np_heads is None or cue.np_heads.search(key) is not None  # توقع: trend nouns only
        if rules.object_shapes.fullmatch(key) and not named and heads_ok:
            assert draft.speaker is not None
            draft.speaker = (draft.speaker[0], toks[j - 1].end)
            return "np", j
    return None


def _coordinated_negation(lex: Lexicon, toks: list[Tok], k: int, hi: int) -> bool:
    if k + 2 >= hi or toks[k].key not in lex.negators:
        return False
    other = lex.cues.get(toks[k + 1].key)
    return other is not None and other.kind == "verb" and other.negated_act is not None


def _content_span(view: SentenceView, comp: str, k: int, draft: Draft) -> bool:
    """Set ``draft.content`` for the complement ``comp`` at token ``k``; False if empty."""
    toks, text = view.toks, view.text
    if comp == "colon" and k + 1 < view.hi and toks[k + 1].text in OPEN_QUOTES:
        k, comp = k + 1, "quote"
    if comp == "quote":
        close = find_close_quote(text, toks[k].start)
        if close is None:  # an unclosed quotation runs to the end of its sentence
            close = view.end
        draft.content = (toks[k].end, close)
        draft.direct = True
        draft.quote_end = close + 1
        return close > toks[k].end
    if comp in ("that", "colon"):
        start_tok = k + 1
    elif comp == "prep" and k + 1 < view.hi and np_rules().is_that(toks[k + 1].key):
        start_tok = k + 2
    elif comp == "prep" and toks[k].key.startswith(("ب", "لل")) and len(toks[k].key) > 2:
        # an attached ب (طالب بزيادة الأجور): the content starts after it
        offset = 2 if toks[k].text[1:2] == "ـ" else 1
        offset = 0 if toks[k].key.startswith("لل") else offset  # دعا X للتنسيق (round 13)
        draft.content = (toks[k].start + offset, view.end)
        return True
    elif comp == "prep":
        start_tok = k + 1  # دعا إلى X: the content is X
    else:
        start_tok = k
    if start_tok >= view.hi:
        return False
    if toks[start_tok].text in OPEN_QUOTES:
        close = find_close_quote(text, toks[start_tok].start)
        if close is not None:
            draft.content = (toks[start_tok].end, close)
            draft.direct = True
            draft.quote_end = close + 1
            return True
    draft.content = (toks[start_tok].start, view.end)
    return True


_SAYING = frozenset({"that", "colon", "quote"})
"""Complements of a verb of saying: only such a verb may follow its content (…، وحمل بعضهم صورا: no)."""


def _postposed(view: SentenceView, i: int, draft: Draft, after: int) -> bool:
    """Content before the cue: “...”، قال فلان. / ...، قال فلان. (nothing after the speaker)."""
    toks = view.toks
    lead, marked, kama = i - 1, False, toks[i - 1].key in ("كما", "حسبما")
    if lead > view.lo and kama:
        lead -= 1  # ...، كما أعلنت الشركة.
        marked = toks[lead].text in _OPENER_OF  # “…” كما قالت X: the closing mark ends the content (round 17)
    if lead < view.lo or (toks[lead].text not in "،," and not marked) or draft.speaker is None:
        return False
    if any(t.is_word for t in toks[after : view.hi]) and not (kama and _bare_tail(toks, after, view.hi)):
        return False
    j = lead if marked else lead - 1
    if j >= view.lo and toks[j].text in _OPENER_OF:
        opener = view.text.rfind(_OPENER_OF[toks[j].text], 0, toks[j].start)
        if opener >= 0:
            draft.content = (opener + 1, toks[j].start)
            draft.direct = True
            return True
    if j < view.lo:
        return False
    draft.content = (view.start, toks[j].end)
    return True


def _bare_tail(toks: list[Tok], after: int, hi: int) -> bool:
    """After ``كما قالت X`` only a place or medium follows (``…، في بلومبرج``; round 17)."""
    return after + 1 < hi and toks[after].text in "،," and toks[after + 1].key in ("في", "فى", "لدى")


def _resumptive_object(view: SentenceView, j: int) -> bool:
    """``بيانا يستنكرون فيه جريمة``: فيه/خلاله right after a verb that follows a noun (no relative)."""
    toks = view.toks
    if j + 1 >= view.hi or j - 2 < view.lo or toks[j].key not in words("resumptive"):
        return False
    prev = toks[j - 2]
    nxt = toks[j + 1]  # a definite noun there is the subject (عقدا تعلن فيه الشركة …)
    return (
        prev.is_word and prev.key not in words("relatives") and nxt.is_word and not nxt.text.startswith("ال")
    )


def _object_at(cue: Cue, key: str) -> bool:
    """The word right after the verb is its object (a claim noun for رفض, a feeling with a suffix)."""
    if cue.np_heads is not None and cue.np_heads.search(key):
        return True
    return key.endswith(("ه", "ها", "هم", "هما")) and any(p.search(key) for p, _ in cue.after)


def _speaker_np(lex: Lexicon, view: SentenceView, j: int, cue: Cue, draft: Draft, cue_set: set[int]) -> int:
    """Parse the speaker after a verb or verbal noun; returns the token index after it."""
    toks, rules = view.toks, np_rules()
    if (quoted := quoted_name(view, j, cue)) is not None:
        draft.speaker = quoted[0]  # وقالت “سانتاديفي” أنها …: a quoted name, then the complement
        return quoted[1]
    if (
        cue.kind == "verb"
        and (demo := demonstrative_subject(view, j, draft, cue.object_first or "ب" in cue.comps)) is not None
    ):
        draft.speaker = (toks[j].start, toks[demo - 1].end)  # في البداية ادعت تلك بأنها
        return demo
    if resumptive_subject(view, j):
        j += (
            1  # في الوقت الذي ذكرت فيه مصادر أن: after a relative, the subject follows the resumptive pronoun
        )
    key = toks[j].key if j < view.hi else ""
    own_object = "np" in cue.comps and (_resumptive_object(view, j) or object_noun(key))
    if cue.kind == "verb" and (own_object or attention(cue, key)):  # ولفت النظر إلى أن (round 20)
        draft.speaker_from = "elided"  # بيانا يستنكرون فيه جريمة …: the object follows the pronoun
        return j + (not object_noun(key))  # وأكد أهمية …: the object itself (round 19)
    if cue.kind == "verb" and j + 1 < view.hi and lead_after(toks, j):
        draft.speaker_from = "elided"  # فقد أكد من جانبه أن: a lead phrase after the verb, no subject
        return j + 2
    if j < view.hi and (rules.quoting.fullmatch(toks[j].key) or b_phrase(cue, toks[j].key)):
        draft.speaker_from = "elided"  # واستطرد بالقول إن / وتعهدوا باستتباب الأمن: no subject here
        adverb = "ب" not in cue.comps and not rules.quoting.fullmatch(toks[j].key)
        return j + 1 if adverb else j  # ويشير بامتنان إلى: a manner adverb
    only_prep = cue.kind == "verb" and cue.comps.isdisjoint({"that", "np"})
    if j < view.hi and only_prep and comp_at(cue, toks[j], True) == "prep" and toks[j].key[:1] == "ب":
        draft.speaker_from = "elided"  # توعد بسحق التمرد: the complement right after the verb
        return j
    if j < view.hi and (_object_at(cue, toks[j].key) or rules.objects.fullmatch(toks[j].key)):
        draft.speaker_from = "elided"  # روسيا رفضت اقتراحات / وأبدت سعادتها: the object, subject elsewhere
        return j
    if j < view.hi and toks[j].key == "ل" and skip_addressee(toks, j, view.hi) > j + 2:
        draft.speaker_from = "elided"  # أكد لـ«عكاظ» X أن: the subject may follow (fronted_subject)
        return j
    if j < view.hi and rules.addressee.fullmatch(toks[j].key):
        end = media_np(toks, j + 1, view.hi) if rules.media.fullmatch(toks[j].key[1:]) else j + 1
        if rules.media.fullmatch(toks[j].key[1:]):
            draft.via.append((toks[j].start + 1, toks[max(end, j + 1) - 1].end))
        j = max(end, j + 1)
        draft.speaker_from = "elided"
        return j
    if (skip := no_subject(view, j, cue)) is not None:
        draft.speaker_from = "elided"
        return skip
    heads = cue.np_heads or cue.object_cut or cue.lam_heads  # دعا X للتنسيق: the لل-word ends X
    e = np_end(toks, j, view.hi, cue_set, cue.comps, view.ent_starts, view.ent_ends, heads)
    if "pred" in cue.comps and e > j and _predicate_only(toks, j, e, view.hi):
        draft.speaker_from = "elided"  # اعتبرها خطوة مهمة: nothing follows, the phrase is the predicate
        return j
    e = glued_object(toks, j, e, cue)
    if e > j and cue.kind == "verb" and disagrees(draft, toks[j].key, toks[j - 1].key[:1] == "و"):
        draft.speaker_from = "elided"  # وطالبوا الحكومة بتحمل: the object, skipped unless it is the content
        return j if "np" in cue.comps else e
    if e == j:
        draft.speaker_from = "elided"
        return j
    if rules.pronouns.fullmatch(toks[j].key) and (e == j + 1 or len(toks[j].key.lstrip("و")) > 3):
        draft.speaker_from = "pronoun"  # ووصف سموه مبادرة التسجيل: the pronoun alone (round 15)
        return j + 1
    e = extend_apposition(toks, e, view.hi, cue_set)
    draft.speaker = (toks[j].start, toks[e - 1].end)
    return e


def _predicate_only(toks: list[Tok], j: int, e: int, hi: int) -> bool:
    """After a suffixed predicate verb, an indefinite phrase with nothing after it is the predicate."""
    key = toks[j].key
    if key.startswith(("ال", "وال")) or np_rules().is_stop(key) or not key.endswith(("ه", "ا")):
        return False  # خطوة، انتهاكا: an indefinite feminine or accusative noun
    return e >= hi or toks[e].text in ".،,؛" or np_rules().is_stop(toks[e].key)


_LAM_PRONOUN = re.compile("ل(ه|ها|هم|هما|هن|نا|كم)")


def _open_speaker(
    lex: Lexicon, view: SentenceView, i: int, cue: Cue, d: Draft, cue_set: set[int]
) -> tuple[int, bool] | Draft | None:
    """The speaker of the cue at ``i``: (index where the complement scan starts, nested SVO), or a
    finished draft (retrospective, unmarked speech), or None (no statement)."""
    toks = view.toks
    if cue.kind == "participle":
        d.speaker_from, k = "participle", i + 1
        if (still := still_subject(view, i)) is not None:
            d.speaker, d.speaker_from = still, "explicit"
        if k < view.hi and _LAM_PRONOUN.fullmatch(toks[k].key):
            k += 1  # متمنين لهم الشفاء: the addressee pronoun (round 13)
        if "np" not in cue.comps and k < view.hi and comp_at(cue, toks[k], True) is None:
            k = np_end(toks, k, view.hi, cue_set, cue.comps)  # its object: محذرا المواطنين من
        return k, False
    if (
        cue.kind != "masdar" and (kana := _kana_subject(view, i)) is not None
    ):  # وكان لافتا تأكيد X: no kana subject
        d.speaker, k = kana, i + 1
        if "np" not in cue.comps and k < view.hi and comp_at(cue, toks[k], True) is None:
            k = np_end(toks, k, view.hi, cue_set, cue.comps)  # the object: وعد الجماهير بـ
        return k, False
    if retrospective(view, i, cue, d, cue_set):
        d.act = report_act(cue.act or "say", toks, view, d)
        return d if cue.act is not None else None
    if bare_speech(view, i, cue, d):
        d.gap_end = i + 1
        return d
    if cue.governed and i + 1 < view.hi and comp_at(cue, toks[i + 1], True) is not None:
        d.speaker_from = "governed"  # سارع X بنفي أنه: the governing verb's subject (resolved later)
        return i + 1, False
    if nested_subject(view, i, cue, cue_set):
        d.speaker_from = "elided"  # the subject before the verb (resolved as SVO)
        return i + 1, True
    k = _speaker_np(lex, view, i + 1, cue, d, cue_set)
    if d.speaker is None and d.speaker_from == "elided" and cue.kind == "verb":
        k = fronted_subject(view, i + 1, cue, d, cue_set) or k
    # وتوقعت أن: a conjoined past form continues a subject (the impersonal sense is present, round 14)
    conjoined_past = cue.kind == "verb" and not cue.present and view.toks[i].key[:1] in "وف"
    if (cue.kind == "masdar" or (cue.needs_speaker and not conjoined_past)) and d.speaker is None:
        return None
    return k, False


def cue_draft(lex: Lexicon, view: SentenceView, i: int, cue: Cue, cue_set: set[int]) -> Draft | None:
    """A statement opened by the verb, participle or verbal noun ``cue`` at token ``i``."""
    toks = view.toks
    negated = cue.kind == "verb" and _negated(lex, toks, i, view.lo)
    d = Draft(toks[i].start, toks[i].end, cue.act or "say", negated, cue.kind, cue.gender, cue.number)
    d.sentence, d.cue_index = view.index, i
    if negated:
        d.cue_start = toks[i - 1].start
    opened = _open_speaker(lex, view, i, cue, d, cue_set)
    if opened is None or isinstance(opened, Draft):
        return opened
    k, nested = opened
    # بيانا يستنكرون فيه: a verb with a resumptive pronoun describes the statement's vehicle, it reports
    embedded = embedded_verb(lex, toks, i, view.lo) and not nested and not _resumptive_object(view, i + 1)
    if rejected(view, i, cue, d, embedded):
        return None
    found = find_content(lex, view, cue, k, d, cue_set, embedded)
    if found is None and nested and "np" in cue.comps and k < view.hi and toks[k].is_word:
        found = ("np", k)  # إن X تستنكر هذا العمل: the object right after the verb
    if found is None and d.speaker is not None and "np" in cue.comps and not embedded:
        found = _object_split(view, i, k, d, cue)
    act: SpeechAct | None = cue.act
    if found is None:
        if (
            cue.kind != "verb"
            or cue.act is None
            or cue.comps.isdisjoint(_SAYING)
            or not _postposed(view, i, d, k)
        ):
            return None
        d.gap_end = i
    else:
        comp, k = found
        if cue.kind == "masdar" and comp != "that" and d.speaker_from != "governed":
            return None
        if comp == "prep" and toks[k].key in words("greeted") and cue.comps.isdisjoint({"that", "np"}):
            return None  # ورحب X بالحضور / مشيدا بهم: greeting or thanking people, nothing reported
        if comp == "np" and negated and _coordinated_negation(lex, toks, k, view.hi):
            k += 2  # ولم تنف X، ...، ولم تؤكد Y: one statement about Y
        if comp == "that" and refused_action(view, cue, d, i, k):
            return None  # رفضت الصحيفة نشر الخبر على أنه (round 16)
        act = _after_act(cue, toks, k + 1 if comp == "prep" else k, view.hi)
        if act is None or not _content_span(view, comp, k, d):
            return None
        d.gap_end = k
    if d.source is not None and d.speaker is not None:
        d.via.insert(0, d.speaker)
        d.speaker, d.source = d.source, None
        d.gender = np_gender(toks, d.speaker)  # ونقلت الوكالة عن ظريف: the source's gender, not the verb's
        act = "report" if act == "say" else act
    if negated and cue.negated_act is not None:
        act = cue.negated_act
    if act is None:
        return None
    d.act = report_act(act, toks, view, d)
    return d


def _tok_after(toks: list[Tok], offset: int, hi: int, lo: int = 0) -> int:
    """Index of the first token in ``[lo, hi)`` starting at or after ``offset`` (``hi`` if none)."""
    return bisect.bisect_left(toks, offset, lo, hi, key=lambda t: t.start)


def sentence_drafts(lex: Lexicon, view: SentenceView, skip: set[int]) -> list[Draft]:
    """Every statement whose cue lies in the sentence ``view`` (tokens in ``skip`` are ignored)."""
    toks = view.toks
    table = lex.cues  # cue_at is None for a key not in it: test that first, without a call
    cues = {
        i: c
        for i in range(view.lo, view.hi)
        if toks[i].key in table and i not in skip and (c := cue_at(lex, toks, i, view.lo))
    }
    cue_set = {i for i, c in cues.items() if c.kind != "masdar"}
    markers = dict(find_markers(lex, view))
    drafts: list[Draft] = []
    busy: set[int] = set()
    for i in range(view.lo, view.hi):
        if i in skip or i in busy:
            continue
        cue = cues.get(i)
        d = None
        if cue is not None:
            d = cue_draft(lex, view, i, cue, cue_set)
        elif i in markers:
            d = marker_draft(lex, view, i, markers[i])
            if d is not None and drafts and d.content[0] < toks[i].start and d.speaker is not None:
                drafts[-1].via.append(d.speaker)  # "...”، بحسب وكالة X": the earlier statement's source
                busy.update(range(i, _tok_after(toks, d.speaker[1], view.hi)))
                continue
        if d is not None:
            drafts.append(d)
            if d.kind != "marker" or d.gap_end > i:
                busy.update(range(i, max(d.gap_end, i + 1)))
            if d.quote_end is not None:
                busy.update(range(i, _tok_after(toks, d.quote_end, view.hi, i)))
    drafts.sort(key=lambda d: d.cue_start)
    drafts = _merge_coordinated(drafts)
    trim_contents(view, drafts)
    return [d for d in drafts if not d.nested]


def _merge_coordinated(drafts: list[Draft]) -> list[Draft]:
    """``ولم تنف موسكو ... ولم تؤكد X``: one statement whose content is X."""
    out: list[Draft] = []
    for d in drafts:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.negated
            and d.negated
            and prev.act == d.act
            and not prev.direct
            and prev.content[0] <= d.cue_start <= prev.content[0] + 1
        ):
            prev.content, prev.direct, prev.quote_end = d.content, d.direct, d.quote_end
            prev.gap_end = d.gap_end
            continue
        out.append(d)
    return out
