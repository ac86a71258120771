"""Subjects written before their verb (SVO), split from ``stage.py`` in round 13.

* ``svo_start``: a sentence opening with a name and then a present verb (``عبدالغني يعي تماما …``);
* ``after_lead``: the index after a sentence-initial ``من جهته،`` / ``بدوره``;
* ``svo_subject``: the noun phrase right before a cue verb (``… إن كيم يدين``), skipping a relative
  clause between commas, never a fronted topic, a date, a relative or ``كان``;
* ``temporal_subject`` and ``resumptive_subject`` (round 15): ``ظهر X في المؤتمر حين قال``, ``كلمة أشار
  فيها X إلى``.
"""

from __future__ import annotations

import bisect

from rasd.statements.chunk import Tok, np_end, np_rules, words
from rasd.statements.lexicon import Lexicon
from rasd.statements.records import SentenceView


def svo_start(toks: list[Tok], lo: int, hi: int) -> bool:
    """``عبدالغني يعي تماما …``: a name, then a present verb (the sentence opens with its subject)."""
    if lo + 1 >= hi or not toks[lo + 1].is_word or toks[lo].key[:1] in "وف":
        return False
    if np_rules().is_stop(toks[lo].key) or toks[lo].key in words("soft_leads"):
        return False  # كما تلقى سموه: a conjunction, then the verb
    nxt = toks[lo + 1].key
    return nxt[:1] in "يت" and not nxt.startswith("ال") and len(nxt) > 2 and not np_rules().is_stop(nxt)


_BYLINE_ENDS = frozenset({"متابعه", "سبق", "خاص", "واس", "تصوير"})


def _after_byline(toks: list[Tok], lo: int, hi: int) -> int:
    """``عبدالحكيم شار- سبق- متابعة: قلّل X``: a reporter's byline before a colon is no subject (round 16)."""
    for m in range(lo + 1, min(hi, lo + 10)):
        if toks[m].text == ":":
            byline = any(t.key in _BYLINE_ENDS for t in toks[max(lo, m - 3) : m])  # X- سبق- عدن: (round 17)
            return m + 1 if byline and m + 1 < hi else lo
    return lo


def after_lead(view: SentenceView) -> int:
    """Index after a sentence-initial ``من جهته،`` / ``من جانبها`` / ``بدوره`` (the verb follows)."""
    toks, lo = view.toks, view.lo
    lo = _after_byline(toks, lo, view.hi)
    for phrase in np_rules().lead_phrases:
        n = len(phrase)
        if lo + n <= view.hi and all(p.fullmatch(toks[lo + m].key) for m, p in enumerate(phrase)):
            lo += n
            return lo + 1 if lo < view.hi and toks[lo].text in "،," else lo
    return lo


def svo_subject(lex: Lexicon, view: SentenceView, i: int) -> tuple[int, int] | None:
    """A subject written before its verb: ... إن كيم يدين / المتحدث باسم الوزارة قال."""
    toks, rules = view.toks, np_rules()
    if i - 1 > view.lo and toks[i - 1].key in words("temporal_leads"):
        return None  # أمام أعضاء المجلس حين قال: the words before حين are no subject (round 16)
    k = _before_relative(view, i - 1)
    tail = k
    if (name := _apposed_name(view, k)) is not None:
        tail, k = k - 1, name  # رئيس اللجنة، مايكل ماكول، قال إن: the noun phrase and the name (round 15)
    elif (huwa := _huwa_apposition(view, k)) is not None:
        tail = k = huwa  # مايكل ماكينا، وهو ممثل عن جماعة ضغط …، يقول إن (round 20)
    elif k > view.lo and toks[k].key in {"قد", "لقد"}:
        tail = k = k - 1
    if k > view.lo and toks[k].key == "لم" and toks[k - 1].is_word and _confirm_or_deny(lex, toks[i].key):
        k -= 1  # إلا أن المسؤولين لم يؤكدوا: the subject before the negator (round 13)
    if (
        k < view.lo
        or not toks[k].is_word
        or toks[k].key in words("subject_negators")
        or toks[k].key in words("kana")
        or toks[k].key in words("relatives")  # التصريحات … والتي ادعى فيها: the relative is no subject
        or rules.is_stop(toks[k].key)
    ):
        return None
    if toks[i].key[:1] in "وف" and toks[i].key[1:] in lex.cues:
        return None  # a conjoined verb (..., وقال) starts its own clause
    j = k
    while j > view.lo and k - j < 9:
        p = toks[j - 1]
        if tail != k and p.key in words("fi") and j - 2 > view.lo and toks[j - 2].is_word:
            j -= 1  # رئيس اللجنة في المجلس، X، قال: a body after في stays in the titled phrase (round 15)
            continue
        if (
            not p.is_word
            or rules.is_that(p.key)
            or rules.is_stop(p.key)
            or p.key in words("subject_negators")
        ):
            break
        if p.key in lex.cues and lex.cues[p.key].kind == "verb":
            break
        j -= 1
    if j == view.lo and toks[j].key[:1] in "وف" and not toks[j].key.startswith(("وال", "فال")):
        j += 1  # sentence-initial و+verb (وكان خامنئي قد قال): not part of the subject
    first = toks[view.lo].key
    between = toks[view.lo : i]
    if (
        first[:1] in "وف"
        and rules.is_stop(first[1:])
        and first[1:] not in _CONJUNCTIONS  # ولكن السكان يقولون: a conjunction, not a fronted topic
        and not any(t.text in "،," or rules.is_that(t.key) for t in between)
    ):
        return None  # وعن خطة الرئاسة في إعادة التعمير قال: / وحول تأخر التمارين قال: a fronted topic
    if j > k or toks[k].key.isdigit():
        return None  # "صدر في عام 2014 قد أشار": a date, not a subject
    if j > view.lo and toks[j - 1].key in _PREPOSITIONS and toks[j].text.startswith("ال"):
        # في المرحلة الأولى من مهمة تستغرق أربعة أيام يأمل: a definite preposition's object is no
        # subject (round 14); an indefinite one is (مع شركة أعلنت عن: "a company that announced")
        return None
    if (described := _described_topic(view, j)) is not None:
        return described
    if toks[j].key in _PRONOUN_LEADS or (j > view.lo and toks[j - 1].key in _PRONOUN_LEADS):
        return None  # وهو تعليق قال لاحقا إنه: a predicate noun with an elided relative (round 16)
    return toks[j].start, toks[tail if name is not None else k].end


_PRONOUN_LEADS = frozenset({"وهو", "وهي", "هو", "هي"})


def _described_topic(view: SentenceView, j: int) -> tuple[int, int] | None:
    """``أبو محمد وهو شاب نازح من حمص إلى ريف الرقة يقول``: the name opening the sentence before وهو and
    its description is the subject, not the last noun of the description (round 16)."""
    toks = view.toks
    for h in range(j - 1, max(view.lo, j - 16), -1):
        if not toks[h].is_word:
            return None
        if toks[h].key in ("وهو", "وهي") and h > view.lo:
            c = h - 1
            while c > view.lo and toks[c - 1].is_word and h - c < 4:
                c -= 1
            clause_start = c == view.lo or not toks[c - 1].is_word
            if clause_start and not any(np_rules().is_stop(t.key) for t in toks[c:h]):
                return toks[c].start, toks[h - 1].end
            return None
    return None


def _apposed_name(view: SentenceView, k: int) -> int | None:
    """``X، مايكل ماكول، قال``: a short name between commas right before the verb; the index before it."""
    toks, rules = view.toks, np_rules()
    if k <= view.lo or toks[k].text not in "،,":
        return None
    c = k - 1
    while c > view.lo and k - c <= 4 and toks[c].is_word and not rules.is_stop(toks[c].key):
        c -= 1
    if c == k - 1 or k - c > 4 or toks[c].text not in "،," or c - 1 <= view.lo or not toks[c - 1].is_word:
        return None
    if toks[c + 1].key in words("relatives") or toks[c + 1].text.startswith("ال"):
        return None  # a relative clause or a definite apposition (…، المتحدث باسم …،) is no name
    if not any(rules.titles.fullmatch(toks[m].key) for m in range(max(view.lo, c - 8), c)):
        return None  # المباحثات المصرية - اليمنية، كانت مثمرة، وتحدث: no titled noun phrase before it
    return c - 1


def _huwa_apposition(view: SentenceView, k: int) -> int | None:
    """``X، وهو ممثل عن جماعة ضغط …، يقول``: a وهو/وهي clause between commas right before the verb; the
    index of the noun phrase's last word before it."""
    toks = view.toks
    if k <= view.lo or toks[k].text not in "،,":
        return None
    for c in range(k - 2, max(view.lo, k - 20), -1):
        if toks[c].text in "،," and toks[c + 1].key in ("وهو", "وهي", "وهم"):
            noun = toks[c + 2]  # وهو ممثل: a noun, not وهي بالأصل للخفاجي (a prepositional phrase)
            if np_rules().is_stop(noun.key) or noun.key.startswith(("بال", "لل")):
                return None
            return c - 1 if c - 1 > view.lo and toks[c - 1].is_word else None
        if not toks[c].is_word:
            return None
    return None


def _confirm_or_deny(lex: Lexicon, key: str) -> bool:
    """A confirm or deny verb: negated, the source declines to take a position (evade)."""
    cue = lex.cues.get(key)
    return cue is not None and cue.act in ("confirm", "deny")


_CONJUNCTIONS = frozenset({"لكن", "لكنه", "لكنها", "لكنهم"})
_PREPOSITIONS = frozenset(
    {"في", "فى", "من", "على", "علي", "الى", "الي", "عن", "مع", "حول", "منذ", "خلال", "لدى", "لدي"}
)


def _before_relative(view: SentenceView, k: int) -> int:
    """``الخبراء السويسريين، والذين تحركوا …، اعتبروا``: skip a relative clause between commas."""
    toks = view.toks
    if k <= view.lo or toks[k].text not in "،,":
        return k
    c = k - 1
    while c > view.lo and k - c < 16 and toks[c].text not in "،,.":
        if not (toks[c].is_word or toks[c].text in "()"):
            return k
        c -= 1
    if c <= view.lo or toks[c].text not in "،," or toks[c + 1].key not in words("relatives"):
        return k
    return c - 1


def temporal_subject(view: SentenceView, i: int) -> tuple[int, int] | None:
    """``وظهر X في المؤتمر حين قال``، ``ما أعلنه X … حينما قال:``: a verb with an elided subject after
    حين/عندما inside a clause continues the subject of the verb the clause opens with (round 15)."""
    toks, rules = view.toks, np_rules()
    if i - 1 <= view.lo or toks[i - 1].key not in words("temporal_leads"):
        return None
    c = i - 2
    while c > view.lo and toks[c - 1].text not in "،,.:" and i - c < 25:
        c -= 1
    for s in range(c + 1, i - 1):
        v, w = toks[s - 1], toks[s]
        if not (v.is_word and w.is_word) or v.text.startswith("ال") or v.key in words("temporal_leads"):
            continue
        if rules.is_stop(w.key) or w.key in words("relatives") or w.key in words("kana"):
            continue
        opening = s - 1 == c and v.key not in words("subject_blockers")  # وظهر (spells و+ظهر "noon")
        if opening and ((rules.is_stop(v.key) and v.key[:1] != "و") or (c > view.lo and v.key[:1] == "و")):
            return None  # أمام أعضاء المجلس حين قال / …، وتصدر العناوين عندما قال: no subject here (round 16)
        if rules.is_that(v.key) and s + 1 < i - 1:
            opening = True  # وبخاصة أن مستشار الرئيس X كان قد صرح … عندما قال
        if rules.is_stop(v.key) and not opening and not v.key.endswith(("ه", "ها", "هم")):
            continue  # ما أكد عليه X: a suffixed preposition may stand between the verb and X
        end = np_end(toks, s, i - 1, set(), frozenset())
        return (toks[s].start, toks[end - 1].end) if end > s else None
    return None


def resumptive_subject(view: SentenceView, i: int) -> tuple[int, int] | None:
    """``بكلمة افتتاحية أشار فيها الإعلامي X إلى``: an explicit subject after the resumptive pronoun."""
    toks, rules = view.toks, np_rules()
    s = i + 2
    if s >= view.hi or not toks[s].is_word:
        return None
    if not (toks[s].text.startswith("ال") and rules.titles.fullmatch(toks[s].key)):
        return None
    end = np_end(toks, s, view.hi, set(), frozenset())
    return (toks[s].start, toks[end - 1].end) if end > s else None


def saying(view: SentenceView, span: tuple[int, int], act: str | None = None) -> bool:
    """The antecedent's words name a text or a saying (قاعدة، قصة، مثل، آية), or, for a call, a thing
    (الأسباب التي دعت إلى: "led to", round 15); moved from ``stage.py`` in round 15."""
    toks = _span_toks(view, span)
    if act in ("call", "say", "confirm") and toks and np_rules().thing_heads.fullmatch(toks[0].key):
        return True
    return any(np_rules().sayings.fullmatch(t.key) for t in toks)


def coordinated(view: SentenceView, span: tuple[int, int]) -> bool:
    """The noun phrase holds a coordinating و (X وY), as a dual or plural verb's subject does."""
    return any(t.key.startswith("و") and t.start > span[0] for t in _span_toks(view, span))


def _span_toks(view: SentenceView, span: tuple[int, int]) -> list[Tok]:
    toks = view.toks
    lo = bisect.bisect_left(toks, span[0], view.lo, view.hi, key=lambda t: t.start)
    hi = bisect.bisect_left(toks, span[1], lo, view.hi, key=lambda t: t.start)
    return toks[lo:hi]
