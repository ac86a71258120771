"""Clause shapes added for recall on unseen articles (rasd.statements.extract calls them).

* a direct object glued onto the speaker (أبدى المدير شكره، أبلغ الرئيس نظيره ...);
* a retrospective cue whose content came before it (أوضح ذلك لسبق مدير الفرع X،);
* a subject after a fronted adverbial (وقال في تصريح صحفي وزير X إن، وقال أمس X إن).
"""

from __future__ import annotations

from rasd.statements.chunk import Tok, extend_apposition, np_end, np_rules, skip_addressee, words
from rasd.statements.lexicon import Cue
from rasd.statements.records import Draft, SentenceView
from rasd.statements.scan import comp_at

_SUFFIXED = ("ه", "ها", "هم", "هما", "هن")


def glued_object(toks: list[Tok], j: int, e: int, cue: Cue) -> int:
    """Cut a direct object glued onto the speaker (أبدى المدير شكره، أبلغ أوباما نظيره)."""
    rules = np_rules()
    for m in range(j + 1, e):
        key = toks[m].key
        if rules.objects.fullmatch(key):
            return m
        if cue.after and key.endswith(_SUFFIXED) and any(p.search(key) for p, _ in cue.after):
            return m
    return e


def retrospective(view: SentenceView, i: int, cue: Cue, d: Draft, cue_set: set[int]) -> bool:
    """``أوضح ذلك لسبق مدير الفرع X،``: the content is what came before (this or the last sentence)."""
    toks, rules = view.toks, np_rules()
    if cue.kind != "verb" or cue.present or "that" not in cue.comps:
        return False  # past verbs of saying only (عبر هذا الرابط is "via this link")
    if i + 2 >= view.hi or toks[i + 1].key not in words("retro") or _negated_lead(toks, i, view.lo):
        return False
    j = skip_addressee(toks, i + 2, view.hi)
    e = np_end(toks, j, view.hi, cue_set, frozenset(), view.ent_starts, view.ent_ends)
    if e == j or rules.pronouns.fullmatch(toks[j].key):
        return False
    e = extend_apposition(toks, e, view.hi, cue_set)
    conjoined = e in cue_set and toks[e].key[:1] == "و"  # أوضح ذلك X وقال: …
    if e < view.hi and toks[e].is_word and not rules.is_stop(toks[e].key) and not conjoined:
        return False  # the clause goes on: ذلك is not the pronoun of the previous statement
    before = _previous_content(view, i)
    if before is None:
        return False
    d.speaker, d.content, d.gap_end = (toks[j].start, toks[e - 1].end), before, i
    return True


def _negated_lead(toks: list[Tok], i: int, lo: int) -> bool:
    return i > lo and toks[i - 1].key in words("subject_negators")


def _previous_content(view: SentenceView, i: int) -> tuple[int, int] | None:
    """The clause before a retrospective cue: the same sentence's start, else the previous sentence."""
    toks = view.toks
    last = i - 1
    while last >= 0 and not toks[last].is_word:
        last -= 1
    if last < 0 or i - last > 3:
        return None
    if i > view.lo and toks[view.lo].start < toks[last].start:
        first = view.lo  # ...، أكد ذلك X: this sentence's start
    else:
        first = last
        while first > 0 and first > last - 80 and toks[first - 1].text not in ".!?؟":
            first -= 1
    if first == last:
        return None
    return toks[first].start, toks[last].end


def _skip_fronted(toks: list[Tok], m: int, hi: int) -> tuple[int, bool]:
    """Skip one fronted adverbial at ``m``: a time word, an addressee, or في/خلال + a channel noun.

    Returns the next index and whether the subject must open with a title word.
    """
    rules = np_rules()
    key = toks[m].key
    if key in words("fronted_time") or rules.time_phrase(toks, m, hi):
        return m + max(1, rules.time_phrase(toks, m, hi)), False
    if rules.addressee.fullmatch(key) or key == "ل":
        return skip_addressee(toks, m, hi), False
    if key in words("fronted_preps") and m + 1 < hi and rules.channels.fullmatch(toks[m + 1].key):
        n = m + 2
        while n < min(hi, m + 5) and not (rules.titles.fullmatch(toks[n].key) or rules.is_that(toks[n].key)):
            n += 1  # في تصريح صحفي / في بيان له
        return n, True
    return m, False


def fronted_subject(view: SentenceView, j: int, cue: Cue, d: Draft, cue_set: set[int]) -> int | None:
    """``وقال في تصريح صحفي وزير المياه X إن``، ``وقال أمس المتحدث X إن``: the subject after an adverbial."""
    toks, rules, hi = view.toks, np_rules(), view.hi
    m, need_title = j, False
    for _ in range(4):
        if m >= hi:
            return None
        n, title = _skip_fronted(toks, m, hi)
        if n == m:
            break
        m, need_title = n, need_title or title
    if m == j or m >= hi or m in cue_set or not toks[m].is_word or rules.is_stop(toks[m].key):
        return None
    if rules.is_that(toks[m].key) or (need_title and not rules.titles.fullmatch(toks[m].key)):
        return None
    e = extend_apposition(toks, np_end(toks, m, hi, cue_set, cue.comps), hi, cue_set)
    if e == m or e >= hi:
        return None
    comp = e + 1 if toks[e].text in "،," and e + 1 < hi else e  # أكد لـ«عكاظ» X، أن
    if comp_at(cue, toks[comp], True) not in ("that", "colon", "quote"):
        return None
    d.speaker, d.speaker_from = (toks[m].start, toks[e - 1].end), "explicit"
    return e


def bare_speech(view: SentenceView, i: int, cue: Cue, d: Draft) -> bool:
    """``وقال بدأنا منذ فترة ...``: an elided subject, then unmarked first-person speech."""
    toks = view.toks
    if not cue.bare_speech or cue.present or i + 2 >= view.hi or toks[i].key[:1] != "و":
        return False
    t = toks[i + 1]
    if not t.is_word or np_rules().first_person.fullmatch(t.key) is None or np_rules().is_stop(t.key):
        return False
    if toks[i + 2].key.startswith("ال"):
        return False  # قال رسولنا الكريم: a noun with "our", then its adjective
    d.speaker_from = "elided"
    d.content = (t.start, view.end)
    return True


def nested_subject(view: SentenceView, i: int, cue: Cue, cue_set: set[int]) -> bool:
    """``… إن الولايات المتحدة تستنكر هذا العمل``: a present verb after its subject inside a content."""
    toks, rules = view.toks, np_rules()
    if cue.kind != "verb" or not cue.present or toks[i].key[:1] in "وف":
        return False  # ... وترفض: a conjoined verb opens its own clause
    j = i - 1
    while j >= view.lo and i - j <= 6:
        t = toks[j]
        if rules.is_that(t.key):
            return j < i - 1 and toks[j + 1].key[:1] not in "يت"  # أن تتدخل X: a verb, not a subject
        if not t.is_word or rules.is_stop(t.key) or j in cue_set:
            return False
        j -= 1
    return False


def still_subject(view: SentenceView, i: int) -> tuple[int, int] | None:
    """``لا يزال الروس مصرين على أن``: the subject of يزال/ظل before a participle."""
    toks, rules = view.toks, np_rules()
    j = i - 1
    if j <= view.lo or not toks[j].is_word:
        return None
    while j > view.lo and i - j <= 8:
        if toks[j - 1].key in words("still"):
            return toks[j].start, toks[i - 1].end
        if not toks[j - 1].is_word or rules.is_stop(toks[j - 1].key):
            return None
        j -= 1
    return None
